/**
 * A corpus for the CLI's compare/trace commands: the extension's own store code (lib/store) on a
 * fresh in-memory fake-indexeddb, so Node runs exactly what the browser runs — the identity rule
 * included: two files of one folder with the same name (a.txt, a.md) are two articles, and the same
 * article found twice is one. Each such case is said on stderr (`note`), never silent.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Corpus } from '../lib/store/corpus';
import type { Article } from '../lib/types';
import { indexKeys } from '../lib/engine/keys';

const stderrNote = (line: string) => {
  process.stderr.write(`parallax: ${line}\n`);
};

/**
 * `keys` (parallel to `articles`, from the CLI cache: cli/load.ts) are used as the articles' story
 * keys instead of computing them again; an article whose text or title differs gets computed keys.
 */
export async function openMemoryCorpus(articles: Article[], note: (line: string) => void = stderrNote, keys?: string[][]): Promise<Corpus> {
  const known = new Map<string, { title: string; keys: string[] }>();
  if (keys?.length === articles.length) articles.forEach((a, k) => known.set(a.text, { title: a.title, keys: keys[k]! }));
  const keysOf = (a: Pick<Article, 'title' | 'text'>) => {
    const hit = known.get(a.text);
    return hit && hit.title === a.title ? hit.keys : indexKeys(a);
  };
  const corpus = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange, keysOf });
  if (articles.length) {
    const r = await corpus.upsert(articles);
    for (const x of r.results) if (x.reason) note(`${x.id}: ${x.status}: ${x.reason}`);
  }
  return corpus;
}
