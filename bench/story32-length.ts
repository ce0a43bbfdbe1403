/**
 * Is a short text's low probability its length? (docs/notes/steps32.md §3; issue 8: a 96-word brief beside longer
 * reports stands at p 0.11–0.35 on Multi-News dev.) A controlled change: each read article q is cut to its first
 * sentences (≥ --words N words, default 96, whole sentences, title and dateline kept) and put in the corpus in place of
 * the full text; then q-cut reads the corpus (the brief reading the longer reports) and each of q's partners reads it
 * (the longer reports reading the brief). The same pairs read with the full texts are the baseline. Counted: the
 * model's probability (findRelated's `score`) and acceptance (≥ STORY_MODEL.threshold, the window aside) of each gold
 * pair, both directions, full vs cut; the model's inputs' means, full vs cut, for the pairs (which evidence moves).
 *
 *   npx tsx bench/story32-length.ts [--set wcl|ecb] [--words 96] [--story-model=FILE]
 *
 * Dev splits only: NewsWCL50 even events (beside the project's sets and the zyte pages), ECB+ odd topics (fit-story's
 * first draw). Nothing of the texts is printed.
 */
import './story-model.ts';
import { existsSync } from 'node:fs';
import { MemoryIndex } from '../lib/engine/memory-index.ts';
import { STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { findRelated, storyInputs, type StoryCandidate } from '../lib/engine/story.ts';
import { ingestFile } from '../lib/ingest/index.ts';
import type { Article } from '../lib/types.ts';
import { loadSet, loadZyte, ZYTE_DIR } from '../tests/data/engine/fixtures.ts';
import { drawStories, loadEcbPlus } from './data/ecbplus.ts';
import { loadNewsWcl } from './data/newswcl.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const SET = arg('--set') ?? 'wcl';
const WORDS = Number(arg('--words') ?? 96);

const zyte = ZYTE_DIR && existsSync(ZYTE_DIR) ? loadZyte() : [];
const project = [...(await loadSet('seeds')), ...(await loadSet('harbor')), ...(await loadSet('distractors'))];
let read: Article[] = [];
const groupOf = new Map<string, string>();
if (SET === 'wcl') {
  const wcl = loadNewsWcl()?.filter((d) => d.event % 2 === 0) ?? [];
  read = wcl.map((d) => d.article);
  for (const d of wcl) groupOf.set(d.article.id, `wcl-${d.event}`);
} else {
  const picked = drawStories(loadEcbPlus() ?? [], 3, 1).filter((d) => d.topic % 2 === 1);
  read = picked.map((d) => d.article);
  for (const d of picked) groupOf.set(d.article.id, d.story);
}
if (read.length === 0) {
  console.log(`story32-length: ${SET} absent`);
  process.exit(0);
}
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** q cut to its first sentences, at least WORDS words of body text (whole sentences); same id, title, outlet, date. */
function cut(a: Article): Article {
  const sentences = a.text.match(/[^.!?]+[.!?]+["”’)]*\s*|[^.!?]+$/g) ?? [a.text];
  let body = '';
  for (const s of sentences) {
    if (words(body) >= WORDS) break;
    body += s;
  }
  const md = ['---', `title: ${JSON.stringify(a.title)}`, a.outlet ? `outlet: ${JSON.stringify(a.outlet)}` : null, a.date ? `date: ${JSON.stringify(a.date)}` : null, '---', body.trim()]
    .filter((x) => x !== null)
    .join('\n');
  const b = ingestFile({ name: `${a.id}.md`, content: md + '\n' }).articles[0]!;
  return { ...b, id: a.id };
}

const fullWords = read.map((a) => words(a.text)).sort((x, y) => x - y);
console.log(`${SET}: ${read.length} read articles, body words median ${fullWords[fullWords.length >> 1]} (min ${fullWords[0]}, max ${fullWords[fullWords.length - 1]}); cut to ≥ ${WORDS} words`);

const rest = [...project, ...zyte];
const partnersOf = (a: Article) => read.filter((b) => b !== a && groupOf.get(b.id) === groupOf.get(a.id));
const INPUTS = ['docScore', 'z', 'lead', 'names', 'figures', 'title', 'ratio', 'back'];
interface Side {
  n: number;
  acc: number;
  p: number[];
  x: number[];
}
const side = (): Side => ({ n: 0, acc: 0, p: [], x: INPUTS.map(() => 0) });
const tally = { fullFrom: side(), cutFrom: side(), fullTo: side(), cutTo: side() };
const add = (s: Side, c: StoryCandidate | undefined) => {
  s.n++;
  const p = c?.score ?? 0;
  s.p.push(p);
  if (p >= STORY_MODEL.threshold) s.acc++;
  if (c) storyInputs(c).forEach((v, k) => (s.x[k]! += v));
};
const scoreOf = async (q: Article, index: MemoryIndex) => new Map((await findRelated(q, index, { storyOnly: false })).candidates.map((c) => [c.article.id, c]));

// Baseline: every read article reads the corpus of full texts.
const fullIndex = new MemoryIndex([...read, ...rest]);
const full = new Map<string, Map<string, StoryCandidate>>();
for (const q of read) full.set(q.id, await scoreOf(q, fullIndex));

let cutWords = 0;
for (const q of read) {
  const partners = partnersOf(q);
  if (partners.length === 0) continue;
  const qc = cut(q);
  cutWords += words(qc.text);
  const index = new MemoryIndex([...read.map((a) => (a === q ? qc : a)), ...rest]);
  const from = await scoreOf(qc, index);
  for (const b of partners) {
    add(tally.fullFrom, full.get(q.id)!.get(b.id));
    add(tally.cutFrom, from.get(b.id));
    add(tally.fullTo, full.get(b.id)!.get(q.id));
    add(tally.cutTo, (await scoreOf(b, index)).get(q.id));
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
console.log(`cut texts: mean ${(cutWords / read.length).toFixed(0)} body words`);
console.log('| direction | text of q | pairs | model accepts (p ≥ threshold) | median p | mean inputs (' + INPUTS.join(', ') + ') |');
console.log('|---|---|---|---|---|---|');
for (const [name, s] of Object.entries(tally)) {
  const dir = name.endsWith('From') ? 'q reads (brief → reports)' : 'partner reads q (report → brief)';
  console.log(`| ${dir} | ${name.startsWith('full') ? 'full' : 'cut'} | ${s.n} | ${s.acc} (${(s.acc / s.n).toFixed(3)}) | ${med(s.p).toFixed(3)} | ${s.x.map((v) => (v / s.n).toFixed(3)).join(' ')} |`);
}
