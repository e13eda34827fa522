"""
Recomputes every number of the Scorecard, Compliance, Maturity levels, Findings summary and
Project risk sheets from the Calculation sheet alone, by plain arithmetic on its input lines,
and compares. Reads the written .xlsx with openpyxl: no code of the product is used.

Usage: /usr/bin/python3 recompute_from_calculation.py OUTPUT.xlsx
Prints one JSON object: {"checked": n, "mismatches": [...], "unchecked": [...]}.
Only English result sheets are read (the layout's words are matched as written).
"""
import json
import math
import sys
from collections import defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
CONS = "Consolidated"


def rows_of(name):
    return [list(r) for r in wb[name].iter_rows(values_only=True)]


# ---- the Calculation sheet, as records ------------------------------------------------------
calc_rows = rows_of("Calculation")
hdr_i = next(i for i, r in enumerate(calc_rows) if r and r[0] == "Indicator" and "Numerator" in r)
hdr = calc_rows[hdr_i]
lines = [dict(zip(hdr, r)) for r in calc_rows[hdr_i + 1 :] if any(v is not None for v in r)]


def num(v):
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def inputs(indicator, **where):
    out = []
    for l in lines:
        if l["Indicator"] != indicator or l["Line"] != "Input":
            continue
        if all((l[k] or "") == v for k, v in where.items()):
            out.append(l)
    return out


def results(indicator):
    return [l for l in lines if l["Indicator"] == indicator and l["Line"] == "Result"]


def mean(values):
    vs = [v for v in values if v is not None]
    return None if not vs else sum(vs) / len(vs)


STATUS_SCORE = {"Compliant": 1, "Partially compliant": 0.5, "Not compliant": 0}
setting = {l["Item"]: l for l in lines if l["Indicator"] == "Setting"}
REQUIRE_EVIDENCE = setting["Require evidence"]["As written"] == "Yes"
SUCCESS = num(setting["Success threshold"]["Value"])


def counted_score(l):
    """score(c): the status score with valid evidence (or when evidence is not required), else 0."""
    return STATUS_SCORE[l["As written"]] if l["Evidence"] or not REQUIRE_EVIDENCE else 0

# Offices in the order of their first CCL line; processes from the CCL result lines.
offices = []
processes = []
for l in results("CCL(N)"):
    if l["Office"] != CONS and l["Office"] not in offices:
        offices.append(l["Office"])
    if str(l["Scope"]) not in processes:
        processes.append(str(l["Scope"]))

# CCL(N) per office from each control's status, evidence and weight.
ccl = {}
control_lines = [l for l in lines if l["Indicator"] == "CCL(N)" and l["Line"] == "Input" and l["Office"] != CONS]
for o in offices:
    for p in processes:
        n = d = 0.0
        for l in control_lines:
            if l["Office"] != o or str(l["Scope"]) != p:
                continue
            status = l["As written"]
            w = num(l["Weight"])
            if status not in STATUS_SCORE or not w or w <= 0:
                continue  # Not applicable or weight 0: out of CCL
            n += w * counted_score(l)
            d += w
        ccl[(o, p)] = n / d if d > 0 else None


def members(indicator, office, scope):
    return [str(l["Item"]) for l in inputs(indicator, Office=office, Scope=scope)]


clauses = []
for l in results("CLS(X)"):
    if str(l["Scope"]) not in clauses:
        clauses.append(str(l["Scope"]))
teams = []
for l in results("PLC(Z)"):
    if str(l["Scope"]) not in teams:
        teams.append(str(l["Scope"]))

cls = {(o, x): mean(ccl[(o, p)] for p in members("CLS(X)", o, x)) for o in offices for x in clauses}
plc = {(o, z): mean(ccl[(o, p)] for p in members("PLC(Z)", o, z)) for o in offices for z in teams}
coverage = {}
for o in offices:
    applicable = [l for l in control_lines if l["Office"] == o and l["As written"] in STATUS_SCORE]
    coverage[o] = None if not applicable else sum(1 for l in applicable if l["Evidence"]) / len(applicable)
tasks = {}
for l in results("Task completion"):
    if l["Office"] != CONS:
        d = num(l["Denominator"])
        tasks[l["Office"]] = num(l["Numerator"]) / d if d else None

ocl = {}
for o in offices:
    component = {"Controls: mean of CLS": mean(cls[(o, x)] for x in clauses), "Evidence coverage": coverage[o], "Task completion": tasks.get(o)}
    total = 0.0
    weight_sum = 0.0
    for l in inputs("OCL", Office=o):
        v = component[l["Item"]]
        w = num(l["Weight"]) or 0
        if v is None or w == 0:
            continue
        total += v * w
        weight_sum += w
    ocl[o] = total / weight_sum if weight_sum > 0 else None

# Consolidated: the mean of the offices' values.
for p in processes:
    ccl[(CONS, p)] = mean(ccl[(o, p)] for o in offices)
for x in clauses:
    cls[(CONS, x)] = mean(cls[(o, x)] for o in offices)
for z in teams:
    plc[(CONS, z)] = mean(plc[(o, z)] for o in offices)
coverage[CONS] = mean(coverage[o] for o in offices)
tasks[CONS] = mean(tasks.get(o) for o in offices)
ocl[CONS] = mean(ocl[o] for o in offices)


def day_number(iso):
    return date.fromisoformat(iso).toordinal()


# OCLT: least squares over the counted points, this run's point being the recomputed OCL.
oclt = {}
trend_points = {}
for o in offices + [CONS]:
    pts = []
    for l in inputs("OCLT", Office=o):
        if l["Counted"] != "Yes":
            continue
        this_run = l["Source"] in (None, "")
        pts.append((l["Item"], ocl[o] if this_run else num(l["Value"])))
    trend_points[o] = dict(pts)
    if len(pts) < 2:
        oclt[o] = None
        continue
    xs = [day_number(d) for d, _ in pts]
    ys = [v * 100 for _, v in pts]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    oclt[o] = None if sxx == 0 else sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx * 30


def ocl_change(o):
    """This run's OCL minus the latest history point counted before it, as shown: to 0.1 point, half away from zero."""
    history = [l for l in inputs("OCLT", Office=o) if l["Counted"] == "Yes" and l["Source"] not in (None, "")]
    if not history:
        return "no earlier row"
    previous = max(history, key=lambda l: l["Item"])
    change = Decimal(repr(round(ocl[o], 9))) - Decimal(repr(round(num(previous["Value"]), 9)))
    return float(change.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP))


def direction(slope):
    if slope is None:
        return None
    s = round(slope, 9)
    return "Positive" if s > 0.5 else "Negative" if s < -0.5 else "Flat"


# PRK per project from its exposure, planned progress and progress.
LEVEL = {1: "LOW", 2: "MEDIUM", 3: "HIGH"}
project = {}
for l in results("PRK"):
    if l["Scope"] in (None, ""):
        continue
    pid, o = l["Scope"], l["Office"]
    item = {x["Item"]: x for x in inputs("PRK", Office=o, Scope=pid)}
    exposure = num(item["Risk exposure"]["Value"])
    planned = num(item["Planned progress"]["Value"])
    progress = num(item["Progress"]["Value"])
    gap = planned - progress
    overdue = bool(item["Schedule gap"]["Why"])
    e_level = 1 if exposure <= 6 else 2 if exposure <= 12 else 3
    g = round(gap, 9)
    s_level = 3 if overdue or g > 0.25 else 2 if g > 0.10 else 1
    project[(o, pid)] = {"exposure": exposure, "planned": planned, "progress": progress, "gap": gap, "prk": max(e_level, s_level)}


def prk_of(values):
    v = mean(values)
    return (None, None) if v is None else (v, LEVEL[math.floor(round(v, 9) + 0.5)])


prk = {o: prk_of([p["prk"] for (po, _), p in project.items() if po == o]) for o in offices}
prk[CONS] = prk_of([p["prk"] for p in project.values()])

# Derived ML(N): the leading rungs that hold (all tasks done; rung 4 also CCL(N) >= 90 %).
dml = {}
for o in offices:
    for p in processes:
        rungs = inputs("Derived ML(N)", Office=o, Scope=p)
        if not rungs:
            dml[(o, p)] = None
            continue
        level = 0
        for r in rungs:
            n, d = num(r["Numerator"]), num(r["Denominator"])
            holds = d is not None and d > 0 and n == d
            if r["Item"].startswith("4 "):
                c = ccl[(o, p)]
                holds = holds and c is not None and round(c, 9) >= round(SUCCESS, 9)
            if not holds:
                break
            level += 1
        dml[(o, p)] = level
for p in processes:
    dml[(CONS, p)] = mean(dml[(o, p)] for o in offices)
dml_avg = {o: mean(dml[(o, p)] for p in processes) for o in offices + [CONS]}


def level_down(v):
    return None if v is None else math.floor(round(v, 9))


# Campaigns: assessed ML(N), findings per audit and Audit LVL.
campaigns = []
for l in results("Assessed ML"):
    campaigns.append(l["Campaign"])
aml = {(c, p): mean(num(l["Value"]) for l in inputs("Assessed ML(N)", Campaign=c, Scope=p)) for c in campaigns for p in processes}
aml_avg = {c: mean(aml[(c, p)] for p in processes) for c in campaigns}
audits = {c: [l["Item"] for l in inputs("Audit LVL", Campaign=c)] for c in campaigns}
alvl = {c: mean(num(l["Value"]) for l in inputs("Audit LVL", Campaign=c)) for c in campaigns}
TYPES = ["FGP", "FOP", "FOB", "FNC", "FCC"]
findings = {(c, t): sum(num(l["Value"]) for l in inputs("Findings per audit", Campaign=c, Scope=t)) / len(audits[c]) for c in campaigns for t in TYPES}

# Process leads: the weighted compliance of their controls.
leaders = {}
for l in control_lines:
    if not l["Owner"]:
        continue
    key = (l["Owner"], l["Office"])
    entry = leaders.setdefault(key, {"n": 0.0, "d": 0.0, "controls": 0})
    entry["controls"] += 1
    w = num(l["Weight"])
    if l["As written"] in STATUS_SCORE and w and w > 0:
        entry["n"] += w * counted_score(l)
        entry["d"] += w
overdue = {(l["Scope"], l["Office"]): num(l["Value"]) for l in results("Process lead")}

# Training coverage: per office and team, courses held (Held or Expiring) / required courses.
HELD = {"Held", "Expiring"}
course_lines = [l for l in inputs("Training coverage") if l["Office"] != CONS and l["Scope"]]
train_offices = []
train_teams = []
for l in course_lines:
    if l["Office"] not in train_offices:
        train_offices.append(l["Office"])
for l in results("Training coverage"):
    if l["Office"] != CONS and l["Office"] not in train_offices:
        train_offices.append(l["Office"])  # an office whose rows require nothing
    if l["Scope"] and l["Scope"] not in train_teams:
        train_teams.append(l["Scope"])


def ratio(lines_):
    return None if not lines_ else sum(1 for l in lines_ if l["As written"] in HELD) / len(lines_)


training = {}
for o in train_offices:
    own = [l for l in course_lines if l["Office"] == o]
    training[(o, "")] = ratio(own)
    for t in train_teams:
        training[(o, t)] = ratio([l for l in own if l["Scope"] == t])
for t in [""] + train_teams:
    training[(CONS, t)] = mean(training[(o, t)] for o in train_offices)

# Capability CL(N): each audit's level from its attribute ratings (ISO/IEC 33020), mean per campaign.
ATTRIBUTES = ["PA 1.1", "PA 2.1", "PA 2.2", "PA 3.1", "PA 3.2", "PA 4.1", "PA 4.2", "PA 5.1", "PA 5.2"]
LEVEL_OF = {a: int(a[3]) for a in ATTRIBUTES}
SCALE = "NPLF"


def rating_of(l):
    if l["As written"]:
        return l["As written"]
    x = round(num(l["Value"]) * 100, 9)  # boundaries belong to the lower rating, as decimals
    return "N" if x <= 15 else "P" if x <= 50 else "L" if x <= 85 else "F"


def capability_level(ratings):
    level = 0
    for k in range(1, 6):
        if not all(
            (ratings.get(a) == "F") if LEVEL_OF[a] < k else (ratings.get(a) in ("L", "F")) if LEVEL_OF[a] == k else True
            for a in ATTRIBUTES
        ):
            break
        level = k
    return level


rated = defaultdict(dict)  # (campaign, process, audit) -> attribute -> rating; a later row wins
for l in inputs("Capability CL(N)"):
    if " · PA " in l["Item"]:
        audit, attribute = l["Item"].split(" · ")
        rated[(l["Campaign"], str(l["Scope"]), audit)][attribute] = rating_of(l)
cl_campaigns = []
for (c, _, _) in rated:
    if c not in cl_campaigns:
        cl_campaigns.append(c)
cl = {}
profile = {}
for c in cl_campaigns:
    for p in processes:
        audits_ = [v for (cc, pp, _), v in rated.items() if cc == c and pp == p]
        cl[(c, p)] = mean(capability_level(v) for v in audits_) if audits_ else None
        if audits_:
            profile[(c, p)] = {
                a: min((v[a] for v in audits_ if a in v), key=SCALE.index, default="-") for a in ATTRIBUTES
            }
cl_avg = {c: mean(cl[(c, p)] for p in processes) for c in cl_campaigns}

# ---- compare with the result sheets ---------------------------------------------------------
checked = 0
mismatches = []
seen = set()


def check(sheet, r, c, expected, actual):
    global checked
    seen.add((sheet, r, c))
    checked += 1
    if expected is None:
        ok = actual == "n/a"
    elif isinstance(expected, str):
        ok = actual == expected
    else:
        ok = isinstance(actual, (int, float)) and math.isclose(actual, expected, rel_tol=1e-9, abs_tol=1e-12)
    if not ok:
        mismatches.append({"sheet": sheet, "row": r + 1, "col": c + 1, "expected": expected, "actual": actual})


def office_columns(header, first):
    return [(k, CONS if v == CONS else v) for k, v in enumerate(header) if k >= first and v is not None]


# Scorecard
sc = rows_of("Scorecard")
h = next(i for i, r in enumerate(sc) if r[0] == "Indicator" and r[1] == "Target")
cols = office_columns(sc[h], 2)
label_value = {
    "OCL": lambda o: ocl[o],
    "OCLT (points per 30 days)": lambda o: oclt[o],
    "OCLT direction": lambda o: direction(oclt[o]),
    "Evidence coverage": lambda o: coverage[o],
    "Task completion": lambda o: tasks.get(o),
    "PRK (1 LOW - 3 HIGH)": lambda o: prk[o][0],
    "PRK level": lambda o: prk[o][1],
    "Derived ML (mean of ML(N))": lambda o: dml_avg[o],
    "Derived maturity level": lambda o: level_down(dml_avg[o]),
    "OCL change since the previous as-of date": lambda o: ocl_change(o),
}
r = h + 1
while r < len(sc) and any(v is not None for v in sc[r]):
    label = sc[r][0]
    if sc[r][1] is None:  # a section band
        r += 1
        continue
    fn = label_value.get(label)
    if fn is None and label.startswith("CLS("):
        x = label[4 : label.index(")")]
        fn = lambda o, x=x: cls[(o, x)]
    elif fn is None and label.startswith("CCL("):
        p = label[4 : label.index(")")]
        fn = lambda o, p=p: ccl[(o, p)]
    elif fn is None and label.startswith("PLC("):
        z = label[4 : label.index(")")]
        fn = lambda o, z=z: plc[(o, z)]
    if fn is not None:
        for k, o in cols:
            check("Scorecard", r, k, fn(o), sc[r][k])
    r += 1
h = next(i for i, r in enumerate(sc) if r[0] == "Stage")
stage = {
    "PLAN": lambda o: ocl[o],
    "DO": lambda o: mean(plc[(o, z)] for z in teams),
    "CHECK": lambda o: mean(ccl[(o, p)] for p in processes),
    "ACT": lambda o: prk[o][1],
}
r = h + 1
while r < len(sc) and sc[r][0] in stage:
    training_line = str(sc[r][1]).endswith("· Training")
    for k, o in office_columns(sc[h], 2):
        check("Scorecard", r, k, training.get((o, "")) if training_line else stage[sc[r][0]](o), sc[r][k])
    r += 1
h = next((i for i, r in enumerate(sc) if r[0] == "Campaign" and r[1] == "Audits"), None)
if h is not None:
    for r in range(h + 1, h + 1 + len(campaigns)):
        c = sc[r][0]
        for k, v in enumerate([len(audits[c]), aml_avg[c], level_down(aml_avg[c]), alvl[c], findings[(c, "FNC")], findings[(c, "FCC")]]):
            check("Scorecard", r, k + 1, v, sc[r][k + 1])
h = next((i for i, r in enumerate(sc) if r[0] == "As of"), None)
if h is not None:
    r = h + 1
    while r < len(sc) and sc[r][0] is not None and sc[r][0] != "Legend":
        for k, o in office_columns(sc[h], 2):
            if sc[r][k] is not None:
                check("Scorecard", r, k, trend_points[o].get(sc[r][0], "missing point"), sc[r][k])
        r += 1

# Compliance
cp = rows_of("Compliance")
h = next(i for i, r in enumerate(cp) if r[0] == "Process" and r[1] == "Name")
cols = office_columns(cp[h], 3)
for r in range(h + 1, h + 1 + len(processes)):
    for k, o in cols:
        check("Compliance", r, k, ccl[(o, str(cp[r][0]))], cp[r][k])
h = next(i for i, r in enumerate(cp) if r[0] == "Clause")
for r in range(h + 1, h + 1 + len(clauses)):
    x = cp[r][0].split(" ", 1)[1]
    for k, o in office_columns(cp[h], 3):
        check("Compliance", r, k, cls[(o, x)], cp[r][k])
h = next(i for i, r in enumerate(cp) if r[0] == "Measure")
for r, values in [(h + 1, coverage), (h + 2, tasks)]:
    for k, o in office_columns(cp[h], 3):
        check("Compliance", r, k, values.get(o), cp[r][k])
h = next(i for i, r in enumerate(cp) if r[0] == "Owner")
r = h + 1
while r < len(cp) and cp[r][0] is not None:
    e = leaders[(cp[r][0], cp[r][1])]
    check("Compliance", r, 2, e["controls"], cp[r][2])
    check("Compliance", r, 3, e["n"] / e["d"] if e["d"] > 0 else None, cp[r][3])
    check("Compliance", r, 4, overdue[(cp[r][0], cp[r][1])], cp[r][4])
    r += 1
# Process leads' PLC and training coverage (when the workbook has Training rows)
for h in [i for i, r in enumerate(cp) if r[0] == "Measure" and i + 1 < len(cp) and str(cp[i + 1][0]).startswith("PLC(")]:
    r = h + 1
    while r < len(cp) and cp[r][0] is not None:
        label = cp[r][0]
        scope = label[label.index("(") + 1 : -1] if "(" in label and label.endswith(")") else ""
        for k, o in office_columns(cp[h], 3):
            if label.startswith("PLC("):
                expected = plc[(o, scope)]
            else:
                expected = training.get((o, "" if label.startswith("Training (") else scope))
            check("Compliance", r, k, expected, cp[r][k])
        r += 1

# Maturity levels
ml = rows_of("Maturity levels")
heads = [i for i, r in enumerate(ml) if r[0] == "Process" and r[1] == "Name"]
assessed, derived = heads[0], heads[1]
for r in range(assessed + 1, assessed + 1 + len(processes)):
    p = ml[r][0][3:-1]
    for k, c in office_columns(ml[assessed], 2):
        check("Maturity levels", r, k, aml[(c, p)], ml[r][k])
for k, c in office_columns(ml[assessed], 2):
    check("Maturity levels", assessed + 1 + len(processes), k, aml_avg[c], ml[assessed + 1 + len(processes)][k])
    check("Maturity levels", assessed + 2 + len(processes), k, level_down(aml_avg[c]), ml[assessed + 2 + len(processes)][k])
for r in range(derived + 1, derived + 1 + len(processes)):
    p = ml[r][0][3:-1]
    for k, o in office_columns(ml[derived], 2):
        check("Maturity levels", r, k, dml[(o, p)], ml[r][k])
for k, o in office_columns(ml[derived], 2):
    check("Maturity levels", derived + 1 + len(processes), k, dml_avg[o], ml[derived + 1 + len(processes)][k])
    check("Maturity levels", derived + 2 + len(processes), k, level_down(dml_avg[o]), ml[derived + 2 + len(processes)][k])

# Capability levels beside ML(N), and each campaign's process profile
for h in [i for i, r in enumerate(ml) if r[0] == "Process" and r[2] == "ML(N)" and r[3] == "CL(N)"]:
    names = [(k, v) for k, v in enumerate(ml[h - 1]) if k >= 2 and v]
    r = h + 1
    while ml[r][0] not in ("AVERAGE", None):
        p = ml[r][0][3:-1]
        for k, c in names:
            check("Maturity levels", r, k, aml[(c, p)], ml[r][k])
            check("Maturity levels", r, k + 1, cl[(c, p)], ml[r][k + 1])
            gap = aml[(c, p)] is not None and cl[(c, p)] is not None and round(abs(aml[(c, p)] - cl[(c, p)]), 9) >= 2
            check("Maturity levels", r, k + 2, "gap >= 2" if gap else "", ml[r][k + 2] or "")
        r += 1
    for k, c in names:
        check("Maturity levels", r, k, aml_avg[c], ml[r][k])
        check("Maturity levels", r, k + 1, cl_avg[c], ml[r][k + 1])
        check("Maturity levels", r + 1, k, level_down(aml_avg[c]), ml[r + 1][k])
        check("Maturity levels", r + 1, k + 1, level_down(cl_avg[c]), ml[r + 1][k + 1])
for h in [i for i, r in enumerate(ml) if r[0] == "Process" and r[2] == "PA 1.1"]:
    c = next(r[0] for r in reversed(ml[:h]) if str(r[0]).startswith("Process profile, "))
    c = c[len("Process profile, ") : c.rindex(" (")]
    r = h + 1
    while r < len(ml) and ml[r][0] is not None:
        p = str(ml[r][0])
        letters = profile[(c, p)]
        for j, a in enumerate(ATTRIBUTES):
            check("Maturity levels", r, 2 + j, letters[a], ml[r][2 + j])
        check("Maturity levels", r, 11, cl[(c, p)], ml[r][11])
        for j, rating in enumerate(SCALE):
            check("Maturity levels", r, 12 + j, sum(1 for a in ATTRIBUTES if letters[a] == rating), ml[r][12 + j])
        r += 1

# Findings summary
fs = rows_of("Findings summary")
h = next(i for i, r in enumerate(fs) if r[0] == "Type")
camp_cols = [(k, v) for k, v in enumerate(fs[h]) if 2 <= k and v in campaigns]
min_col = fs[h].index("Objective (minimum)")
max_col = fs[h].index("Objective (maximum)")
# framework.md section 7: at least one good practice per audit, at most 5 (0 critical) of the others.
TABLE1_MIN = {"FGP": 1}
TABLE1_MAX = {"FOP": 5, "FOB": 5, "FNC": 5, "FCC": 0}
for r in range(h + 1, h + 6):
    t = fs[r][0]
    for k, c in camp_cols:
        check("Findings summary", r, k, findings[(c, t)], fs[r][k])
    # A type without a minimum (or maximum) leaves that cell empty.
    for col, limits in ((min_col, TABLE1_MIN), (max_col, TABLE1_MAX)):
        if t in limits:
            check("Findings summary", r, col, limits[t], fs[r][col])
        elif fs[r][col] is not None:
            mismatches.append({"sheet": "Findings summary", "row": r + 1, "col": col + 1, "expected": None, "actual": fs[r][col]})
h = next(i for i, r in enumerate(fs) if r[0] == "Variable")
for k, c in camp_cols:
    check("Findings summary", h + 1, k, alvl[c], fs[h + 1][k])
    check("Findings summary", h + 2, k, len(audits[c]), fs[h + 2][k])

# Project risk
pr = rows_of("Project risk")
h = next(i for i, r in enumerate(pr) if r[0] == "Office" and r[1] == "Projects assessed")
r = h + 1
while r < len(pr) and pr[r][0] is not None:
    o = pr[r][0]
    check("Project risk", r, 1, len(project) if o == CONS else sum(1 for (po, _) in project if po == o), pr[r][1])
    check("Project risk", r, 2, prk[o][0], pr[r][2])
    check("Project risk", r, 3, prk[o][1], pr[r][3])
    r += 1
h = next((i for i, r in enumerate(pr) if r[0] == "Office" and r[1] == "Project"), None)
if h is not None:
    r = h + 1
    while r < len(pr) and pr[r][0] is not None and pr[r][1] is not None:
        p = project[(pr[r][0], pr[r][1])]
        for k, key in [(4, "exposure"), (6, "planned"), (7, "progress"), (8, "gap")]:
            check("Project risk", r, k, p[key], pr[r][k])
        check("Project risk", r, 11, LEVEL[p["prk"]], pr[r][11])
        r += 1

# Every number of these sheets must have been checked.
unchecked = []
for name in ["Scorecard", "Compliance", "Maturity levels", "Findings summary", "Project risk"]:
    for i, row in enumerate(rows_of(name)):
        for j, v in enumerate(row):
            if isinstance(v, (int, float)) and not isinstance(v, bool) and (name, i, j) not in seen:
                unchecked.append({"sheet": name, "row": i + 1, "col": j + 1, "value": v})

# Each indicator links to its Result line on Calculation, of the office of its column.
links = 0
bad_links = []
calc_ws = wb["Calculation"]
for name in ["Scorecard", "Compliance", "Maturity levels", "Findings summary", "Project risk"]:
    ws = wb[name]
    for row in ws.iter_rows():
        for cell in row:
            link = cell.hyperlink
            if link is None:
                continue
            links += 1
            target = (link.location or "").split("!")
            target_row = int(target[1][1:]) if len(target) == 2 else 0
            line = dict(zip(hdr, [c.value for c in calc_ws[target_row]])) if target_row > 0 else {}
            if target[0] != "'Calculation'" or line.get("Line") != "Result":
                bad_links.append({"sheet": name, "cell": cell.coordinate, "location": link.location})
            elif name == "Scorecard" and cell.row < 60 and isinstance(cell.value, (int, float)):
                office = ws.cell(row=next(i for i, r in enumerate(sc) if r[0] == "Indicator") + 1, column=cell.column).value
                if office is not None and line.get("Office") not in (office, ""):
                    bad_links.append({"sheet": name, "cell": cell.coordinate, "office": office, "line": line.get("Office")})

print(
    json.dumps(
        {
            "checked": checked,
            "mismatches": mismatches,
            "unchecked": unchecked,
            "offices": offices,
            "campaigns": campaigns,
            "links": links,
            "badLinks": bad_links,
            "autoFilter": calc_ws.auto_filter.ref,
        }
    )
)
