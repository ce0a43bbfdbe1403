/**
 * Names and figures of the store a page needs without loading Dexie and lib/store/corpus.ts (the
 * options page's first script and first render: lib/store/first-rows.ts, entrypoints/options).
 */

/** The corpus database's name. */
export const DB_NAME = 'parallax';

/** Days a deleted article stays in the trash. */
export const TRASH_DAYS = 30;

/** The setting that lists the articles the last compare pass prepared (lib/store/prepare.ts); Corpus.keepVectors trims other entries first. */
export const PREPARED_VECTORS = 'preparedVectors';
