#!/usr/bin/env bash
# The README's run command: installs what is missing, builds both release pages (the public page
# and the counsellors' page in tools/) and serves dist/ on http://127.0.0.1:8080 until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
scripts/build.sh
echo "serving http://127.0.0.1:8080/ (counsellors: http://127.0.0.1:8080/tools/)"
exec python3 -m http.server 8080 --bind 127.0.0.1 --directory dist
