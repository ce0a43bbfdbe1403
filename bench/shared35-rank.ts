/**
 * shared35: the top-5 Shared cards a reader sees, ranked with and without the outlets' "how sure" (rank.ts
 * sureShared), and how often their count is right (docs/notes/shared35.md).
 *
 *   npx tsx bench/shared35-rank.ts [--src=ecb|gvc|mn] [--half=held]   score: top-5 cards whose count is exact /
 *                                                                  overstates, care alone vs care × how sure
 *   npx tsx bench/shared35-rank.ts --text [--src=…] [--moved]       the listed pairs of top-5 cards with no label
 *                                                                  (texts on screen only; judge blind, commit no text);
 *                                                                  --moved: only the cards one order shows and not the other
 *   npx tsx bench/shared35-rank.ts --half=held --src=mn [--text --moved]   Multi-News held (read once, at the end;
 *                                                                  labels bench/data/shared35-held.tsv): the moved cards only
 *
 * The care-alone order is the same report re-ranked with every source's `s` dropped (then sureShared = count).
 * Labels: count30's (ECB+, GVC) and shared35's (Multi-News), matched on reading, listed sentence and hash (not rank).
 */
import { existsSync, readFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { ECB_GIT } from './data/ecbplus.ts';
import { auditReading, ecbEvents } from './audit14-data.ts';
import { gvcReadings } from './audit29-cards.ts';
import { mnReadings, type Half } from './audit30-cards.ts';
import { ECB_DEV, pairsOf, type Pair } from './count30-pairs.ts';
import { careAlone } from './shared35-pairs.ts';
import type { Article, Report } from '../lib/types.ts';

const argv = process.argv.slice(2);
const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const half: Half = opt('half') === 'held' ? 'held' : 'dev';
const SHEETS = ['bench/data/count30-pairs.tsv', half === 'held' ? 'bench/data/shared35-held.tsv' : 'bench/data/shared35-pairs.tsv'];

/** Labels keyed without the rank: reading | listed sentence | hash. */
function labelsByHash(): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const path of SHEETS) {
    if (!existsSync(path)) continue;
    for (const l of readFileSync(path, 'utf8').trim().split('\n').slice(1)) {
      const [key, hash, label] = l.split('\t');
      const [card, listing] = key!.split('|');
      out.set(`${card!.split(':S:')[0]}|${listing}|${hash}`, label === 'y');
    }
  }
  return out;
}

interface Reading { src: Pair['src']; name: string; read: Article; corpus: Article[] }

async function readings(): Promise<Reading[]> {
  const src = opt('src');
  const seeds = await loadSet('seeds');
  const distractors = [...seeds, ...loadZyte()];
  const out: Reading[] = [];
  if (half === 'dev' && (!src || src === 'ecb') && existsSync(ECB_GIT)) {
    const byStory = ecbEvents();
    for (const l of byStory.values()) l.sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const ev of ECB_DEV) {
      const rd = auditReading(byStory, ev, seeds, 4);
      if (rd) out.push({ src: 'ecb', name: ev, read: rd.read, corpus: rd.corpus });
    }
  }
  if (half === 'dev' && (!src || src === 'gvc'))
    for (const rd of gvcReadings(15)) out.push({ src: 'gvc', name: rd.incident, read: rd.read, corpus: [...rd.own.slice(1), ...distractors] });
  if (!src || src === 'mn')
    for (const rd of mnReadings(16, half)) out.push({ src: 'mn', name: rd.story, read: rd.read, corpus: [...rd.own.slice(1), ...distractors] });
  return out;
}

const lab = labelsByHash();
type Verdict = 'exact' | 'over' | 'unlabelled';
const tally = new Map<string, Record<Verdict, number>>();
const bump = (k: string, v: Verdict) => {
  const t = tally.get(k) ?? { exact: 0, over: 0, unlabelled: 0 };
  t[v]++;
  tally.set(k, t);
};
let mismatch = 0;
let checked = 0;
for (const rd of await readings()) {
  const r = await compareArticle(rd.read, new MemoryIndex(rd.corpus));
  // The report's own s against count30's recomputation of the same cell.
  for (const p of pairsOf(rd.src, rd.name, rd.read, rd.corpus, r)) {
    const [card, listing] = p.key.split('|');
    const f = r.shared[Number(card!.split(':S:')[1]) - 1]!;
    const src = f.sources.find((t) => `${t.id}#${t.i}` === listing)!;
    checked++;
    if (Math.abs((src.s ?? -1) - p.s) > 0.0006) mismatch++;
  }
  const orders: Array<[string, Report]> = [['care', careAlone(r)], ['care×sure', r]];
  const moved: string[] = [];
  for (const [name, rep] of orders) {
    const pairs = pairsOf(rd.src, rd.name, rd.read, rd.corpus, rep);
    const cards = new Map<number, Array<Pair & { y?: boolean }>>();
    rep.shared.slice(0, 5).forEach((f) => cards.set(f.i, []));
    for (const p of pairs) {
      const k = Number(p.key.split('|')[0]!.split(':S:')[1]) - 1;
      cards.get(rep.shared[k]!.i)!.push({ ...p, y: lab.get(`${rd.name}|${p.key.split('|')[1]}|${p.hash}`) });
    }
    for (const [i, ps] of cards) {
      // An outlet is right when any listed sentence is y, wrong when all are n, unknown otherwise.
      const outlets = new Map<string, { y: boolean; unknown: boolean }>();
      for (const p of ps) {
        const o = outlets.get(p.outletKey) ?? { y: false, unknown: false };
        outlets.set(p.outletKey, { y: o.y || p.y === true, unknown: o.unknown || p.y === undefined });
      }
      const os = [...outlets.values()];
      const v: Verdict = os.every((o) => o.y) ? 'exact' : os.some((o) => !o.y && !o.unknown) ? 'over' : 'unlabelled';
      bump(`${rd.src} ${name}`, v);
      if (name === 'care×sure' && !careAlone(r).shared.slice(0, 5).some((f) => f.i === i)) moved.push(`in unit ${i} ${v}`);
      if (name === 'care' && !r.shared.slice(0, 5).some((f) => f.i === i)) moved.push(`out unit ${i} ${v}`);
      const other = name === 'care' ? r : careAlone(r);
      const isMoved = !other.shared.slice(0, 5).some((f) => f.i === i);
      if (argv.includes('--text') && v === 'unlabelled' && (isMoved || !argv.includes('--moved'))) {
        const f = rep.shared.find((x) => x.i === i)!;
        console.log(`\n${rd.name} unit ${i} [${f.count}/${f.total}] HERE: ${f.text}`);
        for (const p of ps) if (p.y === undefined) console.log(`   ${rd.name}:S:u${i}|${p.key.split('|')[1]}\t${p.hash}: ${p.there}`);
      }
    }
  }
  if (moved.length && !argv.includes('--text')) console.log(`${rd.src} ${rd.name}: ${moved.join(', ')}`);
}
if (!argv.includes('--text')) {
  console.log(`report s vs count30's recomputed s: ${checked - mismatch} of ${checked} equal (±0.0006)`);
  for (const [k, t] of tally) console.log(`${k}: top-5 cards ${t.exact + t.over + t.unlabelled}: count exact ${t.exact}, overstates ${t.over}, unlabelled ${t.unlabelled}; exact share of labelled ${(t.exact / Math.max(1, t.exact + t.over)).toFixed(3)}`);
}
