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

Seasonal rows (with "months"), the same kind of sample: the peaks a Liaoning counsellor expects,
set out in SEASONS below — agri-food processing after the autumn harvest, slaughter, meat,
frozen food, cold storage, parcels and cold-chain driving before the Spring Festival, greenhouse
vegetables through the winter, ice-and-snow tourism from December to February, construction from
April to October, and the farm peaks themselves (sowing and harvest machinery, crop-protection
drones) that a farm worker is not free for. Openings = the season's base x the city's weight for
that season (SEASON_CITY; 0.3 where a city is not named) x the same fixed jitter, for the seven
cities of the seed and the cities the season names.
"""
import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTS = ["shared.json", "equipment.json", "materials.json", "consumer.json", "services.json", "cooking-care.json",
         "construction.json", "transport-farming.json", "logistics-care-industry.json", "seasonal.json"]
REQUIRED = ["fushun", "fuxin", "chaoyang", "huludao", "tieling", "shenyang", "dalian"]
SIZE = {"shenyang": 1.0, "dalian": 1.0, "anshan": 0.45, "fushun": 0.35, "benxi": 0.25, "dandong": 0.3,
        "jinzhou": 0.35, "yingkou": 0.35, "fuxin": 0.25, "liaoyang": 0.25, "panjin": 0.3, "tieling": 0.25,
        "chaoyang": 0.3, "huludao": 0.3}
WAGE = {"2": (5000, 9000), "4": (3500, 5500), "5": (3200, 5000), "6": (4000, 6500)}
CITY_WAGE = {"shenyang": 1.15, "dalian": 1.15, "fuxin": 0.9, "chaoyang": 0.9, "tieling": 0.9, "huludao": 0.9}


# code -> (months, base openings in a city of weight 1, the season's city weights)
FARM_BELT = {"chaoyang": 1.0, "tieling": 1.0, "fuxin": 0.9, "huludao": 0.8, "jinzhou": 0.9, "shenyang": 0.6, "dalian": 0.6}
LOGISTICS = {"shenyang": 1.0, "dalian": 1.0, "anshan": 0.5, "jinzhou": 0.5, "yingkou": 0.5, "tieling": 0.4, "fushun": 0.4}
SNOW = {"shenyang": 1.0, "fushun": 1.2, "benxi": 1.0, "dandong": 0.8, "dalian": 0.7, "liaoyang": 0.8, "tieling": 0.5}
GREENHOUSE = {"chaoyang": 1.2, "jinzhou": 1.0, "huludao": 1.0, "anshan": 0.9, "fuxin": 0.8, "tieling": 0.8, "shenyang": 0.5}
BUILDING = {"shenyang": 1.0, "dalian": 1.0, "anshan": 0.5, "jinzhou": 0.5, "yingkou": 0.5, "fushun": 0.4, "chaoyang": 0.4}
SEA = {"dalian": 1.2, "dandong": 1.0, "huludao": 0.8, "yingkou": 0.7, "jinzhou": 0.5, "panjin": 0.5}
SEASONS = {
    # After the autumn harvest: fruit, vegetables and nuts; seafood in the autumn catch.
    "6-01-06-00": ([9, 10, 11, 12], 80, FARM_BELT),
    "6-01-05-01": ([9, 10, 11, 12], 60, SEA),
    # Before the Spring Festival: slaughter, meat, frozen food, packing, cold storage, parcels.
    "6-01-04-01": ([11, 12, 1], 60, FARM_BELT),
    "6-01-04-03": ([11, 12, 1], 50, FARM_BELT),
    "6-02-03-02": ([11, 12, 1], 60, LOGISTICS),
    "6-31-05-00": ([10, 11, 12, 1], 60, FARM_BELT),
    "4-02-06-04": ([11, 12, 1], 70, LOGISTICS),
    "4-02-06-02": ([11, 12, 1], 50, LOGISTICS),
    "4-02-07-08": ([11, 12, 1], 100, LOGISTICS),
    "4-02-02-02": ([12, 1], 40, LOGISTICS),
    # The farm's own peaks: a farm worker is busy then.
    "5-05-05-01": ([4, 5, 9, 10], 40, FARM_BELT),
    "4-02-04-06": ([5, 6, 7, 8], 30, FARM_BELT),
}
# Greenhouse vegetables through the winter (园艺工), and the outdoor building trades from the
# thaw to the frost: 砌筑工, 混凝土工, 钢筋工, 架子工, 防水工.
SEASONS.update({
    "5-01-02-02": ([11, 12, 1, 2, 3], 60, GREENHOUSE),
    "6-29-01-01": ([4, 5, 6, 7, 8, 9, 10], 80, BUILDING),
    "6-29-01-03": ([4, 5, 6, 7, 8, 9, 10], 60, BUILDING),
    "6-29-01-04": ([4, 5, 6, 7, 8, 9, 10], 80, BUILDING),
    "6-29-01-05": ([4, 5, 6, 7, 8, 9, 10], 80, BUILDING),
    "6-29-02-08": ([4, 5, 6, 7, 8, 9, 10], 40, BUILDING),
})
# Seasons of the seasonal part's occupations (data/catalogue/seasonal.json), by industry: ice
# and snow.
SEASONS_BY_INDUSTRY = {
    "ss-ice-snow": ([12, 1, 2], 40, SNOW),
}


def jitter(code: str, city: str) -> float:
    h = int(hashlib.sha256(f"{code}/{city}".encode()).hexdigest()[:8], 16)
    return 0.8 + (h % 41) / 100


def hundred(x: float) -> int:
    return int(round(x / 100.0)) * 100


def main() -> None:
    parts = [json.loads((ROOT / "data/catalogue" / p).read_text()) for p in PARTS if (ROOT / "data/catalogue" / p).exists()]
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
    seasons = dict(SEASONS)
    for o in occupations:
        for industry, season in SEASONS_BY_INDUSTRY.items():
            if industry in o["industries"]:
                seasons.setdefault(o["code"], season)
    codes = {o["code"] for o in occupations}
    for code, (months, base, weights) in sorted(seasons.items()):
        if code not in codes:
            continue
        low, high = WAGE.get(code[0], (3800, 6000))
        for city in sorted(set(REQUIRED) | set(weights), key=list(SIZE).index):
            openings = max(1, round(base * weights.get(city, 0.3) * jitter(code + "/season", city)))
            f = CITY_WAGE.get(city, 1.0)
            rows.append({"code": code, "city": city, "openings": openings,
                         "wage_low": hundred(low * f), "wage_high": hundred(high * f),
                         "period": "2025Q2", "source": "sample", "months": months})
    out = ROOT / "data/catalogue/demand.json"
    out.write_text(json.dumps({"part": "demand", "demand": rows}, ensure_ascii=False, indent=1) + "\n")
    seasonal = [r for r in rows if "months" in r]
    print(f"{len(rows)} rows for {len({r['code'] for r in rows})} codes ({len(seasonal)} seasonal rows) -> {out}")


if __name__ == "__main__":
    main()
