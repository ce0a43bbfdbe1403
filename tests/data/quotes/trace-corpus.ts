/**
 * A trace test's world: the seed articles plus the test's own files (name → content), each with its
 * quotes found as at ingestion, in an in-memory corpus — what the trace reads in the extension.
 */
import { afterAll, beforeAll } from 'vitest';
import { loadCorpusDir } from '../../../cli/load';
import { openMemoryCorpus } from '../../../cli/memory-corpus';
import { ingestFile } from '../../../lib/ingest/index';
import { extractQuotes } from '../../../lib/quotes/extract';
import type { Article } from '../../../lib/types';

export type TraceCorpus = Awaited<ReturnType<typeof openMemoryCorpus>>;

export async function traceCorpus(files: Record<string, string>): Promise<{ articles: Article[]; corpus: TraceCorpus }> {
  const seeds = (await loadCorpusDir('seeds')).articles;
  const own = Object.entries(files).flatMap(([name, content]) => ingestFile({ name, content }).articles);
  const articles = [...seeds, ...own].map((a) => ({ ...a, quotes: extractQuotes(a) }));
  return { articles, corpus: await openMemoryCorpus(articles) };
}

/**
 * A test file's trace world, opened before its tests and closed after them (vitest hooks): `byOutlet` finds one of the
 * test's articles by outlet, `corpus()` is the corpus once open.
 */
export function traceWorld(files: Record<string, string>): { byOutlet: (outlet: string) => Article; corpus: () => TraceCorpus } {
  let articles: Article[] = [];
  let corpus: TraceCorpus | undefined;
  beforeAll(async () => {
    ({ articles, corpus } = await traceCorpus(files));
  }, 120_000);
  afterAll(() => corpus?.close());
  return { byOutlet: (outlet) => articles.find((a) => a.outlet === outlet)!, corpus: () => corpus! };
}
