/** The reference datasets in data/, parsed and checked. */
import fundsJson from "../../data/funds.json";
import indicatorsJson from "../../data/indicators.json";
import elementsJson from "../../data/elements.json";
import changelogJson from "../../data/changelog.json";
import statisticsJson from "../../data/return-statistics.json";
import organisationsJson from "../../data/organisations.json";
import { changelogSchema, elementsSchema, fundsSchema, indicatorsSchema, organisationsSchema, returnStatisticsSchema, type ChangelogEntry, type Elements, type Fund, type Indicator, type Organisation, type ReturnStatistics } from "../lib/schema/reference-data.ts";
import { indexOrganisations, type OrganisationIndex } from "../lib/organisations.ts";

export const funds: readonly Fund[] = fundsSchema.parse(fundsJson);
export const indicators: readonly Indicator[] = indicatorsSchema.parse(indicatorsJson);
export const elementVocabulary: Elements = elementsSchema.parse(elementsJson);
export const changelog: readonly ChangelogEntry[] = changelogSchema.parse(changelogJson);
export const returnStatistics: ReturnStatistics = returnStatisticsSchema.parse(statisticsJson);
export const organisations: readonly Organisation[] = organisationsSchema.parse(organisationsJson);
export const organisationIndex: OrganisationIndex = indexOrganisations(organisations);

export function getFund(id: string | undefined): Fund | undefined {
  return funds.find((fund) => fund.id === id);
}

