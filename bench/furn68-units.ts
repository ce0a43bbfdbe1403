/**
 * furn68: page furniture among the report's fact units, labelled blind, and each furniture test's recall and precision on
 * it (docs/notes/furn68.md). Two parts: (a) every top-5 Added / Left-out card of a card-sheet dump (bench/cards63-cards.ts
 * --dump: the dev sheets' readings), as the card shows it; (b) a seeded random sample (seed 68) of the story stage's fact
 * units (`featuresOf` … `fact`, English, before the report's furniture tests) of dev pages: the zyte pages' dev half
 * (even-numbered files), GVC's dev split, the BASIL dev sets, NewsWCL50's dev sets. Texts go to /tmp only (research-use
 * sources); the committed sheet bench/data/furn68-units.tsv keys a unit by its id and a hash of its text.
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/furn68-units.ts --sample --dump=MAIN.json   # /tmp/furn68/units.{json,txt}: id, text only
 *   npx tsx bench/furn68-units.ts --score [--show]                            # recall / precision of each test on the sheet
 *   ZYTE_HTML_DIR=… npx tsx bench/furn68-units.ts --taken[=date|url] [--dump=MAIN.json]  # every unit of the dev sources a new
 *                                                                           # test (or a candidate) takes
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { featuresOf, isBareAttribution, isCaption, isPhotoCaption, isPromotion, pageFurnitureForm, photoCaptionForm } from '../lib/engine/features.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import { loadBasilSet } from '../tests/data/engine/basil-sets.ts';
import { gvcArticles, gvcItems, gvcSplitOf } from './data/gvc.ts';
import { multiNewsArticles, multiNewsStories } from './data/multinews.ts';
import { MN_PER_STORY } from './conflicts-data.ts';
import { isDev } from './audit30-cards.ts';
import type { Article } from '../lib/types.ts';
import type { Dumped } from './cards59-wns.ts';
import { prng, shuffleInPlace } from '../tests/hostile/harness.ts';

const argv = process.argv.slice(2);
const arg = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const OUT = '/tmp/furn68';
const SHEET = 'bench/data/furn68-units.tsv';
const hash = (t: string) => createHash('sha1').update(t).digest('hex').slice(0, 8);

/** A seeded shuffle (mulberry32), the same on every machine. */
const shuffle = <T>(xs: T[], seed: number): T[] => shuffleInPlace([...xs], prng(seed));

const BASIL_DEV = ['basil-hunter', 'basil-buzzfeed', 'basil-putin', 'basil-wikileaks', 'basil-muellerreport', 'basil-lieberman', 'basil-hr1', 'basil-schiff'];
const WCL_DEV = ['dnc', 'ukvisit', 'pompeo', 'caravan'];

/** The dev pages of part (b), per source. */
function devSources(): Array<{ name: string; arts: Article[] }> {
  const zyte = loadZyte().filter((_, k) => k % 2 === 0);
  const gvc = gvcItems();
  return [
    { name: 'zyte', arts: zyte },
    { name: 'gvc', arts: gvc ? gvcArticles(gvc.filter((it) => gvcSplitOf(it.incident) === 'dev')).map((d) => d.article) : [] },
    { name: 'basil', arts: BASIL_DEV.flatMap((s) => loadBasilSet(s) ?? []) },
    { name: 'wcl', arts: WCL_DEV.flatMap((s) => loadNewsWclSet(s) ?? []) },
  ];
}

const factUnits = (arts: Article[]) =>
  arts.filter((a) => a.language === 'en').flatMap((a) => featuresOf(a).filter((f) => f.fact).map((f) => ({ id: `${a.id}#${f.unit.p}.${f.unit.i}`, text: f.unit.text })));

interface Item { id: string; part: 'a' | 'b'; source: string; text: string }

/** The furniture tests measured: the report's existing ones, and this stop's. */
const TESTS: Array<[string, (t: string) => boolean]> = [
  ['isCaption', isCaption],
  ['isPhotoCaption', isPhotoCaption],
  ['isPromotion', isPromotion],
  ['pageFurnitureForm plug / credits box', (t) => ['plug', 'credits box'].includes(pageFurnitureForm(t) ?? '')],
  ['isBareAttribution', isBareAttribution],
];
/** This stop's forms of `pageFurnitureForm` (absent on main: the sheet was written and scored without them first). */
const NEW_FORMS = ['player', 'credit line'];
const newTest = (t: string) => NEW_FORMS.includes(pageFurnitureForm(t) ?? '') || NO_WEEKDAY_ON_DATE(t) || URL_ONLY(t);
for (const f of NEW_FORMS) TESTS.push([`pageFurnitureForm ${f} (furn68)`, (t) => pageFurnitureForm(t) === f]);
/**
 * This stop's two caption forms (`photoCaptionForm`): AP's "on" caption form with the weekday left out (Getty / Reuters
 * style: "… in New York on September 20, 2019."), and a unit that is only a web address. Measured as candidates on main's
 * lib first (the "on date" form with a weekday put in; the address by this regex), then moved into lib.
 */
const URL_ONLY = (t: string) => /^(?:https?:\/\/|www\.)\S+$/.test(t.trim());
const NO_WEEKDAY_ON_DATE = (t: string) => photoCaptionForm(t) === 'on date' && !/(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? \S+ \d{1,2},? \d{4}\W*(?:\([^()]*\)\W*)*$/.test(t.trim());
const CANDIDATES: Record<string, (t: string) => boolean> = { new: newTest, date: NO_WEEKDAY_ON_DATE, url: URL_ONLY };
TESTS[1] = ['isPhotoCaption (main\'s forms)', (t) => isPhotoCaption(t) && !NO_WEEKDAY_ON_DATE(t) && !URL_ONLY(t)];
TESTS.push(['photoCaptionForm on date, no weekday (furn68)', NO_WEEKDAY_ON_DATE], ['photoCaptionForm link: a web address (furn68)', URL_ONLY]);

if (argv.includes('--sample')) {
  mkdirSync(OUT, { recursive: true });
  const items: Item[] = [];
  const dumpFile = arg('dump');
  if (dumpFile) {
    const dumped = JSON.parse(readFileSync(dumpFile, 'utf8')) as Dumped[];
    for (const d of dumped) for (const c of d.cards) if (c.section !== 'S') items.push({ id: `${d.half}|${d.event}|${c.hash}`, part: 'a', source: d.half, text: c.text });
  }
  const per: Record<string, number> = { zyte: 100, gvc: 100, basil: 60, wcl: 60 };
  for (const s of devSources()) for (const u of shuffle(factUnits(s.arts), 68).slice(0, per[s.name])) items.push({ id: u.id, part: 'b', source: s.name, text: u.text });
  // One line per distinct text (a card told by two readings is labelled once), shown in a seeded order, text only.
  const seen = new Set<string>();
  const uniq = items.filter((it) => !seen.has(hash(it.text)) && seen.add(hash(it.text)));
  writeFileSync(`${OUT}/units.json`, JSON.stringify(uniq));
  const order = shuffle(uniq, 6868);
  writeFileSync(`${OUT}/units.txt`, order.map((it) => `${hash(it.text)}\t${it.text.replace(/\s+/g, ' ')}`).join('\n') + '\n');
  console.log(`${uniq.length} units (${uniq.filter((i) => i.part === 'a').length} card texts, ${uniq.filter((i) => i.part === 'b').length} sampled) → ${OUT}/units.txt`);
}

if (argv.includes('--score')) {
  const items = JSON.parse(readFileSync(`${OUT}/units.json`, 'utf8')) as Item[];
  const label = new Map(readFileSync(SHEET, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).map((x) => [x[0]!, x[1]!]));
  const show = argv.includes('--show');
  for (const part of ['a', 'b', 'ab']) {
    const its = items.filter((i) => part.includes(i.part) && label.has(hash(i.text)));
    const furn = its.filter((i) => label.get(hash(i.text)) === 'F');
    console.log(`part ${part}: ${its.length} labelled units, ${furn.length} furniture`);
    for (const [name, test] of TESTS) {
      const taken = its.filter((i) => test(i.text));
      const tp = taken.filter((i) => label.get(hash(i.text)) === 'F').length;
      console.log(`  ${name}: takes ${taken.length}, furniture ${tp} — precision ${taken.length ? (tp / taken.length).toFixed(3) : '–'}, recall ${furn.length ? (tp / furn.length).toFixed(3) : '–'}`);
    }
    const any = (t: string) => TESTS.some(([, f]) => f(t));
    const main = (t: string) => TESTS.slice(0, 5).some(([, f]) => f(t));
    for (const [name, f] of [["main's tests", main], ['with this stop\'s', any]] as const) {
      const taken = its.filter((i) => f(i.text));
      console.log(`  all ${name}: take ${taken.length}, furniture ${taken.filter((i) => label.get(hash(i.text)) === 'F').length} of ${furn.length}`);
    }
    if (show && part === 'ab') for (const i of furn.filter((x) => !any(x.text))) console.log(`  missed [${i.source}] ${hash(i.text)} ${i.text.replace(/\s+/g, ' ').slice(0, 220)}`);
    if (show && part === 'ab') for (const i of its.filter((x) => any(x.text) && label.get(hash(x.text)) !== 'F')) console.log(`  taken, not furniture [${i.source}] ${hash(i.text)} ${i.text.replace(/\s+/g, ' ').slice(0, 220)}`);
  }
}

if (argv.some((a) => a.startsWith('--taken'))) {
  const which = arg('taken') ?? 'new';
  const names = which.split(',');
  const test = (t: string) => names.some((n) => CANDIDATES[n]!(t));
  const form = (t: string) => names.filter((n) => CANDIDATES[n]!(t)).join('+') + (pageFurnitureForm(t) ? `:${pageFurnitureForm(t)}` : '');
  // Every fact unit of the dev sources (and the facts dev sets' articles, the dump's readings) the new test takes.
  const lines: string[] = [];
  const add = (name: string, us: Array<{ id: string; text: string }>) => {
    const t = us.filter((u) => test(u.text));
    // Taken already by the report's other tests (the credit lines of `isBareAttribution`, say): no change there.
    const before = (x: string) => TESTS.slice(0, 5).some(([, f]) => f(x));
    console.log(`${name}: ${us.length} fact units, taken ${t.length}, of which not taken before ${t.filter((u) => !before(u.text)).length}`);
    for (const u of t) lines.push(`${name}\t${form(u.text)}\t${u.id}\t${hash(u.text)}\t${u.text.replace(/\s+/g, ' ')}`);
  };
  for (const s of devSources()) add(s.name, factUnits(s.arts));
  for (const s of ['seeds', 'harbor', 'doobie', 'plague', 'meth'] as const) add(s, factUnits(await loadSet(s)));
  const mn = multiNewsStories();
  if (mn) add('multinews dev half', factUnits(mn.filter((s) => isDev(s.id)).flatMap((s) => multiNewsArticles(s, MN_PER_STORY))));
  const dumpFile = arg('dump');
  if (dumpFile) {
    const dumped = JSON.parse(readFileSync(dumpFile, 'utf8')) as Dumped[];
    add('card readings', dumped.flatMap((d) => d.articles.flatMap((a) => a.units.filter((u) => u.fact).map((u) => ({ id: `${d.half}|${a.id}#${u.i}`, text: u.text })))));
  }
  writeFileSync(`${OUT}/taken-${which}.txt`, lines.join('\n') + '\n');
  console.log(`→ ${OUT}/taken-${which}.txt`);
}
