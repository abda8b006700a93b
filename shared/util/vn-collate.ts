/**
 * Vietnamese collation, independent of the host's ICU so every laptop and the relay sort identically.
 *
 * Alphabet: a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v (w) x y (z).
 * Letters compare first over the whole string; tones only break ties, in the traditional order
 * ngang, huyền, hỏi, ngã, sắc, nặng.
 */
const ALPHABET = [
  'a',
  'ă',
  'â',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'ê',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'ô',
  'ơ',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'ư',
  'v',
  'w',
  'x',
  'y',
  'z',
];
const LETTER_RANK = new Map(ALPHABET.map((l, i) => [l, i + 100]));

const BREVE = '\u0306';
const CIRCUMFLEX = '\u0302';
const HORN = '\u031B';
const TONE_RANK: Record<string, number> = {
  '\u0300': 1, // huyền
  '\u0309': 2, // hỏi
  '\u0303': 3, // ngã
  '\u0301': 4, // sắc
  '\u0323': 5, // nặng
};

type Key = { letters: number[]; tones: number[] };

function keyOf(input: string): Key {
  const letters: number[] = [];
  const tones: number[] = [];
  const chars = Array.from(input.normalize('NFD').toLowerCase());
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (/\p{M}/u.test(ch)) continue; // marks are consumed with their base letter below
    let letter = ch;
    let tone = 0;
    for (let j = i + 1; j < chars.length && /\p{M}/u.test(chars[j]!); j++) {
      const m = chars[j]!;
      if (m === BREVE && letter === 'a') letter = 'ă';
      else if (m === CIRCUMFLEX && (letter === 'a' || letter === 'e' || letter === 'o')) letter = letter + m;
      else if (m === HORN && (letter === 'o' || letter === 'u')) letter = letter === 'o' ? 'ơ' : 'ư';
      else if (TONE_RANK[m] !== undefined) tone = TONE_RANK[m]!;
    }
    if (letter.length === 2) letter = letter === 'a\u0302' ? 'â' : letter === 'e\u0302' ? 'ê' : 'ô';
    const rank = LETTER_RANK.get(letter);
    if (rank !== undefined) {
      letters.push(rank);
      tones.push(tone);
    } else if (/\s/u.test(letter)) {
      letters.push(1); // spaces sort before any letter so "An" < "An Bình" < "Anh"
      tones.push(0);
    } else {
      // digits and other symbols: by code point, before letters
      letters.push(10 + Math.min(letter.codePointAt(0)!, 89));
      tones.push(0);
    }
  }
  return { letters, tones };
}

function compareArrays(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Compare two strings in Vietnamese dictionary order. */
export function compareVi(a: string, b: string): number {
  const ka = keyOf(a.trim());
  const kb = keyOf(b.trim());
  return compareArrays(ka.letters, kb.letters) || compareArrays(ka.tones, kb.tones);
}

/** Splits a Vietnamese full name into family+middle and given name (the last word). */
export function splitName(fullName: string): { given: string; rest: string } {
  const words = fullName.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return { given: '', rest: '' };
  return { given: words[words.length - 1]!, rest: words.slice(0, -1).join(' ') };
}

/** Vietnamese lists of people sort by given name, then by family and middle names. */
export function compareByGivenName(a: string, b: string): number {
  const na = splitName(a);
  const nb = splitName(b);
  return compareVi(na.given, nb.given) || compareVi(na.rest, nb.rest) || compareVi(a, b);
}
