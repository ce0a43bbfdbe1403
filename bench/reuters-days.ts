/**
 * The story benches' dense news days (story56b, story57, story57b): every Reuters-21578 story dated in `days` days from
 * `from` is a corpus article dated its day (bench/data/reuters.ts, read at run time from the mirror), with the seeds and
 * the zyte pages as the usual distractors. Null, with the reason printed, when the mirror is absent.
 */
import { existsSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { MemoryIndex } from '../lib/engine/index.ts';
import type { Article } from '../lib/types.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { loadReuters, REUTERS_GIT, reutersSpan } from './data/reuters.ts';

export interface DenseDays {
  /** The Reuters stories of the span, each dated its day. */
  span: Article[];
  /** Days from `from` of a date ("1987-03-04" → 2). */
  dayIndex: (date: string) => number;
  seeds: Article[];
  zyte: Article[];
  index: MemoryIndex;
}

export async function reutersDenseDays(bench: string, from: string, days: number, opts: { titles?: boolean } = {}): Promise<DenseDays | null> {
  const docs = loadReuters(REUTERS_GIT, opts);
  if (!docs) {
    console.log(`${bench}: skipped: mirror absent (${REUTERS_GIT}; fetch github:loki86/ksr_zadanie1V2)`);
    return null;
  }
  const span = reutersSpan(docs, from, days);
  const start = Date.parse(from);
  const dayIndex = (d: string) => Math.round((Date.parse(d) - start) / 86400000);
  const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
  const zyte = loadZyte();
  return { span, dayIndex, seeds, zyte, index: new MemoryIndex([...span, ...seeds, ...zyte]) };
}
