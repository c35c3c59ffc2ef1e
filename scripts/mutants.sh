#!/usr/bin/env bash
# Mutation testing of the scoring core (cargo-mutants, installed here if
# missing): each small change to the core's code (a `>` for a `>=`, a match
# arm deleted, a function returning a constant) must make one of the core's
# own tests fail. A change that passes them all ("missed") is a rule, a
# reason or a note no core test holds. Not part of CI: on two idle cores
# the whole core (777 mutants) takes about 50 minutes. The core's fast
# tests are run, not tests/properties.rs (half a minute per mutant). The
# page's, CLI's and cohort's tests are not run, so codes, labels and
# counting indices that only those read show as missed here; those
# crates' tests are what hold them.
# Known equivalent (no input tells them apart): `Form::empty` as
# `Default::default()`, `Inputs::may_doubt` as `true` (a fast path only),
# `rounded_percent`'s `<` as `<=` and the TIS denominator's `>` as `>=`
# (both give the same result at the edge).
#   bash scripts/mutants.sh                                   # the whole core
#   bash scripts/mutants.sh -f crates/dmscore-core/src/definitions/doi.rs
# Results in target/mutants/mutants.out (missed.txt, caught.txt).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo mutants --version 2>/dev/null | grep -q '25.3.1' || cargo install cargo-mutants --version 25.3.1
cargo mutants -p dmscore-core -j 2 --timeout 90 --output target/mutants --cargo-arg=--locked "$@" -- \
    --lib --test spec_boundaries --test tis_boundaries --test doi_boundaries \
    --test today_properties --test definitions
