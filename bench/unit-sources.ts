/**
 * The articles the unit-level counts read (audit78-tags, audit79-actors): the 17 dev sets of bench/eval.ts (the seeds, four
 * engine sets, NewsWCL50's and BASIL's dev events), the card sheets' readings (bench/cards63-cards.ts) and the given panel
 * audits' events (bench/auditNN-shots.ts `LOADERS`). Never a held set. Each source is a name and a loader; a caller counts
 * each article once (by id).
 */
import { loadCorpusDir } from '../cli/load.ts';
import { loadBasilSet } from '../tests/data/engine/basil-sets.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import { events } from './cards63-cards.ts';
import type { Article } from '../lib/types.ts';

const DIRS: Record<string, string> = { seeds: 'seeds', harbor: 'tests/data/engine/harbor', doobie: 'tests/data/engine/doobie', plague: 'tests/data/engine/plague', meth: 'tests/data/engine/meth' };
const NEWSWCL_DEV = ['dnc', 'ukvisit', 'pompeo', 'caravan'];
const BASIL_DEV = ['basil-hunter', 'basil-buzzfeed', 'basil-putin', 'basil-wikileaks', 'basil-muellerreport', 'basil-lieberman', 'basil-hr1', 'basil-schiff'];

export type UnitSource = [string, () => Promise<Article[]>];

/** The dev sets, the card sheets' readings, then the panel audits `audits` (e.g. [70, 71, 74]) as one source. */
export function unitSources(audits: readonly number[]): UnitSource[] {
  return [
    ...Object.entries(DIRS).map(([name, d]): UnitSource => [name, async () => (await loadCorpusDir(d)).articles]),
    ...NEWSWCL_DEV.map((name): UnitSource => [name, async () => loadNewsWclSet(name) ?? []]),
    ...BASIL_DEV.map((name): UnitSource => [name, async () => loadBasilSet(name) ?? []]),
    ['card sheets', async () => events().flatMap((e) => e.own)],
    [
      `panel audits ${audits[0]}–${audits[audits.length - 1]}`,
      async () => {
        const all: Article[] = [];
        for (const n of audits) {
          const { LOADERS } = (await import(`./audit${n}-shots.ts`)) as { LOADERS: Record<string, () => Article[] | null> };
          for (const load of Object.values(LOADERS)) all.push(...(load() ?? []));
        }
        return all;
      },
    ],
  ];
}

/** Each source's articles in turn, an article that an earlier source gave already left out (counted once, by id). */
export async function* sourceArticles(sources: readonly UnitSource[]): AsyncGenerator<[string, Article[]]> {
  const seen = new Set<string>();
  for (const [name, load] of sources) yield [name, (await load()).filter((a) => !seen.has(a.id) && seen.add(a.id))];
}
