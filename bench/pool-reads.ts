/**
 * perf20: how much of a compare's article reads a lighter pool read could spare (issue 9). Every
 * article a compare reads from the store (getMany, each id once per compare through the read cache,
 * the read-ahead pools included) is split in two: those whose text or units the engine then uses —
 * a story decision asked of it (its keys: `findSame` is asked with it), its unit features or unit
 * stems derived (shortlisted in some decision: `heads`, `idfHeads`, `feats`), or, without kept story
 * vectors, every article (its document vector is derived from the text) — and the rest, of which the
 * pool stage reads only the story vectors and id, hash, date and title.
 *
 * Bytes are V8 structured-clone bytes (`node:v8` serialize: the serializer Chromium's IndexedDB
 * stores values with) of the records lib/store reads: the article record as written (`storedFrom`'s
 * shape: compact units, keys), the `vectors` entry, and a compact record { id, hash, date, title }.
 * Counts and bytes are deterministic (no timing).
 *
 *   npx tsx bench/pool-reads.ts [--size 10000] [--kept]
 *
 * --kept: every article comes with its current story vectors (as in the side panel after the compare
 * row kept them); default: none kept (the compare row right after a fill, and every fresh round).
 */
import { serialize } from 'node:v8';
import { probeCorpus } from './probe-corpus.ts';
import { compareArticle } from '../lib/engine/index.ts';
import { derivedOf, forgetDerived } from '../lib/engine/features.ts';
import { indexKeys } from '../lib/engine/keys.ts';
import { keepStoredVectors, packedVectorsOf, vectorsFingerprint } from '../lib/engine/vectors.ts';
import { compactUnits, textBytes } from '../lib/store/db.ts';
import { toArticle } from '../lib/store/corpus.ts';
import { urlKey } from '../lib/url.ts';
import type { Article, CorpusIndex } from '../lib/types.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const size = Number(optionValue('--size', args) ?? 10_000);
const kept = args.includes('--kept');
process.env.PARALLAX_CACHE ??= 'off';

const { index, byId, probes } = await probeCorpus(size);
const bytes = new Map<string, { full: number; vec: number; meta: number }>();
function bytesOf(a: Article) {
  let b = bytes.get(a.id);
  if (b) return b;
  const art = toArticle(a);
  const rec = compactUnits({ ...art, canonUrl: urlKey(art.url), addedAt: 0, updatedAt: 0, size: textBytes(art.text), keys: [...new Set(indexKeys(art))], keysVersion: 1, ps: 1 });
  const vec = packedVectorsOf(a);
  b = {
    full: serialize(rec).length,
    vec: vec ? serialize({ id: a.id, of: vectorsFingerprint(a), vec }).length : 0,
    meta: serialize({ id: a.id, hash: a.hash, date: a.date, title: a.title }).length,
  };
  bytes.set(a.id, b);
  return b;
}

const handed = new Map<string, Article>();
const asked = new Set<string>();
const counted: CorpusIndex = new Proxy(index, {
  get(t, p, r) {
    if (p === 'getMany')
      return async (ids: string[]) =>
        (await t.getMany(ids)).map((a) => {
          const copy = structuredClone(a);
          if (kept) keepStoredVectors(copy, structuredClone(packedVectorsOf(a)));
          handed.set(a.id, copy);
          return copy;
        });
    if (p === 'findSame') return (a: Article) => (asked.add(a.id), t.findSame(a));
    const v = Reflect.get(t, p, r);
    return typeof v === 'function' ? v.bind(t) : v;
  },
});

const tot = { read: 0, text: 0, now: 0, light: 0 };
console.log(`${kept ? 'story vectors kept for every article' : 'no story vectors kept (fresh)'}; corpus ${size}`);
console.log('probe          read  text-needed  bytes now   bytes light  saved');
for (const id of probes) {
  forgetDerived();
  handed.clear();
  asked.clear();
  await compareArticle(structuredClone(byId.get(id)!), counted);
  let text = 0;
  let now = 0;
  let light = 0;
  for (const [aid, a] of handed) {
    const d = derivedOf(a);
    const needs = !kept || asked.has(aid) || !!(d.feats || d.heads || d.idfHeads);
    const b = bytesOf(byId.get(aid)!);
    // Today: the whole record and its vectors entry (when one is kept) for every article read.
    now += b.full + (kept ? b.vec : 0);
    light += needs ? b.full + (kept ? b.vec : 0) : b.meta + b.vec;
    if (needs) text++;
  }
  tot.read += handed.size;
  tot.text += text;
  tot.now += now;
  tot.light += light;
  console.log(`${id.slice(0, 12).padEnd(14)} ${String(handed.size).padStart(4)}  ${String(text).padStart(11)}  ${String(now).padStart(9)}  ${String(light).padStart(11)}  ${(100 * (1 - light / now)).toFixed(0).padStart(4)} %`);
}
console.log(`all            ${String(tot.read).padStart(4)}  ${String(tot.text).padStart(11)}  ${String(tot.now).padStart(9)}  ${String(tot.light).padStart(11)}  ${(100 * (1 - tot.light / tot.now)).toFixed(0).padStart(4)} %`);
