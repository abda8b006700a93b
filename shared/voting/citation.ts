/** A legal reference as data: which text, which article and clause, and whether it is confirmed. */

export type Text2 = { vi: string; en: string };

export type Citation = {
  /** "Luật Tổ chức chính quyền địa phương số 72/2025/QH15" */
  document: string;
  /** "34"; null when the article is not known (then the rule must need legal confirmation). */
  article: string | null;
  clause: string | null;
  /** ISO date the document was issued or passed, when known. */
  issuedOn: string | null;
};

/** A rule as cited with a result: the reference, its period and the confirmation flag. */
export type RuleCitation = {
  ruleId: string;
  citation: Citation;
  inForceFrom: string;
  inForceTo: string | null;
  wording: Text2;
  needsLegalConfirmation: boolean;
  /** The whole reference as one line, e.g. "Luật ... số 72/2025/QH15, Điều 34, khoản 2". */
  text: string;
};

export function formatCitation(c: Citation): string {
  let s = c.document;
  if (c.article) s += `, Điều ${c.article}`;
  if (c.clause) s += `, khoản ${c.clause}`;
  return s;
}
