#!/usr/bin/env python3
"""Trunk post-build hook: fills in the service worker's file list and cache version.

Every file of the build (HTML, CSS, JS, wasm with the embedded catalogue, the wasm chunks the page
loads on demand, manifest, icons) is pre-cached, so a loaded app works offline and can complete the
whole path. The catalogue's English half (ON_DEMAND) is not: the worker keeps it once a page has
asked for it. The version is a hash of their contents: a new build
gets a new cache and the old one is deleted. Run by Trunk with TRUNK_STAGING_DIR set.
"""
import hashlib
import json
import os
import sys
from pathlib import Path


# Not pre-cached (also on demand in scripts/budgets.json, whose chunks are pre-cached all the same).
ON_DEMAND = {"catalogue.en.json"}


def main() -> int:
    staging = Path(os.environ.get("TRUNK_STAGING_DIR", sys.argv[1] if len(sys.argv) > 1 else "dist"))
    sw = staging / "sw.js"
    text = sw.read_text(encoding="utf-8")
    if "__PRECACHE__" not in text:
        return 0
    files = sorted(p for p in staging.rglob("*") if p.is_file() and p.name != "sw.js" and p.name not in ON_DEMAND)
    # Every pre-cached file, index.html included (the CSP step has finished with it: the
    # post-build steps run one after the other, scripts/post_build.sh).
    digest = hashlib.sha256()
    for p in files:
        digest.update(p.relative_to(staging).as_posix().encode())
        digest.update(p.read_bytes())
    urls = ["./"] + ["./" + p.relative_to(staging).as_posix() for p in files]
    text = text.replace("__PRECACHE__", json.dumps(urls)).replace("__VERSION__", digest.hexdigest()[:16])
    sw.write_text(text, encoding="utf-8")
    print(f"sw.py: {len(urls)} files pre-cached, version {digest.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
