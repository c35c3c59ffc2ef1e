// A clinician's session: type values, read the verdict and each criterion.
import { test, expect } from "@playwright/test";
import { open, verdict, statuses, FIELDS } from "./helpers.mjs";

test("an empty page waits for values and shows the defaults", async ({ page }) => {
    const errors = await open(page);
    await expect(page.locator("#ck-unit")).toHaveValue("U/L");
    await expect(page.locator("#mmt-max")).toHaveValue("150");
    expect(await verdict(page)).toBe("indeterminate");
    expect(await statuses(page)).toEqual({ ck: "not_entered", mmt: "not_entered", dssi: "not_entered" });
    for (const id of FIELDS) {
        await expect(page.locator(`#${id}`)).toHaveAttribute("inputmode", "decimal");
        await expect(page.locator(`#${id}-error`)).toHaveCount(0);
    }
    expect(errors).toEqual([]);
});

test("typing a patient key by key updates the result with no submit", async ({ page }) => {
    const errors = await open(page);
    await page.locator("#ck-uln").pressSequentially("200");
    await page.locator("#ck-baseline").pressSequentially("1200");
    await page.locator("#ck-week24").pressSequentially("500");
    await expect(page.locator("#ck-status")).toHaveAttribute("data-status", "met");
    await expect(page.locator("#ck-status")).toContainText(
        "CK fell 58.3 % from 1200 to 500 U/L; ≥ 50 % needed because baseline was above 2× ULN (400 U/L)",
    );
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
    await expect(page.locator("#verdict")).toContainText("Partial remission achieved");

    await page.locator("#mmt-baseline").fill("110");
    await page.locator("#mmt-week24").fill("120");
    await expect(page.locator("#mmt-status")).toHaveAttribute("data-status", "not_met");
    await expect(page.locator("#mmt-status")).toContainText("25.0 % improvement");
    await expect(page.locator("#mmt-status")).toContainText("week-24 score at least 130");

    // Worsen CK: the verdict now waits for the skin values.
    await page.locator("#ck-week24").fill("700");
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "indeterminate");
    await expect(page.locator("#verdict")).toContainText("DSSI baseline, DSSI week 24");
    await page.locator("#dssi-baseline").fill("10");
    await page.locator("#dssi-week24").fill("8");
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "not_achieved");
    expect(errors).toEqual([]);
});

test("the MMT scale presets and a custom maximum", async ({ page }) => {
    await open(page);
    await page.locator("#mmt-scale").selectOption("80");
    await expect(page.locator("#mmt-max")).toHaveValue("80");
    await expect(page.locator("label[for=mmt-baseline]")).toContainText("0–80");

    await page.locator("#mmt-scale").selectOption("custom");
    await expect(page.locator("#mmt-max")).toHaveValue("");
    await expect(page.locator("#mmt-max")).toBeFocused();
    await page.locator("#mmt-max").pressSequentially("90");
    await expect(page.locator("#mmt-scale")).toHaveValue("custom");
    // The spec's exact-decimal case: deficit 37.4 → 18.7 is exactly halved.
    await page.locator("#mmt-baseline").fill("52.6");
    await page.locator("#mmt-week24").fill("71.3");
    await expect(page.locator("#mmt-status")).toHaveAttribute("data-status", "met");
    await expect(page.locator("#mmt-status")).toContainText("50.0 % improvement");
    await expect(page.locator("#mmt-status")).toContainText("maximum − score");

    await page.locator("#mmt-max").fill("150");
    await expect(page.locator("#mmt-scale")).toHaveValue("150");
});

test("CK in µkat/L gives the same decision and shows the unit", async ({ page }) => {
    await open(page);
    await page.locator("#ck-unit").selectOption("ukat/L");
    await expect(page.locator("label[for=ck-baseline]")).toContainText("µkat/L");
    await page.locator("#ck-uln").fill("3.3");
    await page.locator("#ck-baseline").fill("20");
    await page.locator("#ck-week24").fill("10");
    await expect(page.locator("#ck-status")).toHaveAttribute("data-status", "met");
    await expect(page.locator("#ck-status")).toContainText("from 20 to 10 µkat/L");
});

test("informational notes appear for inactive baselines and do not change the verdict", async ({ page }) => {
    await open(page);
    await page.locator("#dssi-baseline").fill("2");
    await page.locator("#dssi-week24").fill("0.5");
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
    await expect(page.locator(".notes")).toContainText("DSSI 2 is not above 2");
});

test("clear all values returns to the defaults", async ({ page }) => {
    await open(page);
    await page.locator("#ck-uln").fill("200");
    await page.locator("#mmt-scale").selectOption("80");
    await page.getByRole("button", { name: "Clear all values" }).click();
    await expect(page.locator("#ck-uln")).toHaveValue("");
    await expect(page.locator("#mmt-max")).toHaveValue("150");
});
