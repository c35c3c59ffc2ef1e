#!/usr/bin/env bash
# Lighthouse scores of the release page in Debian's Chromium (not part of CI).
# Prints the four category scores; the full report goes to
# tests/e2e/artifacts/lighthouse.html. An argument names another page:
# `bash scripts/lighthouse.sh cohort/` or `report/`. The site is served as
# deployed: Debian's nginx with deploy/nginx.conf, so the pre-compressed
# files are what Lighthouse's simulated slow network carries
# (SERVER=node: the uncompressed Node test server instead).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --browser
LIGHTHOUSE_VERSION=13.5.0
port=4180
page="${1:-}"

bash scripts/build.sh
if [ "${SERVER:-nginx}" = node ]; then
    node scripts/serve-dist.mjs "$port" / > /dev/null &
else
    bash scripts/nginx-serve.sh "$port" dist / > /dev/null &
fi
server=$!
trap 'kill $server' EXIT
sleep 1

mkdir -p tests/e2e/artifacts
CHROME_PATH=/usr/bin/chromium npx --yes "lighthouse@$LIGHTHOUSE_VERSION" "http://127.0.0.1:$port/$page" \
    --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run" \
    --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output=html --output-path=tests/e2e/artifacts/lighthouse
node -e '
const r = require("./tests/e2e/artifacts/lighthouse.report.json");
for (const c of Object.values(r.categories)) console.log(`${c.title.padEnd(16)} ${Math.round(c.score * 100)}`);
for (const a of Object.values(r.audits)) if (a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary") console.log(`  failing: ${a.id}: ${a.title}`);
'
