/**
 * speak69: the speaker samples scored under two libs from one cache of their judged pages, per quote.
 *
 *   npx tsx bench/speak69-devpair.ts --build /tmp/x/pages.json [--unseal]   # every judged page of every non-sealed sample (with
 *                                                                          # --unseal, the sealed ones too), as pagesOf loads it
 *   BASE_LIB=/tmp/x/lib npx tsx bench/speak69-devpair.ts /tmp/x/pages.json [--only r69]
 *                                                     # each sample's right count under BASE_LIB (a git archive of the base's lib)
 *                                                     # and this tree's lib, and every quote whose answer changed, with its context
 *                                                     # (a sealed sample's changed quotes by page, offset and right-or-not only)
 *
 * The samples' sources take most of speakers-sample.ts's hour to load (whole corpora, read to find a few pages); `extractQuotes`
 * reads only the article, so the judged pages' articles, written once to a file outside the repository (the outlets' text is never
 * committed), score a lib in minutes. The counts are speakers-sample.ts's: the same judgements, `quoteAt` and `isRight`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extractQuotes as branch } from '../lib/quotes/extract.ts';
import type { Article, Quote } from '../lib/types.ts';
import { isRight, judgedOf, pagesOf, quoteAt, SAMPLES, type Judged } from './speakers-data.ts';

const args = process.argv.slice(2);
const unseal = args.includes('--unseal');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1]! : '';
const names = Object.keys(SAMPLES).filter((n) => n.startsWith(only) && (unseal || !SAMPLES[n]!.sealed));
interface Cache { articles: Record<string, Article>; judged: Record<string, Judged[]> }
const key = (name: string, page: string) => `${SAMPLES[name]!.source}\u0000${page}`;

if (args[0] === '--build') {
  const cache: Cache = { articles: {}, judged: {} };
  for (const name of names) {
    const judged = judgedOf(name);
    const pages = judged && pagesOf(SAMPLES[name]!.source);
    if (!judged || !pages) { console.log(`${name}: skipped (judgements or pages absent)`); continue; }
    const byPage = new Map(pages.map((p) => [p.page, p.article]));
    for (const j of judged) {
      const a = byPage.get(j.page);
      if (!a) throw new Error(`${name}: page ${j.page} not found`);
      cache.articles[key(name, j.page)] = a;
    }
    cache.judged[name] = judged;
    console.log(`${name}: ${judged.length} quotes`);
  }
  writeFileSync(args[1]!, JSON.stringify(cache));
} else {
  const cache = JSON.parse(readFileSync(args[0]!, 'utf8')) as Cache;
  const { extractQuotes: base } = (await import(`${process.env.BASE_LIB ?? '/tmp/speak69/mainlib/lib'}/quotes/extract.ts`)) as { extractQuotes: typeof branch };
  const memo = new Map<string, [Quote[], Quote[]]>();
  const tot = { n: 0, a: 0, b: 0, better: 0, worse: 0 }; // quotes, base right, branch right, better, worse
  for (const name of names.filter((n) => cache.judged[n])) {
    const sealed = !!SAMPLES[name]!.sealed;
    const row = { a: 0, b: 0, better: 0, worse: 0 };
    for (const j of cache.judged[name]!) {
      const k = key(name, j.page);
      const a = cache.articles[k]!;
      if (!memo.has(k)) memo.set(k, [base(a).filter((q) => q.kind === 'direct'), branch(a).filter((q) => q.kind === 'direct')]);
      const [qa, qb] = memo.get(k)!.map((qs) => quoteAt(qs, j.start)?.speaker ?? null);
      const [oka, okb] = [isRight(qa!, j), isRight(qb!, j)];
      row.a += +oka, row.b += +okb;
      if (qa === qb) continue;
      row.better += +(okb && !oka), row.worse += +(oka && !okb);
      if (sealed) { console.log(`[${name}] ${j.page} @${j.start}: ${oka ? 'right' : 'wrong'} -> ${okb ? 'right' : 'wrong'}`); continue; }
      const t = a.text;
      console.log(`[${name}] ${j.page} @${j.start} ${oka === okb ? (oka ? 'right->right' : 'wrong->wrong') : okb ? 'BETTER' : 'WORSE'}: judged ${j.speaker ?? '—'}; ${qa ?? '—'} -> ${qb ?? '—'}\n  ${t.slice(Math.max(0, j.start - 400), j.start).replace(/\n+/g, ' ¶ ')}⟦${t.slice(j.start, j.start + 120)}…⟧${t.slice(j.start + 120, j.start + 360).replace(/\n+/g, ' ¶ ')}\n`);
    }
    const n = cache.judged[name]!.length;
    console.log(`${name.padEnd(14)} ${row.a}/${n} -> ${row.b}/${n}; ${row.better} better, ${row.worse} worse`);
    if (!sealed) tot.n += n, tot.a += row.a, tot.b += row.b, tot.better += row.better, tot.worse += row.worse;
  }
  console.log(`dev (non-sealed): ${tot.a}/${tot.n} -> ${tot.b}/${tot.n}; ${tot.better} better, ${tot.worse} worse`);
}
