/**
 * audit79: how many units' main actor (lib/nlp/actors.ts `mainActors`) moves with audit79's actor choice — the first word
 * after a dateline is no evidence of a name, a cardinal number word is no name, a work's title the article itself names
 * ("Kathryn Bigelow's \"Detroit\"", "the movie Hidden Figures") is no actor — on the 17 dev sets of bench/eval.ts and on
 * the card readings (the card sheets' readings, bench/cards63-cards.ts, and the panel audits' events, bench/audit70–79-shots.ts).
 * main's actors.ts (commit b118f65e) is read from git into TMPDIR and run beside the tree's. Each article counted once.
 * Never a held set.
 *
 *   npx tsx bench/audit79-actors.ts [--list]     # counts per source; --list prints every unit whose actor moves, and
 *                                                # the work titles found per article
 *
 * Multi-News, GVC, NewsWCL50 and BASIL texts are not redistributable: they are printed to the terminal only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpusDir } from '../cli/load.ts';
import { mainActors, workTitles } from '../lib/nlp/actors.ts';
import { loadBasilSet } from '../tests/data/engine/basil-sets.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import { events } from './cards63-cards.ts';
import type { Article } from '../lib/types.ts';

const MAIN = 'b118f65e';
const dir = mkdtempSync(path.join(tmpdir(), 'audit79-actors-'));
const mainFile = path.join(dir, 'actors-main.ts');
const nlp = path.resolve('lib/nlp/index.ts');
writeFileSync(mainFile, execFileSync('git', ['show', `${MAIN}:lib/nlp/actors.ts`], { encoding: 'utf8' }).replace(/from '\.\/index'/, `from '${nlp}'`));
const main = (await import(mainFile)) as { mainActors: (texts: readonly string[]) => Array<Set<string> | null> };

const DIRS: Record<string, string> = { seeds: 'seeds', harbor: 'tests/data/engine/harbor', doobie: 'tests/data/engine/doobie', plague: 'tests/data/engine/plague', meth: 'tests/data/engine/meth' };
const NEWSWCL_DEV = ['dnc', 'ukvisit', 'pompeo', 'caravan'];
const BASIL_DEV = ['basil-hunter', 'basil-buzzfeed', 'basil-putin', 'basil-wikileaks', 'basil-muellerreport', 'basil-lieberman', 'basil-hr1', 'basil-schiff'];
const list = process.argv.includes('--list');

const sources: Array<[string, () => Promise<Article[]>]> = [
  ...Object.entries(DIRS).map(([name, d]): [string, () => Promise<Article[]>] => [name, async () => (await loadCorpusDir(d)).articles]),
  ...NEWSWCL_DEV.map((name): [string, () => Promise<Article[]>] => [name, async () => loadNewsWclSet(name) ?? []]),
  ...BASIL_DEV.map((name): [string, () => Promise<Article[]>] => [name, async () => loadBasilSet(name) ?? []]),
  ['card sheets', async () => events().flatMap((e) => e.own)],
  [
    'panel audits 70–79',
    async () => {
      const all: Article[] = [];
      for (const n of [70, 71, 74, 75, 77, 78, 79]) {
        const { LOADERS } = (await import(`./audit${n}-shots.ts`)) as { LOADERS: Record<string, () => Article[] | null> };
        for (const load of Object.values(LOADERS)) all.push(...(load() ?? []));
      }
      return all;
    },
  ],
];

const show = (a: Set<string> | null) => (a ? [...a].join('/') : '—');
const seen = new Set<string>();
const total = { units: 0, actors: 0, moved: 0 };
for (const [name, load] of sources) {
  const articles = (await load()).filter((a) => !seen.has(a.id) && seen.add(a.id));
  let units = 0;
  let actors = 0;
  const moved: string[] = [];
  for (const a of articles) {
    const texts = a.units.map((u) => u.text);
    const before = main.mainActors(texts);
    const after = mainActors(texts);
    const titles = workTitles(texts);
    if (list && titles.size) console.log(`  titles ${a.id}: ${[...titles].join(' ')}`);
    texts.forEach((t, k) => {
      units++;
      if (before[k]) actors++;
      if (show(before[k]!) !== show(after[k]!)) moved.push(`${a.id}#${k}: ${show(before[k]!)} → ${show(after[k]!)} | ${t.slice(0, 140)}`);
    });
  }
  console.log(`${name}: ${articles.length} articles, ${units} units, ${actors} with an actor on main, ${moved.length} moved`);
  if (list) for (const m of moved) console.log(`  ${m}`);
  total.units += units;
  total.actors += actors;
  total.moved += moved.length;
}
console.log(`all: ${total.units} units, ${total.actors} with an actor on main, ${total.moved} moved`);
