/**
 * The command line as a newcomer meets it: each command's --help, validate over a folder of
 * offices' workbooks (grouped text and JSON), and progress on stderr with each stage's own time.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { runScorecard } from "../../src/core/pipeline";
import { todayDay } from "../../src/core/model/days";
import { sortedIssues } from "../../src/core/render/issueGroups";
import { createWorkbook } from "../../src/host/file/writeWorkbook";
import { readWorkbook } from "../../src/host/file/readWorkbook";
import { sampleWorkbook } from "../../src/sample/sampleWorkbook";
import { localizeSheets } from "../../src/core/template";
import { cli, tempFolder } from "../helpers/cli";

const NOW = new Date("2026-11-01T12:00:00Z");

describe("itsm-scorecard --help", () => {
  it.each(["compute", "validate", "template", "demo"])(
    "%s --help lists its options, one example and the exit statuses",
    async (command) => {
      const run = await cli([command, "--help"]);
      expect(run.code).toBe(0);
      expect(run.err).toBe("");
      expect(run.out).toContain(`itsm-scorecard ${command}`);
      expect(run.out).toMatch(/Options:\n(?: {2}.+\n)+/);
      expect(run.out).toContain("-h, --help");
      const example = /Example:\n {2}(itsm-scorecard .+)\n/.exec(run.out);
      expect(example?.[1].startsWith(`itsm-scorecard ${command}`)).toBe(true);
      expect(run.out).toMatch(/Exit status:\n {2}0 .+\n {2}1 .+\n {2}2 /);
      // `help COMMAND` says the same.
      expect((await cli(["help", command])).out).toBe(run.out);
    },
  );

  it("each command's help names every option the command accepts", async () => {
    const compute = (await cli(["compute", "--help"])).out;
    for (const option of ["-o, --output", "--json", "--as-of"]) expect(compute).toContain(option);
    expect((await cli(["validate", "--help"])).out).toContain("--json");
    const template = (await cli(["template", "--help"])).out;
    for (const option of ["--sample", "--language"]) expect(template).toContain(option);
  });

  it("--help wins over the other arguments; an unknown command's help is a usage error", async () => {
    expect((await cli(["compute", "in.xlsx", "-o", "x.xlsx", "--help"])).out).toContain("--as-of YYYY-MM-DD");
    const general = await cli(["--help"]);
    expect(general.code).toBe(0);
    expect(general.out).toContain("COMMAND --help");
    expect(general.out).toContain("Exit status:");
    const unknown = await cli(["frobnicate", "--help"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Unknown command "frobnicate"');
  });
});

describe("itsm-scorecard validate FOLDER", () => {
  const dir = tempFolder();
  const offices = path.join(dir, "offices");
  fs.mkdirSync(offices);
  const sample = sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows }));
  const clean = sample.map((s) => (s.name === "Risks" ? { ...s, rows: s.rows.filter((r) => r[3] !== 7) } : s));
  fs.writeFileSync(path.join(offices, "a-quito.xlsx"), createWorkbook(sample));
  fs.writeFileSync(path.join(offices, "b-cuenca.xlsx"), createWorkbook(clean));
  fs.writeFileSync(path.join(offices, "notes.txt"), "not a workbook");
  const expected = (file: string) =>
    sortedIssues(
      runScorecard(readWorkbook(fs.readFileSync(path.join(offices, file))), { today: todayDay(NOW) }).result.issues,
    );

  it("checks each office's workbook and groups its issues by sheet and kind, with counts", async () => {
    const run = await cli(["validate", offices]);
    expect(run.code).toBe(0);
    expect(run.err).toContain("Skipped");
    const [a, b] = run.out.split(/\n(?=\S)/);
    expect(a.split("\n")[0]).toBe(path.join(offices, "a-quito.xlsx"));
    expect(b.split("\n")[0]).toBe(path.join(offices, "b-cuenca.xlsx"));
    // The Likelihood error is in the first office's workbook only.
    expect(a).toMatch(/\n {2}Risks: 1 error\n {4}Likelihood: 1 error\n {6}D11 +"7" cannot be used as Likelihood/);
    expect(b).not.toContain("Likelihood");
    const issues = expected("a-quito.xlsx");
    const errors = issues.filter((i) => i.severity === "error").length;
    expect(a).toContain(`  ${errors} errors, ${issues.length - errors} warnings.`);
    // Sheets with errors come first, and every issue is listed once.
    const sheets = [...a.matchAll(/^ {2}(\S[^:]*): /gm)].map((m) => m[1]);
    expect(sheets.slice(0, 4)).toEqual(["Controls", "Evidence", "Maturity", "Risks"]);
    expect(a.split("\n").filter((l) => /^ {6}\S/.test(l))).toHaveLength(issues.length);
  });

  it("--json prints each workbook's issues as the result document spells them, in group order", async () => {
    const run = await cli(["validate", offices, "--json"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.out) as { workbooks: { file: string; issues: unknown[] }[] };
    expect(doc.workbooks.map((w) => path.basename(w.file))).toEqual(["a-quito.xlsx", "b-cuenca.xlsx"]);
    expect(doc.workbooks[0].issues).toEqual(JSON.parse(JSON.stringify(expected("a-quito.xlsx"))));
    const one = JSON.parse((await cli(["validate", path.join(offices, "b-cuenca.xlsx"), "--json"])).out) as {
      issues: unknown[];
    };
    expect(one.issues).toEqual(JSON.parse(JSON.stringify(expected("b-cuenca.xlsx"))));
  });

  it("reports a workbook that cannot be read, checks the others, and exits 1", async () => {
    const mixed = path.join(dir, "mixed");
    fs.mkdirSync(mixed);
    fs.copyFileSync(path.join(offices, "b-cuenca.xlsx"), path.join(mixed, "b-cuenca.xlsx"));
    fs.writeFileSync(path.join(mixed, "broken.xlsx"), "text, not a zip");
    const run = await cli(["validate", mixed]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${path.join(mixed, "broken.xlsx")}: The file is not an .xlsx workbook`);
    expect(run.out).toContain(path.join(mixed, "b-cuenca.xlsx"));
  });
});

describe("progress on stderr", () => {
  /** A clock that moves 0.3 s every time it is read: every run is slow enough to report. */
  const slowClock = () => {
    let t = NOW.getTime();
    return () => new Date((t += 300));
  };
  const run = async (argv: string[], tty = false) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, {
      console: { out: (t) => out.push(t), err: (t) => err.push(t), errIsTty: tty },
      now: slowClock(),
    });
    return { code, out, err };
  };

  it("names each stage once, as it ends, with its own time", async () => {
    const dir = tempFolder();
    const input = path.join(dir, "in.xlsx");
    fs.writeFileSync(input, createWorkbook(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows }))));
    const { code, err } = await run(["compute", input, "-o", path.join(dir, "out.xlsx")]);
    expect(code).toBe(0);
    const stages = err.map((line) => /^itsm-scorecard: (.+): (\d+\.\d) s$/.exec(line));
    expect(stages.every((m) => m !== null)).toBe(true);
    const names = stages.map((m) => m![1]);
    expect(names[0]).toBe("Opening in.xlsx");
    expect(names).toContain("Reading Controls");
    expect(names.slice(-2)).toEqual(["Computing the indicators", "Writing out.xlsx"]);
    expect(new Set(names).size).toBe(names.length);
    // Each time is the stage's own (the clock moves 0.3 s a reading), not the time since the start.
    const times = stages.map((m) => Number(m![2]));
    expect(Math.max(...times)).toBeLessThan(3);
    expect(times.reduce((a, b) => a + b, 0)).toBeGreaterThan(Math.max(...times));
  });

  it("words the stages in the workbook's language: a Spanish workbook's in Spanish, its sheets as it names them", async () => {
    const dir = tempFolder();
    const input = path.join(dir, "entrada.xlsx");
    fs.writeFileSync(input, createWorkbook(localizeSheets(sampleWorkbook().sheets, "es")));
    const { code, err } = await run(["compute", input, "-o", path.join(dir, "salida.xlsx")]);
    expect(code).toBe(0);
    const names = err.map((line) => /^itsm-scorecard: (.+): \d+\.\d s$/.exec(line)?.[1]);
    // Held until the run was known to be slow, the opening line too follows the sheets' language.
    expect(names[0]).toBe("Abriendo entrada.xlsx");
    expect(names).toContain("Leyendo Controles");
    expect(names).toContain("Leyendo Configuración");
    expect(names.slice(-2)).toEqual(["Calculando los indicadores", "Escribiendo salida.xlsx"]);
    expect(err.join("\n")).not.toMatch(/Opening|Reading|Computing|Writing/);
  });

  it("words a folder's stages in its first workbook's Language setting", async () => {
    const dir = tempFolder();
    const folder = path.join(dir, "oficinas");
    fs.mkdirSync(folder);
    const sheets = localizeSheets(sampleWorkbook().sheets, "es");
    fs.writeFileSync(path.join(folder, "a.xlsx"), createWorkbook(sheets));
    fs.writeFileSync(path.join(folder, "b.xlsx"), createWorkbook(sheets.filter((s) => s.name !== "Configuración")));
    const { err } = await run(["compute", folder, "-o", path.join(dir, "todo.xlsx")]);
    const names = err.map((line) => /^itsm-scorecard: (.+): \d+\.\d s$/.exec(line)?.[1]).filter((n) => n);
    expect(names).toEqual(["Leyendo 2 libros", "Escribiendo todo.xlsx"]);
  });

  it("gives a long read's percentage as the rows come in", async () => {
    const dir = tempFolder();
    const input = path.join(dir, "large.xlsx");
    const sheets = sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows }));
    const controls = sheets.find((s) => s.name === "Controls")!;
    const rows = [controls.rows[0]];
    for (let k = 0; rows.length <= 20_000; k++) {
      const row = [...controls.rows[1 + (k % (controls.rows.length - 1))]];
      row[0] = `CTL-${k + 1}`;
      row[5] = "Not compliant";
      rows.push(row);
    }
    fs.writeFileSync(input, createWorkbook(sheets.map((s) => (s === controls ? { ...s, rows } : s))));
    const { code, err } = await run(["validate", input]);
    expect(code).toBe(0);
    const percents = err.flatMap((l) => {
      const m = /^itsm-scorecard: Reading Controls… (\d+) %$/.exec(l);
      return m ? [Number(m[1])] : [];
    });
    // 20,000 rows report every 4,096: 20, 40, 60 and 80 %, in order, then the stage's time.
    expect(percents).toEqual([20, 40, 60, 80]);
    expect(err).toContainEqual(expect.stringMatching(/^itsm-scorecard: Reading Controls: \d+\.\d s$/));
    expect(err[err.length - 1]).toMatch(/^itsm-scorecard: Checking the input: \d+\.\d s$/);
  });

  it("says nothing for a run that ends within a second", async () => {
    const dir = tempFolder();
    const input = path.join(dir, "in.xlsx");
    fs.writeFileSync(input, createWorkbook(sampleWorkbook().sheets.map((s) => ({ name: s.name, rows: s.rows }))));
    const quick = await cli(["compute", input, "-o", path.join(dir, "out.xlsx")]);
    expect(quick.code).toBe(0);
    expect(quick.err).toBe("");
  });
});
