/**
 * rank66: of a card dump's top-5 Added cards (bench/cards63-cards.ts --dump), those whose prominence (rank.ts: the
 * most prominent source's, 1 / (1 + k/4)) or "the lead of X" comes from a grouped source, not the one whose sentence
 * the card shows; with the sheets' verdicts. Keys to stdout, texts only with --show (to /tmp, never committed).
 *
 *   npx tsx bench/rank66-lend.ts /tmp/rank66/any-dump.json [--show]
 */
import { readFileSync } from 'node:fs';
import { factIndexes, prominence } from '../lib/engine/rank.ts';
import type { Dumped } from './cards59-wns.ts';
import { pooledLabels, sheetFiles } from './cards63-cards.ts';

const file = process.argv.slice(2).find((a) => !a.startsWith('--'))!;
const show = process.argv.includes('--show');
const label = pooledLabels(sheetFiles());
let cards = 0;
let multi = 0;
const tally = { weight: [] as string[], lead: [] as string[] };
for (const d of JSON.parse(readFileSync(file, 'utf8')) as Dumped[]) {
  const k = new Map(d.articles.map((a) => [a.id, factIndexes(a.units)]));
  const units = new Map<string, string>(d.articles.flatMap((a) => a.units.map((u) => [`${a.id}#${u.i}`, u.text] as const)));
  for (const c of d.cards.filter((x) => x.section === 'A')) {
    cards++;
    const at = c.told.map((t) => { const [id, i] = t.split('#'); return k.get(id!)?.get(Number(i)) ?? 99; });
    if (at.length > 1) multi++;
    const mark = label.get(`${d.half}:${d.event}|${c.hash}`)?.mark ?? '?';
    const key = `${d.half}:${d.event}:A:${c.rank}:${c.hash}:${mark}`;
    const lends = Math.max(...at.slice(1).map(prominence), 0) > prominence(at[0]!);
    if (lends) tally.weight.push(key);
    if (at[0] !== 0 && at.slice(1).includes(0)) tally.lead.push(key);
    if (show && lends) console.log(`${key} k=${at.join(',')}\n  shown: ${c.text}\n${c.told.slice(1).map((t, n) => `  grouped k=${at[n + 1]}: ${units.get(t)}`).join('\n')}`);
  }
}
const marks = (keys: string[]) => ['R', 'P', 'W', '?'].map((m) => keys.filter((x) => x.endsWith(`:${m}`)).length).join(' / ');
console.log(`${cards} top-5 Added cards, ${multi} grouping more than one sentence`);
console.log(`weight from a grouped sentence: ${tally.weight.length} (R/P/W/? ${marks(tally.weight)})\n  ${tally.weight.join(' ')}`);
console.log(`"the lead of X" from a grouped sentence: ${tally.lead.length} (R/P/W/? ${marks(tally.lead)})\n  ${tally.lead.join(' ')}`);
