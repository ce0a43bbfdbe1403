/**
 * story36: a MemoryIndex that also keeps week-scoped story keys (docs/notes/story30.md, story36.md) beside its own
 * postings, for benches only: a dated article's salient keys a second time as `<key>@<week>` (keys.ts storyKeys).
 * With `askWeekKeys(true)` (lib/engine/story.ts) a dated page asks them for its week and both neighbours'. The plain
 * keys' postings, counts and candidates are MemoryIndex's; only keys with "@" read the scoped postings.
 */
import { MemoryIndex } from '../lib/engine/index.ts';
import { keyParts, storyWeek, weekKeys } from '../lib/engine/keys.ts';
import type { Article } from '../lib/types.ts';

export class WeekIndex extends MemoryIndex {
  private readonly scoped = new Map<string, Set<string>>();

  override add(article: Article): void {
    super.add(article);
    // Called by MemoryIndex's constructor before this class's fields exist: the scoped map is filled in addScoped.
    if (this.scoped) this.addScoped(article);
  }

  /** Adds the scoped keys of every article (after construction). */
  static of(articles: Article[]): WeekIndex {
    const ix = new WeekIndex(articles);
    for (const a of articles) ix.addScoped(a);
    return ix;
  }

  private addScoped(a: Article): void {
    const week = storyWeek(a.date);
    if (week === null) return;
    for (const k of new Set(weekKeys(keyParts(a).salient, week))) {
      let s = this.scoped.get(k);
      if (!s) this.scoped.set(k, (s = new Set()));
      s.add(a.id);
    }
  }

  override async keyCounts(keys: string[]): Promise<Map<string, number>> {
    const plain = await super.keyCounts(keys.filter((k) => !k.includes('@')));
    for (const k of keys) if (k.includes('@')) plain.set(k, this.scoped.get(k)?.size ?? 0);
    return plain;
  }

  override async keyIds(keys: string[]): Promise<Map<string, string[]>> {
    const plain = await super.keyIds(keys.filter((k) => !k.includes('@')));
    for (const k of new Set(keys)) if (k.includes('@')) plain.set(k, [...(this.scoped.get(k) ?? [])]);
    return plain;
  }

  override async candidates(keys: string[], limit = 100): Promise<Array<{ id: string; hits: number }>> {
    const hits = new Map<string, number>();
    for (const [, ids] of await this.keyIds(keys)) for (const id of ids) hits.set(id, (hits.get(id) ?? 0) + 1);
    return [...hits.entries()]
      .map(([id, n]) => ({ id, hits: n }))
      .sort((a, b) => b.hits - a.hits || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit);
  }
}
