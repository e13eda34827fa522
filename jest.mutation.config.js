// The tests Stryker runs against each mutant of src/core/engine and src/core/parse: the
// in-process core, sample and catalog suites. Host, CLI, LibreOffice and Chromium suites
// (and the catalogs' end-to-end run through the CLI and both hosts) are left out: they are
// slow, and they reach engine and parse only through the paths these suites assert on.
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/test/core", "<rootDir>/test/sample", "<rootDir>/test/catalogs"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/catalogs/endToEnd.test.ts"],
};
