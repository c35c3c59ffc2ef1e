// The three definitions computed a second time, straight from the spec's
// text (shared/spec/partial-remission.md, response-criteria.md), in exact
// integer arithmetic and without any of the core's code or its shortcuts:
// a check that the core and its own tests do not share a misreading.
//
// Every value is a BigInt count of thousandths, or null when not entered.

/** Thousandths per unit: fine enough for a HAQ in eighths (1.125). */
export const ONE = 1000n;

/** The largest value each scale accepts, and a CK or enzyme unit's. */
export const LIMITS = {
    vas: 10n * ONE,
    haq: 3n * ONE,
    cmas: 52n * ONE,
    dssi: 72n * ONE,
    mmtMax: 1000n * ONE,
    "U/L": 1000000n * ONE,
    "ukat/L": (1666667n * ONE) / 100n,
};

/** The six core set measures: range in thousandths (null: relative to
 *  baseline), which way is better, band edges in percent, and points per
 *  band doubled so that 7.5 is an integer. */
export const MEASURES = {
    pga: { range: LIMITS.vas, lowerBetter: true, edges: [5n, 15n, 25n, 40n], points: [0, 15, 30, 35, 40] },
    ptga: { range: LIMITS.vas, lowerBetter: true, edges: [5n, 15n, 25n, 40n], points: [0, 5, 10, 15, 20] },
    mmt: { range: null, lowerBetter: false, edges: [2n, 10n, 20n, 30n], points: [0, 20, 40, 55, 65] },
    cmas: { range: LIMITS.cmas, lowerBetter: false, edges: [2n, 10n, 20n, 30n], points: [0, 20, 40, 55, 65] },
    haq: { range: LIMITS.haq, lowerBetter: true, edges: [5n, 15n, 25n, 40n], points: [0, 10, 15, 15, 20] },
    enzyme: { range: null, lowerBetter: true, edges: [5n, 15n, 25n, 40n], points: [0, 5, 10, 15, 15] },
    extra: { range: LIMITS.vas, lowerBetter: true, edges: [5n, 15n, 25n, 40n], points: [0, 15, 25, 30, 40] },
};

/** Category thresholds, doubled like the points. */
const CATEGORIES = {
    adult: [["major", 120], ["moderate", 80], ["minimal", 40]],
    juvenile: [["major", 140], ["moderate", 90], ["minimal", 60]],
};

const entered = (...values) => values.every((v) => v !== null);

/** A patient's six measures for the TIS and the DOI: id, baseline,
 *  follow-up, the MMT maximum where the TIS needs it, and the largest
 *  value a visit may take (for MMT with no maximum entered, 1000: the
 *  largest maximum the spec accepts). */
export function coreSet(p) {
    const cmas = p.population === "juvenile" && p.strength === "cmas";
    const ck = p.enzyme.name === "ck";
    const enzyme = ck ? p.ck : p.enzyme;
    return [
        { id: "pga", b: p.pga.baseline, f: p.pga.week24, limit: LIMITS.vas },
        { id: "ptga", b: p.ptga.baseline, f: p.ptga.week24, limit: LIMITS.vas },
        cmas
            ? { id: "cmas", b: p.cmas.baseline, f: p.cmas.week24, limit: LIMITS.cmas }
            : { id: "mmt", b: p.mmt.baseline, f: p.mmt.week24, max: p.mmt.max, limit: p.mmt.max ?? LIMITS.mmtMax },
        { id: "haq", b: p.haq.baseline, f: p.haq.week24, limit: LIMITS.haq },
        { id: "enzyme", b: enzyme.baseline, f: enzyme.week24, limit: LIMITS[enzyme.unit] },
        { id: "extra", b: p.extra.baseline, f: p.extra.week24, limit: LIMITS.vas },
    ];
}

/** The improvement in percent as the fraction [numerator, denominator > 0],
 *  or null where the spec gives none (an enzyme's baseline of 0). */
function tisPercent(m) {
    const spec = MEASURES[m.id];
    const gain = spec.lowerBetter ? m.b - m.f : m.f - m.b;
    const den = m.id === "mmt" ? m.max : spec.range ?? m.b;
    return den > 0n ? [100n * gain, den] : null;
}

/** ACR/EULAR 2016: each measure's percent and points, the score's range and
 *  the category. */
export function tis(p) {
    const measures = {};
    let known = 0;
    let open = 0;
    const missing = [];
    for (const m of coreSet(p)) {
        const spec = MEASURES[m.id];
        if (!entered(m.b, m.f) || (m.id === "mmt" && m.max === null)) {
            missing.push(m.id);
            open += spec.points[4];
            measures[m.id] = { percent: null, points: null };
            continue;
        }
        const percent = tisPercent(m);
        const band = percent === null ? 0 : spec.edges.filter((e) => percent[0] > e * percent[1]).length;
        known += spec.points[band];
        measures[m.id] = { percent, points: spec.points[band] / 2 };
    }
    const category = (doubled) =>
        (CATEGORIES[p.population].find(([, at]) => doubled >= at) ?? ["none"])[0];
    const [low, high] = [category(known), category(known + open)];
    return {
        measures,
        missing,
        scoreMin: known / 2,
        scoreMax: (known + open) / 2,
        category: low === high ? low : "indeterminate",
    };
}

/** IMACS 2004: what one measure did between its visits. */
export function doiChange(id, b, f) {
    const lowerBetter = MEASURES[id].lowerBetter;
    if (b === 0n) {
        if (f === 0n) return "neither";
        return lowerBetter ? "worsened" : "improved";
    }
    const gain = lowerBetter ? b - f : f - b;
    if (5n * gain >= b) return "improved";
    if (-4n * gain >= b) return "worsened";
    return "neither";
}

/** The changes a measure could show, by trying witnesses for what is not
 *  entered: 0, the scale's top, and the known visit times each ratio that
 *  puts it on or beside a cut-off, kept within 0..limit. */
function reachable(m) {
    const ratios = [[1n, 2n], [3n, 4n], [4n, 5n], [9n, 10n], [1n, 1n], [11n, 10n], [6n, 5n], [5n, 4n], [4n, 3n], [3n, 2n], [2n, 1n]];
    const fill = (known) => {
        const values = [0n, m.limit * 100n, m.limit * 50n];
        if (known !== null) {
            // Every value scaled by 100, so that 0.75·k, 0.8·k, 1.2·k and
            // 1.25·k are exact.
            for (const [n, d] of ratios) values.push((known * 100n * n) / d);
        }
        return values.filter((v) => v <= m.limit * 100n);
    };
    const bs = m.b === null ? fill(m.f) : [m.b * 100n];
    const fs = m.f === null ? fill(m.b) : [m.f * 100n];
    const seen = new Set();
    for (const b of bs) for (const f of fs) seen.add(doiChange(m.id, b, f));
    return [...seen];
}

const meets = (changes) => {
    const count = (c) => changes.filter(([, x]) => x === c).length;
    const strengthWorse = changes.some(([id, c]) => (id === "mmt" || id === "cmas") && c === "worsened");
    return count("improved") >= 3 && count("worsened") <= 2 && !strengthWorse;
};

/** IMACS 2004: each entered measure's change and percent of baseline (none
 *  from a baseline of 0), and the status, trying every combination of what
 *  the missing measures could show. */
export function doi(p) {
    const set = coreSet(p);
    const changes = {};
    const percents = {};
    const missing = [];
    let combos = [[]];
    for (const m of set) {
        const options = entered(m.b, m.f) ? [doiChange(m.id, m.b, m.f)] : reachable(m);
        if (entered(m.b, m.f)) {
            changes[m.id] = options[0];
            const gain = MEASURES[m.id].lowerBetter ? m.b - m.f : m.f - m.b;
            percents[m.id] = m.b > 0n ? [100n * gain, m.b] : null;
        } else {
            missing.push(m.id);
        }
        combos = combos.flatMap((c) => options.map((o) => [...c, [m.id, o]]));
    }
    const results = new Set(combos.map(meets));
    const status = results.size === 2 ? "indeterminate" : results.has(true) ? "met" : "not_met";
    return { changes, percents, missing, status };
}

/** Partial remission (Chung et al. 2007): each criterion's status and
 *  improvement in percent (as a fraction, once every value is entered and
 *  the baseline leaves something to reduce), and the verdict. */
export function partialRemission(p) {
    /** A criterion met when the value before is at least halved after;
     *  `read` gives whether the baseline lets it be judged, then the value
     *  before and after, and is called only once `values` are entered. */
    const halving = (values, read) => {
        if (!entered(...values)) return { status: "not_entered", percent: null };
        const [qualifies, before, after] = read();
        const percent = before > 0n ? [100n * (before - after), before] : null;
        if (!qualifies) return { status: "not_evaluable", percent };
        return { status: 2n * after <= before ? "met" : "not_met", percent };
    };
    const { ck, mmt, dssi } = p;
    const criteria = {
        ck: halving([ck.uln, ck.baseline, ck.week24], () => [ck.baseline > 2n * ck.uln, ck.baseline, ck.week24]),
        mmt: halving([mmt.max, mmt.baseline, mmt.week24], () => {
            const [deficit, left] = [mmt.max - mmt.baseline, mmt.max - mmt.week24];
            return [deficit > 0n, deficit, left];
        }),
        dssi: halving([dssi.baseline, dssi.week24], () => [dssi.baseline > 0n, dssi.baseline, dssi.week24]),
    };
    const all = Object.values(criteria).map((c) => c.status);
    const verdict = all.includes("met")
        ? "achieved"
        : all.includes("not_entered")
          ? "indeterminate"
          : "not_achieved";
    return { verdict, criteria };
}
