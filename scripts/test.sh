#!/usr/bin/env bash
# The README's test command: installs what is missing, then runs every tier, each whatever the
# others did, so one failure never hides the figures of the rest.
#   lint     cargo fmt --check, cargo clippy -D warnings (plain, `tools`, the wasm with `split`)
#   native   cargo test --workspace (core, CLI, components rendered to strings), and with `tools`
#   browser  wasm-bindgen-test in headless Chromium (the app mounted, typed into, clicked)
#   fuzz     30 s of each cargo-fuzz target (nightly toolchain)
#   quality  how "what fits me" ranks: O*NET's Related Occupations and a counsellor's labels (a report)
#   build    release build (cargo xtask dist), and the size report against scripts/budgets.json
#   e2e      playwright-core against the release build served on 127.0.0.1
#   lighthouse  accessibility and best-practices floors; performance reported
# Correctness and sizes decide pass or fail; timings (latency, long tasks, load times, the
# Lighthouse performance score) and quality figures are measured and reported with their goals,
# never asserted: see target/test-logs/measurements.json and the summary printed at the end.
# Ends with "N passed, N failed" over all tiers (and the failed tiers' names); exits non-zero on
# any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || { echo "setup failed: nothing was tested"; echo "0 passed, 1 failed (setup)"; exit 1; }
source scripts/env.sh

LOGS="target/test-logs"
mkdir -p "$LOGS"
export MEASUREMENTS="$PWD/$LOGS/measurements.json"
rm -f "$MEASUREMENTS" "$LOGS/size.json"
passed=0
failed=0
failed_tiers=()
started=$SECONDS

# Runs one tier: `tier NAME COMMAND...`, its output teed to $LOGS/NAME.txt. A tier that fails is
# named in the summary; the next tier runs all the same.
tier() {
  local name=$1 t0=$SECONDS status=0
  shift
  echo "== $name"
  "$@" 2>&1 | tee "$LOGS/$name.txt"
  status=${PIPESTATUS[0]}
  if [ "$status" -ne 0 ]; then
    failed_tiers+=("$name")
  fi
  echo "[test] $name: exit $status in $((SECONDS - t0)) s"
  return 0
}

# Adds up "test result: ... N passed; M failed" lines (cargo test and wasm-bindgen-test-runner).
count_cargo() {
  local p f
  p=$(grep -Eo 'test result: [A-Za-z]+\. [0-9]+ passed' "$1" | grep -Eo '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed;' "$1" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
  echo "[test] $2: $p passed, $f failed"
}

# Adds up a tier's own "NAME: N passed, M failed" line.
count_line() {
  local p f
  p=$(grep -Eo "$2: [0-9]+ passed" "$1" | tail -n 1 | grep -Eo '[0-9]+' || true)
  f=$(grep -Eo "$2: [0-9]+ passed, [0-9]+ failed" "$1" | tail -n 1 | grep -Eo '[0-9]+ failed' | grep -Eo '[0-9]+' || true)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
}

lint() {
  cargo fmt --check &&
    cargo clippy --workspace --all-targets --quiet -- -D warnings &&
    # The counsellors' build (tools/) compiles more of the UI: lint it too.
    cargo clippy --all-targets --quiet --features tools -- -D warnings &&
    # The public page's wasm with its split points (feature `split`, src/ui/lazy.rs), as cargo xtask dist builds it.
    cargo clippy --quiet --target wasm32-unknown-unknown --features split --bin skillgap -- -D warnings
}

native() {
  # The core, the CLI and the web app; then the web app's tests again as the counsellors' page
  # builds it (feature `tools`: the whole catalogue embedded as JSON, the counsellors' parts).
  cargo test --workspace && cargo test --features tools
}

browser() {
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test --target wasm32-unknown-unknown --test web
}

quality() {
  local onet=../shared/data/onet-29.2
  if [ -f "$onet/Related Occupations.tsv" ]; then
    set -- --onet "$onet"
  else
    echo "O*NET reference not measured: $onet is missing (the shared data beside the project)"
    set --
  fi
  cargo run --quiet -p skillgap-cli -- quality data/catalogue.json "$@" --fixtures tests/fixtures --json "$LOGS/quality.json"
}

build() {
  scripts/build.sh && scripts/size_report.py dist --json "$LOGS/size.json"
}

e2e() {
  if [ ! -f dist/index.html ]; then
    echo "no release build in dist/: the end-to-end tests cannot run"
    return 1
  fi
  (cd e2e && node --test --test-concurrency=1 tests/)
}

lighthouse() {
  if [ ! -f dist/index.html ]; then
    echo "no release build in dist/: Lighthouse cannot run"
    return 1
  fi
  (cd e2e && CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" node lighthouse.mjs)
}

tier lint lint
tier native native
count_cargo "$LOGS/native.txt" native
tier browser browser
count_cargo "$LOGS/browser.txt" browser
tier fuzz scripts/fuzz-smoke.sh
count_line "$LOGS/fuzz.txt" fuzz
tier quality quality
tier build build
tier e2e e2e
p=$(awk '/^# pass /{print $3}' "$LOGS/e2e.txt" | tail -n 1); f=$(awk '/^# fail /{print $3}' "$LOGS/e2e.txt" | tail -n 1)
passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
echo "[test] e2e: ${p:-0} passed, ${f:-0} failed"
tier lighthouse lighthouse
count_line "$LOGS/lighthouse.txt" lighthouse

echo "== summary ($((SECONDS - started)) s)"
scripts/report.py "$LOGS" || true
# A tier that failed without a failed test (lint, the build, a crash) still counts as a failure.
if ((${#failed_tiers[@]})); then
  echo "$passed passed, $((failed > 0 ? failed : ${#failed_tiers[@]})) failed (failed tiers: ${failed_tiers[*]})"
  exit 1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
