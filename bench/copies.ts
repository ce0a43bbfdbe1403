/**
 * Near-copies (lib/engine/copy.ts): how the copy measure separates syndicated copies from
 * independent reporting of the same event, and what grouping costs per comparison.
 *
 *   npx tsx bench/copies.ts
 *
 * Data (read, never committed):
 * - ECB+ (CC BY 3.0; bench/data/ecbplus.ts, from the mirror of github.com/cltl/ECB-parser): 43
 *   topics, each two different events of one kind. Pairs of articles about the same event include
 *   real wire copies (the same agency story on several sites); pairs about the other event of the
 *   topic are different stories by construction — a near-copy there is an error.
 * - the zyte pages (../shared/data/zyte-article-extraction): 181 articles on different stories —
 *   every near-copy among them is an error.
 * Nothing is fitted here: NEAR_COPY_SHARE (0.5) is reported at and around its value.
 */
import { copiedShares, NEAR_COPY_SHARE, nearCopyPairs } from '../lib/engine/copy.ts';
import type { Article } from '../lib/types.ts';
import { loadEcbPlus, ECB_GIT } from './data/ecbplus.ts';
import { loadZyte, ZYTE_DIR } from '../tests/data/engine/fixtures.ts';

const CUTS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
const share = (a: Article, b: Article) => {
  const c = copiedShares(a, b);
  return Math.max(c.ofThis, c.ofThat);
};

const ecb = loadEcbPlus();
if (!ecb) console.log(`ECB+ skipped: not found at ${ECB_GIT} (fetch github:cltl/ECB-parser with the project's fetch tool)`);
else {
  const same: number[] = [];
  const other: number[] = [];
  const byTopic = new Map<number, typeof ecb>();
  for (const d of ecb) byTopic.set(d.topic, [...(byTopic.get(d.topic) ?? []), d]);
  for (const docs of byTopic.values()) {
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        (docs[i]!.story === docs[j]!.story ? same : other).push(share(docs[i]!.article, docs[j]!.article));
      }
    }
  }
  console.log(`ECB+: ${ecb.length} articles, ${same.length} same-event pairs, ${other.length} same-topic other-event pairs`);
  console.log('  max copied share ≥   same-event pairs   other-event pairs (errors)');
  for (const t of CUTS) {
    const n = same.filter((x) => x >= t).length;
    const e = other.filter((x) => x >= t).length;
    console.log(`  ${t.toFixed(1)}${t === NEAR_COPY_SHARE ? ' (used)' : '       '}     ${String(n).padStart(5)}              ${String(e).padStart(5)}`);
  }
  // The grouping's own pair finder (inverted index + bound) must find exactly the pairs measured above.
  let found = 0;
  for (const docs of byTopic.values()) found += nearCopyPairs(docs.map((d) => d.article)).length;
  const expected = same.filter((x) => x >= NEAR_COPY_SHARE).length + other.filter((x) => x >= NEAR_COPY_SHARE).length;
  console.log(`  nearCopyPairs within topics: ${found} pairs (pairwise copiedShares: ${expected})`);
  const hist = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((lo) => same.filter((x) => x >= lo && x < lo + 0.1 + (lo === 0.9 ? 1e-9 : 0)).length);
  console.log(`  same-event pairs by share, 0.0–0.1 … 0.9–1.0: ${hist.join(' ')}`);
}

if (!ZYTE_DIR) console.log('zyte skipped: ../shared/data/zyte-article-extraction absent');
else {
  const zyte = loadZyte();
  const c0 = process.cpuUsage();
  const pairs = nearCopyPairs(zyte);
  const d0 = process.cpuUsage(c0);
  const ms = (d0.user + d0.system) / 1000;
  const n = (zyte.length * (zyte.length - 1)) / 2;
  console.log(`zyte: ${zyte.length} articles on different stories, ${n} pairs: ${pairs.length} near-copies (errors)${pairs.length ? ': ' + pairs.map((p) => `${zyte[p.a]!.id}~${zyte[p.b]!.id}`).join(', ') : ''}; CPU ${ms.toFixed(0)} ms for all pairs`);
  // Cost per comparison: the article read + up to 40 related articles (story.ts fetches ≤ 40 candidates).
  // CPU time, not wall time: the shared machine's load would otherwise be measured too.
  const times: number[] = [];
  const words: number[] = [];
  for (let r = 0; r < 7; r++) {
    const set = zyte.slice(r * 20, r * 20 + 41);
    words.push(set.reduce((n, a) => n + a.text.split(/\s+/).length, 0));
    const c = process.cpuUsage();
    nearCopyPairs(set);
    const d = process.cpuUsage(c);
    times.push((d.user + d.system) / 1000);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`grouping 41 articles (the largest story a comparison sees; ${Math.min(...words)}–${Math.max(...words)} words in all): CPU median ${sorted[3]!.toFixed(1)} ms, max ${sorted[6]!.toFixed(1)} ms`);
}
