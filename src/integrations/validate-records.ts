/**
 * An Astro integration that validates every record before the content layer loads them,
 * and stops the build with all problems in all records, one per line.
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { checkRecordFolder } from "./record-files.ts";

export function validateRecordsIntegration(options: { recordsDir: string; dataDir: string; today: string }): AstroIntegration {
  return {
    name: "avrr:validate-records",
    hooks: {
      "astro:config:setup": ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const problems = checkRecordFolder(options.recordsDir, options.dataDir, root, options.today);
        if (problems.length > 0) {
          const error = new Error(
            `${problems.length} problem${problems.length === 1 ? "" : "s"} in the project records:\n${problems.join("\n")}`,
          );
          error.stack = error.message;
          throw error;
        }
        logger.info(`all records in ${options.recordsDir} are valid`);
      },
    },
  };
}
