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
 *   npx tsx bench/cards60-pac.ts --cont A.json [B.json…]        # cont (rank.ts \`contained\`: the share of the card's
 *                                                                # content stems anywhere on the page) of every judged
 *                                                                # unmarked added card by verdict, and how well it puts
 *                                                                # W-reword cards above R ones (pairwise, all / same reading);
 *                                                                # the verdicts of marked added cards
 *   npx tsx bench/cards60-pac.ts --speakers A.json              # each judged "fragment" added card: the speaker the
 *                                                                # source article's quotes (lib/quotes, at ingestion) give
 *                                                                # its sentence, with the verdict and my note
 *
 * The rule (written before any card was printed): the train split's stories (PAC dev / test are held for story
 * matching: never read) in the order of FNV-1a of the story id, the first STORIES of them; each story's two articles are
 * each read as the page against the other (two readings per story), the corpus being the other article plus the seeds
 * and the zyte pages as distractors (audit29/30's and cards59's setting), the report `compareArticle`. A reading's key
 * is the page's id.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { contained } from '../lib/engine/rank.ts';
import { stems } from '../lib/nlp/index.ts';
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

/** The share of (W reword, R) pairs in which the W card's cont is the higher (ties half), over `pairs`. */
function ordered(pairs: Array<[number, number]>): string {
  const t = pairs.reduce((a, [w, r]) => a + (w > r ? 1 : w === r ? 0.5 : 0), 0);
  return `${(t / pairs.length).toFixed(3)} of ${pairs.length} pairs`;
}

/** cont of each judged unmarked added card of the dumps (each card once), by verdict; the W-reword / R separation. */
function contByVerdict(files: string[], sheetFile: string): void {
  const label = new Map(readFileSync(sheetFile, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).map((x) => [`${x[0]}|${x[1]}`, `${x[2]} ${x[3] ?? ''}`.trim()]));
  const rows: Array<{ event: string; cont: number; verdict: string }> = [];
  const seen = new Set<string>();
  const marked: Record<string, number> = {};
  for (const f of files)
    for (const d of JSON.parse(readFileSync(f, 'utf8')) as Dumped[]) {
      for (const c of d.cards) {
        const key = `${d.event}|${c.hash}`;
        if (c.section !== 'A' || seen.has(key) || !label.has(key)) continue;
        seen.add(key);
        if (c.marked.length) {
          const m = label.get(key)!.slice(0, 1);
          marked[m] = (marked[m] ?? 0) + 1;
          continue;
        }
        // An added card's one "not told by" is the page.
        const words = new Set((d.articles.find((a) => a.id === c.notTold[0])?.units ?? []).flatMap((u) => stems(u.text)));
        rows.push({ event: d.event, cont: contained(c.text, words), verdict: label.get(key)! });
      }
    }
  console.log(`  marked added cards (cont not read): R ${marked.R ?? 0}, P ${marked.P ?? 0}, W ${marked.W ?? 0}`);
  const verdicts = [...new Set(rows.map((r) => r.verdict))].sort();
  for (const v of verdicts) {
    const xs = rows.filter((r) => r.verdict === v).map((r) => r.cont).sort((a, b) => a - b);
    console.log(`  ${v.padEnd(12)} n ${String(xs.length).padStart(3)}  cont median ${xs[xs.length >> 1]!.toFixed(2)}  range ${xs[0]!.toFixed(2)}–${xs[xs.length - 1]!.toFixed(2)}`);
  }
  const w = rows.filter((r) => r.verdict === 'W reword'), r = rows.filter((x) => x.verdict === 'R');
  console.log(`  W reword above R: all pairs ${ordered(w.flatMap((a) => r.map((b) => [a.cont, b.cont] as [number, number])))}; same reading ${ordered(w.flatMap((a) => r.filter((b) => b.event === a.event).map((b) => [a.cont, b.cont] as [number, number])))}`);
}

/** The speaker lib/quotes gives each judged fragment card's sentence in its source article (direct quotes only). */
function fragmentSpeakers(file: string, readings: WnsEvent[], sheetFile: string): void {
  const label = new Map(readFileSync(sheetFile, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).map((x) => [`${x[0]}|${x[1]}`, x]));
  const byId = new Map(readings.flatMap((r) => r.own).map((a) => [a.id, a]));
  for (const d of JSON.parse(readFileSync(file, 'utf8')) as Dumped[])
    for (const c of d.cards) {
      const l = label.get(`${d.event}|${c.hash}`);
      if (c.section !== 'A' || l?.[3] !== 'fragment') continue;
      const [id, i] = c.told[0]!.split('#');
      const q = (byId.get(id!)?.quotes ?? []).filter((x) => x.kind === 'direct' && x.units.includes(Number(i)));
      console.log(`  ${d.event} ${c.hash} ${l[2]} — ${q.length ? q.map((x) => x.speaker ?? '(no speaker)').join(', ') : '(no direct quote)'} — ${l[4] ?? ''}`);
    }
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
  else if (argv.includes('--cont')) contByVerdict(files, opt('sheet') ?? SHEET);
  else if (argv.includes('--speakers')) fragmentSpeakers(files[0]!, readings, opt('sheet') ?? SHEET);
}
