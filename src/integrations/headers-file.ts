/** Writes `dist/_headers` (security headers and caching) after the build. */
import type { AstroIntegration } from "astro";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderHeadersFile } from "../lib/security-headers.ts";

export function headersFileIntegration(): AstroIntegration {
  return {
    name: "avrr:headers-file",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        writeFileSync(fileURLToPath(new URL("_headers", dir)), renderHeadersFile());
        logger.info("wrote _headers");
      },
    },
  };
}
