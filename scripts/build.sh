#!/usr/bin/env bash
# Builds the release site into dist/: the calculator (index.html, sized for
# a first visit), the cohort page in dist/cohort/ (cohort.html) and the
# report page in dist/report/ (report.html), each a wasm opened on purpose,
# and the static definitions page in dist/definitions/. Trunk builds one
# page per run and empties its dist directory first, so the calculator goes
# first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The wasm names the source file of each place that could panic (never
# shown: a panic stops the page), and these paths differ from machine to
# machine: crates.io's sources are kept under CARGO_HOME (the same build
# was 120 B gzip larger from /home/dev/.cargo than from /root/.cargo, more
# than the budget had left), and once any path is mapped, the standard
# library's are read from rust-src where it is installed. Both are mapped
# to names that are the same everywhere: `yew-0.23.0/src/…` and the
# toolchain's own `/rustc/<commit>/…`. `cargo metadata` first unpacks
# every crate, so that its folder exists to be named. The flags go to
# trunk's wasm builds alone, separated as cargo's encoded form wants, so
# a folder's name may hold a space.
cargo metadata --locked --format-version 1 > /dev/null
remaps=""
for index in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
    [ -d "$index" ] || continue
    remaps+="--remap-path-prefix=$index="$'\x1f'
done
remaps+="--remap-path-prefix=$(rustc --print sysroot)/lib/rustlib/src/rust/=/rustc/$(rustc -vV | sed -n 's/^commit-hash: //p')/"
wasm_build() { CARGO_ENCODED_RUSTFLAGS="$remaps" trunk build "$@"; }
echo "Expect trunk's 'Failed to minify JS' warning once per page: its minifier cannot read wasm-bindgen's glue, which scripts/post-build.mjs minifies with terser."
wasm_build --release --offline "$@"
wasm_build cohort.html --dist dist/cohort --release --offline "$@"
wasm_build report.html --dist dist/report --release --offline "$@"
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
