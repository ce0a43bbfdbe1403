/**
 * speak76: how many quotes have the fronted saying verb's shapes, before any change is scored (docs/notes/speak76.md §1).
 *
 *   A  a sentence that opens with a capitalised saying verb, then a capitalised word, and a comma or colon right before the quote
 *      ("Said Jolie recently, “…”", "Added Hale: “…”", "Says Seeff: “…”");
 *   B  a capitalised word, then one lower-case word that no saying list holds, then a comma or colon right before the quote
 *      ("Folkman reasoned, “…”"), the sentence opening with that capitalised run.
 *
 *   npx tsx bench/speak76-shapes.ts /tmp/x/pages.json [--lib /tmp/x/lib]   # dev (speak69-devpair's cache): count, right under the lib
 *   npx tsx bench/speak76-shapes.ts --source duc [--lib /tmp/x/lib] [--base /tmp/y/lib]  # an outside source (speakers-data's pagesOf):
 *                                                     # count, the answers; with --base, the changed attributions as speakers-arms.ts
 */
import { readFileSync } from 'node:fs';
import { extractQuotes as own } from '../lib/quotes/extract.ts';
import { MORE_SPEECH_VERBS, NAMING_VERBS, SPEECH_VERBS } from '../lib/quotes/lexicon.ts';
import type { Article } from '../lib/types.ts';
import { printQuoteChanges } from './quote-changes.ts';
import { isRight, pagesOf, quoteAt, SAMPLES, type Judged, type Source } from './speakers-data.ts';

const args = process.argv.slice(2);
const libAt = args.indexOf('--lib');
const { extractQuotes } = libAt >= 0 ? ((await import(`${args[libAt + 1]!}/quotes/extract.ts`)) as { extractQuotes: typeof own }) : { extractQuotes: own };
const saying = new Set([...SPEECH_VERBS, ...MORE_SPEECH_VERBS]);

/** The sentence part before a quote's opening mark: from the paragraph's start or the last stop, the mark dropped. */
function before(t: string, start: number): string {
  let s = start;
  while (s > 0 && /["“‘'\s]/.test(t[s - 1]!)) s--;
  const para = t.lastIndexOf('\n', s - 1) + 1;
  const part = t.slice(para, s);
  const stop = Math.max(...[...part.matchAll(/[.!?]["”’]?\s+(?=["“]?\p{Lu})|[”"]\s*/gu)].map((m) => m.index! + m[0].length), 0);
  return part.slice(stop);
}
export function shapeOf(t: string, start: number): 'A' | 'B' | null {
  const b = before(t, start);
  if (!/[,:]\s*$/.test(b)) return null;
  const a = b.match(/^["“]?(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}|one |an? |the )/u);
  if (a && saying.has(a[1]!.toLowerCase())) return 'A';
  const v = b.match(/^(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}'’-]+\s+(\p{Ll}+)[,:]\s*$/u);
  if (v && !saying.has(v[1]!) && !NAMING_VERBS.has(v[1]!)) return 'B';
  return null;
}

const count = { A: 0, B: 0 };
const right = { A: 0, B: 0 };
const srcAt = args.indexOf('--source');
if (srcAt >= 0) {
  const src = args[srcAt + 1]! as Source;
  // With --base LIB, also every changed attribution against that lib (bench/speakers-arms.ts's lines), from the same load.
  const baseAt = args.indexOf('--base');
  const base = baseAt >= 0 ? ((await import(`${args[baseAt + 1]!}/quotes/extract.ts`)) as { extractQuotes: typeof own }).extractQuotes : null;
  let pages = 0, changed = 0;
  for (const p of pagesOf(src) ?? []) {
    pages++;
    const t = p.article.text;
    const qs = extractQuotes(p.article).filter((x) => x.kind === 'direct');
    for (const q of qs) {
      const s = shapeOf(t, q.start);
      if (!s) continue;
      count[s]++;
      console.log(`${s} ${p.page} ${q.start} ${JSON.stringify(q.speaker)} | ${before(t, q.start).slice(-120)}⟦${q.text.slice(0, 60)}⟧`);
    }
    if (!base) continue;
    const a = base(p.article).filter((q) => q.kind === 'direct');
    if (printQuoteChanges(p.page, t, a, qs)) changed++;
  }
  console.log(`${src}: ${pages} pages, A ${count.A}, B ${count.B}${base ? `, ${changed} pages changed` : ''}`);
} else {
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
      console.log(`${s} ${ok ? 'right' : 'WRONG'} ${name} ${j.page} got ${JSON.stringify(q.speaker)} judged ${JSON.stringify(j.speaker)} | ${before(a.text, q.start).slice(-120)}⟦${q.text.slice(0, 60)}⟧`);
    }
  }
  console.log(`dev: A ${count.A} (right ${right.A}), B ${count.B} (right ${right.B})`);
}
