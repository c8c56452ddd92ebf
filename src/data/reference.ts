/** The reference datasets in data/, parsed and checked. */
import fundsJson from "../../data/funds.json";
import indicatorsJson from "../../data/indicators.json";
import { fundsSchema, indicatorsSchema, type Fund, type Indicator } from "../lib/schema/reference-data.ts";

export const funds: readonly Fund[] = fundsSchema.parse(fundsJson);
export const indicators: readonly Indicator[] = indicatorsSchema.parse(indicatorsJson);

export function getFund(id: string | undefined): Fund | undefined {
  return funds.find((fund) => fund.id === id);
}

