import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir` (recursively): what someone copying the laptop's disk would get. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** The files under `dir` whose bytes contain any of `needles` (relative paths, with the needle's label). */
export function findBytes(dir: string, needles: Record<string, Buffer>): { file: string; needle: string }[] {
  const hits: { file: string; needle: string }[] = [];
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    for (const [label, needle] of Object.entries(needles))
      if (bytes.includes(needle)) hits.push({ file: relative(dir, file), needle: label });
  }
  return hits;
}

/** A text in the forms it could take on disk: UTF-8 and UTF-16 (both byte orders). */
export function textForms(label: string, text: string): Record<string, Buffer> {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  return { [`${label} (UTF-8)`]: Buffer.from(text, 'utf8'), [`${label} (UTF-16LE)`]: le, [`${label} (UTF-16BE)`]: be };
}
