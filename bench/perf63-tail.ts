/**
 * perf63: the cold compare's tail at 100k, by stage and by page. On a kept profile filled by bench/browser.ts
 * (`--profile-dir`, same PARALLAX_EXT_DIR), `--rounds R` rounds of bench/browser-page.ts `freshAB` (kept vectors
 * cleared, derived records forgotten, each probe once per round; bench/browser.ts's probes), rounds alternating
 * `--toggle NAME` on and off (`--flip`: off first). Round 0 (the page's first compares: cold code) is left out of the
 * quantiles. Per run: ms; the page's decision (compare start → closure's first extra pool asked; the whole compare
 * when none); the rest (closure's decisions, alignment, report); the wall with a store read outstanding; pools read
 * (one findSame each), articles read, document vectors derived, characters tokenised; and per probe its text length.
 * Then the slowest 5 % of the runs against the rest, stage by stage.
 *
 *   PARALLAX_EXT_DIR=<the build the profile was filled with> nice npx tsx bench/perf63-tail.ts --profile-dir P [--rounds 6] [--toggle NAME] [--flip]
 */
import { loadavg } from 'node:os';
import { launchExtension } from '../tests/e2e/fixtures.ts';
import { keptProfile, openBenchPage } from './bench-page.ts';
import { optionValue } from './args.ts';
import { median } from './baseline.ts';

const args = process.argv.slice(2);
const { profileDir, probes } = keptProfile(args);
const rounds = Number(optionValue('--rounds', args) ?? 6);
const toggle = optionValue('--toggle', args) ?? 'none';
const flip = args.includes('--flip');

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : NaN;
};
const r0 = (x: number) => Math.round(x);

const load0 = loadavg()[0]!;
const ext = await launchExtension({ userDataDir: profileDir });
try {
  const { page, call } = await openBenchPage(ext);
  const lengths: Record<string, number> = await page.evaluate(async (ids) => {
    const db: IDBDatabase = await new Promise((ok, no) => {
      const r = indexedDB.open('parallax');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const out: Record<string, number> = {};
    for (const id of ids) {
      const rec: { text?: string } | undefined = await new Promise((ok) => {
        const r = db.transaction('articles').objectStore('articles').get(id);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ok(undefined);
      });
      out[id] = rec?.text?.length ?? -1;
    }
    db.close();
    return out;
  }, probes);
  const got = await call('freshAB', probes, rounds, toggle, flip);
  const runs = got.detail.map((d) => {
    const page = Number.isNaN(d.first) ? d.ms : d.first;
    return { ...d, page, rest: d.ms - page };
  });
  console.log(`toggle ${toggle}${flip ? ' (flipped)' : ''}; ${rounds} rounds × ${probes.length} probes; reports differing ${got.differ}; load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
  console.log('probe round how: ms | page decision | rest | read outstanding | pools | articles | vectors derived | chars tokenised | text length | repeat-count reads');
  for (const d of runs) {
    console.log(`${d.id.slice(0, 6)} ${d.round}${d.how}: ${r0(d.ms)} | ${r0(d.page)} | ${r0(d.rest)} | ${r0(d.io)} | ${d.asked} | ${d.fetched} | ${d.docs} | ${d.tokenised} | ${lengths[d.id]} | ${d.by.repeatCounts?.[0] ?? 0}`);
  }
  const later = runs.filter((d) => d.round > 0);
  for (const how of ['on', 'off']) {
    const xs = later.filter((d) => d.how === how);
    if (!xs.length) continue;
    const cut = q(xs.map((d) => d.ms), 0.95);
    const tail = xs.filter((d) => d.ms >= cut);
    const rest = xs.filter((d) => d.ms < cut);
    const row = (name: string, ys: typeof xs) =>
      `${name} (${ys.length}): ms ${r0(median(ys.map((d) => d.ms)))}; page decision ${r0(median(ys.map((d) => d.page)))}; rest ${r0(median(ys.map((d) => d.rest)))}; read outstanding ${r0(median(ys.map((d) => d.io)))}; pools ${median(ys.map((d) => d.asked))}; articles ${median(ys.map((d) => d.fetched))}; vectors ${median(ys.map((d) => d.docs))}; probes ${[...new Set(ys.map((d) => d.id.slice(0, 6)))].join(' ')}`;
    console.log(`${how}: ${xs.length} runs (rounds 1+), median ${r0(median(xs.map((d) => d.ms)))}, p95 ${r0(cut)}`);
    console.log(`  slowest 5 %, medians: ${row('tail', tail)}`);
    console.log(`  the rest, medians: ${row('rest', rest)}`);
    const multi = xs.filter((d) => d.asked > 1);
    console.log(`  runs with more than one pool (${multi.length}): median ${r0(median(multi.map((d) => d.ms)))}, p95 ${r0(q(multi.map((d) => d.ms), 0.95))}; page decision ${r0(median(multi.map((d) => d.page)))}, rest ${r0(median(multi.map((d) => d.rest)))}`);
  }
} finally {
  await ext.close();
}
process.exit(0);
