/**
 * Conflicts round 35 (docs/notes/conf55.md): a fresh blind round from sources no conflicts round read —
 * - the BuzzFeed-Webis Fake News Corpus 2016's six hyperpartisan publishers (bench/data/buzzfeedwebis.ts: Addicting Info,
 *   Occupy Democrats, The Other 98%, Eagle Rising, Freedom Daily, Right Wing News; the week of 19–27 September 2016),
 *   left unread by round 34 (which read its three mainstream publishers): the week is one reader's corpus;
 * - the genuine-news texts of three fake-news data sets (bench/data/fnd.ts: FakeNewsNet's BuzzFeed and PolitiFact real news,
 *   "This Just In"'s real political news, US politics of 2016–17, one corpus; the Celebrity set's legit articles, another).
 *   These sets name no outlet per article: every article counts as its own outlet;
 * - McIntire's fake_or_real_news, its REAL half (bench/data/fakereal.ts, the 2016 election season; read by speakers only),
 *   one corpus, every article its own outlet;
 * - SemEval-2019 Task 4's by-article training set (bench/data/hyperpartisan.ts: 645 articles of 295 US sites, 2016–18, the
 *   outlet the address's host; read by speakers only), one corpus.
 * Each article against a MemoryIndex of its corpus; rows keyed as bench/conf37-round.ts keys them; the sheet shows neither
 * the outlets nor the card's kind or flag; verdicts in bench/data/conf55-round35.tsv (key, verdict, the judge's reason; no
 * text). Read from the mirrors at run time; nothing of the text is committed.
 *   npx tsx bench/conf55-round.ts --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf55-round.ts [--list]            score against the verdicts (`--list`: each row, " check" when flagged)
 */
import type { Article } from '../lib/types.ts';
import { outletRound, roundArgs } from './conf37-owners.ts';
import { BUZZFEED_WEBIS_GIT, loadBuzzFeedWebis } from './data/buzzfeedwebis.ts';
import { FAKEREAL_GIT, loadFakeReal } from './data/fakereal.ts';
import { FND_GIT, loadFnd } from './data/fnd.ts';
import { HYPERPARTISAN_GIT, loadHyperpartisan } from './data/hyperpartisan.ts';

const { sheetPath } = roundArgs();
const docs: Array<{ article: Article; corpus: string; outlet: string }> = [];
const bfw = loadBuzzFeedWebis();
if (bfw) for (const d of bfw) if (!['abc', 'cnn', 'politico'].includes(d.outlet)) docs.push({ article: d.article, corpus: 'bfw-week', outlet: d.outlet });
if (!bfw) console.log(`BuzzFeed-Webis part skipped: mirror absent (${BUZZFEED_WEBIS_GIT}; fetch github:BotanB/Python_for_DS_FakeNewsDetection)`);
const fnd = loadFnd();
if (fnd) for (const d of fnd) docs.push({ article: d.article, corpus: d.set === 'celeb' ? 'fnd-celeb' : 'fnd-politics', outlet: d.article.id });
if (!fnd) console.log(`fake-news-datasets part skipped: mirror absent (${FND_GIT}; fetch github:pmacinec/fake-news-datasets)`);
const fr = loadFakeReal();
if (fr) for (const d of fr) if (d.label === 'REAL') docs.push({ article: d.article, corpus: 'fakereal', outlet: d.article.id });
if (!fr) console.log(`fake_or_real_news part skipped: mirror absent (${FAKEREAL_GIT}; fetch github:sudheerakotha/Fake-News-Detection)`);
const hp = loadHyperpartisan();
if (hp) for (const d of hp) docs.push({ article: d.article, corpus: 'semeval-hyperpartisan', outlet: d.outlet });
if (!hp) console.log(`SemEval hyperpartisan part skipped: mirror absent (${HYPERPARTISAN_GIT}; fetch github:anshuly10/Biased-News-Detection)`);
if (!docs.length) process.exit(0);
const verdicts = new URL('./data/conf55-round35.tsv', import.meta.url);
await outletRound('35', docs, (d) => d.corpus, (d) => d.outlet, sheetPath, verdicts, (groups, rows) => `${docs.length} articles in ${groups} corpora (BuzzFeed-Webis hyperpartisan week, fnd politics, fnd celebrity, fake_or_real_news REAL, SemEval-2019 hyperpartisan); ${rows} reported conflicts (unit pairs × kind)`);
