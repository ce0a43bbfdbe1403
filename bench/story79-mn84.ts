/**
 * story79: why mn84's Guardian story is not related to CNN's page (audit78 §2, §8) — the panel's corpus (audit78's four
 * events' imported articles and the seeds, as cards59 `readings`), findRelated's evidence per candidate of the page's
 * event, the model's logit terms, and the story path's relations (compare.ts relatedStory, through compareArticle).
 *
 *   ZYTE_HTML_DIR= npx tsx bench/story79-mn84.ts
 */
import { loadSet } from '../tests/data/engine/fixtures.ts';
import { LOADERS } from './audit78-shots.ts';
import { compareArticle, findRelated, MemoryIndex } from '../lib/engine/index.ts';
import { storyInputs } from '../lib/engine/story.ts';
import { STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { featuresOf } from '../lib/engine/features.ts';

const evs = ['mn84', 'mn89', 'gvc24'].map((n) => ({ n, a: LOADERS[n]!()! }));
const page = evs[0]!.a[1]!;
const imported = evs.flatMap((e) => e.a.filter((_, k) => k !== 1));
const seeds = await loadSet('seeds');
const corpus = new MemoryIndex([...imported, ...seeds]);
const own = new Set(evs[0]!.a.map((a) => a.id));
console.log(`page ${page.id} ${page.text.length} chars ${featuresOf(page).filter((f) => f.fact).length} facts; corpus ${imported.length + seeds.length}`);
const { candidates } = await findRelated(page, corpus);
const names = ['docScore', 'z', 'lead', 'names', 'figures', 'title', 'ratio', 'back'];
for (const c of candidates.slice(0, 8)) {
  const x = storyInputs(c);
  const terms = x.map((v, k) => `${names[k]}=${v.toFixed(3)}(${(v * STORY_MODEL.weights[k]!).toFixed(2)})`).join(' ');
  console.log(`${own.has(c.article.id) ? '*' : ' '} ${c.article.id.slice(0, 24)} len=${c.article.text.length} facts=${featuresOf(c.article).filter((f) => f.fact).length} p=${c.score.toFixed(3)} rel=${c.related} matched ${c.matchedHere}/${c.matchedThere} ${terms}`);
}
console.log(`bias ${STORY_MODEL.bias.toFixed(2)} threshold ${STORY_MODEL.threshold}`);
const r = await compareArticle(page, corpus);
console.log('related by the story path:', r.related.map((a) => a.id.slice(0, 24)).join(', '));

// The Guardian's side: which of its fact units the alignment matched (strong edges), in order, and each side's prominent share.
if (process.argv.includes('--units')) {
  const { align, DEFAULT_ALIGN } = await import('../lib/engine/align.ts');
  const g = evs[0]!.a.find((a) => a.id === 'mn-765fcae0-4')!;
  for (const a of [page, g]) console.log(a.id, featuresOf(a).filter((f) => f.fact).map((f, k) => `${k}:${f.unit.text.slice(0, 70)}`).join('\n  '));
  void align; void DEFAULT_ALIGN;
}

// The other two directions: from the Guardian and from AP (closure's bridge needs an article of the story related to it both ways).
for (const id of ['mn-765fcae0-4', 'mn-765fcae0-1']) {
  const a = evs[0]!.a.find((x) => x.id === id)!;
  const idx = new MemoryIndex([page, ...imported.filter((x) => x.id !== id), ...seeds]);
  const { candidates: cs } = await findRelated(a, idx);
  console.log(`from ${id}: ${cs.slice(0, 3).map((c) => `${c.article.id.slice(0, 16)} p=${c.score.toFixed(3)} lead=${c.lead.toFixed(3)} z=${c.z.toFixed(2)} ${c.matchedHere}/${c.matchedThere}`).join('; ')}`);
}

// The same corpus with every mn84 article dated (the Guardian one day after CNN and AP, as the rally and the Sunday
// interviews were): Multi-News keeps no dates, and closure reads only dated near misses.
{
  const dated = (a: (typeof imported)[number], d: string) => ({ ...a, date: d });
  const d = (a: (typeof imported)[number]) => (own.has(a.id) ? dated(a, a.id.endsWith('-4') ? '2015-10-05' : '2015-10-04') : a);
  const r2 = await compareArticle(d(page), new MemoryIndex([...imported.map(d), ...seeds]));
  console.log('dated: related by the story path:', r2.related.map((a) => a.id.slice(0, 24)).join(', '));
}
