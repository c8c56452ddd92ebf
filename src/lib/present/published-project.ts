/**
 * The published form of one project: what `/projects/<id>.json` holds, what the comparison
 * reads in the browser, and what the key figures are written from. One serializer, one type.
 */
import { parsePrecisionDate, type PrecisionDate } from "../dates.ts";
import type { Project } from "../derive.ts";
import { centsToUnits, type Money } from "../money.ts";
import type { ProjectData } from "../schema/project.ts";

/** An amount in currency units (two decimals at most) and its ISO 4217 code. */
export interface PublishedMoney {
  amount: number;
  currency: string;
}

export interface PublishedDerived {
  start_precision: PrecisionDate["precision"] | null;
  end_precision: PrecisionDate["precision"] | null;
  /** The EU amount where the site calculated it from the total and the rate. */
  eu_amount: PublishedMoney | null;
  /** The EU rate where the site calculated it from the total and the amount. */
  eu_share_pct: number | null;
  cost_per_returned: PublishedMoney | null;
  returns_against_target_pct: number | null;
  duration_months: number | null;
  duration_days: number | null;
  /** The id in data/organisations.json the managing entity resolves to; null for free text that matches none. */
  managing_entity_id: string | null;
  /** For each partner, in order, the organisation id it resolves to, or null. */
  partner_ids: (string | null)[];
}

export interface PublishedProject {
  id: string;
  /** The English page; the page in another language is under its prefix. */
  url: string;
  /** The record's fields as in the record format. */
  record: ProjectData;
  derived: PublishedDerived;
  related: { id: string; relation: string }[];
  /** The project's title in each language it has a translation in, by language code. */
  titles: Record<string, string>;
  license: "CC-BY-4.0";
}

export function toPublishedMoney(money: Money | undefined): PublishedMoney | null {
  return money ? { amount: centsToUnits(money.cents), currency: money.currency } : null;
}

/** Back to cents, for formatting: amounts in the files have at most two decimals. */
export function fromPublishedMoney(money: PublishedMoney): Money {
  return { cents: Math.round(money.amount * 100), currency: money.currency };
}

export function toPublishedProject(
  project: Project,
  record: ProjectData,
  related: readonly { id: string; relation: string }[],
  titles: Readonly<Record<string, string>> = {},
): PublishedProject {
  const b = project.budget;
  return {
    id: project.id,
    url: `/projects/${project.id}/`,
    record,
    derived: {
      start_precision: project.start?.precision ?? null,
      end_precision: project.end?.precision ?? null,
      eu_amount: b.euAmount?.basis === "calculated" ? toPublishedMoney(b.euAmount.value) : null,
      eu_share_pct: b.euSharePct?.basis === "calculated" ? b.euSharePct.value : null,
      cost_per_returned: toPublishedMoney(project.costPerReturned?.value),
      returns_against_target_pct: project.returnsAgainstTarget?.value ?? null,
      duration_months: project.durationMonths ?? null,
      duration_days: project.durationDays ?? null,
      managing_entity_id: project.managingEntityId ?? null,
      partner_ids: project.partnerIds.map((id) => id ?? null),
    },
    related: related.map((link) => ({ id: link.id, relation: link.relation })),
    titles: { ...titles },
    license: "CC-BY-4.0",
  };
}

/** A record date of the published form as a precision date. */
export function publishedDate(value: string | undefined): PrecisionDate | undefined {
  if (value === undefined) return undefined;
  const parsed = parsePrecisionDate(value);
  return parsed.ok ? parsed.date : undefined;
}

/** The text of a record's `/projects/<id>.json`: the published form, indented by two spaces, with a final newline. */
export const publishedProjectJson = (published: PublishedProject): string => `${JSON.stringify(published, null, 2)}\n`;
