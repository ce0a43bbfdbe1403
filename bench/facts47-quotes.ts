/**
 * facts47: aligned pairs in which BOTH units quote someone directly, against the labels. A candidate veto: two
 * units each carrying a quotation of 3+ words whose quoted words share no content stem tell two statements, even
 * when the speaker and the story's words make them alike ("'It's typical anti-immigrant fear-mongering,' said Alex
 * Mensing" / "Alex Mensing, project coordinator …, said '…'"). Prints, over the report's alignments of the nine DEV
 * sets (added direction, every reading, as bench/facts-untold.ts builds them), the pairs by the quotes' overlap and
 * the labels' verdict (same fact / two facts / unlabelled). Held-out sets are never read.
 *   npx tsx bench/facts47-quotes.ts [--list]
 */
import { align, REPORT_ALIGN } from '../lib/engine/align.ts';
import { tokens } from '../lib/nlp/index.ts';
import { contentStem } from '../lib/engine/keys.ts';
import { weighAll } from '../lib/engine/story.ts';
import { readingInputs, labelsOf } from './reading-inputs.ts';
import { DEV_SETS, labelledSet } from './facts-causes.ts';

const list = process.argv.includes('--list');
const QUOTE = /[“"]([^”"]+)[”"]/g;
/** The content stems inside the unit's quotations of 3+ words; null when it quotes no such words. */
export function quotedStems(text: string): Set<string> | null {
  const out = new Set<string>();
  let any = false;
  for (const m of text.matchAll(QUOTE)) {
    const t = tokens(m[1]!);
    if (t.length < 3) continue;
    any = true;
    for (const x of t) {
      const c = contentStem(x.w);
      if (c) out.add(c);
    }
  }
  return any ? out : null;
}

const bins = new Map<string, { same: number; two: number; none: number }>();
for (const name of DEV_SETS) {
  const set = await labelledSet(name);
  if (!set) continue;
  const { sameByLabels } = labelsOf(name, set.articles);
  for (const x of set.articles) {
    const { rel, fx, fr, idf } = await readingInputs(x, set.index);
    const wx = weighAll(fx, idf);
    rel.forEach((R, k) => {
      const wr = weighAll(fr[k]!, idf);
      const al = align(wx, wr, REPORT_ALIGN);
      for (const e of al.matches) {
        const a = x.units[e.a]!.text;
        const b = R.units[e.b]!.text;
        const qa = quotedStems(a);
        const qb = quotedStems(b);
        if (!qa || !qb) continue;
        const shared = [...qa].filter((s) => qb.has(s)).length;
        const key = shared === 0 ? 'no shared quoted stem' : shared === 1 ? '1 shared' : '2+ shared';
        const v = sameByLabels(x.id, e.a, R.id, e.b);
        const row = bins.get(key) ?? { same: 0, two: 0, none: 0 };
        if (v === null) row.none++;
        else if (v) row.same++;
        else row.two++;
        bins.set(key, row);
        if (list && shared === 0) console.log(`[${name} ${x.id.slice(0, 3)}#${e.a} ~ ${R.id.slice(0, 3)}#${e.b}] ${v === null ? 'UNLAB' : v ? 'SAME' : 'TWO'} s=${e.s.toFixed(3)}\n   ${a.slice(0, 140)}\n   ${b.slice(0, 140)}`);
      }
    });
  }
}
console.log('| quotes | same fact | two facts | unlabelled |\n|---|---|---|---|');
for (const [k, v] of [...bins].sort()) console.log(`| ${k} | ${v.same} | ${v.two} | ${v.none} |`);
