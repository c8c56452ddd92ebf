/** CSP and security headers everywhere; nginx serves the site correctly. (No request to another origin, console error or cookie on any page: sweep.spec.ts.) */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { readdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { dist, root } from "../build/helpers.ts";
import { launchBrowser, sitemapUrls } from "./checks.ts";
import { NGINX_CONF, NGINX_SITE_CONF } from "./nginx.ts";
import { CSP_HEADER, IMMUTABLE_CACHE_CONTROL, SECURITY_HEADERS, renderHeadersFile } from "../../src/lib/security-headers.ts";
import { mediaTypeOf, XLSX_MEDIA_TYPE } from "../../src/lib/media-types.ts";

const siteUrl = inject("siteUrl");
const brokenUrl = inject("brokenUrl");
const httpsUrl = inject("httpsUrl");
const httpsCertificate = inject("httpsCertificate");
const redirectUrl = inject("redirectUrl");
let browser: Browser;
let urls: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  urls = await sitemapUrls(siteUrl);
});
afterAll(() => browser?.close());

/** A raw GET, so that compression is visible (fetch would decode it). */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

/** A GET over TLS to the HTTPS server of avrr.conf, trusting its throwaway certificate; redirects are not followed. */
function tlsGet(url: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    httpsRequest(url, { ca: httpsCertificate }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    })
      .on("error", reject)
      .end();
  });
}

/** Every file of the build under dist/ (relative), as the _headers integration lists them: before the search index is written. */
function builtFiles(): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1))
    .filter((path) => !/(^|\/)pagefind\//.test(path) && path !== "_headers");
}

describe("privacy", () => {
  it("the checks see a request to another origin", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.route("https://example.org/**", (route) => route.abort());
    await page.setContent('<img src="https://example.org/tracker.png" alt="">');
    expect(requests).toContain("https://example.org/tracker.png");
    await page.close();
  });
});

describe("security headers", () => {
  it("every page is served with the CSP and the other security headers", async () => {
    const problems: string[] = [];
    for (const url of [...urls, new URL("/no-such-page/", siteUrl).href, new URL("/it/no-such-page/", siteUrl).href]) {
      const response = await fetch(url);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        if (response.headers.get(name) !== value) problems.push(`${url}: ${name} is ${response.headers.get(name)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(CSP_HEADER).not.toContain("unsafe-inline");
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
  });

  it("every page carries Astro's CSP meta tag, with no 'unsafe-inline' for scripts", () => {
    const pages = readFileSync(join(dist, "sitemap-0.xml"), "utf8").match(/<loc>[^<]+<\/loc>/g)!.length;
    expect(pages).toBe(urls.length);
    for (const url of urls) {
      const file = join(dist, new URL(url).pathname, "index.html");
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, "utf8"))?.[1];
      expect(meta, url).toBeDefined();
      const scriptSrc = meta!
        .split(";")
        .map((d) => d.trim())
        .find((d) => d.startsWith("script-src"));
      expect(scriptSrc, url).toMatch(/^script-src 'self'/);
      expect(scriptSrc, url).not.toContain("unsafe-inline");
      expect(meta, url).toContain("default-src 'self'");
    }
  });

  it("the browser enforces the CSP: an injected inline script does not run", async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on("console", (message) => violations.push(message.text()));
    await page.goto(new URL("/projects/it-partir-ii/", siteUrl).href);
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true;";
      document.body.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect(violations.join("\n")).toMatch(/Content Security Policy/);
    await page.close();
  });

  it("dist/_headers carries the same headers, long caching for fingerprinted assets, and each published file's media type", () => {
    const file = readFileSync(join(dist, "_headers"), "utf8");
    expect(file).toBe(renderHeadersFile(builtFiles()));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`  ${name}: ${value}\n`);
    expect(file).toContain(`/_astro/*\n  Cache-Control: ${IMMUTABLE_CACHE_CONTROL}`);
    expect(file).toContain("/feed.xml\n  Content-Type: application/atom+xml; charset=utf-8\n");
    expect(file).toContain("/data/projects.csv\n  Content-Type: text/csv; charset=utf-8\n");
    expect(file).toContain(`/data/eu-avrr-projects.xlsx\n  Content-Type: ${XLSX_MEDIA_TYPE}\n`);
    // The search documents are written for the index and removed before publishing: never listed.
    expect(file).not.toContain("documents.json");
  });

  it("the nginx configuration in the repository sets exactly these headers, in one place", () => {
    const main = readFileSync(join(root, NGINX_CONF), "utf8");
    const site = readFileSync(join(root, NGINX_SITE_CONF), "utf8");
    // A header's value may be a map of avrr.conf: its default is what every page gets.
    const defaults = new Map([...main.matchAll(/^map \$uri \$(\w+) \{[^}]*?^\s*default\s+"([^"]*)";/gms)].map((m) => [m[1]!, m[2]!]));
    const resolve = (value: string) => value.replace(/\$(avrr_\w+)/g, (_, name: string) => defaults.get(name) ?? `$${name}`);
    const headers = Object.fromEntries(
      [...site.matchAll(/^\s*add_header ([\w-]+) (?:"([^"]*)"|(\$\w+)) always;/gm)].map((m) => [m[1], resolve(m[2] ?? m[3]!)]),
    );
    delete headers["Cache-Control"];
    expect(headers).toEqual(SECURITY_HEADERS);
    expect(main).not.toMatch(/add_header/);
  });
});

describe("the deployment as the HTTP Observatory grades it", () => {
  it("the HTTP server redirects every address to the same one over HTTPS, at once", async () => {
    const response = await fetch(new URL("/projects/it-partir-ii/?view=all", redirectUrl), { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("https://127.0.0.1/projects/it-partir-ii/?view=all");
  });

  it.each(["/", "/projects/it-partir-ii/", "/data/projects.csv", "/no-such-page/"])("%s over HTTPS has each graded header, with its value", async (path) => {
    const response = await tlsGet(new URL(path, httpsUrl).href);
    expect(response.status).toBe(path === "/no-such-page/" ? 404 : 200);
    const graded = {
      "content-security-policy": CSP_HEADER,
      "strict-transport-security": "max-age=63072000; includeSubDomains",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "no-referrer",
      "cross-origin-resource-policy": "same-origin",
      "cross-origin-opener-policy": "same-origin",
      "permissions-policy": SECURITY_HEADERS["Permissions-Policy"],
    };
    expect(Object.fromEntries(Object.keys(graded).map((name) => [name, response.headers[name]]))).toEqual(graded);
    // No cookies, no CORS: nothing to grade there.
    expect([response.headers["set-cookie"], response.headers["access-control-allow-origin"]]).toEqual([undefined, undefined]);
    expect(CSP_HEADER).toMatch(/frame-ancestors 'none'/);
    expect(CSP_HEADER).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });

  it("a folder asked for without its slash is redirected with a relative Location", async () => {
    for (const base of [siteUrl, httpsUrl]) {
      const response = base === httpsUrl ? await tlsGet(new URL("/projects", base).href) : await rawGet(new URL("/projects", base).href);
      expect(response.status, base).toBe(301);
      expect(response.headers["location"], base).toBe("/projects/");
    }
  });
});

describe("nginx serves the site correctly", () => {
  it.each([
    ["/", "text/html; charset=utf-8"],
    ["/sitemap-index.xml", "application/xml; charset=utf-8"],
    ["/feed.xml", "application/atom+xml; charset=utf-8"],
    ["/it/feed.xml", "application/atom+xml; charset=utf-8"],
  ])("%s is %s", async (path, type) => {
    expect((await fetch(new URL(path, siteUrl))).headers.get("content-type")).toBe(type);
  });

  it("every published file has the media type of src/lib/media-types.ts", async () => {
    const problems: string[] = [];
    const files = builtFiles().filter((path) => mediaTypeOf(path) !== undefined);
    expect(files.length).toBeGreaterThan(200);
    for (const path of files) {
      const type = (await fetch(new URL(`/${path}`, siteUrl))).headers.get("content-type");
      if (type !== mediaTypeOf(path)) problems.push(`${path}: ${type}, not ${mediaTypeOf(path)}`);
    }
    expect(problems).toEqual([]);
  });

  it("stylesheets are CSS, compressed, and cached for a year", async () => {
    const html = await (await fetch(new URL("/", siteUrl))).text();
    const css = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
    expect(css).toBeDefined();
    const response = await rawGet(new URL(css!, siteUrl).href, { "Accept-Encoding": "gzip" });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("text/css; charset=utf-8");
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers["cache-control"]).toBe(IMMUTABLE_CACHE_CONTROL);
    expect(gunzipSync(response.body).toString("utf8")).toContain("@media print");
  });

  it("scripts are JavaScript, compressed, and cached for a year", async () => {
    const html = await (await fetch(new URL("/charts/", siteUrl))).text();
    const js = /<script type="module" src="(\/_astro\/[^"]+\.js)"/.exec(html)?.[1];
    expect(js).toBeDefined();
    const response = await rawGet(new URL(js!, siteUrl).href, { "Accept-Encoding": "gzip" });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^(application|text)\/javascript/);
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers["cache-control"]).toBe(IMMUTABLE_CACHE_CONTROL);
    expect(gunzipSync(response.body).length).toBeGreaterThan(response.body.length * 2);
  });

  it("pages are compressed and revalidated", async () => {
    const response = await rawGet(new URL("/projects/it-partir-ii/", siteUrl).href, { "Accept-Encoding": "gzip" });
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers["cache-control"]).toBe("no-cache");
    expect(gunzipSync(response.body).toString("utf8")).toContain("PARTIR II");
  });

  it.each([
    ["/sample.csv", "text/csv; charset=utf-8"],
    ["/sample.json", "application/json; charset=utf-8"],
    ["/sample.xml", "application/xml; charset=utf-8"],
  ])("data file %s is %s", async (path, type) => {
    const response = await fetch(new URL(path, brokenUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it.each([
    ["/data/projects.csv", "text/csv; charset=utf-8"],
    ["/data/results.csv", "text/csv; charset=utf-8"],
    ["/data/list-of-operations.csv", "text/csv; charset=utf-8"],
    ["/data/iati-activities.xml", "application/xml; charset=utf-8"],
    ["/data/eu-avrr-projects.xlsx", XLSX_MEDIA_TYPE],
    ["/data/projects.json", "application/json; charset=utf-8"],
    ["/data/datapackage.json", "application/json; charset=utf-8"],
    ["/data/SHA256SUMS", "text/plain; charset=utf-8"],
    ["/data/CITATION.cff", "text/plain; charset=utf-8"],
    ["/projects/it-partir-ii.json", "application/json; charset=utf-8"],
    ["/data/", "text/html; charset=utf-8"],
  ])("published file %s is %s, with the security headers", async (path, type) => {
    const response = await fetch(new URL(path, siteUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("a missing page answers 404 with the site's own page", async () => {
    const response = await fetch(new URL("/no-such-page/", siteUrl));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Page not found");
    expect((await fetch(new URL("/_headers", siteUrl))).status).toBe(404);
  });

  it("a missing Italian page answers 404 with the Italian 404 page", async () => {
    const response = await fetch(new URL("/it/no-such-page/", siteUrl));
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toMatch(/<html lang="it"/);
    expect(html).toContain("Pagina non trovata");
    expect(response.headers.get("content-security-policy")).toBe(CSP_HEADER);
  });
});
