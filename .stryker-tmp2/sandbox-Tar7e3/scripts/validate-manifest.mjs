#!/usr/bin/env node
// @ts-nocheck
// Offline validation of the add-in manifest: `npm run validate` (or `node scripts/validate-manifest.mjs [manifest.xml]`).
//
// Checks element order against the Office manifest XSDs, resource ids and resids, https URLs,
// assets that exist (at the right pixel size), the Id, Permissions, Requirements, Hosts and string
// lengths; the checks themselves are in manifest-checks.cjs. Prints one line per problem and exits 1,
// or prints "manifest.xml is valid (N checks)" and exits 0. Needs no network and no build.
//
// `npm run validate:online` runs Microsoft's own validator (office-addin-manifest validate), which
// sends the manifest to Microsoft's validation service: it needs Internet access, so it is for
// developers who have it, not for CI.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import checks from "./manifest-checks.cjs";

const { validateManifest, formatFailure, pngSize } = checks;

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const manifestPath = resolve(process.argv[2] ?? join(projectRoot, "manifest.xml"));
const display = relative(process.cwd(), manifestPath) || manifestPath;
// Asset URLs (https://localhost:3000/assets/...) resolve against the manifest's folder.
const assetRoot = dirname(manifestPath);

let xml;
try {
  xml = readFileSync(manifestPath, "utf8");
} catch (e) {
  console.error(`${display}: cannot read the manifest (${e.code ?? e.message})`);
  process.exit(1);
}

const assetPath = (rel) => join(assetRoot, ...rel.split("/"));
const result = validateManifest(xml, {
  assetExists: (rel) => {
    const p = assetPath(rel);
    return existsSync(p) && statSync(p).isFile();
  },
  imageSize: (rel) => pngSize(readFileSync(assetPath(rel))),
});

if (result.ok) {
  console.log(`${display} is valid (${result.checks} checks)`);
} else {
  for (const f of result.failures) console.error(formatFailure(f, display));
  const n = result.failures.length;
  console.error(`${display}: ${n} problem${n === 1 ? "" : "s"} found (${result.checks} checks)`);
  process.exit(1);
}
