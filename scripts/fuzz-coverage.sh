#!/usr/bin/env bash
# How deep each fuzz target reaches: replays its corpus (fuzz/corpus/<target>,
# grown by scripts/fuzz.sh, plus the committed seeds) through a
# coverage-instrumented build and prints the line and region coverage of the
# project's own crates. Needs the nightly toolchain with llvm-tools.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
TARGETS="${TARGETS:-decimal link_fragment cli_json cohort_csv}"
rustup component list --toolchain nightly --installed | grep llvm-tools > /dev/null ||
    rustup component add llvm-tools-preview --toolchain nightly
host="$(rustc +nightly -vV | sed -n 's/^host: //p')"
llvm_cov="$(rustc +nightly --print sysroot)/lib/rustlib/$host/bin/llvm-cov"
for target in $TARGETS; do
    mkdir -p "fuzz/corpus/$target"
    cp -n fuzz/seeds/"$target"/* "fuzz/corpus/$target/" 2>/dev/null || true
    cargo +nightly fuzz coverage --sanitizer none "$target" "fuzz/corpus/$target" > /dev/null 2>&1
    echo "==> $target ($(ls "fuzz/corpus/$target" | wc -l) inputs)"
    "$llvm_cov" report "target/$host/coverage/$host/release/$target" \
        -instr-profile="fuzz/coverage/$target/coverage.profdata" \
        -ignore-filename-regex='(\.cargo|rustc|fuzz_targets)/' | sed 's|.*/crates/||' | awk 'NR<=2 || /\.rs/ || /^TOTAL/'
done
