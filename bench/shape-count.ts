/**
 * The counting loop of the speakers shape scripts (bench/speak76-shapes.ts, bench/miss77-shapes.ts): how many quotes have
 * each shape, on the dev pages (speak69-devpair's cache: count, and how many the lib answers right) or on an outside source
 * (speakers-data's pagesOf: count, the answers; with --base LIB, every changed attribution against that lib, as
 * bench/speakers-arms.ts prints them). `shapeOf` names a quote's shape from the text and its start; `context` is the text
 * printed before it.
 *
 *   <script> /tmp/x/pages.json [--lib /tmp/x/lib]
 *   <script> --source duc [--lib /tmp/x/lib] [--base /tmp/y/lib]
 */
import { readFileSync } from 'node:fs';
import { extractQuotes as own } from '../lib/quotes/extract.ts';
import type { Article } from '../lib/types.ts';
import { printQuoteChanges } from './quote-changes.ts';
import { isRight, pagesOf, quoteAt, SAMPLES, type Judged, type Source } from './speakers-data.ts';

type Extract = typeof own;
const libOf = async (dir: string): Promise<Extract> => ((await import(`${dir}/quotes/extract.ts`)) as { extractQuotes: Extract }).extractQuotes;

export async function countShapes<K extends string>(
  kinds: readonly K[],
  shapeOf: (t: string, start: number) => K | null,
  context: (t: string, start: number) => string,
  args: string[] = process.argv.slice(2),
): Promise<void> {
  const libAt = args.indexOf('--lib');
  const extractQuotes = libAt >= 0 ? await libOf(args[libAt + 1]!) : own;
  const count = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>;
  const right = { ...count };
  const totals = (f: (k: K) => string) => kinds.map(f).join(', ');
  const srcAt = args.indexOf('--source');
  if (srcAt >= 0) {
    const src = args[srcAt + 1]! as Source;
    const baseAt = args.indexOf('--base');
    const base = baseAt >= 0 ? await libOf(args[baseAt + 1]!) : null;
    let pages = 0,
      changed = 0;
    for (const p of pagesOf(src) ?? []) {
      pages++;
      const t = p.article.text;
      const qs = extractQuotes(p.article).filter((x) => x.kind === 'direct');
      for (const q of qs) {
        const s = shapeOf(t, q.start);
        if (!s) continue;
        count[s]++;
        console.log(`${s} ${p.page} ${q.start} ${JSON.stringify(q.speaker)} | ${context(t, q.start).slice(-120)}⟦${q.text.slice(0, 60)}⟧`);
      }
      if (!base) continue;
      const a = base(p.article).filter((q) => q.kind === 'direct');
      if (printQuoteChanges(p.page, t, a, qs)) changed++;
    }
    console.log(`${src}: ${pages} pages, ${totals((k) => `${k} ${count[k]}`)}${base ? `, ${changed} pages changed` : ''}`);
    return;
  }
  const cache = JSON.parse(readFileSync(args[0]!, 'utf8')) as { articles: Record<string, Article>; judged: Record<string, Judged[]> };
  for (const [name, judged] of Object.entries(cache.judged)) {
    if (!SAMPLES[name] || SAMPLES[name].sealed) continue;
    for (const j of judged) {
      const a = cache.articles[`${SAMPLES[name].source}\u0000${j.page}`]!;
      const q = quoteAt(extractQuotes(a).filter((x) => x.kind === 'direct'), j.start);
      if (!q) continue;
      const s = shapeOf(a.text, q.start);
      if (!s) continue;
      count[s]++;
      const ok = isRight(q.speaker, j);
      right[s] += +ok;
      console.log(
        `${s} ${ok ? 'right' : 'WRONG'} ${name} ${j.page} got ${JSON.stringify(q.speaker)} judged ${JSON.stringify(j.speaker)} | ${context(a.text, q.start).slice(-120)}⟦${q.text.slice(0, 60)}⟧`,
      );
    }
  }
  console.log(`dev: ${totals((k) => `${k} ${count[k]} (right ${right[k]})`)}`);
}
