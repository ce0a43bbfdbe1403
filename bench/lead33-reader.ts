/**
 * A Multi-News dev run scored against the reader's dev labels (story34: bench/data/story-multinews-reader-dev.tsv),
 * for runs of `bench/story-multinews.ts --only-half dev --errors` (lead33: main's and a branch's on the same corpus).
 * Within-story labelled pairs: each direction is related unless the run lists it as `missed`; cross-story labelled
 * pairs: related when the run lists the direction as `false`. Ids only.
 *
 *   npx tsx bench/lead33-reader.ts bench/data/story-multinews-reader-dev.tsv OUT…
 *
 * Prints, per OUT: related directions by label (of the labelled directions), the reader's strict precision (`same`
 * right) and lenient precision (`same` or `background` right) over the labelled related directions, recall of the
 * `same` directions, each with a Wilson 95% interval, and the cross-story relations no label holds.
 */
import { readFileSync } from 'node:fs';
import { wilson } from './audit14-data.ts';

const [labelsFile, ...outs] = process.argv.slice(2);
if (!labelsFile || outs.length === 0) throw new Error('usage: lead33-reader.ts LABELS OUT…');
const groupOf = (id: string) => id.replace(/-\d+$/, '');
interface Label {
  a: string;
  b: string;
  label: string;
}
const labels: Label[] = [];
for (const l of readFileSync(labelsFile, 'utf8').split('\n')) {
  if (!l || l.startsWith('#')) continue;
  const [, , a, b, , , label] = l.split('\t');
  labels.push({ a: a!, b: b!, label: label! });
}
const ci = (k: number, n: number) => {
  const [lo, hi] = n ? wilson(k, n) : [0, 1];
  return `${n ? (k / n).toFixed(3) : '—'} [${lo.toFixed(3)}, ${hi.toFixed(3)}] (${k} of ${n})`;
};
for (const f of outs) {
  const text = readFileSync(f, 'utf8');
  const missed = new Set([...text.matchAll(/^ {2}missed (\S+) → (\S+):/gm)].map((m) => `${m[1]}>${m[2]}`));
  const crossed = new Set([...text.matchAll(/^ {2}false {2}(\S+) → (\S+) /gm)].map((m) => `${m[1]}>${m[2]}`));
  const byLabel = new Map<string, { related: number; all: number }>();
  const labelled = new Set<string>();
  for (const { a, b, label } of labels) {
    for (const [q, c] of [
      [a, b],
      [b, a],
    ] as const) {
      const key = `${q}>${c}`;
      labelled.add(key);
      const related = groupOf(q) === groupOf(c) ? !missed.has(key) : crossed.has(key);
      const t = byLabel.get(label) ?? { related: 0, all: 0 };
      t.all++;
      if (related) t.related++;
      byLabel.set(label, t);
    }
  }
  const rel = [...byLabel.values()].reduce((s, t) => s + t.related, 0);
  const same = byLabel.get('same') ?? { related: 0, all: 0 };
  const bg = byLabel.get('background') ?? { related: 0, all: 0 };
  const unlabelled = [...crossed].filter((k) => !labelled.has(k)).length;
  console.log(`${f}: related directions by label: ${[...byLabel].map(([l, t]) => `${l} ${t.related} of ${t.all}`).join(', ')}; unlabelled cross-story relations ${unlabelled}`);
  console.log(`  reader strict P ${ci(same.related, rel)}; lenient P ${ci(same.related + bg.related, rel)}; R (same directions) ${ci(same.related, same.all)}`);
}
