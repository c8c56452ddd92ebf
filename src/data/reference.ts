/** The reference datasets in data/, parsed and checked. */
import fundsJson from "../../data/funds.json";
import indicatorsJson from "../../data/indicators.json";
import elementsJson from "../../data/elements.json";
import changelogJson from "../../data/changelog.json";
import statisticsJson from "../../data/return-statistics.json";
import publishersJson from "../../data/publishers.json";
import { changelogSchema, elementsSchema, fundsSchema, indicatorsSchema, publishersSchema, returnStatisticsSchema, type ChangelogEntry, type Elements, type Fund, type Indicator, type Publisher, type ReturnStatistics } from "../lib/schema/reference-data.ts";

export const funds: readonly Fund[] = fundsSchema.parse(fundsJson);
export const indicators: readonly Indicator[] = indicatorsSchema.parse(indicatorsJson);
export const elementVocabulary: Elements = elementsSchema.parse(elementsJson);
export const changelog: readonly ChangelogEntry[] = changelogSchema.parse(changelogJson);
export const returnStatistics: ReturnStatistics = returnStatisticsSchema.parse(statisticsJson);
/** data/publishers.json: who publishes each source host, and what kind of body it is. */
export const publishers: readonly Publisher[] = publishersSchema.parse(publishersJson);
const publishersById = new Map(publishers.map((p) => [p.id, p]));

export function getPublisher(id: string): Publisher | undefined {
  return publishersById.get(id);
}

export function getFund(id: string | undefined): Fund | undefined {
  return funds.find((fund) => fund.id === id);
}

