#!/usr/bin/env bash
# Installs whatever is missing, at pinned versions, and skips what is present.
# Sourced by scripts/serve.sh and scripts/test.sh; `--browser` also installs
# Debian's Chromium and Firefox ESR for the end-to-end tests.
# Needs only rustup/cargo, node/npm and apt: nothing is downloaded from
# outside crates.io, npm and Debian (trunk is told never to fetch tools).
set -euo pipefail

TRUNK_VERSION=0.21.14
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
export PATH="$repo_root/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf '\n==> %s\n' "$*"; }

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

# The compiler pinned in rust-toolchain.toml, with clippy, rustfmt and the
# wasm target: rustup 1.28 and later install it when asked, earlier ones on
# first use. Quiet when it is there; its download shows its progress.
# Never a self-update: rustup itself is the machine's, not ours to change.
rust_channel="$(awk -F'"' '/^channel/ { print $2 }' rust-toolchain.toml)"
if rustup toolchain list | grep "^$rust_channel-" > /dev/null; then
    rustup -q toolchain install --no-self-update 2> /dev/null || rustup show > /dev/null
else
    say "Installing Rust $rust_channel, the pinned compiler (once)"
    rustup toolchain install --no-self-update || rustup show
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "Installing trunk $TRUNK_VERSION (takes several minutes once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

wbg="$(wasm_bindgen_version)"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
    say "Installing wasm-bindgen-cli $wbg (takes several minutes once)"
    # Not --locked: its lockfile pins crates this registry mirror lacks.
    cargo install wasm-bindgen-cli --version "$wbg"
fi

# npm packages (binaryen's wasm-opt, Playwright), reinstalled only when the
# lockfile changes. Playwright must not fetch its own browser.
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ "$(cat node_modules/.lock-hash 2>/dev/null)" != "$lock_hash" ]; then
    say "Installing npm packages"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
    echo "$lock_hash" > node_modules/.lock-hash
fi

# Test-only system packages from Debian: Chromium and Firefox ESR for the
# end-to-end tests, Chromium's WebDriver for the platform module's tests in
# the browser (tests/browser.rs), poppler-utils for the print tests, nginx
# and its brotli module to serve the release as production would
# (deploy/nginx.conf).
brotli_module=/usr/share/nginx/modules/ngx_http_brotli_static_module.so
if [ "${1:-}" = "--browser" ] && ! { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -x /usr/bin/firefox-esr ] && command -v pdftotext > /dev/null &&
    [ -x /usr/sbin/nginx ] && [ -f "$brotli_module" ]; }; then
    say "Installing Debian's Chromium and its WebDriver, Firefox ESR, poppler-utils, nginx and its brotli module"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends \
        chromium chromium-driver firefox-esr poppler-utils nginx libnginx-mod-http-brotli-static
fi
export PATH="$PATH:/usr/sbin"
