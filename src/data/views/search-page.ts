/** What /search/ renders: the choices to narrow the results by, and the texts the search script writes. */
import { getProjectListView, type Option } from "./project-list.ts";
import type { SearchStrings } from "../../lib/search.ts";
import { useLocalization } from "../../i18n/index.ts";

export interface SearchPageView {
  memberStates: Option[];
  funds: Option[];
  strings: SearchStrings;
}

export async function getSearchPageView(lang: string): Promise<SearchPageView> {
  const l = useLocalization(lang);
  const { options } = await getProjectListView(lang);
  return {
    memberStates: options.memberStates,
    funds: [...options.funds, { value: "none", label: l.t("filters.notReported") }],
    strings: {
      searching: l.t("search.searching"),
      none: l.message("search.none"),
      error: l.t("search.error"),
      found: l.message("search.found"),
      narrowed: l.message("search.narrowed"),
      shown: l.message("search.shown"),
      more: l.message("search.more"),
      fundNotReported: l.t("search.fundNotReported"),
      datesNotReported: l.t("search.datesNotReported"),
    },
  };
}
