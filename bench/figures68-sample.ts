/**
 * figures68: a text-blind, seeded sample of the counts rank.ts `signals` gives as a card's figure ("gives a figure (…)"),
 * on the sentences of dev pages — the 17 dev sets (bench/facts-causes.ts DEV_SETS + BASIL_DEV_SETS), GVC dev (audit29's
 * 15 readings) and WikinewsSum dev (cards59) — each labelled figure / label from the sentence alone (docs/notes/figures68.md).
 *
 *   TMPDIR=/tmp/x npx tsx bench/figures68-sample.ts --draw     # (on 0bc73c8a: it reads the tree's `signals`) writes bench/data/figures68-sample.tsv (no texts) and
 *                                                              # $TMPDIR/figures68-texts.tsv (the sentences, to label)
 *   TMPDIR=/tmp/x npx tsx bench/figures68-sample.ts --score    # precision / recall of this tree's `signals` on the labels
 *   TMPDIR=/tmp/x npx tsx bench/figures68-sample.ts --flips    # Multi-News sentences whose figure this tree drops (texts to stdout)
 *
 * Candidates: every sentence (each paragraph cut by lib/segment `sentenceSpans`) whose `signals` figure on main was a
 * count (money and a percentage are amounts by how they are written, so they are tallied, not sampled). A row keys the
 * sentence by set, article id, sentence number and an FNV hash of its text; the label column is the reader's (figure,
 * label). The draw is a mulberry32 shuffle, seed 68, of the candidates in reading order; rows 1–120 are half A (looked
 * at while writing the rule), 121–240 half B (labelled before the rule, not looked at for it). Score: a row's figure is
 * kept when `signals` of its sentence still gives a count figure whose text is the row's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { signals } from '../lib/engine/rank.ts';
import { figureValues } from '../lib/nlp/index.ts';
import { sentenceSpans } from '../lib/segment/sentences.ts';
import type { Article } from '../lib/types.ts';
import { fnv } from './audit-cards.ts';
import { prng, shuffleInPlace } from '../tests/hostile/harness.ts'; // mulberry32, seeded
import { gvcReadings } from './audit29-cards.ts';
import { wnsEvents } from './cards59-wns.ts';
import { BASIL_DEV_SETS, DEV_SETS, loadSet } from './facts-causes.ts';

const SHEET = 'bench/data/figures68-sample.tsv';
const N = 240;

/** Every dev page's sentences, in reading order, each article once. */
async function* sentences(): AsyncGenerator<{ set: string; id: string; n: number; text: string }> {
  const seen = new Set<string>();
  const sets: Array<[string, Article[]]> = [];
  for (const s of [...DEV_SETS, ...BASIL_DEV_SETS]) sets.push([s, (await loadSet(s)) ?? []]);
  sets.push(['gvc', gvcReadings(15).flatMap((r) => r.own)]);
  sets.push(['wns', wnsEvents().filter((e) => e.half === 'dev').flatMap((e) => e.own)]);
  for (const [set, arts] of sets) {
    for (const a of arts) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      let n = 0;
      for (const para of a.text.split(/\n+/)) for (const [b, e] of sentenceSpans(para)) yield { set, id: a.id, n: n++, text: para.slice(b, e) };
    }
  }
}

/** The count `signals` gives as the figure of a text, or null (money and percentages are no counts). */
function countFigure(text: string): string | null {
  const f = signals(text).figure;
  if (!f) return null;
  const q = figureValues(text).find((x) => x.text === f);
  return q?.kind === 'count' ? f : null;
}

const argv = process.argv.slice(2);
if (argv.includes('--draw')) {
  const cands: Array<{ set: string; id: string; n: number; text: string; figure: string }> = [];
  const tally = { sentences: 0, figure: 0, count: 0 };
  for await (const s of sentences()) {
    tally.sentences++;
    if (signals(s.text).figure) tally.figure++;
    const f = countFigure(s.text);
    if (f) cands.push({ ...s, figure: f });
  }
  tally.count = cands.length;
  shuffleInPlace(cands, prng(68));
  const pick = cands.slice(0, N);
  console.log(`${tally.sentences} sentences, ${tally.figure} with a figure, ${tally.count} of them a count; drew ${pick.length}`);
  writeFileSync(SHEET, ['row\thalf\tset\tarticle\tsentence\thash\tfigure\tlabel', ...pick.map((c, k) => [k + 1, k < N / 2 ? 'A' : 'B', c.set, c.id, c.n, fnv(c.text), c.figure, ''].join('\t'))].join('\n') + '\n');
  writeFileSync(`${process.env.TMPDIR ?? '/tmp'}/figures68-texts.tsv`, pick.map((c, k) => `${k + 1}\t${c.figure}\t${c.text.replace(/\s+/g, ' ')}`).join('\n') + '\n');
} else if (argv.some((a) => a.startsWith('--flips'))) {
  // Sentences of other dev pages (Multi-News dev and the cards40–43 walk, held readings 17–64, cards63's halves; no sample row comes from
  // them) whose count figure the label reading drops: what it would take from a reader elsewhere. Texts to stdout only.
  const { mnReadings } = await import('./audit30-cards.ts');
  const seen = new Set<string>();
  let n = 0;
  for (const e of [...mnReadings(16, 'dev'), ...mnReadings(64, 'held').slice(16)]) {
    for (const a of e.own) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      for (const para of a.text.split(/\n+/)) {
        for (const [b, x] of sentenceSpans(para)) {
          const s = para.slice(b, x);
          // main's figure (rank.ts before figures68) against this tree's.
          const was = figureValues(s).find((q) => q.kind === 'money' || q.kind === 'percent' || (q.kind === 'count' && q.value === q.max && q.value >= 10));
          const now = signals(s).figure;
          if (was && now !== was.text) console.log(`${++n}\t${was.text}\t${now ?? '-'}\t${s.replace(/\s+/g, ' ').slice(0, 300)}`);
        }
      }
    }
  }
} else if (argv.includes('--score')) {
  const rows = readFileSync(SHEET, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const byKey = new Map(rows.map((r) => [`${r[3]}#${r[4]}`, r]));
  const text = new Map<string, string>();
  for await (const s of sentences()) if (byKey.has(`${s.id}#${s.n}`)) text.set(`${s.id}#${s.n}`, s.text);
  for (const half of ['A', 'B', 'all']) {
    const t = { figure: 0, label: 0, keptFigure: 0, keptLabel: 0, missing: 0 };
    for (const r of rows) {
      if (half !== 'all' && r[1] !== half) continue;
      const s = text.get(`${r[3]}#${r[4]}`);
      if (s === undefined || fnv(s) !== r[5]) {
        t.missing++;
        continue;
      }
      const kept = countFigure(s) === r[6];
      if (r[7] === 'figure') {
        t.figure++;
        if (kept) t.keptFigure++;
      } else {
        t.label++;
        if (kept) t.keptLabel++;
        if (kept && argv.includes('--show')) console.log(`  label kept: row ${r[0]} (${r[6]})`);
      }
    }
    const p = t.keptFigure / (t.keptFigure + t.keptLabel);
    console.log(`${half}: ${t.figure} figures, ${t.label} labels${t.missing ? `, ${t.missing} rows not found` : ''}; kept ${t.keptFigure} figures, ${t.keptLabel} labels: precision ${p.toFixed(3)}, recall ${(t.keptFigure / t.figure).toFixed(3)}`);
  }
}
