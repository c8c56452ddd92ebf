/** A project page prints on A4 without chrome; screenshots. (Every page reads fully without JavaScript: sweep.spec.ts.) */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { root } from "../build/helpers.ts";
import { launchBrowser } from "./checks.ts";

const siteUrl = inject("siteUrl");
const outDir = join(root, "test-results");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(join(outDir, "screenshots"), { recursive: true });
});
afterAll(() => browser?.close());

describe("print", () => {
  it("a project page prints on A4 without navigation chrome", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("/projects/it-partir-ii/", siteUrl).href);
    await page.emulateMedia({ media: "print" });
    const hidden = await page.evaluate(() =>
      [".site-header", ".skip-link", ".breadcrumbs", ".site-footer nav"].map((selector) => getComputedStyle(document.querySelector(selector)!).display),
    );
    expect(hidden).toEqual(["none", "none", "none", "none"]);
    expect(await page.locator("h1").isVisible()).toBe(true);
    // Source addresses are printed after their links, since a reader of paper cannot click.
    const after = await page.evaluate(() => getComputedStyle(document.querySelector(".sources a")!, "::after").content);
    expect(after).toMatch(/attr\(href\)|http/);
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    writeFileSync(join(outDir, "it-partir-ii.pdf"), pdf);
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(5);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
    // A4 is 595.28 × 841.89 points; Chromium rounds the page box up.
    expect(Math.abs(Number(box![1]) - 595.28)).toBeLessThan(1);
    expect(Math.abs(Number(box![2]) - 841.89)).toBeLessThan(1.2);
    await page.close();
  });

  it("prints the numbered references of every figure, in the key facts and below them, legible on paper", async () => {
    const page = await browser.newPage();
    // ERMES 2: dates, the amount awarded, a target and three allowances, from two of its four sources.
    await page.goto(new URL("/projects/it-ermes-2/", siteUrl).href);
    await page.emulateMedia({ media: "print" });
    const refs = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("article sup.refs")].map((sup) => {
        const style = getComputedStyle(sup);
        const box = sup.getBoundingClientRect();
        return {
          figures: sup.dataset.refs,
          text: [...sup.querySelectorAll("a")].map((a) => a.textContent!.replace(/^[^[]+/, "")).join(""),
          shown: style.display !== "none" && style.visibility === "visible" && box.width > 0 && box.height > 0,
          points: (parseFloat(style.fontSize) * 72) / 96,
          color: getComputedStyle(sup.querySelector("a")!).color,
        };
      }),
    );
    expect(refs.map((r) => [r.figures, r.text])).toEqual([
      ["start end", "[3]"],
      ["budget.awarded", "[1]"],
      ["targets.returned", "[3]"],
      ["targets.returned", "[3]"],
      ["allowances.1", "[3]"],
      ["allowances.2", "[3]"],
      ["allowances.3", "[3]"],
    ]);
    for (const r of refs) {
      expect(r.shown, r.figures).toBe(true);
      expect(r.points, r.figures).toBeGreaterThanOrEqual(8);
      // Links print in the text colour (#1b1b1b), not a screen blue that greys out on paper.
      expect(r.color, r.figures).toBe("rgb(27, 27, 27)");
    }
    await page.close();
  });
});

describe("screenshots for people to look at (test-results/screenshots, ignored by git)", () => {
  const pages = [
    ["home", "/"],
    ["projects", "/projects/"],
    ["it-partir-ii", "/projects/it-partir-ii/"],
    ["it-partir-ii-italian", "/it/projects/it-partir-ii/"],
  ] as const;
  const widths = [
    ["phone", 390],
    ["desktop", 1280],
  ] as const;
  it.each(pages.flatMap(([name, path]) => widths.map(([device, width]) => [name, path, device, width] as const)))(
    "%s (%s) on a %s, %i px wide",
    async (name, path, device, width) => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(new URL(path, siteUrl).href);
      const file = join(outDir, "screenshots", `${name}-${device}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(statSync(file).size).toBeGreaterThan(10_000);
      // Nothing is wider than the screen except scrollable tables.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      await page.close();
    },
  );
});
