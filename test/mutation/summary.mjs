// Sums up mutant logs (reports/mutation/mutants.jsonl, one line per mutant, see mutantLog.mjs)
// per file and per folder, as docs/testing.md records them: `node test/mutation/summary.mjs
// reports/runs/*.jsonl`. A mutant logged by several runs counts once, with its latest result
// (later files win; a mutant is known by its place and change, or by its run's id in logs that
// did not record its column). The score is Stryker's: killed and timed out over every mutant that ran or
// had no test (compile errors and ignored mutants left out); the strict score counts timeouts
// as not killed.
import fs from "node:fs";
import path from "node:path";

const latest = new Map();
for (const file of process.argv.slice(2)) {
  // Two mutants can share a place, mutator and replacement (`a === b || c` gives `false` for the
  // whole condition and for `a === b`): the nth of them in one log is the nth in another.
  const seen = new Map();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const m = JSON.parse(line);
    const where = m.column === undefined ? `${file}#${m.id}` : `${m.line}:${m.column}`;
    const key = `${m.file}:${where}:${m.mutatorName}:${m.replacement}`;
    const nth = (seen.get(key) ?? 0) + 1;
    seen.set(key, nth);
    latest.set(`${key}#${nth}`, m);
  }
}

const STATUSES = ["Killed", "Timeout", "Survived", "NoCoverage"];
const groups = new Map();
const add = (name, status) => {
  const g = groups.get(name) ?? Object.fromEntries(STATUSES.map((s) => [s, 0]));
  if (status in g) g[status]++;
  groups.set(name, g);
};
for (const m of latest.values()) {
  add(m.file, m.status);
  add(`${path.dirname(m.file)}/`, m.status);
  add("all", m.status);
}

const pct = (n, d) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)} %`);
console.log("| file | mutants | killed | timeout | survived | no coverage | score | strict |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
for (const [name, g] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
  const total = STATUSES.reduce((sum, s) => sum + g[s], 0);
  const detected = g.Killed + g.Timeout;
  console.log(
    `| ${name} | ${total} | ${g.Killed} | ${g.Timeout} | ${g.Survived} | ${g.NoCoverage} | ${pct(detected, total)} | ${pct(g.Killed, total)} |`,
  );
}
