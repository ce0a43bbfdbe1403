/**
 * audit30: a card audit on national and world news — Multi-News's dev half (bench/data/multinews.ts, LongBench's 200
 * test stories; research use only: nothing of the text is committed, the sheet keys cards by story, rank and a hash).
 * docs/notes/audit30.md. The same tool as bench/audit29-cards.ts (its cardsOf and hashes), on another source.
 *
 *   npx tsx bench/audit30-cards.ts --plan              # the readings the rule picks (ids and counts only, no text)
 *   npx tsx bench/audit30-cards.ts > /tmp/x.txt        # print the readings to judge (texts: keep out of the repo)
 *   npx tsx bench/audit30-cards.ts --score             # precision per section from bench/data/audit30-cards.tsv
 *   npx tsx bench/audit30-cards.ts --score --sheet=F   # another sheet
 *   npx tsx bench/audit30-cards.ts --closest           # per top-5 added / left-out card: the closest lines the panel shows (ids)
 *   npx tsx bench/audit30-cards.ts --half=held …       # audit31: the same rule on the held half (odd ids), sheet
 *                                                      # bench/data/audit31-cards.tsv (docs/notes/audit31.md)
 *
 * The rule (written before any card was printed): walk `multiNewsOrder` (bench/conflicts-data.ts, FNV-1a of
 * "mn-<_id>", text-blind) from its start; keep the **dev** stories only (the last hex digit of `_id` even; odd is held,
 * read only with `--half=held`, audit31's measure of the report as shipped); a story is read when
 * `multiNewsArticles(story, MN_PER_STORY)` keeps ≥ 3 sources; the first READINGS of them. One reading per story: its first source (file order) is the page; the corpus holds the story's
 * other sources plus the seeds and the zyte pages as distractors (audit29's); the report is `compareArticle`.
 * Cards judged: the top 5 of Added, Left out and Shared and every conflict. `--n=K` reads the rule's first K.
 */
import { existsSync } from 'node:fs';
import { multiNewsArticles, multiNewsStories, MULTINEWS_GIT } from './data/multinews.ts';
import { multiNewsOrder, MN_PER_STORY } from './conflicts-data.ts';
import type { Article } from '../lib/types.ts';
import { runCardAudit } from './audit-cards.ts';

export const READINGS = 12;

const argv = process.argv.slice(2);
const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const n = Number(opt('n') ?? READINGS);
/** Which half the rule walks: `dev` (audit30, the default) or `held` (audit31, read once as the shipped measure). */
const half: Half = opt('half') === 'held' || (argv.includes('--half') && argv[argv.indexOf('--half') + 1] === 'held') ? 'held' : 'dev';
const SHEETS: Record<Half, string> = { dev: 'bench/data/audit30-cards.tsv', held: 'bench/data/audit31-cards.tsv' };

export interface Reading { position: number; story: string; read: Article; own: Article[] }

/** Dev half of Multi-News for this stop: the last hex digit of the story's id is even. */
export const isDev = (id: string) => parseInt(id.slice(-1), 16) % 2 === 0;

export type Half = 'dev' | 'held';

/** The readings of the rule on one half, in order (position = place in multiNewsOrder, counting both halves). */
export function mnReadings(count = READINGS, half: Half = 'dev'): Reading[] {
  const stories = multiNewsStories();
  if (!stories) return [];
  const out: Reading[] = [];
  for (const [k, s] of multiNewsOrder(stories).entries()) {
    if (isDev(s.id) !== (half === 'dev')) continue;
    const own = multiNewsArticles(s, MN_PER_STORY);
    if (own.length < 3) continue;
    out.push({ position: k + 1, story: s.id.slice(0, 8), read: own[0]!, own });
    if (out.length >= count) break;
  }
  return out;
}

const isMain = process.argv[1]?.endsWith('audit30-cards.ts');
if (isMain) {
  if (!existsSync(MULTINEWS_GIT)) {
    console.log(`Multi-News skipped: mirror absent (${MULTINEWS_GIT}; fetch github:en-jai-neer/CompressKV)`);
    process.exit(0);
  }
  const readings = mnReadings(n, half);
  if (argv.includes('--plan')) {
    for (const r of readings) console.log(`position ${r.position} story ${r.story}: page ${r.read.id} (${r.read.units.length} units), corpus ${r.own.slice(1).map((a) => `${a.id} (${a.units.length})`).join(' ')}`);
    process.exit(0);
  }
  await runCardAudit(readings.map((r) => ({ ...r, event: r.story })), { sheet: SHEETS[half], word: 'story', meta: false, sharedClip: 300 }, argv);
}
