/**
 * The site's security headers, in one place: Astro's CSP meta tag, `dist/_headers` and the
 * nginx configuration in deploy/nginx are all checked against this list.
 */
import { mediaTypeOf } from "./media-types.ts";

/** CSP directives other than script-src and style-src (Astro sets those, with hashes). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Scripts from this origin only. 'wasm-unsafe-eval' lets the search (Pagefind) compile its
 * WebAssembly; it does not allow eval() or inline scripts.
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** The full policy sent as an HTTP header. `frame-ancestors` only works in a header, not in a meta tag. */
export const CSP_HEADER = [...CSP_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(" ")}`, "style-src 'self'", "frame-ancestors 'none'"].join("; ");

/** Headers for every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CSP_HEADER,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": "accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  // No other site may load the pages or files into its own (as an image, script or frame source).
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** Build output under /_astro/ has a content hash in its name and never changes. */
export const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";
export const DEFAULT_CACHE_CONTROL = "no-cache";

/**
 * The `_headers` file read by common static hosts (Netlify, Cloudflare Pages): the security
 * headers and caching for every path, and the media type of each published file (`paths`:
 * every file of the build, relative to dist/), as nginx serves them.
 */
export function renderHeadersFile(paths: readonly string[]): string {
  const lines = ["/*", ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`), `  Cache-Control: ${DEFAULT_CACHE_CONTROL}`];
  lines.push("/_astro/*", `  Cache-Control: ${IMMUTABLE_CACHE_CONTROL}`);
  for (const path of [...paths].sort()) {
    const type = mediaTypeOf(path);
    if (type) lines.push(`/${path}`, `  Content-Type: ${type}`);
  }
  return `${lines.join("\n")}\n`;
}
