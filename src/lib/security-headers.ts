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

/**
 * The only pages another site may show in a frame: a chart's embed, /embed/charts/<id>/ in
 * every language (/it/embed/...). Everywhere else framing stays forbidden.
 */
export const FRAMEABLE_PATH = /^\/(?:[a-z]{2}\/)?embed\//;
/** Who may frame an embed: any site (`*`: any http or https origin). */
export const EMBED_FRAME_ANCESTORS = "*";
/** The policy of the embeds: the same, but any site may frame them. */
export const EMBED_CSP_HEADER = CSP_HEADER.replace("frame-ancestors 'none'", `frame-ancestors ${EMBED_FRAME_ANCESTORS}`);

/** The security headers of a path (without a leading language or with it): an embed may be framed (and sends no X-Frame-Options), any other page may not. */
export function securityHeadersFor(path: string): Readonly<Record<string, string>> {
  if (!FRAMEABLE_PATH.test(path)) return SECURITY_HEADERS;
  const { "X-Frame-Options": _, ...rest } = SECURITY_HEADERS;
  return { ...rest, "Content-Security-Policy": EMBED_CSP_HEADER };
}

/** The path patterns of the embeds as `_headers` rules (every language). */
export function embedHeaderPaths(languages: readonly string[]): string[] {
  return ["/embed/*", ...languages.map((lang) => `/${lang}/embed/*`)];
}

/** Build output under /_astro/ has a content hash in its name and never changes. */
export const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";
export const DEFAULT_CACHE_CONTROL = "no-cache";

/**
 * The `_headers` file read by common static hosts (Netlify, Cloudflare Pages): the security
 * headers and caching for every path, and the media type of each published file (`paths`:
 * every file of the build, relative to dist/), as nginx serves them; `otherLanguages`: the
 * language prefixes besides the default language's unprefixed paths, for the embeds' rules.
 */
export function renderHeadersFile(paths: readonly string[], otherLanguages: readonly string[]): string {
  const lines = ["/*", ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`), `  Cache-Control: ${DEFAULT_CACHE_CONTROL}`];
  // The embeds: the catch-all's CSP and X-Frame-Options detached (`! Name`, as Cloudflare Pages reads it), and the embeds' own CSP.
  for (const rule of embedHeaderPaths(otherLanguages)) {
    lines.push(rule, "  ! Content-Security-Policy", "  ! X-Frame-Options", `  Content-Security-Policy: ${EMBED_CSP_HEADER}`);
  }
  lines.push("/_astro/*", `  Cache-Control: ${IMMUTABLE_CACHE_CONTROL}`);
  for (const path of [...paths].sort()) {
    const type = mediaTypeOf(path);
    if (type) lines.push(`/${path}`, `  Content-Type: ${type}`);
  }
  return `${lines.join("\n")}\n`;
}
