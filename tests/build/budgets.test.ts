/**
 * Page-weight budgets on the built real site, in bytes after gzip (level 6, as
 * deploy/nginx/avrr.conf serves them): what a reader on a slow, expensive connection downloads.
 *
 * - a project page: HTML + CSS at most 20 KB, and no JavaScript at all;
 * - any page: at most 80 KB of JavaScript, counting every script it loads, the modules those
 *   import (statically or on demand) and the files they name, such as Pagefind's worker;
 * - no web fonts.
 *
 * A failure names the largest offenders.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { dist, listFiles } from "./helpers.ts";

const BUDGETS = { projectPageHtmlCss: 20 * 1024, pageJs: 80 * 1024 } as const;

const gzipCache = new Map<string, number>();
/** Bytes after gzip of a file in dist (by absolute path). */
function gzipped(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 6 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** A site path (`/_astro/x.js`) or a path relative to `from`, as a file in dist, if it exists. */
function resolve(reference: string, from: string): string | undefined {
  const file = reference.startsWith("/") ? join(dist, reference) : join(from, reference);
  return file.startsWith(dist) && existsSync(file) ? file : undefined;
}

/** Every JavaScript file a page can load: its scripts, and everything they import or name. */
function scriptsOf(html: string): string[] {
  const found = new Set<string>();
  const queue = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].flatMap((m) => resolve(m[1]!, dist) ?? []),
    // The search page's script loads the Pagefind bundle its form names.
    ...[...html.matchAll(/\bdata-pagefind-bundle="([^"]+)"/g)].flatMap((m) => resolve(`${m[1]!}pagefind.js`, dist) ?? []),
  ];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (found.has(file)) continue;
    found.add(file);
    const code = readFileSync(file, "utf8");
    // Quoted module paths, and bare file names (a worker named by a template string).
    const references = [...code.matchAll(/["'`]((?:\.{1,2}\/|\/)[\w./-]+\.js)["'`]/g), ...code.matchAll(/\b([\w-]+\.js)\b/g)].map((m) => m[1]!);
    for (const reference of references) {
      const target = resolve(reference, dirname(file));
      if (target && !found.has(target)) queue.push(target);
    }
  }
  return [...found].sort();
}

function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].flatMap((m) => resolve(m[1]!, dist) ?? []);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pages = listFiles(dist).filter((file) => file.endsWith(".html"));
const projectPages = pages.filter((file) => /(^|\/)projects\/[a-z0-9-]+\/index\.html$/.test(relative(dist, file)));

/** The `count` largest of `rows`, as lines for a failure message. */
function offenders(rows: { page: string; bytes: number; detail: string }[], budget: number, count = 5): string {
  return [...rows]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count)
    .map((r) => `${r.bytes > budget ? "OVER " : "     "}${kb(r.bytes).padStart(9)}  ${r.page}  (${r.detail})`)
    .join("\n");
}

describe("page-weight budgets (gzip level 6)", () => {
  it("finds the pages it measures", () => {
    // Every record in two languages; the rest of the site around them.
    expect(projectPages).toHaveLength(2 * readdirSync(new URL("../../content/projects/", import.meta.url)).filter((f) => f.endsWith(".md")).length);
    expect(pages.length).toBeGreaterThan(240);
  });

  it(`a project page's HTML and CSS are at most ${kb(BUDGETS.projectPageHtmlCss)}, with no JavaScript`, () => {
    const rows = projectPages.map((file) => {
      const html = readFileSync(file, "utf8");
      const css = stylesheetsOf(html);
      const htmlBytes = gzipped(file);
      const cssBytes = css.reduce((sum, f) => sum + gzipped(f), 0);
      return { page: relative(dist, file), bytes: htmlBytes + cssBytes, detail: `HTML ${kb(htmlBytes)} + CSS ${kb(cssBytes)}`, scripts: scriptsOf(html) };
    });
    const withScripts = rows.filter((r) => r.scripts.length > 0).map((r) => `${r.page}: ${r.scripts.map((s) => relative(dist, s)).join(", ")}`);
    expect(withScripts, "project pages that load JavaScript").toEqual([]);
    const over = rows.filter((r) => r.bytes > BUDGETS.projectPageHtmlCss);
    expect(over.length, `largest project pages:\n${offenders(rows, BUDGETS.projectPageHtmlCss)}`).toBe(0);
  });

  it(`no page loads more than ${kb(BUDGETS.pageJs)} of JavaScript`, () => {
    const rows = pages.map((file) => {
      const scripts = scriptsOf(readFileSync(file, "utf8"));
      return {
        page: relative(dist, file),
        bytes: scripts.reduce((sum, f) => sum + gzipped(f), 0),
        detail: scripts.map((s) => `${relative(dist, s)} ${kb(gzipped(s))}`).join(", ") || "none",
      };
    });
    // The chart pages and the search page do load scripts: the measure is not vacuous.
    expect(rows.find((r) => r.page === "charts/index.html")!.bytes).toBeGreaterThan(30 * 1024);
    expect(rows.find((r) => r.page === "search/index.html")!.detail).toContain("pagefind/pagefind.js");
    expect(rows.find((r) => r.page === "it/search/index.html")!.detail).toContain("it/pagefind/pagefind.js");
    const over = rows.filter((r) => r.bytes > BUDGETS.pageJs);
    expect(over.length, `pages with the most JavaScript:\n${offenders(rows, BUDGETS.pageJs)}`).toBe(0);
  });

  it("uses no web fonts", () => {
    const fonts = listFiles(dist).filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file));
    const css = listFiles(dist).filter((file) => file.endsWith(".css") && readFileSync(file, "utf8").includes("@font-face"));
    expect([...fonts, ...css].map((f) => relative(dist, f))).toEqual([]);
  });
});

describe("the budget measure itself", () => {
  it("follows a page's scripts and its Pagefind bundle through their imports to Pagefind's worker", () => {
    const search = scriptsOf(readFileSync(join(dist, "search/index.html"), "utf8")).map((f) => relative(dist, f));
    expect(search).toEqual(expect.arrayContaining(["pagefind/pagefind.js", "pagefind/pagefind-worker.js"]));
    // The search rules shared with the project list's keyword filter are a chunk of their own, imported by the page's script.
    expect(search.some((f) => /^_astro\/search\.[\w-]+\.js$/.test(f))).toBe(true);
  });

  it("reports an over-budget page first, marked OVER", () => {
    const text = offenders(
      [
        { page: "a", bytes: 10, detail: "" },
        { page: "b", bytes: 30, detail: "" },
      ],
      20,
    );
    expect(text.split("\n")[0]).toMatch(/^OVER .* b /);
    expect(text.split("\n")[1]).toMatch(/^ {5}.* a /);
  });
});
