/**
 * The background's corpus jobs (sw70), run where the pages' code already is: Chrome's offscreen document
 * (entrypoints/offscreen/main.ts, sent by the service worker, lib/extension/platform.ts corpusJobs) and
 * Firefox's background page (in place). The service worker keeps only the wiring (events, alarms, menus):
 * Dexie, the ingestion and the feed code are not evaluated at each of its restarts.
 * - prepare / install: an empty corpus gets the packaged seeds (never on update: the reader's corpus stays);
 * - prepare / update: articles an older version keyed are re-keyed;
 * - prepare (also at browser start): the feed alarm's period the corpus asks for, set by the worker;
 * - refresh: every subscribed feed, items that are only a summary read from their pages (hosts the reader
 *   allowed only: `allowed`), then retention (old feed articles to the trash).
 * The corpus is opened for the job and closed after it.
 */
import { Corpus } from '../store/corpus';
import { feedAlarmMinutes } from '../feeds/schedule';
import type { CorpusJob } from './platform';

export async function runCorpusJob(job: CorpusJob, allowed: (url: string) => Promise<boolean>): Promise<number | null> {
  const corpus = await Corpus.open();
  try {
    if (job.kind === 'refresh') {
      // Loaded for a refresh only: the job at every browser start reads the schedule and needs none of it.
      const [{ fetchPage, fetchText, FullTextFetcher, refreshFeedsWith }, { parseFeed }, { pageReaders }, { applyStoredRetention }] = await Promise.all([
        import('../feeds/core'),
        import('../feeds/parse'),
        import('./page-reader'),
        import('../store/retention'),
      ]);
      const extract = async (html: string, url: string) => (await pageReaders()).extractHtml(html, url);
      await refreshFeedsWith(parseFeed, corpus, fetchText, new FullTextFetcher({ fetchPage, extract, allowed }));
      await applyStoredRetention(corpus);
      return null;
    }
    if (job.reason === 'install' && (await corpus.count()) === 0) {
      const { packagedSeedFiles, seedArticles } = await import('../seeds');
      await corpus.resetToSeeds(seedArticles(await packagedSeedFiles()));
    }
    // A new version may compute story keys differently: re-key the articles stored by the old one.
    if (job.reason === 'update') await corpus.reindex();
    return await feedAlarmMinutes(corpus);
  } finally {
    corpus.close();
  }
}
