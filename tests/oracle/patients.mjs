// Random patients for the oracle test, in hundredths (BigInt; null when
// not entered): values drawn often at 0, at a scale's top or small, and
// follow-ups drawn on or one hundredth beside the cut-offs their baseline
// implies (the TIS's bands, the DOI's 20 % and 25 %, the seed rule's 50 %
// and 2× ULN), since that is where a misreading shows.

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
    /** A value in hundredths: often 0, the top or small, else anywhere. */
    const value = (limit) => pick([0n, limit, upTo(limit < 2000n ? limit : 2000n), upTo(limit), upTo(limit)]);
    /** The value or, now and then, nothing entered. */
    const maybe = (v) => (random() < 0.12 ? null : v);
    /** A follow-up on or beside a cut-off the baseline `b` implies, or any. */
    const followUp = (b, limit, edges) => {
        const exact = edges(b).filter((v) => v !== null);
        const near = exact.flatMap((v) => [v - 1n, v, v, v + 1n]).filter(inRange(limit));
        return near.length > 0 && random() < 0.7 ? pick(near) : value(limit);
    };
    /** Exactly `b·n/d`, or nothing when that is not a whole hundredth. */
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
    const vas = scaled(1000n, [5n, 15n, 25n, 40n]);

    return Array.from({ length: runs }, () => {
        const population = pick(["adult", "juvenile"]);
        const strength = population === "juvenile" && random() < 0.5 ? "cmas" : "mmt";
        const ckUnit = pick(["U/L", "U/L", "ukat/L"]);
        const ckLimit = ckUnit === "U/L" ? 100000000n : 1666667n;
        const uln = pick([1n + upTo(ckUnit === "U/L" ? 999999n : 16666n), ckUnit === "U/L" ? 20000n : 333n]);
        const ckBase = pick([value(ckLimit), 2n * uln - 1n, 2n * uln, 2n * uln + 1n].filter(inRange(ckLimit)));
        const max = pick([15000n, 8000n, 1n + upTo(99999n)]);
        const mmtBase = value(max);
        const halved = (s0) => [times(max + s0, 1n, 2n)];
        const mmtEdges = (s0) => [...halved(s0), ...scaled(max, [2n, 10n, 20n, 30n])(s0)];
        const dssiBase = value(7200n);
        const enzymeName = pick(["ck", "ck", "ck", "aldolase", "ldh", "ast", "alt"]);
        const enzymeUnit = pick(["U/L", "ukat/L"]);
        const enzymeLimit = enzymeUnit === "U/L" ? 100000000n : 1666667n;
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
            dssi: { baseline: maybe(dssiBase), week24: maybe(followUp(dssiBase, 7200n, relative)) },
            pga: pair(1000n, vas),
            ptga: pair(1000n, vas),
            haq: pair(300n, scaled(300n, [5n, 15n, 25n, 40n])),
            extra: pair(1000n, vas),
            cmas: pair(5200n, scaled(5200n, [2n, 10n, 20n, 30n])),
            enzyme: { name: enzymeName, unit: enzymeUnit, uln: maybe(1n + upTo(16666n)), ...pair(enzymeLimit, relative) },
        };
    });
}

/** Hundredths as the CLI reads them: a JSON number or a numeric string. */
export const decimal = (v, asString) => {
    if (v === null) return null;
    const text = `${v / 100n}.${String(v % 100n).padStart(2, "0")}`;
    return asString ? text : Number(text);
};

/** A value as typed: hundredths as a decimal, nothing when not entered. */
const typed = (v) => (typeof v === "bigint" || v === null ? (decimal(v, true) ?? "") : v);

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
