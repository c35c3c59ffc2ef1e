#!/usr/bin/env bash
# Measures each release-profile lever on its own against the committed
# wasm profile (`wasm-release` in Cargo.toml: opt-level "z", lto,
# codegen-units 1, panic abort; wasm-opt -Oz)
# and prints the first-load sizes. Slow (one release build per row); not CI.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

row() {
    local name="$1"; shift
    env "$@" trunk build --release --offline > /dev/null 2>&1
    node -e '
        import("./scripts/bundle-size.mjs").then(({ bundleSizes }) => {
            const { files, total } = bundleSizes();
            const wasm = files.find((f) => f.name.endsWith(".wasm"));
            console.log(`| ${process.argv[1]} | ${wasm.raw} | ${wasm.gzip} | ${total.gzip} | ${total.brotli} |`);
        });' "$name"
}

echo "| lever | wasm raw | wasm gzip | total gzip | total brotli |"
echo "|---|---|---|---|---|"
row "committed profile" CARGO_PROFILE_WASM_RELEASE_OPT_LEVEL=z
row "opt-level \"s\"" CARGO_PROFILE_WASM_RELEASE_OPT_LEVEL=s
row "opt-level 3" CARGO_PROFILE_WASM_RELEASE_OPT_LEVEL=3
row "no LTO" CARGO_PROFILE_WASM_RELEASE_LTO=false
row "codegen-units 16" CARGO_PROFILE_WASM_RELEASE_CODEGEN_UNITS=16
row "panic = unwind" CARGO_PROFILE_WASM_RELEASE_PANIC=unwind
# Without wasm-opt: the same build with trunk's optimisation level 0.
sed -i 's/data-wasm-opt="z"/data-wasm-opt="0"/' index.html
trap 'sed -i "s/data-wasm-opt=\"0\"/data-wasm-opt=\"z\"/" index.html' EXIT
row "no wasm-opt" CARGO_PROFILE_WASM_RELEASE_OPT_LEVEL=z
sed -i 's/data-wasm-opt="0"/data-wasm-opt="z"/' index.html
trap - EXIT
bash scripts/build.sh > /dev/null 2>&1
