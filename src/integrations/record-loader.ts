/**
 * Content loaders for the records and their translations that store what the validation
 * read: each file is read and parsed once, by one YAML parser (record-files.ts), and the
 * whole set is checked before anything is stored. A build with any problem in any record
 * stops here, with every problem listed, one per line.
 */
import type { Loader, LoaderContext } from "astro/loaders";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { checkContent, readTranslationHeadings, type CheckedContent } from "./record-files.ts";
import { DEFAULT_LOCALE, LOCALE_CODES } from "../i18n/locales.ts";

export interface RecordLoaderOptions {
  recordsDir: string;
  translationsDir: string;
  /** The day the status of projects is computed for (BUILD_DATE). */
  today?: string | undefined;
  /** A publishers table other than data/publishers.json, for synthetic records (tests, benchmark). */
  publishersFile?: string | undefined;
}

// Both collections' loaders run in the same sync: the files are read and checked once for both.
let checked: { key: string; content: CheckedContent } | undefined;

function checkedContent(options: RecordLoaderOptions, root: string): CheckedContent {
  const key = JSON.stringify([options, root]);
  if (checked?.key === key) return checked.content;
  const content = checkContent({
    recordsDir: options.recordsDir,
    translationsDir: options.translationsDir,
    dataDir: join(root, "data"),
    rootDir: root,
    headings: readTranslationHeadings(
      join(root, "src/i18n"),
      LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE),
    ),
    today: options.today,
    publishersFile: options.publishersFile,
    publicationsDir: join(root, "content/publications"),
  });
  if (content.problems.length > 0) {
    const n = content.problems.length;
    const error = new Error(`${n} problem${n === 1 ? "" : "s"} in the project records:\n${content.problems.join("\n")}`);
    error.stack = error.message;
    throw error;
  }
  checked = { key, content };
  return content;
}

async function store<T extends Record<string, unknown>>(context: LoaderContext, entries: CheckedContent["records" | "translations"]): Promise<void> {
  const { store, generateDigest, renderMarkdown } = context;
  const ids = new Set<string>();
  for (const entry of entries) {
    ids.add(entry.id);
    const data = entry.data as unknown as T;
    const digest = generateDigest(`${JSON.stringify(data)}\n${entry.body}`);
    // Unchanged since the last build (the store is kept between builds): no need to render again.
    if (store.get(entry.id)?.digest === digest) continue;
    store.set({ id: entry.id, data, body: entry.body, filePath: entry.filePath, digest, rendered: await renderMarkdown(entry.body) });
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
}

export function recordLoader(kind: "records" | "translations", options: RecordLoaderOptions): Loader {
  return {
    name: `avrr-${kind}`,
    load: async (context) => {
      const content = checkedContent(options, fileURLToPath(context.config.root));
      await store(context, content[kind]);
      if (kind === "records") {
        context.logger.info(`${content.records.length} records and ${content.translations.length} translations are valid`);
        const n = content.warnings.length;
        if (n > 0) context.logger.warn(`${n} organisation name${n === 1 ? "" : "s"} in the project records to look at:\n${content.warnings.join("\n")}`);
      }
    },
  };
}
