/**
 * A kept filter of the identities in the corpus (every live article's id, canonical URL and
 * content hash), so that an import looks up in IndexedDB only the values that may be there.
 *
 * Why: a batch of new articles asked the store for each id (bulkGet) and for each address and hash
 * (one `anyOf` cursor per index, one hop per value); at 10k–100k articles in Chromium those look-ups
 * were ~35 % of the import's time (docs/notes/store9.md), and for new articles they all come back
 * empty. A Bloom filter answers "certainly not stored" without a request; "maybe" still goes to
 * the index, so the identity rules (issue 10) give exactly the answers they gave before.
 *
 * Kept in keyStats records (schema v10: a head record IDENTITY_BUCKET with the number of shards, and
 * one record per shard at shardBucket(k)), read and written in the same transaction as every
 * article write (lib/store/corpus.ts), so it is never behind the store, whichever extension context
 * wrote. A batch rewrites only the shards it added to (the last one, of fixed size), not the whole
 * filter, so a batch's filter write does not grow with the corpus (docs/notes/perf17.md). It may hold identities of deleted articles (a Bloom filter cannot forget): that only makes
 * "maybe" answers, never a wrong one. A scalable Bloom filter (Almeida et al. 2007): segments of
 * doubling capacity, each sized for ~1 % false positives at capacity; adding goes to the last one.
 * Since v10 the segments added are shards of a fixed SHARD_CAPACITY with more bits per element (so
 * that many of them together answer "maybe" less often than the doubling segments did); segments
 * from before (kept by the v10 upgrade as they were) are no longer added to.
 */

/** Probes of the segments from before v10 (10 bits per element: ~1 % false positives per segment at capacity). */
const PROBES = 7;
/** Capacity of the first segment before v10 (each next one doubled); the slack of the stale rule. */
export const FIRST_CAPACITY = 16_384;
/** Since v10: every new segment (shard) holds this many elements, 16 bits each, 11 probes (~0.05 % false positives at capacity). */
export const SHARD_CAPACITY = 32_768;
const SHARD_BITS_PER_ELEMENT = 16;
const SHARD_PROBES = 11;

export interface FilterSegment {
  /** Elements this segment is sized for. */
  cap: number;
  /** Elements added to it. */
  count: number;
  bits: Uint32Array;
  /** Probes (absent: PROBES, the segments from before v10). */
  k?: number;
}

/** The stored form before v10, one record (structured-cloned as is: typed arrays, numbers); read only by the v10 upgrade. */
export interface IdentityFilterData {
  v: 1;
  segments: FilterSegment[];
}

/** The head record's form since v10: how many shards (keyStats records at shardBucket(0 … shards − 1)). */
export interface IdentityFilterHead {
  v: 2;
  shards: number;
}

/** Two independent 32-bit hashes of a string (FNV-1a; and a multiply-xorshift mix), for double hashing. */
function hashes(s: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b9;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  h2 ^= h2 >>> 16;
  return [h1 >>> 0, (h2 | 1) >>> 0];
}

function shard(): FilterSegment {
  return { cap: SHARD_CAPACITY, count: 0, bits: new Uint32Array((SHARD_CAPACITY * SHARD_BITS_PER_ELEMENT) / 32), k: SHARD_PROBES };
}

function inSegment(seg: FilterSegment, h1: number, h2: number): boolean {
  const m = seg.bits.length * 32;
  const probes = seg.k ?? PROBES;
  for (let i = 0; i < probes; i++) {
    const b = (h1 + Math.imul(i, h2)) >>> 0;
    const bit = b % m;
    if ((seg.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

export class IdentityFilter {
  /** Indexes of the segments changed since the last takeDirty() (or since built, when `allDirty`). */
  private readonly dirty = new Set<number>();

  /** `segments` as stored (shard order); a filter built anew has none yet. */
  constructor(readonly segments: FilterSegment[] = []) {}

  /** Elements added (distinct as far as the filter can tell). */
  get size(): number {
    return this.segments.reduce((n, s) => n + s.count, 0);
  }

  /** False: certainly never added. True: maybe added. */
  has(s: string): boolean {
    const [h1, h2] = hashes(s);
    for (const seg of this.segments) if (inSegment(seg, h1, h2)) return true;
    return false;
  }

  add(s: string): void {
    const [h1, h2] = hashes(s);
    const segs = this.segments;
    for (const seg of segs) if (inSegment(seg, h1, h2)) return; // (maybe) there already
    let last = segs[segs.length - 1];
    // Only the shards of this format are added to; the segments from before v10 stay as they are.
    if (!last || last.k !== SHARD_PROBES || last.cap !== SHARD_CAPACITY || last.count >= last.cap) segs.push((last = shard()));
    const m = last.bits.length * 32;
    for (let i = 0; i < SHARD_PROBES; i++) {
      const bit = ((h1 + Math.imul(i, h2)) >>> 0) % m;
      last.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
    last.count++;
    this.dirty.add(segs.length - 1);
  }

  /** The indexes of the segments changed since the last call (to be written), in order; forgets them. */
  takeDirty(): number[] {
    const out = [...this.dirty].sort((a, b) => a - b);
    this.dirty.clear();
    return out;
  }
}

/** The identity strings of an article record: its id, its canonical URL (when it has one), its hash. */
export function identitiesOf(rec: { id: string; canonUrl?: string | null; hash?: string | null }): string[] {
  const out = [`i:${rec.id}`];
  if (rec.canonUrl) out.push(`u:${rec.canonUrl}`);
  if (rec.hash) out.push(`h:${rec.hash}`);
  return out;
}

/**
 * The filter of a corpus from its primary keys and its canonUrl and hash index keys (read by the
 * caller inside its transaction: three key walks, no article body).
 */
export function identityFilterOf(ids: Iterable<unknown>, canons: Iterable<unknown>, hashes: Iterable<unknown>): IdentityFilter {
  const filter = new IdentityFilter();
  for (const id of ids) filter.add(`i:${String(id)}`);
  for (const u of canons) filter.add(`u:${String(u)}`);
  for (const h of hashes) filter.add(`h:${String(h)}`);
  return filter;
}
