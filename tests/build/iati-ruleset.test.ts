/**
 * The built IATI file under every rule of the IATI Standard ruleset (tests/standards/iati-2.03/
 * rulesets/standard.json, applied by tests/standards/iati-rules.ts): exactly the exceptions the
 * file's header and the downloads page list fail, each for the activities they name, and
 * nothing else does.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dist } from "./helpers.ts";
import { applyRuleset, countByRule, organisationRegistrationAgencies, standardRuleset, type RuleOutcome } from "../standards/iati-rules.ts";

const xml = readFileSync(join(dist, "data/iati-activities.xml"), "utf8");
const ids = { orgIds: new Set<string>(), orgIdPrefixes: organisationRegistrationAgencies() };
const ruleset = standardRuleset();
const outcomes = applyRuleset(ruleset, xml, ids, new Date());
const PREFIX = "avrr-transparency.eu-";
const activityIds = [...xml.matchAll(/<iati-identifier>([^<]+)<\/iati-identifier>/g)].map((m) => m[1]!.slice(PREFIX.length));

/** The exceptions as the file's header states them: rule → activities. */
function headerExceptions(): Map<string, Set<string>> {
  const header = xml.slice(0, xml.indexOf("<iati-activities"));
  const lines = header.split("\n");
  const stated = new Map<string, Set<string>>();
  lines.forEach((line, i) => {
    const m = /^ {3}rule (\S+) \((error|warning)\), (?:all (\d+) activities|(\d+) of (\d+) activities): /.exec(line);
    if (!m) return;
    const named = m[3] ? activityIds : lines[i + 1]!.trim().split(", ");
    if (m[4]) expect(named, line).toHaveLength(Number(m[4]));
    stated.set(m[1]!, new Set([...(stated.get(m[1]!) ?? []), ...named]));
  });
  return stated;
}

const failures = (list: readonly RuleOutcome[]) => {
  const byRule = new Map<string, Set<string>>();
  for (const o of list.filter((x) => x.result === "fail")) byRule.set(o.id, (byRule.get(o.id) ?? new Set()).add(o.activity.slice(PREFIX.length)));
  return byRule;
};

/** Where the <li> that opens at `from` closes (nested lists counted), or the end of the page. */
function itemEnd(html: string, from: number): number {
  const tag = /<(\/?)li\b[^>]*>/g;
  tag.lastIndex = from;
  let depth = 0;
  for (let t = tag.exec(html); t; t = tag.exec(html)) {
    depth += t[1] ? -1 : 1;
    if (depth === 0) return t.index + t[0].length;
  }
  return html.length;
}

describe("iati-activities.xml under the IATI Standard ruleset", () => {
  it("applies every context and rule of the ruleset to every activity", () => {
    expect(new Set(outcomes.map((o) => o.activity)).size).toBe(activityIds.length);
    // Every rule name of the ruleset was evaluated somewhere (the engine refuses unknown ones).
    const names = new Set(Object.values(ruleset).flatMap((rules) => Object.keys(rules).filter((n) => n !== "loop")));
    // strict_sum's conditions (several sectors or countries with shares) match no activity: the last test makes it fail.
    for (const name of [
      "atleast_one",
      "date_order",
      "time_limit",
      "if_then",
      "startswith",
      "one_or_all",
      "unique",
      "range",
      "no_spaces",
      "regex_matches",
      "date_now",
      "no_more_than_one",
    ]) {
      expect(names.has(name), name).toBe(true);
      expect(
        outcomes.some((o) => o.rule === name && o.result !== "n/a"),
        name,
      ).toBe(true);
    }
  });

  it("fails exactly the exceptions the file's header lists, for exactly the activities it names", () => {
    const stated = headerExceptions();
    expect([...stated.keys()].sort()).toEqual(["1.14.8", "3.7.1"]);
    expect(failures(outcomes)).toEqual(stated);
  });

  it("lists the same exceptions on the downloads page, in both languages", () => {
    for (const page of ["data/index.html", "it/data/index.html"]) {
      const html = readFileSync(join(dist, page), "utf8");
      const listed = new Map<string, Set<string>>();
      const counted = new Map<string, number>();
      for (const m of html.matchAll(/<li data-rule="([^"]+)" data-reason="[^"]+">([\s\S]*?)<\/li>\s*(?=<li data-rule|<\/ul>)/g)) {
        const named = [...m[2]!.matchAll(/<code>([^<]+)<\/code>/g)].map((c) => c[1]!);
        // A list names 20 activities at most and counts the rest (the page does not grow with the register).
        // The count of the rest follows the list of names, inside the rule's item: up to the </li> that closes it.
        const item = html.slice(m.index, itemEnd(html, m.index));
        const more = Number(
          /(\d+) more records?|Altre (\d+) schede/.exec(item)?.slice(1).find(Boolean) ?? (/Un’altra scheda|1 more record/.test(item) ? 1 : 0),
        );
        expect(named.length, `${page} ${m[1]}`).toBeLessThanOrEqual(20);
        listed.set(m[1]!, new Set([...(listed.get(m[1]!) ?? []), ...(named.length ? named : activityIds)]));
        counted.set(m[1]!, (counted.get(m[1]!) ?? 0) + (named.length ? named.length + more : activityIds.length));
      }
      const header = headerExceptions();
      expect([...listed.keys()].sort(), page).toEqual([...header.keys()].sort());
      for (const [rule, ids] of listed) {
        for (const id of ids) expect(header.get(rule), `${page} ${rule} ${id}`).toContain(id);
        expect(counted.get(rule), `${page} ${rule}`).toBe(header.get(rule)!.size);
      }
    }
  });

  it("has no budget longer than a year, a start date and a 100% sector for every activity", () => {
    const counts = countByRule(outcomes);
    expect(counts["7.5.3 time_limit"]?.fail ?? 0).toBe(0);
    expect(counts["6.11.1 atleast_one"]).toEqual({ pass: activityIds.length, fail: 0, "n/a": 0 });
    expect([...xml.matchAll(/<sector [^>]*>/g)].map((m) => m[0])).toEqual(activityIds.map(() => '<sector vocabulary="1" code="15190" percentage="100"/>'));
  });

  it("can fail: the same file with a budget over two years, an activity without start date, or two countries without shares is refused", () => {
    const longBudget = xml.replace(/(<budget type="1">\s*<period-start iso-date=")(\d{4})/, (_, head: string, year: string) => `${head}${Number(year) - 2}`);
    expect(failures(applyRuleset(ruleset, longBudget, ids, new Date())).get("7.5.3")?.size).toBe(1);
    const noStart = xml.replace(/<activity-date type="1" iso-date="[^"]+"\s*\/>/, "");
    expect(failures(applyRuleset(ruleset, noStart, ids, new Date())).get("6.11.1")?.size).toBe(1);
    const twoCountries = xml.replace(
      /<recipient-country code="([A-Z]{2})" percentage="100"\/>/,
      '<recipient-country code="$1"/><recipient-country code="MA"/>',
    );
    const refused = failures(applyRuleset(ruleset, twoCountries, ids, new Date()));
    expect([refused.get("3.1.1")?.size, refused.get("3.1.2")?.size]).toEqual([1, 1]);
  });
});
