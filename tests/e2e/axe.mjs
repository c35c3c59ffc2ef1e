// axe-core's WCAG checks: the one set of rules every accessibility test
// runs, in Chromium through Playwright and in Firefox (tests/firefox/).
import AxeBuilder from "@axe-core/playwright";

/// WCAG 2.0, 2.1 and 2.2, levels A and AA.
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/// axe's violations one line each, the rule then the elements, so that a
/// failure names what to fix; none is `[]`.
export const violationLines = (violations) => violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);

/// The violations on a Playwright page as it is now.
export async function axeViolations(page) {
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    return violationLines(results.violations);
}
