#!/usr/bin/env bash
# The README's test command: installs what is missing, then runs every tier.
#   1. native: cargo fmt --check, cargo clippy, cargo test (core, reducers, components rendered to strings)
#   2. browser: wasm-bindgen-test in headless Chromium (the app mounted, typed into, clicked)
#   fuzz smoke: 30 s of each cargo-fuzz target (nightly toolchain)
#   3. release build with Trunk, the size report against scripts/budgets.json
#   4. end-to-end: playwright-core against the release build served on 127.0.0.1
# Ends with one line "N passed, N failed" over all tiers; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

LOGS="target/test-logs"
mkdir -p "$LOGS"
passed=0
failed=0

# Adds up "test result: ... N passed; M failed" lines (cargo test and wasm-bindgen-test-runner).
count_cargo() {
  local p f
  p=$(grep -Eo 'test result: [A-Za-z]+\. [0-9]+ passed' "$1" | grep -Eo '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed;' "$1" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
  echo "[test] $2: $p passed, $f failed"
}

echo "== tier 1: native"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
# The counsellors' build (tools/) compiles more of the UI: lint it too.
cargo clippy --all-targets --quiet --features tools -- -D warnings
# The public page's wasm with its split points (feature `split`, src/ui/lazy.rs), as Trunk builds it.
cargo clippy --quiet --target wasm32-unknown-unknown --features split --bin skillgap -- -D warnings
status=0
cargo test 2>&1 | tee "$LOGS/native.txt" || status=$?
count_cargo "$LOGS/native.txt" native
[ "$status" -eq 0 ] || { echo "native tests failed"; exit 1; }

echo "== tier 2: browser (wasm-bindgen-test, headless Chromium)"
status=0
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test web 2>&1 | tee "$LOGS/browser.txt" || status=$?
count_cargo "$LOGS/browser.txt" browser
[ "$status" -eq 0 ] || { echo "browser tests failed"; exit 1; }

echo "== fuzz smoke (every parser of outside input)"
status=0
scripts/fuzz-smoke.sh 2>&1 | tee "$LOGS/fuzz.txt" || status=$?
p=$(grep -Eo 'fuzz: [0-9]+ passed' "$LOGS/fuzz.txt" | grep -Eo '[0-9]+' || true)
f=$(grep -Eo '[0-9]+ failed' "$LOGS/fuzz.txt" | tail -n 1 | grep -Eo '[0-9]+' || true)
passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
[ "$status" -eq 0 ] || { echo "fuzz smoke failed"; exit 1; }

echo "== release build and size report"
scripts/build.sh
scripts/size_report.py dist --json "$LOGS/size.json"

echo "== tier 3: end-to-end (playwright-core, release build on 127.0.0.1)"
status=0
(cd e2e && node --test --test-concurrency=1 tests/) 2>&1 | tee "$LOGS/e2e.txt" || status=$?
p=$(awk '/^# pass /{print $3}' "$LOGS/e2e.txt" | tail -n 1); f=$(awk '/^# fail /{print $3}' "$LOGS/e2e.txt" | tail -n 1)
passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
echo "[test] e2e: ${p:-0} passed, ${f:-0} failed"
[ "$status" -eq 0 ] || { echo "end-to-end tests failed"; echo "$passed passed, $((failed > 0 ? failed : 1)) failed"; exit 1; }

echo "== Lighthouse (mobile preset, Debian's Chromium via CHROME_PATH; floors in scripts/budgets.json)"
status=0
(cd e2e && CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" node lighthouse.mjs) 2>&1 | tee "$LOGS/lighthouse.txt" || status=$?
p=$(grep -Eo 'lighthouse: [0-9]+ passed' "$LOGS/lighthouse.txt" | grep -Eo '[0-9]+' || true)
f=$(grep -Eo 'lighthouse: [0-9]+ passed, [0-9]+ failed' "$LOGS/lighthouse.txt" | grep -Eo '[0-9]+ failed' | grep -Eo '[0-9]+' || true)
passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
[ "$status" -eq 0 ] || { echo "Lighthouse scores under their floors"; echo "$passed passed, $((failed > 0 ? failed : 1)) failed"; exit 1; }

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
