// A synthetic 100 000-patient cohort for the cohort timings (CLI and page):
// varied values from a fixed-seed generator, some rows incomplete, a few
// invalid, as a registry export would be. Writes target/bench-cohort.csv and
// prints its path. Not patient data.
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROWS = 100_000;
export const path = fileURLToPath(new URL("../../target/bench-cohort.csv", import.meta.url));

export function writeCohort(rows = ROWS) {
    let seed = 42;
    const next = (lo, hi) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return lo + (seed % (hi - lo + 1));
    };
    const lines = ["patient_id,ck-unit,ck-uln,ck-baseline,ck-week24,mmt-max,mmt-baseline,mmt-week24,dssi-baseline,dssi-week24,site"];
    for (let i = 0; i < rows; i++) {
        const week24 = i % 50 === 0 ? ["", "", ""] : [next(50, 3000), next(40, 150), `${next(0, 60)}.${next(0, 9)}`];
        const mmtWeek24 = i % 997 === 0 ? 200 : week24[1]; // out of range: an invalid row
        lines.push(
            `R${i},U/L,200,${next(100, 5000)},${week24[0]},150,${next(40, 140)},${mmtWeek24},${next(0, 72)}.${next(0, 9)},${week24[2]},site-${i % 7}`,
        );
    }
    mkdirSync(fileURLToPath(new URL("../../target/", import.meta.url)), { recursive: true });
    writeFileSync(path, `${lines.join("\n")}\n`);
    return path;
}

if (fileURLToPath(import.meta.url) === process.argv[1]) console.log(writeCohort());
