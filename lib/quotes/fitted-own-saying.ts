/**
 * (speak75) The stems of the words that, governing a quote no rule reads, make the sentence's subject its speaker
 * (lib/quotes/extract.ts, governingStem): written by `npx tsx bench/speak75-fit.ts CACHE --write`, the fit on every dev sample.
 */
export const OWN_SAYING: ReadonlySet<string> = new Set([]);
