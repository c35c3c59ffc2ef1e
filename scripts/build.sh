#!/usr/bin/env bash
# Builds the release site into dist/: the calculator (index.html, sized for
# a first visit) and the cohort page in dist/cohort/ (cohort.html, a second
# wasm opened on purpose). Trunk builds one page per run and empties its
# dist directory first, so the calculator goes first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
trunk build --release --offline "$@"
trunk build cohort.html --dist dist/cohort --release --offline "$@"
