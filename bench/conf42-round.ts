/**
 * Conflicts round 23 (docs/notes/conf42.md): a fresh blind round, judged from a sheet before any change or score.
 * Source: the AllSides roundups of the NeuS probe splits (bench/data/allsides.ts `loadAllSidesProbe`: HLTCHKUST/
 * framing-bias-metric `data/naacl2022_lrc_roundup_random_order_probe/{test,val,train}.source`), which no round read
 * (rounds 1–3, 19 and 22 read the 2021 crawl; a roundup sharing any title with it is left out). Each roundup (two or
 * three outlets' excerpts of one story) is read whole: every article against a MemoryIndex of its roundup. Every
 * reported pair is a row (one per unit pair and kind), keyed as bench/conf37-round.ts keys it. No halves: all fitting of
 * conf42 was on rounds 16–22, so round 23 is read once, at the end, on main and on the branch.
 * Nothing of the texts is committed: a verdict keeps a 16-hex hash of the pair and the judge's reason in his own words.
 *   npx tsx bench/conf42-round.ts [--splits=test,val,train] --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf42-round.ts [--splits=…] [--list]   score against bench/data/conflicts-round23-verdicts.txt
 *   --affected: only the roundups conf43's change can touch (see below)
 */
import { existsSync } from 'node:fs';
import type { Article } from '../lib/types.ts';
import { finishRound, ROUND_SUBSETS, roundRows, type RoundReading } from './conf37-owners.ts';
import { ALLSIDES_GIT, loadAllSidesProbe } from './data/allsides.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const sheetAt = process.argv.indexOf('--sheet');
const sheetPath = sheetAt >= 0 ? process.argv[sheetAt + 1] : undefined;
const splits = (arg('splits') ?? 'test,val,train').split(',');

const docs = existsSync(ALLSIDES_GIT) ? loadAllSidesProbe(splits) : null;
if (!docs) {
  console.log(`skipped: framing-bias-metric mirror absent (${ALLSIDES_GIT})`);
  process.exit(0);
}
const groups = new Map<string, Article[]>();
for (const d of docs) groups.set(d.event, [...(groups.get(d.event) ?? []), d.article]);
// --affected (conf43): only the roundups a text of which has a count multiplied or qualified in words ("two dozen", "a
// dozen", "several hundred") or a middle initial ("Elijah E. Cummings"): the only roundups conf43's change can touch
// (each roundup is read alone), so the other roundups' rows are main's.
const AFFECTED = [/\bdozens?\b|\b(?:several|few|couple(?: of)?)\s+(?:hundred|thousand|million|billion)\b|\b(?:a|an)\s+(?:hundred|thousand|million|billion)\b/i, /\b\p{Lu}\p{Ll}+\s+\p{Lu}\.\s+\p{Lu}/u];
if (process.argv.includes('--affected')) for (const [g, list] of groups) if (!list.some((a) => AFFECTED.some((re) => re.test(`${a.title}\n${a.text}`)))) groups.delete(g);
const readings: RoundReading[] = [];
const byId = new Map<string, Article>();
const groupOf = new Map<string, string>();
for (const [g, list] of groups) {
  if (list.length < 2) continue;
  for (const a of list) {
    byId.set(a.id, a);
    groupOf.set(a.id, g);
  }
  for (const a of list) readings.push({ article: a, index: list, fresh: () => true });
}
const list = await roundRows(readings, byId);
console.log(`round 23 ${splits.join('+')}: ${groups.size} roundups, ${readings.length} articles read; ${list.length} reported conflicts (unit pairs × kind)`);
finishRound('23', list, sheetPath, ROUND_SUBSETS, (r) => ` asp-${groupOf.get(r.a.id)}`);
