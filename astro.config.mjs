// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import remarkGfm from "remark-gfm";
import { fileURLToPath } from "node:url";
import sitemap from "@astrojs/sitemap";
import { headersFileIntegration } from "./src/integrations/headers-file.ts";
import { recordJsonIntegration } from "./src/integrations/record-json.ts";
import { rehypeTableCaptions } from "./src/integrations/table-captions.ts";
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from "./src/lib/security-headers.ts";
import { DEFAULT_LOCALE, LOCALES } from "./src/i18n/locales.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

// The day the site is built: project status (planned, ongoing, closed) is stated as of it.
// Set BUILD_DATE=YYYY-MM-DD for a reproducible build.
process.env.BUILD_DATE ??= new Date().toISOString().slice(0, 10);

// Tests point the build at fixture records; a normal build reads content/projects.
process.env.AVRR_RECORDS_DIR ??= `${root}content/projects`;
process.env.AVRR_TRANSLATIONS_DIR ??= `${root}content/translations`;

/**
 * Browser scripts only format messages the build has compiled (src/lib/i18n.ts): they get
 * FormatJS's parser-free entry of the ICU parser package, and the parser itself stays on the server.
 */
const icuParserOnServerOnly = {
  name: "avrr:icu-parser-on-server-only",
  enforce: /** @type {const} */ ("pre"),
  /** @param {{ name: string }} environment */
  applyToEnvironment: (environment) => environment.name === "client",
  /** @this {import("vite").Rollup.PluginContext} @param {string} source @param {string | undefined} importer */
  resolveId(source, importer) {
    if (source !== "@formatjs/icu-messageformat-parser") return null;
    return this.resolve("@formatjs/icu-messageformat-parser/no-parser.js", importer, { skipSelf: true });
  },
};

export default defineConfig({
  // The site's address once deployed. The repository where readers correct records is
  // REPOSITORY in src/data/site.ts: change both together.
  site: "https://avrr-transparency.eu",
  trailingSlash: "always",
  // No code blocks on this site, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  // English at the permanent URLs, every other language under its prefix (/it/...).
  i18n: {
    locales: LOCALES.map((locale) => locale.code),
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  // Stylesheets as files, never inlined: the CSP allows styles from this origin only.
  build: { format: "directory", inlineStylesheets: "never" },
  // Scripts as files too, however small: the HTTP header's CSP allows scripts from this origin
  // only (Astro's meta tag would allow an inlined script by its hash, the header would not).
  vite: { build: { assetsInlineLimit: 0 }, plugins: [icuParserOnServerOnly] },
  // Astro's own CSP: a meta tag on every page, with hashes for any script or style it emits.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    // First: /projects/<id>.json are written from one build-only file before the sitemap and _headers list the files.
    recordJsonIntegration(),
    // `.md` records use Astro's default Markdown processor, which already handles
    // GitHub-flavoured Markdown (and is much faster on thousands of records). MDX pages go
    // through the unified pipeline, where remark-gfm is applied exactly once: the
    // processor's built-in GFM is switched off and the plugin listed instead.
    // Every page names its other-language versions in <link rel="alternate" hreflang> (BaseLayout),
    // so the sitemap lists the URLs only: the plugin's `i18n` option pairs them by scanning every
    // URL for every URL, about 5 s of a 10,000-record build (bench/README.md).
    // Embeds (/embed/charts/<id>/) are marked noindex and left out: the chart's own page is the place to find.
    sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) && !/^\/(?:[a-z]{2}\/)?embed\//.test(new URL(page).pathname) }),
    headersFileIntegration(),
    // A Markdown table gets its caption from a paragraph "Table: …" right before it (src/integrations/table-captions.ts).
    mdx({ gfm: false, syntaxHighlight: false, processor: unified({ gfm: false, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeTableCaptions] }) }),
  ],
});
