/** What /compare/ renders: what its picker needs and the texts and locale the comparison script needs; its size does not grow with the register. */
import type { CompareScriptData, ComparisonStrings } from "../../lib/present/comparison.ts";
import { fundShortName } from "../../lib/present/names.ts";
import { getProjects } from "../projects.ts";
import { funds } from "../reference.ts";
import { useLocalization } from "../../i18n/index.ts";

export interface CompareView {
  script: CompareScriptData;
  /** The picker: it finds projects in the project list's index (/projects/list.json), fetched when the reader starts to look. */
  picker: {
    index: string;
    /** How many projects there are to pick from. */
    total: number;
    /** The dates of a project whose start or end is not reported, as the project page writes them. */
    startNotReported: string;
    endNotReported: string;
  };
  example: string;
}

const MEASURES = [
  "memberState", "fund", "managingEntity", "dates", "duration", "total", "awarded", "euRate", "euAmount",
  "returned", "reintegration", "counselled", "againstTarget", "costPerReturned", "returnCountries", "confidence", "sources",
];

export async function getCompareView(lang: string): Promise<CompareView> {
  const l = useLocalization(lang);
  const items = await getProjects();
  const strings: ComparisonStrings = {
    measures: Object.fromEntries(MEASURES.map((k) => [k, l.t(`compare.measure.${k}`)])),
    funds: Object.fromEntries(funds.map((f) => [f.id, fundShortName(f, lang)])),
    confidence: { high: l.t("confidence.high"), medium: l.t("confidence.medium"), low: l.t("confidence.low") },
    notReported: Object.fromEntries(MEASURES.map((k) => [k, l.t("common.notReported", { gender: l.t(`compare.measure.${k}.gender`) })])),
    calculated: l.t("table.calculated"),
    months: l.message("count.months"),
    warnings: {
      currency: l.message("compare.warn.currency"),
      period: l.message("compare.warn.period"),
      missing: l.message("compare.warn.missing"),
      units: l.message("compare.warn.units"),
      unknown: l.message("compare.warn.unknown"),
      count: l.message("compare.warn.count"),
    },
    heading: l.t("compare.measure.heading"),
    projectPath: l.path("/projects/"),
    startNotReported: `${l.t("project.start")} ${l.t("common.notReported", { gender: l.t("project.start.gender") })}`,
    endNotReported: `${l.t("project.end")} ${l.t("common.notReported", { gender: l.t("project.end.gender") })}`,
  };
  return {
    script: { strings, locale: { intl: l.locale.intl, spaceBeforePercent: l.locale.spaceBeforePercent } },
    picker: { index: l.path("/projects/list.json"), total: items.length, startNotReported: strings.startNotReported, endNotReported: strings.endNotReported },
    example: `${l.path("/compare/")}?ids=it-partir-ii,nl-post-arrival-assistance,sk-rra-phase-ii`,
  };
}
