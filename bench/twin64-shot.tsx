/**
 * twin64: the twin lines as the side panel draws them, in real Chromium (bench/section-shot.ts): one dev reading
 * (`--set` of audit62-marked.ts MARKED_SETS, `--page` the article read), its first Added card whose sentence a Shared
 * card shows beside a sentence of this article, its first Left-out card with an outlet both under its Shared twin and
 * counted as leaving it out, and those Shared cards (opened). Dev sets only; the shot goes to /tmp (BASIL and NewsWCL50
 * texts are not redistributable).
 *
 *   npx tsx bench/twin64-shot.tsx --set basil-putin --page c1_basil-putin_huffpost [--out /tmp/twin64/putin.png]
 */
import { h } from 'preact';
import { AddedSection, LeftOutSection, SharedSection } from '../components/sidebar/Sections';
import { buildView } from '../lib/sidebar/view';
import { reportAgainst } from '../tests/data/engine/report-against';
import { MARKED_SETS } from './audit62-marked';
import { optionValue } from './args';
import { inertCallbacks as cb, needChromium, shootSection } from './section-shot';

needChromium();
const name = optionValue('--set') ?? 'basil-putin';
const pageId = optionValue('--page') ?? 'c1_basil-putin_huffpost';
const out = optionValue('--out') ?? `/tmp/twin64/${name}.png`;
const articles = await MARKED_SETS.find((s) => s.name === name)!.load();
const page = articles?.find((a) => a.id === pageId);
if (!articles || !page) throw new Error(`${name} / ${pageId}: not on this machine`);
const view = buildView(reportAgainst(page, articles.filter((a) => a !== page)));
const added = view.added.filter((x) => x.nearHere).slice(0, 1);
const left = view.leftOut.filter((x) => x.nearFrom).slice(0, 1);
const shared = view.shared.filter((x) => x.alsoAdded || x.missing?.near).filter((x) => x.i === left[0]?.i || x.alsoAdded?.length).slice(0, 2);
await shootSection(
  h('div', null, h(AddedSection, { items: added, cb }), h(LeftOutSection, { items: left, cb }), h(SharedSection, { items: shared, cb })),
  out,
  900,
  'details.px-details',
);
console.log(`${name} read as ${pageId}: ${added.length} Added, ${left.length} Left-out, ${shared.length} Shared cards → ${out}`);
