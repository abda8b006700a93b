import type { DocType } from '../../../shared/model/types';
import { foldText } from '../../../shared/search/normalize';

/** Lower case, no diacritics, đ → d (the search folding), single spaces: "Dự thảo Nghị quyết" → "du thao nghi quyet". */
const fold = (s: string): string => foldText(s).replace(/\s+/g, ' ').trim();

/** Most specific first: "Báo cáo thẩm tra" is a report too. */
const RULES: readonly { pattern: RegExp; type: DocType }[] = [
  { pattern: /\bbao cao tham tra\b/, type: 'bao_cao_tham_tra' },
  { pattern: /\b(du thao nghi quyet|nghi quyet)\b/, type: 'du_thao_nghi_quyet' },
  { pattern: /\bto trinh\b/, type: 'to_trinh' },
  { pattern: /\bbao cao\b/, type: 'bao_cao' },
];

/** The document type a title names ("Tờ trình số 12/TTr-UBND …" → to_trinh), null when it names none. */
export function guessDocType(title: string): DocType | null {
  const t = fold(title);
  // A Vietnamese administrative title starts with what the document is: the earliest name wins, and at the
  // same place the more specific one ("báo cáo thẩm tra" over "báo cáo").
  let best: { at: number; type: DocType } | null = null;
  for (const r of RULES) {
    const at = t.search(r.pattern);
    if (at >= 0 && (best === null || at < best.at)) best = { at, type: r.type };
  }
  return best?.type ?? null;
}
