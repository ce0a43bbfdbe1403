/**
 * A small in-memory CorpusIndex with the same semantics as the Dexie store's: an inverted index
 * over `indexKeys(article)`. For unit tests and the benchmark; the extension uses lib/store.
 */
import type { Article, CorpusIndex } from '../types';
import { indexKeys } from './keys';
import { repeatKeys } from './repeats';

export class MemoryIndex implements CorpusIndex {
  private readonly byId = new Map<string, Article>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly keysOf = new Map<string, string[]>();
  /** Repeat key → number of articles carrying it (repeats.ts), and each article's keys for its removal. */
  private readonly repeats = new Map<string, number>();
  private readonly repeatsOf = new Map<string, string[]>();

  constructor(articles: Iterable<Article> = []) {
    for (const a of articles) this.add(a);
  }

  /** Adds or replaces an article (same id). */
  add(article: Article): void {
    this.remove(article.id);
    this.byId.set(article.id, article);
    const keys = [...new Set(indexKeys(article))];
    this.keysOf.set(article.id, keys);
    for (const k of keys) {
      let set = this.postings.get(k);
      if (!set) this.postings.set(k, (set = new Set()));
      set.add(article.id);
    }
    const rk = repeatKeys(article);
    this.repeatsOf.set(article.id, rk);
    for (const k of rk) this.repeats.set(k, (this.repeats.get(k) ?? 0) + 1);
  }

  remove(id: string): void {
    const keys = this.keysOf.get(id);
    if (!keys) return;
    for (const k of keys) this.postings.get(k)?.delete(id);
    for (const k of this.repeatsOf.get(id) ?? []) {
      const n = (this.repeats.get(k) ?? 0) - 1;
      if (n > 0) this.repeats.set(k, n);
      else this.repeats.delete(k);
    }
    this.repeatsOf.delete(id);
    this.keysOf.delete(id);
    this.byId.delete(id);
  }

  async candidates(keys: string[], limit = 100): Promise<Array<{ id: string; hits: number }>> {
    const hits = new Map<string, number>();
    for (const k of new Set(keys)) for (const id of this.postings.get(k) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
    return [...hits.entries()]
      .map(([id, n]) => ({ id, hits: n }))
      .sort((a, b) => b.hits - a.hits || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit);
  }

  async keyIds(keys: string[]): Promise<Map<string, string[]>> {
    return new Map([...new Set(keys)].map((k) => [k, [...(this.postings.get(k) ?? [])]]));
  }

  async keyCounts(keys: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const k of keys) out.set(k, this.postings.get(k)?.size ?? 0);
    return out;
  }

  async repeatCounts(keys: string[]): Promise<Map<string, number>> {
    return new Map(keys.map((k) => [k, this.repeats.get(k) ?? 0]));
  }

  async count(): Promise<number> {
    return this.byId.size;
  }

  async getMany(ids: string[]): Promise<Article[]> {
    const out: Article[] = [];
    for (const id of ids) {
      const a = this.byId.get(id);
      if (a) out.push(a);
    }
    return out;
  }

  async findSame(article: Pick<Article, 'id' | 'url' | 'hash'>): Promise<string | null> {
    if (this.byId.has(article.id)) return article.id;
    for (const a of this.byId.values()) {
      if (article.url && a.url && a.url === article.url) return a.id;
      if (article.hash && a.hash === article.hash) return a.id;
    }
    return null;
  }

  /** All articles (the brute-force baseline in the benchmark scans these). */
  all(): Article[] {
    return [...this.byId.values()];
  }
}
