/**
 * Interface strings: flat, dot-namespaced keys; `{name}` placeholders; plurals through
 * Intl.PluralRules as `key.one`, `key.other` (and `key.zero`, `key.few`... where a language has them).
 */

export type Strings = Readonly<Record<string, string>>;

export interface Translator {
  /** The string for `key`, with `{name}` placeholders filled in. Throws on an unknown key. */
  t: (key: string, values?: Record<string, string | number>) => string;
  /** The plural form of `key` for `count`; `{count}` is filled in with `formattedCount`. */
  plural: (key: string, count: number, formattedCount?: string, values?: Record<string, string | number>) => string;
}

/** `text` with its `{name}` placeholders filled from `values`; unknown placeholders stay. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export function createTranslator(strings: Strings, intlLocale: string, name = intlLocale): Translator {
  const rules = new Intl.PluralRules(intlLocale);
  const lookup = (key: string): string => {
    const text = strings[key];
    if (text === undefined) throw new Error(`${name}: no string for "${key}"`);
    return text;
  };
  return {
    t: (key, values = {}) => fill(lookup(key), values),
    plural: (key, count, formattedCount = String(count), values = {}) => {
      const form = `${key}.${rules.select(count)}`;
      const text = strings[form] ?? lookup(`${key}.other`);
      return fill(text, { ...values, count: formattedCount });
    },
  };
}

/** Keys present in one set of strings and not the other, both ways. */
export function compareKeys(reference: Strings, other: Strings): { missing: string[]; extra: string[] } {
  return {
    missing: Object.keys(reference)
      .filter((key) => !(key in other))
      .sort(),
    extra: Object.keys(other)
      .filter((key) => !(key in reference))
      .sort(),
  };
}
