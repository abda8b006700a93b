/**
 * The document model of the PDF layout engine: a flat list of blocks, laid out top to bottom by render.ts.
 * Content modules (seeds/docs/*, electron/record/*-doc.ts) build these; nothing here knows about pdf-lib.
 */

export type RunStyle = { bold: boolean; italic: boolean };

/** A piece of text with one style. Spaces inside `text` are word breaks. */
export type Run = { text: string; bold?: boolean; italic?: boolean };

export type Align = 'left' | 'center' | 'right';

/** A calendar date as written in Vietnamese administrative documents. */
export type DocDate = { year: number; month: number; day: number };

export type AdminHeaderBlock = {
  kind: 'adminHeader';
  /** Governing body, upper case, regular weight (e.g. "UBND TỈNH THÁI NGUYÊN"); empty when none. */
  parentAgency: string;
  /** Issuing body, upper case, bold; one entry per line. */
  agency: string[];
  /** "Số: 125/TTr-UBND" (a draft leaves the number blank: "Số:      /NQ-HĐND"). */
  number: string;
  /** "Thái Nguyên, ngày 05 tháng 9 năm 2022"; see vn-date.ts. */
  dateLine: string;
  /** 'state' (default): national name and motto on the right; 'party': "ĐẢNG CỘNG SẢN VIỆT NAM". */
  style?: 'state' | 'party';
};

export type StampBlock = { kind: 'stamp'; text: string; side: 'left' | 'right'; color: 'red' | 'black' };

export type TitleBlock = { kind: 'title'; lines: string[] };

export type CenteredBlock = { kind: 'centered'; runs: Run[]; size?: number; spaceAfter?: number };

export type HeadingBlock = {
  kind: 'heading';
  text: string;
  /** 1: part/chapter, 2: section, 3: sub-section. */
  level: 1 | 2 | 3;
  /** Add to the PDF outline (bookmarks) and the table of contents. */
  outline?: boolean;
  /** Start on a new page. */
  newPage?: boolean;
  align?: Align;
};

export type ParagraphBlock = {
  kind: 'paragraph';
  runs: Run[];
  /** First-line indent in points; body paragraphs default to the configured indent. */
  indent?: number;
  /** Left indent of every line (lists, quotes). */
  leftIndent?: number;
  align?: Align;
  size?: number;
  spaceAfter?: number;
  /** Never split across pages, and start a new page unless this many points also fit below (what follows). */
  keepWithNext?: number;
};

export type TableBlock = {
  kind: 'table';
  /** Relative widths; normalised to the text width. */
  columns: { title: string; width: number; align?: Align }[];
  rows: string[][];
  size?: number;
};

export type SignatureBlock = {
  kind: 'signature';
  /** "Nơi nhận:" list on the left; empty for none. */
  recipients: string[];
  /** Right column, centred: e.g. TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / (Đã ký) / name. */
  lines: Run[][];
  /** A second signer centred in the left column (minutes: the secretary), drawn instead of recipients. */
  leftLines?: Run[][];
};

export type SpacerBlock = { kind: 'spacer'; height: number };
export type PageBreakBlock = { kind: 'pageBreak' };
/** Table of contents built from the outline headings (page numbers resolved in a second pass). */
export type TocBlock = { kind: 'toc'; title: string };

export type Block =
  | AdminHeaderBlock
  | StampBlock
  | TitleBlock
  | CenteredBlock
  | HeadingBlock
  | ParagraphBlock
  | TableBlock
  | SignatureBlock
  | SpacerBlock
  | PageBreakBlock
  | TocBlock;

export type DocSpec = {
  /** Output file name inside seeds/pdfs. */
  fileName: string;
  /** PDF metadata. */
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** Creation date written into the PDF (fixed, so the bytes are reproducible). */
  created: DocDate;
  /** PDF Creator; defaults to the seed builder's. */
  creator?: string;
  /** Per-document overrides of the body text size (points) and line height (multiple of the size). */
  layout?: { bodySize?: number; leading?: number };
  blocks: Block[];
};

/** Helpers that keep content modules short. */
export const r = (text: string): Run => ({ text });
export const b = (text: string): Run => ({ text, bold: true });
export const i = (text: string): Run => ({ text, italic: true });
export const bi = (text: string): Run => ({ text, bold: true, italic: true });

export const para = (text: string, opts: Omit<ParagraphBlock, 'kind' | 'runs'> = {}): ParagraphBlock => ({
  kind: 'paragraph',
  runs: [r(text)],
  ...opts,
});
export const paraRuns = (runs: Run[], opts: Omit<ParagraphBlock, 'kind' | 'runs'> = {}): ParagraphBlock => ({
  kind: 'paragraph',
  runs,
  ...opts,
});
export const heading = (
  text: string,
  level: HeadingBlock['level'],
  opts: Omit<HeadingBlock, 'kind' | 'text' | 'level'> = {},
): HeadingBlock => ({
  kind: 'heading',
  text,
  level,
  ...opts,
});
/** A list item: "- text" with a hanging indent. */
export const item = (text: string, marker = '-'): ParagraphBlock => ({
  kind: 'paragraph',
  runs: [r(`${marker} ${text}`)],
});
export const spacer = (height: number): SpacerBlock => ({ kind: 'spacer', height });
