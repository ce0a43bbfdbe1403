/**
 * perf35: reads the per-compare CPU profiles `bench/browser.ts --compare-each --compare-profile DIR`
 * writes and prints, per run, its sampled busy time, the time under named functions and the top
 * self times. Usage: npx tsx bench/perf35-profiles.ts DIR [--inclusive f,g,…] [--top 8]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { optionValue } from './args.ts';
import { inclusiveTimes, selfTimes, type CpuProfile } from './cpu-profile.ts';

const args = process.argv.slice(2);
const dir = args[0]!;
const names = (optionValue('--inclusive', args) ?? 'compareArticle,findRelated,closeStory,buildReport,getMany,ownFeatures,quantities,storyFacts,idfTerms,unitIdf,align,weighAll').split(',').filter(Boolean);
const top = Number(optionValue('--top', args) ?? 8);
console.log(['file', 'busy ms', ...names, 'top self'].join(' | '));
for (const f of readdirSync(dir).filter((x) => x.endsWith('.cpuprofile')).sort()) {
  const p = JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile;
  const self = selfTimes(p);
  const busy = self.filter(([n]) => n !== '(idle)' && n !== '(program)').reduce((s, [, t]) => s + t, 0);
  const under = inclusiveTimes(p, names);
  console.log([f, Math.round(busy), ...names.map((n) => Math.round(under.get(n)!)), self.filter(([n]) => n !== '(idle)').slice(0, top).map(([n, t]) => `${n} ${Math.round(t)}`).join(', ')].join(' | '));
}
