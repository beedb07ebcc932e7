#!/usr/bin/env python3
"""Writes N assessments drawn deterministically from the default catalogue, one JSON document a
line, for `skillgap-cli cohort --jsonl` at city scale (the same drawing as e2e/tests/cohort.test.mjs).

Usage: scripts/make_cohort.py N OUT.jsonl
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    n, out = int(sys.argv[1]), Path(sys.argv[2])
    cat = json.loads((ROOT / "data" / "catalogue.json").read_text(encoding="utf-8"))
    skills = [s["id"] for s in cat["skills"]]
    occupations = [o["id"] for o in cat["occupations"]]
    cities = [None, "fuxin", "fushun", "chaoyang", "huludao", "tieling", "shenyang", "dalian"]
    seed = 7

    def draw(k: int) -> int:
        nonlocal seed
        seed = (seed * 1103515245 + 12345) % 2147483648
        return seed % k

    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            chosen = []
            for _ in range(1 + draw(6)):
                s = skills[draw(len(skills))]
                if all(c["skill"] != s for c in chosen):
                    chosen.append({"skill": s, "level": 1 + draw(4)})
            a = {
                "format": "skillgap-assessment", "version": 1, "catalogue_edition": cat["edition"],
                "skills": chosen, "target": None if i % 10 == 9 else occupations[draw(len(occupations))],
                "city": cities[draw(len(cities))], "free_months": [3, 4, 5, 6] if draw(3) == 0 else [],
                "hours_per_week": [10, 20, 40][draw(3)], "objective": "hours" if draw(2) else "cost",
            }
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"wrote {n} assessments to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
