/**
 * shared35: a "how sure" per outlet of a Shared card (docs/notes/shared35.md).
 *
 *   npx tsx bench/shared35-pairs.ts --text          Multi-News dev (audit30's 16 readings): the top-5 Shared cards'
 *                                                    listed pairs to judge, blind (texts only; keep them out of the repo)
 *   npx tsx bench/shared35-pairs.ts --fit           fit p(s) on ECB+ dev outlets (count30's labels), read it on GVC
 *                                                    (count30's labels) and Multi-News dev (bench/data/shared35-pairs.tsv)
 *
 * The pairs and their evidence are count30's (`pairsOf`: the report's own matrix as compare.ts builds it).
 * An outlet of a card is right when any of its listed sentences tells the card's fact (count30's convention).
 */
import { existsSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { allPairs, labels, pairsOf, type Pair } from './count30-pairs.ts';
import { rankReport } from '../lib/engine/rank.ts';
import type { Report } from '../lib/types.ts';
import { mnReadings } from './audit30-cards.ts';
import { MULTINEWS_GIT } from './data/multinews.ts';
import { fitLogistic } from './logistic.ts';

const isMain = process.argv[1]?.endsWith('shared35-pairs.ts');
const argv = isMain ? process.argv.slice(2) : [];
const SHEET = 'bench/data/shared35-pairs.tsv';

/**
 * The same report with every Shared source's s dropped, re-ranked: the order of care alone (main cedddd7's, on which
 * the labels were drawn: count30's and this stop's first sheet are keyed by that rank).
 */
export function careAlone(r: Report): Report {
  return rankReport({ ...r, shared: [...r.shared].sort((x, y) => x.i - y.i).map((f) => ({ ...f, sources: f.sources.map(({ s: _s, ...rest }) => rest) })) });
}

async function mnPairs(n = 16): Promise<Pair[]> {
  if (!existsSync(MULTINEWS_GIT)) return [];
  const distractors = [...(await loadSet('seeds')), ...loadZyte()];
  const out: Pair[] = [];
  for (const rd of mnReadings(n, 'dev')) {
    const corpus = [...rd.own.slice(1), ...distractors];
    const r = await compareArticle(rd.read, new MemoryIndex(corpus));
    out.push(...pairsOf('mn', rd.story, rd.read, corpus, careAlone(r)));
  }
  return out;
}

if (argv.includes('--text')) {
  let last = '';
  for (const p of await mnPairs()) {
    const card = p.key.split('|')[0]!;
    if (card !== last) console.log(`\n${card} [${p.count}/${p.total}] HERE: ${p.here}`);
    last = card;
    console.log(`   ${p.key.split('|')[1]} ${p.hash}: ${p.there}`);
  }
  process.exit(0);
}

/** One outlet of one card: its best listed similarity and whether any listed sentence tells the fact. */
export interface Outlet { src: Pair['src']; card: string; outlet: string; s: number; y: boolean }

export function outletsOf(pairs: Array<Pair & { y: boolean }>): Outlet[] {
  const m = new Map<string, Outlet>();
  for (const p of pairs) {
    const card = p.key.split('|')[0]!;
    const k = `${card}|${p.outletKey}`;
    const o = m.get(k);
    if (!o) m.set(k, { src: p.src, card, outlet: p.outletKey, s: p.s, y: p.y });
    else (o.s = Math.max(o.s, p.s), (o.y ||= p.y));
  }
  return [...m.values()];
}

const sig = (z: number) => 1 / (1 + Math.exp(-z));

if (argv.includes('--fit')) {
  const lab = new Map([...labels(), ...labels(SHEET)]);
  const listed = [...(await allPairs(['ecb', 'gvc'], careAlone)), ...(await mnPairs())];
  const pairs = listed.flatMap((p) => {
    const l = lab.get(`${p.key}|${p.hash}`);
    return l ? [{ ...p, y: l.label === 'y' }] : [];
  });
  const f3 = (x: number) => x.toFixed(3);
  for (const src of ['ecb', 'gvc', 'mn'] as const) {
    const n = listed.filter((p) => p.src === src).length;
    const k = pairs.filter((p) => p.src === src).length;
    console.log(`${src}: ${n} listings, ${k} labelled${n > k ? ` (${n - k} without a label: the card changed since)` : ''}`);
  }
  const outlets = outletsOf(pairs);
  const fit = outlets.filter((o) => o.src === 'ecb');
  const { weights, bias } = fitLogistic(fit.map((o) => [o.s]), fit.map((o) => o.y));
  const a = bias;
  const b = weights[0]!;
  const p = (s: number) => sig(a + b * s);
  const sCut = -a / b;
  console.log(`p(s) = logistic(${f3(a)} + ${f3(b)}·s), fitted on ${fit.length} ECB+ outlets (${fit.filter((o) => o.y).length} right); p = 1/2 at s = ${f3(sCut)}`);
  for (const src of ['ecb', 'gvc', 'mn'] as const) {
    const os = outlets.filter((o) => o.src === src);
    if (!os.length) continue;
    const ll = os.reduce((t, o) => t + Math.log(o.y ? p(o.s) : 1 - p(o.s)), 0);
    const base = os.filter((o) => o.y).length / os.length;
    const ll0 = os.reduce((t, o) => t + Math.log(o.y ? base : 1 - base), 0);
    console.log(`\n${src}${src === 'ecb' ? ' (fit)' : ' (not fitted on)'}: ${os.length} outlets, ${os.filter((o) => !o.y).length} wrong; log-lik ${ll.toFixed(1)} vs its own base rate ${ll0.toFixed(1)}`);
    const bands = [0, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 1.01];
    for (let k = 0; k + 1 < bands.length; k++) {
      const inb = os.filter((o) => o.s >= bands[k]! && o.s < bands[k + 1]!);
      if (!inb.length) continue;
      const mean = inb.reduce((t, o) => t + p(o.s), 0) / inb.length;
      console.log(`  s in [${bands[k]!.toFixed(2)}, ${Math.min(1, bands[k + 1]!).toFixed(2)}): ${inb.length} outlets, right ${inb.filter((o) => o.y).length} (${(inb.filter((o) => o.y).length / inb.length).toFixed(2)}), mean p ${mean.toFixed(2)}`);
    }
    // The display rule: sure when p ≥ 1/2; the count counts this outlet and the sure ones.
    const cards = new Map<string, Outlet[]>();
    for (const o of os) cards.set(o.card, [...(cards.get(o.card) ?? []), o]);
    let over0 = 0, over1 = 0, exact0 = 0, exact1 = 0, maybeRight = 0, maybeWrong = 0, noSure = 0;
    for (const c of cards.values()) {
      const sure = c.filter((o) => p(o.s) >= 0.5);
      const right = c.filter((o) => o.y).length;
      if (c.some((o) => !o.y)) over0++;
      if (sure.some((o) => !o.y)) over1++;
      if (right === c.length) exact0++;
      if (sure.length === right && sure.every((o) => o.y)) exact1++;
      if (!sure.length) noSure++;
      for (const o of c) if (p(o.s) < 0.5) o.y ? maybeRight++ : maybeWrong++;
    }
    console.log(`  ${cards.size} cards: count overstates ${over0} → ${over1}; count exact ${exact0} → ${exact1}; cards left with no sure outlet ${noSure}`);
    console.log(`  outlets moved to "maybe": ${maybeRight + maybeWrong} (${maybeWrong} wrong, ${maybeRight} right)`);
  }
}
