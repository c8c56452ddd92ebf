/** The reference datasets in data/, checked by the same function as the build's validation (src/lib/reference-data.ts). */
import fundsJson from "../../data/funds.json";
import indicatorsJson from "../../data/indicators.json";
import elementsJson from "../../data/elements.json";
import changelogJson from "../../data/changelog.json";
import statisticsJson from "../../data/return-statistics.json";
import publishersJson from "../../data/publishers.json";
import { parseReferenceData } from "../lib/reference-data.ts";
import organisationsJson from "../../data/organisations.json";
import type { ChangelogEntry, Elements, Fund, Indicator, Organisation, Publisher, ReturnStatistics } from "../lib/schema/reference-data.ts";
import { indexOrganisations, type OrganisationIndex } from "../lib/organisations.ts";

const reference = parseReferenceData({
  "funds.json": fundsJson,
  "indicators.json": indicatorsJson,
  "elements.json": elementsJson,
  "return-statistics.json": statisticsJson,
  "changelog.json": changelogJson,
  "publishers.json": publishersJson,
  "organisations.json": organisationsJson,
});

export const funds: readonly Fund[] = reference.funds;
export const indicators: readonly Indicator[] = reference.indicators;
export const elementVocabulary: Elements = reference.elements;
export const changelog: readonly ChangelogEntry[] = reference.changelog;
export const returnStatistics: ReturnStatistics = reference.returnStatistics;
/** data/publishers.json: who publishes each source host, and what kind of body it is. */
export const publishers: readonly Publisher[] = reference.publishers;
const publishersById = new Map(publishers.map((p) => [p.id, p]));

export function getPublisher(id: string): Publisher | undefined {
  return publishersById.get(id);
}
export const organisations: readonly Organisation[] = reference.organisations;
export const organisationIndex: OrganisationIndex = indexOrganisations(organisations);

export function getFund(id: string | undefined): Fund | undefined {
  return funds.find((fund) => fund.id === id);
}
