import type { Run, RunStyle } from './spec';

/** Width of `text` in points when set in `style` at the current size. */
export type Measure = (text: string, style: RunStyle) => number;

/** One drawn string: consecutive words of one style, with their separating spaces. */
export type Segment = { text: string; style: RunStyle; x: number; width: number };
export type Line = { segments: Segment[]; width: number };

type Token = { text: string; style: RunStyle; spaceBefore: boolean };

function styleOf(run: Run): RunStyle {
  return { bold: run.bold === true, italic: run.italic === true };
}

const sameStyle = (a: RunStyle, b: RunStyle): boolean => a.bold === b.bold && a.italic === b.italic;

/** Split runs into words; a word glued to the previous one (no space between runs) cannot start a line. */
function tokenize(runs: Run[]): Token[] {
  const tokens: Token[] = [];
  let pendingSpace = false;
  for (const run of runs) {
    const style = styleOf(run);
    const parts = run.text.normalize('NFC').split(/(\s+)/u);
    for (const part of parts) {
      if (part === '') continue;
      if (/^\s+$/u.test(part)) {
        pendingSpace = tokens.length > 0;
        continue;
      }
      tokens.push({ text: part, style, spaceBefore: pendingSpace });
      pendingSpace = false;
    }
  }
  return tokens;
}

/** Words that must stay together (tokens joined without a space). */
function chunk(tokens: Token[]): Token[][] {
  const chunks: Token[][] = [];
  for (const t of tokens) {
    const last = chunks[chunks.length - 1];
    if (last && !t.spaceBefore) last.push(t);
    else chunks.push([t]);
  }
  return chunks;
}

/** Break a chunk wider than a whole line into character pieces (long URLs, numbers). */
function splitOversized(c: Token[], maxWidth: number, measure: Measure): Token[][] {
  const pieces: Token[][] = [];
  let current: Token[] = [];
  let width = 0;
  for (const t of c) {
    for (const ch of Array.from(t.text)) {
      const w = measure(ch, t.style);
      if (width + w > maxWidth && current.length > 0) {
        pieces.push(current);
        current = [];
        width = 0;
      }
      const prev = current[current.length - 1];
      if (prev && sameStyle(prev.style, t.style)) prev.text += ch;
      else current.push({ text: ch, style: t.style, spaceBefore: current.length === 0 });
      width += w;
    }
  }
  if (current.length > 0) pieces.push(current);
  return pieces;
}

/**
 * Greedy word wrap of styled runs. `firstIndent` shifts the first line only. Returned segments carry
 * x offsets from the line start; a separating space is kept at the end of the previous segment so text
 * extraction reads naturally across style changes.
 */
export function wrapRuns(runs: Run[], maxWidth: number, measure: Measure, firstIndent = 0): Line[] {
  const chunks = chunk(tokenize(runs)).flatMap((c) => {
    const w = c.reduce((s, t) => s + measure(t.text, t.style), 0);
    return w > maxWidth - firstIndent ? splitOversized(c, maxWidth - firstIndent, measure) : [c];
  });
  const lines: Token[][][] = [];
  let current: Token[][] = [];
  let width = 0;
  for (const c of chunks) {
    const limit = lines.length === 0 ? maxWidth - firstIndent : maxWidth;
    const w = c.reduce((s, t) => s + measure(t.text, t.style), 0);
    const space = current.length > 0 ? measure(' ', c[0]!.style) : 0;
    if (current.length > 0 && width + space + w > limit) {
      lines.push(current);
      current = [];
      width = 0;
    }
    width += (current.length > 0 ? space : 0) + w;
    current.push(c);
  }
  if (current.length > 0) lines.push(current);
  return lines.map((chunksOfLine, idx) => toLine(chunksOfLine, measure, idx === 0 ? firstIndent : 0));
}

function toLine(chunks: Token[][], measure: Measure, x0: number): Line {
  const groups: { text: string; style: RunStyle }[] = [];
  chunks.forEach((c, ci) =>
    c.forEach((t, ti) => {
      const space = ci > 0 && ti === 0;
      const last = groups[groups.length - 1];
      if (last && sameStyle(last.style, t.style)) {
        last.text += (space ? ' ' : '') + t.text;
        return;
      }
      if (last && space) last.text += ' ';
      groups.push({ text: t.text, style: t.style });
    }),
  );
  let x = x0;
  const segments = groups.map((g): Segment => {
    const width = measure(g.text, g.style);
    const seg = { text: g.text, style: g.style, x, width };
    x += width;
    return seg;
  });
  const last = segments[segments.length - 1];
  const end = last ? last.x + measure(last.text.trimEnd(), last.style) : x0;
  return { segments, width: end - x0 };
}
