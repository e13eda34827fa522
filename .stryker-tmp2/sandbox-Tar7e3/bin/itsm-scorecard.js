#!/usr/bin/env node
// @ts-nocheck
"use strict";
// Runs the compiled command line (npm run build writes build/).
const { main } = require("../build/cli/main.js");
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`itsm-scorecard: unexpected error: ${error && error.stack ? error.stack : error}`);
    process.exitCode = 1;
  },
);
