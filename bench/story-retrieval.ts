/**
 * Retrieval only (bench/story-multinews.ts --retrieval): every read article's pool as findRelated fetches it
 * (lib/engine/story.ts `storyPool`: its index keys, the keys it asks, the 40 candidates), no decision. Counts:
 * retrieval-only recall (the partner among the candidates), keys asked and candidates read per reading, stored keys
 * per article, and for each ordered pair not retrieved why — numbers only, no text:
 *   - shared: keys both articles carry; asked: of those, the ones the query asks (the rest were too common);
 *   - hits: how many asked keys the partner shares, against the last candidate's hits (the cut);
 *   - the partner's rank among everything the asked keys reach (ties broken by id, as the index does);
 *   - rare shared stems: content stems both texts contain that ≤ 5 articles of the corpus contain (a bench-only
 *     scan, not something the product can do), and how many of them are keys of both — are the words that would tie
 *     the two there at all, and do the keys carry them;
 *   - the two sides' lengths (words).
 */
import { indexKeys } from '../lib/engine/keys.ts';
import type { MemoryIndex } from '../lib/engine/index.ts';
import { COMMON_KEY_MIN, COMMON_KEY_SHARE, storyPool } from '../lib/engine/story.ts';
import { fold, mapWords } from '../lib/nlp/index.ts';
import { contentStem } from '../lib/engine/keys.ts';
import type { Article } from '../lib/types.ts';

export interface RetrievalInput {
  index: MemoryIndex;
  read: Article[];
  groupOf: Map<string, string>;
  allRead?: Article[];
  errors?: boolean;
  /**
   * Simulated alternatives beside the product's pool (bench only): ask indexKeys(a, ask) instead of the stored keys; rank by
   * summed IDF (`weighted`), or by hits with ties broken by summed IDF instead of by id (`tie`, match42).
   */
  alternatives?: Array<{ ask: number; weighted: boolean; tie?: boolean }>;
  /** Which ordered same-group pairs count (default all; GVC: the ones at most STORY_DAYS apart, match42). */
  counts?: (a: Article, b: Article) => boolean;
}

const words = (a: Article) => mapWords(`${a.title ?? ''}\n${a.text ?? ''}`, (raw) => raw).length;
const stemSet = (a: Article) => new Set(mapWords(`${a.title ?? ''}\n${a.text ?? ''}`, (raw) => contentStem(fold(raw))).filter((s): s is string => s !== null));

export async function retrievalOnly({ index, read, groupOf, allRead = read, errors = false, alternatives = [], counts = () => true }: RetrievalInput): Promise<void> {
  const all = index.all();
  const keysOf = new Map(all.map((a) => [a.id, indexKeys(a)]));
  // Bench-only: every article's content stems and their document frequency in the whole corpus.
  const stemsOf = new Map(all.map((a) => [a.id, stemSet(a)]));
  const stemDf = new Map<string, number>();
  for (const s of stemsOf.values()) for (const x of s) stemDf.set(x, (stemDf.get(x) ?? 0) + 1);
  const n = all.length;
  let gold = 0;
  let retrieved = 0;
  let asked = 0;
  let fetched = 0;
  const storedKeys = all.reduce((s, a) => s + keysOf.get(a.id)!.length, 0) / n;
  const why = new Map<string, number>();
  const bump = (k: string) => why.set(k, (why.get(k) ?? 0) + 1);
  const lines: string[] = [];
  const missStats: number[][] = [];
  const cpu0 = process.cpuUsage();
  for (const a of read) {
    const grp = groupOf.get(a.id)!;
    const pool = await storyPool(a, index);
    const keys = indexKeys(a);
    const common = Math.max(COMMON_KEY_MIN, COMMON_KEY_SHARE * pool.n);
    const byRarity = [...keys].sort((x, y) => (pool.df.get(x) ?? 0) - (pool.df.get(y) ?? 0) || (x < y ? -1 : x > y ? 1 : 0));
    const queryKeys = new Set(byRarity.filter((k, r) => r < 12 || (pool.df.get(k) ?? 0) <= common));
    asked += queryKeys.size;
    fetched += pool.ids.length;
    const inPool = new Set(pool.ids.map((h) => h.id));
    const partners = allRead.filter((d) => d.id !== a.id && groupOf.get(d.id) === grp && counts(a, d));
    gold += partners.length;
    const cutHits = pool.ids.length ? pool.ids[pool.ids.length - 1]!.hits : 0;
    let reach: Array<{ id: string; hits: number }> | null = null;
    for (const b of partners) {
      if (inPool.has(b.id)) {
        retrieved++;
        continue;
      }
      reach ??= await index.candidates([...queryKeys], Infinity);
      const bk = new Set(keysOf.get(b.id)!);
      const shared = keys.filter((k) => bk.has(k));
      const sharedAsked = shared.filter((k) => queryKeys.has(k));
      const hits = sharedAsked.length;
      const rank = reach.findIndex((h) => h.id === b.id) + 1;
      const sa = stemsOf.get(a.id) ?? stemSet(a);
      const sb = stemsOf.get(b.id)!;
      const rare = [...sa].filter((x) => sb.has(x) && (stemDf.get(x) ?? 0) <= 5);
      const rareKeyed = rare.filter((x) => keys.includes(`w:${x}`) && bk.has(`w:${x}`)).length;
      const rareOneSide = rare.filter((x) => keys.includes(`w:${x}`) !== bk.has(`w:${x}`)).length;
      const la = words(a);
      const lb = words(b);
      missStats.push([shared.length, sharedAsked.length, hits, cutHits, rank, rare.length, rareKeyed, rareOneSide, la, lb]);
      bump(
        hits === 0
          ? shared.length === 0
            ? 'no shared key'
            : 'shared keys all too common (none asked)'
          : hits < cutHits
            ? 'fewer hits than the cut'
            : 'as many hits as the cut, ranked below it',
      );
      if (errors)
        lines.push(
          `  notret ${a.id} → ${b.id}: shared ${shared.length} asked ${sharedAsked.length} (df ${sharedAsked.map((k) => pool.df.get(k)).join(',')}) cut ${cutHits} rank ${rank || '-'} rare-shared-stems ${rare.length} keyed-both ${rareKeyed} one-side ${rareOneSide} words ${la}/${lb}`,
        );
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const r = read.length;
  console.log(
    `retrieval-only recall ${(gold ? retrieved / gold : 1).toFixed(3)} (${retrieved} of ${gold} partners among the candidates); keys asked ${(asked / r).toFixed(1)} a reading, candidates read ${(fetched / r).toFixed(1)} a reading, stored keys ${storedKeys.toFixed(1)} an article (${n} articles); CPU ${((cpu.user + cpu.system) / 1e6 / r).toFixed(3)} s a reading (${r} readings, with the bench's own diagnosis)`,
  );
  const miss = missStats.length;
  if (miss) {
    const med = (k: number) => {
      const xs = missStats.map((m) => m[k]!).sort((x, y) => x - y);
      return xs[xs.length >> 1];
    };
    console.log(`not retrieved ${miss}: ${[...why].map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(
      `  medians: shared keys ${med(0)}, of them asked ${med(1)}, last candidate's hits ${med(3)}, partner's rank ${med(4)}, rare shared stems (df ≤ 5) ${med(5)}, of them keys of both ${med(6)}, keys of one side only ${med(7)}, words ${med(8)} / ${med(9)}`,
    );
    const zeroRare = missStats.filter((m) => m[5] === 0).length;
    const rareNoKey = missStats.filter((m) => m[5]! > 0 && m[6] === 0).length;
    console.log(`  pairs sharing no rare stem ${zeroRare}; sharing rare stems none of which is a key of both ${rareNoKey}; sharing a rare key ${miss - zeroRare - rareNoKey}`);
  }
  // Bench-only ceiling: each reading's partners ranked among the whole corpus by TF-IDF cosine over every content stem
  // (a scan no product path may make): a partner not within the first 40 even so is out of reach of any key scheme.
  const vec = new Map<string, Map<string, number>>();
  for (const a of all) {
    const tf = new Map<string, number>();
    for (const raw of mapWords(`${a.title ?? ''}\n${a.text ?? ''}`, (r) => r)) {
      const st = contentStem(fold(raw));
      if (st) tf.set(st, (tf.get(st) ?? 0) + 1);
    }
    let nn = 0;
    for (const [k, v] of tf) {
      const w = (1 + Math.log(v)) * Math.log(n / stemDf.get(k)!);
      tf.set(k, w);
      nn += w * w;
    }
    nn = Math.sqrt(nn) || 1;
    for (const [k, v] of tf) tf.set(k, v / nn);
    vec.set(a.id, tf);
  }
  let oracle = 0;
  let oracleOfMissed = 0;
  const missedSet = new Set(lines.length ? [] : []);
  for (const a of read) {
    const va = vec.get(a.id)!;
    const grp = groupOf.get(a.id)!;
    const cos: Array<[string, number]> = [];
    for (const b of all) {
      if (b.id === a.id) continue;
      const vb = vec.get(b.id)!;
      let d = 0;
      const [x, y] = va.size < vb.size ? [va, vb] : [vb, va];
      for (const [k, v] of x) {
        const w = y.get(k);
        if (w) d += v * w;
      }
      cos.push([b.id, d]);
    }
    cos.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
    const top = new Set(cos.slice(0, 40).map(([id]) => id));
    const pool = new Set((await storyPool(a, index)).ids.map((h) => h.id));
    for (const b of allRead)
      if (b.id !== a.id && groupOf.get(b.id) === grp && counts(a, b) && top.has(b.id)) {
        oracle++;
        if (!pool.has(b.id)) oracleOfMissed++;
      }
  }
  void missedSet;
  console.log(
    `ceiling (bench-only scan, whole-text TF-IDF cosine, first 40): ${(gold ? oracle / gold : 1).toFixed(3)} (${oracle} of ${gold}); of the pairs the pool misses, within the scan's first 40: ${oracleOfMissed}`,
  );
  if (errors) console.log(lines.join('\n'));
  for (const alt of alternatives) {
    let got = 0;
    let askedAlt = 0;
    let postings = 0;
    for (const a of read) {
      const grp = groupOf.get(a.id)!;
      const keys = [...new Set(indexKeys(a, alt.ask))];
      const df = await index.keyCounts(keys);
      const common = Math.max(COMMON_KEY_MIN, COMMON_KEY_SHARE * n);
      const byRarity = [...keys].sort((x, y) => (df.get(x) ?? 0) - (df.get(y) ?? 0) || (x < y ? -1 : x > y ? 1 : 0));
      const q = byRarity.filter((k, r) => r < 12 || (df.get(k) ?? 0) <= common);
      askedAlt += q.length;
      const lists = await index.keyIds(q);
      const score = new Map<string, number>();
      for (const [k, ids] of lists) {
        postings += ids.length;
        // tie: a hit outweighs any sum of IDFs (at most 96 keys of log(n + 1) each), so only equal counts are reordered.
        const w = alt.weighted ? Math.log((n + 1) / (ids.length + 0.5)) : alt.tie ? 1e4 + Math.log((n + 1) / (ids.length + 0.5)) : 1;
        for (const id of ids) score.set(id, (score.get(id) ?? 0) + w);
      }
      score.delete(a.id);
      const top = new Set(
        [...score]
          .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
          .slice(0, 40)
          .map(([id]) => id),
      );
      for (const b of allRead) if (b.id !== a.id && groupOf.get(b.id) === grp && counts(a, b) && top.has(b.id)) got++;
    }
    console.log(
      `simulated: ask ${alt.ask} keys${alt.weighted ? ', ranked by summed IDF' : alt.tie ? ', ranked by hits, ties by summed IDF' : ', ranked by hits'}: retrieval-only recall ${(gold ? got / gold : 1).toFixed(3)} (${got} of ${gold}); keys asked ${(askedAlt / read.length).toFixed(1)} a reading, postings read ${(postings / read.length).toFixed(0)} a reading`,
    );
  }
}
