/**
 * cards60: a fresh blind A/B of the added section on PAC's train split (bench/data/pac.ts: AllSides stories of 2012–2021,
 * each told by a left and a right outlet, full articles; no card audit had read them — docs/notes/cards60.md). Nothing
 * of the text is committed: the sheet keys a card by reading and hash (audit-cards.ts `cardsOf`), notes in my words.
 * The dump, the blind sheet and the score are cards59-wns.ts's.
 *
 *   npx tsx bench/cards60-pac.ts --plan                         # the readings the rule picks (ids only, no text)
 *   ZYTE_HTML_DIR=… npx tsx bench/cards60-pac.ts --dump=/tmp/x.json   # this tree's top-5 cards of every section
 *   npx tsx bench/cards60-pac.ts --sheet A.json B.json [--unlabelled]  # the union of the dumps' ADDED cards per reading,
 *                                                                # by hash, arm and section not shown (text: /tmp only)
 *   npx tsx bench/cards60-pac.ts --score A.json [B.json…]       # strict / lenient per section against the labels
 *
 * The rule (written before any card was printed): the train split's stories (PAC dev / test are held for story
 * matching: never read) in the order of FNV-1a of the story id, the first STORIES of them; each story's two articles are
 * each read as the page against the other (two readings per story), the corpus being the other article plus the seeds
 * and the zyte pages as distractors (audit29/30's and cards59's setting), the report `compareArticle`. A reading's key
 * is the page's id.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fnv } from './audit-cards.ts';
import { dump, score, sheet, type Dumped, type WnsEvent } from './cards59-wns.ts';
import { loadPac } from './data/pac.ts';

export const STORIES = 20;
const SHEET = 'bench/data/cards60-pac.tsv';

/** The readings of the rule: the first `n` train stories by FNV-1a of their id, each article read against the other. */
export function pacReadings(n = STORIES): WnsEvent[] {
  const docs = loadPac(['train']);
  if (!docs) return [];
  const byStory = new Map<string, typeof docs>();
  for (const d of docs) byStory.set(d.story, [...(byStory.get(d.story) ?? []), d]);
  const stories = [...byStory.keys()].sort((a, b) => (fnv(a) < fnv(b) ? -1 : fnv(a) > fnv(b) ? 1 : 0)).slice(0, n);
  return stories.flatMap((s) => {
    const own = byStory.get(s)!.map((d) => d.article);
    return own.map((page) => ({ event: page.id, half: 'fresh', own: [page, ...own.filter((a) => a !== page)] }));
  });
}

/** The dumps with only their added cards (the sheet judges the added section only). */
function addedOnly(files: string[]): string[] {
  return files.map((f, k) => {
    const d = (JSON.parse(readFileSync(f, 'utf8')) as Dumped[]).map((x) => ({ ...x, cards: x.cards.filter((c) => c.section === 'A') }));
    const out = `${process.env.TMPDIR ?? '/tmp'}/cards60-added-${k}.json`;
    writeFileSync(out, JSON.stringify(d));
    return out;
  });
}

if (process.argv[1]?.endsWith('cards60-pac.ts')) {
  const argv = process.argv.slice(2);
  const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
  const files = argv.filter((a) => a.endsWith('.json'));
  const readings = pacReadings(Number(opt('n') ?? STORIES));
  if (!readings.length) console.log('PAC skipped: mirror absent (fetch github:launchnlp/Partisan-Event-Dataset)');
  else if (argv.includes('--plan')) for (const r of readings) console.log(`${r.event}: ${r.own.map((a) => `${a.id} ${a.outlet} (${a.units.length})`).join(', ')}`);
  else if (opt('dump')) {
    if (!process.env.ZYTE_HTML_DIR) throw new Error('set ZYTE_HTML_DIR: the zyte pages are the distractors of the protocol');
    await dump(opt('dump')!, readings);
  } else if (argv.includes('--sheet')) sheet(addedOnly(files), undefined, argv.includes('--unlabelled') ? SHEET : undefined);
  else if (argv.includes('--score')) score(files, opt('sheet') ?? SHEET);
}
