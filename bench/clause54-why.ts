/**
 * clause54: WHY each "second-missed" and "second-false" error of bench/facts-causes.ts happens, mechanism by mechanism
 * (issue 8 item 2). Same errors, same definitions (added direction; left out mirrors it):
 *   second-missed  u is aligned / reworded with a unit sharing one of its facts, carries another fact X lacks, not added;
 *   second-false   u is aligned / reworded, all its facts are in X, and the report adds it.
 * Each error gets one mechanism, read from what the report's clause check saw (report.ts `untoldClauses`, re-run here with
 * the report's own inputs) and from the labels — never from the story's words:
 *
 *   second-missed
 *     reworded-only     u is only "told differently" (no aligned edge): the clause check never reads it
 *     gate              the matrix has ≤ CLAUSE_TOLD.minCells cells: not checked (+ "would fire" if the gate were off)
 *     one-clause:KIND   the splitter found no boundary; KIND names the construction a reader would cut at (see `construction`)
 *     small:KIND        a clause below the floor was skipped: an attribution, or fewer than minContent content words
 *     told:PARTNER:LAB  every checked clause reached the floor; PARTNER = the unit that told the weakest clause is u's own
 *                       counterpart (counterpart) or another unit (other); LAB = that unit tells the fact X lacks by the
 *                       labels (never: it cannot, the fact is absent) — so "shares a fact of u" (shares) or "none" (none)
 *     fired-overridden  the check returns a clause but the unit is not added (a conflict, or another stage)
 *   second-false
 *     detail            a name / figure (`novelDetails`) made it news; no untold clause
 *     detail+clause     both
 *     clause:HOW        an untold clause made it news; HOW, for the clause's holders in X by the labels (the units of X that
 *                       hold a fact of u): counterpart (only u's own counterpart holds it: told in other words inside the pair),
 *                       near (a holder scores within NEAR of the floor), actor (a holder reaches the floor but the actor
 *                       test set it aside), paraphrase (holders far below the floor), cut (no verb found in the clause: a
 *                       list item or a subject cut off as a clause — or an irregular verb the test misses), no clause told
 *                       alone (every checked clause is below the floor: the unit was aligned as a whole)
 *     reworded / other  added for another reason
 *
 *   npx tsx bench/clause54-why.ts [--sets=basil-hunter,...|--basil|--nine] [--list]
 * Prints a table per group of sets. Held-out sets are refused.
 */
import { addedErrors, weighedByUnit } from './reading-inputs.ts';
import { differentActors, floorsFor, REPORT_ALIGN, sentenceUnit, unitSimilarity, weigh } from '../lib/engine/align.ts';
import { mainActors, midSentenceNames } from '../lib/nlp/actors.ts';
import { unitFeatures } from '../lib/engine/features.ts';
import { predications } from '../lib/nlp/clauses.ts';
import { foldedText, isAttribution, novelDetails, untoldClauses } from '../lib/engine/report.ts';
import { tokens } from '../lib/nlp/index.ts';
import { BASIL_DEV_SETS, DEV_SETS, readingsOf } from './facts-causes.ts';

const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const list = process.argv.includes('--list');
const groups: Array<[string, string[]]> = arg('sets')
  ? [['sets', arg('sets')!.split(',')]]
  : process.argv.includes('--basil')
    ? [['BASIL eight', BASIL_DEV_SETS]]
    : process.argv.includes('--nine')
      ? [['nine', DEV_SETS]]
      : [
          ['BASIL eight', BASIL_DEV_SETS],
          ['nine', DEV_SETS],
        ];
for (const [, s] of groups) for (const n of s) if (!DEV_SETS.includes(n) && !BASIL_DEV_SETS.includes(n)) throw new Error(`${n}: not a dev set`);
const NEAR = 0.03;
const sh = (t: string) => t.replace(/\s+/g, ' ').slice(0, 150);

/** The construction a reader would cut a one-clause sentence at (first that applies), or "none". */
export function construction(text: string): string {
  const t = text.replace(/\s+/g, ' ');
  if (/[“"][^”"]{12,}[”"]/.test(t) && /[,”"]\s*(?:he|she|they|\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)*) (?:said|says|added|wrote|told)\b/u.test(t)) return 'quote+said';
  if (/:\s/.test(t)) return 'colon';
  if (/\s[—–]\s|\s-\s|\(/.test(t)) return 'dash/paren';
  if (/,\s*(?:including|according|following|regarding)\b/i.test(t)) return ', including/following';
  if (/,\s*(?:saying|adding|calling|citing|noting|arguing|claiming|accusing)\b/i.test(t)) return ', saying (participle)';
  if (/\b(?:as part of|in an effort to|in order to)\b/i.test(t)) return 'as part of / in order to';
  if (/[^,]\s(?:after|before|when|while|as|because|since|until|amid|despite)\s/i.test(t)) return 'after/when… without comma';
  if (/[^,]\s(?:who|which|whom|whose|that)\s/i.test(t)) return 'relative without comma';
  if (/,\s*(?:who|which|where|whose)\b/i.test(t)) return 'relative (comma) not cut';
  if (/\b(?:and|but)\s+(?:\w+\s+)?(?:\w+ed|said|says|was|were|has|had|is|are|will|would)\b/i.test(t)) return 'and + second verb';
  if (/,[^,]+,[^,]*\band\b/.test(t) || /\b\w+, \w+ and \w+/.test(t)) return 'list';
  if (/\bto\s+\w+/i.test(t) && /\bto\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|\p{Lu})\w+/iu.test(t)) return 'to-infinitive';
  if (/,/.test(t)) return 'comma (apposition / adverbial)';
  return 'none (one predication; the second fact is a phrase)';
}

const hasVerb = (text: string) => tokens(text).some((t) => /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|said|says|told|tells)$/.test(t.w) || (t.w.length > 4 && /(?:ed|ing|es)$/.test(t.w)));

type Tally = Map<string, number>;
const bump = (t: Tally, k: string) => t.set(k, (t.get(k) ?? 0) + 1);

for (const [label, sets] of groups) {
  const missed: Tally = new Map();
  const falsed: Tally = new Map();
  let nMissed = 0;
  let nFalse = 0;
  for await (const { name, r, x, rep, rel, fx, fr, idf } of readingsOf(sets)) {
    const { w: wx, a: ax } = weighedByUnit(fx, idf);
    const B = [...wx.values()];
    const otherX = foldedText(x);
    const factsX = r.factsIn(x.id);
    const nx = fx.filter((f) => f.fact).length;
    for (const { R, k, u, pred, uu } of addedErrors(x, rep, rel, r)) {
      const placed = [...uu.matches, ...(uu.reworded ?? [])];
      if (placed.length === 0 || r.isNonfact(R.id, u.i)) continue;
      const fu = r.factsOf(R.id, u.i);
      if (!pred) {
        if (!uu.fact) continue; // engine-nonfact
        if (!placed.some((m) => [...fu].some((f) => r.factsOf(x.id, m).has(f)))) continue; // other-fact
      }
      const nr = fr[k]!.filter((f) => f.fact).length;
      const cells = nx * nr;
      const check = REPORT_ALIGN.clauses!;
      const checked = cells > (check.minCells ?? 0);
      const need = floorsFor(REPORT_ALIGN, cells).floor;
      const known = midSentenceNames(R.units.map((v) => v.text));
      const cl = predications(u.text);
      // Every clause as the check reads it, actor test included; and its best unit ignoring the actor test.
      const read = cl.map((c) => {
        const f = unitFeatures(sentenceUnit(c.text));
        const w = weigh(f, idf.words, idf.grams);
        const act = mainActors([c.text], known)[0]!;
        let best = 0;
        let at = -1;
        let bestAny = 0;
        for (const b of B) {
          const s = unitSimilarity(w, b, REPORT_ALIGN.wordBonus);
          bestAny = Math.max(bestAny, s);
          if (differentActors(w, act, b, ax.get(b.f.unit.i)!)) continue;
          if (s > best) ((best = s), (at = b.f.unit.i));
        }
        return { c, w, act, content: f.lex.length, attribution: isAttribution(c.text), best, at, bestAny };
      });
      const untold = untoldClauses(u.text, B, otherX, cells, REPORT_ALIGN, check, idf, known);
      const details = novelDetails(u.text, otherX);
      let mech: string;
      const matched = uu.matches.length > 0;
      if (!pred) {
        nMissed++;
        if (!matched) mech = 'reworded-only';
        else if (!checked) mech = `gate (${untold.length ? 'would fire' : 'would not fire'})`;
        else if (cl.length < 2) mech = `one-clause: ${construction(u.text)}`;
        else if (untold.length > 0) mech = 'fired-overridden';
        else {
          const below = read.filter((q) => q.best < need);
          if (below.length) mech = `small: ${below.some((q) => q.attribution) ? 'attribution' : `< ${check.minContent} content words`}`;
          else {
            const weakest = read.filter((q) => !q.attribution && q.content >= check.minContent).sort((p, q) => p.best - q.best)[0]!;
            const partner = uu.matches.includes(weakest.at) ? 'counterpart' : 'other unit';
            const shares = [...fu].some((f) => r.factsOf(x.id, weakest.at).has(f));
            mech = `told: by ${partner}, ${shares ? 'which shares a fact of u' : 'which shares no fact of u'}${weakest.best - need < NEAR ? ', within ' + NEAR + ' of the floor' : ''}`;
          }
        }
        bump(missed, mech);
      } else {
        nFalse++;
        if (!matched) mech = details.length ? 'reworded, detail' : 'reworded, other';
        else if (!untold.length || !checked) mech = details.length ? 'detail' : 'other';
        else {
          // The clause's holders: the units of X that hold a fact of u (by the labels).
          const holders = x.units.filter((v) => [...fu].some((f) => r.factsOf(x.id, v.i).has(f)) && wx.has(v.i)).map((v) => v.i);
          const hows = untold.map((c) => {
            const q = read.find((z) => z.c.start === c.start)!;
            if (!hasVerb(c.text)) return 'cut, no verb found (a fragment; or an irregular verb: read the list)';
            const sims = holders.map((h) => ({ h, s: unitSimilarity(q.w, wx.get(h)!, REPORT_ALIGN.wordBonus), veto: differentActors(q.w, q.act, wx.get(h)!, ax.get(h)!) }));
            if (sims.some((z) => z.veto && z.s >= need)) return 'actor test set the holder aside';
            const top = sims.sort((p, q2) => q2.s - p.s)[0];
            if (top && top.s >= need - NEAR) return `near the floor (within ${NEAR})`;
            if (holders.length && holders.every((h) => uu.matches.includes(h))) return 'paraphrase, only the counterpart holds it';
            return 'paraphrase (holder far below the floor)';
          });
          // Every checked clause untold: the unit was aligned as a whole, no part of it is told alone (facts51 rule c).
          const nChecked = read.filter((q) => !q.attribution && q.content >= check.minContent).length;
          const how = untold.length === nChecked ? 'no clause told alone (aligned as a whole)' : [...new Set(hows)].sort()[0];
          mech = `${details.length ? 'detail+' : ''}clause: ${how}`;
        }
        bump(falsed, mech);
      }
      if (list) {
        console.log(`[${name} ${x.id.slice(0, 3)}<-${R.id.slice(0, 3)}#${u.i}] ${pred ? 'second-false' : 'second-missed'} :: ${mech} cells=${cells} floor=${need.toFixed(3)} facts=${[...fu].join(',')} absent=[${[...fu].filter((f) => !factsX.has(f)).join(',')}]${details.length ? ' details=' + JSON.stringify(details) : ''}\n   "${sh(u.text)}"`);
        for (const q of read) console.log(`   | s=${q.best.toFixed(3)}${q.bestAny > q.best ? `(any ${q.bestAny.toFixed(3)})` : ''} #${q.at}${q.best < need ? ' BELOW' : ''} content=${q.content}${q.attribution ? ' attribution' : ''} "${sh(q.c.text)}"`);
        for (const m of placed) console.log(`   > ${uu.reworded?.includes(m) ? 'reworded' : 'aligned'} #${m} "${sh(x.units[m]!.text)}"`);
      }
    }
  }
  for (const [title, t, n] of [
    ['second-missed', missed, nMissed],
    ['second-false', falsed, nFalse],
  ] as const) {
    console.log(`\n${label}: ${title} (${n})\n| mechanism | errors |\n|---|---|`);
    for (const [m, c] of [...t].sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]))) console.log(`| ${m} | ${c} |`);
  }
}
