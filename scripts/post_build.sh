#!/usr/bin/env bash
# Trunk's post-build hook. One hook, because Trunk runs the hooks of a stage side by side and
# these steps depend on each other: the chunks named before the glue points at them, the glue minified before the service worker's version is
# hashed from the files, the worker minified once its file list is filled in.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 scripts/split_chunks.py
node scripts/minify.mjs glue
python3 scripts/csp.py
python3 scripts/sw.py
node scripts/minify.mjs sw
