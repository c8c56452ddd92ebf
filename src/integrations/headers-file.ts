/** Writes `dist/_headers` (security headers, caching and the media type of each published file, build-only files left out) after the build. */
import type { AstroIntegration } from "astro";
import { readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderHeadersFile } from "../lib/security-headers.ts";
import { isBuildOnly } from "./build-only.ts";

export function headersFileIntegration(): AstroIntegration {
  return {
    name: "avrr:headers-file",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const paths = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => `${entry.parentPath}/${entry.name}`.slice(root.length).replace(/^\/+/, ""))
          .filter((path) => !isBuildOnly(path));
        writeFileSync(fileURLToPath(new URL("_headers", dir)), renderHeadersFile(paths));
        logger.info("wrote _headers");
      },
    },
  };
}
