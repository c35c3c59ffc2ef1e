// Cohort mode in the page (issue 7): a CSV chosen, dropped or pasted is
// read in the tab, every patient scored, counted and listed; bad rows are
// named by row and column without losing the others; results download as
// the CLI's CSV; each row opens in the calculator with its values.
import { test, expect } from "@playwright/test";
import { axeViolations } from "./axe.mjs";
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const FIXTURE = fileURLToPath(new URL("../fixtures/seed-trial-synthetic.csv", import.meta.url));
const DMSCORE = fileURLToPath(new URL("../../target/release/dmscore", import.meta.url));

async function openCohort(page) {
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto("cohort/");
    await expect(page.locator("#cohort-file")).toBeEnabled(); // the app is live
    return errors;
}

const count = (page, id) => page.locator(`#count-${id}`).getAttribute("data-count");

test("the synthetic seed-trial cohort: 3 achieved, all through MMT alone, the withdrawal indeterminate", async ({ page }) => {
    const errors = await openCohort(page);
    await page.locator("#cohort-file").setInputFiles(FIXTURE);
    await expect(page.locator("#cohort-status")).toContainText("seed-trial-synthetic.csv: 8 patients read and scored");
    expect(await count(page, "achieved")).toBe("3");
    expect(await count(page, "not-achieved")).toBe("4");
    expect(await count(page, "indeterminate")).toBe("1");
    expect(await count(page, "invalid")).toBe("0");
    expect(await count(page, "mmt-met")).toBe("3");
    expect(await count(page, "mmt-alone")).toBe("3");
    expect(await count(page, "ck-met")).toBe("0");
    expect(await count(page, "dssi-met")).toBe("0");
    await expect(page.locator("#cohort-ignored")).toHaveText("Ignored unknown columns: note.");
    // The same visits by today's criteria (as dmscore --csv counts them).
    expect(await count(page, "tis-major")).toBe("1");
    expect(await count(page, "tis-moderate")).toBe("2");
    expect(await count(page, "tis-minimal")).toBe("1");
    expect(await count(page, "tis-none")).toBe("3");
    expect(await count(page, "tis-indeterminate")).toBe("1");
    expect(await count(page, "population-adult")).toBe("8");
    expect(await count(page, "population-juvenile")).toBe("0");
    expect(await count(page, "doi-met")).toBe("3");
    expect(await count(page, "doi-not_met")).toBe("4");
    expect(await count(page, "doi-indeterminate")).toBe("1");

    const rows = page.locator("#cohort-table tbody tr");
    await expect(rows).toHaveCount(8);
    const withdrawn = rows.filter({ hasText: "SYN-07" });
    await expect(withdrawn.locator("td[data-verdict]")).toHaveAttribute("data-verdict", "indeterminate");
    const achieved = page.locator("#cohort-table td[data-verdict='achieved']");
    await expect(achieved).toHaveCount(3);
    expect(errors).toEqual([]);
});

test("the synthetic example is the fixture, one click away", async ({ page }) => {
    await openCohort(page);
    await page.locator("#cohort-example").click();
    await expect(page.locator("#cohort-status")).toContainText("synthetic example: 8 patients");
    expect(await count(page, "achieved")).toBe("3");
    expect(await count(page, "mmt-alone")).toBe("3");
});

test("page and CLI agree row by row on the fixture", async ({ page }) => {
    const cli = spawnSync(DMSCORE, ["--csv", FIXTURE], { encoding: "utf8" });
    expect(cli.status, cli.stderr).toBe(0);
    const cliRows = cli.stdout.trim().split("\n").slice(1).map((l) => l.split(","));
    await openCohort(page);
    await page.locator("#cohort-file").setInputFiles(FIXTURE);
    const rows = page.locator("#cohort-table tbody tr");
    await expect(rows).toHaveCount(cliRows.length);
    for (let i = 0; i < cliRows.length; i++) {
        const [id, verdict, ck, , mmt, , dssi] = cliRows[i];
        const row = rows.nth(i);
        await expect(row.locator("th")).toHaveText(id);
        await expect(row.locator("td[data-verdict]")).toHaveAttribute("data-verdict", verdict);
        const statuses = await row.locator("td[data-status]").evaluateAll((cells) => cells.map((c) => c.dataset.status));
        expect(statuses).toEqual([ck, mmt, dssi]);
        // The TIS and DOI columns, before the rules version (no commas inside).
        const [, , , tisCategory, doiStatus] = cliRows[i].slice(-6, -1);
        await expect(row.locator("td[data-tis]")).toHaveAttribute("data-tis", tisCategory);
        await expect(row.locator("td[data-doi]")).toHaveAttribute("data-doi", doiStatus);
    }
});

test("bad rows are named by row and column and the other rows are still scored", async ({ page }) => {
    await openCohort(page);
    const csv = [
        "patient_id,mmt-max,mmt-baseline,mmt-week24,dssi-baseline,dssi-week24",
        "A,150,110,135,,",
        "B,150,110,135,,",
        "C,150,110,135,,",
        "D,150,110,135,,",
        "E,150,110,135,,",
        "F,150,100,200,10,9",
        "G,150,1,2,12,abc",
        "H,150,100,110,10,4",
    ].join("\n");
    await page.locator("#cohort-text").fill(csv);
    await page.locator("#cohort-paste-score").click();
    await expect(page.locator("#cohort-status")).toContainText("pasted text: 8 patients");
    await expect(page.locator("#cohort-problem-list li")).toHaveText([
        "row 7, mmt-week24: must be between 0 and 150",
        "row 8, dssi-week24: is not a plain number: use digits and at most one decimal point, e.g. 12.5",
    ]);
    expect(await count(page, "invalid")).toBe("2");
    expect(await count(page, "achieved")).toBe("6");
    await page.locator("#cohort-filter").selectOption("invalid");
    await expect(page.locator("#cohort-table tbody tr")).toHaveCount(2);
    await expect(page.locator("#cohort-table tbody tr").first()).toContainText("must be between 0 and 150");
});

test("a value shifted by an unquoted comma is never scored, and a column named twice refuses the file", async ({ page }) => {
    await openCohort(page);
    // Read by position, "1,200" would make P1's CK baseline 1 and its week 24 200.
    const shifted = "patient_id,ck-uln,ck-baseline,ck-week24\nP1,200,1,200,500\nP2,200,1200,500\n";
    await page.locator("#cohort-text").fill(shifted);
    await page.locator("#cohort-paste-score").click();
    await expect(page.locator("#cohort-status")).toContainText("pasted text: 2 patients");
    await expect(page.locator("#cohort-problem-list li")).toHaveText([
        "row 2, 5 cells where the header has 4 columns, so none is used; a comma inside a value (1,200) moves the cells after it: write 1200, with no thousands separator, or quote the cell",
    ]);
    expect(await count(page, "invalid")).toBe("1");
    expect(await count(page, "achieved")).toBe("1");
    // Its cells are not offered to the calculator either.
    await expect(page.locator('#cohort-table tr[data-row="2"] a')).toHaveCount(0);
    await expect(page.locator('#cohort-table tr[data-row="3"] a.open-row')).toHaveCount(1);
    await page.locator("#cohort-text").fill("patient_id,dssi-baseline,dssi-week24,dssi-week24\nP1,10,4,9\n");
    await page.locator("#cohort-paste-score").click();
    await expect(page.locator("#cohort-error")).toContainText("the header names dssi-week24 in columns 3 and 4: keep one");
    await expect(page.locator("#cohort-table")).toHaveCount(0);
});

test("a value perhaps grouped by a dot (1.200) is scored as read and listed to check", async ({ page }) => {
    await openCohort(page);
    await page.locator("#cohort-text").fill("patient_id;ck-uln;ck-baseline;ck-week24\nP1;200;1.200;500\nP2;200;1200;500\n");
    await page.locator("#cohort-paste-score").click();
    await expect(page.locator("#cohort-status")).toContainText("pasted text: 2 patients");
    await expect(page.locator("#cohort-doubt-list li")).toHaveText([
        "row 2, ck-baseline: 1.200 is read as 1.2 U/L (a dot is always the decimal point): if you meant 1200 U/L, enter 1200",
    ]);
    await expect(page.locator("#cohort-problem-list")).toHaveCount(0);
    expect(await count(page, "invalid")).toBe("0");
    expect(await count(page, "achieved")).toBe("1");
});

test("the counts say which thresholds judged each TIS: a row without a population is an adult's", async ({ page }) => {
    await openCohort(page);
    // The same child's visits, once with the population given, once without.
    await page.locator("#cohort-text").fill(
        "patient_id,population,mmt-max,mmt-baseline,mmt-week24,pga-baseline,pga-week24\nJ1,juvenile,150,90,137,6,1\nJ2,,150,90,137,6,1\n",
    );
    await page.locator("#cohort-paste-score").click();
    await expect(page.locator("#cohort-status")).toContainText("pasted text: 2 patients");
    expect(await count(page, "population-adult")).toBe("1");
    expect(await count(page, "population-juvenile")).toBe("1");
    await expect(page.locator("#counts-today")).toContainText("TIS thresholds, juvenile: minimal ≥ 30, moderate ≥ 45, major ≥ 70");
});

test("an enzyme's values with no enzyme named are listed to check: the TIS follows CK", async ({ page }) => {
    await openCohort(page);
    await page.locator("#cohort-text").fill(
        "patient_id,ck-uln,ck-baseline,ck-week24,enzyme-name,enzyme-baseline,enzyme-week24\nP1,200,1200,1100,,24,12\nP2,200,1200,1100,aldolase,24,12\n",
    );
    await page.locator("#cohort-paste-score").click();
    await expect(page.locator("#cohort-status")).toContainText("pasted text: 2 patients");
    await expect(page.locator("#cohort-doubt-list li")).toHaveText([
        "row 2, enzyme-name: not given, so the TIS and DOI follow CK and leave enzyme-baseline and enzyme-week24 unscored; to score them, name the enzyme (aldolase, ldh, ast or alt)",
    ]);
    await expect(page.locator("#cohort-problem-list")).toHaveCount(0);
});

test("a patient id in two rows is scored as written and listed to check", async ({ page }) => {
    await openCohort(page);
    await page.locator("#cohort-text").fill("patient_id,dssi-baseline,dssi-week24\nP1,10,4\nP2,10,9\nP1,10,4\n");
    await page.locator("#cohort-paste-score").click();
    await expect(page.locator("#cohort-status")).toContainText("pasted text: 3 patients");
    await expect(page.locator("#cohort-doubt-list li")).toHaveText([
        "row 4, patient_id: P1 is also in row 2: a patient in two rows counts twice in every proportion; if they are one patient, keep one row",
    ]);
    expect(await count(page, "achieved")).toBe("2");
});

test("a cohort given back by R (NA cells, a name with dots) says what to fix and scores nothing it should not", async ({ page }) => {
    await openCohort(page);
    // write.csv quotes the names and writes NA; read.csv had renamed dssi-week24.
    const csv = '"patient_id","ck-uln","ck-baseline","ck-week24","dssi-baseline","dssi.week24"\n"P1",200,1200,500,12,4\n"P2",200,1200,NA,12,4\n';
    await page.locator("#cohort-text").fill(csv);
    await page.locator("#cohort-paste-score").click();
    await expect(page.locator("#cohort-status")).toContainText("pasted text: 2 patients");
    await expect(page.locator("#cohort-ignored")).toHaveText("Ignored unknown columns: dssi.week24 (not read: rename it to dssi-week24).");
    await expect(page.locator("#cohort-absent-columns li")).toHaveText([
        "No dssi-week24 column, which partial remission needs: it leaves dssi-baseline unscored in every row.",
    ]);
    await expect(page.locator("#cohort-problem-list li")).toHaveText([
        "row 3, ck-week24: is not a plain number: leave it empty if the value was not measured",
    ]);
    expect(await count(page, "invalid")).toBe("1");
    expect(await count(page, "achieved")).toBe("1");
});

test("blank rows and rows of separators only are no patients, and rows are numbered as a spreadsheet shows them", async ({ page }) => {
    await openCohort(page);
    await page.locator("#cohort-text").fill("patient_id,dssi-baseline,dssi-week24\nP1,10,4\n\n,,\nP2,abc,4\n,,\n,,\n");
    await page.locator("#cohort-paste-score").click();
    await expect(page.locator("#cohort-status")).toContainText("pasted text: 2 patients");
    await expect(page.locator("#cohort-problem-list li")).toHaveText([
        "row 5, dssi-baseline: is not a plain number: use digits and at most one decimal point, e.g. 12.5",
    ]);
    await expect(page.locator('#cohort-table tr[data-row="5"] th')).toHaveText("P2");
    expect(await count(page, "achieved")).toBe("1");
});

test("a file saved in a code page, not UTF-8, is read as the CLI reads it and said", async ({ page }) => {
    // Excel's "CSV" on Windows: `Zürich` in Windows-1252 in an ignored column.
    const bytes = Buffer.from("patient_id,site,dssi-baseline,dssi-week24\nP1,Z\xfcrich,10,4\nP2,Bern,10,12\n", "latin1");
    const cli = spawnSync(DMSCORE, ["--csv", "-"], { input: bytes, encoding: "utf8" });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stderr).toContain("note: the file is not UTF-8 text");
    const verdicts = cli.stdout.trim().split("\n").slice(1).map((l) => l.split(",")[1]);
    expect(verdicts).toEqual(["achieved", "indeterminate"]);
    await openCohort(page);
    await page.locator("#cohort-file").setInputFiles({ name: "windows.csv", mimeType: "text/csv", buffer: bytes });
    await expect(page.locator("#cohort-status")).toContainText("windows.csv: 2 patients");
    await expect(page.locator("#cohort-encoding")).toHaveText(
        "The file is not UTF-8 text, so its accents and other characters beyond ASCII (µ, ü) read as \ufffd; to keep them, save it as \"CSV UTF-8\" and open it again.",
    );
    expect(await count(page, "achieved")).toBe("1");
    expect(await count(page, "indeterminate")).toBe("1");
    // The same text pasted is UTF-8: nothing to say.
    await page.locator("#cohort-text").fill("patient_id,site,dssi-baseline,dssi-week24\nP1,Zürich,10,4\n");
    await page.locator("#cohort-paste-score").click();
    await expect(page.locator("#cohort-status")).toContainText("pasted text: 1 patient");
    await expect(page.locator("#cohort-encoding")).toHaveCount(0);
});

test("a file that is not a cohort says why, and nothing else is shown", async ({ page }) => {
    await openCohort(page);
    await page.locator("#cohort-file").setInputFiles({ name: "notes.csv", mimeType: "text/csv", buffer: Buffer.from("name,age\nAnn,40\n") });
    await expect(page.locator("#cohort-error")).toContainText("notes.csv: the first line names none of the expected columns");
    await expect(page.locator("#cohort-table")).toHaveCount(0);
    await page.locator("#cohort-paste-score").click();
    await expect(page.locator("#cohort-error")).toContainText("Paste the CSV text");
    // The workbook picked in place of its CSV copy is named, with what to do.
    const xlsx = Buffer.concat([Buffer.from("PK\x03\x04\x14\x00\x06\x00", "latin1"), Buffer.from("[Content_Types].xml")]);
    await page.locator("#cohort-file").setInputFiles({ name: "cohort.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: xlsx });
    await expect(page.locator("#cohort-error")).toHaveText(
        "cohort.xlsx: the file is zipped (a workbook such as .xlsx or .ods, or a .zip archive), not CSV text: save it as \"CSV UTF-8\" and open it again. See the format below.",
    );
    await expect(page.locator("#cohort-table")).toHaveCount(0);
    // A sheet copied with its title above the header names the header's row.
    await page.locator("#cohort-text").fill("Cohort export, Bern\npatient_id,dssi-baseline,dssi-week24\nP1,10,4\n");
    await page.locator("#cohort-paste-score").click();
    await expect(page.locator("#cohort-error")).toHaveText(
        "pasted text: the header is in row 2, not the first: delete the rows above it (a title or notes), so that the header is the first row. See the format below.",
    );
});

test("a dropped file is read like a chosen one", async ({ page }) => {
    await openCohort(page);
    const text = readFileSync(FIXTURE, "utf8");
    const transfer = await page.evaluateHandle((t) => {
        const dt = new DataTransfer();
        dt.items.add(new File([t], "dropped.csv", { type: "text/csv" }));
        return dt;
    }, text);
    await page.locator(".drop-zone").dispatchEvent("dragover", { dataTransfer: transfer });
    await page.locator(".drop-zone").dispatchEvent("drop", { dataTransfer: transfer });
    await expect(page.locator("#cohort-status")).toContainText("dropped.csv: 8 patients");
});

test("Download results saves the CLI's results CSV, made in the tab", async ({ page }) => {
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    await openCohort(page);
    await page.locator("#cohort-file").setInputFiles(FIXTURE);
    await expect(page.locator("#cohort-status")).toContainText("8 patients");
    const before = requests.length;
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#cohort-download").click()]);
    expect(download.suggestedFilename()).toBe("seed-trial-synthetic-results.csv");
    const saved = readFileSync(await download.path(), "utf8");
    const cli = spawnSync(DMSCORE, ["--csv", FIXTURE], { encoding: "utf8" });
    expect(saved).toBe(cli.stdout);
    // Only the blob: URL itself, nothing to the server.
    expect(requests.slice(before).filter((u) => !u.startsWith("blob:"))).toEqual([]);
});

test("results holding an accent download with the mark a spreadsheet needs to read them", async ({ page }) => {
    await openCohort(page);
    const csv = "patient_id,dssi-baseline,dssi-week24\nZürich-1,10,4\n";
    await page.locator("#cohort-text").fill(csv);
    await page.locator("#cohort-paste-score").click();
    await expect(page.locator("#cohort-status")).toContainText("pasted text: 1 patient");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#cohort-download").click()]);
    const saved = readFileSync(await download.path());
    const cli = spawnSync(DMSCORE, ["--csv", "-"], { input: csv });
    expect(saved.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(saved.subarray(3).equals(cli.stdout)).toBe(true);
});

test("each row opens the calculator with that patient's values", async ({ page }) => {
    await openCohort(page);
    await page.locator("#cohort-file").setInputFiles(FIXTURE);
    const row = page.locator("#cohort-table tbody tr").filter({ hasText: "SYN-03" });
    await row.getByRole("link", { name: /SYN-03/ }).click();
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
    await expect(page.locator("#ck-baseline")).toHaveValue("2400");
    await expect(page.locator("#mmt-week24")).toHaveValue("127");
    await expect(page.locator("#dssi-week24")).toHaveValue("19");
    await expect(page.locator("#mmt-status")).toHaveAttribute("data-status", "met");
});

// A cohort is reviewed row by row: Open, then Back. It is held in the tab's
// memory only, never stored, so it is there after Back only if the browser
// keeps the page in its back/forward cache, which nothing on the page may
// rule out (an unload handler, a no-store header). The test browser has
// that cache turned off, so this test starts one with it on.
test("after a row is opened in the calculator, Back returns to the cohort as it was", async ({ playwright, baseURL }) => {
    const browser = await playwright.chromium.launch({
        ...test.info().project.use.launchOptions,
        ignoreDefaultArgs: ["--disable-back-forward-cache"],
    });
    try {
        const page = await browser.newPage({ baseURL });
        const errors = await openCohort(page);
        await page.locator("#cohort-file").setInputFiles(FIXTURE);
        await page.locator("#cohort-filter").selectOption("achieved");
        await expect(page.locator("#cohort-table tbody tr")).toHaveCount(3);
        await page.getByRole("link", { name: /SYN-03/ }).click();
        await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
        // Restored from the cache, the page fires no load event.
        await page.goBack({ waitUntil: "commit" });
        await expect(page.locator("#cohort-status")).toContainText("seed-trial-synthetic.csv: 8 patients read and scored");
        await expect(page.locator("#cohort-filter")).toHaveValue("achieved");
        await expect(page.locator("#cohort-table tbody tr")).toHaveCount(3);
        expect(errors).toEqual([]);
    } finally {
        await browser.close();
    }
});

test("100 000 rows: counted, first page shown, pages turn; the time is reported", async ({ page }) => {
    test.setTimeout(60_000);
    const lines = ["patient_id,ck-unit,ck-uln,ck-baseline,ck-week24,mmt-max,mmt-baseline,mmt-week24,dssi-baseline,dssi-week24"];
    // Every 10th patient meets MMT only; the rest meet nothing.
    for (let i = 0; i < 100_000; i++) {
        lines.push(i % 10 === 0 ? `P${i},U/L,200,1000,900,150,100,130,20,15` : `P${i},U/L,200,1000,900,150,100,110,20,15`);
    }
    await openCohort(page);
    await page.locator("#cohort-file").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) });
    await expect(page.locator("#cohort-status")).toContainText("big.csv: 100,000 patients", { timeout: 30_000 });
    expect(await count(page, "achieved")).toBe("10000");
    expect(await count(page, "not-achieved")).toBe("90000");
    expect(await count(page, "mmt-alone")).toBe("10000");
    await expect(page.locator("#cohort-table tbody tr")).toHaveCount(50);
    await expect(page.locator("#page-range")).toHaveText("Rows 1–50 of 100,000");
    await page.locator("#page-next").click();
    await expect(page.locator("#page-range")).toHaveText("Rows 51–100 of 100,000");
    await expect(page.locator("#cohort-table tbody tr").first().locator("th")).toHaveText("P50");
    const millis = Number(await page.locator("#cohort-status").getAttribute("data-millis"));
    console.log(`cohort page: 100 000 rows read, scored and summarised in ${millis} ms`);
});

test("the cohort page passes axe in light and dark schemes, with results shown", async ({ page }) => {
    for (const colorScheme of ["light", "dark"]) {
        await page.emulateMedia({ colorScheme });
        await openCohort(page);
        await page.locator("#cohort-text").fill("patient_id,mmt-max,mmt-baseline,mmt-week24\nA,150,110,135\nB,150,110,999\n");
        await page.locator("#cohort-paste-score").click();
        await expect(page.locator("#cohort-table tbody tr")).toHaveCount(2);
        expect(await axeViolations(page), colorScheme).toEqual([]);
    }
});

test("the calculator links to the cohort page", async ({ page }) => {
    await page.goto("index.html");
    await page.getByRole("link", { name: /cohort/i }).click();
    await expect(page.locator("#cohort-file")).toBeAttached();
});

test("after a visit to the calculator, the cohort page works offline and reads files without the network", async ({ page, context }) => {
    await page.goto("index.html");
    await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        // Wait until install has cached the cohort page with its wasm.
        for (let i = 0; i < 200; i++) {
            const keys = await caches.open("dm-remission-shell").then((c) => c.keys());
            if (keys.some((r) => r.url.includes("/cohort/") && r.url.endsWith(".wasm"))) return;
            await new Promise((r) => setTimeout(r, 50));
        }
        throw new Error("the cohort page was never cached");
    });
    await context.setOffline(true);
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto("cohort/");
    await expect(page.locator("#cohort-file")).toBeEnabled(); // the app is live
    const loaded = requests.length;
    await page.locator("#cohort-file").setInputFiles(FIXTURE);
    expect(await count(page, "achieved")).toBe("3");
    // Choosing and scoring a file asks nothing of the network, not even
    // the cache: the text stays in the tab.
    expect(requests.slice(loaded)).toEqual([]);
    await context.setOffline(false);
});
