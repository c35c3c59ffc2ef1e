#!/usr/bin/env bash
# Fuzzes the four parsers of untrusted input with libFuzzer (cargo-fuzz,
# nightly toolchain; both installed here if missing). Not part of CI: the
# proptest versions of these properties run there. Each target runs RUNS
# executions (default 10 million; cohort_csv is the slow one, about 1 300
# a second, so RUNS=1000000 is a quarter-hour for it); a crash stops the
# script with its input saved under fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS="${RUNS:-10000000}"
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
cargo fuzz --version 2>/dev/null | grep -q '0.13' || cargo install cargo-fuzz --version 0.13.1 --locked

for target in decimal link_fragment cli_json cohort_csv; do
    echo "==> $target: $RUNS executions"
    # Safe Rust: a panic is the failure sought, so no sanitizer is needed.
    cargo +nightly fuzz run --sanitizer none --release "$target" -- \
        -runs="$RUNS" -max_len=4096 -print_final_stats=1 2>&1 |
        grep -E "stat::number_of_executed_units|stat::peak_rss|Done|crash|panicked|ERROR" || true
    test "${PIPESTATUS[0]}" -eq 0
done
