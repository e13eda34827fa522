/**
 * A result sheet larger than 1 MiB is compressed as it is written (PartWriter: pieces of one raw
 * deflate stream, ended by an empty final block). A real spreadsheet application must read such
 * a part whole: LibreOffice (headless) exports every sheet of a computed workbook at three offices
 * (its Calculation sheet about 4 MB of XML) as CSV, and the Calculation sheet must come back line
 * for line as it was written.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { dayFromDate } from "../../src/core/model/days";
import { runScorecard } from "../../src/core/pipeline";
import { RESULT_SHEETS } from "../../src/core/text/labels";
import { isInputSheet } from "../../src/app";
import { NODE_ZLIB_CODEC } from "../../src/host/file/nodeFiles";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { createWorkbook, patchWorkbook } from "../../src/host/file/writeWorkbook";
import { BENCH_AS_OF, scaleSheets } from "../bench/workload";
import { rawEntries } from "../helpers/xlsxFixtures";
import { convertWithLibreOffice, describeWithLibreOffice } from "../helpers/libreOffice";

const describeIfLibreOffice = describeWithLibreOffice("the large-part LibreOffice test", "libreoffice-calc");

/** A CSV line's first field: up to the first comma, or a quoted text with "" for a quote. */
function firstField(line: string): string {
  if (!line.startsWith('"')) return line.split(",")[0];
  const end = /^"((?:[^"]|"")*)"/.exec(line);
  return (end?.[1] ?? "").replace(/""/g, '"');
}

describeIfLibreOffice("a result sheet compressed as it is written", () => {
  it("is read whole by LibreOffice, line for line", () => {
    const input = createWorkbook(scaleSheets(3), NODE_ZLIB_CODEC);
    const run = runScorecard(readWorkbook(input, { includeSheet: isInputSheet, codec: NODE_ZLIB_CODEC }), {
      today: dayFromDate(BENCH_AS_OF),
    });
    const output = patchWorkbook(input, run.sheets, { codec: NODE_ZLIB_CODEC });
    const calculation = run.sheets.find((s) => s.name === RESULT_SHEETS.calculation);
    if (!calculation) throw new Error("no Calculation sheet");

    // The Calculation part is the large one, and it was written in pieces: its deflate stream ends
    // with the empty final block the piece writer adds (a one-shot deflate ends otherwise).
    const part = readWorkbook(output, { codec: NODE_ZLIB_CODEC }).sheets.find((s) => s.name === calculation.name);
    expect(part?.rows.length).toBe(calculation.rows.length);
    const streamed = [...rawEntries(output)].filter(
      ([name, raw]) =>
        name.startsWith("xl/worksheets/") &&
        raw.length > 64 * 1024 &&
        raw[raw.length - 2] === 0x03 &&
        raw[raw.length - 1] === 0x00,
    );
    expect(streamed.length).toBeGreaterThan(0);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "large-part-"));
    const file = path.join(dir, "book.xlsx");
    fs.writeFileSync(file, output);
    // Every sheet to its own file (the last token, -1), UTF-8 (76), comma-separated (44), quoted (34).
    const convert = convertWithLibreOffice(
      [file],
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      dir,
      path.join(dir, "profile"),
    );
    const csv = path.join(dir, `book-${calculation.name}.csv`);
    expect([convert.status, fs.existsSync(csv)]).toEqual([0, true]);
    const lines = fs.readFileSync(csv, "utf8").trimEnd().split("\n");
    expect(lines.length).toBe(calculation.rows.length);
    // Each line's first cell (the indicator's name) as written, down to the last line.
    const firstCells = lines.map(firstField);
    const written = calculation.rows.map((row) => String(row[0]?.value ?? ""));
    expect(firstCells).toEqual(written);
  }, 240_000);
});
