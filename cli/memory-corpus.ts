/**
 * A corpus for the CLI's compare/trace commands: the extension's own store code (lib/store) on a
 * fresh in-memory fake-indexeddb, so Node runs exactly what the browser runs — the identity rule
 * included: two files of one folder with the same name (a.txt, a.md) are two articles, and the same
 * article found twice is one. Each such case is said on stderr (`note`), never silent.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Corpus } from '../lib/store/corpus';
import type { Article } from '../lib/types';

const stderrNote = (line: string) => {
  process.stderr.write(`parallax: ${line}\n`);
};

export async function openMemoryCorpus(articles: Article[], note: (line: string) => void = stderrNote): Promise<Corpus> {
  const corpus = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
  if (articles.length) {
    const r = await corpus.upsert(articles);
    for (const x of r.results) if (x.reason) note(`${x.id}: ${x.status}: ${x.reason}`);
  }
  return corpus;
}
