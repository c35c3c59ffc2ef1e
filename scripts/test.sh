#!/usr/bin/env bash
# Installs what is missing, then runs every test: formatting and lints, the
# core's, the CLI's and the components' native tests, the platform module's
# tests in headless Chromium (wasm-bindgen-test), the hazard log's check,
# the release CLI against a second reading of the spec (tests/oracle/), the
# release bundle's size budget, then the release pages end to end
# (behaviour, accessibility, layouts, safety notes) in headless Chromium,
# served by a small Node server and then by Debian's nginx with
# deploy/nginx.conf (the production headers, checked per file type), and a
# clinician's main journeys, axe's checks and the printouts in headless
# Firefox ESR.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --browser

say "Formatting and lints (native and wasm32)"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy -p dm-remission --lib --bins --test browser --target wasm32-unknown-unknown --locked -- -D warnings

say "Core, CLI and component tests"
cargo test --workspace --locked

say "The platform module in headless Chromium (tests/browser.rs)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_WEBDRIVER_JSON=tests/browser/webdriver.json \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test -p dm-remission --target wasm32-unknown-unknown --locked --test browser

say "Hazard log: every test it names exists"
node --test tests/safety/

say "Release build: dmscore CLI and the page"
cargo build --release --locked --bin dmscore
bash scripts/build.sh
node scripts/single-file.mjs

say "The CLI against a second reading of the spec, on random patients"
node --test tests/oracle/

say "Bundle size budget"
node --test tests/size/

say "End-to-end tests in headless Chromium"
e2e_status=0
npm run --silent e2e || e2e_status=$?

say "Through nginx: production headers, then the end-to-end tests again"
nginx_status=0
npm run --silent e2e:nginx || nginx_status=$?

say "A clinician's main journeys, axe's checks and the printouts in Firefox ESR"
firefox_status=0
node --test tests/firefox/ || firefox_status=$?

node scripts/e2e-summary.mjs tests/e2e/artifacts/results.json || e2e_status=1
node scripts/e2e-summary.mjs tests/e2e/artifacts/results-nginx.json || nginx_status=1
[ "$e2e_status" -eq 0 ] && [ "$nginx_status" -eq 0 ] && [ "$firefox_status" -eq 0 ]
