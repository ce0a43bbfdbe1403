/**
 * speak46: what the brief's scare-quote rule ("a one- to three-word quoted phrase inside a sentence is no one's utterance")
 * would do on the dev samples, read off a `bench/speakers-sample.ts --json F` file (no extraction rerun): every judged quote
 * of at most three words with a word of its sentence before its opening mark, scored as given now and as nobody.
 *   npx tsx bench/speak46-short-quotes.ts /tmp/base.json
 * The sentence is read from the file's context (its last paragraph, split at a stop): an estimate, not the engine's sentences.
 */
import { readFileSync } from 'node:fs';
import { isRight, type Judged } from './speakers-data.ts';

const rows = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Array<{ page: string; start: number; expected: string | null; also?: string[] | string; org?: string; got: string | null; context: string }>;
const counts: Record<string, number> = {};
for (const r of rows) {
  const m = /([^]*)⟦([^]*?)⟧/.exec(r.context);
  if (!m) continue;
  const words = (m[2]!.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
  const sentenceBefore = m[1]!.split(/[.!?]["”’]?\s+|¶/).pop()!.replace(/[“"‘'«]\s*$/, '');
  if (words > 3 || !/[\p{L}\p{N}]/u.test(sentenceBefore)) continue;
  const j: Judged = { page: r.page, start: r.start, prefix: '', speaker: r.expected, also: r.also, org: r.org };
  const k = `${isRight(r.got, j) ? 'right' : 'wrong'} now, ${isRight(null, j) ? 'right' : 'wrong'} as nobody's`;
  counts[k] = (counts[k] ?? 0) + 1;
}
console.log(counts);
