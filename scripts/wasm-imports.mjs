// Shortens the names under which a wasm module imports the JavaScript glue's
// functions. wasm-bindgen names each one after the API it wraps plus a
// 16-digit hash (`__wbg_set_nodeValue_7e9217115013d873`), and every name is
// written twice, in the wasm's import section and as a key in the glue: about
// 3 kB of gzip on the first load, mostly the hashes, which do not compress.
// Only the import section changes (every other byte of the module is kept),
// and each name must occur exactly once in the glue, or the build stops.

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// The i-th short name: a, b, …, Z, aa, ab, … (each a plain JS identifier).
function shortName(i) {
    let name = "";
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / LETTERS.length)) {
        name = LETTERS[(n - 1) % LETTERS.length] + name;
    }
    return name;
}

/// Reads the binary format's unsigned LEB128 at `at`: [value, next offset].
function uleb(bytes, at) {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
        const byte = bytes[at++];
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return [value, at];
    }
}

function encodeUleb(value) {
    const out = [];
    do {
        let byte = value % 128;
        value = Math.floor(value / 128);
        if (value > 0) byte |= 0x80;
        out.push(byte);
    } while (value > 0);
    return Buffer.from(out);
}

const encodeName = (name) => Buffer.concat([encodeUleb(Buffer.byteLength(name)), Buffer.from(name)]);

/// The length of an import's description at `at` (a function, table,
/// memory, global or tag), so the next import can be found.
function descriptionEnd(bytes, at) {
    const kind = bytes[at++];
    const limits = (at) => {
        const flags = bytes[at++];
        [, at] = uleb(bytes, at);
        if (flags & 1) [, at] = uleb(bytes, at);
        return at;
    };
    switch (kind) {
        case 0: return uleb(bytes, at)[1]; // function: its type index
        case 1: return limits(at + 1); // table: element type, limits
        case 2: return limits(at); // memory: limits
        case 3: return at + 2; // global: value type, mutability
        case 4: return uleb(bytes, at + 1)[1]; // tag: attribute, type index
        default: throw new Error(`unknown import kind ${kind}`);
    }
}

/// Returns the module with its imports' names shortened, and the glue with
/// the same names.
export function shortenImports(wasm, glue) {
    if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error("not a wasm module");
    for (let at = 8; at < wasm.length; ) {
        const id = wasm[at];
        const [size, start] = uleb(wasm, at + 1);
        const end = start + size;
        if (id !== 2) {
            at = end;
            continue;
        }
        let [count, p] = uleb(wasm, start);
        const entries = [encodeUleb(count)];
        for (let i = 0; i < count; i++) {
            const [moduleLength, moduleStart] = uleb(wasm, p);
            const moduleEnd = moduleStart + moduleLength;
            const [nameLength, nameStart] = uleb(wasm, moduleEnd);
            const nameEnd = nameStart + nameLength;
            const name = wasm.toString("utf8", nameStart, nameEnd);
            const short = shortName(i);
            const uses = glue.split(name).length - 1;
            if (uses !== 1) throw new Error(`import ${name} occurs ${uses} times in the glue, not once`);
            glue = glue.replace(name, short);
            const next = descriptionEnd(wasm, nameEnd);
            entries.push(wasm.subarray(p, moduleEnd), encodeName(short), wasm.subarray(nameEnd, next));
            p = next;
        }
        if (p !== end) throw new Error("the import section did not parse to its end");
        const section = Buffer.concat(entries);
        const out = Buffer.concat([wasm.subarray(0, at), Buffer.from([2]), encodeUleb(section.length), section, wasm.subarray(end)]);
        return { wasm: out, glue };
    }
    return { wasm, glue };
}
