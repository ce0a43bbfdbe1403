/**
 * Every sentence cut that differs between two versions of lib/segment/sentences.ts, over the seeds, the zyte pages
 * and the 17 development sets' texts (held-out and sealed sets are not read).
 *   npx tsx bench/initial82-cuts.ts [REV]     (REV: the git revision to compare with, default main)
 * The other version is written from `git show REV:lib/segment/sentences.ts` into $TMPDIR at run time.
 * Prints the number of paragraphs and cuts, then each cut only one version makes as "…left || right…".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sentenceSpans } from '../lib/segment/sentences.ts';
import { loadCorpusDir } from '../cli/load.ts';
import { loadZyte, ZYTE_DIR } from '../tests/data/engine/fixtures.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import { loadBasilSet } from '../tests/data/engine/basil-sets.ts';
import type { Article } from '../lib/types.ts';

const rev = process.argv[2] ?? 'main';
const dir = mkdtempSync(join(tmpdir(), 'cuts-'));
const file = join(dir, 'sentences.ts');
writeFileSync(file, execFileSync('git', ['show', `${rev}:lib/segment/sentences.ts`], { encoding: 'utf8' }));
const other = (await import(file)) as { sentenceSpans: typeof sentenceSpans };

const articles: Article[] = [];
for (const d of ['seeds', 'tests/data/engine/harbor', 'tests/data/engine/doobie', 'tests/data/engine/plague', 'tests/data/engine/meth'])
  articles.push(...(await loadCorpusDir(d)).articles);
for (const n of ['dnc', 'ukvisit', 'pompeo', 'caravan']) articles.push(...(loadNewsWclSet(n) ?? (console.log(`${n}: absent`), [])));
for (const n of ['hunter', 'buzzfeed', 'putin', 'wikileaks', 'muellerreport', 'lieberman', 'hr1', 'schiff'])
  articles.push(...(loadBasilSet(`basil-${n}`) ?? (console.log(`basil-${n}: absent`), [])));
if (ZYTE_DIR) articles.push(...loadZyte());
else console.log('zyte pages absent');

const seen = new Set<string>();
let paragraphs = 0;
let cuts = 0;
const only: Record<string, string[]> = { [rev]: [], branch: [] };
for (const a of articles) {
  for (const p of a.text.split('\n\n')) {
    if (!p.trim() || seen.has(p)) continue;
    seen.add(p);
    paragraphs++;
    const lang = a.language ?? 'en';
    const ends = (spans: Array<[number, number]>) => new Set(spans.slice(0, -1).map(([, b]) => b));
    const mine = ends(sentenceSpans(p, 'rules', lang));
    const theirs = ends(other.sentenceSpans(p, 'rules', lang));
    cuts += mine.size;
    const show = (e: number) => `${a.id}: …${p.slice(Math.max(0, e - 50), e)} || ${p.slice(e, e + 40).trim()}…`.replace(/\n/g, ' ');
    for (const e of mine) if (!theirs.has(e)) only.branch!.push(show(e));
    for (const e of theirs) if (!mine.has(e)) only[rev]!.push(show(e));
  }
}
console.log(`${articles.length} articles, ${paragraphs} distinct paragraphs, ${cuts} cuts on the branch`);
for (const [k, v] of Object.entries(only)) console.log(`\ncuts only ${k} makes: ${v.length}\n  ${v.join('\n  ')}`);
