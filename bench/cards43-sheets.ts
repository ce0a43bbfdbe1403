/**
 * cards43: the labelled left-out cards of every dev card sheet (audit30 Multi-News dev 16, the cards40/41/42 held
 * sheets — Multi-News held walk 17..52, now dev — and audit29 GVC dev 15), found in today's report at any rank, with
 * the inputs of bench/cards43-third.ts per card (mean over the articles lacking the whole sentence): does any of them
 * put a right card above a wrong one within a reading more often than the shipped p(s, cont)?
 * (docs/notes/cards43.md.) Prints counts and ids only.
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/cards43-sheets.ts
 */
import { readFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { contained, partlyTold, reportTellings, reportWords, toldWithWords } from '../lib/engine/rank.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import type { Article, LeftOutFact, Report } from '../lib/types.ts';
import { fnv } from './audit-cards.ts';
import { mnReadings } from './audit30-cards.ts';
import { gvcReadings } from './audit29-cards.ts';

const spans = (x?: Array<{ start: number; end: number }>) => (x ?? []).map((s) => `${s.start}-${s.end}`).join(',');
const hashOf = (f: LeftOutFact) => fnv(`L|${f.text}|${[...f.missingFrom].sort().join(',')}|${(f.partly ?? []).map((p) => `${p.id}:${spans(p.novel)}`).join(';')}`);

/** story → hash → mark, of a sheet keyed by story (held sheets) or by "story:L:rank" (audit sheets). */
function labels(file: string): Map<string, { mark: string; cause: string }> {
  const out = new Map<string, { mark: string; cause: string }>();
  for (const l of readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
    const x = l.split('\t');
    const [story, section] = x[0]!.split(':');
    if (section && section !== 'L') continue;
    out.set(`${story}|${x[1]}`, { mark: x[2]!, cause: x[3] ?? '' });
  }
  return out;
}

interface Card { sheet: string; story: string; rank: number; mark: string; cause: string; cur: number; third: number; mutual: number; specificAll: number }
const cards: Card[] = [];
const distractors = [...(await loadSet('seeds')), ...loadZyte()];
const sheets: Array<{ name: string; file: string; readings: Array<{ story: string; read: Article; own: Article[] }> }> = [
  { name: 'MN dev (audit30)', file: 'bench/data/audit30-cards.tsv', readings: mnReadings(16, 'dev') },
  { name: 'cards40 held', file: 'bench/data/cards40-held.tsv', readings: mnReadings(28, 'held').slice(16) },
  { name: 'cards41 held', file: 'bench/data/cards41-held.tsv', readings: mnReadings(40, 'held').slice(28) },
  { name: 'cards42 held', file: 'bench/data/cards42-held.tsv', readings: mnReadings(52, 'held').slice(40) },
  { name: 'GVC dev (audit29)', file: 'bench/data/audit29-cards.tsv', readings: gvcReadings(15).map((r) => ({ story: r.incident, read: r.read, own: r.own })) },
];

/** Per card, the mean over the articles lacking the whole sentence of each input's "told" reading. */
function inputs(r: Report, l: LeftOutFact, words: (id: string) => ReadonlySet<string>) {
  const partly = partlyTold(l);
  const tellings = reportTellings(r).get(l.i) ?? [];
  const whole = l.missingFrom.filter((o) => !partly.has(o));
  const mean = (f: (o: string) => number) => (whole.length ? whole.reduce((t, o) => t + f(o), 0) / whole.length : 0);
  const s = (o: string) => l.closest?.find((c) => c.id === o)?.s ?? 0;
  return {
    cur: mean((o) => toldWithWords(s(o), contained(l.text, words(o)))),
    third: mean((o) => toldWithWords(s(o), Math.max(contained(l.text, words(o)), ...tellings.filter((t) => t.id !== o).map((t) => contained(t.text, words(o)))))),
    mutual: mean((o) => {
      const near = l.closest?.find((c) => c.id === o);
      const w = near ? r.related.find((p) => p.id === o)?.units.find((v) => v.i === near.i) : undefined;
      return w && !w.matches.length && r.added.some((ad) => ad.sources.some((src) => src.id === o && src.i === near!.i) && ad.closest?.i === l.i) ? 1 : 0;
    }),
  };
}

for (const sh of sheets) {
  const lab = labels(sh.file);
  for (const rd of sh.readings) {
    const r = await compareArticle(rd.read, new MemoryIndex([...rd.own.slice(1), ...distractors]));
    const words = reportWords(r);
    for (const l of r.leftOut) {
      const got = lab.get(`${rd.story}|${hashOf(l)}`);
      if (!got) continue;
      const x = inputs(r, l, words);
      cards.push({ sheet: sh.name, story: rd.story, rank: l.rank ?? 0, mark: got.mark, cause: got.cause, ...x, specificAll: 0 });
    }
  }
  const mine = cards.filter((c) => c.sheet === sh.name);
  console.log(`${sh.name}: ${mine.length} labelled left-out cards found (R ${mine.filter((c) => c.mark === 'R').length}, P ${mine.filter((c) => c.mark === 'P').length}, W ${mine.filter((c) => c.mark === 'W').length})`);
}

/** Within one story: how often a card with a better mark has the lower "told" reading (ties half). */
function within(xs: Card[], f: (c: Card) => number, good: (c: Card) => boolean, bad: (c: Card) => boolean): string {
  let t = 0, n = 0;
  const by = new Map<string, Card[]>();
  for (const c of xs) by.set(`${c.sheet}|${c.story}`, [...(by.get(`${c.sheet}|${c.story}`) ?? []), c]);
  for (const g of by.values())
    for (const p of g.filter(good))
      for (const q of g.filter(bad)) {
        n++;
        t += f(p) < f(q) ? 1 : f(p) === f(q) ? 0.5 : 0;
      }
  return `${n ? (t / n).toFixed(3) : '—'} (${n})`;
}
const R = (c: Card) => c.mark === 'R', W = (c: Card) => c.mark === 'W', RP = (c: Card) => c.mark !== 'W', WR = (c: Card) => c.mark === 'W' && c.cause === 'reword';
const variants: Array<[string, (c: Card) => number]> = [
  ['p(s, cont) shipped', (c) => c.cur],
  ['p(s, max(cont, third))', (c) => c.third],
  ['mutual share', (c) => c.mutual],
  ['p(s, cont), mutual first', (c) => c.mutual + c.cur],
];
for (const group of [['all sheets', cards], ['Multi-News (dev + held 17..52)', cards.filter((c) => !c.sheet.startsWith('GVC'))], ['GVC dev', cards.filter((c) => c.sheet.startsWith('GVC'))]] as Array<[string, Card[]]>) {
  console.log(`\n${group[0]}: within one reading, the better card reads less "told" — R vs W / R+P vs W / R vs W reword`);
  for (const [name, f] of variants) console.log(`  ${name}: ${within(group[1], f, R, W)} / ${within(group[1], f, RP, W)} / ${within(group[1], f, R, WR)}`);
}
