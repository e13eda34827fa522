/**
 * A faithful fake of the Office.js Excel objects the Excel host uses (src/host/excel/excelApi.ts):
 * loaded properties can be read only after context.sync(), as in Office; values typed as
 * text follow Excel's rules (a leading apostrophe keeps text; "=", "+", "-", "@" start a formula;
 * number-like text becomes a number); every
 * sync records the bytes of its request and response so tests can check payload limits.
 * It lives under test/ because only the tests and the benchmark (test/bench) run the Excel host on it.
 */
import { columnLetters, columnNumber } from "../../src/core/model/grid";
import type {
  CellValue,
  ExcelChart,
  ExcelChartSeries,
  ExcelDataValidation,
  ExcelTable,
  ExcelNamedItemCollection,
  ExcelRange,
  ExcelRequestContext,
  ExcelWorksheet,
  ExcelWorksheetCollection,
} from "../../src/host/excel/excelApi";

export interface StoredCell {
  value: CellValue;
  /** True when Excel would have parsed the text as a formula. */
  formula?: boolean;
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

/**
 * What Excel stores for a value written through Range.values, as if typed: a leading apostrophe
 * keeps the rest as text; text starting with "=", "+", "-" or "@" is a formula (unless it is a
 * plain number such as "-2" or "+1.5"); numbers ("0012", "45%") and TRUE/FALSE are converted.
 * Dates typed as text are also converted by Excel; the fake does not model those.
 */
export function typedAsExcel(value: CellValue): { value: CellValue; formula: boolean } {
  if (typeof value !== "string") return { value, formula: false };
  if (value.startsWith("'")) return { value: value.slice(1), formula: false };
  const trimmed = value.trim();
  if (NUMBER_TEXT.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const n = Number(percent ? trimmed.slice(0, -1) : trimmed);
    return { value: percent ? n / 100 : n, formula: false };
  }
  if (/^[=+\-@]/.test(value) && value.length > 1) return { value, formula: true };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true", formula: false };
  return { value, formula: false };
}

export interface FakeChart {
  type: string;
  title: string;
  series: { name: string; values: string; categories: string | null; fill?: string; line?: string }[];
  position: [string, string | undefined] | null;
  valueAxis: { minimum?: number; maximum?: number; title?: string };
}

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and sync()`);
  }
}

interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  syncs = 0;
  /** Bytes sent in each sync (writes) and received (loaded values). */
  requests: number[] = [];
  responses: number[] = [];
  pendingRequest = 0;
  pendingResponse = 0;
  private afterSync: (() => void)[] = [];

  readonly context: ExcelRequestContext = {
    workbook: { worksheets: new FakeWorksheetCollection(this) },
    sync: async () => {
      this.syncs++;
      this.requests.push(this.pendingRequest);
      this.responses.push(this.pendingResponse);
      this.pendingRequest = 0;
      this.pendingResponse = 0;
      const callbacks = this.afterSync;
      this.afterSync = [];
      for (const f of callbacks) f();
    },
  };

  onSync(f: () => void): void {
    this.afterSync.push(f);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string, rows: CellValue[][] = []): FakeSheet {
    if (this.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error(`InvalidArgument: sheet name ${name}`);
    const sheet = new FakeSheet(this, name);
    this.sheets.push(sheet);
    rows.forEach((row, r) => row.forEach((v, c) => sheet.set(r, c, v)));
    return sheet;
  }
}

export class FakeSheet {
  cells = new Map<string, StoredCell>();
  names = new Map<string, string>();
  charts: FakeChart[] = [];
  columnWidths = new Map<number, number>();
  /** Row heights in points set through Range.format.rowHeight, by 0-based row. */
  rowHeights = new Map<number, number>();
  frozen: string | null = null;
  orientation = "Portrait";
  zoom: object = {};
  printTitleRows: string | null = null;
  deleted = false;
  tables: { name: string; style: string; address: string; hasHeaders: boolean }[] = [];
  /** Data validation by range address (ExcelApi 1.8). */
  validations = new Map<
    string,
    { rule: ExcelDataValidation["rule"]; errorAlert?: ExcelDataValidation["errorAlert"] }
  >();

  constructor(
    readonly book: FakeWorkbook,
    public name: string,
  ) {}

  get position(): number {
    return this.book.sheets.indexOf(this);
  }

  cell(r: number, c: number): StoredCell | undefined {
    return this.cells.get(`${r},${c}`);
  }

  /** Stores a value with Excel's typing rules for text (see typedAsExcel). */
  set(r: number, c: number, value: CellValue): void {
    const key = `${r},${c}`;
    const old = this.cells.get(key) ?? { value: "" };
    this.cells.set(key, { ...old, ...typedAsExcel(value) });
  }

  format(r: number, c: number, patch: Partial<StoredCell>): void {
    const key = `${r},${c}`;
    this.cells.set(key, { ...(this.cells.get(key) ?? { value: "" }), ...patch });
  }

  usedBox(): Box | null {
    let box: Box | null = null;
    for (const [key, cell] of this.cells) {
      if (cell.value === "") continue;
      const [r, c] = key.split(",").map(Number);
      box =
        box === null
          ? { r0: r, c0: c, r1: r, c1: c }
          : { r0: Math.min(box.r0, r), c0: Math.min(box.c0, c), r1: Math.max(box.r1, r), c1: Math.max(box.c1, c) };
    }
    return box;
  }

  /** The values of rows [0..n) as plain arrays (test helper). */
  grid(): CellValue[][] {
    const box = this.usedBox();
    if (box === null) return [];
    const out: CellValue[][] = [];
    for (let r = 0; r <= box.r1; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c <= box.c1; c++) row.push(this.cell(r, c)?.value ?? "");
      out.push(row);
    }
    return out;
  }
}

function parseAddress(address: string | undefined): Box {
  if (address === undefined) return { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 };
  const a = address.includes("!") ? address.slice(address.indexOf("!") + 1) : address;
  const [from, to = from] = a.replace(/\$/g, "").split(":");
  const part = (p: string, end: boolean) => {
    const m = /^([A-Z]*)(\d*)$/.exec(p.toUpperCase());
    if (!m) throw new Error(`InvalidArgument: address ${address}`);
    const col = m[1] === "" ? (end ? 16_383 : 0) : columnNumber(m[1]) - 1;
    const row = m[2] === "" ? (end ? 1_048_575 : 0) : Number(m[2]) - 1;
    return { row, col };
  };
  const f = part(from, false);
  const t = part(to, true);
  return { r0: f.row, c0: f.col, r1: t.row, c1: t.col };
}

const boxAddress = (sheet: string, b: Box) =>
  `${sheet}!${columnLetters(b.c0 + 1)}${b.r0 + 1}:${columnLetters(b.c1 + 1)}${b.r1 + 1}`;

class FakeRange implements ExcelRange {
  private loaded = new Set<string>();
  private ready = false;

  constructor(
    private readonly sheet: FakeSheet,
    private readonly box: Box | null,
  ) {}

  get isNullObject(): boolean {
    this.need("isNullObject");
    return this.box === null;
  }

  private need(prop: string): void {
    if (prop !== "isNullObject" && !this.loaded.has(prop)) throw new NotLoaded(`Range.${prop}`);
    if (!this.ready) throw new NotLoaded(`Range.${prop}`);
  }

  private get b(): Box {
    if (this.box === null) throw new Error("InvalidObjectPath: the range is a null object");
    return this.box;
  }

  load(propertyNames: string): this {
    for (const p of propertyNames.split(",")) this.loaded.add(p.trim());
    this.sheet.book.onSync(() => {
      this.ready = true;
    });
    if (this.loaded.has("values") && this.box !== null)
      this.sheet.book.pendingResponse += JSON.stringify(this.readValues()).length;
    return this;
  }

  get address(): string {
    this.need("address");
    return boxAddress(this.sheet.name, this.b);
  }
  get rowCount(): number {
    this.need("rowCount");
    return this.b.r1 - this.b.r0 + 1;
  }
  get columnCount(): number {
    this.need("columnCount");
    return this.b.c1 - this.b.c0 + 1;
  }
  get rowIndex(): number {
    this.need("rowIndex");
    return this.b.r0;
  }
  get columnIndex(): number {
    this.need("columnIndex");
    return this.b.c0;
  }

  private readValues(): CellValue[][] {
    const b = this.b;
    const out: CellValue[][] = [];
    for (let r = b.r0; r <= b.r1; r++) {
      const row: CellValue[] = [];
      for (let c = b.c0; c <= b.c1; c++) row.push(this.sheet.cell(r, c)?.value ?? "");
      out.push(row);
    }
    return out;
  }

  get values(): CellValue[][] {
    this.need("values");
    return this.readValues();
  }

  set values(values: CellValue[][]) {
    const b = this.b;
    if (values.length !== b.r1 - b.r0 + 1 || values.some((row) => row.length !== b.c1 - b.c0 + 1)) {
      throw new Error(`InvalidArgument: ${values.length} rows of values for ${boxAddress(this.sheet.name, b)}`);
    }
    this.sheet.book.pendingRequest += JSON.stringify(values).length;
    values.forEach((row, i) => row.forEach((v, j) => this.sheet.set(b.r0 + i, b.c0 + j, v)));
  }

  get numberFormat(): string[][] {
    this.need("numberFormat");
    return [];
  }

  set numberFormat(formats: string[][]) {
    const b = this.b;
    this.sheet.book.pendingRequest += JSON.stringify(formats).length;
    formats.forEach((row, i) => row.forEach((f, j) => this.sheet.format(b.r0 + i, b.c0 + j, { numberFormat: f })));
  }

  select(): void {}

  clear(applyTo = "All"): void {
    const b = this.b;
    for (const key of [...this.sheet.cells.keys()]) {
      const [r, c] = key.split(",").map(Number);
      if (r < b.r0 || r > b.r1 || c < b.c0 || c > b.c1) continue;
      if (applyTo === "Contents") this.sheet.format(r, c, { value: "", formula: false });
      else this.sheet.cells.delete(key);
    }
  }

  get format() {
    const each = (patch: Partial<StoredCell>) => {
      const b = this.b;
      this.sheet.book.pendingRequest += 60;
      for (let r = b.r0; r <= Math.min(b.r1, b.r0 + 10_000); r++)
        for (let c = b.c0; c <= Math.min(b.c1, b.c0 + 300); c++) this.sheet.format(r, c, patch);
    };
    const sheet = this.sheet;
    const box = this.b;
    return {
      set columnWidth(points: number) {
        for (let c = box.c0; c <= box.c1 && c <= box.c0 + 300; c++) sheet.columnWidths.set(c, points);
      },
      get columnWidth(): number {
        return sheet.columnWidths.get(box.c0) ?? 48;
      },
      set rowHeight(points: number) {
        for (let r = box.r0; r <= box.r1 && r <= box.r0 + 10_000; r++) sheet.rowHeights.set(r, points);
      },
      get rowHeight(): number {
        return sheet.rowHeights.get(box.r0) ?? 15;
      },
      set horizontalAlignment(horizontalAlignment: string) {
        each({ horizontalAlignment });
      },
      get horizontalAlignment(): string {
        return "General";
      },
      set verticalAlignment(verticalAlignment: string) {
        each({ verticalAlignment });
      },
      get verticalAlignment(): string {
        return "Bottom";
      },
      set wrapText(wrapText: boolean) {
        each({ wrapText });
      },
      get wrapText(): boolean {
        return false;
      },
      fill: {
        set color(color: string) {
          each({ fill: color });
        },
        get color(): string {
          return "";
        },
      },
      font: {
        set bold(bold: boolean) {
          each({ bold });
        },
        get bold(): boolean {
          return false;
        },
        set color(color: string) {
          each({ fontColor: color });
        },
        get color(): string {
          return "";
        },
        set size(size: number) {
          each({ fontSize: size });
        },
        get size(): number {
          return 11;
        },
      },
    };
  }

  get dataValidation(): ExcelDataValidation {
    const sheet = this.sheet;
    const key = this.absolute;
    const current = () => sheet.validations.get(key) ?? { rule: {} };
    return {
      get rule() {
        return current().rule;
      },
      set rule(rule: ExcelDataValidation["rule"]) {
        sheet.book.pendingRequest += JSON.stringify(rule).length;
        sheet.validations.set(key, { ...current(), rule });
      },
      get errorAlert() {
        return current().errorAlert ?? { message: "", showAlert: false, style: "Stop", title: "" };
      },
      set errorAlert(errorAlert: ExcelDataValidation["errorAlert"]) {
        sheet.validations.set(key, { ...current(), errorAlert });
      },
    };
  }

  /** Absolute address for chart bookkeeping. */
  get absolute(): string {
    return boxAddress(this.sheet.name, this.b);
  }
}

class FakeNames implements ExcelNamedItemCollection {
  constructor(private readonly sheet: FakeSheet) {}
  add(name: string, reference: ExcelRange | string): unknown {
    if (this.sheet.names.has(name)) throw new Error(`ItemAlreadyExists: name ${name}`);
    this.sheet.names.set(name, typeof reference === "string" ? reference : "range");
    return {};
  }
  getItemOrNullObject(name: string) {
    const sheet = this.sheet;
    let ready = false;
    return {
      get isNullObject(): boolean {
        if (!ready) throw new NotLoaded("NamedItem.isNullObject");
        return !sheet.names.has(name);
      },
      load(): unknown {
        sheet.book.onSync(() => {
          ready = true;
        });
        return this;
      },
    };
  }
}

class FakeWorksheet implements ExcelWorksheet {
  /** After the sync that follows load(); only the properties named in the load can then be read. */
  private ready = false;
  private readonly loaded = new Set<string>();

  constructor(
    readonly book: FakeWorkbook,
    private readonly target: FakeSheet | null,
  ) {}

  /** Like Office, a null object's members cannot be used. */
  get names(): FakeNames {
    return new FakeNames(this.live);
  }

  private get live(): FakeSheet {
    if (this.target === null || this.target.deleted) throw new Error("InvalidObjectPath: the worksheet does not exist");
    return this.target;
  }

  private need(prop: string): void {
    if (!this.ready || !this.loaded.has(prop)) throw new NotLoaded(`Worksheet.${prop}`);
  }

  get isNullObject(): boolean {
    if (!this.ready) throw new NotLoaded("Worksheet.isNullObject");
    return this.target === null;
  }

  get name(): string {
    this.need("name");
    return this.live.name;
  }
  set name(name: string) {
    this.live.name = name;
  }

  get position(): number {
    this.need("position");
    return this.live.position;
  }
  set position(p: number) {
    const s = this.live;
    this.book.sheets.splice(this.book.sheets.indexOf(s), 1);
    this.book.sheets.splice(p, 0, s);
  }

  load(propertyNames: string): this {
    this.book.onSync(() => this.markLoaded(propertyNames.split(",")));
    return this;
  }

  /** Marks these properties loaded at once (items of a collection loaded with it). */
  markLoaded(properties: readonly string[]): void {
    this.ready = true;
    for (const p of properties) this.loaded.add(p.trim());
  }

  getUsedRangeOrNullObject(): ExcelRange {
    return new FakeRange(this.live, this.live.usedBox());
  }

  getRange(address?: string): ExcelRange {
    return new FakeRange(this.live, parseAddress(address));
  }

  delete(): void {
    const s = this.live;
    s.deleted = true;
    this.book.sheets.splice(this.book.sheets.indexOf(s), 1);
  }

  activate(): void {}

  get freezePanes() {
    const s = this.live;
    return {
      freezeAt(range: ExcelRange | string) {
        s.frozen = typeof range === "string" ? range : (range as unknown as FakeRange).absolute;
      },
      unfreeze() {
        s.frozen = null;
      },
    };
  }

  get pageLayout() {
    const s = this.live;
    return {
      get orientation() {
        return s.orientation;
      },
      set orientation(o: string) {
        s.orientation = o;
      },
      get zoom() {
        return s.zoom;
      },
      set zoom(z: object) {
        s.zoom = z;
      },
      setPrintTitleRows(rows: ExcelRange | string) {
        s.printTitleRows = typeof rows === "string" ? rows : (rows as unknown as FakeRange).absolute;
      },
    };
  }

  get tables() {
    const s = this.live;
    const book = this.book;
    return {
      add(address: ExcelRange | string, hasHeaders: boolean): ExcelTable {
        const box = parseAddress(typeof address === "string" ? address : (address as unknown as FakeRange).absolute);
        if (box.r1 - box.r0 < (hasHeaders ? 1 : 0)) throw new Error("InvalidArgument: a table needs a body row");
        const entry = {
          name: `Table${s.tables.length + 1}`,
          style: "TableStyleMedium2",
          address: boxAddress(s.name, box),
          hasHeaders,
        };
        s.tables.push(entry);
        book.pendingRequest += 80;
        return {
          get name() {
            return entry.name;
          },
          set name(n: string) {
            if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(n)) throw new Error(`InvalidArgument: table name ${n}`);
            entry.name = n;
          },
          get style() {
            return entry.style;
          },
          set style(v: string) {
            entry.style = v;
          },
          columns: {
            getItemAt: (index: number) => ({
              getDataBodyRange: () =>
                new FakeRange(s, {
                  r0: box.r0 + (hasHeaders ? 1 : 0),
                  c0: box.c0 + index,
                  r1: box.r1,
                  c1: box.c0 + index,
                }),
            }),
          },
        };
      },
    };
  }

  get charts() {
    const s = this.live;
    return {
      add(type: string, source: ExcelRange, seriesBy?: string): ExcelChart {
        if (seriesBy !== "Columns" && seriesBy !== "Rows") throw new Error("seriesBy must be explicit");
        const chart: FakeChart = {
          type,
          title: "",
          series: [{ name: "Series1", values: (source as unknown as FakeRange).absolute, categories: null }],
          position: null,
          valueAxis: {},
        };
        s.charts.push(chart);
        s.book.pendingRequest += 200;
        const seriesObject = (k: number): ExcelChartSeries => ({
          get name() {
            return chart.series[k].name;
          },
          set name(n: string) {
            chart.series[k].name = n;
          },
          setValues(r: ExcelRange) {
            chart.series[k].values = (r as unknown as FakeRange).absolute;
          },
          setXAxisValues(r: ExcelRange) {
            chart.series[k].categories = (r as unknown as FakeRange).absolute;
          },
          format: {
            fill: {
              setSolidColor(color: string) {
                chart.series[k].fill = color;
              },
            },
            line: {
              get color() {
                return chart.series[k].line ?? "";
              },
              set color(c: string) {
                chart.series[k].line = c;
              },
            },
          },
        });
        return {
          name: "",
          title: {
            set text(t: string) {
              chart.title = t;
            },
            get text() {
              return chart.title;
            },
          },
          legend: { visible: true, position: "Right" },
          axes: {
            valueAxis: {
              set minimum(v: number) {
                chart.valueAxis.minimum = v;
              },
              get minimum() {
                return chart.valueAxis.minimum ?? 0;
              },
              set maximum(v: number) {
                chart.valueAxis.maximum = v;
              },
              get maximum() {
                return chart.valueAxis.maximum ?? 0;
              },
              title: {
                set text(t: string) {
                  chart.valueAxis.title = t;
                },
                get text() {
                  return chart.valueAxis.title ?? "";
                },
              },
            },
          },
          series: {
            getItemAt: (k: number) => seriesObject(k),
            add: (name?: string) => {
              chart.series.push({ name: name ?? `Series${chart.series.length + 1}`, values: "", categories: null });
              return seriesObject(chart.series.length - 1);
            },
          },
          setPosition(start: ExcelRange | string, end?: ExcelRange | string) {
            chart.position = [String(start), end === undefined ? undefined : String(end)];
          },
        };
      },
    };
  }
}

class FakeWorksheetCollection implements ExcelWorksheetCollection {
  /** The items' properties loaded ("items/name,items/position"), once synced. */
  private loaded: string[] | null = null;

  constructor(private readonly book: FakeWorkbook) {}

  get items(): ExcelWorksheet[] {
    const loaded = this.loaded;
    if (loaded === null) throw new NotLoaded("WorksheetCollection.items");
    return this.book.sheets.map((s) => {
      const w = new FakeWorksheet(this.book, s);
      w.markLoaded(loaded);
      return w;
    });
  }

  load(propertyNames: string): this {
    const properties = propertyNames.split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.book.onSync(() => {
      this.loaded = properties;
    });
    return this;
  }

  /** Like Office, a new sheet's properties are not loaded: only its methods and setters can be used. */
  add(name?: string): ExcelWorksheet {
    const sheet = this.book.addSheet(name ?? `Sheet${this.book.sheets.length + 1}`);
    this.book.pendingRequest += 50;
    const w = new FakeWorksheet(this.book, sheet);
    w.markLoaded([]);
    return w;
  }

  getItemOrNullObject(key: string): ExcelWorksheet {
    return new FakeWorksheet(this.book, this.book.sheet(key) ?? null);
  }
}
