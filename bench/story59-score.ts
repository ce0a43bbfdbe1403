/**
 * story59: same-story precision of the Reuters relations two arms make, from one blind label sheet of the union of
 * their relations (main's model relations: the cross-day specificity test only removes). Each dump is
 * bench/story57-reuters.ts --model-dump FILE of one arm (`--cross-day-specific off|on`); a pair counts as kept by an arm
 * when its dump holds either reading. Same day / cross-day from the dump's two dates.
 *
 *   npx tsx bench/story59-score.ts LABELS.tsv[,LABELS2.tsv] off=DUMP on=DUMP
 */
import { readFileSync } from 'node:fs';
import { labels, pairKey, wilson } from './story57b-labels.ts';

const [files, ...arms] = process.argv.slice(2);
const all = new Map(files!.split(',').flatMap((f) => [...labels(f)]));
type Row = { a: string; b: string; da: string; db: string };
console.log(`| arm | same day | cross-day | all | all, borderline left out | labelled pairs not in the dump / dump pairs not labelled |\n|---|---|---|---|---|---|`);
for (const arm of arms) {
  const [name, file] = arm.split('=');
  const rows = (JSON.parse(readFileSync(file!, 'utf8')) as { rows: Row[] }).rows;
  const day = new Map(rows.map((r) => [pairKey(r.a, r.b), r.da === r.db]));
  const cell = (on: (sameDay: boolean) => boolean, strict = false) => {
    const kept = [...all].filter(([k, v]) => day.has(k) && on(day.get(k)!) && (!strict || !v.flag));
    return wilson(kept.filter(([, v]) => v.label === 'same').length, kept.length);
  };
  const unl = [...day.keys()].filter((k) => !all.has(k)).length;
  console.log(`| ${name} | ${cell((d) => d)} | ${cell((d) => !d)} | ${cell(() => true)} | ${cell(() => true, true)} | ${[...all.keys()].filter((k) => !day.has(k)).length} / ${unl} |`);
}
