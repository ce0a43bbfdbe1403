/**
 * twin79: one fact, one verdict (issue 8 items 2–3). Over the 17 dev sets (each article read against its set, as
 * bench/eval.ts reads it), per (reading, related article R):
 *   LS  a page sentence both on a Shared card with R listed and on a Left-out card naming R (by kind: marked in part,
 *       marked whole — every letter of the sentence marked —, `partly` with no mark, listed as lacking all);
 *   AS  a sentence of R both on an Added card and listed under a Shared card;
 *   AL  a page sentence left out by R while the sentence of R listed beside it under its Shared card is Added;
 *   TL  a page sentence left out by R (whole) whose same-side twin is Shared with R; TA the same for an Added sentence
 *       of R whose twin in R is listed under a Shared card. A twin: another fact unit of the same article whose
 *       similarity with it (align.ts unitSimilarity, the report's word bonus) reaches the pair's strong floor
 *       (floorsFor over the page × R matrix); `--mutual`: the mutual floor (sensitivity only).
 * Each with the labels' verdict (tests/data/engine/eval.ts `Resolved.missing`: the card is right when the article lacks
 * some labelled fact of the sentence).
 *
 *   TMPDIR=/tmp/twin79 nice npx tsx bench/twin79-count.ts [--sets a,b] [--list] [--mutual]
 */
import { BASIL_DEV_SETS, DEV_SETS, labelledSet } from './facts-causes.ts';
import { labelsOf } from './reading-inputs.ts';
import { oneFact } from '../lib/engine/report';
import { actorsOf } from '../lib/engine/align';
import { optionValue } from './args.ts';
import { compareArticle } from '../lib/engine/compare';
import { floorsFor, REPORT_ALIGN, unitSimilarity, type Weighted } from '../lib/engine/align';
import { featuresOf, reportFeatures } from '../lib/engine/features';
import { unitIdf, weighAll } from '../lib/engine/story';
import type { Article, NovelSpan } from '../lib/types';

const args = process.argv.slice(2);
const sets = (optionValue('--sets', args) ?? [...DEV_SETS, ...BASIL_DEV_SETS].join(',')).split(',');
for (const s of sets) if (!DEV_SETS.includes(s) && !BASIL_DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set`);
const list = args.includes('--list');
const mutualFloor = args.includes('--mutual');
const tab = new Map<string, number>();
const bump = (k: string) => tab.set(k, (tab.get(k) ?? 0) + 1);
const verdict = (g: boolean | null) => (g === null ? 'unscored' : g ? 'lacks a fact' : 'tells all');
const sh = (t: string) => t.replace(/\s+/g, ' ').slice(0, 90);

/** Every letter of the text inside the spans. */
const whole = (text: string, spans: readonly NovelSpan[]) => {
  for (let k = 0; k < text.length; k++) if (/\p{L}|\p{N}/u.test(text[k]!) && !spans.some((s) => s.start <= k && k < s.end)) return false;
  return true;
};

let readings = 0;
for (const name of sets) {
  const set = await labelledSet(name);
  if (!set) continue;
  const { articles, r, index } = set;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const { sameByLabels } = labelsOf(name, articles);
  for (const x of articles) {
    const rep = await compareArticle(x, index);
    readings++;
    const rel = rep.related.map((q) => byId.get(q.id)!).filter(Boolean) as Article[];
    const fx = reportFeatures(x, featuresOf(x));
    const fr = rel.map((a) => reportFeatures(a, featuresOf(a)));
    const idf = unitIdf([fx, ...fr]);
    const wx = weighAll(fx, idf);
    const wr = fr.map((f) => weighAll(f, idf));
    const at = (ws: Weighted[], i: number) => ws.find((w) => w.f.unit.i === i);
    const twinsOf = (ws: Weighted[], i: number, floor: number) => {
      const u = at(ws, i);
      return u ? ws.filter((w) => w !== u && unitSimilarity(u, w, REPORT_ALIGN.wordBonus) >= floor).map((w) => w.f.unit.i) : [];
    };
    // The report's own "same fact" decision (report.ts oneFact: sameFact at its threshold, same main actor).
    const same = (ws: Weighted[], i: number, i2: number) => {
      const act = actorsOf(ws);
      const p = ws.findIndex((w) => w.f.unit.i === i);
      const q = ws.findIndex((w) => w.f.unit.i === i2);
      return p >= 0 && q >= 0 && oneFact(ws[p]!, ws[q]!, act[p]!, act[q]!).same;
    };
    const grp = DEV_SETS.includes(name) ? 'dev9' : 'basil8';
    rel.forEach((R, k) => {
      const fl = floorsFor(REPORT_ALIGN, wx.length * wr[k]!.length);
      const floor = mutualFloor ? fl.floorMutual : fl.floor;
      const sharedWith = new Map<number, number[]>(); // page i → R's units listed
      for (const s of rep.shared) {
        const js = s.sources.filter((q) => q.id === R.id).map((q) => q.i);
        if (js.length) sharedWith.set(s.i, js);
      }
      const listedThere = new Set([...sharedWith.values()].flat());
      const addedThere = new Set(rep.added.flatMap((a) => a.sources.filter((q) => q.id === R.id).map((q) => q.i)));
      for (const l of rep.leftOut) {
        if (!l.missingFrom.includes(R.id)) continue;
        const gold = verdict(r.missing(x.id, l.i, R.id));
        const part = l.partly?.find((p) => p.id === R.id);
        if (sharedWith.has(l.i)) {
          const kind = !part ? 'lacks all' : part.novel.length === 0 ? 'partly, no mark' : whole(l.text, part.novel) ? 'marked whole' : 'marked in part';
          bump(`${grp} | LS ${kind} | ${gold}`);
          if (list && kind !== 'marked in part') console.log(`LS ${kind} ${name} ${x.id}#${l.i} × ${R.id}: ${gold}: ${sh(l.text)}`);
          const js = sharedWith.get(l.i)!.filter((j) => addedThere.has(j));
          if (js.length) {
            bump(`${grp} | AL (left out, its Shared line Added) ${kind} | ${gold}`);
            if (list) console.log(`AL ${name} ${x.id}#${l.i} × ${R.id}#${js.join(',')}: ${gold}: ${sh(l.text)}`);
          }
        } else {
          const tw = twinsOf(wx, l.i, floor).filter((i) => sharedWith.has(i));
          if (tw.length) {
            bump(`${grp} | TL left out, twin Shared | ${gold}`);
            bump(`${grp} | TL twin by labels: ${tw.some((i) => sameByLabels(x.id, l.i, x.id, i) === true)} | ${gold}`);
            bump(`${grp} | TL twin by oneFact: ${tw.some((i) => same(wx, l.i, i))} | ${gold}`);
            if (list) console.log(`TL ${name} ${x.id}#${l.i} twin #${tw.join(',')} × ${R.id}: ${gold}: ${sh(l.text)}`);
          }
        }
      }
      for (const j of addedThere) {
        const gold = verdict(r.missing(R.id, j, x.id));
        if (listedThere.has(j)) {
          bump(`${grp} | AS added and listed under Shared | ${gold}`);
          const card = rep.added.find((a) => a.sources[0]!.id === R.id && a.sources[0]!.i === j);
          const kind = !card ? 'not its card’s first' : !card.novel?.length ? 'unmarked' : whole(card.text, card.novel) ? 'marked whole' : 'marked in part';
          bump(`${grp} | AS ${kind} | ${gold}`);
          if (list && kind === 'marked whole') console.log(`AS ${kind} ${name} ${R.id}#${j} × ${x.id}: ${gold}: ${sh(card!.text)}`);
          continue;
        }
        const tw = twinsOf(wr[k]!, j, floor).filter((jj) => listedThere.has(jj));
        if (tw.length) {
          bump(`${grp} | TA added, twin listed under Shared | ${gold}`);
          bump(`${grp} | TA twin by labels: ${tw.some((jj) => sameByLabels(R.id, j, R.id, jj) === true)} | ${gold}`);
          bump(`${grp} | TA twin by oneFact: ${tw.some((jj) => same(wr[k]!, j, jj))} | ${gold}`);
          if (list) console.log(`TA ${name} ${R.id}#${j} twin #${tw.join(',')} × ${x.id}: ${gold}: ${sh(R.units[j]!.text)}`);
        }
      }
    });
  }
}
console.log(`${readings} readings; floor: ${mutualFloor ? 'mutual' : 'strong'}`);
console.log('| sets | kind | labels | (reading, article, sentence) |\n|---|---|---|---|');
for (const [k, n] of [...tab].sort()) console.log(`| ${k} | ${n} |`);
