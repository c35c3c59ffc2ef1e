#!/usr/bin/env bash
# Fuzzes the four parsers of untrusted input with libFuzzer (cargo-fuzz,
# nightly toolchain; both installed here if missing). Not part of CI: the
# proptest versions of these properties run there. Each target starts from
# committed valid inputs (fuzz/seeds/<target>: the test fixtures and cases)
# and a dictionary of the contract's keys and values (fuzz/dict), so the
# mutations reach the scoring rather than dying at the parser; what it finds
# is kept in fuzz/corpus/<target> (not committed) for the next run and for
# scripts/fuzz-coverage.sh. Each target runs RUNS executions (default 10
# million; RUNS_COHORT for cohort_csv, the slow one, default 1 million); a
# crash stops the script with its input saved under fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS="${RUNS:-10000000}"
RUNS_COHORT="${RUNS_COHORT:-1000000}"
TARGETS="${TARGETS:-decimal link_fragment cli_json cohort_csv}"
rustup toolchain list | grep '^nightly' > /dev/null || rustup toolchain install nightly --profile minimal --no-self-update
cargo fuzz --version 2>/dev/null | grep -q '0.13' || cargo install cargo-fuzz --version 0.13.1 --locked

for target in $TARGETS; do
    runs="$RUNS"
    [ "$target" = cohort_csv ] && runs="$RUNS_COHORT"
    echo "==> $target: $runs executions"
    mkdir -p "fuzz/corpus/$target"
    # Safe Rust: a panic is the failure sought, so no sanitizer is needed.
    cargo +nightly fuzz run --sanitizer none --release "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
        -runs="$runs" -max_len=4096 -dict="fuzz/dict/$target.dict" -print_final_stats=1 2>&1 |
        grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss|Done|crash|panicked|ERROR" || true
    test "${PIPESTATUS[0]}" -eq 0
done
