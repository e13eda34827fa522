/**
 * The one interface between the core and a host. A host only moves cells: it reads the
 * input sheets as grids and writes the sheets the renderer describes. The Excel host
 * (Office.js) and the file host (.xlsx bytes) both implement it.
 */
// @ts-nocheck

import type { Cell, SheetGrid } from "../core/model/grid";
import type { ResultSheet } from "../core/render/resultSheet";
import type { CellInput, ColumnInput, SheetLayout } from "../core/template";
import type { ColumnHelp } from "../core/templateHelp";

export interface InputWorkbook {
  /** The input sheets (others are not read). */
  readonly sheets: readonly SheetGrid[];
  /** Every sheet name of the workbook, in order. */
  readonly sheetNames: readonly string[];
  /** Names of the sheets that carry this product's ownership marker. */
  readonly ownedSheets: ReadonlySet<string>;
}

/**
 * A plain sheet of values from A1 (an input sheet the product writes, or a template sheet). Every
 * field is written by every host when addSheets creates the sheet; writeResults and writeSheet
 * write its values only (an existing sheet keeps its own look).
 */
export interface PlainSheet {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  /**
   * Template sheets: input rules by header. A sheet with rules is laid out as an Excel table
   * with drop-downs and formats, so auditors type only values the product understands.
   */
  readonly inputs?: Readonly<Record<string, ColumnInput>>;
  /** Input message and error alert of each column, by header (every body cell of the table). */
  readonly help?: Readonly<Record<string, ColumnHelp>>;
  /** Rules, formats and help of single cells (the Settings values). */
  readonly cellInputs?: readonly CellInput[];
  /** The name of the sheet's Excel table (a sheet with inputs); tableName(name) when absent. */
  readonly table?: string;
  /** Widths, styled rows, frozen rows and print setup; each host's defaults when absent. */
  readonly layout?: SheetLayout;
}

export type ProgressListener = (done: number, total: number, label: string) => void;

export interface WorkbookHost {
  readInputs(isInputSheet: (name: string) => boolean): Promise<InputWorkbook>;
  /**
   * Replaces the result sheets this product owns (or adds them) and rewrites Indicator
   * history. Refuses, before writing anything, to replace a sheet it did not create.
   */
  writeResults(sheets: readonly ResultSheet[], history: PlainSheet, onProgress?: ProgressListener): Promise<void>;
  /** Adds the sheets that do not exist yet; never touches an existing sheet. Returns the names added. */
  addSheets(sheets: readonly PlainSheet[]): Promise<string[]>;
  /** Replaces the values of one input sheet the user asked to change (Settings), or adds it. */
  writeSheet(sheet: PlainSheet): Promise<void>;
}
