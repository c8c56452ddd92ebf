/** The reference datasets in data/, checked by the same function as the build's validation (src/lib/reference-data.ts). */
import fundsJson from "../../data/funds.json";
import indicatorsJson from "../../data/indicators.json";
import elementsJson from "../../data/elements.json";
import changelogJson from "../../data/changelog.json";
import statisticsJson from "../../data/return-statistics.json";
import organisationsJson from "../../data/organisations.json";
import { parseReferenceData } from "../lib/reference-data.ts";
import type { ChangelogEntry, Elements, Fund, Indicator, Organisation, ReturnStatistics } from "../lib/schema/reference-data.ts";
import { indexOrganisations, type OrganisationIndex } from "../lib/organisations.ts";

const reference = parseReferenceData({
  "funds.json": fundsJson,
  "indicators.json": indicatorsJson,
  "elements.json": elementsJson,
  "return-statistics.json": statisticsJson,
  "changelog.json": changelogJson,
  "organisations.json": organisationsJson,
});

export const funds: readonly Fund[] = reference.funds;
export const indicators: readonly Indicator[] = reference.indicators;
export const elementVocabulary: Elements = reference.elements;
export const changelog: readonly ChangelogEntry[] = reference.changelog;
export const returnStatistics: ReturnStatistics = reference.returnStatistics;
export const organisations: readonly Organisation[] = reference.organisations;
export const organisationIndex: OrganisationIndex = indexOrganisations(organisations);

export function getFund(id: string | undefined): Fund | undefined {
  return funds.find((fund) => fund.id === id);
}
