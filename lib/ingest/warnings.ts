/**
 * Warnings the ingest writes that other code reads back. The report (lib/engine/features.ts) and the store
 * (lib/store/corpus.ts) need to know that a title was made up from the text, and the article keeps that only as
 * its warning, so the words live here once.
 */
export const NO_HEADLINE = 'no headline found';

/** The ingest found no headline and derived the title from the description or the first sentence. */
export const titleDerived = (a: { warnings?: readonly string[] }): boolean => a.warnings?.some((w) => w.startsWith(NO_HEADLINE)) ?? false;
