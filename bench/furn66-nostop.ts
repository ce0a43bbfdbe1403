/**
 * furn66: the report's fact units with no sentence end (lib/engine/features.ts `endsSentence`): `isFactUnit` keeps a
 * line of ≥ 8 words without one (a schedule line, a list item — or a photo caption, a timeline box's line, a teaser glued
 * to its headline and time: audit65's furniture cards). docs/notes/furn66.md.
 *
 *   nice npx tsx bench/furn66-nostop.ts [--show]            # the 17 dev fact sets: such units by gold label (fact /
 *                                                           # non-fact / unlabelled); --show prints them (terminal only)
 *   nice npx tsx bench/furn66-nostop.ts --cards=A.json [--show]  # a card-sheet dump (bench/cards63-cards.ts --dump):
 *                                                           # fact units without a sentence end, and the top-5 cards
 *                                                           # that are one, with their sheet marks
 */
import { readFileSync } from 'node:fs';
import { endsSentence, featuresOf, reportFeatures } from '../lib/engine/features.ts';
import { BASIL_DEV_SETS, DEV_SETS, loadSet } from './facts-causes.ts';
import { labelsOf } from './reading-inputs.ts';
import { pooledLabels, sheetFiles } from './cards63-cards.ts';
import type { Dumped } from './cards59-wns.ts';

const argv = process.argv.slice(2);
const show = argv.includes('--show');
const dumpFile = argv.find((a) => a.startsWith('--cards='))?.slice(8);
const sh = (t: string) => t.replace(/\s+/g, ' ').slice(0, 160);

if (!dumpFile) {
  const tally = new Map<string, number>();
  const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  for (const set of [...DEV_SETS, ...BASIL_DEV_SETS]) {
    const articles = await loadSet(set);
    if (!articles) continue;
    const { res } = labelsOf(set, articles);
    for (const a of articles) {
      const feats = reportFeatures(a, featuresOf(a));
      for (const f of feats) {
        if (!f.fact) continue;
        const gold = res.factsOf(a.id, f.unit.i).size ? 'fact' : res.isNonfact(a.id, f.unit.i) ? 'nonfact' : 'unlabelled';
        bump(`all ${gold}`);
        if (endsSentence(f.unit.text)) continue;
        bump(`no end ${gold}`);
        if (show) console.log(`${set} ${gold.padEnd(10)} ${a.id.slice(0, 8)}#${f.unit.p}.${f.unit.i}: ${sh(f.unit.text)}`);
      }
    }
  }
  console.log(`17 dev sets, the report's fact units: ${['fact', 'nonfact', 'unlabelled'].map((g) => `${g} ${tally.get(`all ${g}`) ?? 0}`).join(', ')}`);
  console.log(`  with no sentence end: ${['fact', 'nonfact', 'unlabelled'].map((g) => `${g} ${tally.get(`no end ${g}`) ?? 0}`).join(', ')}`);
} else {
  const label = pooledLabels(sheetFiles());
  const dumped = JSON.parse(readFileSync(dumpFile, 'utf8')) as Dumped[];
  let facts = 0, noEnd = 0;
  const cards = new Map<string, Record<string, number>>();
  for (const d of dumped) {
    for (const a of d.articles) for (const u of a.units) if (u.fact !== false && u.fact !== undefined) (facts++, endsSentence(u.text) || noEnd++);
    for (const c of d.cards) {
      if (endsSentence(c.text)) continue;
      const mark = label.get(`${d.half}:${d.event}|${c.hash}`)?.mark ?? '?';
      const t = cards.get(c.section) ?? {};
      t[mark] = (t[mark] ?? 0) + 1;
      cards.set(c.section, t);
      if (show) console.log(`${d.half}:${d.event}:${c.section}:${c.rank} ${mark} ${sh(c.text)}`);
    }
  }
  console.log(`${dumped.length} readings: ${facts} fact units of the articles read, ${noEnd} with no sentence end`);
  for (const [s, t] of cards) console.log(`  top-5 ${s} cards with no sentence end: R/P/W/? ${['R', 'P', 'W', '?'].map((m) => t[m] ?? 0).join(' / ')}`);
}
