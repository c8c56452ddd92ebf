// Development aid: screenshots pages of a running site in Debian's Chromium.
// Usage: node scripts/screenshot.mjs http://localhost:4321 /projects/it-partir-ii/ [more paths]
import { chromium } from "playwright-core";

const [base, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const width = Number(process.env.WIDTH ?? 1280);
const page = await browser.newPage({ viewport: { width, height: 900 } });
for (const path of paths) {
  await page.goto(new URL(path, base).href);
  const file = `/tmp/shot-${path.replace(/[^a-z0-9]+/gi, "_")}-${width}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();
