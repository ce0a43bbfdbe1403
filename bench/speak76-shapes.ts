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
import { MORE_SPEECH_VERBS, NAMING_VERBS, SPEECH_VERBS } from '../lib/quotes/lexicon.ts';
import { countShapes } from './shape-count.ts';

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

await countShapes(['A', 'B'] as const, shapeOf, before);
