/**
 * (speak50) The wrong quotes of one dev sample, each with the rule that answered (extractQuotes's onRule) and its context:
 *   npx tsx bench/speakers-why.ts r49-sealed          # never a sealed sample (refused: its errors are not read before its reading)
 */
import { extractQuotes } from '../lib/quotes/extract.ts';
import { isRight, judgedOf, pagesOf, quoteAt, SAMPLES } from './speakers-data.ts';

const name = process.argv[2] ?? 'r49-sealed';
const s = SAMPLES[name];
if (!s) throw new Error(`no sample ${name}`);
if (s.sealed || s.heldOut) {
  console.log(`${name}: sealed or held out, its errors are not printed`);
  process.exit(0);
}
const pages = new Map((pagesOf(s.source) ?? []).map((p) => [p.page, p.article]));
let wrong = 0;
for (const j of judgedOf(name) ?? []) {
  const a = pages.get(j.page);
  if (!a) continue;
  const rules = new Map<number, [string | null, string | null]>();
  const qs = extractQuotes(a, { onRule: (q, rule, rs) => rules.set(q.start, [rule, rs]) });
  const q = quoteAt(qs, j.start);
  if (!q) continue;
  if (isRight(q.speaker ?? null, j)) continue;
  wrong++;
  const t = a.text;
  const [rule, rs] = rules.get(q.start) ?? [null, null];
  console.log(`#${j.page} @${j.start} expected ${JSON.stringify(j.speaker)}${j.org ? ` (org ${j.org})` : ''} got ${JSON.stringify(q.speaker)} rule ${rule} rules' ${JSON.stringify(rs)}`);
  console.log(`   ${t.slice(Math.max(0, q.start - 500), q.start).replace(/\n+/g, ' ¶ ')}⟦${t.slice(q.start, q.end).slice(0, 160)}⟧${t.slice(q.end, q.end + 200).replace(/\n+/g, ' ¶ ')}\n`);
}
console.log(`${name}: ${wrong} wrong`);
