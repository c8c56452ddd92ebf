/**
 * The W3C Nu Html Checker (vnu.jar, from the vnu-jar package, on Debian's Java) on every page
 * of dist/: no error, and no "Section lacks heading" (every table is named by its caption, in a
 * region, not in a <section>). Its only other messages are warnings that the page's CSP meta tag
 * blocks the site's own stylesheet and scripts: the checker reads the files from disk (file:),
 * where 'self' matches nothing; over HTTP the browser suite sees no CSP violation.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { dist, root } from "./helpers.ts";

const jar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

interface Message {
  type: string;
  subType?: string;
  message: string;
  url: string;
}

/** The checker's messages on a file or folder (vnu writes its JSON report to standard error). */
function check(path: string): { status: number | null; messages: Message[] } {
  const run = spawnSync("java", ["-jar", jar, "--skip-non-html", "--format", "json", path], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`java is needed for the Nu checker (apt-get install -y default-jre-headless; .ci/run does this): ${run.error.message}`);
  return { status: run.status, messages: (JSON.parse(run.stderr) as { messages: Message[] }).messages };
}

describe("the Nu Html Checker", () => {
  it("finds no error on any page, and no section without a heading", { timeout: 180_000 }, () => {
    const run = check(dist);
    const { messages } = run;
    const where = (m: Message) => `${m.url.replace(`file:${dist}`, "")}: ${m.message}`;
    expect(messages.filter((m) => m.type === "error" || m.type === "non-document-error").map(where)).toEqual([]);
    expect(messages.filter((m) => m.message.startsWith("Section lacks heading")).map(where)).toEqual([]);
    const cspFromDisk = /^(Resource|Inline script) violates Content Security Policy \(meta tag\)/;
    expect(messages.filter((m) => !cspFromDisk.test(m.message)).map(where)).toEqual([]);
    expect(run.status).toBe(0);
  });

  it("can fail: it reports the image without alt text of the broken fixture page", { timeout: 60_000 }, () => {
    const { messages } = check(join(root, "tests/fixtures/broken-site/index.html"));
    expect(messages.some((m) => m.type === "error" && /alt/.test(m.message))).toBe(true);
  });
});
