// The pages' Content-Security-Policy: nothing but this origin's own files,
// the wasm compiled from them, no inline code, no plugins, no framing. The
// post-build hook puts it in each page's <meta>; deploy/nginx.conf sends the
// same policy (plus frame-ancestors, which a <meta> cannot carry) as a
// header, and tests/e2e/headers.spec.mjs checks the two agree.
export const CSP = [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
].join("; ");

export const HEADER_CSP = `${CSP}; frame-ancestors 'none'`;
