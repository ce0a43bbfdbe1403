/**
 * clause54: what a reader sees of a second fact — every "Others added" card of the given dev sets that marks only part of
 * its sentence (AddedFact.novel: the sentence's main fact is told in the article being read, a clause or a detail is not),
 * the sentence with the marked parts in [[…]], and the labels' facts of that sentence that the article read lacks
 * (absent) and has (told), so one can check by eye that the marked part is the second fact.
 *   npx tsx bench/clause54-cards.ts [--sets=basil-hunter,basil-hr1]
 * Held-out sets are refused.
 */
import { BASIL_DEV_SETS, DEV_SETS, reportsOf } from './facts-causes.ts';

const sets = process.argv.find((a) => a.startsWith('--sets='))?.slice(7).split(',') ?? ['basil-hunter', 'basil-hr1'];
for (const s of sets) if (!DEV_SETS.includes(s) && !BASIL_DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set`);
let cards = 0;
let right = 0;
for await (const { name, r, x, rep } of reportsOf(sets)) {
  const factsX = r.factsIn(x.id);
  for (const a of rep.added) {
    if (!a.novel?.length) continue;
    const src = a.sources[0]!;
    const fu = [...r.factsOf(src.id, src.i)];
    const absent = fu.filter((f) => !factsX.has(f));
    const gold = r.missing(src.id, src.i, x.id);
    cards++;
    if (gold) right++;
    let shown = '';
    let at = 0;
    for (const n of a.novel) (shown += a.text.slice(at, n.start) + '[[' + a.text.slice(n.start, n.end) + ']]'), (at = n.end);
    shown += a.text.slice(at);
    console.log(`[${name} reading ${x.id.slice(0, 3)}, card from ${src.id.slice(0, 3)}#${src.i}] labels: ${gold === null ? 'unlabelled' : gold ? 'RIGHT (a fact is absent)' : 'WRONG (all told)'}\n   ${shown.replace(/\s+/g, ' ')}\n   absent: ${absent.join(', ') || '—'} | told: ${fu.filter((f) => factsX.has(f)).join(', ') || '—'}`);
  }
}
console.log(`\n${cards} partly marked added cards; ${right} right by the labels`);
