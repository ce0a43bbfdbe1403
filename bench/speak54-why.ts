/**
 * (speak54) Every wrong judged quote of every dev sample (never a sealed or held-out one), with the rule that answered and its
 * context, tagged by the form it has: `para-only` (the quote is its paragraph: a paragraph that opens with a mark and holds no
 * words outside the quote but a short attribution), `pronoun` (a "he/she said" attribution in the quote's sentence), else `other`.
 *   npx tsx bench/speak54-why.ts                 # all dev samples; or name some: npx tsx bench/speak54-why.ts r53-sealed r52-sealed
 */
import { isRight, judgedAnswers, SAMPLES } from './speakers-data.ts';

const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SAMPLES).filter((n) => !SAMPLES[n]!.heldOut && !SAMPLES[n]!.sealed);
const tally = new Map<string, number>();
for (const name of names) {
  const s = SAMPLES[name]!;
  if (s.sealed || s.heldOut) {
    console.log(`${name}: sealed or held out, its errors are not printed`);
    continue;
  }
  for (const { j, a, q, rule, rs } of judgedAnswers(name)) {
    if (!q || isRight(q.speaker ?? null, j)) continue;
    const t = a.text;
    const ps = t.lastIndexOf('\n', q.start - 1) + 1;
    const pe = t.indexOf('\n', q.end) < 0 ? t.length : t.indexOf('\n', q.end);
    const before = t.slice(ps, q.start).replace(/[“"‘']/g, '').trim();
    const after = t.slice(q.end, pe).replace(/[”"’'.,]/g, '').trim();
    const sentAfter = t.slice(q.end, q.end + 60).split(/[.!?]/)[0]!;
    const form = !before && after.split(/\s+/).filter(Boolean).length <= 0 ? 'para-only' : /\b(?:he|she|they)\s+(?:said|says|added|told|asked|wrote|continued|explained|noted)\b|\b(?:said|says|added|told|asked|wrote)\s+(?:he|she)\b/i.test(sentAfter + ' ' + t.slice(Math.max(ps, q.start - 40), q.start)) ? 'pronoun' : 'other';
    const kind = j.speaker === null ? 'given' : q.speaker === null ? 'missed' : 'wrong';
    tally.set(`${form} ${kind}`, (tally.get(`${form} ${kind}`) ?? 0) + 1);
    console.log(`[${form} ${kind}] ${name} ${j.page} @${j.start} expected ${JSON.stringify(j.speaker)}${j.org ? ` (org ${j.org})` : ''} got ${JSON.stringify(q.speaker)} rule ${rule} rules' ${JSON.stringify(rs)}`);
    console.log(`   ${t.slice(Math.max(0, q.start - 400), q.start).replace(/\n+/g, ' ¶ ')}⟦${t.slice(q.start, q.end).slice(0, 140)}⟧${t.slice(q.end, q.end + 160).replace(/\n+/g, ' ¶ ')}\n`);
  }
}
console.log([...tally].sort().map(([k, v]) => `${k}: ${v}`).join('\n'));
