#!/usr/bin/env bash
# Installs everything the build and the tests need on a fresh machine of this kind, and skips
# whatever is already installed at the right version. Only package registries are used:
# Debian (Chromium + chromedriver), crates.io (trunk, wasm-bindgen-cli, wasm-split-cli), npm (binaryen, terser,
# playwright-core, lighthouse). Nothing is downloaded from anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION="0.21.14"
say() { printf '[setup] %s\n' "$*"; }

# Browser and driver for the wasm-bindgen-test and end-to-end tiers.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
# Chinese glyphs for screenshots and print-to-PDF (without them CJK renders as boxes).
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if ((${#missing[@]})); then
  say "installing ${missing[*]} from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  say "chromium, chromedriver and CJK fonts present"
fi

# The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk at the pinned version.
if trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "trunk $TRUNK_VERSION present"
else
  say "installing trunk $TRUNK_VERSION"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock (its test runner too).
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$WBG_VERSION" ]; then
  echo "[setup] could not read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if wasm-bindgen --version 2>/dev/null | grep -q " $WBG_VERSION\$" && command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  say "wasm-bindgen-cli $WBG_VERSION present"
else
  say "installing wasm-bindgen-cli $WBG_VERSION"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

# wasm-split-cli: splits the public page's wasm into the module and its chunks loaded on demand
# (`cargo xtask dist` runs it when it builds index.html).
WASM_SPLIT_VERSION="0.2.4"
if grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:" <(cargo install --list) && command -v wasm-split-cli >/dev/null 2>&1; then
  say "wasm-split-cli $WASM_SPLIT_VERSION present"
else
  say "installing wasm-split-cli $WASM_SPLIT_VERSION"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

# cargo-fuzz for the fuzz smoke (on the nightly toolchain the machine comes with).
if cargo fuzz --version >/dev/null 2>&1; then
  say "cargo-fuzz present"
else
  say "installing cargo-fuzz"
  cargo install cargo-fuzz --version 0.13.2 --locked
fi

# Node tools: binaryen (wasm-opt), terser and lightningcss (the build), playwright-core, lighthouse, exactly as locked.
if (cd e2e && npm ls --depth=0 >/dev/null 2>&1); then
  say "node tools present"
else
  say "installing node tools (npm ci)"
  (cd e2e && npm ci --no-audit --no-fund)
fi

# Crates for the offline builds (the workspace: the app, the core, the CLI and xtask).
cargo fetch --quiet
cargo fetch --quiet --target wasm32-unknown-unknown
say "done"
