/**
 * cards59: a blind card audit on WikinewsSum (bench/data/wikinewssum.ts): English Wikinews articles of 2004–05 each
 * cite several outlets' pages about one event; no card audit had read them (docs/notes/cards59.md). Nothing of the
 * text is committed: the sheet keys a card by event and hash (audit-cards.ts `cardsOf`), notes in the judge's words.
 *
 *   npx tsx bench/cards59-wns.ts --plan                    # the events the rule reads (ids, half, counts; no text)
 *   ZYTE_HTML_DIR=… npx tsx bench/cards59-wns.ts --dump=/tmp/x.json   # this tree's top-5 cards of every section (text: /tmp)
 *   npx tsx bench/cards59-wns.ts --sheet A.json [B.json]   # the union of the dumps per event, by hash, every card as
 *                                                          # a neutral claim ("told by … / said not told by …": the
 *                                                          # page is one article among the others, no section or
 *                                                          # rank shown), with every article's text (/tmp only)
 *   npx tsx bench/cards59-wns.ts --sheet A.json B.json --unlabelled [--half=dev|held]   # only cards with no label yet
 *   npx tsx bench/cards59-wns.ts --score A.json [B.json…] [--half=dev|held] [--sheet=F]
 *                                                          # strict / lenient per section against the labels
 *
 * The rule (written before any card was printed): group the loader's English sources by the Wikinews entry citing
 * them (file order; a source cited by two entries stays with the first, as the loader keeps it once); an event is read
 * when its sources come from ≥ 3 outlets (distinct hosts). Event id: FNV-1a of the entry's title (8 hex); **dev** = its last hex digit even, held =
 * odd. One reading per event: its first source (file order) is the page; the corpus holds the event's other sources
 * plus the seeds and the zyte pages as distractors (audit29/30's setting); the report is `compareArticle`. The sources
 * carry no publication date (the archive's capture time is a crawl time, weeks after the event for some), so every
 * article is undated, as Multi-News's are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import type { Article } from '../lib/types.ts';
import { cardsOf, fnv } from './audit-cards.ts';
import { tallyMarks } from './cards40-held.ts';
import { mirrorFile } from './data/mirror.ts';
import { loadWikinewsSum, WIKINEWSSUM_COMMIT, WIKINEWSSUM_GIT } from './data/wikinewssum.ts';

export const MIN_SOURCES = 3;
const SHEET = 'bench/data/cards59-wns.tsv';

export interface WnsEvent { event: string; half: string; own: Article[] }

/** The loader's English sources grouped by the Wikinews entry citing them, events with ≥ `min` outlets, file order. */
export function wnsEvents(min = MIN_SOURCES): WnsEvent[] {
  const docs = loadWikinewsSum();
  if (!docs) return [];
  const byUrl = new Map(docs.map((d) => [d.url, d]));
  const taken = new Set<string>();
  const out: WnsEvent[] = [];
  for (const line of mirrorFile(WIKINEWSSUM_GIT, 'cleaned_endataset.json', WIKINEWSSUM_COMMIT).toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const e = JSON.parse(line) as { title?: string; sources?: Array<{ url?: string }> };
    const own: Article[] = [];
    for (const s of e.sources ?? []) {
      const d = s.url ? byUrl.get(s.url) : undefined;
      if (!d || taken.has(d.url)) continue;
      taken.add(d.url);
      own.push(d.article);
    }
    const event = fnv(e.title ?? '');
    if (new Set(own.map((a) => a.outlet)).size >= min) out.push({ event, half: parseInt(event.slice(-1), 16) % 2 === 0 ? 'dev' : 'held', own });
  }
  return out;
}

export interface DumpCard { hash: string; section: 'A' | 'L' | 'S'; rank: number; text: string; told: string[]; notTold: string[]; marked: string[]; count?: string }
export interface Dumped { event: string; half: string; articles: Array<{ id: string; outlet: string; units: Array<{ i: number; text: string; fact?: boolean }> }>; cards: DumpCard[] }

const cut = (text: string, spans?: Array<{ start: number; end: number }>) => (spans ?? []).map((s) => text.slice(s.start, s.end));

/** Each event's reading as the protocol reads it: its first source the page, the corpus its other sources plus the seeds and the zyte pages. */
export async function* readings(events: WnsEvent[]): AsyncGenerator<{ ev: WnsEvent; r: Awaited<ReturnType<typeof compareArticle>> }> {
  const distractors = [...(await loadSet('seeds')), ...loadZyte()];
  for (const ev of events) yield { ev, r: await compareArticle(ev.own[0]!, new MemoryIndex([...ev.own.slice(1), ...distractors])) };
}

export async function dump(file: string, events: WnsEvent[]): Promise<void> {
  const out: Dumped[] = [];
  for await (const { ev, r } of readings(events)) {
    const keys = cardsOf(ev.event, r);
    const hash = (s: string, k: number) => keys.find((c) => c.key === `${ev.event}:${s}:${k + 1}`)!.hash;
    const page = r.article.id;
    const cards: DumpCard[] = [
      ...r.added.slice(0, 5).map((f, k) => ({ hash: hash('A', k), section: 'A' as const, rank: k + 1, text: f.text, told: f.sources.map((s) => `${s.id}#${s.i}`), notTold: [page], marked: cut(f.text, f.novel) })),
      ...r.leftOut.slice(0, 5).map((f, k) => ({
        hash: hash('L', k),
        section: 'L' as const,
        rank: k + 1,
        text: f.text,
        told: [`${page}#${f.i}`],
        notTold: f.missingFrom.map((id) => {
          const p = f.partly?.find((x) => x.id === id);
          return p ? `${id} (only «${cut(f.text, p.novel).join(' … ')}»)` : id;
        }),
        marked: [],
      })),
      ...r.shared.slice(0, 5).map((f, k) => ({ hash: hash('S', k), section: 'S' as const, rank: k + 1, text: f.text, told: [`${page}#${f.i}`, ...f.sources.map((s) => `${s.id}#${s.i}${s.told ? ' (differently)' : ''}`)], notTold: [], marked: [], count: `in ${f.count} of ${f.total}` })),
    ];
    const arts = [r.article, ...r.related].map((a) => ({ id: a.id, outlet: a.outlet ?? '?', units: a.units.map((u) => ({ i: u.i, text: u.text, fact: u.fact })) }));
    const unrelated = ev.own.slice(1).filter((a) => !r.related.some((x) => x.id === a.id));
    for (const a of unrelated) arts.push({ id: a.id, outlet: `${a.outlet ?? '?'} (not related by the engine)`, units: a.units.map((u) => ({ i: u.i, text: u.text, fact: undefined })) });
    out.push({ event: ev.event, half: ev.half, articles: arts.sort((x, y) => (x.id < y.id ? -1 : 1)), cards });
  }
  writeFileSync(file, JSON.stringify(out));
  console.log(`${out.length} readings, ${out.reduce((t, d) => t + d.cards.length, 0)} cards`);
}

/** Labels of a sheet by event|hash (mark, cause). */
export function labels(sheetFile: string): Map<string, { mark: string; cause: string }> {
  const rows = readFileSync(sheetFile, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  return new Map(rows.map((x) => [`${x[0]}|${x[1]}`, { mark: x[2]!, cause: x[3] ?? '' }]));
}

/** The union of the dumps' cards per event, by hash (with `unlabelled`, only those the sheet has no label for). */
export function sheet(files: string[], half?: string, unlabelled?: string): void {
  const dumps = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Dumped[]);
  const known = unlabelled ? labels(unlabelled) : new Map();
  for (const d of dumps[0]!) {
    if (half && d.half !== half) continue;
    const all = new Map<string, DumpCard>();
    for (const x of dumps) for (const c of x.find((y) => y.event === d.event)?.cards ?? []) if (!known.has(`${d.event}|${c.hash}`)) all.set(c.hash, c);
    if (!all.size) continue;
    console.log(`\n==================== ${d.event} (${d.half})`);
    for (const a of d.articles) {
      console.log(`-- ${a.id} ${a.outlet}`);
      for (const u of a.units) console.log(`   [${u.i}]${u.fact === false ? '(nf)' : ''} ${u.text}`);
    }
    console.log(`-- CLAIMS TO JUDGE (${all.size}, by hash)`);
    for (const c of [...all.values()].sort((x, y) => (x.hash < y.hash ? -1 : 1))) {
      const mark = c.marked.length ? ` (new only: «${c.marked.join(' … ')}»)` : '';
      console.log(`  ${d.event}\t${c.hash}\t${c.text}${mark}\n      told by ${c.told.join(', ')}${c.count ? ` [${c.count}]` : ''}${c.notTold.length ? `; said not told by ${c.notTold.join(', ')}` : ''}`);
    }
  }
}

export function score(files: string[], sheetFile: string, half?: string): void {
  const label = labels(sheetFile);
  for (const f of files) {
    const dumpd = (JSON.parse(readFileSync(f, 'utf8')) as Dumped[]).filter((d) => !half || d.half === half);
    console.log(`${f}${half ? ` (${half})` : ''}: ${dumpd.length} readings`);
    for (const [sec, name] of [['A', 'added'], ['L', 'left out'], ['S', 'shared']] as const) {
      const t = tallyMarks(dumpd.flatMap((d) => d.cards.filter((x) => x.section === sec).map((c) => `${d.event}|${c.hash}`)), label);
      if (!t.all) {
        console.log(`  ${name}: none judged${t.missing.length ? ` (${t.missing.length} unlabelled)` : ''}`);
        continue;
      }
      console.log(`  ${name}: ${t.line}`);
      console.log(`    ${t.causeLine}`);
      if (t.missing.length) console.log(`    unlabelled: ${t.missing.length} — ${t.missing.join(' ')}`);
    }
  }
}

if (process.argv[1]?.endsWith('cards59-wns.ts')) {
  const argv = process.argv.slice(2);
  const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
  const files = argv.filter((a) => a.endsWith('.json'));
  const events = wnsEvents();
  if (!events.length) console.log(`WikinewsSum skipped: mirror or commit absent (${WIKINEWSSUM_GIT}; fetch github:airKlizz/WikinewsSum)`);
  else if (argv.includes('--plan')) for (const e of events) console.log(`${e.event} ${e.half}: ${e.own.map((a) => `${a.id} ${a.outlet} (${a.units.length})`).join(', ')}`);
  else if (opt('dump')) {
    if (!process.env.ZYTE_HTML_DIR) throw new Error('set ZYTE_HTML_DIR: the zyte pages are the distractors of the protocol');
    await dump(opt('dump')!, events.filter((e) => !opt('half') || e.half === opt('half')));
  } else if (argv.includes('--sheet')) sheet(files, opt('half'), argv.includes('--unlabelled') ? SHEET : undefined);
  else if (argv.includes('--score')) score(files, opt('sheet') ?? SHEET, opt('half'));
}
