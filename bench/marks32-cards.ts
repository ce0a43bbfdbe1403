/**
 * marks32 on the judged DEV card sheets: for each top-5 Added / Left-out card whose line is shown whole (no marks),
 * the best containment (bench/marks32-measures.ts `containedIn`) of a fact unit of the other side inside the card's
 * unit — for a left-out card the smallest over the articles leaving it out (each must tell a part) — with the card's
 * label and cause from the sheet. Ids, labels and numbers only; `--list` adds the texts (print to /tmp only:
 * research-use sources). Research use: nothing of the text is committed.
 *
 *   npx tsx bench/marks32-cards.ts --source=mn  [--n=16] [--list]   # Multi-News dev half, audit30's sheet
 *   npx tsx bench/marks32-cards.ts --source=gvc [--n=15] [--list]   # GVC dev, audit29's sheet
 */
import { readFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { auc, measures, MEASURES, untoldSpans, type Measure } from './marks32-measures.ts';
import type { Weighted } from '../lib/engine/align.ts';
import type { Article } from '../lib/types.ts';
import { cardsOf } from './audit-cards.ts';
import { readingInputs, weighedByUnit } from './reading-inputs.ts';

const argv = process.argv.slice(2);
const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const source = opt('source') ?? 'mn';
const list = argv.includes('--list');

let readings: Array<{ event: string; read: Article; own: Article[] }>;
let sheet: string;
if (source === 'mn') {
  const { mnReadings } = await import('./audit30-cards.ts');
  readings = mnReadings(Number(opt('n') ?? 16), 'dev').map((r) => ({ ...r, event: r.story }));
  sheet = 'bench/data/audit30-cards.tsv';
} else if (source === 'gvc') {
  const { gvcReadings } = await import('./audit29-cards.ts');
  readings = gvcReadings(Number(opt('n') ?? 15)).map((r) => ({ ...r, event: r.incident }));
  sheet = 'bench/data/audit29-cards.tsv';
} else throw new Error('--source=mn|gvc');

const rows = readFileSync(sheet, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const label = new Map(rows.map((x) => [`${x[0]!.split(':')[0]}|${x[1]}`, { mark: x[2]!, cause: x[3] ?? '' }]));
const distractors = [...(await loadSet('seeds')), ...loadZyte()];

const scored: Array<{ mark: string; cause: string; m: Record<Measure, number> }> = [];

for (const rd of readings) {
  const index = new MemoryIndex([...rd.own.slice(1), ...distractors]);
  const rep = await compareArticle(rd.read, index);
  const { rel, fx, fr, idf } = await readingInputs(rd.read, index);
  const { w: wx, a: ax } = weighedByUnit(fx, idf);
  const byR = rel.map((R, k) => [R.id, weighedByUnit(fr[k]!, idf)] as const);
  const wr = new Map(byR.map(([id, q]) => [id, q.w]));
  const actor = (w: Weighted) => {
    if (wx.get(w.f.unit.i) === w) return ax.get(w.f.unit.i) ?? null;
    for (const [, q] of byR) if (q.w.get(w.f.unit.i) === w) return q.a.get(w.f.unit.i) ?? null;
    return null;
  };
  const hash = new Map(cardsOf(rd.event, rep).map((c) => [c.key, c.hash]));
  const show = (key: string, u: Weighted, m: Record<Measure, number>, at: Weighted | null) => {
    const l = label.get(`${rd.event}|${hash.get(key)}`);
    if (l) scored.push({ mark: l.mark, cause: l.cause, m });
    console.log(`${key} ${l?.mark ?? '?'} ${l?.cause || '-'} ${MEASURES.map((k) => `${k}=${m[k].toFixed(2)}`).join(' ')}`);
    if (list && at) {
      const marks = untoldSpans(u.f.unit.text, at.f.unit.text).map((s) => u.f.unit.text.slice(s.start, s.end));
      console.log(`   u: ${u.f.unit.text.slice(0, 300)}\n   v: ${at.f.unit.text.slice(0, 300)}\n   marks: ${marks.join(' | ')}`);
    }
  };
  rep.added.slice(0, 5).forEach((f, k) => {
    if (f.novel?.length) return;
    const s = f.sources[0]!;
    const u = wr.get(s.id)?.get(s.i);
    if (!u) return;
    const r = measures(u, wx.values(), idf, actor);
    show(`${rd.event}:A:${k + 1}`, u, Object.fromEntries(MEASURES.map((q) => [q, r[q].b])) as Record<Measure, number>, r.whole.at);
  });
  rep.leftOut.slice(0, 5).forEach((f, k) => {
    if (f.novel?.length) return;
    const u = wx.get(f.i);
    if (!u) return;
    const lo = Object.fromEntries(MEASURES.map((q) => [q, 1])) as Record<Measure, number>;
    let at: Weighted | null = null;
    for (const id of f.missingFrom) {
      const r = measures(u, wr.get(id)?.values() ?? [], idf, actor);
      for (const q of MEASURES) if (r[q].b < lo[q]) (lo[q] = r[q].b), q === 'whole' && (at = r.whole.at);
    }
    show(`${rd.event}:L:${k + 1}`, u, lo, at);
  });
}
const pos = scored.filter((x) => x.mark === 'P' && x.cause === 'second-fact-whole');
const neg = scored.filter((x) => x.mark === 'R');
console.log(`\nsecond-fact-whole P cards ${pos.length} (positives) vs R cards ${neg.length} (negatives): AUC ${MEASURES.map((q) => `${q} ${auc(pos.map((x) => x.m[q]), neg.map((x) => x.m[q])).toFixed(2)}`).join(', ')}`);
for (const q of MEASURES) {
  const ps = pos.map((x) => x.m[q]).sort((a, b) => b - a);
  const top = Math.max(...neg.map((x) => x.m[q]));
  console.log(`  ${q}: positives ${ps.map((x) => x.toFixed(2)).join(' ')}; highest R card ${top.toFixed(2)}, R cards at or above the lowest positive ${neg.filter((x) => x.m[q] >= ps[ps.length - 1]!).length}`);
}
