/**
 * LibreOffice for the render tests: where soffice is, and a describe that skips, with a message,
 * only where it is not installed. CI installs it (.ci/system-packages), so there a missing
 * soffice fails the run instead of skipping its tests.
 */
import { type SpawnSyncReturns, spawnSync } from "node:child_process";

function which(command: string): string | null {
  const found = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

export const soffice: string | null = which("soffice") ?? which("libreoffice");

/** `describe` when soffice is installed; otherwise `describe.skip`, saying which test and what to install. */
export function describeWithLibreOffice(test: string, packages: string): jest.Describe {
  if (soffice) return describe;
  if (process.env.CI === "true") throw new Error(`soffice is missing in CI (${packages}).`);
  console.warn(
    `Skipping ${test}: soffice is not installed (Debian: apt-get install --no-install-recommends ${packages}).`,
  );
  return describe.skip;
}

/**
 * LibreOffice headless converting `files` to `format` (pdf, fods, csv with its filter options...)
 * into `outDir`, with its own profile (`profile`), in one start for all the files.
 */
export function convertWithLibreOffice(
  files: readonly string[],
  format: string,
  outDir: string,
  profile: string,
  timeoutMs = 180_000,
): SpawnSyncReturns<string> {
  if (!soffice) throw new Error("soffice is not installed");
  return spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ],
    { encoding: "utf8", timeout: timeoutMs },
  );
}
