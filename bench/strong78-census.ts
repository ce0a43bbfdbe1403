/**
 * strong78: the alignment's pairs on the strong rule over the 17 dev sets (bench/audit62-marked.ts MARKED_SETS), judged by
 * the facts labels (both units carry gold facts: one shared = right, none = wrong; otherwise unscored), and what each
 * wrong pair's shared content stems are in each unit: in the dateline, inside a quoted span, a name (capitalised mid
 * sentence), or none of those (a "predicate" stem in the predicate veto's sense is marked *). With
 * bench/strong78-incidental.patch applied, also how many strong pairs keep a residual (the similarity without its
 * incidental words) below the strong floor, right and wrong; and with that patch's switches set (STRONG78_INC=veto
 * STRONG78_GATE=band …) the same counts of the arm's alignment. Every pair is counted once per reading (twice in all).
 *
 *   nice npx tsx bench/strong78-census.ts [--show]     # counts; --show: each wrong strong pair with its texts (stdout only)
 *
 * Each article is read against its labelled related group (bench/audit62-marked.ts labelledReadings), as
 * group64-pairs.ts reads them. NewsWCL50 and BASIL texts are printed to the terminal only, never written.
 */
import * as alignModule from '../lib/engine/align.ts';
import { align, factMatrix, floorsFor, predicateWords, REPORT_ALIGN, sameFact, sameQuotation, type Weighted } from '../lib/engine/align.ts';
import { datelineLength } from '../lib/nlp/actors.ts';
import { quotedSpans, stem, tokens } from '../lib/nlp/index.ts';
import { labelledReadings } from './audit62-marked.ts';

const show = process.argv.includes('--show');
/** Where each stem of a unit's text occurs: a set of roles per stem (a stem seen in plain text gets 'plain'). */
function stemRoles(w: Weighted): Map<string, Set<string>> {
  const text = w.f.unit.text;
  const dl = datelineLength(text);
  const spans = quotedSpans(text);
  const out = new Map<string, Set<string>>();
  for (const t of tokens(text)) {
    const st = stem(t.w);
    const role = t.start < dl ? 'dateline' : spans.some((q) => t.start >= q.start && t.start < q.end) ? 'quoted' : w.f.names.has(st) || w.f.names.has(t.w) ? 'name' : 'plain';
    if (!out.has(st)) out.set(st, new Set());
    out.get(st)!.add(role);
  }
  return out;
}

const tally = { strong: 0, right: 0, wrong: 0, unscored: 0, weakRight: 0, weakWrong: 0, weakUnscored: 0 };
const kinds = new Map<string, number>();
for await (const { name, gold, read, related, weighted } of labelledReadings()) {
  for (const rel of related) {
    const al = align(weighted, rel.weighted, REPORT_ALIGN);
    const cells = factMatrix(weighted, rel.weighted, REPORT_ALIGN.wordBonus).S.flat().length;
    for (const e of al.matches) {
      const fa = gold.factsOf(read.id, e.a);
      const fb = gold.factsOf(rel.article.id, e.b);
      const verdict = fa.size && fb.size ? ([...fa].some((f) => fb.has(f)) ? 'right' : 'wrong') : 'unscored';
      if (!e.strong) {
        tally[verdict === 'right' ? 'weakRight' : verdict === 'wrong' ? 'weakWrong' : 'weakUnscored']++;
        continue;
      }
      tally.strong++;
      tally[verdict]++;
      const wa = weighted.find((w) => w.f.unit.i === e.a)!;
      const wb = rel.weighted.find((w) => w.f.unit.i === e.b)!;
      const ra = stemRoles(wa);
      const rb = stemRoles(wb);
      const pa = predicateWords(wa, REPORT_ALIGN.predicates?.share ?? 0.2);
      const pb = predicateWords(wb, REPORT_ALIGN.predicates?.share ?? 0.2);
      const shared = [...new Set(wa.f.lex)].filter((st) => wb.f.lex.includes(st));
      const desc = shared.map((st) => `${st}${pa.has(st) && pb.has(st) ? '*' : ''}[${[...(ra.get(st) ?? [])].join('/')}|${[...(rb.get(st) ?? [])].join('/')}]`);
      // The kind: which roles the shared predicate stems have (plain in both = a real shared predicate).
      const preds = shared.filter((st) => pa.has(st) && pb.has(st));
      const plainBoth = preds.filter((st) => ra.get(st)?.has('plain') && rb.get(st)?.has('plain'));
      const kind = preds.length === 0 ? 'no predicate' : plainBoth.length ? `plain predicate (${plainBoth.length})` : 'predicate only quoted/dateline/name';
      // The residual (similarity × the share of the word cosine not carried by incidental words) exists only with
      // bench/strong78-incidental.patch applied (align.ts `incidentalShare`); without it, not counted.
      const incidentalShare = (alignModule as Record<string, unknown>).incidentalShare as ((a: Weighted, b: Weighted) => number) | undefined;
      const { floor } = floorsFor(REPORT_ALIGN, cells);
      const res = incidentalShare ? e.s * (1 - incidentalShare(wa, wb)) : Infinity;
      const below = res < floor;
      if (incidentalShare) {
        const rk = `residual ${below ? 'below' : 'at/above'} floor: ${verdict}`;
        kinds.set(rk, (kinds.get(rk) ?? 0) + 1);
      }
      if (show && below) console.log(`RESIDUAL-BELOW ${verdict} ${name} ${read.id}#${e.a} / ${rel.article.id}#${e.b}: s ${e.s.toFixed(3)} residual ${res.toFixed(3)} floor ${floor.toFixed(3)} p ${sameFact(wa, wb).probability.toFixed(3)}\n  A: ${wa.f.unit.text.slice(0, 200)}\n  B: ${wb.f.unit.text.slice(0, 200)}`);
      const k2 = `${verdict} ${kind.startsWith('plain') ? 'plain predicate' : kind}${sameQuotation(wa, wb) ? ' (same quotation)' : ''}`;
      kinds.set(k2, (kinds.get(k2) ?? 0) + 1);
      if (show && verdict === 'wrong') {
        console.log(`\n${name} ${read.id}#${e.a} / ${rel.article.id}#${e.b}: s ${e.s.toFixed(3)} z ${e.z.toFixed(1)} cells ${cells} p ${sameFact(wa, wb).probability.toFixed(3)} sameQuotation ${sameQuotation(wa, wb)} [${[...fa]}] vs [${[...fb]}] — ${kind}`);
        console.log(`  A: ${wa.f.unit.text.slice(0, 300)}`);
        console.log(`  B: ${wb.f.unit.text.slice(0, 300)}`);
        console.log(`  shared: ${desc.join(' ')}`);
      }
    }
  }
}
console.log(`\nstrong pairs ${tally.strong}: right ${tally.right}, wrong ${tally.wrong}, unscored ${tally.unscored}; weak pairs: right ${tally.weakRight}, wrong ${tally.weakWrong}, unscored ${tally.weakUnscored}`);
console.log(`strong pairs by verdict and their shared predicate stems: ${[...kinds].sort().map(([k, n]) => `${k} ${n}`).join('\n  ')}`);
