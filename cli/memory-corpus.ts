/**
 * A corpus for the CLI's compare/trace commands: the extension's own store code (lib/store) on a
 * fresh in-memory fake-indexeddb, so Node runs exactly what the browser runs.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Corpus } from '../lib/store/corpus';
import type { Article } from '../lib/types';

export async function openMemoryCorpus(articles: Article[]): Promise<Corpus> {
  const corpus = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
  if (articles.length) await corpus.upsert(articles);
  return corpus;
}
