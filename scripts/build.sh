#!/usr/bin/env bash
# Builds the release site into dist/: the calculator (index.html, sized for
# a first visit), the cohort page in dist/cohort/ (cohort.html) and the
# report page in dist/report/ (report.html), each a wasm opened on purpose. Trunk builds one page per run and empties its
# dist directory first, so the calculator goes first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
trunk build --release --offline "$@"
trunk build cohort.html --dist dist/cohort --release --offline "$@"
trunk build report.html --dist dist/report --release --offline "$@"
