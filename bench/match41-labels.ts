import { readFileSync } from 'node:fs';

/** story34's reader labels (bench/data/story-multinews-reader-dev.tsv) by ordered direction `a>b`, both ways. */
export function readerLabelMap(file = 'bench/data/story-multinews-reader-dev.tsv'): Map<string, string> {
  const labels = new Map<string, string>();
  for (const l of readFileSync(file, 'utf8').split('\n')) {
    if (!l || l.startsWith('#')) continue;
    const [, , a, b, , , label] = l.split('\t');
    labels.set(`${a}>${b}`, label!);
    labels.set(`${b}>${a}`, label!);
  }
  return labels;
}
