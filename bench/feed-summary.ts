/**
 * Fits the one constant of the "is this feed item only a summary?" rule (lib/feeds/fulltext.ts
 * SUMMARY_MAX_WORDS): an item whose text has fewer words than N is a summary, and its page is fetched.
 *
 * Data: the 181 real zyte pages (../shared/data/zyte-article-extraction, MIT). Each page gives one
 * real summary (its og:description / description / twitter:description, the text feeds carry as an
 * item's <description>) and one real full article (the ground-truth articleBody). The rule is fitted
 * on the even-numbered pages (max accuracy, ties → the smallest N) and reported on the odd-numbered.
 *   npx tsx bench/feed-summary.ts [--list]
 * Skips with a printed reason when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { itemWords, SUMMARY_MAX_WORDS } from '../lib/feeds/fulltext.ts';

const dir = new URL('../../../shared/data/zyte-article-extraction/', import.meta.url).pathname;
const root = existsSync(dir) ? dir : process.env.ZYTE_DIR ?? '';
if (!root || !existsSync(root)) {
  console.log(`skipped: ${dir} not found (the zyte pages live in ../shared)`);
  process.exit(0);
}
const truth = JSON.parse(readFileSync(root + 'ground-truth.json', 'utf8')) as Record<string, { url: string; articleBody?: string }>;
interface Sample { summary: number | null; full: number }
const samples: Sample[] = [];
for (const f of readdirSync(root + 'html').sort()) {
  const id = f.replace(/\.html\.gz$/, '');
  const body = truth[id]?.articleBody ?? '';
  const html = gunzipSync(readFileSync(root + 'html/' + f)).toString('utf8');
  const doc = parseHTML(html).document as unknown as Document;
  const meta = (k: string) =>
    doc.querySelector(`meta[property="${k}"]`)?.getAttribute('content') ?? doc.querySelector(`meta[name="${k}"]`)?.getAttribute('content') ?? null;
  const desc = meta('og:description') ?? meta('description') ?? meta('twitter:description');
  samples.push({ summary: desc && desc.trim() ? itemWords(desc) : null, full: itemWords(body) });
  if (process.argv.includes('--list')) console.log(`${String(desc ? itemWords(desc) : '-').padStart(4)} ${String(itemWords(body)).padStart(6)}  ${truth[id]?.url}`);
}
const fit = samples.filter((_, k) => k % 2 === 0);
const held = samples.filter((_, k) => k % 2 === 1);
function score(set: Sample[], n: number) {
  let ok = 0;
  let total = 0;
  let summariesKept = 0; // summaries taken for full text (missed)
  let fullFetched = 0; // full articles needlessly fetched
  for (const s of set) {
    total++;
    if (s.full >= n) ok++;
    else fullFetched++;
    if (s.summary !== null) {
      total++;
      if (s.summary < n) ok++;
      else summariesKept++;
    }
  }
  return { acc: ok / total, total, summariesKept, fullFetched };
}
let best = 1;
for (let n = 1; n <= 400; n++) if (score(fit, n).acc > score(fit, best).acc) best = n;
const pct = (x: number) => (100 * x).toFixed(1) + '%';
const show = (name: string, set: Sample[], n: number) => {
  const r = score(set, n);
  console.log(`${name.padEnd(10)} N=${n}: accuracy ${pct(r.acc)} of ${r.total} texts; summaries read as full: ${r.summariesKept}; full articles read as summaries: ${r.fullFetched}`);
};
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const sums = sorted(samples.flatMap((s) => (s.summary === null ? [] : [s.summary])));
const fulls = sorted(samples.map((s) => s.full));
console.log(`${samples.length} pages, ${sums.length} with a description. summary words: median ${sums[sums.length >> 1]}, max ${sums.at(-1)}; article words: min ${fulls[0]}, 5th pct ${fulls[Math.floor(fulls.length * 0.05)]}, median ${fulls[fulls.length >> 1]}`);
console.log(`fitted on even pages: N=${best}`);
show('fit', fit, best);
show('held-out', held, best);
show('held-out', held, SUMMARY_MAX_WORDS);
console.log(`(lib/feeds/fulltext.ts SUMMARY_MAX_WORDS = ${SUMMARY_MAX_WORDS})`);
