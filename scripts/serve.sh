#!/usr/bin/env bash
# Installs what is missing, builds the release page, serves it at
# http://127.0.0.1:8080/ (Ctrl-C stops it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
echo "==> Building the release page"
bash scripts/build.sh
exec node scripts/serve-dist.mjs 8080 /
