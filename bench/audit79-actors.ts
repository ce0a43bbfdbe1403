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
import { mainActors, workTitles } from '../lib/nlp/actors.ts';
import { sourceArticles, unitSources } from './unit-sources.ts';

const MAIN = 'b118f65e';
const dir = mkdtempSync(path.join(tmpdir(), 'audit79-actors-'));
const mainFile = path.join(dir, 'actors-main.ts');
const nlp = path.resolve('lib/nlp/index.ts');
writeFileSync(mainFile, execFileSync('git', ['show', `${MAIN}:lib/nlp/actors.ts`], { encoding: 'utf8' }).replace(/from '\.\/index'/, `from '${nlp}'`));
const main = (await import(mainFile)) as { mainActors: (texts: readonly string[]) => Array<Set<string> | null> };

const list = process.argv.includes('--list');

const show = (a: Set<string> | null) => (a ? [...a].join('/') : '—');
const total = { units: 0, actors: 0, moved: 0 };
for await (const [name, articles] of sourceArticles(unitSources([70, 71, 74, 75, 77, 78, 79]))) {
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
