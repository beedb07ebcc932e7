#!/usr/bin/env python3
"""Prints what the test command measured, each figure beside its goal: the first-load size (a
budget, enforced by size_report.py), the e2e timings and Lighthouse's performance figures
(reported, never enforced) from measurements.json, and the suggestion quality from quality.json.
Also writes LOGS/summary.md with the same table, for a README or a closing note.

Usage: scripts/report.py LOGS_DIR [--readme README.md]
With --readme, the table also replaces what stands between the README's
`<!-- measured:begin -->` and `<!-- measured:end -->` lines, with the run's date.
"""
import datetime
import json
import sys
from pathlib import Path


def load(path: Path):
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def goal_text(goal, unit):
    if not goal:
        return ""
    if goal.get("max") is not None:
        return f"≤ {goal['max']:,} {unit}"
    return f"≥ {goal['min']:,} {unit}"


def main() -> int:
    args = sys.argv[1:]
    readme = None
    if "--readme" in args:
        i = args.index("--readme")
        readme = Path(args[i + 1])
        del args[i : i + 2]
    logs = Path(args[0] if args else "target/test-logs")
    rows = []  # (figure, value, goal, verdict)
    size = load(logs / "size.json")
    if size:
        ok = size["total_gzip"] <= size["budget_gzip"]
        rows.append(("first load of the public page (gzip)", f"{size['total_gzip']:,} B",
                     f"≤ {size['budget_gzip']:,} B (budget, enforced)", "ok" if ok else "OVER BUDGET"))
    else:
        rows.append(("first load of the public page (gzip)", "not measured", "", "the build did not run"))
    measurements = load(logs / "measurements.json") or {}
    for name, m in sorted(measurements.items()):
        verdict = "" if m.get("met") is None else ("goal met" if m["met"] else "goal missed (reported)")
        rows.append((m.get("what") or name, f"{m['value']:,} {m['unit']}", goal_text(m.get("goal"), m["unit"]), verdict))
    if not measurements:
        rows.append(("e2e timings and Lighthouse", "not measured", "", "the e2e or Lighthouse tier did not run"))
    quality = load(logs / "quality.json")
    for q in (quality or {}).get("figures", []):
        verdict = "" if q.get("met") is None else ("goal met" if q["met"] else "goal missed (reported)")
        rows.append((q["what"], f"{q['value']:.3f}", goal_text(q.get("goal"), "").strip(), verdict))

    lines = ["| figure | measured | goal | |", "|---|---:|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    (logs / "summary.md").write_text("\n".join(lines) + "\n")
    if readme:
        text = readme.read_text()
        begin, end = "<!-- measured:begin -->", "<!-- measured:end -->"
        if begin not in text or end not in text:
            print(f"{readme}: no {begin} … {end} block", file=sys.stderr)
            return 1
        measured = logs / "measurements.json"
        stamp = (measured if measured.exists() else logs / "summary.md").stat().st_mtime
        when = datetime.datetime.fromtimestamp(stamp, datetime.timezone.utc)
        block = f"{begin}\nRun of {when:%Y-%m-%d}, 2 cores:\n\n" + "\n".join(lines) + f"\n{end}"
        head, rest = text.split(begin, 1)
        readme.write_text(head + block + rest.split(end, 1)[1])
    width = max(len(r[0]) for r in rows)
    print("Measured in this run (timings and quality are reported against their goals, never asserted):")
    for a, b, c, d in rows:
        print(f"  {a:<{width}}  {b:>14}  {c:<28} {d}")
    print(f"(all figures: {logs / 'measurements.json'}, {logs / 'size.json'}, {logs / 'quality.json'}; table: {logs / 'summary.md'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
