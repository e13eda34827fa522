/**
 * The Excel objects the request executor resolves object paths to. Each class answers, for one
 * Excel type, the members that requests name (Office.js sends them in PascalCase: "Values",
 * "GetRange", "FreezeRows"): navigation properties and methods, property sets, method calls and
 * queries. A member the bed does not model fails loudly (NotImplemented), so a test never passes
 * on something the bed silently ignored. Behaviour follows the Office.js reference (learn.microsoft.com)
 * and OfficeDev/office-js issues; where Excel has a known bug the bed reproduces it (Bugs).
 */
import { columnLetters } from "../../../src/core/model/grid";
import {
  type Book,
  type CellFormat,
  type ChartEntry,
  ExcelError,
  HEADER_FOOTER_GROUPS,
  HEADER_FOOTER_SECTIONS,
  type HeaderFooterGroupName,
  type Hyperlink,
  MAX_COLUMNS,
  MAX_ROWS,
  type NamedEntry,
  type Rect,
  type Sheet,
  type TableEntry,
  parseAddress,
  rectAddress,
  typedAsExcel,
  valueOf,
  valueTypeOf,
} from "./workbook";

/** Known Excel behaviours the bed reproduces, each switchable so that a test can show what it guards. */
export interface Bugs {
  /** office-js #1011: Worksheet.names also lists every workbook-scoped name. */
  sheetNamesListWorkbookNames: boolean;
  /** office-js #6365: Worksheet.names throws InvalidSelection while the user looks at another workbook. */
  userViewsAnotherWorkbook: boolean;
}

export interface Scope {
  readonly book: Book;
  readonly bugs: Bugs;
}

export type Json = Record<string, unknown>;

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export abstract class ApiObject {
  abstract readonly type: string;

  protected notModelled(member: string): ExcelError {
    return new ExcelError("NotImplemented", `The test bed does not model ${this.type}.${member}.`);
  }

  /** Navigation property (ObjectPathType 4). */
  property(name: string): ApiObject {
    throw this.notModelled(name);
  }
  /** Navigation method (ObjectPathType 3): returns an object, or null for a null object. */
  method(name: string, _args: unknown[]): ApiObject | null {
    throw this.notModelled(name);
  }
  /** Indexer (ObjectPathType 5): getItem(key). */
  index(_args: unknown[]): ApiObject | null {
    throw this.notModelled("getItem");
  }
  /** SetProperty action (ActionType 4). */
  set(name: string, _value: unknown): void {
    throw this.notModelled(name);
  }
  /** Method action (ActionType 3). */
  call(name: string, _args: unknown[]): unknown {
    throw this.notModelled(name);
  }
  /** The scalar properties a query may select, by their Office.js (camelCase) name. */
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  /** Query action (ActionType 2): the selected properties in PascalCase, nested through "a/b". */
  query(select: readonly string[] | null): Json {
    const scalars = this.scalars();
    const out: Json = {};
    const names = select === null || select.length === 0 ? Object.keys(scalars) : select;
    const nested = new Map<string, string[]>();
    for (const name of names) {
      const slash = name.indexOf("/");
      if (slash >= 0) {
        const head = name.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), name.slice(slash + 1)]);
        continue;
      }
      const getter = scalars[name];
      if (getter === undefined) {
        // A navigation property loaded whole ("format"), else a property the bed does not know.
        nested.set(name, nested.get(name) ?? []);
        continue;
      }
      out[pascal(name)] = getter();
    }
    for (const [head, rest] of nested) {
      const child = this.property(pascal(head));
      out[pascal(head)] = child.query(rest);
    }
    return out;
  }
  /** What an Instantiate action answers: the id Excel gives objects it can find again. */
  identity(): Json {
    return {};
  }
}

/** A collection: queries answer `_Items`, each with the item's identity. */
export abstract class Collection extends ApiObject {
  /** The Excel type of the items, whose properties a query of the collection selects. */
  abstract readonly itemType: string;
  abstract items(): ApiObject[];
  override query(select: readonly string[] | null): Json {
    return { _Items: this.items().map((item) => ({ ...item.identity(), ...item.query(select) })) };
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === "GetCount") return this.items().length;
    return super.call(name, args);
  }
}

function mustBeLive(sheet: Sheet): void {
  if (!sheet.book.sheets.includes(sheet)) throw new ExcelError("ItemNotFound");
}

/** Writing to a protected sheet fails, as in Excel (AccessDenied). */
function writable(sheet: Sheet): void {
  mustBeLive(sheet);
  if (sheet.protected) throw new ExcelError("AccessDenied");
}

function rangeOf(sheet: Sheet, arg: unknown): Rect {
  if (arg instanceof RangeObject) {
    if (arg.sheet !== sheet) throw new ExcelError("InvalidArgument");
    return arg.rect;
  }
  if (typeof arg !== "string") throw new ExcelError("InvalidArgument");
  const { sheet: named, rect } = parseAddress(arg);
  if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) throw new ExcelError("InvalidArgument");
  return rect;
}

function str(v: unknown): string {
  if (typeof v !== "string") throw new ExcelError("InvalidArgument");
  return v;
}

function num(v: unknown): number {
  if (typeof v !== "number" || !Number.isFinite(v)) throw new ExcelError("InvalidArgument");
  return v;
}

function bool(v: unknown): boolean {
  if (typeof v !== "boolean") throw new ExcelError("InvalidArgument");
  return v;
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;
function color(v: unknown): string {
  const c = str(v);
  if (!COLOR.test(c)) throw new ExcelError("InvalidArgument");
  return c.toUpperCase();
}

const H_ALIGN = new Set([
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
]);
const V_ALIGN = new Set(["Top", "Center", "Bottom", "Justify", "Distributed"]);
function oneOf(set: ReadonlySet<string>, v: unknown): string {
  const s = str(v);
  if (!set.has(s)) throw new ExcelError("InvalidArgument");
  return s;
}

export class WorkbookObject extends ApiObject {
  readonly type = "Workbook";
  constructor(readonly scope: Scope) {
    super();
  }
  override property(name: string): ApiObject {
    const { book } = this.scope;
    switch (name) {
      case "Worksheets":
        return new WorksheetCollectionObject(this.scope);
      case "Names":
        return new NamedItemCollectionObject(this.scope, null);
      case "Tables":
        return new TableCollectionObject(book, null);
      case "Application":
        return new ApplicationObject(book);
      case "Protection":
        return new WorkbookProtectionObject(book);
      default:
        return super.property(name);
    }
  }
}

class ApplicationObject extends ApiObject {
  readonly type = "Application";
  constructor(private readonly book: Book) {
    super();
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === "SuspendScreenUpdatingUntilNextSync") {
      this.book.screenUpdatingSuspensions++;
      return undefined;
    }
    return super.call(name, args);
  }
}

class WorkbookProtectionObject extends ApiObject {
  readonly type = "WorkbookProtection";
  constructor(private readonly book: Book) {
    super();
  }
  protected override scalars() {
    return { protected: () => this.book.structureProtected };
  }
}

class WorksheetCollectionObject extends Collection {
  readonly type = "WorksheetCollection";
  readonly itemType = "Worksheet";
  constructor(private readonly scope: Scope) {
    super();
  }
  items(): ApiObject[] {
    return this.scope.book.sheets.map((s) => new WorksheetObject(this.scope, s));
  }
  private find(key: unknown): Sheet | undefined {
    const k = str(key);
    return this.scope.book.sheetById(k) ?? this.scope.book.sheet(k);
  }
  override index(args: unknown[]): ApiObject {
    const sheet = this.find(args[0]);
    if (sheet === undefined) throw new ExcelError("ItemNotFound");
    return new WorksheetObject(this.scope, sheet);
  }
  override call(name: string, args: unknown[]): unknown {
    // worksheets.onAdded / onDeleted (ExcelApi 1.7), registered for the whole workbook.
    const events: Record<string, [number, boolean]> = {
      _RegisterAddedEvent: [13, true],
      _UnregisterAddedEvent: [13, false],
      _RegisterDeletedEvent: [15, true],
      _UnregisterDeletedEvent: [15, false],
    };
    const event = events[name];
    if (event === undefined) return super.call(name, args);
    this.scope.book.events?.register(event[0], "Workbook", event[1]);
    return undefined;
  }
  override method(name: string, args: unknown[]): ApiObject | null {
    switch (name) {
      case "GetItem":
        return this.index(args);
      case "GetItemOrNullObject": {
        const sheet = this.find(args[0]);
        return sheet === undefined ? null : new WorksheetObject(this.scope, sheet);
      }
      case "Add": {
        const name = args[0] === undefined || args[0] === null ? undefined : str(args[0]);
        return new WorksheetObject(this.scope, this.scope.book.addSheet(name));
      }
      default:
        return super.method(name, args);
    }
  }
}

export class WorksheetObject extends ApiObject {
  readonly type = "Worksheet";
  constructor(
    private readonly scope: Scope,
    readonly sheet: Sheet,
  ) {
    super();
  }
  override identity(): Json {
    return { _Id: this.sheet.id };
  }
  protected override scalars() {
    const s = this.sheet;
    return { id: () => s.id, name: () => s.name, position: () => s.position, visibility: () => "Visible" };
  }
  override query(select: readonly string[] | null): Json {
    mustBeLive(this.sheet);
    return super.query(select);
  }
  override set(name: string, value: unknown): void {
    mustBeLive(this.sheet);
    switch (name) {
      case "Name":
        return this.scope.book.renameSheet(this.sheet, str(value));
      case "Position":
        return this.scope.book.moveSheet(this.sheet, num(value));
      default:
        return super.set(name, value);
    }
  }
  override property(name: string): ApiObject {
    mustBeLive(this.sheet);
    switch (name) {
      case "Names":
        if (this.scope.bugs.userViewsAnotherWorkbook) throw new ExcelError("InvalidSelection");
        return new NamedItemCollectionObject(this.scope, this.sheet);
      case "FreezePanes":
        return new FreezePanesObject(this.sheet);
      case "Charts":
        return new ChartCollectionObject(this.sheet);
      case "PageLayout":
        return new PageLayoutObject(this.sheet);
      case "Tables":
        return new TableCollectionObject(this.scope.book, this.sheet);
      case "Protection":
        return new WorksheetProtectionObject(this.sheet);
      case "AutoFilter":
        return new AutoFilterObject(this.sheet);
      default:
        return super.property(name);
    }
  }
  override method(name: string, args: unknown[]): ApiObject | null {
    mustBeLive(this.sheet);
    switch (name) {
      case "GetRange":
        return new RangeObject(
          this.sheet,
          args[0] === undefined || args[0] === null || args[0] === ""
            ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 }
            : rangeOf(this.sheet, args[0]),
        );
      case "GetRangeByIndexes": {
        const [r, c, rows, cols] = args.map(num);
        return new RangeObject(this.sheet, { r0: r, c0: c, r1: r + rows - 1, c1: c + cols - 1 });
      }
      case "GetUsedRangeOrNullObject":
      case "GetUsedRange": {
        // valuesOnly (ExcelApi 1.2 on getUsedRange): the bed keeps formats apart from values, so both
        // forms give the cells holding values; a sheet with none has no used range (the whole sheet's A1 in Excel).
        const used = this.sheet.usedRect();
        if (used === null)
          return name === "GetUsedRange" ? new RangeObject(this.sheet, { r0: 0, c0: 0, r1: 0, c1: 0 }) : null;
        return new RangeObject(this.sheet, used);
      }
      default:
        return super.method(name, args);
    }
  }
  override call(name: string, args: unknown[]): unknown {
    mustBeLive(this.sheet);
    switch (name) {
      case "Delete":
        return this.scope.book.deleteSheet(this.sheet);
      case "Activate":
        this.scope.book.activeSheet = this.sheet;
        return undefined;
      // worksheet.onChanged.add / remove (ExcelApi 1.7): the client tells Excel in the batch.
      case "_RegisterDataChangedEvent":
      case "_UnregisterDataChangedEvent":
        this.scope.book.events?.register(10, this.sheet.id, name === "_RegisterDataChangedEvent");
        return undefined;
      default:
        return super.call(name, args);
    }
  }
}

/**
 * Worksheet.autoFilter (ExcelApi 1.9): one AutoFilter a sheet. apply(range) puts the filter buttons
 * on the range's first row (its header) and filters the rows below; applied again, it moves to the
 * new range. A table has its own filter, so a range overlapping one is refused. The bed models no
 * criteria (apply with a column index or criteria, and the criteria members, fail as not modelled).
 */
class AutoFilterObject extends ApiObject {
  readonly type = "AutoFilter";
  constructor(private readonly sheet: Sheet) {
    super();
  }
  protected override scalars() {
    return { enabled: () => this.sheet.autoFilter !== null, isDataFiltered: () => false };
  }
  override method(name: string, args: unknown[]): ApiObject | null {
    switch (name) {
      case "GetRange":
        if (this.sheet.autoFilter === null) throw new ExcelError("ItemNotFound");
        return new RangeObject(this.sheet, this.sheet.autoFilter);
      case "GetRangeOrNullObject":
        return this.sheet.autoFilter === null ? null : new RangeObject(this.sheet, this.sheet.autoFilter);
      default:
        return super.method(name, args);
    }
  }
  override call(name: string, args: unknown[]): unknown {
    writable(this.sheet);
    switch (name) {
      case "Apply": {
        const [range, columnIndex, criteria] = args;
        if ((columnIndex !== undefined && columnIndex !== null) || (criteria !== undefined && criteria !== null))
          throw this.notModelled("apply(range, columnIndex, criteria)");
        const rect = rangeOf(this.sheet, range);
        // A single cell stands for its current region in Excel; the bed does not work that out.
        if (rect.r0 === rect.r1 && rect.c0 === rect.c1) throw this.notModelled("apply(one cell)");
        if (this.sheet.tables.some((t) => overlaps(t.rect, rect))) throw new ExcelError("InvalidOperation");
        this.sheet.autoFilter = rect;
        return undefined;
      }
      case "Remove":
        this.sheet.autoFilter = null;
        return undefined;
      default:
        return super.call(name, args);
    }
  }
}

/** An Excel.RangeHyperlink as a request carries it: only its four strings. */
function hyperlinkOf(v: unknown): Hyperlink {
  if (typeof v !== "object" || v === null) throw new ExcelError("InvalidArgument");
  const out: Hyperlink = {};
  for (const [key, value] of Object.entries(v)) {
    if (value === undefined || value === null) continue;
    switch (key) {
      case "address":
      case "documentReference":
      case "screenTip":
      case "textToDisplay":
        out[key] = str(value);
        break;
      default:
        throw new ExcelError("InvalidArgument");
    }
  }
  if (out.address === undefined && out.documentReference === undefined) throw new ExcelError("InvalidArgument");
  // A place in this workbook must name a sheet and a cell or range of it (Excel's own check is at click time;
  // the bed refuses what could never lead anywhere).
  if (out.documentReference !== undefined && parseAddress(out.documentReference).sheet === null)
    throw new ExcelError("InvalidArgument");
  return out;
}

class WorksheetProtectionObject extends ApiObject {
  readonly type = "WorksheetProtection";
  constructor(private readonly sheet: Sheet) {
    super();
  }
  protected override scalars() {
    return { protected: () => this.sheet.protected };
  }
}

/** Workbook.names (sheet null) or Worksheet.names. */
class NamedItemCollectionObject extends Collection {
  readonly type = "NamedItemCollection";
  readonly itemType = "NamedItem";
  constructor(
    private readonly scope: Scope,
    private readonly sheet: Sheet | null,
  ) {
    super();
  }
  private entries(): NamedEntry[] {
    const { book, bugs } = this.scope;
    if (this.sheet === null) return book.names.filter((n) => n.scope === "Workbook");
    const own = book.names.filter((n) => n.sheet === this.sheet);
    return bugs.sheetNamesListWorkbookNames ? [...own, ...book.names.filter((n) => n.scope === "Workbook")] : own;
  }
  items(): ApiObject[] {
    return this.entries().map((e) => new NamedItemObject(e));
  }
  private find(key: unknown): NamedEntry | undefined {
    const k = str(key).toLowerCase();
    return this.entries().find((n) => n.name.toLowerCase() === k);
  }
  override index(args: unknown[]): ApiObject {
    const entry = this.find(args[0]);
    if (entry === undefined) throw new ExcelError("ItemNotFound");
    return new NamedItemObject(entry);
  }
  override method(name: string, args: unknown[]): ApiObject | null {
    switch (name) {
      case "GetItem":
        return this.index(args);
      case "GetItemOrNullObject": {
        const entry = this.find(args[0]);
        return entry === undefined ? null : new NamedItemObject(entry);
      }
      case "Add": {
        if (this.sheet !== null) writable(this.sheet);
        const [nameArg, reference, comment] = args;
        const n = str(nameArg);
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(n) || /^[A-Za-z]{1,3}\d+$/.test(n))
          throw new ExcelError("InvalidArgument");
        const sameScope = this.scope.book.names.filter((e) => e.sheet === this.sheet);
        if (sameScope.some((e) => e.name.toLowerCase() === n.toLowerCase())) throw new ExcelError("ItemAlreadyExists");
        const formula =
          reference instanceof RangeObject
            ? `=${rectAddress(reference.sheet.name, reference.rect)}`
            : typeof reference === "string"
              ? reference
              : (() => {
                  throw new ExcelError("InvalidArgument");
                })();
        const entry: NamedEntry = {
          name: n,
          scope: this.sheet === null ? "Workbook" : "Worksheet",
          sheet: this.sheet,
          formula,
          comment: comment === undefined || comment === null ? "" : str(comment),
        };
        this.scope.book.names.push(entry);
        return new NamedItemObject(entry);
      }
      default:
        return super.method(name, args);
    }
  }
}

class NamedItemObject extends ApiObject {
  readonly type = "NamedItem";
  constructor(private readonly entry: NamedEntry) {
    super();
  }
  protected override scalars() {
    const e = this.entry;
    const literal = /^=(TRUE|FALSE)$/i.exec(e.formula);
    return {
      name: () => e.name,
      scope: () => e.scope,
      formula: () => e.formula,
      comment: () => e.comment,
      visible: () => true,
      type: () => (literal ? "Boolean" : /^=[^(]*![$A-Z0-9:]+$/i.test(e.formula) ? "Range" : "String"),
      value: () => (literal ? literal[1].toUpperCase() === "TRUE" : e.formula.replace(/^=/, "")),
    };
  }
}

class FreezePanesObject extends ApiObject {
  readonly type = "WorksheetFreezePanes";
  constructor(private readonly sheet: Sheet) {
    super();
  }
  override call(name: string, args: unknown[]): unknown {
    writable(this.sheet);
    switch (name) {
      case "FreezeAt": {
        // The range's cells become the frozen top-left pane: rows above its end, columns left of its end.
        const r = rangeOf(this.sheet, args[0]);
        const allRows = r.r0 === 0 && r.r1 === MAX_ROWS - 1;
        const allColumns = r.c0 === 0 && r.c1 === MAX_COLUMNS - 1;
        this.sheet.frozen = { rows: allRows ? 0 : r.r1 + 1, columns: allColumns ? 0 : r.c1 + 1 };
        return undefined;
      }
      case "FreezeRows":
        this.sheet.frozen = { rows: args[0] === undefined ? 1 : num(args[0]), columns: 0 };
        return undefined;
      case "FreezeColumns":
        this.sheet.frozen = { rows: 0, columns: args[0] === undefined ? 1 : num(args[0]) };
        return undefined;
      case "Unfreeze":
        this.sheet.frozen = null;
        return undefined;
      default:
        return super.call(name, args);
    }
  }
}

class PageLayoutObject extends ApiObject {
  readonly type = "PageLayout";
  constructor(private readonly sheet: Sheet) {
    super();
  }
  protected override scalars() {
    return { orientation: () => this.sheet.orientation, zoom: () => ({ ...this.sheet.zoom }) };
  }
  override set(name: string, value: unknown): void {
    writable(this.sheet);
    switch (name) {
      case "Orientation":
        this.sheet.orientation = oneOf(new Set(["Portrait", "Landscape"]), value);
        return;
      case "Zoom": {
        if (typeof value !== "object" || value === null) throw new ExcelError("InvalidArgument");
        const z = value as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
        if (z.scale !== undefined) {
          if (num(z.scale) < 10 || z.scale > 400) throw new ExcelError("InvalidArgument");
          this.sheet.zoom = { scale: z.scale, horizontalFitToPages: null, verticalFitToPages: null };
          return;
        }
        // Fit to pages: a side not given keeps Excel's default of one page (OOXML fitToWidth/fitToHeight
        // default to 1), so fitting only the width also squeezes the height onto one page; 0 is automatic.
        const before = this.sheet.zoom;
        const side = (given: number | undefined, was: number | null | undefined) =>
          given !== undefined ? num(given) : (was ?? 1);
        this.sheet.zoom = {
          scale: null,
          horizontalFitToPages: side(z.horizontalFitToPages, before.horizontalFitToPages),
          verticalFitToPages: side(z.verticalFitToPages, before.verticalFitToPages),
        };
        return;
      }
      default:
        return super.set(name, value);
    }
  }
  override property(name: string): ApiObject {
    if (name === "HeadersFooters") return new HeaderFooterGroupObject(this.sheet);
    return super.property(name);
  }
  override call(name: string, args: unknown[]): unknown {
    writable(this.sheet);
    if (name === "SetPrintTitleRows") {
      const r = rangeOf(this.sheet, args[0]);
      if (!(r.c0 === 0 && r.c1 === MAX_COLUMNS - 1)) throw new ExcelError("InvalidArgument");
      this.sheet.printTitleRows = `$${r.r0 + 1}:$${r.r1 + 1}`;
      return undefined;
    }
    if (name === "SetPrintTitleColumns") {
      const r = rangeOf(this.sheet, args[0]);
      if (!(r.r0 === 0 && r.r1 === MAX_ROWS - 1)) throw new ExcelError("InvalidArgument");
      this.sheet.printTitleColumns = `$${columnLetters(r.c0 + 1)}:$${columnLetters(r.c1 + 1)}`;
      return undefined;
    }
    return super.call(name, args);
  }
}

/**
 * PageLayout.headersFooters (ExcelApi 1.9): the state says which groups print (Default: one for
 * every page; OddAndEven, FirstAndDefault, FirstOddAndEven); every group keeps its text whatever
 * the state, as the file keeps <evenFooter> without differentOddEven.
 */
class HeaderFooterGroupObject extends ApiObject {
  readonly type = "HeaderFooterGroup";
  constructor(private readonly sheet: Sheet) {
    super();
  }
  protected override scalars() {
    return { state: () => this.sheet.headerFooterState };
  }
  override set(name: string, value: unknown): void {
    writable(this.sheet);
    if (name === "State") {
      this.sheet.headerFooterState = oneOf(
        new Set(["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"]),
        value,
      );
      return;
    }
    super.set(name, value);
  }
  override property(name: string): ApiObject {
    const group = HEADER_FOOTER_GROUPS.find((g) => pascal(g) === name);
    if (group !== undefined) return new HeaderFooterObject(this.sheet, group);
    return super.property(name);
  }
}

/** One group's six sections: plain strings with Excel's codes (&P page, &N pages, &8 size…). */
class HeaderFooterObject extends ApiObject {
  readonly type = "HeaderFooter";
  constructor(
    private readonly sheet: Sheet,
    private readonly group: HeaderFooterGroupName,
  ) {
    super();
  }
  protected override scalars() {
    const sections = this.sheet.headersFooters[this.group];
    return Object.fromEntries(HEADER_FOOTER_SECTIONS.map((k) => [k, () => sections[k]]));
  }
  override set(name: string, value: unknown): void {
    writable(this.sheet);
    const section = HEADER_FOOTER_SECTIONS.find((k) => pascal(k) === name);
    if (section === undefined) return super.set(name, value);
    if (typeof value !== "string") throw new ExcelError("InvalidArgument");
    this.sheet.headersFooters[this.group][section] = value;
  }
}

class TableCollectionObject extends Collection {
  readonly type = "TableCollection";
  readonly itemType = "Table";
  constructor(
    private readonly book: Book,
    private readonly sheet: Sheet | null,
  ) {
    super();
  }
  private entries(): TableEntry[] {
    return this.sheet === null ? this.book.tables : this.sheet.tables;
  }
  items(): ApiObject[] {
    return this.entries().map((t) => new TableObject(t));
  }
  private find(key: unknown): TableEntry | undefined {
    const k = String(key).toLowerCase();
    return this.entries().find((t) => t.id === String(key) || t.name.toLowerCase() === k);
  }
  override index(args: unknown[]): ApiObject {
    const t = this.find(args[0]);
    if (t === undefined) throw new ExcelError("ItemNotFound");
    return new TableObject(t);
  }
  override method(name: string, args: unknown[]): ApiObject | null {
    switch (name) {
      case "GetItem":
        return this.index(args);
      case "GetItemOrNullObject": {
        const t = this.find(args[0]);
        return t === undefined ? null : new TableObject(t);
      }
      case "Add": {
        const [address, hasHeaders] = args;
        let sheet = this.sheet;
        let rect: Rect;
        if (address instanceof RangeObject) {
          sheet = address.sheet;
          rect = address.rect;
        } else {
          const parsed = parseAddress(str(address));
          if (parsed.sheet !== null) sheet = this.book.sheet(parsed.sheet) ?? null;
          rect = parsed.rect;
        }
        if (sheet === null) throw new ExcelError("InvalidArgument");
        writable(sheet);
        if (!bool(hasHeaders)) throw this.notModelled("add(address, hasHeaders: false)");
        // A header row alone gets one empty body row, as Excel does.
        if (rect.r1 === rect.r0) rect = { ...rect, r1: rect.r0 + 1 };
        if (this.book.tables.some((t) => t.sheet === sheet && overlaps(t.rect, rect)))
          throw new ExcelError("InvalidOperation");
        let k = this.book.tables.length + 1;
        while (!this.book.tableNameFree(`Table${k}`)) k++;
        const entry: TableEntry = {
          id: String(this.book.nextId()),
          name: `Table${k}`,
          style: "TableStyleMedium2",
          sheet,
          rect,
          hasHeaders: true,
        };
        this.book.tables.push(entry);
        return new TableObject(entry);
      }
      default:
        return super.method(name, args);
    }
  }
}

const overlaps = (a: Rect, b: Rect) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

/** Table names: a letter, underscore or backslash first; letters, digits, periods and underscores; not a cell reference. */
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/;

class TableObject extends ApiObject {
  readonly type = "Table";
  constructor(private readonly table: TableEntry) {
    super();
  }
  private live(): TableEntry {
    if (!this.table.sheet.book.tables.includes(this.table)) throw new ExcelError("ItemNotFound");
    return this.table;
  }
  override identity(): Json {
    return { _Id: this.table.id };
  }
  protected override scalars() {
    const t = this.table;
    return { id: () => t.id, name: () => t.name, style: () => t.style, showHeaders: () => t.hasHeaders };
  }
  override set(name: string, value: unknown): void {
    const t = this.live();
    writable(t.sheet);
    switch (name) {
      case "Name": {
        const n = str(value);
        if (!TABLE_NAME.test(n) || /^[A-Za-z]{1,3}\d+$/.test(n) || /^[Rr]\d*[Cc]\d*$/.test(n))
          throw new ExcelError("InvalidArgument");
        if (!t.sheet.book.tableNameFree(n, t))
          throw new ExcelError("InvalidArgument", "A table with this name already exists.");
        t.name = n;
        return;
      }
      case "Style":
        t.style = str(value);
        return;
      default:
        return super.set(name, value);
    }
  }
  override property(name: string): ApiObject {
    const t = this.live();
    switch (name) {
      case "Columns":
        return new TableColumnCollectionObject(t);
      case "Rows":
        return new TableRowCollectionObject(t);
      default:
        return super.property(name);
    }
  }
  override method(name: string, args: unknown[]): ApiObject | null {
    const t = this.live();
    switch (name) {
      case "GetRange":
        return new RangeObject(t.sheet, t.rect);
      case "GetDataBodyRange":
        return new RangeObject(t.sheet, { ...t.rect, r0: t.rect.r0 + 1 });
      case "GetHeaderRowRange":
        return new RangeObject(t.sheet, { ...t.rect, r1: t.rect.r0 });
      default:
        return super.method(name, args);
    }
  }
  override call(name: string, args: unknown[]): unknown {
    const t = this.live();
    if (name === "Delete") {
      writable(t.sheet);
      t.sheet.book.tables.splice(t.sheet.book.tables.indexOf(t), 1);
      return undefined;
    }
    return super.call(name, args);
  }
}

class TableColumnCollectionObject extends Collection {
  readonly type = "TableColumnCollection";
  readonly itemType = "TableColumn";
  constructor(private readonly table: TableEntry) {
    super();
  }
  items(): ApiObject[] {
    return Array.from(
      { length: this.table.rect.c1 - this.table.rect.c0 + 1 },
      (_, i) => new TableColumnObject(this.table, i),
    );
  }
  override method(name: string, args: unknown[]): ApiObject | null {
    if (name === "GetItemAt") {
      const i = num(args[0]);
      if (i < 0 || i > this.table.rect.c1 - this.table.rect.c0) throw new ExcelError("ItemNotFound");
      return new TableColumnObject(this.table, i);
    }
    return super.method(name, args);
  }
}

class TableColumnObject extends ApiObject {
  readonly type = "TableColumn";
  constructor(
    private readonly table: TableEntry,
    private readonly at: number,
  ) {
    super();
  }
  protected override scalars() {
    const t = this.table;
    return { index: () => this.at, name: () => valueOf(t.sheet.stored(t.rect.r0, t.rect.c0 + this.at)) };
  }
  override method(name: string, args: unknown[]): ApiObject | null {
    const t = this.table;
    const c = t.rect.c0 + this.at;
    switch (name) {
      case "GetDataBodyRange":
        return new RangeObject(t.sheet, { r0: t.rect.r0 + 1, c0: c, r1: t.rect.r1, c1: c });
      case "GetRange":
        return new RangeObject(t.sheet, { r0: t.rect.r0, c0: c, r1: t.rect.r1, c1: c });
      default:
        return super.method(name, args);
    }
  }
}

class TableRowCollectionObject extends Collection {
  readonly type = "TableRowCollection";
  readonly itemType = "TableRow";
  constructor(private readonly table: TableEntry) {
    super();
  }
  items(): ApiObject[] {
    return [];
  }
  override query(select: readonly string[] | null): Json {
    if (select !== null && select.length === 1 && select[0] === "count")
      return { Count: this.table.rect.r1 - this.table.rect.r0 };
    throw this.notModelled("load(rows)");
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === "GetCount") return this.table.rect.r1 - this.table.rect.r0;
    return super.call(name, args);
  }
  override method(name: string, args: unknown[]): ApiObject | null {
    if (name !== "Add") return super.method(name, args);
    // TableRowCollection.add(index, values): rows appended at the end (index null), cells below must be free.
    const t = this.table;
    writable(t.sheet);
    const [index, values] = args;
    if (index !== undefined && index !== null) throw this.notModelled("rows.add(index)");
    const width = t.rect.c1 - t.rect.c0 + 1;
    const rows =
      values === undefined || values === null ? [new Array<unknown>(width).fill("")] : (values as unknown[][]);
    if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r) || r.length !== width))
      throw new ExcelError("InvalidArgument");
    for (let i = 0; i < rows.length; i++)
      for (let c = 0; c < width; c++)
        if (valueOf(t.sheet.stored(t.rect.r1 + 1 + i, t.rect.c0 + c)) !== "")
          throw this.notModelled("rows.add over cells that are not empty (Excel shifts them down)");
    const first = t.rect.r1 + 1;
    rows.forEach((row, i) => row.forEach((v, c) => t.sheet.put(first + i, t.rect.c0 + c, typedAsExcel(cellInput(v)))));
    t.sheet.book.events?.raise({
      kind: "changed",
      sheet: t.sheet,
      rect: { r0: first, c0: t.rect.c0, r1: first + rows.length - 1, c1: t.rect.c1 },
      changeType: "RowInserted",
    });
    // Table columns carry their formats to the new rows (a column's number format and validation follow it).
    for (const v of t.sheet.validations)
      if (v.rect.r1 === t.rect.r1 && v.rect.c0 >= t.rect.c0 && v.rect.c1 <= t.rect.c1)
        v.rect = { ...v.rect, r1: v.rect.r1 + rows.length };
    extendColumnFormats(t.sheet, t.rect, rows.length);
    t.rect = { ...t.rect, r1: t.rect.r1 + rows.length };
    return new RangeObject(t.sheet, { r0: first, c0: t.rect.c0, r1: t.rect.r1, c1: t.rect.c1 });
  }
}

/** The last body row's number formats repeat on rows added to a table. */
function extendColumnFormats(sheet: Sheet, rect: Rect, added: number): void {
  const last = rect.r1;
  const grid: (CellFormat | undefined)[][] = Array.from({ length: added }, () =>
    Array.from({ length: rect.c1 - rect.c0 + 1 }, (_, c) => {
      const f = sheet.formatAt(last, rect.c0 + c).numberFormat;
      return f === undefined ? undefined : { numberFormat: f };
    }),
  );
  sheet.addFormat({ rect: { r0: last + 1, c0: rect.c0, r1: last + added, c1: rect.c1 }, grid });
}

function cellInput(v: unknown): string | number | boolean {
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  throw new ExcelError("InvalidArgument");
}

/** A 2-D input the size of the range (or one value for all cells, as Office.js allows). */
function grid2d<T>(rect: Rect, input: unknown, each: (v: unknown) => T): (T | undefined)[][] | { all: T } {
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  if (!Array.isArray(input)) return { all: each(input) };
  if (input.length !== rows || input.some((r) => !Array.isArray(r) || r.length !== cols))
    throw new ExcelError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  return (input as unknown[][]).map((r) => r.map((v) => (v === null ? undefined : each(v))));
}

export class RangeObject extends ApiObject {
  readonly type = "Range";
  constructor(
    readonly sheet: Sheet,
    readonly rect: Rect,
  ) {
    super();
  }
  private cells<T>(f: (r: number, c: number) => T): T[][] {
    const { r0, c0, r1, c1 } = this.rect;
    if ((r1 - r0 + 1) * (c1 - c0 + 1) > 5_000_000)
      throw new ExcelError("ResponsePayloadSizeLimitExceeded", "The range is too large to load.");
    const out: T[][] = [];
    for (let r = r0; r <= r1; r++) {
      const line = new Array<T>(c1 - c0 + 1);
      for (let c = c0; c <= c1; c++) line[c - c0] = f(r, c);
      out.push(line);
    }
    return out;
  }
  protected override scalars() {
    const { sheet, rect } = this;
    return {
      address: () => rectAddress(sheet.name, rect),
      rowCount: () => rect.r1 - rect.r0 + 1,
      columnCount: () => rect.c1 - rect.c0 + 1,
      rowIndex: () => rect.r0,
      columnIndex: () => rect.c0,
      cellCount: () => (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1),
      values: () => this.cells((r, c) => valueOf(sheet.stored(r, c))),
      valueTypes: () => this.cells((r, c) => valueTypeOf(sheet.stored(r, c))),
      formulas: () => this.cells((r, c) => valueOf(sheet.stored(r, c))),
      numberFormat: () => this.cells((r, c) => sheet.formatAt(r, c).numberFormat ?? "General"),
      // The top left cell's link (ExcelApi 1.7), null without one.
      hyperlink: () => {
        const link = sheet.hyperlinkAt(rect.r0, rect.c0);
        return link === undefined ? null : { ...link };
      },
    };
  }
  override query(select: readonly string[] | null): Json {
    mustBeLive(this.sheet);
    // Loading a range without naming properties loads its scalars, values included.
    return super.query(select);
  }
  override set(name: string, value: unknown): void {
    writable(this.sheet);
    const { sheet, rect } = this;
    switch (name) {
      case "Values":
      case "Formulas": {
        const g = grid2d(rect, value, cellInput);
        const single = rect.r0 === rect.r1 && rect.c0 === rect.c1;
        const before = single ? valueOf(sheet.stored(rect.r0, rect.c0)) : undefined;
        const after = () => (single ? { before, after: valueOf(sheet.stored(rect.r0, rect.c0)) } : undefined);
        if ("all" in g) {
          const stored = typedAsExcel(g.all);
          for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) sheet.put(r, c, stored);
          raiseChanged(sheet, rect, after());
          return;
        } else
          g.forEach((row, i) =>
            row.forEach((v, j) => {
              if (v !== undefined) sheet.put(rect.r0 + i, rect.c0 + j, typedAsExcel(v));
            }),
          );
        raiseChanged(sheet, rect, after());
        return;
      }
      case "NumberFormat": {
        const g = grid2d(rect, value, str);
        if ("all" in g) sheet.addFormat({ rect, patch: { numberFormat: g.all } });
        else
          sheet.addFormat({
            rect,
            grid: g.map((row) => row.map((f) => (f === undefined ? undefined : { numberFormat: f }))),
          });
        return;
      }
      case "Hyperlink":
        sheet.link(rect, hyperlinkOf(value));
        return;
      default:
        return super.set(name, value);
    }
  }
  override property(name: string): ApiObject {
    switch (name) {
      case "Format":
        return new RangeFormatObject(this.sheet, this.rect);
      case "DataValidation":
        return new DataValidationObject(this.sheet, this.rect);
      default:
        return super.property(name);
    }
  }
  override method(name: string, args: unknown[]): ApiObject | null {
    const { r0, c0, r1, c1 } = this.rect;
    switch (name) {
      case "GetCell": {
        const [r, c] = args.map(num);
        return new RangeObject(this.sheet, { r0: r0 + r, c0: c0 + c, r1: r0 + r, c1: c0 + c });
      }
      case "GetRow":
        return new RangeObject(this.sheet, { r0: r0 + num(args[0]), c0, r1: r0 + num(args[0]), c1 });
      case "GetResizedRange":
        return new RangeObject(this.sheet, { r0, c0, r1: r1 + num(args[0]), c1: c1 + num(args[1]) });
      case "GetEntireRow":
        return new RangeObject(this.sheet, { r0, c0: 0, r1, c1: MAX_COLUMNS - 1 });
      case "GetBoundingRect": {
        // The client's own chunking of large values (setRangePropertiesInBulk) asks for this.
        const other = args[0] instanceof RangeObject ? args[0].rect : rangeOf(this.sheet, args[0]);
        return new RangeObject(this.sheet, {
          r0: Math.min(r0, other.r0),
          c0: Math.min(c0, other.c0),
          r1: Math.max(r1, other.r1),
          c1: Math.max(c1, other.c1),
        });
      }
      default:
        return super.method(name, args);
    }
  }
  override call(name: string, args: unknown[]): unknown {
    const { sheet, rect } = this;
    switch (name) {
      case "Select":
        mustBeLive(sheet);
        return undefined;
      case "_ValidateArraySize": {
        // Sent by the client before it splits a large values array into chunks of 1,500 cells.
        const [rows, cols] = args.map(num);
        if (rows !== rect.r1 - rect.r0 + 1 || cols !== rect.c1 - rect.c0 + 1)
          throw new ExcelError(
            "InvalidArgument",
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          );
        return undefined;
      }
      case "Clear": {
        writable(sheet);
        const applyTo = args[0] === undefined || args[0] === null ? "All" : str(args[0]);
        if (!["All", "Contents", "Formats", "Hyperlinks", "RemoveHyperlinks"].includes(applyTo))
          throw new ExcelError("InvalidArgument");
        sheet.clear(rect, applyTo);
        // Clearing formats alone changes no data: Excel raises onFormatChanged for it, not onChanged.
        if (applyTo === "All" || applyTo === "Contents")
          sheet.book.events?.raise({ kind: "changed", sheet, rect, changeType: "RangeEdited" });
        return undefined;
      }
      case "SetCellProperties":
        writable(sheet);
        return this.setCellProperties(args[0]);
      case "SetColumnProperties":
      case "SetRowProperties": {
        // ExcelApi 1.9: one entry per column (row) of the range; the bed models widths and heights.
        writable(sheet);
        const columns = name === "SetColumnProperties";
        const entries = args[0];
        const count = columns ? rect.c1 - rect.c0 + 1 : rect.r1 - rect.r0 + 1;
        if (!Array.isArray(entries) || entries.length !== count) throw new ExcelError("InvalidArgument");
        entries.forEach((entry: unknown, i) => {
          if (typeof entry !== "object" || entry === null) throw new ExcelError("InvalidArgument");
          const { format, ...rest } = entry as { format?: Record<string, unknown> };
          if (Object.keys(rest).length > 0) throw this.notModelled(`${name} ${Object.keys(rest).join(", ")}`);
          for (const [key, value] of Object.entries(format ?? {})) {
            if (columns && key === "columnWidth") sheet.columnWidths.set(rect.c0 + i, num(value));
            else if (!columns && key === "rowHeight") sheet.rowHeights.set(rect.r0 + i, num(value));
            else throw this.notModelled(`${name} format.${key}`);
          }
        });
        return undefined;
      }
      case "Delete": {
        writable(sheet);
        return this.deleteUp(args[0]);
      }
      default:
        return super.call(name, args);
    }
  }
  /** Range.setCellProperties (ExcelApi 1.9): one format per cell, in one action. */
  private setCellProperties(input: unknown): void {
    const g = grid2d(this.rect, input, (v) => cellProperties(v));
    if ("all" in g) throw new ExcelError("InvalidArgument");
    this.sheet.addFormat({ rect: this.rect, grid: g.map((row) => row.map((p) => p?.format)) });
    // A cell's hyperlink (SettableCellProperties.hyperlink, ExcelApi 1.9) as Range.hyperlink sets it on that cell.
    g.forEach((row, i) =>
      row.forEach((p, j) => {
        const r = this.rect.r0 + i;
        const c = this.rect.c0 + j;
        if (p?.hyperlink !== undefined) this.sheet.link({ r0: r, c0: c, r1: r, c1: c }, p.hyperlink);
      }),
    );
  }
  /** Range.delete(Up): the bed models deleting whole rows of a table's body (and whole sheet rows). */
  private deleteUp(shift: unknown): void {
    if (shift !== "Up") throw this.notModelled(`delete(${String(shift)})`);
    const { sheet, rect } = this;
    const table = sheet.tables.find(
      (t) => t.rect.c0 === rect.c0 && t.rect.c1 === rect.c1 && rect.r0 > t.rect.r0 && rect.r1 <= t.rect.r1,
    );
    const wholeRows = rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
    if (table === undefined && !wholeRows) throw this.notModelled("delete(Up) outside a table's body rows");
    const n = rect.r1 - rect.r0 + 1;
    if (table !== undefined && table.rect.r1 - table.rect.r0 - n < 1) throw new ExcelError("InvalidOperation");
    for (let r = rect.r0; r < sheet.rows.length; r++) {
      const from = sheet.rows[r + n];
      const row = sheet.rows[r] ?? [];
      for (let c = rect.c0; c <= Math.min(rect.c1, Math.max(row.length, from?.length ?? 0) - 1); c++)
        row[c] = from?.[c];
      sheet.rows[r] = row;
    }
    if (table !== undefined) table.rect = { ...table.rect, r1: table.rect.r1 - n };
    sheet.book.events?.raise({ kind: "changed", sheet, rect, changeType: wholeRows ? "RowDeleted" : "CellDeleted" });
  }
}

/** An edit of cells: onChanged's RangeEdited, with the one cell's values before and after (`details`). */
function raiseChanged(sheet: Sheet, rect: Rect, details: { before: unknown; after: unknown } | undefined): void {
  sheet.book.events?.raise({
    kind: "changed",
    sheet,
    rect,
    changeType: "RangeEdited",
    ...(details ? { details } : {}),
  });
}

/** One cell of Range.setCellProperties: its format and hyperlink (the other members are not modelled). */
function cellProperties(v: unknown): { format: CellFormat; hyperlink?: Hyperlink } {
  if (typeof v !== "object" || v === null) throw new ExcelError("InvalidArgument");
  const { format, hyperlink, ...rest } = v as { format?: Record<string, unknown>; hyperlink?: unknown };
  if (Object.keys(rest).length > 0)
    throw new ExcelError(
      "NotImplemented",
      `The test bed does not model setCellProperties ${Object.keys(rest).join(", ")}.`,
    );
  return {
    format: cellPropertiesFormat(format),
    ...(hyperlink === undefined || hyperlink === null ? {} : { hyperlink: hyperlinkOf(hyperlink) }),
  };
}

function cellPropertiesFormat(f: Record<string, unknown> | undefined): CellFormat {
  const out: CellFormat = {};
  if (f === undefined) return out;
  for (const [key, value] of Object.entries(f)) {
    switch (key) {
      case "fill": {
        const fill = value as { color?: unknown };
        if (fill.color !== undefined) out.fill = color(fill.color);
        break;
      }
      case "font": {
        const font = value as { bold?: unknown; color?: unknown; size?: unknown };
        if (font.bold !== undefined) out.bold = bool(font.bold);
        if (font.color !== undefined) out.fontColor = color(font.color);
        if (font.size !== undefined) out.fontSize = num(font.size);
        break;
      }
      case "horizontalAlignment":
        out.horizontalAlignment = oneOf(H_ALIGN, value);
        break;
      case "verticalAlignment":
        out.verticalAlignment = oneOf(V_ALIGN, value);
        break;
      case "wrapText":
        out.wrapText = bool(value);
        break;
      case "indentLevel":
        // Excel takes 0-250 levels (Range.format.indentLevel).
        if (num(value) < 0 || num(value) > 250) throw new ExcelError("InvalidArgument");
        out.indentLevel = num(value);
        break;
      default:
        throw new ExcelError("NotImplemented", `The test bed does not model setCellProperties format.${key}.`);
    }
  }
  return out;
}

class RangeFormatObject extends ApiObject {
  readonly type = "RangeFormat";
  constructor(
    private readonly sheet: Sheet,
    private readonly rect: Rect,
  ) {
    super();
  }
  protected override scalars() {
    const { sheet, rect } = this;
    const first = sheet.formatAt(rect.r0, rect.c0);
    return {
      columnWidth: () => sheet.columnWidths.get(rect.c0) ?? 48,
      rowHeight: () => sheet.rowHeights.get(rect.r0) ?? 15,
      horizontalAlignment: () => first.horizontalAlignment ?? "General",
      verticalAlignment: () => first.verticalAlignment ?? "Bottom",
      wrapText: () => first.wrapText ?? false,
    };
  }
  private patch(p: CellFormat): void {
    writable(this.sheet);
    this.sheet.addFormat({ rect: this.rect, patch: p });
  }
  override set(name: string, value: unknown): void {
    const { sheet, rect } = this;
    switch (name) {
      case "ColumnWidth": {
        writable(sheet);
        const w = num(value);
        for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths.set(c, w);
        return;
      }
      case "RowHeight": {
        writable(sheet);
        const h = num(value);
        if (rect.r1 - rect.r0 > 100_000) throw this.notModelled("rowHeight on more than 100,000 rows");
        for (let r = rect.r0; r <= rect.r1; r++) sheet.rowHeights.set(r, h);
        return;
      }
      case "UseStandardWidth":
        writable(sheet);
        if (bool(value))
          for (const c of [...sheet.columnWidths.keys()])
            if (c >= rect.c0 && c <= rect.c1) sheet.columnWidths.delete(c);
        return;
      case "UseStandardHeight":
        writable(sheet);
        if (bool(value))
          for (const r of [...sheet.rowHeights.keys()]) if (r >= rect.r0 && r <= rect.r1) sheet.rowHeights.delete(r);
        return;
      case "HorizontalAlignment":
        return this.patch({ horizontalAlignment: oneOf(H_ALIGN, value) });
      case "VerticalAlignment":
        return this.patch({ verticalAlignment: oneOf(V_ALIGN, value) });
      case "WrapText":
        return this.patch({ wrapText: bool(value) });
      default:
        return super.set(name, value);
    }
  }
  override property(name: string): ApiObject {
    switch (name) {
      case "Fill":
        return new FormatPartObject("RangeFill", this.sheet, this.rect, { Color: (v) => ({ fill: color(v) }) });
      case "Font":
        return new FormatPartObject("RangeFont", this.sheet, this.rect, {
          Bold: (v) => ({ bold: bool(v) }),
          Color: (v) => ({ fontColor: color(v) }),
          Size: (v) => ({ fontSize: num(v) }),
        });
      default:
        return super.property(name);
    }
  }
}

/** RangeFill and RangeFont: each settable property is a format patch over the range. */
class FormatPartObject extends ApiObject {
  constructor(
    readonly type: string,
    private readonly sheet: Sheet,
    private readonly rect: Rect,
    private readonly setters: Record<string, (v: unknown) => CellFormat>,
  ) {
    super();
  }
  override set(name: string, value: unknown): void {
    const setter = this.setters[name];
    if (setter === undefined) return super.set(name, value);
    writable(this.sheet);
    this.sheet.addFormat({ rect: this.rect, patch: setter(value) });
  }
}

class DataValidationObject extends ApiObject {
  readonly type = "DataValidation";
  constructor(
    private readonly sheet: Sheet,
    private readonly rect: Rect,
  ) {
    super();
  }
  private entry() {
    const { sheet, rect } = this;
    let v = sheet.validations.find(
      (e) => e.rect.r0 === rect.r0 && e.rect.c0 === rect.c0 && e.rect.r1 === rect.r1 && e.rect.c1 === rect.c1,
    );
    if (v === undefined) {
      sheet.validations = sheet.validations.filter((e) => !overlaps(e.rect, rect));
      v = { rect, rule: {} };
      sheet.validations.push(v);
    }
    return v;
  }
  override set(name: string, value: unknown): void {
    writable(this.sheet);
    if (typeof value !== "object" || value === null) throw new ExcelError("InvalidArgument");
    switch (name) {
      case "Rule": {
        const rule = value as Record<string, unknown>;
        const kinds = Object.keys(rule);
        if (kinds.length !== 1) throw new ExcelError("InvalidArgument");
        const list = rule.list as { source?: unknown } | undefined;
        // A list typed as text is at most 255 characters (Excel's limit for a list source).
        if (list !== undefined && typeof list.source === "string" && list.source.length > 255)
          throw new ExcelError("InvalidArgument");
        this.entry().rule = JSON.parse(JSON.stringify(rule)) as Record<string, unknown>;
        return;
      }
      case "ErrorAlert":
        this.entry().errorAlert = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
        return;
      // DataValidationPrompt (ExcelApi 1.8): the input message shown when a cell of the range is selected.
      case "Prompt":
        this.entry().prompt = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
        return;
      default:
        return super.set(name, value);
    }
  }
}

class ChartCollectionObject extends Collection {
  readonly type = "ChartCollection";
  readonly itemType = "Chart";
  constructor(private readonly sheet: Sheet) {
    super();
  }
  items(): ApiObject[] {
    return this.sheet.charts.map((c) => new ChartObject(this.sheet, c));
  }
  override index(args: unknown[]): ApiObject {
    const chart = this.sheet.charts.find((c) => c.id === args[0] || c.name === args[0]);
    if (chart === undefined) throw new ExcelError("ItemNotFound");
    return new ChartObject(this.sheet, chart);
  }
  override method(name: string, args: unknown[]): ApiObject | null {
    switch (name) {
      case "GetItemAt": {
        const chart = this.sheet.charts[num(args[0])];
        if (chart === undefined) throw new ExcelError("ItemNotFound");
        return new ChartObject(this.sheet, chart);
      }
      case "Add": {
        writable(this.sheet);
        const [type, source, seriesBy] = args;
        if (!(source instanceof RangeObject)) throw new ExcelError("InvalidArgument");
        const by = seriesBy === undefined || seriesBy === null ? "Auto" : str(seriesBy);
        const r = source.rect;
        const byColumns = by === "Columns" || (by === "Auto" && r.r1 - r.r0 >= r.c1 - r.c0);
        const count = byColumns ? r.c1 - r.c0 + 1 : r.r1 - r.r0 + 1;
        const id = `{${String(this.sheet.book.nextId()).padStart(8, "0")}-C000-0000-0000-000000000000}`;
        const chart: ChartEntry = {
          id,
          name: `Chart ${this.sheet.book.nextId()}`,
          type: str(type),
          title: "",
          series: Array.from({ length: count }, (_, k) => ({
            name: `Series${k + 1}`,
            values: rectAddress(
              source.sheet.name,
              byColumns ? { ...r, c0: r.c0 + k, c1: r.c0 + k } : { ...r, r0: r.r0 + k, r1: r.r0 + k },
            ),
            categories: null,
          })),
          position: null,
          valueAxis: {},
          legend: { visible: true, position: "Right" },
        };
        this.sheet.charts.push(chart);
        return new ChartObject(this.sheet, chart);
      }
      default:
        return super.method(name, args);
    }
  }
}

class ChartObject extends ApiObject {
  readonly type = "Chart";
  constructor(
    private readonly sheet: Sheet,
    private readonly chart: ChartEntry,
  ) {
    super();
  }
  override identity(): Json {
    return { _Id: this.chart.id };
  }
  protected override scalars() {
    return { id: () => this.chart.id, name: () => this.chart.name };
  }
  private live(): ChartEntry {
    if (!this.sheet.charts.includes(this.chart)) throw new ExcelError("ItemNotFound");
    writable(this.sheet);
    return this.chart;
  }
  override set(name: string, value: unknown): void {
    if (name === "Name") {
      this.live().name = str(value);
      return;
    }
    super.set(name, value);
  }
  override property(name: string): ApiObject {
    const chart = this.live();
    const settable = (type: string, setters: Record<string, (v: unknown) => void>) => new SetterObject(type, setters);
    switch (name) {
      case "Title":
        return settable("ChartTitle", { Text: (v) => (chart.title = str(v)) });
      case "Legend":
        return settable("ChartLegend", {
          Visible: (v) => (chart.legend.visible = bool(v)),
          Position: (v) =>
            (chart.legend.position = oneOf(new Set(["Top", "Bottom", "Left", "Right", "Corner", "Custom"]), v)),
        });
      case "Axes":
        return new ChartAxesObject(chart);
      case "Series":
        return new ChartSeriesCollectionObject(this.sheet, chart);
      default:
        return super.property(name);
    }
  }
  override call(name: string, args: unknown[]): unknown {
    const chart = this.live();
    const cell = (v: unknown) =>
      v instanceof RangeObject ? rectAddress(v.sheet.name, v.rect).replace(/^.*!/, "") : str(v);
    switch (name) {
      case "SetPosition":
        chart.position = [cell(args[0]), args[1] === undefined || args[1] === null ? undefined : cell(args[1])];
        return undefined;
      case "Delete":
        this.sheet.charts.splice(this.sheet.charts.indexOf(chart), 1);
        return undefined;
      default:
        return super.call(name, args);
    }
  }
}

/** An object of settable scalars only (chart title, legend, axis title, line format). */
class SetterObject extends ApiObject {
  constructor(
    readonly type: string,
    private readonly setters: Record<string, (v: unknown) => void>,
    private readonly children: Record<string, ApiObject> = {},
  ) {
    super();
  }
  override set(name: string, value: unknown): void {
    const setter = this.setters[name];
    if (setter === undefined) return super.set(name, value);
    setter(value);
  }
  override property(name: string): ApiObject {
    return this.children[name] ?? super.property(name);
  }
}

class ChartAxesObject extends ApiObject {
  readonly type = "ChartAxes";
  constructor(private readonly chart: ChartEntry) {
    super();
  }
  override property(name: string): ApiObject {
    if (name !== "ValueAxis") return super.property(name);
    const axis = this.chart.valueAxis;
    return new SetterObject(
      "ChartAxis",
      { Minimum: (v) => (axis.minimum = num(v)), Maximum: (v) => (axis.maximum = num(v)) },
      { Title: new SetterObject("ChartAxisTitle", { Text: (v) => (axis.title = str(v)) }) },
    );
  }
}

class ChartSeriesCollectionObject extends Collection {
  readonly type = "ChartSeriesCollection";
  readonly itemType = "ChartSeries";
  constructor(
    private readonly sheet: Sheet,
    private readonly chart: ChartEntry,
  ) {
    super();
  }
  items(): ApiObject[] {
    return this.chart.series.map((_, k) => new ChartSeriesObject(this.sheet, this.chart, k));
  }
  override method(name: string, args: unknown[]): ApiObject | null {
    switch (name) {
      case "GetItemAt": {
        const k = num(args[0]);
        if (this.chart.series[k] === undefined) throw new ExcelError("ItemNotFound");
        return new ChartSeriesObject(this.sheet, this.chart, k);
      }
      case "Add": {
        const name = args[0] === undefined || args[0] === null ? `Series${this.chart.series.length + 1}` : str(args[0]);
        this.chart.series.push({ name, values: "", categories: null });
        return new ChartSeriesObject(this.sheet, this.chart, this.chart.series.length - 1);
      }
      default:
        return super.method(name, args);
    }
  }
}

/** Excel.ChartType values a series of a column chart may take (ExcelApi 1.7 ChartSeries.chartType). */
const SERIES_CHART_TYPES = new Set(["ColumnClustered", "Line", "LineMarkers"]);
/** Excel.ChartMarkerStyle */
const MARKER_STYLES = new Set([
  "Invalid",
  "Automatic",
  "None",
  "Square",
  "Diamond",
  "Triangle",
  "X",
  "Star",
  "Dot",
  "Dash",
  "Circle",
  "Plus",
  "Picture",
]);
/** Excel.ChartLineStyle */
const LINE_STYLES = new Set([
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Grey25",
  "Grey50",
  "Grey75",
  "Automatic",
  "RoundDot",
]);

class ChartSeriesObject extends ApiObject {
  readonly type = "ChartSeries";
  constructor(
    private readonly sheet: Sheet,
    private readonly chart: ChartEntry,
    private readonly k: number,
  ) {
    super();
  }
  private get series() {
    return this.chart.series[this.k];
  }
  protected override scalars() {
    return { name: () => this.series.name };
  }
  override set(name: string, value: unknown): void {
    const series = this.series;
    switch (name) {
      case "Name":
        series.name = str(value);
        return;
      case "ChartType":
        // A series type of its own only where Excel combines it with the chart's columns.
        series.chartType = oneOf(SERIES_CHART_TYPES, value);
        return;
      case "MarkerStyle":
        series.markerStyle = oneOf(MARKER_STYLES, value);
        return;
      case "MarkerSize":
        if (num(value) < 2 || num(value) > 72) throw new ExcelError("InvalidArgument");
        series.markerSize = num(value);
        return;
      case "MarkerBackgroundColor":
        series.markerBackgroundColor = color(value);
        return;
      case "MarkerForegroundColor":
        series.markerForegroundColor = color(value);
        return;
      default:
        super.set(name, value);
    }
  }
  override call(name: string, args: unknown[]): unknown {
    const source = args[0];
    if (!(source instanceof RangeObject)) return super.call(name, args);
    const address = rectAddress(source.sheet.name, source.rect);
    switch (name) {
      case "SetValues":
        this.series.values = address;
        return undefined;
      case "SetXAxisValues":
        this.series.categories = address;
        return undefined;
      default:
        return super.call(name, args);
    }
  }
  override property(name: string): ApiObject {
    if (name !== "Format") return super.property(name);
    const series = this.series;
    return new SetterObject(
      "ChartSeriesFormat",
      {},
      {
        Fill: new FillCallObject(series),
        Line: new SetterObject("ChartLineFormat", {
          Color: (v) => (series.line = color(v)),
          LineStyle: (v) => (series.lineStyle = oneOf(LINE_STYLES, v)),
        }),
      },
    );
  }
}

class FillCallObject extends ApiObject {
  readonly type = "ChartFill";
  constructor(private readonly series: { fill?: string }) {
    super();
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === "SetSolidColor") {
      this.series.fill = color(args[0]);
      return undefined;
    }
    return super.call(name, args);
  }
}

/** For messages: "C5" for a zero-based cell. */
export const cellName = (r: number, c: number) => `${columnLetters(c + 1)}${r + 1}`;
