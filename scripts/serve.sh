#!/usr/bin/env bash
# The README's run command: installs what is missing, builds the release app and serves it on
# http://127.0.0.1:8080 until you press Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
exec trunk serve --release --offline
