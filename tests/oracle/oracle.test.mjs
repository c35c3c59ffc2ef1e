// The dmscore CLI, one patient as JSON and a cohort as CSV, against a
// second reading of the spec (spec-oracle.mjs), on random patients whose
// values sit on and beside every cut-off, with values missing: the seed
// rule's verdict, statuses and percents, the TIS's points, range and
// category, and the DOI's changes and status.
//
// Deterministic: ORACLE_SEED picks other patients, ORACLE_RUNS how many.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { MEASURES, partialRemission, tis, doi, coreSet } from "./spec-oracle.mjs";
import { COLUMNS, decimal, patients } from "./patients.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dmscore = process.env.DMSCORE ?? `${root}target/release/dmscore`;
const SEED = Number(process.env.ORACLE_SEED ?? 20261202);
const RUNS = Number(process.env.ORACLE_RUNS ?? 1500);

function cliInput(p, index) {
    const asString = index % 2 === 0;
    const visits = (group) => Object.fromEntries(Object.entries(group).map(([k, v]) => [k, decimal(v, asString)]));
    const input = Object.fromEntries(
        Object.entries(p).map(([k, v]) => [k, typeof v === "object" ? visits(v) : v]),
    );
    if (p.enzyme.name === "ck" && index % 3 === 0) delete input.enzyme;
    return input;
}

/** A shown percentage is the exact one to within its rounding, and on the
 *  same side of every cut-off: each of `cutOffs` says whether a percentage,
 *  as the fraction [numerator, denominator], is past one. */
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

/** What both outputs give: the seed rule's verdict, statuses and
 *  percents, the TIS's range and category, and the DOI's status. */
function checkSummary(got, p, context) {
    const seed = partialRemission(p);
    assert.equal(got.verdict, seed.verdict, context);
    for (const [id, c] of Object.entries(seed.criteria)) {
        assert.equal(got.criteria[id].status, c.status, `${id}: ${context}`);
        checkShown(got.criteria[id].percent, c.percent, HALVED, `${id}: ${context}`);
    }
    const score = tis(p);
    assert.equal(got.tis.category, score.category, `TIS category: ${context}`);
    assert.equal(got.tis.min, score.scoreMin, `TIS minimum: ${context}`);
    assert.equal(got.tis.max, score.scoreMax, `TIS maximum: ${context}`);
    assert.equal(got.tis.score, score.missing.length === 0 ? score.scoreMin : null, `TIS: ${context}`);
    assert.equal(got.doi, doi(p).status, `DOI status: ${context}`);
}

const CRITERIA = ["ck", "mmt", "dssi"];

test("the CLI scores random patients as the spec's text does", (t) => {
    t.diagnostic(`${RUNS} patients, seed ${SEED}`);
    patients(SEED, RUNS).forEach((p, index) => {
        const input = cliInput(p, index);
        const out = JSON.parse(execFileSync(dmscore, { input: JSON.stringify(input) }).toString());
        const context = `patient ${index} of seed ${SEED}: ${JSON.stringify(input)}`;
        checkSummary(
            {
                verdict: out.verdict,
                criteria: Object.fromEntries(
                    CRITERIA.map((id) => [id, { status: out.criteria[id].status, percent: out.criteria[id].improvement_percent }]),
                ),
                tis: { category: out.tis.category, min: out.tis.score_min, max: out.tis.score_max, score: out.tis.score },
                doi: out.doi.status,
            },
            p,
            context,
        );

        const score = tis(p);
        assert.deepEqual(out.tis.missing, score.missing, `TIS missing: ${context}`);
        for (const [id, m] of Object.entries(score.measures)) {
            const shown = out.tis.measures[id];
            assert.equal(shown.points, m.points, `TIS ${id} points: ${context}`);
            checkShown(shown.improvement_percent, m.percent, TIS_BANDS(id), `TIS ${id}: ${context}`);
        }

        const d = doi(p);
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

/** A results file's rows as objects by header; quoted cells may hold
 *  commas, quotes doubled and line breaks (RFC 4180). */
function readCsv(text) {
    const rows = [[]];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') cell += text[++i];
            else if (c === '"') quoted = false;
            else cell += c;
        } else if (c === '"') quoted = true;
        else if (c === ",") rows.at(-1).push(cell), (cell = "");
        else if (c === "\n") rows.at(-1).push(cell), (cell = ""), rows.push([]);
        else if (c !== "\r") cell += c;
    }
    if (cell !== "" || rows.at(-1).length > 0) rows.at(-1).push(cell);
    const [header, ...body] = rows.filter((r) => r.length > 1);
    return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

test("the cohort CLI scores the same patients as the spec's text does", (t) => {
    const all = patients(SEED, RUNS);
    const file = [
        ["patient_id", ...COLUMNS.map(([id]) => id)].join(","),
        ...all.map((p, index) => [`P${index}`, ...COLUMNS.map(([, text]) => text(p))].join(",")),
    ].join("\n");
    const rows = readCsv(execFileSync(dmscore, ["--csv", "-"], { input: file, stdio: ["pipe", "pipe", "ignore"] }).toString());
    assert.equal(rows.length, all.length);
    t.diagnostic(`${rows.length} rows, seed ${SEED}`);
    const number = (text) => (text === "" ? null : Number(text));
    rows.forEach((row, index) => {
        const context = `row ${index + 1} of seed ${SEED}: ${file.split("\n")[index + 1]}`;
        assert.equal(row.patient_id, `P${index}`, context);
        assert.equal(row.errors, "", context);
        checkSummary(
            {
                verdict: row.verdict,
                criteria: Object.fromEntries(
                    CRITERIA.map((id) => [id, { status: row[`${id}_status`], percent: number(row[`${id}_improvement_percent`]) }]),
                ),
                tis: {
                    category: row.tis_category,
                    min: number(row.tis_score_min),
                    max: number(row.tis_score_max),
                    score: number(row.tis_score),
                },
                doi: row.doi_status,
            },
            all[index],
            context,
        );
    });
});
