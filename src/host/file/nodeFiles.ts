/**
 * The Node-only edge of the file host: reading and writing files, and zlib as the deflate codec
 * (native, several times faster than fflate on large sheets). Everything else in this folder
 * works on bytes and runs in a browser as well.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { WorkbookFileError } from "./errors";
import { MAX_FILE_BYTES } from "./limits";
import { fileTooLargeMessage, type DeflateCodec } from "./zipPackage";

export const NODE_ZLIB_CODEC: DeflateCodec = {
  // maxOutputLength makes zlib stop (and throw) past the declared size instead of growing.
  inflateRaw: (data, size) => new Uint8Array(zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, size) })),
  deflateRaw: (data) => new Uint8Array(zlib.deflateRawSync(data, { level: 6 })),
};

/** Reads a workbook file, refusing what is not a file or is too large to be a workbook. */
export function readWorkbookBytes(file: string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new WorkbookFileError(`The file ${file} does not exist or cannot be opened; check its name and folder.`);
  }
  if (!stat.isFile()) throw new WorkbookFileError(`${file} is not a file.`);
  // Checked before reading, so a huge file is not loaded into memory only to be refused.
  if (stat.size > MAX_FILE_BYTES) throw new WorkbookFileError(fileTooLargeMessage(stat.size));
  return new Uint8Array(fs.readFileSync(file));
}

/**
 * Writes bytes through a temporary file in the same folder and a rename, so that an existing
 * file is never left half-written.
 */
export function writeFileAtomically(file: string, bytes: Uint8Array): void {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, file);
  } catch (e) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // Nothing to clean up.
    }
    throw new WorkbookFileError(`Could not write ${file} (is it open in Excel?): ${(e as Error).message.split("\n")[0]}`);
  }
}
