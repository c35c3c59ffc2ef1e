// Prints Playwright's JSON results as one plain closing line that any CI log
// reader understands: "e2e: N passed, N failed[, N skipped]".
import { readFileSync } from "node:fs";

const file = process.argv[2];
let stats;
try {
    stats = JSON.parse(readFileSync(file, "utf8")).stats;
} catch (e) {
    console.log(`e2e: 0 passed, 1 failed (no results in ${file}: ${e.message})`);
    process.exit(1);
}
const failed = stats.unexpected + stats.flaky;
const skipped = stats.skipped ? `, ${stats.skipped} skipped` : "";
console.log(`e2e: ${stats.expected} passed, ${failed} failed${skipped}`);
process.exit(failed > 0 ? 1 : 0);
