/**
 * miss77: how many quotes have a label's shape, before any change is scored (docs/notes/miss77.md §1).
 *
 *   L  a paragraph that opens with one word — capitalised, all capitals, or a handle (".@KamalaHarris") — then a colon and
 *      the quote's opening mark ("WARREN: “Have you resigned?”", "Stumpf: “…”", ".@KamalaHarris: “…”");
 *   N  the same with two to four capitalised words (a full name's label: "Richard Corcoran: “…”", read since speak44).
 *
 *   npx tsx bench/miss77-shapes.ts /tmp/x/pages.json [--lib /tmp/x/lib]   # dev (speak69-devpair's cache): count, right under the lib
 *   npx tsx bench/miss77-shapes.ts --source duc [--lib /tmp/x/lib] [--base /tmp/y/lib]  # an outside source (speakers-data's pagesOf):
 *                                                     # count, the answers; with --base, the changed attributions as speakers-arms.ts
 */
import { countShapes } from './shape-count.ts';

/** The paragraph's text before a quote's opening mark. */
function lead(t: string, start: number): string {
  let s = start;
  while (s > 0 && /["“‘']/.test(t[s - 1]!)) s--;
  return t.slice(t.lastIndexOf('\n', s - 1) + 1, s);
}
export function shapeOf(t: string, start: number): 'L' | 'N' | null {
  const b = lead(t, start).trim();
  if (/^\.?@\w+:$/u.test(b) || /^\p{Lu}[\p{L}'’-]*:$/u.test(b)) return 'L';
  if (/^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*:$/u.test(b)) return 'N';
  return null;
}

await countShapes(['L', 'N'] as const, shapeOf, lead);
