/**
 * A screenshot of a left-out card whose sentence some outlets tell but for a part (card15), as the
 * side panel draws it, in real Chromium: the plague story (tests/data/engine/plague, real coverage by
 * four outlets), each article read in turn against the others; the first card whose outlets split
 * into "lack only the marked part" and "lack the whole sentence", with the card ranked above it.
 *   npx tsx bench/leftout-card-shot.tsx [OUT.png]   (default docs/screenshots/leftout-card.png)
 * Rendered with the side panel's own component and style sheets into a page 400 px wide. Skips with
 * a printed reason when Chromium is absent.
 */
import { LeftOutSection } from '../components/sidebar/Sections';
import { compareArticle, MemoryIndex } from '../lib/engine/index';
import { buildView, leftOutHint } from '../lib/sidebar/view';
import { loadSet } from '../tests/data/engine/fixtures';
import { inertCallbacks, needChromium, shootSection } from './section-shot';

const out = process.argv[2] ?? 'docs/screenshots/leftout-card.png';
needChromium();
const articles = await loadSet('plague');
let found: { view: ReturnType<typeof buildView>; n: number } | null = null;
for (const a of articles) {
  const view = buildView(await compareArticle(a, new MemoryIndex(articles.filter((b) => b !== a))));
  const n = view.leftOut.findIndex((c) => (c.wholeFrom?.length ?? 0) > 0);
  if (n >= 0 && (!found || n < found.n)) found = { view, n };
}
if (!found) {
  console.log('no left-out card with outlets lacking only a part and others lacking it all');
  process.exit(0);
}
const { view, n } = found;
const shown = view.leftOut.slice(Math.max(0, n - 1), n + 1);

await shootSection(<LeftOutSection items={shown} cb={inertCallbacks} />, out, 200);
console.log(`${view.outlet}: left-out card ${n + 1} of ${view.leftOut.length}: ${view.leftOut[n]!.text}\n  ${leftOutHint(view.leftOut[n]!)} → ${out}`);
