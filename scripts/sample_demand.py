#!/usr/bin/env python3
"""Writes data/catalogue/demand.json: an ILLUSTRATIVE demand table (openings and wage bands by
occupation code and city) for the default catalogue. It is sample data, not official figures:
the employment service replaces it each quarter with `skillgap-cli apply-demand` or the upload
in the app.

The model, so nobody mistakes it for data: openings = base (60 for shortage-list occupations,
30 otherwise) x city size factor x 1.5 where a course for the occupation's skills is held in the
city x a fixed pseudo-random factor 0.8-1.2 (from a hash of code and city); wage bands by major
group of the code, x1.15 in Shenyang and Dalian, x0.9 in the smaller western and northern cities.
Every row's source is "sample", which the app shows as "sample data, not official" in the
user's language. Rows for every code in Fushun, Fuxin, Chaoyang, Huludao, Tieling, Shenyang and Dalian, plus the
other cities where courses for the occupation are held.
"""
import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTS = ["shared.json", "equipment.json", "materials.json", "consumer.json"]
REQUIRED = ["fushun", "fuxin", "chaoyang", "huludao", "tieling", "shenyang", "dalian"]
SIZE = {"shenyang": 1.0, "dalian": 1.0, "anshan": 0.45, "fushun": 0.35, "benxi": 0.25, "dandong": 0.3,
        "jinzhou": 0.35, "yingkou": 0.35, "fuxin": 0.25, "liaoyang": 0.25, "panjin": 0.3, "tieling": 0.25,
        "chaoyang": 0.3, "huludao": 0.3}
WAGE = {"2": (5000, 9000), "4": (3500, 5500), "5": (3200, 5000), "6": (4000, 6500)}
CITY_WAGE = {"shenyang": 1.15, "dalian": 1.15, "fuxin": 0.9, "chaoyang": 0.9, "tieling": 0.9, "huludao": 0.9}


def jitter(code: str, city: str) -> float:
    h = int(hashlib.sha256(f"{code}/{city}".encode()).hexdigest()[:8], 16)
    return 0.8 + (h % 41) / 100


def hundred(x: float) -> int:
    return int(round(x / 100.0)) * 100


def main() -> None:
    parts = [json.loads((ROOT / "data/catalogue" / p).read_text()) for p in PARTS]
    occupations = [o for p in parts for o in p.get("occupations", [])]
    courses = [c for p in parts for c in p.get("courses", [])]
    rows = []
    for code in sorted({o["code"] for o in occupations}):
        occs = [o for o in occupations if o["code"] == code]
        skills = {r["skill"] for o in occs for r in o["requires"]}
        course_cities = {city for c in courses if any(t["skill"] in skills for t in c["teaches"]) for city in c.get("cities", [])}
        shortage = any(o.get("shortage") for o in occs)
        base = 60 if shortage else 30
        low, high = WAGE.get(code[0], (3800, 6000))
        for city in sorted(set(REQUIRED) | course_cities, key=list(SIZE).index):
            affinity = 1.5 if city in course_cities else 1.0
            openings = max(1, round(base * SIZE[city] * affinity * jitter(code, city)))
            f = CITY_WAGE.get(city, 1.0)
            rows.append({"code": code, "city": city, "openings": openings,
                         "wage_low": hundred(low * f), "wage_high": hundred(high * f),
                         "period": "2025Q2", "source": "sample"})
    out = ROOT / "data/catalogue/demand.json"
    out.write_text(json.dumps({"part": "demand", "demand": rows}, ensure_ascii=False, indent=1) + "\n")
    print(f"{len(rows)} rows for {len({r['code'] for r in rows})} codes -> {out}")


if __name__ == "__main__":
    main()
