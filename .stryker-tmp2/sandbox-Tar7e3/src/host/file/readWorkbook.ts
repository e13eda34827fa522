/**
 * readWorkbook: an .xlsx package -> the cell grids of its worksheets, plus what the file host
 * needs to know about the workbook (which sheets it owns, defined names, the date system).
 */
// @ts-nocheck

import type { Cell, SheetGrid, WorkbookGrids } from "../../core/model/grid";
import { ScorecardError } from "../../core/text/scorecardError";
import { relKind, resolveTarget } from "./opc/opc";
import { parseDateStyles } from "./parts/readStyles";
import { parseSharedStrings } from "./parts/sharedStrings";
import { type RowProgress, readSheetGrid, type SheetReadContext } from "./parts/sheetReader";
import { sheetTables, tableRange } from "./parts/spliceWorksheet";
import { isProductSheet } from "./parts/ownerMark";
import { readWorkbookPart, type SheetKind, type SheetState, type WorkbookPart } from "./parts/workbookPart";
import { TextPool } from "./xml/byteText";
import { ZipPackage, type ZipReadOptions } from "./zip/zipPackage";

export interface SheetInfo {
  readonly name: string;
  /** 0-based position in the workbook. */
  readonly index: number;
  readonly kind: SheetKind;
  readonly state: SheetState;
  /** Carries the marker of a result sheet written by this program. */
  readonly owned: boolean;
}

export interface WorkbookDefinedName {
  readonly name: string;
  /** Formula text without `=`. */
  readonly value: string;
  /** Name of the sheet the name is scoped to, or null for a workbook-wide name. */
  readonly sheet: string | null;
  readonly hidden: boolean;
}

export interface ReadWorkbook extends WorkbookGrids {
  /** Every sheet of the workbook in order, including chart sheets and sheets not read. */
  readonly sheetInfo: readonly SheetInfo[];
  /** Names of the sheets that carry this program's ownership marker. */
  readonly ownedSheets: ReadonlySet<string>;
  readonly definedNames: readonly WorkbookDefinedName[];
  /** The workbook counts dates from 1904 (old Mac Excel). */
  readonly date1904: boolean;
}

export interface ReadWorkbookOptions extends ZipReadOptions {
  /** Read only the worksheets this returns true for (others are listed in sheetInfo only). */
  readonly includeSheet?: (name: string) => boolean;
  /** Told as each sheet is read: rows read of the rows in the sheet (a large sheet takes seconds). */
  readonly onSheetRows?: (sheet: string, rowsRead: number, rowsInSheet: number) => void;
}

/** What reading any of the workbook's sheets needs: its shared strings, date styles and date system. */
export function sheetReadContext(pkg: ZipPackage, workbook: WorkbookPart): SheetReadContext {
  let sharedStrings: string[] = [];
  let dateStyles: boolean[] = [];
  // Found through the workbook's relationships; a streaming writer may place them after the sheets.
  for (const rel of workbook.rels.relationships) {
    if (rel.external) continue;
    const kind = relKind(rel.type);
    if (kind !== "sharedStrings" && kind !== "styles") continue;
    const part = pkg.find(resolveTarget(workbook.partName, rel.target));
    if (!part) continue;
    const text = pkg.getText(part) as string;
    if (kind === "sharedStrings") sharedStrings = parseSharedStrings(part, text);
    else dateStyles = parseDateStyles(part, text);
  }
  return { sharedStrings, dateStyles, date1904: workbook.date1904, texts: new TextPool() };
}

/**
 * One worksheet's cells. A sheet holding an Excel table is read as the table's own range (its
 * header row first), so that a title above the table is not taken for the header row.
 */
export function readWorksheetGrid(
  pkg: ZipPackage,
  name: string,
  part: string,
  ctx: SheetReadContext,
  onRows?: RowProgress,
): SheetGrid {
  // The bytes, not the text: the cells are scanned in the UTF-8 (sheetReader.ts says why).
  const grid = readSheetGrid(name, part, pkg.get(part) as Uint8Array, ctx, onRows);
  const withDates = ctx.date1904 ? { ...grid, date1904: true } : grid;
  for (const table of sheetTables(pkg, part)) {
    const range = tableRange(table, pkg.getText(table) as string);
    if (range) return cropGrid(withDates, range);
  }
  return withDates;
}

function cropGrid(grid: SheetGrid, range: { c0: number; r0: number; c1: number; r1: number }): SheetGrid {
  const rows: (readonly Cell[])[] = [];
  for (let row = range.r0; row <= range.r1; row++) {
    const cells = grid.rows[row - grid.firstRow];
    const out: Cell[] = [];
    for (let c = range.c0; c <= range.c1; c++) out.push(cells?.[c - grid.firstColumn] ?? null);
    rows.push(out);
  }
  return { ...grid, rows, firstRow: range.r0, firstColumn: range.c0 };
}

/** Reads the worksheets of an .xlsx package. Throws a ScorecardError when the file cannot be used. */
export function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions = {}): ReadWorkbook {
  const pkg = ZipPackage.open(bytes, options);
  const workbook = readWorkbookPart(pkg);
  // Parsed on the first sheet read: listing the sheets alone needs no shared strings or styles.
  let ctx: SheetReadContext | undefined;

  const sheets: SheetGrid[] = [];
  const sheetInfo: SheetInfo[] = [];
  const ownedSheets = new Set<string>();
  for (const sheet of workbook.sheets) {
    const owned = isProductSheet(pkg, workbook, sheet);
    if (owned) ownedSheets.add(sheet.name);
    sheetInfo.push({ name: sheet.name, index: sheet.index, kind: sheet.kind, state: sheet.state, owned });
    if (sheet.kind !== "worksheet") continue;
    if (options.includeSheet && !options.includeSheet(sheet.name)) {
      // Its footer may have been read for the ownership mark: not kept inflated.
      if (sheet.part) pkg.release(sheet.part);
      continue;
    }
    if (!sheet.part) {
      throw new ScorecardError("damaged", { damage: { kind: "sheetNoPart", sheet: sheet.name } });
    }
    ctx ??= sheetReadContext(pkg, workbook);
    const onSheetRows = options.onSheetRows;
    const name = sheet.name;
    onSheetRows?.(name, 0, 0);
    const onRows = onSheetRows && ((read: number, total: number) => onSheetRows(name, read, total));
    sheets.push(readWorksheetGrid(pkg, name, sheet.part, ctx, onRows));
    // Drop the inflated bytes now: a large workbook should be held once, as cells.
    pkg.release(sheet.part);
  }

  const definedNames: WorkbookDefinedName[] = workbook.definedNames.map((d) => ({
    name: d.name,
    value: d.value,
    sheet: d.localSheetId === null ? null : (workbook.sheets[d.localSheetId]?.name ?? null),
    hidden: d.hidden,
  }));
  return { sheets, sheetInfo, ownedSheets, definedNames, date1904: workbook.date1904 };
}
