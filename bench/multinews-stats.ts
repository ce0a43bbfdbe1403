/**
 * Counts of the Multi-News stories (LongBench's copy, bench/data/multinews.ts) that conflicts round 15 reads: stories,
 * sources, picks, words, quotations. Counts only, no text.
 *   npx tsx bench/multinews-stats.ts
 */
import { MN_PER_STORY } from './conflicts-data.ts';
import { multiNewsArticles, multiNewsStories, pickSources, MULTINEWS_GIT } from './data/multinews.ts';

const stories = multiNewsStories();
if (!stories) throw new Error(`mirror absent: ${MULTINEWS_GIT} (fetch github:en-jai-neer/CompressKV)`);
const sources = stories.flatMap((s) => s.sources);
const words = sources.map((t) => t.split(/\s+/).length).sort((a, b) => a - b);
const picked = stories.map((s) => pickSources(s.sources, MN_PER_STORY));
const articles = stories.map((s) => multiNewsArticles(s, MN_PER_STORY));
const quotes = sources.reduce((n, t) => n + (t.match(/["“][^"”]{12,}?["”]/g)?.length ?? 0), 0);
console.log(`stories ${stories.length}; sources ${sources.length} (median ${words[words.length >> 1]} words, ${words.filter((w) => w < 50).length} under 50 words)`);
console.log(`exact copies within a story ${stories.reduce((n, s) => n + s.sources.length - new Set(s.sources.map((t) => t.replace(/\s+/g, ' ').trim())).size, 0)}`);
console.log(`stories with >= 2 picks ${picked.filter((p) => p.length >= 2).length}; picks ${picked.reduce((n, p) => n + p.length, 0)}; ingested articles ${articles.reduce((n, a) => n + a.length, 0)} (units ${articles.flat().reduce((n, a) => n + a.units.length, 0)}); groups (>= 2 articles) ${articles.filter((a) => a.length >= 2).length}`);
console.log(`quotations ("…" of 12+ characters) ${quotes}`);
