/**
 * The Node-only edge of the file host: reading and writing files, and zlib as the deflate codec
 * (native, several times faster than fflate on large sheets). Everything else in this folder
 * works on bytes and runs in a browser as well.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { ScorecardError } from "../../core/text/scorecardError";
import { MAX_FILE_BYTES } from "./limits";
import { type DeflateCodec, LARGE_PART_LEVEL, deflateLevel } from "./zip/zipPackage";
import type { WriteFailure } from "../../core/text/messages";

export const NODE_ZLIB_CODEC: DeflateCodec = {
  // maxOutputLength makes zlib stop (and throw) past the declared size instead of growing.
  // One output chunk a byte larger than the part: zlib then never grows and joins buffers (a third of
  // the inflate's time on a large sheet), and the spare byte lets it see the stream's end.
  inflateRaw: (data, size) => {
    const out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(64, size + 1) });
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  },
  // Inflates a compressed start (Z_SYNC_FLUSH gives what it holds without its stream's end), twice as
  // long each time it gives too little; a start inflating past 64 MiB is taken as damaged.
  inflateHead: (data, bytes) => {
    for (let take = bytes + 64; ; take *= 2) {
      const start = data.subarray(0, take);
      const out = zlib.inflateRawSync(start, {
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
        maxOutputLength: 64 * 1024 * 1024,
      });
      const enough = out.length >= bytes || start.length === data.length;
      if (enough) return new Uint8Array(out.buffer, out.byteOffset, out.length);
    }
  },
  // Each piece is deflated on its own, up to a byte-aligned sync point and without a final block, so
  // the pieces' streams join into one (as pigz joins its threads' pieces); an empty final block
  // (fixed codes: the bits 1, 01 and end-of-block) ends it.
  deflateStream: () => ({
    push: (piece) => {
      const out = zlib.deflateRawSync(piece, {
        level: LARGE_PART_LEVEL,
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
      });
      return new Uint8Array(out.buffer, out.byteOffset, out.length);
    },
    end: () => Uint8Array.of(0x03, 0x00),
  }),
  deflateRaw: (data) => new Uint8Array(zlib.deflateRawSync(data, { level: deflateLevel(data.length) })),
  // Native since Node 20.15: the JavaScript CRC over every inflated byte was ~8 % of a read.
  ...(typeof zlib.crc32 === "function"
    ? { crc32: (data: Uint8Array, previous = 0) => zlib.crc32(data, previous) >>> 0 }
    : {}),
};

/** Reads a workbook file, refusing what is not a file or is too large to be a workbook. */
export function readWorkbookBytes(file: string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ScorecardError("fileMissing", { file });
  }
  if (!stat.isFile()) throw new ScorecardError("notAFile", { file });
  // Checked before reading, so a huge file is not loaded into memory only to be refused.
  if (stat.size > MAX_FILE_BYTES) throw new ScorecardError("fileTooLarge", { bytes: stat.size, limit: MAX_FILE_BYTES });
  return new Uint8Array(fs.readFileSync(file));
}

/** Whether two paths name the same file: the same spelling after resolving links, or the same file on disk. */
export function isSameFile(a: string, b: string): boolean {
  const real = (file: string): string => {
    // A file not written yet: its folder resolved (links, "..") and its own name.
    try {
      return fs.realpathSync(file);
    } catch {
      try {
        return path.join(fs.realpathSync(path.dirname(path.resolve(file))), path.basename(file));
      } catch {
        return path.resolve(file);
      }
    }
  };
  if (real(a) === real(b)) return true;
  try {
    // Hard links, and other spellings on case-insensitive disks (Windows, macOS).
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Refuses to write any of `outputs` over one of `inputs` or over another output. */
export function refuseOverwrite(outputs: readonly string[], inputs: readonly string[]): void {
  outputs.forEach((output, i) => {
    const input = inputs.find((file) => isSameFile(output, file));
    if (input !== undefined) {
      throw new ScorecardError("outputIsInput", { output, input });
    }
    if (outputs.slice(0, i).some((other) => isSameFile(output, other))) {
      throw new ScorecardError("outputTwice", { output });
    }
  });
}

/** Why a file could not be written, from Node's error code (messages.ts words it). */
function writeFailure(file: string, e: unknown, written: readonly string[] = []): ScorecardError {
  const code = (e as NodeJS.ErrnoException).code;
  const reason: WriteFailure =
    code === "ENOENT" || code === "ENOTDIR"
      ? "noFolder"
      : code === "EISDIR" || code === "ENOTEMPTY" || code === "EEXIST"
        ? "folderNamed"
        : code === "EBUSY"
          ? "busy"
          : code === "EACCES" || code === "EPERM"
            ? "locked"
            : code === "ENOSPC" || code === "EDQUOT"
              ? "diskFull"
              : code === "EROFS"
                ? "readOnly"
                : "other";
  return new ScorecardError("writeFailed", { file, reason, detail: (e as Error).message.split("\n")[0], written });
}

export interface FileToWrite {
  readonly file: string;
  readonly bytes: Uint8Array;
}

let tempCounter = 0;

/**
 * Writes files through temporary files in their folders and then renames them, so a failure
 * never leaves a partial file: all temporary files are written (and flushed to disk) first, and
 * removed if any of them fails; only then are they renamed over their names.
 */
export function writeFilesAtomically(files: readonly FileToWrite[]): void {
  const temps: string[] = [];
  const removeTemps = () => {
    for (const temp of temps) fs.rmSync(temp, { force: true });
  };
  for (const { file, bytes } of files) {
    const temp = path.join(
      path.dirname(path.resolve(file)),
      `.${path.basename(file)}.${process.pid}-${++tempCounter}.tmp`,
    );
    try {
      // "wx": never reuse or follow an existing file of that name.
      const fd = fs.openSync(temp, "wx");
      temps.push(temp);
      try {
        fs.writeFileSync(fd, bytes);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    } catch (e) {
      removeTemps();
      throw writeFailure(file, e);
    }
  }
  files.forEach(({ file }, i) => {
    try {
      fs.renameSync(temps[i], file);
    } catch (e) {
      removeTemps();
      throw writeFailure(
        file,
        e,
        files.slice(0, i).map((f) => f.file),
      );
    }
  });
}

/** One file, written as writeFilesAtomically does. */
export function writeFileAtomically(file: string, bytes: Uint8Array): void {
  writeFilesAtomically([{ file, bytes }]);
}
