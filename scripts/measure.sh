#!/usr/bin/env bash
# Measures speed and reports it; nothing here passes or fails on a time.
#   1. criterion benchmarks of the native engine (ranking, planning, search, reading);
#   2. the e2e timings (keystroke and profile-change latency at 4x CPU throttling, start-up long
#      tasks, the ESCO upload) against the release build in dist/ (built first when missing);
#   3. the figures beside their goals (scripts/report.py), in target/measure-logs/.
# Usage: scripts/measure.sh [CRITERION FILTER]   e.g. scripts/measure.sh rank/
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
source scripts/env.sh
LOGS="target/measure-logs"
mkdir -p "$LOGS"
export MEASUREMENTS="$PWD/$LOGS/measurements.json"
rm -f "$MEASUREMENTS"
cargo bench --bench engine -- "$@" 2>&1 | tee "$LOGS/bench.txt"
[ -f dist/index.html ] || scripts/build.sh
scripts/size_report.py dist --json "$LOGS/size.json" >/dev/null
(cd e2e && node --test --test-concurrency=1 tests/latency.test.mjs tests/import.test.mjs) 2>&1 | tee "$LOGS/e2e.txt" | grep -E '\[measured\]|^# (pass|fail)'
scripts/report.py "$LOGS"
