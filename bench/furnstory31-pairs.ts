/**
 * The relations a Multi-News story run makes across stories, and the ones the furniture step drops, by the reader's
 * dev labels (docs/notes/furnstory31.md). Ids only; pairs not in the labels are counted as unlabelled.
 *
 *   npx tsx bench/furnstory31-pairs.ts bench/data/story-multinews-reader-dev.tsv OUT.txt …
 * OUT: `bench/story-multinews.ts --only-half dev --errors` output (its `false` and `dropped` lines).
 */
import { readFileSync } from 'node:fs';

const [labelsFile, ...outs] = process.argv.slice(2);
const key = (a: string, b: string) => [a, b].sort().join('|');
const label = new Map<string, string>();
for (const l of readFileSync(labelsFile!, 'utf8').split('\n')) {
  if (!l || l.startsWith('#')) continue;
  const [, , a, b, , , lab] = l.split('\t');
  label.set(key(a!, b!), lab!);
}
for (const f of outs) {
  const by = (kind: string) => {
    const c = new Map<string, number>();
    for (const l of readFileSync(f, 'utf8').split('\n')) {
      const m = l.match(new RegExp(`^  ${kind}\\s+(\\S+) → (\\S+) \\[([^\\]]+)\\]`));
      if (!m) continue;
      const lab = m[3] === 'same' ? 'same story (gold)' : (label.get(key(m[1]!, m[2]!)) ?? `unlabelled ${m[3]}`);
      c.set(lab, (c.get(lab) ?? 0) + 1);
    }
    return [...c].sort().map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  };
  console.log(`${f}:\n  false relations (ordered) by label: ${by('false')}\n  dropped by the furniture step (ordered) by label: ${by('dropped')}`);
}
