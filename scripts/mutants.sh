#!/usr/bin/env bash
# Mutation testing (cargo-mutants, installed here if missing): each small
# change to a crate's code (a `>` for a `>=`, a match arm deleted, a
# function returning a constant) must make one of its tests fail. A change
# that passes them all ("missed") is a rule, a reason, a note or a message
# no test holds. Not part of CI. On two idle cores:
#   core    784 mutants, about 35 min. The core's fast tests are run, not
#           tests/properties.rs (half a minute per mutant), nor the page's,
#           CLI's and cohort's, so codes, labels and counting indices that
#           only those read show as missed; those crates' tests hold them
#           (the 40 codes and labels were checked so: all caught).
#   cohort  211 mutants, about 14 min, with the cohort's and the CLI's
#           tests; none missed (2026-12-03).
#   cli      92 mutants, about 4 min; the 6 missed (2026-12-03) are the
#           JSON walker's equivalents below.
#   page    221 mutants, 9 to 18 min: the web crate against its native
#           tests only (unit and markup; the end-to-end tests would take
#           minutes per mutant), without src/platform/browser, which does
#           not build natively. Its 34 missed (2026-12-05) are each held by
#           the end-to-end tests or are native stand-ins: the pages'
#           `main`s, hooks and event handlers (the address, timers, a
#           chosen or dropped file, a copy, the table's paging, the time a
#           cohort took, which the native clock cannot show) and 12 in the
#           stand-ins of src/platform/native.rs. Read a new one by hand.
#   To test only what a change touched: `--in-diff FILE` (a `git diff`).
# Known equivalent (no input tells them apart): in the core, `Form::empty`
# as `Default::default()`, `Inputs::may_doubt` as `true` (a fast path
# only), `rounded_percent`'s `<` as `<=` and the TIS denominator's `>` as
# `>=` (both give the same result at the edge); in the CLI, the JSON
# walker's visits of a bool, number, string or null as
# `Ok(Default::default())` (what they return already) and its `expecting`
# text (no one shows it).
#   bash scripts/mutants.sh                                   # the core
#   bash scripts/mutants.sh cohort                            # or cli, page
#   bash scripts/mutants.sh core -f crates/dmscore-core/src/definitions/doi.rs
# Results in target/mutants/CRATE/mutants.out (missed.txt, caught.txt).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
crate=core
case "${1:-}" in core | cohort | cli | page) crate=$1 && shift ;; esac
case "$crate" in
    core) tests=(-p dmscore-core -- --lib --test spec_boundaries --test tis_boundaries
        --test doi_boundaries --test today_properties --test definitions) ;;
    cohort) tests=(-p dmscore-cohort --test-package dmscore-cohort,dmscore-cli -- --tests) ;;
    cli) tests=(-p dmscore-cli -- --tests) ;;
    page) tests=(-p dm-remission --exclude 'src/platform/browser/**' -- --tests) ;;
esac
cargo mutants --version 2>/dev/null | grep -q '25.3.1' || cargo install cargo-mutants --version 25.3.1
# cargo-mutants makes mutants.out but not its parent: a fresh tree has none.
mkdir -p "target/mutants/$crate"
cargo mutants -j 2 --timeout 120 --output "target/mutants/$crate" --cargo-arg=--locked "$@" "${tests[@]}"
