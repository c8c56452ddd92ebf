/** CSP and security headers everywhere; nginx serves the site correctly. (No request to another origin, console error or cookie on any page: sweep.spec.ts.) */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { request as httpRequest } from "node:http";
import type { Browser } from "playwright-core";
import { dist, root } from "../build/helpers.ts";
import { launchBrowser, sitemapUrls } from "./checks.ts";
import { NGINX_CONF } from "./nginx.ts";
import { CSP_HEADER, IMMUTABLE_CACHE_CONTROL, SECURITY_HEADERS, renderHeadersFile } from "../../src/lib/security-headers.ts";

const siteUrl = inject("siteUrl");
const brokenUrl = inject("brokenUrl");
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

  it("dist/_headers carries the same headers, and long caching for fingerprinted assets", () => {
    const file = readFileSync(join(dist, "_headers"), "utf8");
    expect(file).toBe(renderHeadersFile());
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`  ${name}: ${value}\n`);
    expect(file).toContain(`/_astro/*\n  Cache-Control: ${IMMUTABLE_CACHE_CONTROL}`);
  });

  it("the nginx configuration in the repository sets exactly these headers", () => {
    const conf = readFileSync(join(root, NGINX_CONF), "utf8");
    const headers = Object.fromEntries([...conf.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;/gm)].map((m) => [m[1], m[2]]));
    expect(headers).toEqual(SECURITY_HEADERS);
  });
});

describe("nginx serves the site correctly", () => {
  it.each([
    ["/", "text/html; charset=utf-8"],
    ["/sitemap-index.xml", "text/xml; charset=utf-8"],
  ])("%s is %s", async (path, type) => {
    expect((await fetch(new URL(path, siteUrl))).headers.get("content-type")).toBe(type);
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
    ["/sample.xml", "text/xml; charset=utf-8"],
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
    ["/data/iati-activities.xml", "text/xml; charset=utf-8"],
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
