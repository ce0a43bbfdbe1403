/**
 * Conflicts round 22 (docs/notes/conf41.md): a fresh blind round, judged from a sheet before any change or score.
 * Source: the two held pools no surviving verdict covers — ECB+ even topics (held out of bench/fit-story.ts's fit; no
 * conflicts round 1–21 labelled them) and AllSides odd roundups (rounds 1–3 read the even ones). Stop 38's round 19 read
 * the same pools on an older main, but its verdicts were lost with its machine: no label of them exists, and main's code
 * has changed since (conf39, conf40). Each group (an ECB+ topic, both events; an AllSides roundup) is read whole: every
 * article against a MemoryIndex of its group. Every reported pair is a row (one per unit pair and kind).
 * Halves, fixed before any verdict was read for causes: a row's group name (`ecb-<topic>`, `as-<event>`) by FNV-1a parity
 * (bench/conflicts-data.ts `half`): even → dev (causes read, rules written), odd → sealed (read once, at the end).
 * Nothing of the texts is committed: a verdict keeps a 16-hex hash of the pair (as bench/conf37-round.ts keys it) and the
 * judge's reason in his own words.
 *   npx tsx bench/conf41-round.ts [--part=ecb|as] --sheet SHEET.txt   the judging sheet (both units, the card's figures or wordings)
 *   npx tsx bench/conf41-round.ts [--part=ecb|as] [--half=dev|sealed] [--list]   score against bench/data/conflicts-round22-verdicts.txt
 * The sheet shows what the card shows, never the engine's reasons or kind beyond figure / quote.
 */
import { existsSync } from 'node:fs';
import type { Article } from '../lib/types.ts';
import { half } from './conflicts-data.ts';
import { finishRound, ROUND_SUBSETS, roundRows, type RoundReading } from './conf37-owners.ts';
import { ALLSIDES_GIT, loadAllSides } from './data/allsides.ts';
import { ECB_GIT, loadEcbPlus } from './data/ecbplus.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const sheetAt = process.argv.indexOf('--sheet');
const sheetPath = sheetAt >= 0 ? process.argv[sheetAt + 1] : undefined;
const part = arg('part') ?? 'both';
const onlyHalf = arg('half') as 'dev' | 'sealed' | undefined;

const groups = new Map<string, Article[]>();
if (part === 'ecb' || part === 'both') {
  const ecb = existsSync(ECB_GIT) ? loadEcbPlus(ECB_GIT, true) : null;
  if (!ecb) console.log(`ECB+ skipped: mirror absent (${ECB_GIT})`);
  else for (const d of ecb) if (d.topic % 2 === 0) groups.set(`ecb-${d.topic}`, [...(groups.get(`ecb-${d.topic}`) ?? []), d.article]);
}
if (part === 'as' || part === 'both') {
  const as = existsSync(ALLSIDES_GIT) ? loadAllSides() : null;
  if (!as) console.log(`AllSides skipped: mirror absent (${ALLSIDES_GIT})`);
  else for (const d of as) if (d.event % 2 === 1) groups.set(`as-${d.event}`, [...(groups.get(`as-${d.event}`) ?? []), d.article]);
}
if (part !== 'ecb' && part !== 'as' && part !== 'both') throw new Error(`--part=ecb, as or both, not ${part}`);

const halfOf = (g: string) => (half(g) === 'dev' ? 'dev' : 'sealed');
const readings: RoundReading[] = [];
const byId = new Map<string, Article>();
const groupOf = new Map<string, string>();
for (const [g, list] of [...groups].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
  if (list.length < 2 || (onlyHalf && halfOf(g) !== onlyHalf)) continue;
  for (const a of list) {
    byId.set(a.id, a);
    groupOf.set(a.id, g);
  }
  for (const a of list) readings.push({ article: a, index: list, fresh: () => true });
}

const list = await roundRows(readings, byId);
console.log(`round 22 ${part}${onlyHalf ? ` ${onlyHalf}` : ''}: ${readings.length} articles read; ${list.length} reported conflicts (unit pairs × kind)`);

finishRound(
  '22',
  list,
  sheetPath,
  [...ROUND_SUBSETS, ['dev half', (r) => halfOf(groupOf.get(r.a.id)!) === 'dev'], ['sealed half', (r) => halfOf(groupOf.get(r.a.id)!) === 'sealed']],
  (r) => ` ${groupOf.get(r.a.id)} ${halfOf(groupOf.get(r.a.id)!)}`,
);
