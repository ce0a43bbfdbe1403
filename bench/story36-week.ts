/**
 * story36: week-scoped story keys (docs/notes/story30.md, story36.md) for benches only, without touching lib/store: an
 * in-memory index (MemoryIndex) also keeps, beside its own postings, a dated article's salient keys a second time as
 * `<key>@<week>` (keys.ts keyParts / storyWeek / weekKeys); keys with "@" are read from those. With `askWeekKeys(true)`
 * (lib/engine/story.ts) a dated page asks them for its week and both neighbours'.
 *
 * `installWeekKeys()` patches MemoryIndex's prototype in this process, so that any bench's index (story-gvc.ts,
 * story-corpus.ts) keeps them: see bench/story36-run.ts.
 */
import { MemoryIndex } from '../lib/engine/index.ts';
import { keyParts, storyWeek, weekKeys } from '../lib/engine/keys.ts';
import type { Article } from '../lib/types.ts';

const scopedOf = new WeakMap<MemoryIndex, Map<string, Set<string>>>();

export function installWeekKeys(): void {
  const proto = MemoryIndex.prototype;
  const add = proto.add;
  const keyCounts = proto.keyCounts;
  const keyIds = proto.keyIds;
  proto.add = function (this: MemoryIndex, a: Article) {
    add.call(this, a);
    const week = storyWeek(a.date);
    if (week === null) return;
    let m = scopedOf.get(this);
    if (!m) scopedOf.set(this, (m = new Map()));
    for (const k of weekKeys(keyParts(a).salient, week)) {
      let s = m.get(k);
      if (!s) m.set(k, (s = new Set()));
      s.add(a.id);
    }
  };
  proto.keyCounts = async function (this: MemoryIndex, keys: string[]) {
    const out = await keyCounts.call(this, keys.filter((k) => !k.includes('@')));
    for (const k of keys) if (k.includes('@')) out.set(k, scopedOf.get(this)?.get(k)?.size ?? 0);
    return out;
  };
  proto.keyIds = async function (this: MemoryIndex, keys: string[]) {
    const out = await keyIds.call(this, keys.filter((k) => !k.includes('@')));
    for (const k of new Set(keys)) if (k.includes('@')) out.set(k, [...(scopedOf.get(this)?.get(k) ?? [])]);
    return out;
  };
  // MemoryIndex's ranking (count of keys hit, then id), over both kinds of keys.
  proto.candidates = async function (this: MemoryIndex, keys: string[], limit = 100) {
    const hits = new Map<string, number>();
    for (const [, ids] of await this.keyIds(keys)) for (const id of ids) hits.set(id, (hits.get(id) ?? 0) + 1);
    return [...hits.entries()]
      .map(([id, n]) => ({ id, hits: n }))
      .sort((a, b) => b.hits - a.hits || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit);
  };
}
