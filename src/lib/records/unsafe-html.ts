/**
 * Finds raw HTML in a record body that could run code: script-bearing elements, `on*=`
 * event-handler attributes and `javascript:`-style URLs (also inside Markdown links).
 */

export interface UnsafeHtmlFinding {
  /** 1-based line in the file. */
  line: number;
  /** The offending text. */
  found: string;
  rule: string;
}

const DANGEROUS_ELEMENTS = /<\s*(script|iframe|object|embed|applet|frame|frameset|base|meta|link|form|svg|math|style|template)\b[^>]*>?/gi;
const EVENT_HANDLER = /<[a-z][^>]*?\s(on[a-z]+)\s*=/gi;
const SCRIPT_URL = /(?:javascript|vbscript):|data:text\/html/gi;

/** Decodes the character references attackers use to hide `javascript:`. */
function decodeCharacterReferences(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&(tab|newline|colon);/gi, (_, name: string) => ({ tab: "\t", newline: "\n", colon: ":" })[name.toLowerCase()] ?? "");
}

/** Findings with 1-based line numbers counted from `firstLine` (the body's line in its file). */
export function findUnsafeHtml(body: string, firstLine = 1): UnsafeHtmlFinding[] {
  const findings: UnsafeHtmlFinding[] = [];
  body.split(/\r?\n/).forEach((rawLine, index) => {
    const line = firstLine + index;
    for (const match of rawLine.matchAll(DANGEROUS_ELEMENTS)) {
      findings.push({ line, found: match[0].slice(0, 60), rule: `is raw HTML that can run code: <${match[1]!.toLowerCase()}> is not allowed in a record` });
    }
    for (const match of rawLine.matchAll(EVENT_HANDLER)) {
      findings.push({ line, found: match[1]!, rule: "is an event-handler attribute: on* attributes are not allowed in a record" });
    }
    // Browsers ignore control characters and spaces inside a URL scheme ("java\tscript:"): drop them before matching.
    // eslint-disable-next-line no-control-regex
    const decoded = decodeCharacterReferences(rawLine).replace(/[\u0000-\u0020]/g, "");
    for (const match of decoded.matchAll(SCRIPT_URL)) {
      findings.push({ line, found: match[0], rule: "is a script URL: javascript:, vbscript: and data:text/html links are not allowed in a record" });
    }
  });
  return findings;
}
