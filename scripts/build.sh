#!/usr/bin/env bash
# Release build of both pages with Trunk (offline):
#   dist/        the public page (index.html): what a job seeker's phone downloads;
#   dist/tools/  the counsellors' page (tools.html, cargo feature `tools`): catalogue and data
#                import, the saved list (?mode=counsellor) and the cohort view (?mode=cohort).
# The public build replaces dist/ as a whole, so the tools build comes second.
set -euo pipefail
cd "$(dirname "$0")/.."
# Puts scripts/bin first on PATH: Trunk must run scripts/bin/wasm-bindgen, which splits the
# public page's wasm (see README, Size).
source scripts/env.sh
trunk build --release --offline 2>&1 | tail -n 2
trunk build tools.html --release --offline=true --dist dist/tools --public-url /tools/ 2>&1 | tail -n 2
