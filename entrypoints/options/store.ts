/**
 * The options page's store code: Dexie, lib/store/corpus.ts and what it needs (the engine's keys,
 * vectors and repeats), ~270 kB of the page's script. Loaded by App.tsx as the page starts, but not
 * needed for its first render: the newest rows are read without it (lib/store/first-rows.ts), so
 * the page shows them without waiting for these files (opts34).
 */
export { liveQuery } from 'dexie';
export { Corpus, estimateStorage, requestPersistence, StorageFullError } from '../../lib/store/corpus';
export { followSummaries } from '../../lib/store/summaries-page';
export { keysWorker } from '../../lib/store/key-worker';
