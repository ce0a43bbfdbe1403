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
 * Kept as one keyStats record (IDENTITY_BUCKET), read and written in the same transaction as every
 * article write (lib/store/corpus.ts), so it is never behind the store, whichever extension context
 * wrote. It may hold identities of deleted articles (a Bloom filter cannot forget): that only makes
 * "maybe" answers, never a wrong one. A scalable Bloom filter (Almeida et al. 2007): segments of
 * doubling capacity, each sized for ~1 % false positives at capacity; adding goes to the last one.
 */

/** Bits per element and probes: 9.6 bits and 7 probes give ~1 % false positives per segment at capacity. */
const BITS_PER_ELEMENT = 10;
const PROBES = 7;
/** Capacity of the first segment; each next one doubles. */
export const FIRST_CAPACITY = 16_384;

export interface FilterSegment {
  /** Elements this segment is sized for. */
  cap: number;
  /** Elements added to it. */
  count: number;
  bits: Uint32Array;
}

/** The stored form (structured-cloned as is: typed arrays, numbers). */
export interface IdentityFilterData {
  v: 1;
  segments: FilterSegment[];
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

function segment(cap: number): FilterSegment {
  return { cap, count: 0, bits: new Uint32Array(Math.ceil((cap * BITS_PER_ELEMENT) / 32)) };
}

function inSegment(seg: FilterSegment, h1: number, h2: number): boolean {
  const m = seg.bits.length * 32;
  for (let i = 0; i < PROBES; i++) {
    const b = (h1 + Math.imul(i, h2)) >>> 0;
    const bit = b % m;
    if ((seg.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

export class IdentityFilter {
  constructor(readonly data: IdentityFilterData = { v: 1, segments: [segment(FIRST_CAPACITY)] }) {}

  /** Elements added (distinct as far as the filter can tell). */
  get size(): number {
    return this.data.segments.reduce((n, s) => n + s.count, 0);
  }

  /** False: certainly never added. True: maybe added. */
  has(s: string): boolean {
    const [h1, h2] = hashes(s);
    for (const seg of this.data.segments) if (inSegment(seg, h1, h2)) return true;
    return false;
  }

  add(s: string): void {
    const [h1, h2] = hashes(s);
    const segs = this.data.segments;
    for (const seg of segs) if (inSegment(seg, h1, h2)) return; // (maybe) there already
    let last = segs[segs.length - 1]!;
    if (last.count >= last.cap) segs.push((last = segment(last.cap * 2)));
    const m = last.bits.length * 32;
    for (let i = 0; i < PROBES; i++) {
      const bit = ((h1 + Math.imul(i, h2)) >>> 0) % m;
      last.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
    last.count++;
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
