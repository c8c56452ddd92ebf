/**
 * The largest HTML page of each kind in a built site, in bytes after gzip (level 6, as the
 * page-weight budgets of tests/build/budgets.test.ts count them). A page's kind is its path
 * with the variable parts named: `/it/projects/eu-erin/` is `/{lang}/projects/{id}/`, so a kind
 * that grows with the register (a list of every record) shows as one large page, not many.
 *
 * `node bench/page-sizes.ts <dist>` prints the table; bench/run.ts calls `largestPages` after
 * each size's first build.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { LOCALE_CODES } from "../src/i18n/locales.ts";

export interface KindSize {
  kind: string;
  /** How many pages of this kind. */
  pages: number;
  /** The largest one: its path, bytes as written and after gzip. */
  largest: { path: string; bytes: number; gzipBytes: number };
}

/** A page's kind: its path with the language, ids and page numbers named. */
export function kindOf(path: string): string {
  const parts = path.split("/").filter(Boolean);
  const out: string[] = [];
  if (parts[0] && LOCALE_CODES.includes(parts[0]) && parts[0] !== "en") {
    out.push("{lang}");
    parts.shift();
  }
  const section = parts[0];
  for (const [i, part] of parts.entries()) {
    if (i === 0) out.push(part);
    else if (/^\d+$/.test(part)) out.push("{n}");
    else if (part === "page" || part === "projects" || part === "charts") out.push(part);
    else out.push(section === "charts" || section === "embed" ? "{chart}" : "{id}");
  }
  return `/${out.join("/")}${out.length ? "/" : ""}`.replace("//", "/");
}

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "_astro" && entry.name !== "pagefind") yield* htmlFiles(path);
    } else if (entry.name.endsWith(".html")) yield path;
  }
}

/** The largest page of each kind, largest first. */
export function largestPages(dist: string): KindSize[] {
  const kinds = new Map<string, KindSize>();
  for (const file of htmlFiles(dist)) {
    const rel = `/${relative(dist, file)}`.replace(/index\.html$/, "");
    const kind = kindOf(rel);
    const body = readFileSync(file);
    const size = { path: rel, bytes: body.length, gzipBytes: gzipSync(body, { level: 6 }).length };
    const known = kinds.get(kind);
    if (!known) kinds.set(kind, { kind, pages: 1, largest: size });
    else {
      known.pages++;
      if (size.gzipBytes > known.largest.gzipBytes) known.largest = size;
    }
  }
  return [...kinds.values()].sort((a, b) => b.largest.gzipBytes - a.largest.gzipBytes);
}

if (import.meta.main) {
  const dist = process.argv[2] ?? "dist";
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  for (const k of largestPages(dist))
    console.log(
      `${kb(k.largest.gzipBytes).padStart(10)} gz ${kb(k.largest.bytes).padStart(11)}  ${String(k.pages).padStart(6)} pages  ${k.kind}  (${k.largest.path})`,
    );
}
