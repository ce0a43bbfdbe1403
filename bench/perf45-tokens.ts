/**
 * perf45: lib/nlp `tokens` no longer asks the fold cache for a word that is its own fold (ASCII without capitals:
 * `fold` is toLowerCase there), most words of a text. Checks that the tokens are the same as the cache-only way
 * (before perf45, written out below) on every title, text and unit of the seeds, tests/data's sets, the zyte pages
 * and Zipf articles, then times the word step both ways (written out below) on those texts, alternating A B B A
 * (same process, same load): process CPU.
 *
 *   nice npx tsx bench/perf45-tokens.ts [--rounds 12] [--zipf 3000]
 */
import { cpuUsage } from 'node:process';
import { optionValue } from './args.ts';
import { median } from './baseline.ts';
import { perfArticles } from './perf-articles.ts';
import type { Article } from '../lib/types.ts';
import { fold, mapWords, tokens, type Token } from '../lib/nlp/index.ts';

const args = process.argv.slice(2);
const rounds = Number(optionValue('--rounds', args) ?? 12);
process.env.PARALLAX_CACHE ??= 'off';
const arts: Article[] = await perfArticles(Number(optionValue('--zipf', args) ?? 3000));
// Long texts only (past tokens' own cache of short texts): the whole articles, as the story vectors tokenise them.
const texts = arts.map((a) => [a.title, ...a.units.map((u) => u.text)].join('\n'));

/** Before perf45: every word's fold through the cache. */
const cache = new Map<string, string>();
function before(s: string): Token[] {
  return mapWords(s, (raw, start, end) => {
    let w = cache.get(raw);
    if (w === undefined) cache.set(raw, (w = fold(raw)));
    return { w, raw, start, end };
  });
}

let differ = 0;
for (const s of [...arts.flatMap((a) => [a.title, a.text, ...a.units.map((u) => u.text)]), ...texts]) {
  const x = tokens(s);
  const y = before(s);
  if (x.length !== y.length || x.some((t, k) => t.w !== y[k]!.w || t.raw !== y[k]!.raw || t.start !== y[k]!.start || t.end !== y[k]!.end)) differ++;
}
console.log(`${arts.length} articles, ${texts.reduce((n, t) => n + t.length, 0).toLocaleString('en')} characters; texts whose tokens differ: ${differ}`);

/** perf45's step: a word that is its own fold skips the cache (lib/nlp tokens' `folded`), the rest as before. */
function now(s: string): Token[] {
  return mapWords(s, (raw, start, end) => {
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c >= 128 || (c >= 65 && c <= 90)) {
        let w = cache.get(raw);
        if (w === undefined) cache.set(raw, (w = fold(raw)));
        return { w, raw, start, end };
      }
    }
    return { w: raw, raw, start, end };
  });
}

// Timed: the two word steps alone, as written above (lib's `tokens` also reads and fills its cache of short texts,
// the same in both), on the whole articles' texts.
const ms: Record<'now' | 'before', number[]> = { now: [], before: [] };
for (let r = 0; r < rounds; r++) {
  const arm = r % 4 === 0 || r % 4 === 3 ? 'now' : 'before';
  const c0 = cpuUsage();
  for (const s of texts) (arm === 'now' ? now : before)(s);
  const c = cpuUsage(c0);
  ms[arm].push((c.user + c.system) / 1000);
}
for (const arm of ['before', 'now'] as const) console.log(`${arm.padEnd(6)} CPU ms per pass: median ${median(ms[arm]).toFixed(0)} (${ms[arm].map((x) => x.toFixed(0)).join(', ')})`);
