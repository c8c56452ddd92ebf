/** How the site names things: projects, funds, documents. One rule each. */

export interface Nameable {
  id: string;
  title: string;
  acronym?: string | undefined;
}

/**
 * How lists, links and tables name a project: its acronym, else its title in the reader's
 * language (a translation's), else its original title.
 */
export function projectName(project: Nameable, translatedTitle?: string | undefined): string {
  return project.acronym ?? translatedTitle ?? project.title;
}

/**
 * Whether the name a list shows for a project is the record's original-language text (and
 * so may need a `lang` mark): true unless it is the acronym or a translation.
 */
export function nameIsOriginal(project: Nameable, translatedTitle?: string | undefined): boolean {
  return project.acronym === undefined && translatedTitle === undefined;
}

/** A project page's title: `ACRONYM: title`, unless the title already starts with the acronym. */
export function projectPageTitle(title: string, acronym?: string | undefined): string {
  if (!acronym || title.toLocaleLowerCase().startsWith(acronym.toLocaleLowerCase())) return title;
  return `${acronym}: ${title}`;
}

export interface FundLike {
  id: string;
  name: Readonly<Record<string, string>>;
  short_name?: Readonly<Record<string, string>>;
  period?: { start: number; end: number } | undefined;
}

/** A reference-data text in `lang`, English where it has none yet. */
export function textIn(value: Readonly<Record<string, string>> | undefined, lang: string, fallback = "en"): string {
  if (!value) return "";
  return value[lang] ?? value[fallback] ?? "";
}

/** `European Return Fund (2008–2013)`: the fund's name, with its period unless the name already gives it. */
export function fundLabel(fund: FundLike, lang: string): string {
  const name = textIn(fund.name, lang);
  if (!fund.period || name.includes(String(fund.period.start))) return name;
  return `${name} (${fund.period.start}–${fund.period.end})`;
}

/** The fund's short name for tables, its name where it has none. */
export function fundShortName(fund: FundLike, lang: string): string {
  return fund.short_name ? textIn(fund.short_name, lang) : textIn(fund.name, lang);
}

/** `2008-2013`: the period as the list's filter and the files write it. */
export function fundPeriodKey(fund: FundLike | undefined): string {
  return fund?.period ? `${fund.period.start}-${fund.period.end}` : "";
}

/** A project's title as tables and headings show it: in the reader's language where translated, else the original. */
export function projectTitle(project: Nameable, translatedTitle?: string | undefined): string {
  return translatedTitle ?? project.title;
}
