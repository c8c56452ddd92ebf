/**
 * Interface strings: flat, dot-namespaced keys, each an ICU MessageFormat message
 * (FormatJS's parser and formatter): `{name}` arguments, and `plural`, `selectordinal` and
 * `select` for everything that holds a count or a choice, so that 0, 1, 2 and many read right
 * in every language and an adjective agrees with its noun:
 *
 *   "count.projects": "{count, plural, one {# project} other {# projects}}"
 *   "facts.notReported": "{gender, select, feminine {non riportata} other {non riportato}}"
 *
 * Every number a message writes goes through the site's formatter (`#` and a number passed as
 * `{name}` alike): a message never formats a figure itself, so `{n, number}`, `{d, date}` and
 * `{t, time}` are refused. Money, percentages and dates arrive as finished text.
 *
 * Browser scripts get a message compiled (`Translator.message`), written into their page, and
 * format it with `formatMessage`: they never import a strings file, and never parse.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { formatToParts, type Formats, type Formatters } from "intl-messageformat";
import { formatCount } from "./format.ts";

export type Strings = Readonly<Record<string, string>>;

/** What a message is given: text as it is written, or a number (counts, plural and select choices). */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A message parsed once, as plain JSON: what a page hands a browser script. */
export interface CompiledMessage {
  /** Where the message comes from, for error messages: `src/i18n/it.json: "search.found"`. */
  source: string;
  ast: MessageFormatElement[];
}

/** What formatting a message needs of a language. */
export interface MessageLocale {
  /** BCP 47 tag for the plural rules: `en-GB`, `it-IT`. */
  intl: string;
  /** How a count reads in this language: the site's formatter (`formatter.count`). */
  count: (count: number) => string;
}

export interface Translator {
  /** The message `key` formatted with `values`. Throws, naming the file and key, on an unknown key or a missing or wrong value. */
  t: (key: string, values?: MessageValues) => string;
  /**
   * Transitional, for strings still written as `key.one` / `key.other` pairs: the form of `key`
   * for `count`, with `{count}` filled in with `formattedCount`. For a key already written as
   * one ICU message it is `t(key, { ...values, count })`. New code calls `t`.
   */
  plural: (key: string, count: number, formattedCount?: string, values?: MessageValues) => string;
  /** The message `key` compiled, for a browser script to format with `formatMessage`. */
  message: (key: string) => CompiledMessage;
}

/** Legacy plural forms (`key.one`, `key.other`...), which ICU messages replace. */
export const PLURAL_SUFFIX = /\.(zero|one|two|few|many|other)$/;

export class MessageError extends Error {
  constructor(source: string, problem: string) {
    super(`${source}: ${problem}`);
    this.name = "MessageError";
  }
}

const FORMAT_TYPES: Partial<Record<TYPE, string>> = { [TYPE.number]: "number", [TYPE.date]: "date", [TYPE.time]: "time" };

/**
 * Plain `{name}` arguments become number elements without a style, so that a number given
 * for them is written by the formatter (`getNumberFormat` below) and text passes unchanged.
 */
function prepare(elements: MessageFormatElement[], source: string, text: string): MessageFormatElement[] {
  return elements.map((el) => {
    const kind = FORMAT_TYPES[el.type];
    if (kind) {
      throw new MessageError(
        source,
        `{${"value" in el ? el.value : ""}, ${kind}} formats inside a message; pass the finished text, or a count as {name} or # (in "${text}")`,
      );
    }
    if (el.type === TYPE.argument) return { type: TYPE.number, value: el.value, style: null };
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(el.options).map(([k, option]) => [k, { value: prepare(option.value, source, text) }]));
      return { ...el, options };
    }
    if (el.type === TYPE.tag) return { ...el, children: prepare(el.children, source, text) };
    return el;
  });
}

/** `text` parsed as an ICU message; a malformed one throws, naming `source`. */
export function compileMessage(text: string, source: string): CompiledMessage {
  let ast: MessageFormatElement[];
  try {
    // Tags are text here ("/projects/<id>.json"); every choice needs its `other` case.
    ast = parse(text, { ignoreTag: true, requiresOtherClause: true });
  } catch (error) {
    const e = error as { message?: string; location?: { start?: { offset?: number } } };
    const at = e.location?.start?.offset;
    throw new MessageError(source, `not a valid ICU message (${e.message ?? String(error)}${at === undefined ? "" : ` at character ${at}`}): "${text}"`);
  }
  return { source, ast: prepare(ast, source, text) };
}

/** The arguments a message uses, with how it uses them: `text` (`{name}`), `plural`, `selectordinal` or `select`. */
export function messageArguments(ast: readonly MessageFormatElement[], into = new Map<string, Set<string>>()): Map<string, Set<string>> {
  const add = (name: string, use: string) => {
    const uses = into.get(name) ?? new Set<string>();
    uses.add(use);
    into.set(name, uses);
  };
  for (const el of ast) {
    if (el.type === TYPE.number || el.type === TYPE.argument) add(el.value, "text");
    if (el.type === TYPE.plural) add(el.value, el.pluralType === "ordinal" ? "selectordinal" : "plural");
    if (el.type === TYPE.select) add(el.value, "select");
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) messageArguments(option.value, into);
    if (el.type === TYPE.tag) messageArguments(el.children, into);
  }
  return into;
}

const NO_FORMATS: Formats = { number: {}, date: {}, time: {} };
const pluralRules = new Map<string, Intl.PluralRules>();
const formattersByLocale = new Map<string, Formatters>();

function formattersFor(locale: MessageLocale): Formatters {
  let formatters = formattersByLocale.get(locale.intl);
  if (!formatters) {
    const writer = { format: (value: unknown) => (typeof value === "number" ? locale.count(value) : String(value)) };
    formatters = {
      getNumberFormat: (() => writer) as unknown as Formatters["getNumberFormat"],
      getPluralRules: ((_locales: unknown, options?: Intl.PluralRulesOptions) => {
        const key = `${locale.intl}|${options?.type ?? "cardinal"}`;
        let rules = pluralRules.get(key);
        if (!rules) pluralRules.set(key, (rules = new Intl.PluralRules(locale.intl, options)));
        return rules;
      }) as unknown as Formatters["getPluralRules"],
      getDateTimeFormat: (() => {
        throw new Error("messages do not format dates");
      }) as unknown as Formatters["getDateTimeFormat"],
    };
    formattersByLocale.set(locale.intl, formatters);
  }
  return formatters;
}

/** Checks the values against what the message does with them: a plural needs a number, a select a text. */
function checkValues(message: CompiledMessage, values: MessageValues): void {
  let args = argumentsOf.get(message.ast);
  if (!args) argumentsOf.set(message.ast, (args = messageArguments(message.ast)));
  for (const [name, uses] of args) {
    const value = values[name];
    if (value === undefined) throw new MessageError(message.source, `no value for {${name}}`);
    if ((uses.has("plural") || uses.has("selectordinal")) && (typeof value !== "number" || !Number.isFinite(value))) {
      throw new MessageError(message.source, `{${name}} chooses a plural form and needs a number, not ${JSON.stringify(value)}`);
    }
    if (uses.has("select") && typeof value !== "string")
      throw new MessageError(message.source, `{${name}} chooses by select and needs a text, not ${JSON.stringify(value)}`);
  }
}

/** Each message's arguments, read once from its syntax tree (messages are formatted many times). */
const argumentsOf = new WeakMap<readonly MessageFormatElement[], Map<string, Set<string>>>();

/** A compiled message, formatted with `values` in `locale`. Works the same on the server and in the browser. */
export function formatMessage(message: CompiledMessage, values: MessageValues, locale: MessageLocale): string {
  // A message of plain text only (most labels) is its text.
  const only = message.ast.length === 1 ? message.ast[0]! : undefined;
  if (message.ast.length === 0) return "";
  if (only?.type === TYPE.literal) return only.value;
  checkValues(message, values);
  try {
    return formatToParts(message.ast, locale.intl, formattersFor(locale), NO_FORMATS, values as Record<string, string | number>)
      .map((part) => String(part.value))
      .join("");
  } catch (error) {
    throw new MessageError(message.source, (error as Error).message);
  }
}

export function createTranslator(
  strings: Strings,
  intlLocale: string,
  name = intlLocale,
  count: (n: number) => string = (n) => formatCount(n, intlLocale),
): Translator {
  const locale: MessageLocale = { intl: intlLocale, count };
  const rules = new Intl.PluralRules(intlLocale);
  // Every message is compiled once, up front: a malformed one stops the build at once, named.
  const compiled = new Map(Object.entries(strings).map(([key, text]) => [key, compileMessage(text, `${name}: "${key}"`)]));
  const lookup = (key: string): CompiledMessage => {
    const message = compiled.get(key);
    if (message === undefined) throw new Error(`${name}: no string for "${key}"`);
    return message;
  };
  const t = (key: string, values: MessageValues = {}) => formatMessage(lookup(key), values, locale);
  return {
    t,
    plural: (key, value, formattedCount = count(value), values = {}) => {
      if (!compiled.has(`${key}.other`)) return t(key, { ...values, count: value });
      const form = compiled.get(`${key}.${rules.select(value)}`) ?? lookup(`${key}.other`);
      return formatMessage(form, { ...values, count: formattedCount }, locale);
    },
    message: lookup,
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
