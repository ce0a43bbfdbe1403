/**
 * speak77: the dev quotes whose speaker (under a lib) is a run of two or more words closed by a role or title word with no given name
 * in it ("French President", "National Security Adviser", "Senate Republicans"), right or wrong: the count of speak77's cause before
 * any change (docs/notes/speak77.md §3).
 *   npx tsx bench/speak77-rolehead.ts /tmp/x/devpages.json [--lib /tmp/x/lib]   # speak69-devpair's cache; this tree's lib unless --lib
 */
import { readFileSync } from 'node:fs';
import { isRight, quoteAt, SAMPLES, type Judged } from './speakers-data.ts';
import type { Article, Quote } from '../lib/types.ts';

const args = process.argv.slice(2);
const libAt = args.indexOf('--lib');
const lib = libAt >= 0 ? args[libAt + 1]! : '../lib';
const { extractQuotes } = (await import(`${lib}/quotes/extract.ts`)) as { extractQuotes: (a: Article) => Quote[] };
const { ROLE_WORDS, NAME_TITLES } = (await import(`${lib}/quotes/lexicon.ts`)) as { ROLE_WORDS: Set<string>; NAME_TITLES: Set<string> };
const { People } = (await import(`${lib}/quotes/speakers.ts`)) as { People: { firstNameGender: Map<string, string> } };
const cache = JSON.parse(readFileSync(args[0]!, 'utf8')) as { articles: Record<string, Article>; judged: Record<string, Judged[]> };
const tally = { right: 0, wrong: 0 };
for (const name of Object.keys(cache.judged)) {
  if (SAMPLES[name]?.sealed) continue;
  const memo = new Map<string, Quote[]>();
  for (const j of cache.judged[name]!) {
    const k = `${SAMPLES[name]!.source}\u0000${j.page}`;
    if (!memo.has(k)) memo.set(k, extractQuotes(cache.articles[k]!).filter((q) => q.kind === 'direct'));
    const got = quoteAt(memo.get(k)!, j.start)?.speaker ?? null;
    if (!got) continue;
    const w = got.toLowerCase().split(/\s+/);
    if (w.length < 2 || !(ROLE_WORDS.has(w.at(-1)!) || NAME_TITLES.has(w.at(-1)!)) || w.some((x) => People.firstNameGender.has(x))) continue;
    const ok = isRight(got, j);
    tally[ok ? 'right' : 'wrong']++;
    console.log(ok ? 'RIGHT' : 'WRONG', name, j.page, `@${j.start}`, 'got', got, 'judged', j.speaker ?? '—');
  }
}
console.log(tally);
