// @ts-nocheck
// The test environment of the mutation run: after a test fails, the rest of the file's tests are
// skipped. Stryker cannot make jest bail inside a file (jest's `bail` counts failed files, and
// Stryker turns it off), and the mutation run loads every suite into one file
// (suites.mutation.ts), so without this a mutant killed by its first test still ran every test
// that reaches its line. A failed test is all Stryker needs to call the mutant killed.
const { TestEnvironment } = require("jest-environment-node");

class BailEnvironment extends TestEnvironment {
  failed = false;

  async handleTestEvent(event) {
    if (event.name === "test_done" && event.test.errors.length > 0) this.failed = true;
    else if (event.name === "hook_failure") this.failed = true;
    else if (event.name === "test_start" && this.failed) event.test.mode = "skip";
  }
}

module.exports = BailEnvironment;
