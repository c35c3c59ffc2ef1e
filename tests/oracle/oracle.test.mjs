// The dmscore CLI against a second reading of the spec (spec-oracle.mjs),
// on random patients whose values sit on and beside every cut-off, with
// values missing: the verdict and statuses of the seed rule, the TIS's
// points, range and category, and the DOI's changes and status.
//
// Deterministic: ORACLE_SEED picks other patients, ORACLE_RUNS how many.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { MEASURES, partialRemission, tis, doi, coreSet } from "./spec-oracle.mjs";
import { patients } from "./patients.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dmscore = process.env.DMSCORE ?? `${root}target/release/dmscore`;
const SEED = Number(process.env.ORACLE_SEED ?? 20261202);
const RUNS = Number(process.env.ORACLE_RUNS ?? 1500);

/** Hundredths as the CLI reads them: a JSON number or a numeric string. */
const decimal = (v, asString) => {
    if (v === null) return null;
    const text = `${v / 100n}.${String(v % 100n).padStart(2, "0")}`;
    return asString ? text : Number(text);
};

function cliInput(p, index) {
    const asString = index % 2 === 0;
    const visits = (group) =>
        Object.fromEntries(Object.entries(group).map(([k, v]) => [k, typeof v === "bigint" || v === null ? decimal(v, asString) : v]));
    const input = Object.fromEntries(
        Object.entries(p).map(([k, v]) => [k, typeof v === "object" ? visits(v) : v]),
    );
    if (p.enzyme.name === "ck" && index % 3 === 0) delete input.enzyme;
    return input;
}

/** A shown percentage is the exact one to within its rounding, and on the
 *  same side of every cut-off: each of `cutOffs` says whether a fraction
 *  [numerator, denominator] of 100 % is past one. */
function checkShown(shown, exact, cutOffs, what) {
    if (exact === null) {
        assert.equal(shown, null, what);
        return;
    }
    const [num, den] = exact;
    assert.ok(Math.abs(shown - Number(num) / Number(den)) <= 0.05 + 1e-9, `${shown} %, ${what}`);
    const read = fraction(shown);
    cutOffs.forEach((past, i) => assert.equal(past(read), past(exact), `${shown} % past cut-off ${i}? ${what}`));
}

/** A JSON number as the exact decimal it was written as (JavaScript's
 *  shortest form reads back to the same digits). */
function fraction(number) {
    const [mantissa, exponent = "0"] = String(number).split("e");
    const [whole, decimals = ""] = mantissa.split(".");
    const scale = BigInt(decimals.length) - BigInt(exponent);
    const digits = BigInt(whole + decimals);
    return scale >= 0n ? [digits, 10n ** scale] : [digits * 10n ** -scale, 1n];
}

const HALVED = [([n, d]) => n >= 50n * d];
const TIS_BANDS = (id) => MEASURES[id].edges.map((e) => ([n, d]) => n > e * d);
const DOI_CHANGES = [([n, d]) => n >= 20n * d, ([n, d]) => n <= -25n * d];

test("the CLI scores random patients as the spec's text does", (t) => {
    t.diagnostic(`${RUNS} patients, seed ${SEED}`);
    patients(SEED, RUNS).forEach((p, index) => {
        const input = cliInput(p, index);
        const out = JSON.parse(execFileSync(dmscore, { input: JSON.stringify(input) }).toString());
        const context = `patient ${index} of seed ${SEED}: ${JSON.stringify(input)}`;

        const seed = partialRemission(p);
        assert.equal(out.verdict, seed.verdict, context);
        for (const [id, c] of Object.entries(seed.criteria)) {
            assert.equal(out.criteria[id].status, c.status, `${id}: ${context}`);
            checkShown(out.criteria[id].improvement_percent, c.percent, HALVED, `${id}: ${context}`);
        }

        const score = tis(p);
        assert.equal(out.tis.category, score.category, `TIS category: ${context}`);
        assert.equal(out.tis.score_min, score.scoreMin, `TIS minimum: ${context}`);
        assert.equal(out.tis.score_max, score.scoreMax, `TIS maximum: ${context}`);
        assert.equal(out.tis.score, score.missing.length === 0 ? score.scoreMin : null, `TIS: ${context}`);
        assert.deepEqual(out.tis.missing, score.missing, `TIS missing: ${context}`);
        for (const [id, m] of Object.entries(score.measures)) {
            const shown = out.tis.measures[id];
            assert.equal(shown.points, m.points, `TIS ${id} points: ${context}`);
            checkShown(shown.improvement_percent, m.percent, TIS_BANDS(id), `TIS ${id}: ${context}`);
        }

        const d = doi(p);
        assert.equal(out.doi.status, d.status, `DOI status: ${context}`);
        assert.deepEqual(out.doi.missing, d.missing, `DOI missing: ${context}`);
        const ids = coreSet(p).map((m) => m.id);
        const withChange = (c) => ids.filter((id) => d.changes[id] === c);
        assert.deepEqual(out.doi.improved, withChange("improved"), `DOI improved: ${context}`);
        assert.deepEqual(out.doi.worsened, withChange("worsened"), `DOI worsened: ${context}`);
        for (const id of ids) {
            const shown = out.doi.measures[id];
            assert.equal(shown.change, d.changes[id] ?? null, `DOI ${id}: ${context}`);
            checkShown(shown.improvement_percent, d.percents[id] ?? null, DOI_CHANGES, `DOI ${id}: ${context}`);
        }
    });
});
