#!/usr/bin/env bash
# Release build of both pages (`cargo xtask dist`, xtask/src/main.rs):
#   dist/        the public page (index.html): what a job seeker's phone downloads;
#   dist/tools/  the counsellors' page (tools.html, cargo feature `tools`): catalogue and data
#                import, the saved list (?mode=counsellor) and the cohort view (?mode=cohort).
# The build goes to a new directory that then replaces dist/ as a whole.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
cargo xtask dist | tail -n 1
