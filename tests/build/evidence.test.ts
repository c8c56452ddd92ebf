/**
 * Evidence and trust, issue 8: the OECD report pages, the design-element matrix, the elements
 * and conflicts on project pages, the conflicts on the methodology page and the changes page,
 * each checked against a recount from the records and data files.
 */
import { describe, expect, it } from "vitest";
import changelogJson from "../../data/changelog.json";
import elementsJson from "../../data/elements.json";
import { join } from "node:path";
import { readRecordFile } from "../../src/integrations/record-files.ts";
import { readPage, readRecords, root, textOf } from "./helpers.ts";

const records = [...readRecords()].map(([id, data]) => ({ id, data }));
const vocabulary = elementsJson.elements.map((e) => e.id);
const withElement = (element: string) =>
  records
    .filter((r) => (r.data.elements ?? []).includes(element))
    .map((r) => r.id)
    .sort();
const used = vocabulary.filter((e) => withElement(e).length > 0);
const ldOf = (html: string) => JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!);
/** The project ids linked from a piece of HTML, in order. */
const linkedIds = (html: string) => [...html.matchAll(/href="(?:\/it)?\/projects\/([a-z0-9-]+)\/(?:#[a-z-]+)?"/g)].map((m) => m[1]!);
/** The HTML from the element with this attribute to the next one like it. */
function sections(html: string, attribute: string): Map<string, string> {
  const starts = [...html.matchAll(new RegExp(`${attribute}="([^"]+)"`, "g"))];
  return new Map(starts.map((m, i) => [m[1]!, html.slice(m.index, starts[i + 1]?.index ?? html.length)]));
}

it("the records use most of the vocabulary, and leave some elements unreported", () => {
  // Guards the tests below against passing on an empty set.
  expect(records.filter((r) => (r.data.elements ?? []).length > 0)).toHaveLength(57);
  expect(used.length).toBeGreaterThan(15);
  expect(vocabulary.filter((e) => !used.includes(e))).toEqual(["case-management"]);
});

describe.each([
  ["", "Evidence: what makes reintegration last", "Author", "Published"],
  ["it/", "Studi e ricerche: che cosa rende duratura la reintegrazione", "Autore", "Pubblicazione"],
])("/%sevidence/", (prefix, heading, authorLabel, publishedLabel) => {
  const slug = "oecd-2020-sustainable-reintegration";

  it("lists the OECD report, linking to its page", () => {
    const html = readPage(`${prefix}evidence/index.html`);
    expect(textOf(html)).toContain(heading);
    expect(html).toContain(`href="/${prefix}evidence/${slug}/"`);
    expect(textOf(html)).toContain("Sustainable Reintegration of Returning Migrants: A Better Homecoming");
  });

  const html = readPage(`${prefix}evidence/${slug}/index.html`);
  const text = textOf(html);

  it("gives the report's bibliographic facts and links, in the page's language", () => {
    expect(text).toContain("Sustainable Reintegration of Returning Migrants : A Better Homecoming");
    expect(text).toMatch(new RegExp(`${authorLabel} (OECD|OCSE) ${publishedLabel} OECD Publishing, (Paris|Parigi), 2020`));
    expect(html).toContain('href="https://www.oecd-ilibrary.org/social-issues-migration-health/sustainable-reintegration-of-returning-migrants_538e126d-en"');
    expect(html).toContain('href="https://www.oecd-ilibrary.org/social-issues-migration-health/sustainable-reintegration-of-returning-migrants_c8293633-it"');
    expect(ldOf(html)).toMatchObject({ "@type": "Report", datePublished: "2020", author: { name: prefix ? "OCSE" : "OECD" } });
  });

  it("renders the MDX summary with GitHub-flavoured Markdown (the table), once", () => {
    const article = /<article[\s\S]*?<\/article>/.exec(html)![0];
    expect(article.match(/<table>/g)).toHaveLength(1);
    expect(article).not.toContain("|---|");
    expect(textOf(article)).toContain("Tunisia, Kosovo, Senegal");
  });

  it("links each element to exactly the projects whose records list it", () => {
    const byElement = sections(html, "data-element");
    // The areas the report's frontmatter lists: every element of those areas, in use or not.
    const areas = ["outreach-counselling", "case-management-referral", "partnerships", "reintegration-support", "community", "monitoring-evaluation"];
    expect([...byElement.keys()].sort()).toEqual(
      elementsJson.elements
        .filter((e) => areas.includes(e.area))
        .map((e) => e.id)
        .sort(),
    );
    for (const [element, part] of byElement) {
      expect(linkedIds(part.split("</ul>")[0]!).sort(), element).toEqual(withElement(element));
      expect(part, element).toContain(`data-count="${withElement(element).length}"`);
    }
  });
});

describe.each(["", "it/"])("/%selements/", (prefix) => {
  const html = readPage(`${prefix}elements/index.html`);

  it("counts the projects per element as a recount does, for supported elements only", () => {
    const rows = [...html.matchAll(/<tr id="([a-z-]+)" data-element="\1" data-count="(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
    expect(rows).toEqual(used.map((e) => [e, withElement(e).length]));
    expect(/data-unreported="([^"]+)"/.exec(html)![1]).toBe("case-management");
    const links = [...html.matchAll(/<td class="num"[^>]*><a href="(?:\/it)?\/projects\/\?element=([a-z-]+)"[^>]*>(\d+)<\/a>/g)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    expect(links).toEqual(used.map((e) => [e, withElement(e).length]));
  });

  it("has one matrix column per supported element and one row per project with elements, with a dot where the record lists it", () => {
    const matrix = /<table id="element-matrix"[\s\S]*?<\/table>/.exec(html)![0];
    const columns = [...matrix.matchAll(/<th scope="col" class="vertical" data-element="([a-z-]+)"/g)].map((m) => m[1]);
    expect(columns).toEqual(used);
    const rows = sections(matrix.split("<tfoot>")[0]!, "data-project");
    expect([...rows.keys()].sort()).toEqual(
      records
        .filter((r) => (r.data.elements ?? []).length > 0)
        .map((r) => r.id)
        .sort(),
    );
    for (const [id, row] of rows) {
      const marked = [...row.matchAll(/<td class="yes" data-element="([a-z-]+)"/g)].map((m) => m[1]);
      expect(marked, id).toEqual(used.filter((e) => records.find((r) => r.id === id)!.data.elements!.includes(e)));
    }
    const totals = [...matrix.split("<tfoot>")[1]!.matchAll(/data-element="([a-z-]+)">(\d+)</g)].map((m) => [m[1], Number(m[2])]);
    expect(totals).toEqual(used.map((e) => [e, withElement(e).length]));
  });

  it("says how many projects have elements, and how many have none, as a recount does", () => {
    const text = textOf(html);
    const withAny = records.filter((r) => (r.data.elements ?? []).length > 0).length;
    expect(withAny).toBe(57);
    expect(text).toContain(
      prefix ? `${withAny} progetti su ${records.length} hanno almeno un elemento` : `${withAny} projects of ${records.length} have at least one element`,
    );
    expect(text).toContain(
      prefix ? `Gli altri ${records.length - withAny} progetti non hanno` : `The other ${records.length - withAny} projects have no element`,
    );
  });

  it("shows the monitoring period where a record gives one", () => {
    const partir = sections(html, "data-project").get("it-partir-ii")!;
    expect(textOf(partir)).toContain(prefix ? "fino a 6 mesi" : "up to 6 months");
  });
});

describe.each(["", "it/"])("/%sprojects/ element filter", (prefix) => {
  it("offers each element some record lists, with its recounted number of projects", () => {
    const select = /<select name="element">[\s\S]*?<\/select>/.exec(readPage(`${prefix}projects/index.html`))![0];
    const options = [...select.matchAll(/<option value="([a-z-]+)">[^<]*\((\d+)\)<\/option>/g)].map((m) => [m[1], Number(m[2])]);
    expect(options).toEqual(used.map((e) => [e, withElement(e).length]));
  });
});

describe("project pages", () => {
  it("list each record's elements, linked to their definitions, or say none is reported", () => {
    for (const { id, data } of records) {
      const html = readPage(`projects/${id}/index.html`);
      const shown = [...html.matchAll(/<li data-element="([a-z-]+)"><a href="\/elements\/#\1">/g)].map((m) => m[1]);
      expect(shown, id).toEqual(data.elements ?? []);
    }
    expect(textOf(readPage("projects/be-avrr-support-2016-2017/index.html"))).toContain("Monitoring after return (up to 12 months)");
  });

  it("show where sources disagree, and keep the record's sentences apart", () => {
    const html = readPage("projects/hu-complex-reintegration-kosovo/index.html");
    expect(textOf(html)).toContain("Where sources disagree The IOM project page dates the project from March 2014 to June 2015");
    expect(html).toContain("<code>hu-complex-reintegration-kosovo</code>. <a");
  });
});

describe.each(["", "it/"])("/%smethodology/ conflicts", (prefix) => {
  it("lists every conflict in the records, linked to its project", () => {
    const html = readPage(`${prefix}methodology/index.html`);
    const list = /<dl class="conflict-list">[\s\S]*?<\/dl>/.exec(html)![0];
    const expected = records.filter((r) => r.data.conflicts?.length);
    expect([...list.matchAll(/<dt data-record="([a-z0-9-]+)"/g)].map((m) => m[1])).toEqual(expected.map((r) => r.id).sort());
    expect(
      [...list.matchAll(/<dd[^>]*>([^<]*)<\/dd>/g)].map((m) =>
        m[1]!.replaceAll("&#39;", "'").replaceAll("&quot;", '"').replaceAll("&#34;", '"').replaceAll("&amp;", "&"),
      ),
    ).toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)).flatMap((r) => (prefix ? translatedConflicts(r.id) : r.data.conflicts!)));
    const n = expected.flatMap((r) => r.data.conflicts!).length;
    expect(n).toBeGreaterThan(5);
    expect(textOf(html)).toContain(prefix ? `${n} contrasti in ${expected.length} progetti` : `${n} conflicts in ${expected.length} projects`);
  });
});

/** The Italian translation's conflicts of a record (every record has a translation, each translating every conflict). */
function translatedConflicts(id: string): string[] {
  const input = readRecordFile(join(root, "content/translations/it", `${id}.md`), `${id}.md`);
  return (input.frontmatter as { fields?: { conflicts?: string[] } }).fields?.conflicts ?? [];
}

describe.each(["", "it/"])("/%schanges/", (prefix) => {
  const html = readPage(`${prefix}changes/index.html`);

  it("shows every changelog entry, newest first", () => {
    const titles = [...html.matchAll(/<h3><time datetime="([\d-]+)">[^<]+<\/time>: ([^<]+)<\/h3>/g)].map((m) => [m[1], m[2]!.replaceAll("&#39;", "'")]);
    expect(titles).toEqual(changelogJson.map((e) => [e.date, prefix ? e.title.it : e.title.en]));
  });

  it("groups every record by the day it was last checked", () => {
    const groups = sections(html, "data-checked");
    const expected = Map.groupBy(records, (r) => r.data.checked);
    expect([...groups.keys()]).toEqual([...expected.keys()].sort().reverse());
    for (const [day, part] of groups) {
      // A day's list shows 20 records at most (PREVIEW_SIZE) and counts the rest: no page grows with the register.
      const all = expected.get(day)!.map((r) => r.id);
      const linked = linkedIds(part);
      expect(linked.length, day).toBe(Math.min(all.length, 20));
      for (const id of linked) expect(all, day).toContain(id);
      if (all.length > 20)
        expect(textOf(part), day).toContain(
          prefix ? `Altre ${all.length - 20} schede verificate in questo giorno` : `${all.length - 20} more records checked on this day`,
        );
      else expect(textOf(part), day).not.toMatch(/more records|Altre \d+ schede/);
      expect(part, day).toContain(`data-count="${expected.get(day)!.length}"`);
      expect(textOf(part), day).toContain(prefix ? `${expected.get(day)!.length} progetti` : `${expected.get(day)!.length} projects`);
    }
  });
});
