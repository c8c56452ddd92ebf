// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import remarkGfm from "remark-gfm";
import { fileURLToPath } from "node:url";
import sitemap from "@astrojs/sitemap";
import { validateRecordsIntegration } from "./src/integrations/validate-records.ts";
import { headersFileIntegration } from "./src/integrations/headers-file.ts";
import { CSP_DIRECTIVES } from "./src/lib/security-headers.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

// The day the site is built: project status (planned, ongoing, closed) is stated as of it.
// Set BUILD_DATE=YYYY-MM-DD for a reproducible build.
process.env.BUILD_DATE ??= new Date().toISOString().slice(0, 10);

// Tests point the build at fixture records; a normal build reads content/projects.
process.env.AVRR_RECORDS_DIR ??= `${root}content/projects`;

export default defineConfig({
  site: "https://avrr-transparency.eu",
  trailingSlash: "always",
  // Stylesheets as files, never inlined: the CSP allows styles from this origin only.
  build: { format: "directory", inlineStylesheets: "never" },
  // Astro's own CSP: a meta tag on every page, with hashes for any script or style it emits.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    validateRecordsIntegration({
      recordsDir: process.env.AVRR_RECORDS_DIR,
      dataDir: `${root}data`,
      today: process.env.BUILD_DATE,
    }),
    // `.md` records use Astro's default Markdown processor, which already handles
    // GitHub-flavoured Markdown (and is much faster on thousands of records). MDX pages go
    // through the unified pipeline, where remark-gfm is applied exactly once: the
    // processor's built-in GFM is switched off and the plugin listed instead.
    sitemap(),
    headersFileIntegration(),
    mdx({ gfm: false, processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) }),
  ],
});
