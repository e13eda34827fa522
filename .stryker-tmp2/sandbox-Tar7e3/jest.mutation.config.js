// @ts-nocheck
// The jest run Stryker uses for each mutant of src/core/engine and src/core/parse: one test
// file that loads the in-process core, sample and catalog suites (see its header for why).
const path = require("node:path");
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/test/mutation"],
  testMatch: ["**/suites.mutation.ts"],
  // Stops at a mutant's first failed test (see its header). A full path: Stryker's wrapper of the
  // environment does not expand <rootDir>.
  testEnvironment: path.join(__dirname, "test", "mutation", "bailEnvironment.js"),
};
