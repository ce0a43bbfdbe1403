/**
 * Speaker samples from Utomo & Leu's Big9 news pages (bench/data/big9.ts: 360 pages, nine outlets, 2005–2017, gold
 * texts), a source no earlier speaker sample read (speak11).
 *
 *   npx tsx bench/speakers-big9.ts --draw big9     # judging sheet (the quote in its paragraphs; the engine's answer never shown)
 *   npx tsx bench/speakers-big9.ts --draw senior   # the same draw on SeniorResearch's 2019 pages (bench/data/senior.ts; speak14)
 *
 * The draw: the direct quotes `extractQuotes` finds on every page (the function the trace view and the CLI read),
 * shuffled per outlet with seed 11 (mulberry32), at most one quote a page, 14 per outlet (126). Split by page before
 * anything is judged or scored: within each outlet's draw, the 1st, 3rd, 5th … quote's page goes to big9-dev, the
 * 2nd, 4th … to big9-sealed (one quote a page, so the halves share no page). Both halves are judged from the sheet
 * (tests/data/quotes/speakers-big9-{dev,sealed}.json: page, offset, judged name; no text) before either is scored.
 *
 * `--draw senior` (speak14): the same draw (seed 14, 14 per outlet, ten outlets = up to 140) on the SeniorResearch pages as
 * the product extracts them; the skeleton keeps a short hash of each quote's text (`hash`, the first 8 hex of its sha1) so
 * that a judged quote can be checked without committing any of the text (tests/data/quotes/speakers-senior14-{dev,sealed}.json).
 *
 * speak15, two fresh draws no stop had judged (same draw, same hash; tests/data/quotes/speakers-{as15,senior15}-{dev,sealed}.json):
 *   npx tsx bench/speakers-big9.ts --draw allsides   # AllSides roundups' article openings (bench/data/allsides.ts; 2021, ~60 outlets),
 *                                                    # a source no speaker sample read: seed 15, one quote an outlet,
 *                                                    # halves alternating over the whole draw
 *   npx tsx bench/speakers-big9.ts --draw senior15   # the SeniorResearch pages speak14's draw did not take (seed 15, one quote a page)
 *
 * label16, a fresh source for stop 26's out-of-sample check (tests/data/quotes/speakers-chaos16-sealed.json, all of it sealed):
 *   npx tsx bench/speakers-big9.ts --draw chaos16    # Utomo & Leu's "chaos" pages (bench/data/big9.ts loadChaos: 360 pages of 2017,
 *                                                    # ~250 sites), no speaker sample read: seed 16, one quote an outlet (host), then
 *                                                    # CHAOS16_DRAW.take of the drawn quotes by a second shuffle (seed 17); no dev half
 * label17, a second fresh chaos sample (tests/data/quotes/speakers-chaos17-sealed.json, all sealed):
 *   npx tsx bench/speakers-big9.ts --draw chaos17    # the chaos hosts none of whose pages chaos16 drew: seed 17, one quote a host,
 *                                                    # CHAOS17_DRAW.take of them by a second shuffle (seed 18); no dev half
 * label18, a third fresh chaos sample (tests/data/quotes/speakers-chaos18-sealed.json, all sealed):
 *   npx tsx bench/speakers-big9.ts --draw chaos18    # the chaos hosts none of whose pages chaos16 or chaos17 drew: seed 19, one
 *                                                    # quote a host, all of them (CHAOS18_DRAW.take), in page order; no dev half
 *   npx tsx bench/speakers-big9.ts --draw cp18       # CleanPortalEval's gold texts (bench/data/cleanportal.ts; five sites of 2013),
 *                                                    # no speaker sample read them: seed 18, one quote a page, five a site; all sealed
 * spk20, a fresh sealed sample from local US news (tests/data/quotes/speakers-gvc20-sealed.json, all sealed; docs/notes/spk20.md):
 *   npx tsx bench/speakers-big9.ts --draw gvc20      # SemEval-2018 Task 5's news (bench/data/gvc.ts), only the incidents told by one
 *                                                    # outlet (those `gvcOrder` leaves out: no conflicts round reads them): every
 *                                                    # direct quote shuffled with seed 20, then the first GVC20_DRAW.take of them
 *                                                    # with a new incident, host and article text; in page order; no dev half
 * label21, a second fresh sealed sample from the same pool (tests/data/quotes/speakers-gvc21-sealed.json; docs/notes/label21.md):
 *   npx tsx bench/speakers-big9.ts --draw gvc21      # as gvc20, minus gvc20's incidents, hosts and article texts; seed 21, 100 quotes
 * speak42, a third (tests/data/quotes/speakers-gvc42-sealed.json; docs/notes/speak42.md):
 *   npx tsx bench/speakers-big9.ts --draw gvc42      # as gvc21, minus gvc20's and gvc21's incidents, hosts and texts; seed 42, 80
 * speak43, a fourth (tests/data/quotes/speakers-gvc43-sealed.json; docs/notes/speak43.md):
 *   npx tsx bench/speakers-big9.ts --draw gvc43      # minus gvc20's, gvc21's and gvc42's incidents, hosts and texts; seed 43, 80
 * speak44, a fifth (tests/data/quotes/speakers-gvc44-sealed.json; docs/notes/speak44.md):
 *   npx tsx bench/speakers-big9.ts --draw gvc44      # minus gvc20's, gvc21's, gvc42's and gvc43's incidents, hosts and texts; seed 44, 80
 * label23, a sealed sample from Multi-News's national and world news (tests/data/quotes/speakers-mn23-sealed.json; docs/notes/label23.md):
 *   npx tsx bench/speakers-big9.ts --draw mn23       # every source of the 197 stories of two sources or more (bench/data/multinews.ts):
 *                                                    # every direct quote shuffled with seed 23, then the first MN23_DRAW.take with a
 *                                                    # new source article and text, at most MN23_DRAW.perStory a story; page order
 * speak45, a fresh blind sealed sample from Multi-News again (tests/data/quotes/speakers-mn45-sealed.json; docs/notes/speak45.md):
 *   npx tsx bench/speakers-big9.ts --draw mn45       # the stories of even index in multiNewsStories' order (conf46 holds the odd),
 *                                                    # minus every source article (and text) mn23, mn36-dev or mn36-sealed read;
 *                                                    # drawMultiNews with seed 45, 80 quotes, one a source article, two a story
 * speak46, the same on the odd-index stories (tests/data/quotes/speakers-mn46-sealed.json; docs/notes/speak46.md):
 *   npx tsx bench/speakers-big9.ts --draw mn46       # minus every source article (and text) mn23, mn36 or mn45 read; seed 46, 80
 * speak47, a fresh blind sealed sample from BBC News 2004-05 (tests/data/quotes/speakers-bbc47-sealed.json; docs/notes/speak47.md):
 *   npx tsx bench/speakers-big9.ts --draw bbc47      # every direct quote of the 2,225 articles (bench/data/bbc.ts), shuffled with seed 47,
 *                                                    # then the first 100 with a new article and text (drawL3s's draw); page order
 * speak48, a fresh blind sealed sample from Reuters-21578, 1987 newswire (tests/data/quotes/speakers-r48-sealed.json; docs/notes/speak48.md):
 *   npx tsx bench/speakers-big9.ts --draw r48        # every direct quote of the 19,024 stories with a body (bench/data/reuters.ts), shuffled
 *                                                    # with seed 48, then the first 100 with a new story and text (drawL3s's draw); page order
 * speak49, a fresh blind sealed sample from US political news of 2015-19, five outlets (tests/data/quotes/speakers-r49-sealed.json; docs/notes/speak49.md):
 *   npx tsx bench/speakers-big9.ts --draw r49        # every direct quote of the articles (bench/data/gbnews.ts) that no earlier speaker source
 *                                                    # holds (priorShingles), shuffled with seed 49, then the first 100 with a new article and
 *                                                    # text (drawL3s's draw); page order
 * speak50, a fresh blind sealed sample from the genuine-news texts of three fake-news data sets (tests/data/quotes/speakers-r50-sealed.json; docs/notes/speak50.md):
 *   npx tsx bench/speakers-big9.ts --draw r50        # every direct quote of the articles (bench/data/fnd.ts: celebrity news 2016-17, US political
 *                                                    # news 2016) that no earlier speaker source nor r49's holds (priorShingles), shuffled with
 *                                                    # seed 50, then the first 100 with a new article and text (drawL3s's draw); page order
 * speak51, a fresh blind sealed sample from newswire of 1996-2000, AP / NYT / Xinhua (tests/data/quotes/speakers-r51-sealed.json; docs/notes/speak51.md):
 *   npx tsx bench/speakers-big9.ts --draw r51        # every direct quote of the DUC 2006 / 2007 stories (bench/data/aquaint.ts) that no earlier
 *                                                    # speaker source nor r49's, r50's, BBC's or Reuters-21578's holds (priorShingles), shuffled
 *                                                    # with seed 51, then the first 100 with a new story and text (drawL3s's draw); page order
 * speak52, a fresh blind sealed sample from US political web news of 2016-18, 295 sites (tests/data/quotes/speakers-r52-sealed.json; docs/notes/speak52.md):
 *   npx tsx bench/speakers-big9.ts --draw r52        # every direct quote of SemEval-2019 Task 4's by-article set (bench/data/hyperpartisan.ts) that
 *                                                    # no earlier speaker source nor r49's, r50's, r51's, BBC's or Reuters-21578's holds
 *                                                    # (priorShingles), shuffled with seed 52, then the first 100 with a new article and text; page order
 * speak53, a fresh blind sealed sample from US campaign web news of September 2016, nine publishers (tests/data/quotes/speakers-r53-sealed.json; docs/notes/speak53.md):
 *   npx tsx bench/speakers-big9.ts --draw r53        # every direct quote of the BuzzFeed-Webis Fake News Corpus 2016 (bench/data/buzzfeedwebis.ts)
 *                                                    # that no earlier speaker source nor r49's, r50's, r51's, r52's, BBC's or Reuters-21578's
 *                                                    # holds (priorShingles), shuffled with seed 53, then the first 100 with a new article and text
 * speak54, a fresh blind sealed sample from US news of the 2016 election season (tests/data/quotes/speakers-r54-sealed.json; docs/notes/speak54.md):
 *   npx tsx bench/speakers-big9.ts --draw r54        # every direct quote of McIntire's fake_or_real_news, its first 256 rows (bench/data/fakereal.ts)
 *                                                    # that no earlier speaker source nor r49's-r53's, BBC's or Reuters-21578's holds
 *                                                    # (priorShingles), shuffled with seed 54, then the first 100 with a new article and text
 * speak55, a fresh blind sealed sample from web news and opinion of 2017-19 (tests/data/quotes/speakers-r55-sealed.json; docs/notes/speak55.md):
 *   npx tsx bench/speakers-big9.ts --draw r55        # every direct quote of the Propaganda Techniques Corpus's news articles (bench/data/ptc.ts)
 *                                                    # that no earlier speaker source nor r49's-r54's, BBC's or Reuters-21578's holds
 *                                                    # (priorShingles), shuffled with seed 55, then the first 100 with a new article and text
 * speak56, a fresh blind sealed sample from Reuters wire stories of late 2017 (tests/data/quotes/speakers-r56-sealed.json; docs/notes/speak56.md):
 *   npx tsx bench/speakers-big9.ts --draw r56        # every direct quote of ISOT's true half, its first 989 rows (bench/data/isot.ts)
 *                                                    # that no earlier speaker source nor r49's-r55's, BBC's or Reuters-21578's holds
 *                                                    # (priorShingles), shuffled with seed 56, then the first 100 with a new article and text
 * speak57, a fresh blind sealed sample from web news of 2014-15 (tests/data/quotes/speakers-r57-sealed.json; docs/notes/speak57.md):
 *   npx tsx bench/speakers-big9.ts --draw r57        # every direct quote of the Fake News Challenge's article bodies (bench/data/fnc.ts)
 *                                                    # that no earlier speaker source nor r49's-r56's, BBC's or Reuters-21578's holds
 *                                                    # (priorShingles), shuffled with seed 57, then the first 100 with a new article and text
 * speak58, a fresh blind sealed sample from web news of 2004-05 (tests/data/quotes/speakers-r58-sealed.json; docs/notes/speak58.md):
 *   npx tsx bench/speakers-big9.ts --draw r58        # every direct quote of WikinewsSum's English source articles (bench/data/wikinewssum.ts)
 *                                                    # that no earlier speaker source nor r49's-r57's, BBC's or Reuters-21578's holds
 *                                                    # (priorShingles), shuffled with seed 58, then the first 100 with a new article and text
 * speak59, a fresh blind sealed sample from newswire of 2004-06 (tests/data/quotes/speakers-r59-sealed.json; docs/notes/speak59.md):
 *   npx tsx bench/speakers-big9.ts --draw r59        # every direct quote of TAC 2009-11's AQUAINT-2 stories (bench/data/tac.ts)
 *                                                    # that no earlier speaker source nor r49's-r58's, BBC's or Reuters-21578's holds
 *                                                    # (priorShingles), shuffled with seed 59, then the first 100 with a new article and text
 * speak60, a fresh blind sealed sample from BBC News web pages of 2010-17 (tests/data/quotes/speakers-r60-sealed.json; docs/notes/speak60.md):
 *   npx tsx bench/speakers-big9.ts --draw r60        # every direct quote of FRANK's XSum test articles (bench/data/frank.ts) that no
 *                                                    # earlier speaker source nor r49's-r59's, BBC's or Reuters-21578's holds
 *                                                    # (priorShingles), shuffled with seed 60, then the first 100 with a new article and text
 * speak61, a fresh blind sealed sample from English news pages of 2023-25 (tests/data/quotes/speakers-r61-sealed.json; docs/notes/speak61.md):
 *   npx tsx bench/speakers-big9.ts --draw r61        # every direct quote of fundus's parser-test articles (bench/data/fundus.ts) that no
 *                                                    # earlier speaker source nor r49's-r60's, BBC's or Reuters-21578's holds
 *                                                    # (priorShingles), shuffled with seed 61, then the first 100 with a new article and text
 * speak62, a fresh blind sealed sample from news pages of 2016-22 (tests/data/quotes/speakers-r62-sealed.json; docs/notes/speak62.md):
 *   npx tsx bench/speakers-big9.ts --draw r62        # every direct quote of Postlight Parser's fixture pages (bench/data/postlight.ts) that
 *                                                    # no earlier speaker source nor r49's-r61's, BBC's or Reuters-21578's holds
 *                                                    # (priorShingles), shuffled with seed 62, then the first 100 with a new article and text
 * speak63, a fresh blind sealed sample from US political news of 2010-19 (tests/data/quotes/speakers-r63-sealed.json; docs/notes/speak63.md):
 *   npx tsx bench/speakers-big9.ts --draw r63        # every direct quote of BASIL's articles (bench/data/basil.ts; the fact sets' events
 *                                                    # left out) that no earlier speaker source nor r49's-r62's, BBC's or Reuters-21578's
 *                                                    # holds (priorShingles), shuffled with seed 63, then the first 100 with a new article and text
 * speak64, a fresh blind sealed sample from US news of March 2023 (tests/data/quotes/speakers-r64-sealed.json; docs/notes/speak64.md):
 *   npx tsx bench/speakers-big9.ts --draw r64        # every direct quote of Hu & Levy's NewsData.io corpus (bench/data/newsdata.ts) that no
 *                                                    # earlier speaker source nor r49's-r63's, BBC's or Reuters-21578's holds (priorShingles),
 *                                                    # shuffled with seed 64, then the first 100 with a new article and text
 * speak65, a fresh blind sealed sample from US news and opinion of 2012-20 (tests/data/quotes/speakers-r65-sealed.json; docs/notes/speak65.md):
 *   npx tsx bench/speakers-big9.ts --draw r65        # every direct quote of a text-blind subset of Baly et al.'s Article-Bias-Prediction articles
 *                                                    # (bench/data/abp.ts) that no earlier speaker source nor r49's-r64's, BBC's or Reuters-21578's
 *                                                    # holds (priorShingles), shuffled with seed 65, then the first 100 with a new article and text
 *   PRIOR_CACHE=/tmp/x npx tsx bench/speakers-big9.ts --draw r65   # the same, each earlier source's shingles kept in /tmp/x (priorCacheKey)
 * speak66, a fresh blind sealed sample from the next 1,500 Article-Bias-Prediction files (tests/data/quotes/speakers-r66-sealed.json; docs/notes/speak66.md):
 *   npx tsx bench/speakers-big9.ts --draw r66        # as r65, the files 1,500-2,999 in the same order (source 'abp2'); r65's 'abp' is an earlier source
 * speak67, a fresh blind sealed sample from the 1,500 Article-Bias-Prediction files after those (tests/data/quotes/speakers-r67-sealed.json; docs/notes/speak67.md):
 *   npx tsx bench/speakers-big9.ts --draw r67        # as r66, the files 3,000-4,499 in the same order (source 'abp3'); 'abp' and 'abp2' are earlier sources
 * speak68, the same from the 1,500 files after those (tests/data/quotes/speakers-r68-sealed.json; docs/notes/speak68.md):
 *   npx tsx bench/speakers-big9.ts --draw r68        # files 4,500-5,999 (source 'abp4'); 'abp', 'abp2' and 'abp3' are earlier sources
 * speak69, the same from the 1,500 files after those (tests/data/quotes/speakers-r69-sealed.json; docs/notes/speak69.md):
 *   npx tsx bench/speakers-big9.ts --draw r69        # files 6,000-7,499 (source 'abp5'); 'abp' to 'abp4' are earlier sources
 * speak70, the same from the 1,500 files after those (tests/data/quotes/speakers-r70-sealed.json; docs/notes/speak70.md):
 *   npx tsx bench/speakers-big9.ts --draw r70        # files 7,500-8,999 (source 'abp6'); 'abp' to 'abp5' are earlier sources
 * speak71, the same from the 1,500 files after those (tests/data/quotes/speakers-r71-sealed.json; docs/notes/speak71.md):
 *   npx tsx bench/speakers-big9.ts --draw r71        # files 9,000-10,499 (source 'abp7'); 'abp' to 'abp6' are earlier sources
 * speak72, the same from the 1,500 files after those (tests/data/quotes/speakers-r72-sealed.json; docs/notes/speak72.md):
 *   npx tsx bench/speakers-big9.ts --draw r72        # files 10,500-11,999 (source 'abp8'); 'abp' to 'abp7' are earlier sources
 * speak73, the same from the 1,500 files after those (tests/data/quotes/speakers-r73-sealed.json; docs/notes/speak73.md):
 *   npx tsx bench/speakers-big9.ts --draw r73        # files 12,000-13,499 (source 'abp9'); 'abp' to 'abp8' are earlier sources
 * speak74, the same from the 1,500 files after those (tests/data/quotes/speakers-r74-sealed.json; docs/notes/speak74.md):
 *   npx tsx bench/speakers-big9.ts --draw r74        # files 13,500-14,999 (source 'abp10'); 'abp' to 'abp9' are earlier sources
 * speak75, the same from the 3,000 files after those (tests/data/quotes/speakers-r75-sealed.json; docs/notes/speak75.md):
 *   npx tsx bench/speakers-big9.ts --draw r75        # files 15,000-17,999 (source 'abp11'); 'abp' to 'abp10' are earlier sources
 * draw76: npx tsx bench/speakers-big9.ts --draw r76 # files 18,000-20,999 (source 'abp12'); 'abp' to 'abp11' are earlier sources
 * draw77: npx tsx bench/speakers-big9.ts --draw r77 # files 21,000-23,999 (source 'abp13'); 'abp' to 'abp12' are earlier sources
 * draw78: npx tsx bench/speakers-big9.ts --draw r78 # files 24,000-26,999 (source 'abp14'); 'abp' to 'abp13' are earlier sources
 * draw79: npx tsx bench/speakers-big9.ts --draw r79 # files 27,000-32,999 (source 'abp15'; 27,000-29,999 alone gave 71); 'abp' to 'abp14' are earlier sources
 * draw80: npx tsx bench/speakers-big9.ts --draw r80 # files 33,000-37,553, the data set's end (source 'abp16'); 'abp' to 'abp15' are earlier sources
 * draw81: npx tsx bench/speakers-big9.ts --draw r81 # Dragnet's gold texts (source 'dragnet'); every source before, 'abp16' with them, is earlier
 * draw82: npx tsx bench/speakers-big9.ts --draw r82 # DUC 2003 task 4 and DUC 2004 task 2 as one source ('duc0304'); every source before, 'dragnet' with them, is earlier
 * speak37, a fresh dev / sealed pair from L3S-GN1's Google News pages of 2008 (tests/data/quotes/speakers-l3s37-{dev,sealed}.json):
 *   npx tsx bench/speakers-big9.ts --draw l3s37      # every direct quote of the 621 pages as the product extracts them (loadL3sPages),
 *                                                    # shuffled with seed 37, then the first L3S37_DRAW.dev + .sealed with a new page
 *                                                    # and text: the first `dev` of them are l3s37-dev, the rest l3s37-sealed; page order
 * speak39, a fresh blind dev / sealed pair from the L3S-GN1 pages l3s37 did not draw (tests/data/quotes/speakers-l3s39-{dev,sealed}.json):
 *   npx tsx bench/speakers-big9.ts --draw l3s39      # as l3s37, minus l3s37's 140 pages and their texts; seed 39, 60 dev then 80 sealed
 * speak40, a fresh blind sealed sample from the L3S-GN1 pages neither l3s37 nor l3s39 drew (tests/data/quotes/speakers-l3s40-sealed.json):
 *   npx tsx bench/speakers-big9.ts --draw l3s40      # as l3s39, minus l3s37's and l3s39's 280 pages and their texts; seed 40, 80 sealed
 * speak41, the same on the pages l3s37, l3s39 and l3s40 did not draw (tests/data/quotes/speakers-l3s41-sealed.json):
 *   npx tsx bench/speakers-big9.ts --draw l3s41      # minus their 360 pages and texts; seed 41, 80 sealed
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../lib/quotes/extract.ts';
import type { Article, Quote } from '../lib/types.ts';
import { BIG9_GIT, loadBig9, loadChaos } from './data/big9.ts';
import { loadSenior, SENIOR_GIT } from './data/senior.ts';
import { loadAllSides, ALLSIDES_GIT } from './data/allsides.ts';
import { loadCleanPortal, CLEANPORTAL_GIT } from './data/cleanportal.ts';
import { gvcArticles, gvcItems, GVC_GIT, type GvcDoc, type GvcItem } from './data/gvc.ts';
import { gvcOrder } from './conflicts-data.ts';
import { multiNewsStories, MULTINEWS_GIT } from './data/multinews.ts';
import { type Source, judgedOf, loadBbcPages, loadDucAquaintPages, loadFndPages, loadGbNewsPages, loadBuzzFeedWebisPages, loadFakeRealPages, loadHyperpartisanPages, loadPtcPages, loadIsotPages, loadFncPages, loadWikinewsSumPages, loadTacPages, loadFrankXsumPages, loadFundusPages, loadPostlightPages, loadBasilPages, loadNewsDataPages, loadAbpPages, loadAbpFiles, loadDragnetPages, loadDuc0304Pages, loadL3sPages, type Page, loadReutersPages, multiNewsPages, pagesOf, quoteContext } from './speakers-data.ts';
import { shingles } from './data/fnv.ts';
import { prng, shuffleInPlace } from '../tests/hostile/harness.ts'; // mulberry32, seeded

export const BIG9_DRAW = { seed: 11, perOutlet: 14 };
export const SENIOR_DRAW = { seed: 14, perOutlet: 14 };
/** AllSides has ~60 outlets, many with one or two quoted articles: halves alternate over the whole draw (`global`), not within an outlet. */
export const ALLSIDES_DRAW = { seed: 15, perOutlet: 1, global: true };
export const SENIOR15_DRAW = { seed: 15, perOutlet: 1000 };
/** The chaos pages: ~250 hosts, most with one page; one quote a host, then `take` of them (a second shuffle, seeded seed + 1). */
export const CHAOS16_DRAW = { seed: 16, perOutlet: 1, global: true, take: 100 };
/** label17: the chaos hosts chaos16 did not draw (no page of theirs judged); one quote a host (seed 17), then `take` by a second shuffle (seed 18). */
export const CHAOS17_DRAW = { seed: 17, perOutlet: 1, global: true, take: 70 };
/** label18: the chaos hosts neither chaos16 nor chaos17 drew; one quote a host (seed 19), all of them (`take` above their count). */
export const CHAOS18_DRAW = { seed: 19, perOutlet: 1, global: true, take: 1000 };
/** label18: CleanPortalEval has five sites (12–30 pages each, two for one): one quote a page, five a site, all sealed. */
export const CP18_DRAW = { seed: 18, perOutlet: 5, global: true, take: 1000 };

/**
 * spk20: SemEval-2018 Task 5's local news, the incidents told by one outlet (≈2,208, those `gvcOrder` leaves out); every
 * direct quote of their articles shuffled with `seed`, then greedily the first `take` whose incident, host and article text
 * no earlier pick has (one quote an incident and a host; syndicated copies filed under two incidents count once).
 */
export const GVC20_DRAW = { seed: 20, take: 80 };
/**
 * label21: the same draw on what gvc20 left: the incidents, hosts and article texts of gvc20's drawn pages are taken as
 * already used, so no gvc21 quote shares an incident, a host or a text with gvc20; seed 21, the first 100.
 */
export const GVC21_DRAW = { seed: 21, take: 100 };
/**
 * speak42: a fresh sealed sample of other real news (not L3S-GN1): the same draw on what gvc20 and gvc21 left (their drawn
 * pages' incidents, hosts and texts count as used, so no gvc42 quote shares an outlet or an incident with them); seed 42, 80.
 */
export const GVC42_DRAW = { seed: 42, take: 80 };
/** speak43: the same draw on what gvc20, gvc21 and gvc42 left (their drawn pages' incidents, hosts and texts count as used); seed 43, 80. */
export const GVC43_DRAW = { seed: 43, take: 80 };
/** speak44: the same draw on what gvc20, gvc21, gvc42 and gvc43 left (their drawn pages' incidents, hosts and texts count as used); seed 44, 80. */
export const GVC44_DRAW = { seed: 44, take: 80 };

const gvcKeys = (doc: GvcDoc) => [`i:${doc.incident}`, `h:${doc.host ?? doc.article.id}`, `t:${doc.article.text.replace(/\s+/g, ' ').trim()}`];

/** `skipPages`: pages of an earlier draw whose incident, host and text count as used before the first pick (label21). */
export function drawGvc(items: GvcItem[], draw = GVC20_DRAW, skipPages: ReadonlySet<string> = new Set()): Array<{ doc: GvcDoc; q: Quote }> {
  const multi = new Set(gvcOrder(items).map((x) => x.incident));
  const docs = gvcArticles(items.filter((it) => !multi.has(it.incident)));
  const pool = docs.flatMap((doc) => extractQuotes(doc.article).filter((q) => q.kind === 'direct').map((q) => ({ doc, q })));
  shuffleInPlace(pool, prng(draw.seed));
  const used = new Set<string>(docs.filter((d) => skipPages.has(d.article.id)).flatMap(gvcKeys));
  if (skipPages.size) {
    const left = pool.filter((x) => !gvcKeys(x.doc).some((k) => used.has(k)));
    console.log(`pool: ${pool.length} direct quotes in ${new Set(pool.map((x) => x.doc.incident)).size} one-outlet incidents; after the ${skipPages.size} earlier pages' incidents, hosts and texts: ${left.length} quotes, ${new Set(left.map((x) => x.doc.incident)).size} incidents, ${new Set(left.map((x) => x.doc.host)).size} hosts`);
  }
  const out: Array<{ doc: GvcDoc; q: Quote }> = [];
  for (const x of pool) {
    if (out.length >= draw.take) break;
    const keys = gvcKeys(x.doc);
    if (keys.some((k) => used.has(k))) continue;
    for (const k of keys) used.add(k);
    out.push(x);
  }
  return out.sort((a, b) => (a.doc.article.id < b.doc.article.id ? -1 : a.doc.article.id > b.doc.article.id ? 1 : a.q.start - b.q.start));
}

/**
 * label23: Multi-News (LongBench's 200 test stories; research use only): the stories of two ingested sources or more (197,
 * as conflicts round 15; both of this stop's halves: speakers are not what they protect), every source of each (not only
 * round 15's first four). Every direct quote shuffled with `seed`, then greedily the first `take` whose source article and
 * text no earlier pick has, at most `perStory` of a story.
 */
export const MN23_DRAW = { seed: 23, take: 100, perStory: 2 };

export function drawMultiNews(pages: Array<{ story: string; page: string; article: Article }>, draw = MN23_DRAW): Array<{ story: string; page: string; article: Article; q: Quote }> {
  const pool = pages.flatMap((p) => extractQuotes(p.article).filter((q) => q.kind === 'direct').map((q) => ({ ...p, q })));
  console.log(`pool: ${pool.length} direct quotes in ${new Set(pool.map((x) => x.page)).size} source articles of ${new Set(pool.map((x) => x.story)).size} stories (of ${new Set(pages.map((p) => p.story)).size}; ${pages.length} articles)`);
  shuffleInPlace(pool, prng(draw.seed));
  const used = new Set<string>();
  const perStory = new Map<string, number>();
  const out: typeof pool = [];
  for (const x of pool) {
    if (out.length >= draw.take) break;
    const keys = [`p:${x.page}`, `t:${x.article.text.replace(/\s+/g, ' ').trim()}`];
    if (keys.some((k) => used.has(k)) || (perStory.get(x.story) ?? 0) >= draw.perStory) continue;
    for (const k of keys) used.add(k);
    perStory.set(x.story, (perStory.get(x.story) ?? 0) + 1);
    out.push(x);
  }
  return out.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : a.q.start - b.q.start));
}

/**
 * speak36: Multi-News's stories mn23 drew no quote from (bench/data/multinews.ts; research use only), split by stop 30's
 * halves (a story is held when the last hex digit of its id is odd): the even stories give `mn36-dev` (judged blind, first
 * reading recorded, then fixed against), the odd ones `mn36-sealed` (judged blind with it, read once at the round's end).
 * Each half: `drawMultiNews` with seed 36 (one quote a source article, two a story).
 */
export const MN36_DRAW = { dev: { seed: 36, take: 60, perStory: 2 }, sealed: { seed: 36, take: 80, perStory: 2 } };

/** speak45: Multi-News's even-index stories, minus the source articles mn23 / mn36 read (`--draw mn45`). */
export const MN45_DRAW = { seed: 45, take: 80, perStory: 2 };
/** speak46: Multi-News's odd-index stories, minus the source articles mn23 / mn36 / mn45 read (`--draw mn46`). */
export const MN46_DRAW = { seed: 46, take: 80, perStory: 2 };

/** speak37: L3S-GN1 (no speaker sample read it): one quote a page and a text, seed 37; the draw's first 60 are dev, the next 80 sealed. */
export const L3S37_DRAW = { seed: 37, dev: 60, sealed: 80 };

/**
 * speak39: the L3S-GN1 pages l3s37 drew no quote from (its 140 pages and their texts count as used before the first pick),
 * seed 39; the draw's first 60 are l3s39-dev, the next 80 l3s39-sealed.
 */
export const L3S39_DRAW = { seed: 39, dev: 60, sealed: 80 };

/** speak40: the L3S-GN1 pages neither l3s37 nor l3s39 drew a quote from (their 280 pages and texts count as used), seed 40; 80 sealed, no dev. */
export const L3S40_DRAW = { seed: 40, dev: 0, sealed: 80 };

/** speak41: the L3S-GN1 pages none of l3s37, l3s39, l3s40 drew a quote from (their 360 pages and texts count as used), seed 41; 80 sealed. */
export const L3S41_DRAW = { seed: 41, dev: 0, sealed: 80 };

/** speak47: BBC News 2004-05 (no speaker sample read it): one quote an article and a text, seed 47; 100 sealed, no dev. */
export const BBC47_DRAW = { seed: 47, dev: 0, sealed: 100 };

/**
 * speak48-61: the fresh sources, each read by one blind sealed draw rNN (seed NN, one quote an article and a text, 100 quotes, all
 * sealed, no dev): the source and its loader. From r49 on only the articles no earlier speaker source holds are drawn
 * (priorShingles of the base sources and of the sources drawn before: r49's gbnews … ; from r51 on BBC's and Reuters-21578's too).
 */
export const FRESH_DRAWS: Record<string, { source: Source; load: () => Page[] }> = {
  r48: { source: 'reuters', load: loadReutersPages }, // Reuters-21578, 1987 newswire
  r49: { source: 'gbnews', load: loadGbNewsPages }, // US political news of 2015-19
  r50: { source: 'fnd', load: loadFndPages }, // the genuine-news texts of three fake-news data sets
  r51: { source: 'duc', load: loadDucAquaintPages }, // newswire of 1996-2000, DUC 2006 / 2007
  r52: { source: 'hp', load: loadHyperpartisanPages }, // US political web news of 2016-18, SemEval-2019 Task 4 by-article
  r53: { source: 'bfw', load: loadBuzzFeedWebisPages }, // US campaign web news of September 2016, BuzzFeed-Webis
  r54: { source: 'fr', load: loadFakeRealPages }, // McIntire's fake_or_real_news (its first 256 rows)
  r55: { source: 'ptc', load: loadPtcPages }, // the Propaganda Techniques Corpus's news articles (train and dev)
  r56: { source: 'isot', load: loadIsotPages }, // ISOT's true half (Reuters, October-December 2017; its first 989 rows)
  r57: { source: 'fnc', load: loadFncPages }, // the Fake News Challenge's article bodies (web news of 2014-15)
  r58: { source: 'wns', load: loadWikinewsSumPages }, // WikinewsSum's English source articles (the pages Wikinews cited in 2004-05)
  r59: { source: 'tac', load: loadTacPages }, // TAC 2009-11's AQUAINT-2 newswire (2004-06)
  r60: { source: 'xsum', load: loadFrankXsumPages }, // FRANK's XSum test articles (BBC News web pages of 2010-17)
  r61: { source: 'fundus', load: loadFundusPages }, // fundus's parser-test articles (English news pages of 2023-25, some sixty publishers)
  r62: { source: 'postlight', load: loadPostlightPages }, // Postlight Parser's fixture pages (news pages of 2016-22, some eighty sites)
  r63: { source: 'basil', load: loadBasilPages }, // BASIL's articles (Fox News, NYT, HuffPost on US political events of 2010-19), the fact sets' events left out
  r64: { source: 'newsdata', load: loadNewsDataPages }, // Hu & Levy's NewsData.io corpus (US English news of 21-26 March 2023, some fifty sites)
  r65: { source: 'abp', load: loadAbpPages }, // Baly et al.'s Article-Bias-Prediction articles (US news and opinion of 2012-20 from AllSides' outlets), a text-blind subset
  r66: { source: 'abp2', load: () => loadAbpPages(1) }, // the next 1,500 Article-Bias-Prediction files in the same order (r65's articles held out as an earlier source)
  r67: { source: 'abp3', load: () => loadAbpPages(2) }, // the 1,500 files after those (files 3,000-4,499; r65's and r66's articles held out as earlier sources)
  r68: { source: 'abp4', load: () => loadAbpPages(3) }, // the 1,500 files after those (files 4,500-5,999; r65's, r66's and r67's articles held out as earlier sources)
  r69: { source: 'abp5', load: () => loadAbpPages(4) }, // the 1,500 files after those (files 6,000-7,499; r65's to r68's articles held out as earlier sources)
  r70: { source: 'abp6', load: () => loadAbpPages(5) }, // the 1,500 files after those (files 7,500-8,999; r65's to r69's articles held out as earlier sources)
  r71: { source: 'abp7', load: () => loadAbpPages(6) }, // the 1,500 files after those (files 9,000-10,499; r65's to r70's articles held out as earlier sources)
  r72: { source: 'abp8', load: () => loadAbpPages(7) }, // the 1,500 files after those (files 10,500-11,999; r65's to r71's articles held out as earlier sources)
  r73: { source: 'abp9', load: () => loadAbpPages(8) }, // the 1,500 files after those (files 12,000-13,499; r65's to r72's articles held out as earlier sources)
  r74: { source: 'abp10', load: () => loadAbpPages(9) }, // the 1,500 files after those (files 13,500-14,999; r65's to r73's articles held out as earlier sources)
  r75: { source: 'abp11', load: () => loadAbpFiles(15000, 3000) }, // the 3,000 files after those (files 15,000-17,999; r65's to r74's articles held out as earlier sources)
  r76: { source: 'abp12', load: () => loadAbpFiles(18000, 3000) }, // the 3,000 files after those (files 18,000-20,999; r65's to r75's articles held out as earlier sources)
  r77: { source: 'abp13', load: () => loadAbpFiles(21000, 3000) }, // the 3,000 files after those (files 21,000-23,999; r65's to r76's articles held out as earlier sources)
  r78: { source: 'abp14', load: () => loadAbpFiles(24000, 3000) }, // the 3,000 files after those (files 24,000-26,999; r65's to r77's articles held out as earlier sources)
  r79: { source: 'abp15', load: () => loadAbpFiles(27000, 6000) }, // the 6,000 files after those (files 27,000-32,999: the first 3,000 alone gave 71 quotes; r65's to r78's articles held out as earlier sources)
  r80: { source: 'abp16', load: () => loadAbpFiles(33000, 4554) }, // the files after those to the data set's end (files 33,000-37,553; r65's to r79's articles held out as earlier sources)
  r81: { source: 'dragnet', load: loadDragnetPages }, // Dragnet's gold texts (Moz 2012 news and blog pages; Article-Bias-Prediction spent after r80, every abp source held out as earlier)
  r82: { source: 'duc0304', load: loadDuc0304Pages }, // DUC 2003 task 4 and DUC 2004 task 2 as one source (AP, NYT and Xinhua newswire of 1996-2000; Dragnet held out as earlier)
};
const freshDraw = (what: string) => ({ seed: Number(what.slice(1)), dev: 0, sealed: 100 });
/** The sources rNN's draw leaves out on top of priorShingles' base: every fresh source drawn before it from r49 on (from r51, BBC and Reuters-21578 too). */
export function freshPrior(what: string): Source[] {
  const n = Number(what.slice(1));
  const before = Object.keys(FRESH_DRAWS).filter((k) => Number(k.slice(1)) >= 49 && Number(k.slice(1)) < n).map((k) => FRESH_DRAWS[k]!.source);
  return n >= 51 ? [...before.slice(0, 2), 'bbc', 'reuters', ...before.slice(2)] : before;
}

export { shingles }; // (speak61: moved to bench/data/fnv.ts, next to fnv1a, so a loader can drop its own repeats)

/**
 * speak66: a set of shingle hashes larger than one Set may hold (2^24 entries; r66's prior, with r65's source, holds more): eight
 * Sets chosen by a hash's low bits.
 */
export class ShingleSet {
  private readonly parts = Array.from({ length: 8 }, () => new Set<number>());
  add(h: number): void {
    this.parts[h & 7]!.add(h);
  }
  has(h: number): boolean {
    return this.parts[h & 7]!.has(h);
  }
}

/**
 * speak49: the shingles of every page of the earlier speaker sources that hold US news of the same years or outlets (PolNeAR's
 * 2016 campaign news of the same outlets, AllSides, Big9, chaos, Multi-News, SeniorResearch, GVC, NewsWCL50, zyte, CleanPortal,
 * L3S-GN1); a source whose mirror is absent is skipped (pagesOf prints why). An article sharing three shingles with them is
 * not fresh and is not drawn. speak50 adds r49's source (gbnews: US political news of 2015-19) for r50's draw.
 */
export function priorShingles(extra: readonly Source[] = []): ShingleSet {
  const seen = new ShingleSet();
  const dir = process.env.PRIOR_CACHE; // speak65: a directory of per-source shingle sets (priorCacheKey says what each is keyed on)
  if (dir) mkdirSync(dir, { recursive: true });
  for (const src of ['polnear', 'allsides', 'big9', 'chaos', 'multinews', 'senior', 'gvc', 'wcl', 'zyte', 'cleanportal', 'l3s', ...extra] as const) {
    const file = dir ? join(dir, `prior-${src}-${priorCacheKey(src)}.u32`) : null;
    if (file && existsSync(file)) {
      const b = readFileSync(file);
      const hs = new Uint32Array(b.buffer, b.byteOffset, b.length / 4);
      console.log(`prior ${src}: ${hs.length} shingles from ${file}`);
      for (const h of hs) seen.add(h);
      continue;
    }
    const pages = pagesOf(src) ?? [];
    console.log(`prior ${src}: ${pages.length} pages`);
    const own = new Set<number>();
    for (const p of pages) for (const h of shingles(p.article.text)) own.add(h);
    for (const h of own) seen.add(h);
    if (file && pages.length) writeFileSync(file, new Uint32Array([...own]));
  }
  return seen;
}

/**
 * speak65: what a source's cached shingle set is keyed on, so that a stale one is never read (a changed input gives another
 * file name): the source's name; the text of the expression `pagesOf` loads it with and of every function of
 * bench/speakers-data.ts that expression reaches; the whole text of every module those functions import from, and of their
 * relative imports in turn (the loader, bench/data/mirror.ts, lib/ingest …, bench/data/fnv.ts: what reads and shingles a
 * page), lib/quotes left out (lib/ingest hands it the text it has built, `extractQuotes({ text: a.text, … })`: nothing in it
 * writes an article's text, so a change to who-said-it rules does not make the shingles stale); the HEAD commit of every mirror (/work/.mirror/…) those modules name; every environment variable they read, and when
 * its value is a path, the file's size and time or the directory's names and sizes (ZYTE_HTML_DIR, L3S_CACHE).
 */
export function priorCacheKey(src: Source): string {
  const h = createHash('sha1').update(src).update(readFileSync(new URL('./data/fnv.ts', import.meta.url)));
  const dataFile = fileURLToPath(new URL('./speakers-data.ts', import.meta.url));
  const data = readFileSync(dataFile, 'utf8');
  const call = new RegExp(`source === '${src}'\\) sources\\.set\\(source, (.*)\\);`).exec(data)?.[1] ?? /\n {4}else sources\.set\(source, (.*)\);/.exec(data)![1]!;
  h.update(call);
  const imports = new Map<string, string>(); // identifier → module it is imported from (speakers-data's relative imports)
  for (const m of data.matchAll(/^import \{([^}]*)\} from '(\.[^']+)';/gm)) for (const id of m[1]!.split(',')) imports.set(id.replace(/^\s*type\s+/, '').trim(), m[2]!);
  const seenFn = new Set<string>();
  const modules = new Set<string>();
  const reach = (text: string) => {
    for (const [, id] of text.matchAll(/\b([A-Za-z_]\w*)\b/g)) {
      if (imports.has(id!)) modules.add(join(dirname(dataFile), imports.get(id!)!));
      const body = new RegExp(`^(?:export )?function ${id}\\b[\\s\\S]*?^}$`, 'm').exec(data)?.[0];
      if (body && !seenFn.has(id!)) {
        seenFn.add(id!);
        h.update(body);
        reach(body);
      }
    }
  };
  reach(call);
  const todo = [...modules];
  while (todo.length) {
    const f = todo.pop()!;
    const text = readFileSync(f, 'utf8');
    h.update(relative(dirname(dirname(dataFile)), f)).update(text); // (the path in the repository: another worktree reads the same cache)
    for (const m of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      const g = [join(dirname(f), m[1]!), join(dirname(f), `${m[1]}.ts`), join(dirname(f), m[1]!, 'index.ts')].find((x) => existsSync(x) && statSync(x).isFile());
      if (g && !modules.has(g) && !/\/lib\/quotes\//.test(g)) modules.add(g), todo.push(g);
    }
    for (const [git] of text.matchAll(/\/work\/\.mirror\/[^'/]+\/repo/g)) {
      if (existsSync(git!)) h.update(execFileSync('git', ['--git-dir', existsSync(join(git!, '.git')) ? join(git!, '.git') : git!, 'rev-parse', 'HEAD']));
    }
    for (const [, name] of text.matchAll(/process\.env\.(\w+)/g)) {
      const v = process.env[name!];
      h.update(`${name}=${v ?? ''}`);
      if (v && existsSync(v)) {
        const st = statSync(v);
        h.update(st.isDirectory() ? readdirSync(v).sort().map((n) => `${n}:${statSync(join(v, n)).size}`).join('|') : `${st.size}:${st.mtimeMs}`);
      }
    }
  }
  return h.digest('hex').slice(0, 16);
}

/** `skipPages`: pages of an earlier draw whose page and text count as used before the first pick (speak39). */
export function drawL3s(pages: Array<{ page: string; article: Article }>, draw = L3S37_DRAW, skipPages: ReadonlySet<string> = new Set()): Array<{ page: string; article: Article; q: Quote; half: 'dev' | 'sealed' }> {
  const pool = pages.flatMap((p) => extractQuotes(p.article).filter((q) => q.kind === 'direct').map((q) => ({ ...p, q })));
  console.log(`pool: ${pool.length} direct quotes in ${new Set(pool.map((x) => x.page)).size} of ${pages.length} pages`);
  shuffleInPlace(pool, prng(draw.seed));
  const pageKeys = (p: { page: string; article: Article }) => [`p:${p.page}`, `t:${p.article.text.replace(/\s+/g, ' ').trim()}`];
  const used = new Set<string>(pages.filter((p) => skipPages.has(p.page)).flatMap(pageKeys));
  if (skipPages.size) {
    const left = pool.filter((x) => !pageKeys(x).some((k) => used.has(k)));
    console.log(`after the ${skipPages.size} earlier pages and their texts: ${left.length} quotes in ${new Set(left.map((x) => x.page)).size} pages`);
  }
  const out: Array<(typeof pool)[number] & { half: 'dev' | 'sealed' }> = [];
  for (const x of pool) {
    if (out.length >= draw.dev + draw.sealed) break;
    const keys = [`p:${x.page}`, `t:${x.article.text.replace(/\s+/g, ' ').trim()}`];
    if (keys.some((k) => used.has(k))) continue;
    for (const k of keys) used.add(k);
    out.push({ ...x, half: out.length < draw.dev ? 'dev' : 'sealed' });
  }
  return out.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : a.q.start - b.q.start));
}

/** A page of a per-outlet source (Big9, SeniorResearch). */
interface OutletDoc { id: string; outlet: string; article: Article }

export function drawBig9<D extends OutletDoc>(docs: D[], draw: { seed: number; perOutlet: number; global?: boolean } = BIG9_DRAW): Array<{ doc: D; q: Quote; half: 'dev' | 'sealed' }> {
  const rnd = prng(draw.seed);
  const out: Array<{ doc: D; q: Quote; half: 'dev' | 'sealed' }> = [];
  for (const outlet of [...new Set(docs.map((d) => d.outlet))].sort()) {
    const pool = docs.filter((d) => d.outlet === outlet).flatMap((doc) => extractQuotes(doc.article).filter((q) => q.kind === 'direct').map((q) => ({ doc, q })));
    shuffleInPlace(pool, rnd);
    const used = new Set<string>();
    let n = 0;
    for (const x of pool) {
      if (n >= draw.perOutlet) break;
      if (used.has(x.doc.id)) continue;
      used.add(x.doc.id);
      out.push({ ...x, half: (draw.global ? out.length : n) % 2 === 0 ? 'dev' : 'sealed' });
      n++;
    }
  }
  return out;
}

const context = (doc: OutletDoc, q: Quote) => quoteContext(doc.article.text, q, 3, 1800);
/** A quote's text as a short hash: enough to check a judged quote is the one found again, nothing of the text kept. */
export const quoteHash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 8);

/** A sealed Multi-News draw's sheet (stdout: each quote in its context, no answer) and skeleton (/tmp/speakers-<name>-sealed-skeleton.json). */
function sealedMultiNewsSheet(name: string, drawn: ReturnType<typeof drawMultiNews>): never {
  const sk = drawn.map(({ page, article, q }, n) => {
    console.log(`#${n} [sealed] ${page} @${q.start}\n  ${quoteContext(article.text, q, 3, 1800)}\n`);
    return { page, start: q.start, prefix: '', hash: quoteHash(q.text), speaker: '?' };
  });
  writeFileSync(`/tmp/speakers-${name}-sealed-skeleton.json`, JSON.stringify(sk, null, 1));
  const perStory = [...new Set(drawn.map((x) => x.story))].map((s) => drawn.filter((x) => x.story === s).length);
  console.log(`${drawn.length} quotes (0 dev, ${sk.length} sealed), ${perStory.length} stories (${perStory.filter((n) => n === 2).length} with two), ${new Set(drawn.map((x) => x.page)).size} source articles; skeleton in /tmp/speakers-${name}-sealed-skeleton.json`);
  process.exit(0);
}

const args = process.argv.slice(2);
const drawAt = args.indexOf('--draw');
if (drawAt >= 0) {
  const what = args[drawAt + 1] ?? 'big9';
  if (what === 'gvc20' || what === 'gvc21' || what === 'gvc42' || what === 'gvc43' || what === 'gvc44') {
    const items = gvcItems();
    if (!items) {
      console.log(`--draw: skipped, the SemEval-2018 Task 5 mirror is absent (${GVC_GIT}; fetch github:cltl/LongTailQATask)`);
      process.exit(0);
    }
    // gvc21 (label21): nothing gvc20 drew (its incidents, hosts and texts), seed 21.
    // gvc42 (speak42): nothing gvc20 or gvc21 drew, seed 42. gvc43 (speak43): nothing gvc20, gvc21 or gvc42 drew, seed 43.
    // gvc44 (speak44): nothing gvc20, gvc21, gvc42 or gvc43 drew, seed 44.
    const earlier = (names: string[]) => new Set(names.flatMap((n) => judgedOf(n) ?? []).map((j) => j.page));
    const drawn =
      what === 'gvc20' ? drawGvc(items)
      : what === 'gvc21' ? drawGvc(items, GVC21_DRAW, earlier(['gvc20-sealed']))
      : what === 'gvc42' ? drawGvc(items, GVC42_DRAW, earlier(['gvc20-sealed', 'gvc21-sealed']))
      : what === 'gvc43' ? drawGvc(items, GVC43_DRAW, earlier(['gvc20-sealed', 'gvc21-sealed', 'gvc42-sealed']))
      : drawGvc(items, GVC44_DRAW, earlier(['gvc20-sealed', 'gvc21-sealed', 'gvc42-sealed', 'gvc43-sealed']));
    const sk = drawn.map(({ doc, q }, n) => {
      console.log(`#${n} [sealed] ${doc.article.id} (${doc.host ?? '?'}) @${q.start}\n  ${quoteContext(doc.article.text, q, 3, 1800)}\n`);
      return { page: doc.article.id, start: q.start, prefix: '', hash: quoteHash(q.text), speaker: '?' };
    });
    writeFileSync(`/tmp/speakers-${what}-sealed-skeleton.json`, JSON.stringify(sk, null, 1));
    console.log(`${drawn.length} quotes (0 dev, ${sk.length} sealed), ${new Set(drawn.map((x) => x.doc.incident)).size} incidents, ${new Set(drawn.map((x) => x.doc.host)).size} hosts; skeleton in /tmp/speakers-${what}-sealed-skeleton.json`);
    process.exit(0);
  }
  if (what === 'mn23') {
    const stories = multiNewsStories();
    if (!stories) {
      console.log(`--draw: skipped, the Multi-News mirror is absent (${MULTINEWS_GIT}; fetch github:en-jai-neer/CompressKV)`);
      process.exit(0);
    }
    const drawn = drawMultiNews(multiNewsPages(stories));
    sealedMultiNewsSheet('mn23', drawn);
  }
  if (what === 'mn36') {
    const stories = multiNewsStories();
    if (!stories) {
      console.log(`--draw: skipped, the Multi-News mirror is absent (${MULTINEWS_GIT}; fetch github:en-jai-neer/CompressKV)`);
      process.exit(0);
    }
    const pages = multiNewsPages(stories);
    const storyOf = new Map(pages.map((p) => [p.page, p.story]));
    const read = new Set((judgedOf('mn23-sealed') ?? []).map((j) => storyOf.get(j.page)));
    const left = pages.filter((p) => !read.has(p.story));
    console.log(`stories: ${new Set(pages.map((p) => p.story)).size}, of which mn23 drew from ${read.size}; left ${new Set(left.map((p) => p.story)).size}`);
    let n = 0;
    for (const half of ['dev', 'sealed'] as const) {
      const odd = (s: string) => parseInt(s.slice(-1), 16) % 2 === 1;
      const drawn = drawMultiNews(left.filter((p) => odd(p.story) === (half === 'sealed')), MN36_DRAW[half]);
      const sk = drawn.map(({ page, article, q }) => {
        console.log(`#${n++} [${half}] ${page} @${q.start}\n  ${quoteContext(article.text, q, 3, 1800)}\n`);
        return { page, start: q.start, prefix: '', hash: quoteHash(q.text), speaker: '?' };
      });
      writeFileSync(`/tmp/speakers-mn36-${half}-skeleton.json`, JSON.stringify(sk, null, 1));
      console.log(`${half}: ${drawn.length} quotes, ${new Set(drawn.map((x) => x.story)).size} stories; skeleton in /tmp/speakers-mn36-${half}-skeleton.json`);
    }
    process.exit(0);
  }
  if (what === 'mn45' || what === 'mn46') {
    const stories = multiNewsStories();
    if (!stories) {
      console.log(`--draw: skipped, the Multi-News mirror is absent (${MULTINEWS_GIT}; fetch github:en-jai-neer/CompressKV)`);
      process.exit(0);
    }
    // mn45: the even-index stories; mn46 (speak46): the odd-index ones, minus mn45's articles too.
    const parity = what === 'mn45' ? 0 : 1;
    const even = stories.filter((_, i) => i % 2 === parity);
    const pages = multiNewsPages(even);
    const earlier = ['mn23-sealed', 'mn36-dev', 'mn36-sealed', ...(what === 'mn46' ? ['mn45-sealed'] : [])];
    const readPages = new Set(earlier.flatMap((n) => judgedOf(n) ?? []).map((j) => j.page));
    const fold = (t: string) => t.replace(/\s+/g, ' ').trim();
    const readTexts = new Set(multiNewsPages(stories).filter((p) => readPages.has(p.page)).map((p) => fold(p.article.text)));
    const left = pages.filter((p) => !readPages.has(p.page) && !readTexts.has(fold(p.article.text)));
    console.log(`${parity ? 'odd' : 'even'} stories: ${even.length}; their source articles: ${pages.length}, of which ${pages.length - left.length} read by ${earlier.join(' / ')} (page or text); left ${left.length} in ${new Set(left.map((p) => p.story)).size} stories`);
    const drawn = drawMultiNews(left, what === 'mn45' ? MN45_DRAW : MN46_DRAW);
    sealedMultiNewsSheet(what, drawn);
  }
  if (what === 'l3s37' || what === 'l3s39' || what === 'l3s40' || what === 'l3s41' || what === 'bbc47' || FRESH_DRAWS[what]) {
    let pages = what === 'bbc47' ? loadBbcPages() : FRESH_DRAWS[what] ? FRESH_DRAWS[what].load() : loadL3sPages();
    if (!pages.length) process.exit(0);
    if (FRESH_DRAWS[what] && what !== 'r48') {
      // Only the articles no earlier speaker source holds (three shared eight-word shingles or more).
      const prior = priorShingles(freshPrior(what));
      const fresh = pages.filter((p) => shingles(p.article.text).filter((h) => prior.has(h)).length < 3);
      console.log(`${FRESH_DRAWS[what].source}: ${pages.length} articles, ${pages.length - fresh.length} held by an earlier source, ${fresh.length} left`);
      pages = fresh;
    }
    // l3s39 (speak39): nothing l3s37 drew (its pages and their texts), seed 39. l3s40 (speak40): nothing l3s37 or l3s39 drew, seed 40.
    // l3s41 (speak41): nothing l3s37, l3s39 or l3s40 drew, seed 41.
    const earlier = (names: string[]) => new Set(names.flatMap((n) => judgedOf(n) ?? []).map((j) => j.page));
    const drawn =
      what === 'bbc47' ? drawL3s(pages, BBC47_DRAW)
      : FRESH_DRAWS[what] ? drawL3s(pages, freshDraw(what))
      : what === 'l3s37' ? drawL3s(pages)
      : what === 'l3s39' ? drawL3s(pages, L3S39_DRAW, earlier(['l3s37-dev', 'l3s37-sealed']))
      : what === 'l3s40' ? drawL3s(pages, L3S40_DRAW, earlier(['l3s37-dev', 'l3s37-sealed', 'l3s39-dev', 'l3s39-sealed']))
      : drawL3s(pages, L3S41_DRAW, earlier(['l3s37-dev', 'l3s37-sealed', 'l3s39-dev', 'l3s39-sealed', 'l3s40-sealed']));
    let n = 0;
    for (const half of ['dev', 'sealed'] as const) {
      if ((what === 'l3s40' || what === 'l3s41' || what === 'bbc47' || FRESH_DRAWS[what]) && half === 'dev') continue;
      const sk = drawn.filter((x) => x.half === half).map(({ page, article, q }) => {
        console.log(`#${n++} [${half}] ${page} @${q.start}\n  ${quoteContext(article.text, q, 3, 1800)}\n`);
        return { page, start: q.start, prefix: '', hash: quoteHash(q.text), speaker: '?' };
      });
      writeFileSync(`/tmp/speakers-${what}-${half}-skeleton.json`, JSON.stringify(sk, null, 1));
      console.log(`${half}: ${sk.length} quotes; skeleton in /tmp/speakers-${what}-${half}-skeleton.json`);
    }
    process.exit(0);
  }
  const hashed = what !== 'big9';
  let docs: Array<OutletDoc & { year?: string }> | null;
  if (what === 'senior' || what === 'senior15') {
    docs = loadSenior();
    if (docs && what === 'senior15') {
      // Only the pages speak14's draw did not take (no quote of them was judged).
      const seen = new Set([...(judgedOf('senior14-dev') ?? []), ...(judgedOf('senior14-sealed') ?? [])].map((j) => j.page));
      docs = docs.filter((d) => !seen.has(d.id));
    }
  } else if (what === 'chaos16') docs = loadChaos();
  else if (what === 'chaos17' || what === 'chaos18') {
    // label17: only the hosts none of whose pages chaos16 drew; label18: nor chaos17.
    docs = loadChaos();
    const pages16 = new Set([...(judgedOf('chaos16-sealed') ?? []), ...(what === 'chaos18' ? judgedOf('chaos17-sealed') ?? [] : [])].map((j) => j.page));
    const hosts16 = new Set((docs ?? []).filter((d) => pages16.has(d.id)).map((d) => d.outlet));
    if (docs) docs = docs.filter((d) => !hosts16.has(d.outlet));
  }
  else if (what === 'cp18') docs = loadCleanPortal();
  else if (what === 'allsides') docs = loadAllSides()?.map((d) => ({ id: d.article.id, outlet: d.article.outlet ?? d.side, article: d.article })) ?? null;
  else docs = loadBig9();
  if (!docs) {
    const where: Record<string, string> = { big9: `Big9 (${BIG9_GIT}; fetch github:MSVCode/ir-research-data)`, allsides: `AllSides (${ALLSIDES_GIT}; fetch github:HLTCHKUST/framing-bias-metric)`, cp18: `CleanPortalEval (${CLEANPORTAL_GIT}; fetch github:j-szulc/html-cleaning-dataset-merged)` };
    console.log(`--draw: skipped, the ${where[what] ?? `SeniorResearch (${SENIOR_GIT}; fetch github:AdamClarkStandke/SeniorResearch)`} mirror is absent`);
    process.exit(0);
  }
  let drawn = drawBig9(docs, { senior: SENIOR_DRAW, senior15: SENIOR15_DRAW, allsides: ALLSIDES_DRAW, chaos16: CHAOS16_DRAW, chaos17: CHAOS17_DRAW, chaos18: CHAOS18_DRAW, cp18: CP18_DRAW }[what] ?? BIG9_DRAW);
  if (what === 'chaos16' || what === 'chaos17' || what === 'chaos18' || what === 'cp18') {
    // No dev half: every drawn quote is sealed (label16, label17, label18); `take` of them, chosen by a seeded shuffle, in page order.
    const draw = what === 'chaos16' ? CHAOS16_DRAW : what === 'chaos17' ? CHAOS17_DRAW : what === 'chaos18' ? CHAOS18_DRAW : CP18_DRAW;
    const rnd = prng(draw.seed + 1);
    drawn = shuffleInPlace([...drawn], rnd).slice(0, draw.take).sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : a.q.start - b.q.start)).map((x) => ({ ...x, half: 'sealed' as const }));
  }
  const name = { senior: 'senior14', senior15: 'senior15', allsides: 'as15', chaos16: 'chaos16', chaos17: 'chaos17', chaos18: 'chaos18', cp18: 'cp18' }[what] ?? 'big9';
  const sk: Record<string, unknown[]> = { dev: [], sealed: [] };
  drawn.forEach(({ doc, q, half }, n) => {
    console.log(`#${n} [${half}] ${doc.id} (${doc.outlet}${doc.year ? `, ${doc.year}` : ''}) @${q.start}\n  ${context(doc, q)}\n`);
    sk[half]!.push(hashed ? { page: doc.id, start: q.start, prefix: '', hash: quoteHash(q.text), speaker: '?' } : { page: doc.id, start: q.start, prefix: '', speaker: '?' });
  });
  for (const half of ['dev', 'sealed']) writeFileSync(`/tmp/speakers-${name}-${half}-skeleton.json`, JSON.stringify(sk[half], null, 1));
  console.log(`${drawn.length} quotes (${sk.dev!.length} dev, ${sk.sealed!.length} sealed); skeletons in /tmp/speakers-${name}-{dev,sealed}-skeleton.json`);
}
