/**
 * trace42: what a judged row's article holds of the selection when the speaker is not asked. For each judged row of
 * the dev label sets (trace30, trace31, trace32, trace39 — trace39 was read once by trace40 and is dev now), the target
 * article's best passage by the retelling measure (lib/quotes/retell.ts: frame undone, content words in order, share of
 * the shorter side) over every unit and quote, with no speaker test; and how rare in the story the shared words are
 * (`df`: in how many of the story's other articles — not the selection's, not the target — each shared stem stands;
 * `rare` = shared stems in at most half of them). The selection's own speaker is printed as none / role / person (trace.ts isPersonName). Ids and numbers only.
 * The sealed trace42 labels are refused (read once by bench/trace-eval.ts).
 *
 *   nice npx tsx bench/trace42-content.ts bench/data/trace30-labels.tsv   (likewise trace31, trace32, trace39)
 */
import { readFileSync } from 'node:fs';
import { judgedRow, loadStories } from './trace30-data.ts';
import { loadStories31 } from './trace31-data.ts';
import { loadStories32 } from './trace32-data.ts';
import { loadStories39 } from './trace39-data.ts';
import { isPersonName } from '../lib/quotes/trace.ts';
import { words } from '../lib/quotes/similarity.ts';
import { commonInOrder, reportedClauses, retellWords } from '../lib/quotes/retell.ts';
import type { Article } from '../lib/types.ts';

const file = process.argv[2] ?? 'bench/data/trace30-labels.tsv';
if (file.includes('trace42')) throw new Error('trace42 labels are sealed: read them once with bench/trace-eval.ts');
const rows = readFileSync(file, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const p = rows[0]![0]![0];
const stories = p === 'T' ? loadStories31().all : p === 'G' ? loadStories32().all : p === 'R' ? loadStories39().all : loadStories();
const byId = new Map<string, Article>();
const storyArts = new Map<string, Article[]>();
for (const s of stories) {
  storyArts.set(s.key, s.articles);
  for (const a of s.articles) byId.set(a.id, a);
}

for (const c of rows) {
  const { from, target: t, quote: q, speaker } = judgedRow(c, byId);
  const spk = speaker ? (isPersonName(speaker) ? 'person' : 'role') : 'none';
  const sel = retellWords(q);
  const others = (storyArts.get(c[2]!) ?? []).filter((a) => a.id !== from.id && a.id !== t.id);
  const bags = others.map((a) => new Set(retellWords(a.text)));
  const df = (w: string) => bags.filter((b) => b.has(w)).length;
  let best: { m: number; shorter: number; score: number; rare: number; u: number } | null = null;
  for (const u of t.units) {
    for (const clause of reportedClauses(u.text)) {
      const w = retellWords(clause);
      const pairs = commonInOrder(sel, w);
      const m = pairs.length;
      const shorter = Math.min(sel.length, w.length) || 1;
      const score = m / shorter;
      const rare = pairs.filter(([i]) => df(sel[i]!) * 2 <= others.length).length;
      if (!best || m / Math.max(sel.length, 1) + score > best.m / Math.max(sel.length, 1) + best.score) best = { m, shorter, score, rare, u: u.i };
    }
  }
  const lab = best && c[10] ? (() => { const u = t.units[best.u]!; return u.start < Number(c[11]) && Number(c[10]) < u.end; })() : false;
  console.log(
    `${c[0]} ${c[8]} ${c[9]} spk=${spk} words=${words(q).length} sel=${sel.length} n=${others.length}` +
      (best ? ` m=${best.m}/${best.shorter} score=${best.score.toFixed(2)} cover=${(best.m / Math.max(sel.length, 1)).toFixed(2)} rare=${best.rare} u${best.u}${lab ? ' LAB' : ''}` : ''),
  );
}
