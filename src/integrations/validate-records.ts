/**
 * An Astro integration that validates every record before the content layer loads them,
 * and stops the build with all problems in all records, one per line.
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { checkContent, readTranslationHeadings } from "./record-files.ts";
import { DEFAULT_LOCALE, LOCALE_CODES } from "../i18n/locales.ts";

export function validateRecordsIntegration(options: { recordsDir: string; translationsDir: string; dataDir: string; i18nDir: string; today: string; publishersFile?: string | undefined }): AstroIntegration {
  return {
    name: "avrr:validate-records",
    hooks: {
      "astro:config:setup": ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const problems = checkContent({
          recordsDir: options.recordsDir,
          translationsDir: options.translationsDir,
          dataDir: options.dataDir,
          rootDir: root,
          headings: readTranslationHeadings(options.i18nDir, LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE)),
          today: options.today,
          publishersFile: options.publishersFile,
        });
        if (problems.length > 0) {
          const error = new Error(
            `${problems.length} problem${problems.length === 1 ? "" : "s"} in the project records:\n${problems.join("\n")}`,
          );
          error.stack = error.message;
          throw error;
        }
        logger.info("all records and translations are valid");
      },
    },
  };
}
