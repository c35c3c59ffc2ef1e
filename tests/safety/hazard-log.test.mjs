// The hazard log cannot drift from the test suite: every test it names as
// evidence must exist (docs/clinical-safety/hazard-log.md). Rust tests are
// named `path::function`, end-to-end and other Node tests `path › title`;
// the suite itself proves they pass.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const log = readFileSync(`${root}docs/clinical-safety/hazard-log.md`, "utf8");
const rows = log.split("\n").filter((line) => /^\| H\d+ \|/.test(line));

/// The tests a piece of the log names.
function citedTests(text) {
    const rust = [...text.matchAll(/`([\w./-]+\.rs)::(\w+)`/g)].map(([, file, name]) => ({ file, name, kind: "rust" }));
    const node = [...text.matchAll(/`([\w./-]+\.(?:spec|test)\.mjs) › ([^`]+)`/g)].map(([, file, name]) => ({ file, name, kind: "node" }));
    return [...rust, ...node];
}

function exists({ file, name, kind }) {
    const path = `${root}${file}`;
    if (!existsSync(path)) return `${file} does not exist`;
    const source = readFileSync(path, "utf8");
    const found = kind === "rust"
        ? new RegExp(`fn ${name}\\s*\\(`).test(source)
        : [`"${name}"`, `\`${name}\``, `'${name}'`].some((quoted) => source.includes(quoted));
    return found ? null : `${file} has no test ${JSON.stringify(name)}`;
}

test("the log lists the hazards, each once, each with its evidence", () => {
    const ids = rows.map((row) => row.split("|")[1].trim());
    assert.ok(ids.length >= 16, `only ${ids.length} hazards`);
    assert.equal(new Set(ids).size, ids.length, `repeated ids: ${ids}`);
    for (const row of rows) {
        assert.ok(citedTests(row).length > 0, `no test named for ${row.slice(0, 60)}`);
    }
});

test("every test the log names exists", () => {
    const missing = citedTests(log).map(exists).filter(Boolean);
    assert.deepEqual(missing, []);
});

test("the checker itself tells a missing test from a present one", () => {
    assert.equal(exists({ file: "crates/dmscore-core/src/number.rs", name: "comma_is_never_guessed", kind: "rust" }), null);
    assert.match(exists({ file: "crates/dmscore-core/src/number.rs", name: "comma_is_guessed", kind: "rust" }), /no test/);
    assert.match(exists({ file: "tests/e2e/none.spec.mjs", name: "x", kind: "node" }), /does not exist/);
    const oracle = "`tests/oracle/oracle.test.mjs › the CLI scores random patients as the spec's text does`";
    assert.deepEqual(citedTests(oracle).map(exists), [null]);
    assert.match(exists({ ...citedTests(oracle)[0], name: "the CLI scores" }), /no test/);
});

test("the log is complete: no placeholder left, the fuzz depth filled in", () => {
    assert.doesNotMatch(log, /FUZZ-DEPTH-TABLE|TODO|TBD/);
    for (const target of ["decimal", "link_fragment", "cli_json", "cohort_csv"]) {
        assert.match(log, new RegExp(`\\| \`${target}\` \\|`), `no fuzz depth for ${target}`);
    }
});
