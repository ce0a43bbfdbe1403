/**
 * actor53: why the actor test (align.ts `differentActors`) lets an other-fact pair through, or vetoes a right one.
 * For every "other-fact" error of facts-causes (u of R placed only with units of X none of whose facts u states), each
 * placed pair is classed by the first reason `differentActors` returns false:
 *   null-u / null-x    that side has no main actor (no name subject, a pronoun or role not resolved, "X said that …",
 *                      a group subject); the unit's subject word is printed
 *   word-in-other      both have actors, but an actor word of one occurs somewhere in the other's text
 *   share-actor        the two actor sets share a word (resolved people)
 *   same-quotation     the two units quote the same words
 *   vetoed             the test says "different actors" (the pair came by another path)
 * and for paraphrase errors whose gold counterpart the test vetoes (ACTORS-VETO in facts-causes), both actors.
 *
 *   npx tsx bench/actor53-why.ts [--sets=a,b] [--list]
 */
import { compareArticle } from '../lib/engine/index.ts';
import { addedErrors, readingInputs, weighedByUnit } from './reading-inputs.ts';
import { differentActors, sameQuotation, type Weighted } from '../lib/engine/align.ts';
import { actorsDisagree, shareActor, speakerOf, subjectOffset } from '../lib/nlp/actors.ts';
import { DEV_SETS, BASIL_DEV_SETS, labelledSet } from './facts-causes.ts';

const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const list = process.argv.includes('--list');
const sets = arg('sets')?.split(',') ?? DEV_SETS;
for (const s of sets) if (!DEV_SETS.includes(s) && !BASIL_DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set`);
const sh = (t: string) => t.replace(/\s+/g, ' ').slice(0, 120);
const subj = (t: string) => {
  const o = subjectOffset(t);
  return o === null ? '' : t.slice(o).split(/\s+/).slice(0, 3).join(' ');
};
const act = (a: Set<string> | null) => (a ? `{${[...a].join(' ')}}` : 'null');

function reason(w: Weighted, a: Set<string> | null, v: Weighted, b: Set<string> | null): string {
  if (!a) return 'null-u';
  if (!b) return 'null-x';
  if (!actorsDisagree(a, w.f.unit.text, b, v.f.unit.text)) return 'word-in-other';
  if (shareActor(a, b)) return 'share-actor';
  if (sameQuotation(w, v)) return 'same-quotation';
  return differentActors(w, a, v, b) ? 'vetoed' : '?';
}

const count = new Map<string, number>();
let blocked = 0;
for (const name of sets) {
  const set = await labelledSet(name);
  if (!set) continue;
  const { r, index, articles } = set;
  for (const x of articles) {
    const rep = await compareArticle(x, index);
    const { rel, fx, fr, idf } = await readingInputs(x, index);
    const { w: wx, a: ax } = weighedByUnit(fx, idf);
    const weighedRel = fr.map((f) => weighedByUnit(f, idf));
    for (const { R, k, u, pred, uu } of addedErrors(x, rep, rel, r)) {
      const { w: wr, a: ar } = weighedRel[k]!;
      const fu = r.factsOf(R.id, u.i);
      const wu = wr.get(u.i);
      if (!wu) continue;
      const placed = [...uu.matches, ...(uu.reworded ?? [])];
      if (!pred && uu.fact && placed.length && !placed.some((m) => [...fu].some((f) => r.factsOf(x.id, m).has(f)))) {
        for (const m of placed) {
          const wm = wx.get(m);
          if (!wm) continue;
          const why = reason(wu, ar.get(u.i)!, wm, ax.get(m)!);
          count.set(why, (count.get(why) ?? 0) + 1);
          if (list)
            console.log(`[${name} ${x.id.slice(0, 3)}<-${R.id.slice(0, 3)}#${u.i}~${m}] ${why} u=${act(ar.get(u.i)!)} (${subj(u.text)}) x=${act(ax.get(m)!)} (${subj(wm.f.unit.text)}) spk ${act(speakerOf(u.text))} / ${act(speakerOf(wm.f.unit.text))}\n   u "${sh(u.text)}"\n   x "${sh(wm.f.unit.text)}"`);
        }
      }
      if (pred && !placed.length && uu.fact) {
        for (const v of x.units) {
          if (![...fu].every((f) => r.factsOf(x.id, v.i).has(f))) continue;
          const wv = wx.get(v.i);
          if (!wv || !differentActors(wu, ar.get(u.i)!, wv, ax.get(v.i)!)) continue;
          blocked++;
          if (list) console.log(`[${name} ${x.id.slice(0, 3)}<-${R.id.slice(0, 3)}#${u.i}~${v.i}] VETO-BLOCKS-GOLD u=${act(ar.get(u.i)!)} x=${act(ax.get(v.i)!)}\n   u "${sh(u.text)}"\n   x "${sh(v.text)}"`);
        }
      }
    }
  }
}
console.log(`\nother-fact placed pairs by reason (${sets.join(',')}):`);
for (const [k, n] of [...count].sort((p, q) => q[1] - p[1])) console.log(`  ${k}: ${n}`);
console.log(`  gold pairs of paraphrase errors the veto blocks: ${blocked}`);
