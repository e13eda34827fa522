/**
 * The workbooks named on the command line: folders expanded to their .xlsx and .xlsm files, and files
 * read concurrently (a bounded number at a time) while the ones already read are parsed.
 */
// @ts-nocheck

import * as fs from "node:fs";
import * as path from "node:path";
import { type NamedWorkbook, readOffice } from "../app";
import { ScorecardError } from "../core/text/scorecardError";
import { MAX_FILE_BYTES } from "../host/file/index";
import { NODE_ZLIB_CODEC, readWorkbookBytes } from "../host/file/nodeFiles";
import { XlsxFileHost } from "../host/file/xlsxFileHost";

/** Files read at the same time: enough to keep the disk busy while one is parsed. */
export const READ_CONCURRENCY = 4;

/** Workbooks a folder gives: .xlsx and macro-enabled .xlsm (its macros are not run, nor copied to the output). */
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm"]);
const isWorkbookName = (name: string) => WORKBOOK_EXTENSIONS.has(path.extname(name).toLowerCase());

/**
 * Each input as a list of workbook files: a folder gives its .xlsx and .xlsm files in name order (Excel's
 * "~$" lock files and hidden files left out, and the output itself); anything else there is
 * skipped with a message. A file named directly is used as it is (a wrong one fails when read).
 */
export function listWorkbooks(
  inputs: readonly string[],
  output: string | null,
  skipped: (message: string) => void,
): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    let isFolder = false;
    try {
      isFolder = fs.statSync(input).isDirectory();
    } catch {
      // Not there: reading it gives the one-line message.
    }
    if (!isFolder) {
      files.push(input);
      continue;
    }
    const names = fs
      .readdirSync(input, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of names) {
      const file = path.join(input, entry.name);
      if (entry.name.startsWith("~$") || entry.name.startsWith(".")) continue;
      if (output !== null && path.resolve(file) === path.resolve(output)) continue;
      if (entry.isFile() && isWorkbookName(entry.name)) files.push(file);
      else
        skipped(
          `Skipped ${file}: ${entry.isDirectory() ? "a folder (folders inside are not read)" : "not an .xlsx or .xlsm workbook"}.`,
        );
    }
  }
  return files;
}

/** A file's bytes, read without blocking; files that cannot be workbooks are refused as readWorkbookBytes says. */
async function readBytes(file: string): Promise<Uint8Array> {
  const stat = await fs.promises.stat(file).catch(() => null);
  // The synchronous reader holds the checks and their messages (missing, a folder, too large).
  if (stat === null || !stat.isFile() || stat.size > MAX_FILE_BYTES) return readWorkbookBytes(file);
  return new Uint8Array(await fs.promises.readFile(file));
}

/**
 * Reads and parses `files` into cell grids, in the order given. Up to READ_CONCURRENCY files are
 * being read while one is parsed; each file's bytes are dropped once its cells are read.
 */
export async function readWorkbooks(
  files: readonly string[],
  onRead: (done: number) => void,
): Promise<NamedWorkbook[]> {
  const workbooks = new Array<NamedWorkbook>(files.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      try {
        workbooks[i] = await readOffice(
          path.basename(files[i]),
          new XlsxFileHost(await readBytes(files[i]), NODE_ZLIB_CODEC),
        );
      } catch (e) {
        // Among many workbooks, say which one cannot be used.
        throw e instanceof ScorecardError && !e.message.includes(files[i]) ? e.within({ file: files[i] }) : e;
      }
      onRead(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  return workbooks;
}
