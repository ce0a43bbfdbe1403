/** story57b's blind labels of main's Reuters dev relations (bench/data/story57b-reuters-model-dev-{same,cross}.tsv), keyed by the unordered pair. */
import { readFileSync } from 'node:fs';
import { wilson as interval } from './audit14-data.ts';

/** "k / n = p [lo, hi]" with the Wilson 95 % interval. */
export function wilson(k: number, n: number): string {
  if (!n) return '—';
  const [lo, hi] = interval(k, n);
  return `${k} / ${n} = ${(k / n).toFixed(3)} [${lo.toFixed(3)}, ${hi.toFixed(3)}]`;
}

export type Label = { label: string; flag: string };
export const pairKey = (a: string, b: string) => [a, b].sort().join('|');
export function labels(file: string): Map<string, Label> {
  const out = new Map<string, Label>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('a\t')) continue;
    const [a, b, label, flag] = line.split('\t');
    out.set(pairKey(a!, b!), { label: label!, flag: flag ?? '' });
  }
  return out;
}
export const reutersDevLabels = () => ({ same: labels('bench/data/story57b-reuters-model-dev-same.tsv'), cross: labels('bench/data/story57b-reuters-model-dev-cross.tsv') });
