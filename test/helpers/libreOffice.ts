/**
 * LibreOffice for the render tests: where soffice is, and a describe that skips, with a message,
 * only where it is not installed. CI installs it (.ci/system-packages), so there a missing
 * soffice fails the run instead of skipping its tests.
 */
import { spawnSync } from "node:child_process";

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
