/**
 * marks62: why a marked card's marks are wrong (issue 8; docs/notes/marks62.md). Dev data only, never a held set.
 *
 *   npx tsx bench/marks62-why.ts                     # audit62's three events: every mark of a marked top-5 card
 *   npx tsx bench/marks62-why.ts --show              # also the texts (mark, card, the other's best sentence): /tmp only
 *   ZYTE_HTML_DIR=… npx tsx bench/marks62-why.ts --pac /tmp/pac-main.json
 *                                                    # + PAC train's marked added cards of a cards60-pac.ts --dump, with
 *                                                    #   the sheets' verdicts (cards60-pac.tsv, audit62-pac.tsv)
 *   npx tsx bench/marks62-why.ts --tally             # + the 17 dev sets (audit62-marked.ts): marks of top-5 cards by code
 *
 * The events (audit62-shots.ts): BASIL dev basil-hunter, NewsWCL50 dev pompeo, meth (Zyte bodies), each read with its
 * SECOND article as the page against the other two (tests/data/engine/report-against.ts). For every mark, per outlet said
 * to lack only that part, the code that made it: a run of names the other never writes ("name run", novelDetails: two or
 * more such runs), a measure it never gives ("measure"), a clause none of whose content stems it uses ("novel clause",
 * novelClauses) — all three read against the WHOLE other article — or a clause whose best similarity to ANY sentence
 * there stays under the strong floor ("untold clause", untoldClauses). `best/floor` is that similarity over the floor
 * (no actor test). Why the telling was not seen: a label from reading the texts (WHY, PAC_WHY below).
 */
import { readFileSync } from 'node:fs';
import { loadBasilSet } from '../tests/data/engine/basil-sets.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import { reportAgainst } from '../tests/data/engine/report-against.ts';
import { methArticles } from '../tests/data/engine/fixtures.ts';
import { entityRuns, foldedText, isMeasure, novelClauses, novelDetails, undot } from '../lib/engine/report.ts';
import { REPORT_ALIGN, floorsFor, sentenceUnit, unitSimilarity, weigh } from '../lib/engine/align.ts';
import { featuresOf, reportFeatures, unitFeatures } from '../lib/engine/features.ts';
import { unitIdf, weighAll } from '../lib/engine/story.ts';
import { quantities } from '../lib/nlp/index.ts';
import { TOP_CARDS } from '../lib/sidebar/view.ts';
import type { Article, NovelSpan, Report } from '../lib/types.ts';
import { pacReadings } from './cards60-pac.ts';
import { labels, type Dumped } from './cards59-wns.ts';
import { optionValue } from './args.ts';
import { markedSets } from './audit62-marked.ts';

const argv = process.argv.slice(2);
const SHOW = argv.includes('--show');

/** audit62's verdict (§3) and why the other article's telling was not seen, read from the texts (marks62). */
const WHY: Record<string, { verdict: string; why: string }> = {
  'hunter:A:1': { verdict: 'P', why: 'paraphrase under the floor: the page\'s 2nd sentence ("converting more than $250,000") is the best one found' },
  'hunter:L:1': { verdict: 'P', why: 'under-marked: the rabbit is no name, measure or clause of its own (marks right as far as they go)' },
  'hunter:L:2': { verdict: 'W', why: 'named otherwise: "R-Calif." for "Republican", "prosecutors" / "U.S. Attorney\'s Office" for "Justice Department"' },
  'pompeo:A:2': { verdict: 'W', why: 'long clause told as a whole: the tweet\'s first four sentences are one predication, told because it names the meeting' },
  'pompeo:L:1': { verdict: 'W', why: 'synonyms under the floor: "five locations for the potential summit" is the best one found ("sites", "meeting")' },
  'pompeo:L:2': { verdict: 'R', why: 'right' },
  'pompeo:L:4': { verdict: 'R', why: 'right' },
  'meth:A:2': { verdict: 'P', why: 'short words: "TV" and "ad" have no content stem, "ads" is not "ad"; "digital" vs "media"' },
  'meth:L:1': { verdict: 'W', why: 'paraphrase with no word shared ("top Twitter trends", "So I think that\'s working")' },
};

/** Why PAC train's W marked added cards (cards60's sheet) were marked, from the texts and the sheet's notes. */
const PAC_WHY: Record<string, string> = {
  '883c6cce': 'paraphrase under the floor (the page quotes the ruling on federal power)',
  eb3f5a35: 'attribution of 7 words ("according to sources familiar with the matter"; isAttribution stops at 6)',
  e1abf605: 'paraphrase under the floor ("financial backer and donor")',
  '2115dfba': 'paraphrase under the floor',
  '256fd43c': 'paraphrase under the floor',
  '0c70f0d9': 'paraphrase with no word shared (the same expert quoted in other words)',
  '7b936d28': 'paraphrase under the floor',
  f4a5dd8c: 'paraphrase under the floor',
  '0c444ae0': 'paraphrase under the floor',
  '6587e3c1': 'told above the floor, vetoed by the actor test (facts49; CLAUSE_ACTORS off: the card leaves Added)',
  '9d21b62a': 'splitter scrap ("and the obscure television show on", cut before "which")',
};

const EVENTS: Array<[string, () => Article[] | null]> = [
  ['hunter', () => loadBasilSet('basil-hunter')],
  ['pompeo', () => loadNewsWclSet('pompeo')],
  ['meth', methArticles],
];

/** Which code made a mark (`part` of the sentence `unit`, against the article `other`). */
function mechanism(part: string, unit: string, other: Article): string {
  const o = foldedText(other);
  const details = novelDetails(unit, o);
  const within = (d: string) => part.toLowerCase().includes(d.toLowerCase());
  if (quantities(unit).some((q) => isMeasure(q, unit) && details.includes(q.text) && within(q.text))) return 'measure';
  if (novelClauses(unit, o).some((c) => c === part || within(c) || c.includes(part))) return 'novel clause';
  if (entityRuns(undot(unit)).some((r) => details.includes(r.join(' ')) && within(r.join(' ')))) return 'name run';
  return 'untold clause';
}

/** The clause check's view of a part: best similarity to any sentence of `other` over the strong floor, and that sentence. */
function clauseScore(part: string, own: Article, other: Article, all: Article[]): { ratio: number; at: string } {
  const feats = all.map((a) => reportFeatures(a, featuresOf(a)));
  const idf = unitIdf(feats);
  const wB = weighAll(feats[all.indexOf(other)]!, idf);
  const wA = weighAll(feats[all.indexOf(own)]!, idf);
  const { floor } = floorsFor(REPORT_ALIGN, wA.length * wB.length);
  const w = weigh(unitFeatures(sentenceUnit(part)), idf.words, idf.grams);
  let best = 0;
  let at = '';
  for (const b of wB) {
    const s = unitSimilarity(w, b, REPORT_ALIGN.wordBonus);
    if (s > best) (best = s), (at = b.f.unit.text);
  }
  return { ratio: best / floor, at };
}

const cut = (text: string, spans: readonly NovelSpan[]) => spans.map((s) => text.slice(s.start, s.end));

/** Every mark of the marked Added / Left-out top-5 cards of a report: card key, the article it is read against, the part. */
function marks(r: Report, page: Article, byId: Map<string, Article>): Array<{ key: string; card: string; own: Article; other: Article; part: string }> {
  const out: Array<{ key: string; card: string; own: Article; other: Article; part: string }> = [];
  r.added.slice(0, TOP_CARDS).forEach((c, k) => {
    for (const part of c.novel?.length ? cut(c.text, c.novel) : []) out.push({ key: `A:${k + 1}`, card: c.text, own: byId.get(c.sources[0]!.id)!, other: page, part });
  });
  r.leftOut.slice(0, TOP_CARDS).forEach((c, k) => {
    for (const p of c.partly ?? []) for (const part of cut(c.text, p.novel)) out.push({ key: `L:${k + 1}`, card: c.text, own: page, other: byId.get(p.id)!, part });
  });
  return out;
}

const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const table = (title: string, m: Map<string, number>) => console.log(`${title}: ${[...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);

console.log('== audit62 events (dev): every mark of a marked top-5 card');
const byWhy = new Map<string, number>();
const devKind = new Map<string, number>();
for (const [name, load] of EVENTS) {
  const articles = load();
  if (!articles) {
    console.log(`${name}: skipped (texts not on this machine)`);
    continue;
  }
  const page = articles[1]!;
  const r = reportAgainst(page, articles.filter((a) => a !== page));
  const seen = new Set<string>();
  const codes = new Map<string, Set<string>>();
  for (const m of marks(r, page, new Map(articles.map((a) => [a.id, a])))) {
    const key = `${name}:${m.key}`;
    const s = clauseScore(m.part, m.own, m.other, articles);
    const w = WHY[key] ?? { verdict: '?', why: '(not judged)' };
    const code = mechanism(m.part, m.card, m.other);
    codes.set(key, (codes.get(key) ?? new Set<string>()).add(code));
    console.log(`${key.padEnd(11)} ${w.verdict} vs ${(m.other.outlet ?? m.other.id).padEnd(9)} ${code.padEnd(13)} best/floor ${s.ratio.toFixed(2)}${SHOW ? `  «${m.part}»\n      best there: ${s.at}` : ''}`);
    if (!seen.has(key)) (seen.add(key), w.verdict !== 'R' && count(byWhy, w.why.replace(/[:(].*/, '').trim()));
  }
  for (const [key, c] of codes) count(devKind, `${c.has('name run') || c.has('measure') ? 'a name or measure marked' : 'clause marks only'} ${WHY[key]?.verdict ?? '?'}`);
  // A P card whose marks are right but too few has nothing to print above.
  for (const key of Object.keys(WHY).filter((k) => k.startsWith(`${name}:`) && !seen.has(k))) console.log(`${key.padEnd(11)} ${WHY[key]!.verdict} (no mark printed: ${WHY[key]!.why})`), WHY[key]!.verdict !== 'R' && count(byWhy, WHY[key]!.why.replace(/[:(].*/, '').trim());
}
table('wrong / partly wrong cards by why', byWhy);
table('cards by kind × verdict', devKind);

const PAC = optionValue('--pac', argv);
if (PAC) {
  console.log('\n== PAC train (cards60 readings, main dump): marked added top-5 cards, verdict from the sheets');
  const label = new Map([...labels('bench/data/cards60-pac.tsv'), ...labels('bench/data/audit62-pac.tsv')]);
  const readings = new Map(pacReadings().map((e) => [e.event, e.own]));
  const byCode = new Map<string, number>();
  const byPacWhy = new Map<string, number>();
  const byKind = new Map<string, number>();
  for (const d of JSON.parse(readFileSync(PAC, 'utf8')) as Dumped[]) {
    const own = readings.get(d.event);
    if (!own) continue;
    for (const c of d.cards.filter((x) => x.section === 'A' && x.marked.length)) {
      const [id, i] = c.told[0]!.split('#');
      const src = own.find((a) => a.id === id)!;
      const unit = src.units[Number(i)]!.text;
      const verdict = label.get(`${d.event}|${c.hash}`)?.mark ?? '?';
      const codes = new Set<string>();
      for (const p of c.marked) {
        const part = p.replace(/ \.$/, '');
        const code = mechanism(part, unit, own[0]!);
        const s = clauseScore(part, src, own[0]!, own);
        codes.add(code);
        console.log(`${d.event}:A:${c.rank} ${c.hash} ${verdict} ${code.padEnd(13)} best/floor ${s.ratio.toFixed(2)}${SHOW ? `  «${part}»\n      best there: ${s.at}` : ''}`);
      }
      for (const code of codes) count(byCode, `${code} ${verdict}`);
      count(byKind, `${codes.has('name run') || codes.has('measure') ? 'a name or measure marked' : 'clause marks only'} ${verdict}`);
      if (verdict === 'W') count(byPacWhy, (PAC_WHY[c.hash] ?? '(no label)').replace(/[:(].*/, '').trim());
    }
  }
  table('cards by code × verdict', byCode);
  table('W cards by why', byPacWhy);
  table('cards by kind × verdict', byKind);
}

if (argv.includes('--tally')) {
  console.log('\n== 17 dev sets (audit62-marked.ts readings): marks on top-5 cards by the code that made them');
  const byCode = new Map<string, number>();
  const byCard = new Map<string, number>();
  for await (const { articles } of markedSets(true)) {
    for (const page of articles) {
      const r = reportAgainst(page, articles.filter((a) => a !== page));
      const cards = new Map<string, Set<string>>();
      for (const m of marks(r, page, new Map(articles.map((a) => [a.id, a])))) {
        const code = mechanism(m.part, m.card, m.other);
        count(byCode, `${m.key[0]} ${code}`);
        cards.set(m.key, (cards.get(m.key) ?? new Set<string>()).add(code));
      }
      for (const [key, c] of cards) count(byCard, `${key[0]} ${c.has('name run') || c.has('measure') ? 'a name or measure marked' : 'clause marks only'}`);
    }
  }
  table('marks (A added / L left out)', byCode);
  table('marked top-5 cards (A / L)', byCard);
}
