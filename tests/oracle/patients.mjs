// Random patients for the oracle test, in thousandths (BigInt; null when
// not entered): values drawn often at 0, at a scale's top or small, HAQs
// often in eighths, and follow-ups drawn on or a thousandth or a hundredth
// beside the cut-offs their baseline implies (the TIS's bands, the DOI's
// 20 % and 25 %, the seed rule's 50 % and 2× ULN), since that is where a
// misreading shows.

import { LIMITS, ONE } from "./spec-oracle.mjs";

/** mulberry32: a small seeded generator, so that a failure can be rerun. */
function generator(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export function patients(seed, runs) {
    const random = generator(seed);
    const pick = (items) => items[Math.floor(random() * items.length)];
    const upTo = (limit) => BigInt(Math.floor(random() * (Number(limit) + 1)));
    const inRange = (limit) => (v) => v >= 0n && v <= limit;
    /** A value: often 0, the top or small, else anywhere; typed whole or
     *  with one to three decimals. */
    const value = (limit) => {
        const v = pick([0n, limit, upTo(limit < 20n * ONE ? limit : 20n * ONE), upTo(limit), upTo(limit)]);
        const step = pick([ONE, ONE / 10n, ONE / 100n, 1n]);
        return (v / step) * step;
    };
    /** The value or, now and then, nothing entered. */
    const maybe = (v) => (random() < 0.12 ? null : v);
    /** A follow-up on or beside a cut-off the baseline `b` implies, or any. */
    const followUp = (b, limit, edges) => {
        const exact = edges(b).filter((v) => v !== null);
        const near = exact.flatMap((v) => [v - 10n, v - 1n, v, v, v + 1n, v + 10n]).filter(inRange(limit));
        return near.length > 0 && random() < 0.7 ? pick(near) : value(limit);
    };
    /** Exactly `b·n/d`, or nothing when that is not a whole thousandth. */
    const times = (b, n, d) => ((b * n) % d === 0n ? (b * n) / d : null);
    const relative = (b) => [
        ...[5n, 15n, 25n, 40n].map((e) => times(b, 100n - e, 100n)),
        times(b, 4n, 5n), times(b, 5n, 4n), times(b, 6n, 5n), times(b, 3n, 4n), times(b, 1n, 2n),
    ];
    const scaled = (range, edges) => (b) =>
        [...edges.map((e) => times(range, e, 100n)).flatMap((d) => (d === null ? [] : [b - d, b + d])), ...relative(b)];
    const pair = (limit, edges) => {
        const b = value(limit);
        return { baseline: maybe(b), week24: maybe(followUp(b, limit, edges)) };
    };
    /** A HAQ's visits, half the time in eighths as its scoring gives them. */
    const haq = () => {
        const visits = pair(LIMITS.haq, scaled(LIMITS.haq, [5n, 15n, 25n, 40n]));
        if (random() < 0.5) return visits;
        const eighth = ONE / 8n;
        const round = (v) => (v === null ? null : (v / eighth) * eighth);
        return { baseline: round(visits.baseline), week24: round(visits.week24) };
    };
    const vas = scaled(LIMITS.vas, [5n, 15n, 25n, 40n]);

    return Array.from({ length: runs }, () => {
        const population = pick(["adult", "juvenile"]);
        const strength = population === "juvenile" && random() < 0.5 ? "cmas" : "mmt";
        const ckUnit = pick(["U/L", "U/L", "ukat/L"]);
        const ckLimit = LIMITS[ckUnit];
        // The ULN accepts up to 10 000 U/L (166.67 µkat/L); 200 U/L is typical.
        const uln = pick([1n + upTo(ckLimit / 100n - 1n), ckUnit === "U/L" ? 200n * ONE : 3330n]);
        const ckBase = pick([value(ckLimit), 2n * uln - 1n, 2n * uln, 2n * uln + 1n].filter(inRange(ckLimit)));
        const max = pick([150n * ONE, 80n * ONE, 1n + upTo(LIMITS.mmtMax - 1n)]);
        const mmtBase = value(max);
        const halved = (s0) => [times(max + s0, 1n, 2n)];
        const mmtEdges = (s0) => [...halved(s0), ...scaled(max, [2n, 10n, 20n, 30n])(s0)];
        const dssiBase = value(LIMITS.dssi);
        const enzymeName = pick(["ck", "ck", "ck", "aldolase", "ldh", "ast", "alt"]);
        const enzymeUnit = pick(["U/L", "ukat/L"]);
        const enzymeLimit = LIMITS[enzymeUnit];
        return {
            population,
            strength,
            ck: {
                unit: ckUnit,
                uln: maybe(uln),
                baseline: maybe(ckBase),
                week24: maybe(followUp(ckBase, ckLimit, relative)),
            },
            mmt: { max: maybe(max), baseline: maybe(mmtBase), week24: maybe(followUp(mmtBase, max, mmtEdges)) },
            dssi: { baseline: maybe(dssiBase), week24: maybe(followUp(dssiBase, LIMITS.dssi, relative)) },
            pga: pair(LIMITS.vas, vas),
            ptga: pair(LIMITS.vas, vas),
            haq: haq(),
            extra: pair(LIMITS.vas, vas),
            cmas: pair(LIMITS.cmas, scaled(LIMITS.cmas, [2n, 10n, 20n, 30n])),
            enzyme: { name: enzymeName, unit: enzymeUnit, uln: maybe(1n + upTo(enzymeLimit / 100n - 1n)), ...pair(enzymeLimit, relative) },
        };
    });
}

/** Thousandths as a clinician types them (`12.5`, `1.125`, `200`), for the
 *  CLI as a JSON number or a numeric string; a choice (`U/L`, `adult`) and
 *  nothing entered (null) stay as they are. */
export const decimal = (v, asString) => {
    if (typeof v !== "bigint") return v;
    const decimals = String(v % ONE).padStart(3, "0").replace(/0+$/, "");
    const text = decimals === "" ? `${v / ONE}` : `${v / ONE}.${decimals}`;
    return asString ? text : Number(text);
};

/** A value as typed: a decimal, nothing when not entered. */
const typed = (v) => decimal(v, true) ?? "";

/** The page's input ids (a cohort file's header, a link's keys), each with
 *  the patient's text for it. */
export const COLUMNS = [
    ["ck-unit", (p) => p.ck.unit], ["ck-uln", (p) => p.ck.uln], ["ck-baseline", (p) => p.ck.baseline], ["ck-week24", (p) => p.ck.week24],
    ["mmt-max", (p) => p.mmt.max], ["mmt-baseline", (p) => p.mmt.baseline], ["mmt-week24", (p) => p.mmt.week24],
    ["dssi-baseline", (p) => p.dssi.baseline], ["dssi-week24", (p) => p.dssi.week24],
    ["population", (p) => p.population], ["strength", (p) => p.strength],
    ...["pga", "ptga", "haq", "extra", "cmas"].flatMap((m) => [
        [`${m}-baseline`, (p) => p[m].baseline], [`${m}-week24`, (p) => p[m].week24],
    ]),
    ["enzyme-name", (p) => p.enzyme.name], ["enzyme-unit", (p) => p.enzyme.unit], ["enzyme-uln", (p) => p.enzyme.uln],
    ["enzyme-baseline", (p) => p.enzyme.baseline], ["enzyme-week24", (p) => p.enzyme.week24],
].map(([id, read]) => [id, (p) => typed(read(p))]);
