// Every kind of bad input gets its message at the field; nothing else is
// cleared or broken, and the other criteria are still computed.
import { test, expect } from "@playwright/test";
import { open, linkFor } from "./helpers.mjs";

const full = linkFor({
    ck: { unit: "U/L", uln: 200, baseline: 1200, week24: 500 },
    mmt: { max: 150, baseline: 110, week24: 135 },
    dssi: { baseline: 12.5, week24: 5 },
});

const cases = [
    ["ck-uln", "abc", "is not a plain number", "ck"],
    ["ck-baseline", "1e3", "is not a plain number", "ck"],
    ["ck-week24", "NaN", "is not a plain number: leave it empty if the value was not measured", "ck"],
    ["dssi-week24", "NA", "is not a plain number: leave it empty if the value was not measured", "dssi"],
    ["mmt-baseline", "--5", "is not a plain number", "mmt"],
    ["dssi-week24", "-5", "cannot be negative", "dssi"],
    ["dssi-week24", "\u22125", "cannot be negative", "dssi"],
    ["ck-week24", "500 U/L", "is not a plain number: type the number alone, without its unit or any words", "ck"],
    ["ck-week24", "8.3 µkat/L", "is in µkat/L, but these values are in U/L; choose µkat/L as the unit", "ck"],
    ["mmt-baseline", "72/80", "is a score out of 80, where the MMT maximum is 150: if that is its scale, change the maximum to 80 first", "mmt"],
    ["ck-week24", "<20", "is not a plain number: a bound (<20, >1000) is not a value; enter a number, or leave it empty", "ck"],
    ["ck-baseline", "1,200", "use a decimal point and no thousands separator (1200, not 1,200)", "ck"],
    ["dssi-baseline", "12,5", "use a decimal point, not a comma (12.5, not 12,5)", "dssi"],
    ["ck-baseline", "1 200", "leave out the thousands separator (1200, not 1 200)", "ck"],
    ["ck-baseline", "2000000", "must be between 0 and 1000000 U/L", "ck"],
    ["ck-uln", "0", "enter your laboratory's upper limit of normal", "ck"],
    ["ck-uln", "20000", "enter your laboratory's upper limit of normal", "ck"],
    ["mmt-max", "0", "must be more than 0 and at most 1000", "mmt"],
    ["mmt-max", "1001", "must be more than 0 and at most 1000", "mmt"],
    ["mmt-week24", "151", "must be between 0 and 150", "mmt"],
    ["dssi-baseline", "73", "must be between 0 and 72", "dssi"],
];

for (const [id, text, message, criterion] of cases) {
    test(`${id} = "${text}" shows "${message}" and loses nothing`, async ({ page }) => {
        const errors = await open(page, full);
        const others = ["ck", "mmt", "dssi"].filter((c) => c !== criterion);
        await page.locator(`#${id}`).fill(text);
        await expect(page.locator(`#${id}-error`)).toContainText(message);
        await expect(page.locator(`#${id}`)).toHaveAttribute("aria-invalid", "true");
        await expect(page.locator(`#${id}`)).toHaveValue(text);
        await expect(page.locator(`#${criterion}-status`)).toHaveAttribute("data-status", "not_entered");
        for (const c of others) {
            await expect(page.locator(`#${c}-status`)).toHaveAttribute("data-status", "met");
        }
        await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
        // Other fields are untouched.
        await expect(page.locator("#ck-week24")).toHaveValue(id === "ck-week24" ? text : "500");
        await expect(page.locator("#dssi-baseline")).toHaveValue(id === "dssi-baseline" ? text : "12.5");
        // Fixing the field removes the message.
        await page.locator(`#${id}`).fill("");
        await expect(page.locator(`#${id}-error`)).toHaveCount(0);
        await expect(page.locator(`#${id}`)).not.toHaveAttribute("aria-invalid", "true");
        expect(errors).toEqual([]);
    });
}

test("a decimal comma is offered as a point, and taken only when the clinician follows it", async ({ page }) => {
    // A phone's decimal keypad shows only its region's decimal sign, a
    // comma in much of the world: without the offer, a value with decimals
    // could not be entered there at all (hazard H21).
    const errors = await open(page, full);
    await page.locator("#dssi-baseline").fill("12,5");
    await expect(page.locator("#dssi-baseline-error")).toHaveText("use a decimal point, not a comma (12.5, not 12,5)");
    await expect(page.locator("#dssi-status")).toHaveAttribute("data-status", "not_entered");
    // Followed at once, the offer leads to the address this edit replaced
    // (the link opened held 12.5), which the page still notes for a reload
    // for a second after writing the address: it is applied all the same.
    const offer = page.getByRole("link", { name: "Use 12.5" });
    await offer.click();
    await expect(page.locator("#dssi-baseline")).toHaveValue("12.5");
    await expect(page.locator("#dssi-baseline-error")).toHaveCount(0);
    await expect(page.locator("#dssi-status")).toHaveAttribute("data-status", "met");
    await expect(offer).toHaveCount(0);
    // Nothing else changed, and the address holds the value taken.
    await expect(page.locator("#ck-week24")).toHaveValue("500");
    await expect(page).toHaveURL(/[#&]dssi-baseline=12\.5(&|$)/);
    // Keyboard focus goes on from where the offer was.
    await page.keyboard.press("Tab");
    await expect(page.locator("#dssi-week24")).toBeFocused();
    // `1,200` may be 1200 or 1.2: nothing is offered, nothing guessed.
    await page.locator("#ck-baseline").fill("1,200");
    await expect(page.locator("#ck-baseline-error")).toContainText("no thousands separator");
    await expect(page.getByRole("link", { name: /^Use / })).toHaveCount(0);
    expect(errors).toEqual([]);
});

test("lowering the MMT maximum below a score flags the score, naming the maximum", async ({ page }) => {
    await open(page, full);
    await page.locator("#mmt-scale").selectOption("80");
    await expect(page.locator("#mmt-baseline-error")).toHaveText(/must be between 0 and 80/);
    await expect(page.locator("#mmt-week24-error")).toHaveText(/must be between 0 and 80/);
    await expect(page.locator("#mmt-baseline")).toHaveValue("110");
    await expect(page.locator("#mmt-status")).toHaveAttribute("data-status", "not_entered");
});

test("1.200 U/L is read as 1.2, and the field and the notes say it may mean 1200", async ({ page }) => {
    const errors = await open(page, full);
    const doubt = "1.200 is read as 1.2 U/L (a dot is always the decimal point): if you meant 1200 U/L, enter 1200";
    await page.locator("#ck-baseline").fill("1.200");
    // Valid, and scored as read: 1.2 is not above 2 × ULN, so CK cannot count.
    await expect(page.locator("#ck-baseline")).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#ck-status")).toHaveAttribute("data-status", "not_evaluable");
    await expect(page.locator("#ck-baseline-doubt")).toHaveText(doubt);
    await expect(page.locator("#ck-baseline")).toHaveAttribute("aria-describedby", /\bck-baseline-doubt\b/);
    await expect(page.locator(".notes").first()).toContainText(`CK baseline: ${doubt}.`);
    // In µkat/L three decimals are usual: no doubt.
    await page.locator("#ck-unit").selectOption("ukat/L");
    await expect(page.locator("#ck-baseline-doubt")).toHaveCount(0);
    await page.locator("#ck-unit").selectOption("U/L");
    await page.locator("#ck-baseline").fill("1200");
    await expect(page.locator("#ck-baseline-doubt")).toHaveCount(0);
    await expect(page.locator("#ck-status")).toHaveAttribute("data-status", "met");
    expect(errors).toEqual([]);
});
