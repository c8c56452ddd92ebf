/** The page's formatter in the browser: the locale the server wrote on <html> (BaseLayout), so scripts format as pages do. */
import { createFormatter, type Formatter } from "../lib/present/formatter.ts";

export function pageFormatter(): Formatter {
  const root = document.documentElement;
  return createFormatter({ intl: root.dataset.intl ?? root.lang, spaceBeforePercent: root.dataset.percentSpace === "true" });
}
