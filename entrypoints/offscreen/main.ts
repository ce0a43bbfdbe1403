/**
 * Chrome's offscreen document (one per extension; reason DOM_PARSER), two jobs:
 * - for the background's service worker, which is only wiring: its corpus jobs (sw70;
 *   lib/extension/corpus-jobs.ts: seeds at install, re-keying at an update, the feed refresh with its
 *   items' pages read by the content script's extraction on a DOMParser document — inert, no script
 *   runs, nothing loads — and retention), loaded at the first job; whether the reader granted a
 *   page's host is asked of the worker (no chrome.permissions here);
 * - for the side panel: the warm compare context. A panel is a new page each time it opens, whose
 *   engine would be loaded, compiled and optimised again; here the engine, its derived-data cache
 *   (lib/engine/features.ts derivedOf, per article id and content) and one corpus connection stay
 *   from one panel to the next. The panel sends its page's article and gets the report; it compares
 *   in its own page when this document is not there or does not answer (lib/extension/platform.ts).
 *   Nothing read from the corpus is kept between compares (every compare reads the database anew),
 *   so an import, a deletion or an edit elsewhere is seen by the next compare.
 * Opened by the background for a corpus job (closed after it unless it was open already) or by a
 * side panel (left open).
 */
import { askOriginAccess, serveCorpusJobs, serveOffscreenCompare } from '../../lib/extension/platform';
import { runOnSeeds } from '../../lib/extension/warm-up';
import type { Corpus } from '../../lib/store/corpus';

// The service worker's corpus jobs, their code loaded at the first job (a document opened for compares never loads it).
serveCorpusJobs(async (job) => (await import('../../lib/extension/corpus-jobs')).runCorpusJob(job, askOriginAccess));

/** The engine and the corpus, loaded on the first compare (a document opened for feeds only never loads them). */
let ready: Promise<[typeof import('../../lib/engine/compare'), Corpus]> | null = null;
const engine = () =>
  (ready ??= Promise.all([import('../../lib/engine/compare'), import('../../lib/store/corpus').then((m) => m.Corpus.open())]).catch((e) => {
    ready = null;
    throw e;
  }));

/**
 * perf55: at browser start, for a reader who uses the panel (lib/extension/platform.ts warmAtStart), the
 * engine is also run once on the package's seed story, in memory (lib/extension/warm-up.ts): once per document.
 */
let ranOnce: Promise<void> | null = null;

/** perf61: User Timing marks of the last compare (bench/perf61-breakdown.ts reads them from a trace); each compare clears the last's. */
const mark = (name: 'parallax:offscreen:asked' | 'parallax:offscreen:compared') => {
  performance.clearMarks(name);
  performance.mark(name);
};

serveOffscreenCompare(async (article, runEngine) => {
  if (article) mark('parallax:offscreen:asked');
  const [{ compareArticle }, corpus] = await engine();
  if (article) {
    const report = await compareArticle(article, corpus);
    mark('parallax:offscreen:compared');
    return report;
  }
  if (runEngine) await (ranOnce ??= runOnSeeds(compareArticle));
  return null;
});
