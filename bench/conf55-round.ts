/**
 * Conflicts round 35 (docs/notes/conf55.md): a fresh blind round from a source no conflicts round read — the genuine-news
 * texts of three fake-news data sets (bench/data/fnd.ts: FakeNewsNet's BuzzFeed and PolitiFact real news, "This Just In"'s
 * real BuzzFeed and random political news, US politics of 2016–17; and the Celebrity set's legit articles, 2016–17
 * entertainment news). Two readers' corpora: the political articles in one MemoryIndex, the celebrity articles in another;
 * each article against its corpus. The sets name no outlet per article, so every article counts as its own outlet (rows
 * inside one article cannot arise). Rows keyed as bench/conf37-round.ts keys them; the sheet shows neither the card's kind
 * nor its flag; verdicts in bench/data/conf55-round35.tsv (key, verdict, the judge's reason; no text). Read from the mirror
 * at run time (fetch github:pmacinec/fake-news-datasets); nothing of the text is committed.
 *   npx tsx bench/conf55-round.ts --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf55-round.ts [--list]            score against the verdicts (`--list`: each row, its tier: " check" or not)
 */
import { outletRound, roundArgs } from './conf37-owners.ts';
import { FND_GIT, loadFnd } from './data/fnd.ts';

const { sheetPath } = roundArgs();
const loaded = loadFnd();
if (!loaded) {
  console.log(`skipped: fake-news-datasets mirror absent (${FND_GIT}; fetch github:pmacinec/fake-news-datasets)`);
  process.exit(0);
}
const verdicts = new URL('./data/conf55-round35.tsv', import.meta.url);
const group = (d: { set: string }) => (d.set === 'celeb' ? 'celeb' : 'politics');
await outletRound('35', loaded, group, (d) => d.article.id, sheetPath, verdicts, (groups, rows) => `${loaded.length} articles in ${groups} corpora (politics, celebrity); ${rows} reported conflicts (unit pairs × kind)`);
