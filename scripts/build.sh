#!/usr/bin/env bash
# Builds the release site into dist/: the calculator (index.html, sized for
# a first visit), the cohort page in dist/cohort/ (cohort.html) and the
# report page in dist/report/ (report.html), each a wasm opened on purpose,
# and the static definitions page in dist/definitions/. Trunk builds one
# page per run and empties its dist directory first, so the calculator goes
# first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
trunk build --release --offline "$@"
trunk build cohort.html --dist dist/cohort --release --offline "$@"
trunk build report.html --dist dist/report --release --offline "$@"
# The definitions page is static text: copied, and styled by the
# calculator's own hashed stylesheet.
css="$(cd dist && ls style-*.css)"
mkdir -p dist/definitions
sed "s|href=\"static/style.css\"|href=\"../$css\"|" definitions.html > dist/definitions/index.html

# Each page's first view, prerendered into its HTML (the page binaries run
# natively print it).
node scripts/prerender.mjs

# Pre-compressed copies for servers that send them (deploy/nginx.conf).
node scripts/precompress.mjs dist
