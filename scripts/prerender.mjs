// Prerenders each page's first view into its built HTML: the page's binary,
// run natively, prints the markup its component renders first (yew's server
// renderer; platform::start), which goes into <main id="app"> after the
// <noscript> notice. The form, its labels and the empty result panel then
// arrive with the page and paint with no script; the app takes the markup
// over when its wasm is live (carrying over anything typed meanwhile).
// The static "How this is scored" note (static/how-scored.html) goes into
// each page's empty <section id="how-scored"> the same way: one source for
// the calculator, the report and the cohort page.
// Usage: node scripts/prerender.mjs (after trunk, before precompress.mjs).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const PAGES = [
    ["dm-remission", "dist/index.html"],
    ["dm-report", "dist/report/index.html"],
    ["dm-cohort", "dist/cohort/index.html"],
];
// Tags written as trunk's minifier writes the rest of the page (the first
// load's budget, README): values that are one word unquoted, boolean
// attributes bare, an input's empty value dropped. A tag whose quoted value
// holds a ">" would be cut short, so the script refuses one.
function minifyTags(markup) {
    return markup.replace(/<[^>]*>/g, (tag) => {
        if ((tag.match(/"/g)?.length ?? 0) % 2) throw new Error(`a ">" inside an attribute: ${tag}`);
        return tag
            .replace(/^(<input\b.*) value=""/, "$1")
            .replace(/ ([\w-]+)="\1"/g, " $1")
            .replace(/="([\w-]+)"/g, "=$1");
    });
}

// Buttons, file choosers and text areas act only through the app, and what
// is done with them before it is live would be lost without a word (text
// fields and choices are carried over by the loader): they arrive disabled,
// and the app renders them enabled.
function disabledUntilLive(markup) {
    return markup.replace(/<(button|textarea|input(?=[^>]*\btype="file"))\b(?![^>]*\bdisabled)/g, "<$1 disabled");
}

// Its comment and the whitespace between tags dropped, as trunk minifies.
const howScored = minifyTags(
    readFileSync(`${root}static/how-scored.html`, "utf8")
        .replace(/<!--[\s\S]*?-->/g, "")
        .replace(/>\s+</g, "><")
        .trim(),
);

// One native build for the three binaries (the dev profile: the markup is
// the same, and `cargo test` has usually built it already).
execFileSync("cargo", ["build", "--quiet", "--locked", "--bins", "-p", "dm-remission"], { cwd: root, stdio: "inherit" });
for (const [bin, page] of PAGES) {
    const markup = minifyTags(disabledUntilLive(execFileSync(`${root}target/debug/${bin}`, { cwd: root }).toString()));
    if (!markup.startsWith("<")) throw new Error(`${bin} printed no markup`);
    const file = `${root}${page}`;
    const html = readFileSync(file, "utf8");
    const app = /(<main\b[^>]*\bid=["']?app["']?[^>]*>\s*<noscript>[\s\S]*?<\/noscript>)/;
    if (!app.test(html)) throw new Error(`${page}: no <main id="app"> with its <noscript> notice`);
    let pageHtml = html.replace(app, (opening) => `${opening}${markup}`);
    const note = /(<section\b[^>]*\bid=["']?how-scored["']?[^>]*>)(<\/section>)/;
    if (!note.test(pageHtml)) throw new Error(`${page}: no empty <section id="how-scored">`);
    pageHtml = pageHtml.replace(note, (_, open, close) => `${open}${howScored}${close}`);
    writeFileSync(file, pageHtml);
}
