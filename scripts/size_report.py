#!/usr/bin/env python3
"""Prints the raw and gzip size of every file of the public page in dist/ and the total, and fails
when the total gzip size exceeds the budget in scripts/budgets.json. The counsellors' page in
dist/tools/ is not downloaded by job seekers: its total is printed on a line of its own, and so
are the files budgets.json names (or matches, `*` patterns) as loaded on demand: the catalogue's
English half and the wasm chunks of the parts shown later (src/ui/lazy.rs).

Usage: scripts/size_report.py [DIST] [--json OUT]
"""
import fnmatch
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    args = sys.argv[1:]
    out = None
    if "--json" in args:
        i = args.index("--json")
        out = Path(args[i + 1])
        del args[i : i + 2]
    dist = Path(args[0]) if args else ROOT / "dist"
    budgets = json.loads((ROOT / "scripts" / "budgets.json").read_text())
    budget = budgets["dist_total_gzip"]
    on_demand = budgets.get("on_demand", [])

    def later_on(p: Path) -> bool:
        return any(fnmatch.fnmatchcase(p.relative_to(dist).as_posix(), pattern) for pattern in on_demand)

    public = [p for p in dist.rglob("*") if p.is_file() and "tools" not in p.relative_to(dist).parts[:-1]]
    files = sorted(p for p in public if not later_on(p))
    later = sorted(p for p in public if later_on(p))
    if not files:
        print(f"size report: no files in {dist}", file=sys.stderr)
        return 1
    rows = []
    for p in files:
        data = p.read_bytes()
        rows.append((str(p.relative_to(dist)), len(data), len(gzip.compress(data, compresslevel=9, mtime=0))))
    width = max(len(r[0]) for r in rows)
    print(f"{'file':<{width}}  {'raw':>10}  {'gzip':>10}")
    for name, raw, gz in rows:
        print(f"{name:<{width}}  {raw:>10,}  {gz:>10,}")
    total_raw = sum(r[1] for r in rows)
    total_gz = sum(r[2] for r in rows)
    print(f"{'TOTAL':<{width}}  {total_raw:>10,}  {total_gz:>10,}")
    for p in later:
        data = p.read_bytes()
        gz = len(gzip.compress(data, compresslevel=9, mtime=0))
        print(f"(on demand, not in the first load: {p.relative_to(dist)} {len(data):,} bytes, {gz:,} gzip)")
    tools = sorted(p for p in (dist / "tools").rglob("*") if p.is_file()) if (dist / "tools").is_dir() else []
    if tools:
        tools_gz = sum(len(gzip.compress(p.read_bytes(), compresslevel=9, mtime=0)) for p in tools)
        print(f"(counsellors' page tools/, loaded only when opened: {len(tools)} files, {tools_gz:,} bytes gzip)")
    print(f"budget (gzip): {budget:,} bytes — {'OK' if total_gz <= budget else 'OVER'} ({100 * total_gz / budget:.0f}% used)")
    if out:
        out.write_text(json.dumps({"files": [dict(zip(("file", "raw", "gzip"), r)) for r in rows],
                                   "total_raw": total_raw, "total_gzip": total_gz, "budget_gzip": budget}, indent=1))
    return 0 if total_gz <= budget else 1


if __name__ == "__main__":
    sys.exit(main())
