/**
 * title80: what the story's reading of actors (lib/engine/align.ts `actorsOf` with the other article) moves, on the 17
 * dev sets of bench/eval.ts, the card sheets' readings (bench/cards63-cards.ts) and the panel audits' events 70–79 — each
 * story's articles compared pair by pair, as the report compares them:
 *   (a) units whose main actor a title named by the other article removes (`workTitles` of both articles);
 *   (b) unit pairs the actor veto (`actorsDisagree`) refuses on main that one person's keys (`personKeys`: "Megan" and
 *       "Sloss" of one "Megan Sloss") free, grouped by the two words and the key.
 * The actor is the one `mainActors` reads from the text (the report's pronoun resolution is not run here). Never a held set.
 *
 *   npx tsx bench/title80-actors.ts [--list]
 *
 * Multi-News, GVC, NewsWCL50 and BASIL texts are not redistributable: they are printed to the terminal only.
 */
import { actorsDisagree, fullNames, mainActors, midSentenceNames, personKeys, shareActor, workTitles, type FullName } from '../lib/nlp/actors.ts';
import { loadCorpusDir } from '../cli/load.ts';
import { loadBasilSet } from '../tests/data/engine/basil-sets.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import { events } from './cards63-cards.ts';
import type { Article } from '../lib/types.ts';

const list = process.argv.includes('--list');
const DIRS = ['seeds', 'tests/data/engine/harbor', 'tests/data/engine/doobie', 'tests/data/engine/plague', 'tests/data/engine/meth'];
const NEWSWCL_DEV = ['dnc', 'ukvisit', 'pompeo', 'caravan'];
const BASIL_DEV = ['basil-hunter', 'basil-buzzfeed', 'basil-putin', 'basil-wikileaks', 'basil-muellerreport', 'basil-lieberman', 'basil-hr1', 'basil-schiff'];

/** Story groups per source: a dev set is one group (the seeds' five stories by their `story` folder when given). */
async function sources(): Promise<Array<[string, Article[][]]>> {
  const out: Array<[string, Article[][]]> = [];
  const dev: Article[][] = [];
  for (const d of DIRS) dev.push((await loadCorpusDir(d)).articles);
  for (const n of NEWSWCL_DEV) dev.push(loadNewsWclSet(n) ?? []);
  for (const n of BASIL_DEV) dev.push(loadBasilSet(n) ?? []);
  out.push(['the 17 dev sets', dev]);
  out.push(['the card sheets\' readings', events().map((e) => e.own)]);
  const audits: Article[][] = [];
  for (const n of [70, 71, 74, 75, 77, 78, 79]) {
    const { LOADERS } = (await import(`./audit${n}-shots.ts`)) as { LOADERS: Record<string, () => Article[] | null> };
    for (const load of Object.values(LOADERS)) audits.push(load() ?? []);
  }
  out.push(['the panel audits\' events 70–79', audits]);
  return out;
}

const show = (a: Set<string> | null) => (a ? [...a].join('/') : '—');
const clip = (t: string) => t.replace(/\s+/g, ' ').slice(0, 130);
interface Read { texts: string[]; titles: Set<string>; known: Set<string>; actors: Array<Set<string> | null>; names: FullName[] }
const reads = new Map<Article, Read>();
function read(a: Article): Read {
  let r = reads.get(a);
  if (!r) {
    const texts = a.units.map((u) => u.text);
    reads.set(a, (r = { texts, titles: workTitles(texts), known: midSentenceNames(texts), actors: mainActors(texts), names: fullNames(texts) }));
  }
  return r;
}
/** (b)'s actor: a one-word actor with its person's keys, by its own article's names. */
function keyed(x: Set<string> | null, own: FullName[]): Set<string> | null {
  if (!x || x.size !== 1) return x;
  const w = [...x][0]!;
  const k = personKeys(w, own);
  return k ? new Set([...x, ...k]) : x;
}

for (const [name, groups] of await sources()) {
  let pairs = 0;
  const movedA = new Set<string>();
  const linesA: string[] = [];
  const freed = new Map<string, string[]>();
  for (const g of groups) {
    const arts = [...new Map(g.map((a) => [a.id, a])).values()];
    for (let i = 0; i < arts.length; i++)
      for (let j = 0; j < arts.length; j++) {
        if (i === j) continue;
        const A = read(arts[i]!);
        const B = read(arts[j]!);
        pairs++;
        // (a)
        const extra = [...B.titles].filter((w) => !A.titles.has(w));
        if (extra.length) {
          const after = mainActors(A.texts, A.known, new Set([...A.titles, ...extra]));
          A.texts.forEach((t, k) => {
            const key = `${arts[i]!.id}#${k}`;
            if (show(A.actors[k]!) === show(after[k]!) || movedA.has(key)) return;
            movedA.add(key);
            linesA.push(`${key}: ${show(A.actors[k]!)} → ${show(after[k]!)} (titles of ${arts[j]!.id}: ${extra.join(' ')}) | ${clip(t)}`);
          });
        }
        // (b), each unordered pair once
        if (j < i) continue;
        A.actors.forEach((x, k) => {
          if (!x) return;
          const xk = keyed(x, A.names);
          B.actors.forEach((y, l) => {
            if (!y || !actorsDisagree(x, A.texts[k]!, y, B.texts[l]!) || shareActor(x, y)) return;
            const yk = keyed(y, B.names);
            if (!shareActor(xk, yk)) return;
            const tag = `${[...x][0]} ~ ${[...y][0]} (${[...xk!].filter((w) => yk!.has(w)).join(', ')})`;
            const rows = freed.get(tag) ?? [];
            rows.push(`${arts[i]!.id}#${k} | ${clip(A.texts[k]!)}\n      ${arts[j]!.id}#${l} | ${clip(B.texts[l]!)}`);
            freed.set(tag, rows);
          });
        });
      }
  }
  const nFreed = [...freed.values()].reduce((s, r) => s + r.length, 0);
  console.log(`${name}: ${groups.length} stories, ${pairs} ordered article pairs; (a) ${movedA.size} units lose their actor; (b) ${nFreed} unit pairs freed, ${freed.size} name pairs`);
  if (!list) continue;
  for (const l of linesA) console.log(`  (a) ${l}`);
  for (const [tag, rows] of freed) {
    console.log(`  (b) ${tag}: ${rows.length} unit pairs`);
    for (const r of rows.slice(0, 3)) console.log(`    ${r}`);
  }
}
