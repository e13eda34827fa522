/**
 * The suites Stryker runs against each mutant, loaded into one test file (jest.mutation.config.js).
 * Jest gives every test file its own module registry, so twenty files load the core twenty
 * times for every mutant; one file loads it once, which makes a mutation run several times
 * faster. Per-test coverage still holds: Stryker records which test reaches which line.
 *
 * The unit suites of the core are taken, with the parser's suites of the sample and catalogs.
 * Left out, as slow on a shared machine, are the suites that run the whole pipeline and the
 * renderer for every test: the paper study, the sample's content, the Spanish sample run and
 * the catalogs' end-to-end run (command line and both hosts on .xlsx files). They can only
 * kill more mutants, so the score measured without them is a lower bound.
 */
// @ts-nocheck

import * as fs from "node:fs";
import * as path from "node:path";

const FOLDERS = ["core", "sample", "catalogs"];
const LEFT_OUT = new Set([
  "core/paperStudy.test.ts",
  "sample/paperStudy.test.ts",
  "sample/sampleWorkbook.test.ts",
  "catalogs/spanish.test.ts",
  "catalogs/endToEnd.test.ts",
]);

for (const folder of FOLDERS) {
  const dir = path.join(__dirname, "..", folder);
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith(".test.ts") || LEFT_OUT.has(`${folder}/${file}`)) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the list is read at run time, so a new suite is never forgotten
    require(path.join(dir, file));
  }
}
