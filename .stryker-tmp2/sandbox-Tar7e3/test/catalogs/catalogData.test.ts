// @ts-nocheck
import {
  type Catalog,
  ISO20000_2011,
  STAGES,
  TEAMS,
  clausesOf,
  processForClause,
  teamOf,
} from "../../src/core/model/catalog";
import { ISO20000_2018 } from "../../src/core/model/catalog2018";
import {
  EDITION_MAP_2011_TO_2018,
  builtInCatalog,
  campaignEdition,
  editionOf,
  mapProcess,
} from "../../src/core/model/editions";

const DOTTED = /^\d+(\.\d+)*$/;

describe.each([
  ["2011", ISO20000_2011, ["4", "5", "6", "7", "8", "9"]],
  ["2018", ISO20000_2018, ["4", "5", "6", "7", "8", "9", "10"]],
] as const)("the ISO/IEC 20000-1:%s catalog", (_edition, catalog: Catalog, clauses) => {
  it("has every clause of the standard once, in order", () => {
    expect(clausesOf(catalog)).toEqual(clauses);
  });

  it("has unique dotted codes, each inside its clause", () => {
    const codes = catalog.processes.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const p of catalog.processes) {
      expect(p.code).toMatch(DOTTED);
      expect(p.code === p.clause || p.code.startsWith(`${p.clause}.`)).toBe(true);
    }
  });

  it("maps every process to exactly one of the four teams, and so to a PDCA stage", () => {
    expect(catalog.teams.map((t) => t.code)).toEqual([...TEAMS]);
    expect(catalog.teams.map((t) => t.stage)).toEqual([...STAGES]);
    for (const p of catalog.processes) {
      expect(TEAMS).toContain(p.team);
      expect(STAGES).toContain(teamOf(catalog, p.team).stage);
      expect(p.nameEs).toBeTruthy();
    }
    for (const t of TEAMS) expect(catalog.processes.some((p) => p.team === t)).toBe(true);
  });
});

describe("the 2018 edition", () => {
  it("lists the processes of clause 8 with the standard's numbering, 9.4 and 10", () => {
    expect(ISO20000_2018.processes.map((p) => p.code)).toEqual([
      "4",
      "5",
      "6",
      "7",
      "8.1",
      "8.2.1",
      "8.2.2",
      "8.2.3",
      "8.2.4",
      "8.2.5",
      "8.2.6",
      "8.3.2",
      "8.3.3",
      "8.3.4",
      "8.4.1",
      "8.4.2",
      "8.4.3",
      "8.5.1",
      "8.5.2",
      "8.5.3",
      "8.6.1",
      "8.6.2",
      "8.6.3",
      "8.7.1",
      "8.7.2",
      "8.7.3",
      "9",
      "9.4",
      "10",
    ]);
    const name = (code: string) => ISO20000_2018.processes.find((p) => p.code === code)?.name;
    expect(name("8.2.6")).toBe("Configuration management");
    expect(name("8.5.1")).toBe("Change management");
    expect(name("8.6.3")).toBe("Problem management");
    expect(name("8.7.3")).toBe("Information security management");
    expect(name("9.4")).toBe("Service reporting");
  });

  it("keeps each 2011 process's team for the 2018 processes that continue it", () => {
    for (const [from, to] of Object.entries(EDITION_MAP_2011_TO_2018)) {
      const team2011 = ISO20000_2011.processes.find((p) => p.code === from)?.team;
      for (const code of to) {
        const p = ISO20000_2018.processes.find((x) => x.code === code);
        // Two heirs of clause 4 get a team of their own: service delivery (O&R operates) and control of other parties (D&T, like suppliers).
        if (from === "4" && (code === "8.2.1" || code === "8.2.3")) continue;
        expect([code, p?.team]).toEqual([code, team2011]);
      }
    }
  });

  it("maps requirement clauses by the longest dotted prefix", () => {
    const of = (clause: string) => processForClause(ISO20000_2018, clause)?.code ?? null;
    expect(of("8.5.1.3")).toBe("8.5.1");
    expect(of("8.7.3.2")).toBe("8.7.3");
    expect(of("9.1")).toBe("9");
    expect(of("9.4")).toBe("9.4");
    expect(of("10.2")).toBe("10");
    expect(of("4.3")).toBe("4");
    expect(of("8.1")).toBe("8.1");
    expect(of("8.2")).toBeNull();
    expect(of("8.3.1")).toBeNull();
    expect(of("8")).toBeNull();
  });
});

describe("the mapping between editions", () => {
  it("carries every 2011 process somewhere, and every 2018 process comes from exactly one 2011 process", () => {
    expect(Object.keys(EDITION_MAP_2011_TO_2018).sort()).toEqual(ISO20000_2011.processes.map((p) => p.code).sort());
    const targets = Object.values(EDITION_MAP_2011_TO_2018).flat();
    expect([...targets].sort()).toEqual(ISO20000_2018.processes.map((p) => p.code).sort());
  });

  it("maps codes forward and back", () => {
    expect(mapProcess("6.3", "2011", "2018")).toEqual(["8.7.1", "8.7.2"]);
    expect(mapProcess("8.6.2", "2018", "2011")).toEqual(["8.1"]);
    expect(mapProcess("9.4", "2018", "2011")).toEqual(["6.2"]);
    expect(mapProcess("6.3", "2011", "2011")).toEqual(["6.3"]);
    expect(mapProcess("7.7", "2011", "2018")).toEqual([]);
    for (const [from, to] of Object.entries(EDITION_MAP_2011_TO_2018)) {
      for (const code of to) expect(mapProcess(code, "2018", "2011")).toEqual([from]);
    }
  });

  it("decides a campaign's edition from codes only one edition has", () => {
    expect(campaignEdition("2018", ["4", "6.1", "9.2"])).toBe("2011");
    expect(campaignEdition("2018", ["4", "8.1"])).toBe("2018"); // both editions have these codes
    expect(campaignEdition("2018", ["6.1", "8.6.1"])).toBe("2018"); // mixed: the current edition, each row judged
    expect(campaignEdition("2011", ["8.6.1", "10"])).toBe("2018");
    expect(campaignEdition("2011", [])).toBe("2011");
    expect(editionOf(builtInCatalog("2018"))).toBe("2018");
    expect(editionOf({ ...ISO20000_2011, id: "Own" })).toBeNull();
  });
});
