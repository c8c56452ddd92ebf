/** Schemas of the reference datasets in data/: funds, indicators, design elements, context statistics, the changelog, the publishers of sources and organisations. */
import { z } from "astro/zod";
import { countryCode, dayDate, httpUrl } from "./fields.ts";
import { sourceSchema } from "./source.ts";
import { namesOf, normaliseName, ORGANISATION_ID, ORGANISATION_TYPES } from "../organisations.ts";

/** Text in several languages, keyed by language code; English is required. */
export const localizedText = z
  .record(z.string().regex(/^[a-z]{2}$/), z.string().min(1))
  .refine((text) => typeof text.en === "string", { error: "needs at least an English (en) text" });

/** A sum of money stated by a source, in currency units. */
export const statedAmountSchema = z.strictObject({
  /** What the figure is. */
  label: localizedText,
  amount: z.number().nonnegative(),
  currency: z.string().length(3),
  source: sourceSchema,
  /** Caveats, e.g. a conflicting figure elsewhere. */
  note: localizedText.optional(),
});

export const fundSchema = z.strictObject({
  /** Stable id used by records' `fund` field. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: localizedText,
  short_name: localizedText,
  /** First and last year of the programming period(s), where a source states them. */
  period: z.strictObject({ start: z.number().int(), end: z.number().int() }).optional(),
  description: localizedText,
  /** The legal act or page that establishes the fund and its period. */
  basis: z.array(sourceSchema).optional(),
  /** Envelopes as sources state them; figures that disagree are all kept. */
  envelopes: z.array(statedAmountSchema),
});

export const indicatorSchema = z.strictObject({
  /** Stable id used as a key of records' `results` and `targets`. */
  id: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/),
  label: localizedText,
  definition: localizedText,
  unit: localizedText,
  /** Whether totals across projects are meaningful. */
  summable: z.boolean(),
  /** Why it may or may not be summed. */
  summable_note: localizedText,
});

/** A programme design element (data/elements.json), grouped by area. */
export const elementSchema = z.strictObject({
  /** Stable id used in records' `elements` list. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The id of the area it belongs to. */
  area: z.string(),
  label: localizedText,
  definition: localizedText,
});

export const elementsSchema = z
  .strictObject({
    areas: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), label: localizedText })).min(1),
    elements: z.array(elementSchema).min(1),
  })
  .superRefine((data, ctx) => {
    const areas = new Set(data.areas.map((a) => a.id));
    const seen = new Set<string>();
    data.elements.forEach((element, index) => {
      if (!areas.has(element.area))
        ctx.addIssue({ code: "custom", path: ["elements", index, "area"], message: `is not an area id (${[...areas].join(", ")})` });
      if (seen.has(element.id)) ctx.addIssue({ code: "custom", path: ["elements", index, "id"], message: "is not unique: element ids must be unique" });
      seen.add(element.id);
    });
  });

/** The changelog of the data (data/changelog.json): newest first. */
export const changelogSchema = z
  .array(
    z.strictObject({
      /** A real calendar day, `YYYY-MM-DD`. */
      date: dayDate,
      title: localizedText,
      description: localizedText,
    }),
  )
  .min(1)
  .superRefine((entries, ctx) => {
    entries.forEach((entry, index) => {
      const previous = entries[index - 1];
      if (previous && entry.date > previous.date)
        ctx.addIssue({ code: "custom", path: [index, "date"], message: `is later than the entry above it (${previous.date}): newest first` });
    });
  });

export type Fund = z.output<typeof fundSchema>;
export type ChangelogEntry = z.output<typeof changelogSchema>[number];
export type Element = z.output<typeof elementSchema>;
export type Elements = z.output<typeof elementsSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
export const fundsSchema = z.array(fundSchema);
export const indicatorsSchema = z.array(indicatorSchema);

/** A period of a context series: a year (`2022`) or a quarter (`2024-Q3`). */
const periodSchema = z.string().regex(/^\d{4}(-Q[1-4])?$/, { error: "is not a period: give YYYY or YYYY-Qn" });

/** One figure of a context series, as its source states it. */
export const statisticPointSchema = z.strictObject({
  period: periodSchema,
  value: z.number().int().nonnegative(),
  /** "over" or "about" where the source gives the figure that way. */
  qualifier: z.enum(["over", "about"]).optional(),
  /** Where the points of one series do not all count the same thing. */
  measure: z.enum(["all-returns", "to-third-country"]).optional(),
  /** How the figure was computed from stated figures, where it was. */
  derived: localizedText.optional(),
  source: sourceSchema,
  /**
   * The publisher id (data/publishers.json) of the page the figure was taken from, where that
   * page is not the series' body's own publication (a news report of a Eurostat figure): the
   * figure is then shown as "<body> figure as reported by <publisher>". Absent when the source
   * is the body's own page. Checked against the source's host.
   */
  reported_by: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "is not a publisher id" })
    .optional(),
});

export const statisticSeriesSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  label: localizedText,
  /** What the figures count, and what they do not. */
  counts: localizedText,
  unit: z.literal("people"),
  /**
   * The id (data/publishers.json) of the body whose figures these are (Eurostat, Frontex, IOM):
   * an official body or an implementer. Each point whose source is not this body's own page
   * says who reported it (`reported_by`).
   */
  publisher_of_data: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "is not a publisher id" }),
  points: z.array(statisticPointSchema).min(1),
  note: localizedText.optional(),
});

export const returnStatisticsSchema = z
  .strictObject({
    about: localizedText,
    series: z.array(statisticSeriesSchema).min(1),
  })
  .superRefine((value, ctx) => {
    const ids = new Set<string>();
    value.series.forEach((series, i) => {
      if (ids.has(series.id)) ctx.addIssue({ code: "custom", path: ["series", i, "id"], message: `${series.id} is used by two series` });
      ids.add(series.id);
      const periods = series.points.map((p) => p.period);
      periods.forEach((period, j) => {
        if (j > 0 && period <= periods[j - 1]!)
          ctx.addIssue({
            code: "custom",
            path: ["series", i, "points", j, "period"],
            message: `${period} is not after ${periods[j - 1]}: points must be in time order, each period once`,
          });
      });
    });
  });

export type StatisticSeries = z.output<typeof statisticSeriesSchema>;
export type ReturnStatistics = z.output<typeof returnStatisticsSchema>;

export const PUBLISHER_KINDS = ["official", "implementer", "news", "other"] as const;
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

/**
 * A host entry: a domain in lower case (`iom.int`, which also covers `austria.iom.int`), or a
 * domain and a path where a body publishes under another's domain (`ec.europa.eu/eurostat`).
 */
const hostEntry = z.string({ error: "is not a host" }).regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?:\/[a-z0-9._~-]+)*$/, {
  error: "is not a host: give a lower-case domain such as iom.int, optionally with a path such as ec.europa.eu/eurostat (no scheme, no www. needed)",
});

/** One publisher of sources (data/publishers.json). */
export const publisherSchema = z.strictObject({
  /** Stable id, used by `reported_by` and `publisher_of_data` in data/return-statistics.json. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "is not a kebab-case id" }),
  /** The publisher's name, as attributions show it. */
  name: z.string().trim().min(1, { error: "is empty: give the publisher's name" }),
  /** A shorter name for "<short_name> figure as reported by ..." (IOM, Frontex), where the name is long. */
  short_name: z.string().trim().min(1).optional(),
  /**
   * `official`: an EU institution or agency, or a national or regional government body or
   * agency; `implementer`: an organisation that runs projects (IOM offices, NGOs running AVRR);
   * `news`: a news outlet; `other`: blogs, document repositories, aggregators, NGOs that do not
   * run the projects, academic pages. Only official and implementer pages support
   * `confidence: high` and carry a body's own figures.
   */
  kind: z.enum(PUBLISHER_KINDS, { error: `is not one of ${PUBLISHER_KINDS.join(", ")}` }),
  /** The hosts that are this publisher's own; a listed domain covers its sub-domains. */
  hosts: z.array(hostEntry).min(1, { error: "is empty: list at least one host" }),
  /** Why the publisher has this kind, where that is a judgement. */
  note: z.string().min(1).optional(),
});

/** The table of publishers: ids unique, and each host entry belongs to one publisher only. */
export const publishersSchema = z.array(publisherSchema).superRefine((publishers, ctx) => {
  const ids = new Map<string, number>();
  const hosts = new Map<string, number>();
  publishers.forEach((publisher, i) => {
    const otherId = ids.get(publisher.id);
    if (otherId !== undefined) ctx.addIssue({ code: "custom", path: [i, "id"], message: `is also the id of entry ${otherId}: ids must be unique` });
    ids.set(publisher.id, i);
    publisher.hosts.forEach((host, j) => {
      const other = hosts.get(host);
      if (other !== undefined)
        ctx.addIssue({ code: "custom", path: [i, "hosts", j], message: `is also a host of ${publishers[other]!.id}: each host belongs to one publisher` });
      hosts.set(host, i);
    });
  });
});

export type Publisher = z.output<typeof publisherSchema>;
/** An identifier of an organisation in a public register (data/organisations.json). */
export const organisationIdentifierSchema = z.strictObject({
  /** The register: an org-id.guide list code, e.g. `XM-DAC` (OECD DAC codes), `GB-CHC`, `XI-IATI`. */
  scheme: z.string().regex(/^[A-Z]{2}-[A-Z0-9]+$/, { error: "is not an org-id.guide list code such as XM-DAC or GB-CHC" }),
  /** The organisation's identifier in that register; the IATI reference is `<scheme>-<value>`. */
  value: z.string().min(1, { error: "is empty: give the identifier the register states" }),
  /** The public page of the register that states the identifier. */
  source: httpUrl,
});

/** An organisation named by records as managing entity or partner. */
export const organisationSchema = z.strictObject({
  /** Stable kebab-case id: records may name the organisation by it; the page is /organisations/<id>/. */
  id: z.string().regex(ORGANISATION_ID, { error: "is not a lowercase kebab-case id" }),
  /** Display names; English and Italian. */
  name: localizedText.refine((text) => typeof text.it === "string", { error: "needs an Italian (it) name too" }),
  /** The organisation's name in its own language, where the records or their sources give it. */
  own_name: z.string().min(1).optional(),
  /** Short form, e.g. IOM; a record may name the organisation by it. */
  abbreviation: z.string().min(1).optional(),
  /** ISO 3166-1 alpha-2 code of the seat; absent for international organisations. */
  country: countryCode.optional(),
  /** IATI OrganisationType code (10 Government … 90 Other). */
  type: z.enum(Object.keys(ORGANISATION_TYPES) as [string, ...string[]], {
    error: `is not an IATI OrganisationType code (${Object.keys(ORGANISATION_TYPES).join(", ")})`,
  }),
  /** The id of the organisation this one is a unit of (an IOM country office of "iom"). */
  parent: z.string().optional(),
  /** Identifiers stated by public registers; empty where none is known. Never invented. */
  identifiers: z.array(organisationIdentifierSchema),
  /** Every other exact spelling records use for this organisation. */
  aliases: z.array(z.string().min(1, { error: "is empty" })),
});

export const organisationsSchema = z.array(organisationSchema).superRefine((organisations, ctx) => {
  const ids = new Map<string, number>();
  organisations.forEach((o, index) => {
    if (ids.has(o.id)) ctx.addIssue({ code: "custom", path: [index, "id"], message: `is not unique: also the id of entry ${ids.get(o.id)}` });
    else ids.set(o.id, index);
    const previous = organisations[index - 1];
    if (previous && previous.id > o.id)
      ctx.addIssue({ code: "custom", path: [index, "id"], message: `is not in order: the list is sorted by id (it comes after "${previous.id}")` });
  });
  const owner = new Map<string, string>();
  organisations.forEach((o, index) => {
    if (o.parent !== undefined) {
      if (!ids.has(o.parent)) ctx.addIssue({ code: "custom", path: [index, "parent"], message: "is not the id of an organisation in the list" });
      else if (o.parent === o.id) ctx.addIssue({ code: "custom", path: [index, "parent"], message: "is the organisation's own id" });
      else {
        const seen = new Set([o.id]);
        for (let p: string | undefined = o.parent; p !== undefined; p = organisations[ids.get(p)!]?.parent) {
          if (seen.has(p)) {
            ctx.addIssue({ code: "custom", path: [index, "parent"], message: "makes a cycle of parents" });
            break;
          }
          seen.add(p);
          if (!ids.has(p)) break;
        }
      }
    }
    // A name, alias or abbreviation may belong to one organisation only, or a record's text would be ambiguous.
    const names = namesOf(o);
    for (const name of new Set(names.map(normaliseName))) {
      const other = owner.get(name);
      if (other !== undefined && other !== o.id) {
        const aliasIndex = o.aliases.findIndex((a) => normaliseName(a) === name);
        ctx.addIssue({
          code: "custom",
          path: aliasIndex >= 0 ? [index, "aliases", aliasIndex] : [index, "name"],
          message: `is not unique: "${name}" is also a name or alias of ${other}`,
        });
      } else owner.set(name, o.id);
    }
  });
});

export type Organisation = z.output<typeof organisationSchema>;
