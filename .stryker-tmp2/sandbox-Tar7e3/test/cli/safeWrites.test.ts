/**
 * Guarantee 6 (docs/security.md): the command line never writes over its input, whatever the
 * spelling, and a failed write leaves no partial file and no temporary file behind.
 */
// @ts-nocheck

import * as fs from "node:fs";
import * as path from "node:path";
import { ScorecardError } from "../../src/core/text/scorecardError";
import { isSameFile, writeFilesAtomically } from "../../src/host/file/nodeFiles";
import { cli, tempFolder } from "../helpers/cli";

const dir = tempFolder();
const input = path.join(dir, "input.xlsx");
let original: Buffer;

beforeAll(async () => {
  expect((await cli(["template", input, "--sample"])).code).toBe(0);
  original = fs.readFileSync(input);
});

/** Every file of the folder (temporary files start with a dot). */
const listing = (folder: string) => fs.readdirSync(folder).sort();

async function expectRefused(args: string[], message: RegExp): Promise<void> {
  const before = listing(dir);
  const run = await cli(["compute", input, ...args]);
  expect(run.code).toBe(1);
  expect(run.err.split("\n")).toHaveLength(1);
  expect(run.err).toMatch(message);
  expect(fs.readFileSync(input).equals(original)).toBe(true);
  expect(listing(dir)).toEqual(before);
}

describe("compute never writes over its input", () => {
  const overwrite =
    /^itsm-scorecard: Writing .* would overwrite the input workbook .*input\.xlsx; choose another output file name\.$/;

  it("refuses -o naming the input, however it is spelled", async () => {
    await expectRefused(["-o", input], overwrite);
    await expectRefused(["-o", path.join(dir, "..", path.basename(dir), ".", "input.xlsx")], overwrite);
    await expectRefused(["-o", path.relative(process.cwd(), input)], overwrite);
  });

  it("refuses -o naming a symbolic link or a hard link to the input, or a path through a linked folder", async () => {
    const link = path.join(dir, "link.xlsx");
    const hard = path.join(dir, "hard.xlsx");
    const folderLink = path.join(dir, "same-folder");
    fs.symlinkSync(input, link);
    fs.linkSync(input, hard);
    fs.symlinkSync(dir, folderLink, "dir");
    try {
      await expectRefused(["-o", link], overwrite);
      await expectRefused(["-o", hard], overwrite);
      await expectRefused(["-o", path.join(folderLink, "input.xlsx")], overwrite);
    } finally {
      for (const f of [link, hard, folderLink]) fs.rmSync(f);
    }
  });

  it("refuses --json naming the input, and the same file for -o and --json", async () => {
    await expectRefused(["-o", path.join(dir, "out.xlsx"), "--json", input], overwrite);
    await expectRefused(
      ["-o", path.join(dir, "out.xlsx"), "--json", path.join(dir, ".", "out.xlsx")],
      /is named for two outputs/,
    );
  });

  it("isSameFile tells different files apart", () => {
    expect(isSameFile(input, path.join(dir, "input.scorecard.xlsx"))).toBe(false);
    expect(isSameFile(path.join(dir, "a", "x.xlsx"), path.join(dir, "b", "x.xlsx"))).toBe(false);
  });
});

describe("a failed write leaves no partial file and no temporary file", () => {
  it("-o into a folder that does not exist: nothing written, the JSON neither", async () => {
    await expectRefused(
      ["-o", path.join(dir, "missing", "out.xlsx"), "--json", path.join(dir, "result.json")],
      /Could not write .*out\.xlsx: its folder does not exist\. Nothing was written/,
    );
  });

  it("-o naming a folder: the renamed-over target fails after the temporary file is written, which is removed", async () => {
    const folder = path.join(dir, "a-folder.xlsx");
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, "keep.txt"), "keep");
    try {
      await expectRefused(
        ["-o", folder],
        /Could not write .*a-folder\.xlsx: a folder has that name\. Nothing was written/,
      );
      expect(listing(folder)).toEqual(["keep.txt"]);
    } finally {
      fs.rmSync(folder, { recursive: true });
    }
  });

  it("an existing output is left as it was when the JSON beside it cannot be written", async () => {
    const output = path.join(dir, "previous.xlsx");
    fs.writeFileSync(output, "the previous result");
    try {
      await expectRefused(
        ["-o", output, "--json", path.join(dir, "missing", "result.json")],
        /Could not write .*result\.json: its folder does not exist/,
      );
      expect(fs.readFileSync(output, "utf8")).toBe("the previous result");
    } finally {
      fs.rmSync(output);
    }
  });

  it("writeFilesAtomically: when the second file fails, the first is not written and no temporary file remains", () => {
    const folder = tempFolder();
    const first = path.join(folder, "first.xlsx");
    const write = () =>
      writeFilesAtomically([
        { file: first, bytes: new Uint8Array(1000).fill(1) },
        { file: path.join(folder, "nowhere", "second.json"), bytes: new Uint8Array(10) },
      ]);
    expect(write).toThrow(ScorecardError);
    expect(listing(folder)).toEqual([]);
  });

  it("a compute that fails before writing (a sheet named like a result sheet) writes nothing", async () => {
    const { createWorkbook } = await import("../../src/host/file/writeWorkbook");
    const folder = tempFolder();
    const own = path.join(folder, "own.xlsx");
    fs.writeFileSync(
      own,
      createWorkbook([
        {
          name: "Controls",
          rows: [
            ["Control ID", "Clause", "Status"],
            ["C-1", "6.1", "Compliant"],
          ],
        },
        { name: "Scorecard", rows: [["Mine"]] },
      ]),
    );
    const run = await cli(["compute", own, "--json", path.join(folder, "r.json")]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/already has a sheet named "Scorecard"/);
    expect(listing(folder)).toEqual(["own.xlsx"]);
  });

  it("a successful write leaves exactly the output and the JSON", async () => {
    const folder = tempFolder();
    const run = await cli([
      "compute",
      input,
      "-o",
      path.join(folder, "out.xlsx"),
      "--json",
      path.join(folder, "out.json"),
    ]);
    expect(run.code).toBe(0);
    expect(listing(folder)).toEqual(["out.json", "out.xlsx"]);
  });
});
