// The jest run Stryker uses for each mutant of src/core/engine and src/core/parse: one test
// file that loads the in-process core, sample and catalog suites (see its header for why).
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/test/mutation"],
  testMatch: ["**/suites.mutation.ts"],
};
