/**
 * (speak50) The wrong quotes of one dev sample, each with the rule that answered (extractQuotes's onRule) and its context:
 *   npx tsx bench/speakers-why.ts r49-sealed          # never a sealed sample (refused: its errors are not read before its reading)
 */
import { isRight, judgedAnswers, SAMPLES } from './speakers-data.ts';

const name = process.argv[2] ?? 'r49-sealed';
const s = SAMPLES[name];
if (!s) throw new Error(`no sample ${name}`);
if (s.sealed || s.heldOut) {
  console.log(`${name}: sealed or held out, its errors are not printed`);
  process.exit(0);
}
let wrong = 0;
for (const { j, a, q, rule, rs } of judgedAnswers(name)) {
  if (!q) continue;
  if (isRight(q.speaker ?? null, j)) continue;
  wrong++;
  const t = a.text;
  console.log(`#${j.page} @${j.start} expected ${JSON.stringify(j.speaker)}${j.org ? ` (org ${j.org})` : ''} got ${JSON.stringify(q.speaker)} rule ${rule} rules' ${JSON.stringify(rs)}`);
  console.log(`   ${t.slice(Math.max(0, q.start - 500), q.start).replace(/\n+/g, ' ¶ ')}⟦${t.slice(q.start, q.end).slice(0, 160)}⟧${t.slice(q.end, q.end + 200).replace(/\n+/g, ' ¶ ')}\n`);
}
console.log(`${name}: ${wrong} wrong`);
