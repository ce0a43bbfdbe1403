/**
 * cards41: how often the writer's own voice (lib/engine/rank.ts `writerVoice`: a first-person singular or
 * second-person word outside quotations, a line ending in "!") marks a line that states no fact, on the facts dev
 * sets' labels (each unit labelled a fact or a non-fact by convention: standfirsts, captions, reader asides). Only
 * units the engine takes for facts (`isFactUnit`) are counted: those are the ones that can become cards.
 *
 *   npx tsx bench/cards41-voice.ts [--show]     # counts per component; --show prints the firing units (to a terminal)
 *
 * cards42 adds the lead-in (`lead`: "Here are …", a line ending in ":", "let's"; docs/notes/cards42.md) and, after
 * "unit", the readings it measured and did not keep (bench/cards42-readings.ts: deictic, bare, short).
 *
 * Rows first / second / exclaim / lead / any read the line alone; "unit" is `writerVoiceUnits` (any part, minus embedded
 * posts and sentences inside a quotation running over their paragraph), what the ranking sinks (the parts `VOICE_SINKS` ships).
 *
 * Prints counts and ids; --show adds the units' text, which stays out of any committed file.
 */
import { readFileSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { isFactUnit } from '../lib/engine/features.ts';
import { writerVoice, writerVoiceUnits } from '../lib/engine/rank.ts';
import { Resolved, type Labels } from '../tests/data/engine/eval.ts';
import { loadNewsWclSet, newsWclMissing } from '../tests/data/engine/newswcl.ts';
import type { Article } from '../lib/types.ts';
import { READINGS } from './cards42-readings.ts';
import { FACTS_DEV } from './data/facts-dev.ts';

const DEV = FACTS_DEV;
const show = process.argv.includes('--show');
type Gold = 'fact' | 'nonfact' | 'unlabelled';
const parts = ['first', 'second', 'exclaim', 'lead', 'any'] as const;
const count = new Map<string, number>();
const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);

for (const set of DEV) {
  let articles: Article[] | null;
  if (set.dir) articles = (await loadCorpusDir(set.dir)).articles;
  else {
    articles = loadNewsWclSet(set.name);
    if (!articles) {
      console.log(`${set.name}: skipped: ${newsWclMissing() ?? 'texts not found'}`);
      continue;
    }
  }
  const labels = JSON.parse(readFileSync(`tests/data/engine/${set.name}-labels.json`, 'utf8')) as Labels;
  const res = new Resolved(labels, articles);
  for (const a of articles) {
    const ctx = writerVoiceUnits(a);
    for (const u of a.units) {
      if (!isFactUnit(u, true)) continue;
      const gold: Gold = res.facts.get(a.id)?.get(u.i)?.size ? 'fact' : res.nonfact.get(a.id)?.has(u.i) ? 'nonfact' : 'unlabelled';
      const v = writerVoice(u.text);
      const fired = { ...v, any: v.first || v.second || v.exclaim || v.lead, unit: ctx.has(u.i) };
      bump(`all ${gold}`);
      for (const p of parts) if (fired[p]) bump(`${p} ${gold}`);
      if (fired.unit) bump(`unit ${gold}`);
      for (const [k, f] of Object.entries(READINGS)) if (k !== 'lead' && f(u.text)) bump(`${k} ${gold}`);
      if (show && fired.any) console.log(`${set.name} ${a.id}#${u.i} ${gold} ${parts.filter((p) => p !== 'any' && fired[p]).join('+')}${fired.unit ? '' : ' (quoted or embedded)'}: ${u.text.slice(0, 200)}`);
    }
  }
}
console.log(`units the engine takes for facts, by gold label (fact / non-fact / unlabelled):`);
for (const p of ['all', ...parts, 'unit', ...Object.keys(READINGS).filter((k) => k !== 'lead')]) console.log(`  ${p.padEnd(8)} ${['fact', 'nonfact', 'unlabelled'].map((g) => count.get(`${p} ${g}`) ?? 0).join(' / ')}`);
