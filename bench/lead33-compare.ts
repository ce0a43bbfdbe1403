/**
 * lead33 (docs/notes/lead33.md): fit-story's evidence (one collection, every definition of `lead` recorded beside the
 * engine's) read with several models, per split: P / R with Wilson 95% intervals, and the ordered pairs whose decision
 * changes against the first model (same story / other, in / out). Ids of the project's own sets only are printed.
 *
 *   npx tsx bench/lead33-compare.ts ROWS.json[,ROWS2.json…] NAME=LEAD:MODEL.json|current …
 * ROWS: `bench/fit-story.ts --part=dev|held` caches ($TMPDIR/parallax-story-rows-v2-PART.json, …-gvc-v1-PART.json) as
 * the experiment's commit 981b26c writes them (its lib records `leadTop` / `leadMass` beside `lead`; lib is main's
 * again at the branch's tip, so re-collecting them needs that commit checked out);
 * LEAD: min (the engine's today), top or mass; MODEL: a `--model-out` file, or `current` (lib's STORY_MODEL).
 */
import type { EvidenceRow } from './story-rows.ts';
import { readFileSync } from 'node:fs';
import { STORY_DAYS, storyProbability } from '../lib/engine/story.ts';
import { STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { wilson } from './audit14-data.ts';

interface Row extends EvidenceRow {
  leadTop: number;
  leadMass: number;
}
interface Collected {
  rows: Row[];
  goldPairs: Record<string, number>;
}
type Model = { weights: number[]; bias: number; threshold: number };
const [files, ...specs] = process.argv.slice(2);
if (!files || specs.length === 0) throw new Error('usage: lead33-compare.ts ROWS.json[,…] NAME=LEAD:MODEL …');
const data = files.split(',').map((f) => JSON.parse(readFileSync(f, 'utf8')) as Collected);
const rows = data.flatMap((d) => d.rows);
const gold: Record<string, number> = Object.assign({}, ...data.map((d) => d.goldPairs));
const variants = specs.map((s) => {
  const [name, rest] = s.split('=') as [string, string];
  const [lead, file] = rest.split(':') as [string, string];
  const model: Model = file === 'current' ? STORY_MODEL : JSON.parse(readFileSync(file, 'utf8'));
  return { name, lead, model };
});
const related = (v: (typeof variants)[number], r: Row) => {
  const p = storyProbability({ ...r, lead: v.lead === 'top' ? r.leadTop : v.lead === 'mass' ? r.leadMass : r.lead }, v.model);
  return p >= v.model.threshold && (r.apart == null || r.apart <= STORY_DAYS);
};
const iv = (k: number, n: number) => {
  const [lo, hi] = n ? wilson(k, n) : [0, 1];
  return `${n ? (k / n).toFixed(3) : '—'} [${lo.toFixed(3)}, ${hi.toFixed(3)}]`;
};
const splits = [...new Set(rows.map((r) => r.split))];
console.log(`| split | ${variants.map((v) => `${v.name}: P / R (tp, false)`).join(' | ')} |`);
console.log(`|---|${variants.map(() => '---').join('|')}|`);
const f1s = variants.map(() => [] as number[]);
for (const s of splits) {
  const rs = rows.filter((r) => r.split === s);
  const cells = variants.map((v, i) => {
    let tp = 0;
    let fp = 0;
    for (const r of rs) if (related(v, r)) r.label ? tp++ : fp++;
    const g = gold[s] ?? 0;
    const p = tp + fp ? tp / (tp + fp) : 1;
    const rc = g ? tp / g : 1;
    f1s[i]!.push(p + rc ? (2 * p * rc) / (p + rc) : 0);
    return `${iv(tp, tp + fp)} / ${iv(tp, g)} (${tp} of ${g}, ${fp} false)`;
  });
  console.log(`| ${s} | ${cells.join(' | ')} |`);
}
console.log(`mean F1 over the splits: ${variants.map((v, i) => `${v.name} ${(f1s[i]!.reduce((a, b) => a + b, 0) / f1s[i]!.length).toFixed(4)}`).join(', ')}`);
const base = variants[0]!;
for (const v of variants.slice(1)) {
  const ch = new Map<string, number>();
  for (const r of rows) {
    const a = related(base, r);
    const b = related(v, r);
    if (a === b) continue;
    const k = `${r.split} ${r.label ? 'same' : 'other'} ${b ? 'in' : 'out'}`;
    ch.set(k, (ch.get(k) ?? 0) + 1);
    if (r.split === 'project' && !r.label && b) console.log(`  ${v.name}: project false relation in ${r.q} → ${r.c} (lead ${r.lead.toFixed(2)} → ${(v.lead === 'top' ? r.leadTop : v.lead === 'mass' ? r.leadMass : r.lead).toFixed(2)})`);
  }
  console.log(`${v.name} vs ${base.name}: ${[...ch].sort().map(([k, n]) => `${k} ${n}`).join('; ')}`);
}
