#!/usr/bin/env bash
# A short fuzz run of every parser of outside input (30 s each by default), on the nightly
# toolchain with cargo-fuzz. Long runs: `cd fuzz && cargo +nightly fuzz run TARGET corpus/TARGET`.
# Prints one line per target and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../fuzz"
SECONDS_EACH="${FUZZ_SECONDS:-30}"
if ! rustup toolchain list | grep -q '^nightly'; then
  echo "[fuzz] SKIPPED: no nightly toolchain on this machine (rustup toolchain install nightly)"
  exit 0
fi
if ! cargo +nightly fuzz build >/tmp/skillgap-fuzz-build.log 2>&1; then
  tail -n 30 /tmp/skillgap-fuzz-build.log
  echo "0 passed, 1 failed"
  exit 1
fi
# Seeds from the test fixtures, so a short run starts from real files (corpus/ is not kept in git).
mkdir -p corpus/workbook corpus/text_encoding
cp ../tests/fixtures/workbooks/*.xls* corpus/workbook/
cp ../tests/fixtures/encodings/*.csv corpus/text_encoding/
passed=0
failed=0
for target in $(cargo +nightly fuzz list); do
  mkdir -p "corpus/$target"
  if cargo +nightly fuzz run "$target" "corpus/$target" -- -max_total_time="$SECONDS_EACH" -rss_limit_mb=4096 \
      >"/tmp/skillgap-fuzz-$target.log" 2>&1; then
    runs=$(grep -Eo 'Done [0-9]+ runs' "/tmp/skillgap-fuzz-$target.log" | tail -n 1)
    echo "[fuzz] $target: ok (${runs:-?} in ${SECONDS_EACH}s)"
    passed=$((passed + 1))
  else
    echo "[fuzz] $target: FAILED"
    tail -n 40 "/tmp/skillgap-fuzz-$target.log"
    failed=$((failed + 1))
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
