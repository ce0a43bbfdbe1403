/**
 * Conflicts round 26 (docs/notes/conf46.md): a fresh blind round from Multi-News (LongBench's 200 stories,
 * bench/data/multinews.ts), only the stories with an **odd** index in the loader's order (`multiNewsStories`, file
 * order; speak45 holds the even ones). Every story of two sources or more was read by round 15 (first four sources,
 * each story alone) and round 18b (the rest), so what is unread is (a) the rows today's engine reports that those
 * rounds never judged and (b) pairs across stories: all odd stories' sources are read as one reader's corpus (one
 * shared MemoryIndex, every source against every other), the engine deciding what is one story. A row is fresh
 * unless its unit pair (same ids, indices and first-50-character hash) has a label in conflicts-labels.json (rounds
 * 15) or a verdict in round 18b's file. Rows keyed as bench/conf37-round.ts keys them; verdicts in
 * bench/data/conf46-round26.tsv (key, verdict, the judge's reason; no text).
 *   npx tsx bench/conf46-round.ts --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf46-round.ts [--list]            score against the verdicts
 */
import { readFileSync } from 'node:fs';
import type { Article } from '../lib/types.ts';
import { MemoryIndex } from '../lib/engine/index.ts';
import { finishRound, readVerdicts, ROUND_SUBSETS, roundRows, type RoundReading } from './conf37-owners.ts';
import { textHash } from './conflicts-data.ts';
import { MULTINEWS_GIT, multiNewsArticles, multiNewsStories } from './data/multinews.ts';

const sheetAt = process.argv.indexOf('--sheet');
const sheetPath = sheetAt >= 0 ? process.argv[sheetAt + 1] : undefined;

const stories = multiNewsStories();
if (!stories) {
  console.log(`skipped: Multi-News mirror absent (${MULTINEWS_GIT}; fetch github:en-jai-neer/CompressKV)`);
  process.exit(0);
}
const odd = stories.filter((_, n) => n % 2 === 1);
const articles = odd.flatMap((s) => multiNewsArticles(s, Infinity));
const byId = new Map<string, Article>(articles.map((a) => [a.id, a]));
const storyOf = (id: string) => id.slice(0, 11);

/** The unit pairs an earlier round judged: "quote|figure id#i:hash id#i:hash", both orders. */
const judged = new Map<string, string>();
const unitKey = (id: string, i: number, hash: string) => `${id}#${i}:${hash}`;
const labels = JSON.parse(readFileSync(new URL('./data/conflicts-labels.json', import.meta.url), 'utf8')) as {
  labels: Array<{ group: string; kind: string; verdict: string; late?: boolean; a: { id: string; i: number; hash?: string }; b: { id: string; i: number; hash?: string } }>;
};
for (const l of labels.labels) {
  if (!l.group.startsWith('mn')) continue;
  const kind = l.kind === 'quote' ? 'quote' : 'figure';
  const a = unitKey(l.a.id, l.a.i, l.a.hash ?? '');
  const b = unitKey(l.b.id, l.b.i, l.b.hash ?? '');
  const v = l.late ? 'late' : l.verdict;
  judged.set(`${kind} ${a} ${b}`, v).set(`${kind} ${b} ${a}`, v);
}
const r18 = readVerdicts(new URL('./data/conflicts-round18-verdicts.txt', import.meta.url));

const index = new MemoryIndex(articles);
const readings: RoundReading[] = articles.map((a) => ({ article: a, index, fresh: () => true }));
const t0 = Date.now();
const all = await roundRows(readings, byId);
/** The earlier verdict of a row, or undefined when no round judged it. */
const before = (r: (typeof all)[number]) => {
  if (r18.has(r.key)) return String(r18.get(r.key));
  return judged.get(`${r.kind} ${unitKey(r.a.id, r.a.i, textHash(r.ta.slice(0, 50)))} ${unitKey(r.b.id, r.b.i, textHash(r.tb.slice(0, 50)))}`);
};
const list = all.filter((r) => before(r) === undefined);
// The rows judged before, with those verdicts (dev: read by rounds 15 / 18b): today's engine on this half.
const old = all.filter((r) => before(r) !== undefined);
for (const kind of ['figure', 'quote'] as const) {
  const rs = old.filter((r) => r.kind === kind);
  console.log(`judged before, ${kind}: ${rs.length} rows, ${rs.filter((r) => before(r) === 'true').length} true (${rs.filter((r) => r.check).length} flagged check)`);
}
const across = list.filter((r) => storyOf(r.a.id) !== storyOf(r.b.id)).length;
console.log(
  `round 26: ${odd.length} odd stories, ${articles.length} sources read as one corpus; ${all.length} reported conflicts, ` +
    `${all.length - list.length} judged before (round 15 / 18b), ${list.length} fresh (${across} across stories); ${((Date.now() - t0) / 1000).toFixed(0)} s`,
);
finishRound('26', list, sheetPath, ROUND_SUBSETS, (r) => (storyOf(r.a.id) === storyOf(r.b.id) ? ' within' : ' across'), new URL('./data/conf46-round26.tsv', import.meta.url));
