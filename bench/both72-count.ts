/**
 * both72: the Left-out cards' outlets that the Shared card of the same sentence also counts, read against the labels
 * (dev sets only). Per (left-out card, article in missingFrom): marked (in `partly`) or not, listed under the Shared card
 * of the same sentence (aligned / told differently) or not, and the labels' verdict: the article lacks some fact of the
 * sentence (`Resolved.missing`: the Left-out card is right), tells them all (wrong), or unscored; and whether one of its
 * lines under the Shared card shares a labelled fact with the sentence (group53's "right" row).
 *
 *   TMPDIR=/tmp/both72 npx tsx bench/both72-count.ts [--sets a,b] [--list]
 */
import { BASIL_DEV_SETS, DEV_SETS, loadSet, reportsOf } from './facts-causes.ts';
import { labelsOf } from './reading-inputs.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const sets = (optionValue('--sets', args) ?? [...DEV_SETS, ...BASIL_DEV_SETS].join(',')).split(',');
for (const s of sets) if (!DEV_SETS.includes(s) && !BASIL_DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set`);
const tab = new Map<string, number>();
const bump = (k: string) => tab.set(k, (tab.get(k) ?? 0) + 1);
const same = new Map<string, ReturnType<typeof labelsOf>['sameByLabels']>();
for await (const { name, r, x, rep } of reportsOf(sets)) {
  if (!same.has(name)) same.set(name, labelsOf(name, (await loadSet(name))!).sameByLabels);
  const sameByLabels = same.get(name)!;
  const grp = DEV_SETS.includes(name) ? 'dev9' : 'basil8';
  for (const l of rep.leftOut) {
    const card = rep.shared.find((s) => s.i === l.i);
    for (const id of l.missingFrom) {
      const lines = card?.sources.filter((s) => s.id === id) ?? [];
      const part = (l.partly ?? []).find((p) => p.id === id);
      const marked = part?.novel.length ? 'marked' : part ? 'partly, no mark' : l.novel?.length ? 'unmarked on a marked card' : 'unmarked';
      const listed = lines.length === 0 ? 'not under Shared' : lines.some((s) => !s.told) ? 'aligned under Shared' : 'told differently under Shared';
      const gold = r.missing(x.id, l.i, id);
      const verdict = gold === null ? 'unscored' : gold ? 'lacks a fact (card right)' : 'tells all (card wrong)';
      const tells = lines.some((s) => sameByLabels(x.id, l.i, s.id, s.i) === true) ? 'line shares a fact' : 'no line shares a fact';
      bump(`${grp} | ${marked} | ${listed} | ${verdict} | ${lines.length ? tells : '—'}`);
      if (args.includes('--list') && lines.length && marked !== 'marked')
        console.log(`${name} ${x.id}#${l.i} × ${id}: ${verdict}, ${tells}: ${l.text.slice(0, 100)}`);
    }
  }
}
console.log('| sets | marked | Shared | labels | lines | outlets |\n|---|---|---|---|---|---|');
for (const [k, n] of [...tab].sort()) console.log(`| ${k} | ${n} |`);
