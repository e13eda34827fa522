// @ts-nocheck
// Mutation testing of the engine and the parser: `npm run mutation` (slow; not part of CI).
// Sized for a small shared machine: two jest processes, per-test coverage so each mutant runs
// only the tests that reach it, and an incremental file so a rerun tests only what changed.
// No TypeScript checker: on two shared cores it made each mutant about ten times slower, so
// mutants that would not compile are run too (docs/testing.md lists any that survive).
// The score and the survivors judged harmless are recorded in docs/testing.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "jest",
  jest: { projectType: "custom", configFile: "jest.mutation.config.js", enableFindRelatedTests: false },
  coverageAnalysis: "perTest",
  concurrency: 2,
  mutate: ["src/core/engine/**/*.ts", "src/core/parse/**/*.ts"],
  ignorePatterns: ["build", "dist", "coverage", "demo", "test-output", "reports", "docs", "assets"],
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  plugins: ["@stryker-mutator/*", "./test/mutation/mutantLog.mjs"],
  reporters: ["clear-text", "progress", "html", "json", "mutant-log"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 85, break: null },
  // Generous: on a shared machine a surviving mutant's tests can run three times slower than in
  // the dry run, and a mutant that times out is counted as detected.
  timeoutMS: 30000,
  timeoutFactor: 3,
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
