/** Which text is marked as being in another language than the page's. */

/** The record texts (titles, narratives, notes) are written in English unless translated. */
export const RECORD_TEXT_LANG = "en";

/**
 * The `lang` attribute for text written in `textLang` on a page in `pageLang`: none when they
 * are the same, so that only text in another language is marked.
 */
export function langMark(pageLang: string, textLang: string = RECORD_TEXT_LANG): string | undefined {
  return pageLang === textLang ? undefined : textLang;
}
