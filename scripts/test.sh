#!/usr/bin/env bash
# Installs what is missing, then runs every test: formatting and lints, the
# core's and the CLI's native tests, the release bundle's size budget, then
# the release page end to end (behaviour, accessibility, layouts) in headless
# Chromium.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --browser

say "Formatting and lints (native and wasm32)"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy -p dm-remission --lib --bins --target wasm32-unknown-unknown --locked -- -D warnings

say "Core and CLI tests"
cargo test --workspace --locked

say "Release build: dmscore CLI and the page"
cargo build --release --locked --bin dmscore
bash scripts/build.sh

say "Bundle size budget"
node --test tests/size/

say "End-to-end tests in headless Chromium"
e2e_status=0
npm run --silent e2e || e2e_status=$?
node scripts/e2e-summary.mjs tests/e2e/artifacts/results.json
exit "$e2e_status"
