/**
 * The two ways a reader corrects a record, as links on the project's repository (GitHub):
 * a new issue from the correction form, with the record and its page filled in, and the
 * record's file in the web editor.
 */

export interface Repository {
  /** https://github.com/<owner>/<name>, without a trailing slash. */
  url: string;
  branch: string;
}

/** The issue form's file name in .github/ISSUE_TEMPLATE/, and the ids of the fields the link fills in. */
export const CORRECTION_FORM = "correction.yml";

export interface CorrectionLinks {
  suggestHref: string;
  editHref: string;
}

/** The links for the record `id`, whose page is at `pageUrl`. */
export function correctionLinks(repository: Repository, id: string, pageUrl: string): CorrectionLinks {
  const base = repository.url.replace(/\/+$/, "");
  const query = new URLSearchParams({ template: CORRECTION_FORM, title: `Correction: ${id}`, record: id, page: pageUrl });
  return {
    suggestHref: `${base}/issues/new?${query.toString()}`,
    editHref: `${base}/edit/${repository.branch.split("/").map(encodeURIComponent).join("/")}/content/projects/${encodeURIComponent(id)}.md`,
  };
}
