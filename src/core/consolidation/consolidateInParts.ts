/**
 * Consolidation that holds no workbook's rows: each workbook is read and made into its part on its
 * own (by a `PartMaker`, which may run many at once, e.g. on worker threads), and the parts are
 * merged. The result is the one consolidateScorecard gives for the same workbooks:
 * - the first workbooks are probed, in order, for the Settings and Catalog sheets every part is
 *   parsed with (a Catalog sheet found only in a later workbook makes every part again with it);
 * - parts that share an office or a workbook-wide key, or refer to another's key, are made again
 *   from their workbooks together, so only those offices' rows are held at once;
 * - a part computed as if no workbook had a Tasks sheet is made again if one had;
 * - a campaign rated on the other built-in edition is decided over all its ratings: then the
 *   workbooks are parsed together as one (memory as consolidateScorecard).
 */
import { type SheetGrid, type WorkbookGrids } from "../model/grid";
import type { Issue } from "../model/records";
import { findInputSheets, locateCatalogSheet, locateInputTables } from "../parse/parseWorkbook";
import type { SheetTable } from "../parse/sheetTable";
import { type IssueDraft, localize } from "../text/messages";
import { type NamedWorkbook, sheetInFile } from "../parse/parseWorkbooks";
import type { RunOptions } from "../pipeline";
import { type PartsRun, entangled, mergeParts } from "./mergeParts";
import { type SharedInputs, type WorkbooksPart, sharedRecords, workbooksPart } from "./workbooksPart";

/** What the first workbooks tell about the Settings and Catalog sheets. */
export interface Probe {
  readonly file: string;
  readonly settings: { readonly table: SheetTable; readonly grid: SheetGrid } | null;
  readonly catalog: {
    readonly sheet: NonNullable<SharedInputs["catalog"]>["sheet"];
    readonly drafts: IssueDraft[];
  } | null;
  readonly hasTasks: boolean;
}

export function probeWorkbook(file: string, grids: WorkbookGrids): Probe {
  const label = (sheet: string) => sheetInFile(file, sheet);
  const table = locateInputTables(grids, () => undefined, label).get("settings");
  const sheets = findInputSheets(grids);
  const grid = sheets.get("settings");
  const drafts: IssueDraft[] = [];
  const catalog = locateCatalogSheet(grids, (d) => drafts.push(d), label);
  return {
    file,
    settings: table === undefined || grid === undefined ? null : { table, grid },
    catalog: catalog === undefined ? null : { sheet: catalog, drafts },
    hasTasks: sheets.has("tasks"),
  };
}

export interface PartMaker {
  /** Workbook `index` probed (probeWorkbook). */
  probe(index: number): Promise<Probe>;
  /** The part of workbooks `files` (indexes, in order), made with `shared`. */
  part(files: readonly number[], shared: SharedInputs): Promise<WorkbooksPart>;
  /** Told that no more parts will be asked for, before the merge (workers can go: their memory with them). */
  partsDone?(): Promise<void>;
}

export async function consolidateInParts(
  count: number,
  maker: PartMaker,
  options: RunOptions,
  onPart: (done: number) => void = () => undefined,
): Promise<PartsRun> {
  let holder: { index: number; probe: Probe } | null = null;
  let catalog: { index: number; probe: Probe } | null = null;
  let first: Probe | null = null;
  let holderHasTasks = false;
  for (let i = 0; i < count && holder === null; i++) {
    const probe = await maker.probe(i);
    first ??= probe;
    if (catalog === null && probe.catalog !== null) catalog = { index: i, probe };
    if (probe.settings !== null) {
      holder = { index: i, probe };
      holderHasTasks = probe.hasTasks;
    }
  }
  const sharedWith = (cat: typeof catalog, hasTasks: boolean): SharedInputs => ({
    holder:
      holder === null || holder.probe.settings === null
        ? null
        : { index: holder.index, file: holder.probe.file, table: holder.probe.settings.table },
    firstFile: first?.file ?? "",
    catalog: cat === null || cat.probe.catalog === null ? null : { index: cat.index, sheet: cat.probe.catalog.sheet },
    hasTasks,
    // A consolidation's trail keeps each office's counts, not its rows (ComputeOptions.rowTrail).
    options: { ...options, rowTrail: false },
  });
  let shared = sharedWith(catalog, holderHasTasks);

  let done = 0;
  const make = (files: readonly number[], using: SharedInputs) => maker.part(files, using);
  // Progress counts the first round only: parts made again are few.
  let parts = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      make([i], shared).then((p) => {
        onPart(++done);
        return p;
      }),
    ),
  );

  // A Catalog sheet in a later workbook than the probe reached applies to every office.
  const catalogAt = parts.reduce<number | null>(
    (min, p) => (p.catalogAt !== null && (min === null || p.catalogAt < min) ? p.catalogAt : min),
    null,
  );
  if (catalogAt !== null && catalogAt !== catalog?.index) {
    catalog = { index: catalogAt, probe: await maker.probe(catalogAt) };
    shared = sharedWith(catalog, shared.hasTasks);
    parts = await Promise.all(parts.map((p) => make(p.files, shared)));
  }
  if (parts.length > 1 && parts.some((p) => p.carried)) {
    parts = [
      await make(
        parts.flatMap((p) => p.files),
        shared,
      ),
    ];
  }
  // Each round makes fewer, larger parts or fixes a Tasks assumption: it ends.
  for (;;) {
    const groups = entangled(parts);
    const hasTasks = parts.some((p) => p.present.includes("tasks"));
    if (hasTasks && !shared.hasTasks) shared = { ...shared, hasTasks };
    const stale = parts.map((p) => p.hasTasks !== hasTasks);
    if (groups.length === 0 && !stale.some(Boolean)) break;
    const grouped = new Set(groups.flat());
    const again: Promise<WorkbooksPart>[] = groups.map((g) =>
      make(
        g.flatMap((i) => parts[i].files).sort((a, b) => a - b),
        shared,
      ),
    );
    parts.forEach((p, i) => {
      if (!grouped.has(i) && stale[i]) again.push(make(p.files, shared));
    });
    const kept = parts.filter((_, i) => !grouped.has(i) && !stale[i]);
    parts = [...kept, ...(await Promise.all(again))].sort((a, b) => a.files[0] - b.files[0]);
  }

  await maker.partsDone?.();
  const language = sharedRecords(shared).settings.language;
  const catalogIssues: Issue[] = (catalog?.probe.catalog?.drafts ?? []).map((d) => localize(d, language));
  return mergeParts(parts, shared, { settingsGrid: holder?.probe.settings?.grid ?? null, catalogIssues }, count);
}

/** Parts of workbooks already read into cells, made here one after the other. */
export function partsInMemory(workbooks: readonly NamedWorkbook[]): PartMaker {
  return {
    probe: (index) => Promise.resolve(probeWorkbook(workbooks[index].file, workbooks[index].grids)),
    part: (files, shared) =>
      Promise.resolve(
        workbooksPart(
          files.map((index) => ({ index, ...workbooks[index] })),
          shared,
        ),
      ),
  };
}
