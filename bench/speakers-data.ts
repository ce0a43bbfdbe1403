/**
 * The judged speaker samples and the pages they were drawn from (bench/speakers-sample.ts scores them,
 * bench/fit-speakers.ts fits the candidate ranker on them). See speakers-sample.ts for how each was drawn.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { nodeEnv } from '../cli/node-env.ts';
import { ingestFile } from '../lib/ingest/index.ts';
import type { Article } from '../lib/types.ts';
import { extractQuotes } from '../lib/quotes/extract.ts';
import { ROOT, ZYTE_DIR } from '../tests/data/engine/fixtures.ts';
import { loadNewsWcl } from './data/newswcl.ts';
import { ECB_GIT, loadEcbPlus } from './data/ecbplus.ts';
import { loadPolnear, POLNEAR_GIT } from './data/polnear.ts';
import { BIG9_GIT, loadBig9, loadChaos } from './data/big9.ts';
import { loadSenior, SENIOR_GIT } from './data/senior.ts';
import { ALLSIDES_GIT, loadAllSides } from './data/allsides.ts';
import { CLEANPORTAL_GIT, loadCleanPortal } from './data/cleanportal.ts';
import { gvcArticles, gvcItems, GVC_GIT } from './data/gvc.ts';
import { multiNewsArticles, multiNewsStories, MULTINEWS_GIT, type MultiNewsStory } from './data/multinews.ts';
import { BBC_GIT, loadBbc } from './data/bbc.ts';
import { loadReuters, REUTERS_GIT } from './data/reuters.ts';
import { GBNEWS_GIT, loadGbNews } from './data/gbnews.ts';
import { FND_GIT, loadFnd } from './data/fnd.ts';
import { AQUAINT_DUC_GIT, loadAquaint } from './data/aquaint.ts';
import { HYPERPARTISAN_GIT, loadHyperpartisan } from './data/hyperpartisan.ts';
import { BUZZFEED_WEBIS_GIT, loadBuzzFeedWebis } from './data/buzzfeedwebis.ts';
import { FAKEREAL_GIT, loadFakeReal } from './data/fakereal.ts';
import { PTC_GIT, loadPtc } from './data/ptc.ts';
import { ISOT_GIT, loadIsot } from './data/isot.ts';
import { FNC_GIT, loadFnc } from './data/fnc.ts';
import { loadWikinewsSum, WIKINEWSSUM_GIT } from './data/wikinewssum.ts';
import { loadTac, TAC_GIT } from './data/tac.ts';
import { FRANK_GIT, loadFrankXsum } from './data/frank.ts';
import { FUNDUS_GIT, loadFundus } from './data/fundus.ts';
import { loadPostlight, POSTLIGHT_GIT } from './data/postlight.ts';
import { BASIL_GIT, loadBasil } from './data/basil.ts';
import { loadNewsData, NEWSDATA_GIT } from './data/newsdata.ts';
import { ABP_GIT, ABP_TAKE, loadAbp } from './data/abp.ts';
import { L3S_GIT, loadDragnet } from './data/gold-pages.ts';
import { DUC_GIT, loadDuc, loadDuc2003 } from './data/duc.ts';
import { BASIL_SETS } from '../tests/data/engine/basil-sets.ts';
import { SETS } from './extract-eval.ts';

export interface Judged {
  page: string;
  start: number;
  /** The quote's first words as the extractor gave them when drawn (to read the file, and to check). */
  prefix: string;
  speaker: string | null;
  /** The organisation the text attributes the words to ("Russia's foreign ministry said"): right when left empty or named. */
  org?: string;
  /** Another person the words are as much attributed to ("Ford and Fry replied"). */
  also?: string[] | string; // (a string in three chaos17 labels: read as a list of one)
  /** The first 8 hex of the sha1 of the quote's text when drawn (senior14: checks the quote found again is the one judged). */
  hash?: string;
}

export type Source = 'zyte' | 'wcl' | 'ecb' | 'polnear' | 'big9' | 'senior' | 'allsides' | 'chaos' | 'cleanportal' | 'gvc' | 'multinews' | 'l3s' | 'bbc' | 'reuters' | 'gbnews' | 'fnd' | 'duc' | 'hp' | 'bfw' | 'fr' | 'ptc' | 'isot' | 'fnc' | 'wns' | 'tac' | 'xsum' | 'fundus' | 'postlight' | 'basil' | 'newsdata' | 'abp' | 'abp2' | 'abp3' | 'abp4' | 'abp5' | 'abp6' | 'abp7' | 'abp8' | 'abp9' | 'abp10' | 'abp11' | 'abp12' | 'abp13' | 'abp14' | 'abp15' | 'abp16' | 'dragnet' | 'duc0304';
export const SAMPLES: Record<string, { source: Source; stride: number; offset: number; file: string; heldOut: boolean; exclude?: string[]; extra?: { stride: number; offset: number } | Array<{ stride: number; offset: number }>; sealed?: boolean }> = {
  dev: { source: 'zyte', stride: 15, offset: 0, file: 'tests/data/quotes/speakers-dev.json', heldOut: false },
  heldout: { source: 'zyte', stride: 13, offset: 6, file: 'tests/data/quotes/speakers-heldout.json', heldOut: false /* every sample before sealed7 is dev from speak6 on */ },
  dev2: { source: 'zyte', stride: 11, offset: 5, file: 'tests/data/quotes/speakers-dev2.json', heldOut: false, exclude: ['dev', 'heldout'] },
  'wcl-heldout': { source: 'wcl', stride: 12, offset: 0, file: 'tests/data/quotes/speakers-wcl-heldout.json', heldOut: false /* read as a dev sample from speak5 on; wcl-fresh6 is the unseen one */ },
  'wcl-dev': { source: 'wcl', stride: 12, offset: 6, file: 'tests/data/quotes/speakers-wcl-dev.json', heldOut: false },
  'wcl-dev2': { source: 'wcl', stride: 12, offset: 1, file: 'tests/data/quotes/speakers-wcl-dev2.json', heldOut: false, exclude: ['wcl-heldout', 'wcl-dev'] },
  'wcl-dev3': { source: 'wcl', stride: 12, offset: 4, file: 'tests/data/quotes/speakers-wcl-dev3.json', heldOut: false, exclude: ['wcl-heldout', 'wcl-dev', 'wcl-dev2'] },
  'wcl-dev4': { source: 'wcl', stride: 12, offset: 8, extra: { stride: 120, offset: 10 }, file: 'tests/data/quotes/speakers-wcl-dev4.json', heldOut: false, exclude: ['wcl-heldout', 'wcl-dev', 'wcl-dev2', 'wcl-dev3'] },
  'wcl-dev5': { source: 'wcl', stride: 12, offset: 2, extra: { stride: 24, offset: 5 }, file: 'tests/data/quotes/speakers-wcl-dev5.json', heldOut: false, exclude: ['wcl-heldout', 'wcl-dev', 'wcl-dev2', 'wcl-dev3', 'wcl-dev4'] },
  'wcl-fresh6': { source: 'wcl', stride: 12, offset: 7, extra: { stride: 24, offset: 10 }, file: 'tests/data/quotes/speakers-wcl-fresh6.json', heldOut: false, exclude: ['wcl-heldout', 'wcl-dev', 'wcl-dev2', 'wcl-dev3', 'wcl-dev4', 'wcl-dev5'] },
  // label7: drawn at a31d644 (60 quotes; the file keeps 48: the 12 that were in speak3's third pool are left out, docs/notes/label7.md),
  // judged blind (the answer never shown), SEALED until the lead's final reading: scored only with --unseal.
  'wcl-sealed7': { source: 'wcl', stride: 4, offset: 3, file: 'tests/data/quotes/speakers-wcl-sealed7.json', heldOut: false /* dev from speak7 on (read at the end of speak6's round) */, exclude: ['wcl-heldout', 'wcl-dev', 'wcl-dev2', 'wcl-dev3', 'wcl-dev4', 'wcl-dev5', 'wcl-fresh6'] },
  // label8: the first sample from a source nobody sampled, ECB+ news (loadEcb below), drawn at 8303e02, judged blind
  // (the answer never shown), SEALED until the lead's final reading: scored only with --unseal (docs/notes/label8.md).
  // Read twice sealed (8303e02 rules 34/51, after speak7 33/51: docs/notes/label8.md, README), a dev sample since.
  sealed8: { source: 'ecb', stride: 56, offset: 3, file: 'tests/data/quotes/speakers-sealed8.json', heldOut: false },
  // speak9: PolNeAR (bench/data/polnear.ts), a source no earlier sample read, drawn by bench/speakers-polnear.ts (seeded, per
  // outlet; stride/offset unused), gold from the corpus's annotated attribution sources (docs/notes/speak9.md). polnear9: train
  // compartment, first reading recorded, then dev. polnear9-sealed: dev compartment, judged with polnear9, sealed and read
  // once at 8e57fc1 (37/49, docs/notes/speak9.md), a dev sample since (its errors read after that reading).
  polnear9: { source: 'polnear', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-polnear9.json', heldOut: false },
  'polnear9-sealed': { source: 'polnear', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-polnear9-sealed.json', heldOut: false },
  // speak10: PolNeAR's test compartment (never read before), drawn by bench/speakers-polnear.ts --draw polnear10-sealed, judged
  // before it was scored; its first reading on main f7750cc's lib/quotes is the honest number (docs/notes/speak10.md).
  'polnear10-sealed': { source: 'polnear', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-polnear10-sealed.json', heldOut: false /* read once at f7750cc's lib/quotes: 49/63; dev since */ },
  // speak11: Utomo & Leu's Big9 news pages (bench/data/big9.ts; nine outlets, 2005-2017), a source no speaker sample read before,
  // drawn by bench/speakers-big9.ts --draw (seeded, per outlet, one quote a page), split by page into two halves and judged blind
  // before either was scored (docs/notes/speak11.md). big9-dev: first reading recorded, then dev. big9-sealed: never printed, scored
  // only with --unseal (first reading at main b0ef591's lib/quotes, once more at the round's end).
  'big9-dev': { source: 'big9', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-big9-dev.json', heldOut: false },
  'big9-sealed': { source: 'big9', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-big9-sealed.json', heldOut: true, sealed: true },
  // speak14: SeniorResearch's 2019 pages of ten outlets (bench/data/senior.ts; the whole HTML through the product's extraction), a
  // source no speaker sample read before, drawn by bench/speakers-big9.ts --draw senior (seeded, per outlet, one quote a page), split
  // by page into two halves and judged blind before either was scored (docs/notes/speak14.md). senior14-dev: first reading recorded,
  // then dev. senior14-sealed: never printed, scored only with --unseal (first reading at main 22cb727's lib/quotes, once at the end).
  'senior14-dev': { source: 'senior', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-senior14-dev.json', heldOut: false },
  'senior14-sealed': { source: 'senior', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-senior14-sealed.json', heldOut: false /* read once sealed at the end of its stop; dev from speak16 on */ },
  // speak15: two fresh draws no stop had judged, split by article and judged blind before either half was scored (docs/notes/speak15.md):
  // AllSides roundups' article openings (bench/data/allsides.ts, 2021, ~100 outlets; a source no speaker sample read) drawn by
  // bench/speakers-big9.ts --draw allsides, and the 22 SeniorResearch pages speak14's draw left (--draw senior15). The dev halves: first
  // reading recorded, then dev. The sealed halves: never printed, scored only with --unseal (first reading at main 8dc8c8e's lib/quotes, once at the end).
  'as15-dev': { source: 'allsides', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-as15-dev.json', heldOut: false },
  'as15-sealed': { source: 'allsides', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-as15-sealed.json', heldOut: false /* read once sealed at the end of its stop; dev from speak16 on */ },
  'senior15-dev': { source: 'senior', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-senior15-dev.json', heldOut: false },
  // speak16: the sealed halves of senior14, as15 and senior15 were each read once at the end of their stop (speak14.md §7,
  // speak15.md §6); from speak16 on they are dev samples (their errors printed, the ranker fitted on them).
  'senior15-sealed': { source: 'senior', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-senior15-sealed.json', heldOut: false /* read once sealed at the end of its stop; dev from speak16 on */ },
  // label16: Utomo & Leu's "chaos" pages (bench/data/big9.ts loadChaos; a source no speaker sample read), drawn by
  // bench/speakers-big9.ts --draw chaos16 and judged blind; all of it sealed (no dev half): stop 26's out-of-sample check.
  // speak18: chaos16 was scored sealed three times (main before/after speak16, after speak17: 84, 87, 87 of 100); dev from speak18 on.
  'chaos16-sealed': { source: 'chaos', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-chaos16-sealed.json', heldOut: false /* read sealed three times; dev from speak18 on */ },
  // speak19: chaos17, chaos18 and cp18 were each scored sealed twice (before and after speak18); dev from speak19 on.
  // label17: the chaos hosts chaos16 did not draw (bench/speakers-big9.ts --draw chaos17), judged blind; all sealed: speak17's out-of-sample check.
  'chaos17-sealed': { source: 'chaos', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-chaos17-sealed.json', heldOut: false /* read sealed twice (57/70 main 5fba7cb; after speak18); dev from speak19 on */ },
  // label18: the chaos hosts neither chaos16 nor chaos17 drew (bench/speakers-big9.ts --draw chaos18), and CleanPortalEval's gold
  // texts (bench/data/cleanportal.ts, a source no speaker sample read; --draw cp18), judged blind; all sealed: speak18's out-of-sample check.
  'chaos18-sealed': { source: 'chaos', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-chaos18-sealed.json', heldOut: false /* read sealed twice (48/53 main a435cb3; after speak18); dev from speak19 on */ },
  'cp18-sealed': { source: 'cleanportal', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-cp18-sealed.json', heldOut: false /* read sealed twice (20/22; after speak18); dev from speak19 on */ },
  // spk20: SemEval-2018 Task 5's local US news (bench/data/gvc.ts; a source no speaker sample read), the incidents told by one
  // outlet only (no conflicts round reads them), drawn by bench/speakers-big9.ts --draw gvc20 and judged blind; all sealed:
  // stop 28's out-of-sample check (docs/notes/spk20.md).
  // speak20: gvc20 was scored sealed twice (68/80 on main b066893; after speak19); dev from speak20 on.
  'gvc20-sealed': { source: 'gvc', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-gvc20-sealed.json', heldOut: false /* read sealed twice (68/80 main b066893; after speak19); dev from speak20 on */ },
  // label21: the same pool minus gvc20's incidents, hosts and texts (bench/speakers-big9.ts --draw gvc21), judged blind; all
  // sealed: stop 29's out-of-sample check (docs/notes/label21.md).
  'gvc21-sealed': { source: 'gvc', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-gvc21-sealed.json', heldOut: true, sealed: true },
  // label23: Multi-News's national and world news (bench/data/multinews.ts; a source no speaker sample read), every source of the
  // 197 stories of two sources or more, at most one quote a source and two a story (bench/speakers-big9.ts --draw mn23), judged
  // blind; all sealed: stop 30's first reading of "Said by" on it (docs/notes/label23.md).
  // speak36: mn23 was read once sealed (88/100 on main 7c22e55's lib/quotes, label23) and the same on f05589f; dev from speak36 on.
  'mn23-sealed': { source: 'multinews', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-mn23-sealed.json', heldOut: false /* read sealed once (88/100, label23); dev from speak36 on */ },
  // speak36: Multi-News's stories mn23 drew no quote from, split by stop 30's halves (bench/speakers-big9.ts --draw mn36), both judged
  // blind before either was scored (docs/notes/speak36.md). mn36-dev (even stories): first reading recorded, then fixed against.
  // mn36-sealed (odd stories): never printed, scored only with --unseal, once at the end of the round (main's lib and the branch's).
  'mn36-dev': { source: 'multinews', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-mn36-dev.json', heldOut: false },
  // speak37: mn36-sealed was read once at the end of speak36 (70/80 on main f05589f's lib and on speak36's); dev from speak37 on.
  'mn36-sealed': { source: 'multinews', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-mn36-sealed.json', heldOut: false /* read sealed once (70/80, speak36); dev from speak37 on */ },
  // speak37: L3S-GN1's Google News pages of 2008 (loadL3sPages; a source no speaker sample read), through the product's extraction,
  // drawn by bench/speakers-big9.ts --draw l3s37 (seed 37, one quote a page), split dev / sealed by draw order before anything was
  // judged, both judged blind before either was scored (docs/notes/speak37.md). l3s37-dev: first reading recorded, then fixed
  // against. l3s37-sealed: never printed, scored only with --unseal, once at the end of the round (main's lib and the branch's):
  // read once at the end of speak37 (72/80 on main 2179b2f's lib/quotes and on speak37's); set `heldOut: false` (dev) next round.
  'l3s37-dev': { source: 'l3s', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-l3s37-dev.json', heldOut: false },
  // speak39: l3s37-sealed was read once at the end of speak37 (72/80 on main 2179b2f's lib and on speak37's); dev from speak39 on.
  'l3s37-sealed': { source: 'l3s', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-l3s37-sealed.json', heldOut: false /* read sealed once (72/80, speak37); dev from speak39 on */ },
  // speak39: the L3S-GN1 pages l3s37 drew no quote from (bench/speakers-big9.ts --draw l3s39: seed 39, one quote a page and text,
  // l3s37's pages and texts left out), split dev / sealed by draw order before anything was judged, both judged blind before either
  // was scored (docs/notes/speak39.md). l3s39-dev: first reading recorded, then fixed against. l3s39-sealed: never printed, scored
  // only with --unseal, once at the end of the round (main's lib and the branch's).
  'l3s39-dev': { source: 'l3s', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-l3s39-dev.json', heldOut: false },
  // speak40: l3s39-sealed was read once at the end of speak39 (70/80 on main 8e227b4's lib and on speak39's); dev from speak40 on.
  'l3s39-sealed': { source: 'l3s', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-l3s39-sealed.json', heldOut: false /* read sealed once (70/80, speak39); dev from speak40 on */ },
  // speak40: the L3S-GN1 pages neither l3s37 nor l3s39 drew a quote from (bench/speakers-big9.ts --draw l3s40: seed 40, one quote a
  // page and text), 80 quotes, all sealed, judged blind before anything was scored (docs/notes/speak40.md).
  // speak41: read once at the end of speak40 (67/80 on main fdd73f6's lib and on speak40's); dev from speak41 on.
  'l3s40-sealed': { source: 'l3s', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-l3s40-sealed.json', heldOut: false /* read sealed once (67/80, speak40); dev from speak41 on */ },
  // speak41: the L3S-GN1 pages none of l3s37, l3s39, l3s40 drew a quote from (bench/speakers-big9.ts --draw l3s41: seed 41, one quote
  // a page and text), 80 quotes, all sealed, judged blind before anything was scored (docs/notes/speak41.md). Never printed, scored only
  // with --unseal, once at the end of the round (main's lib and the branch's).
  // speak42: read once at the end of speak41 (70/80 on main f5aaff5's lib and on speak41's); dev from speak42 on.
  'l3s41-sealed': { source: 'l3s', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-l3s41-sealed.json', heldOut: false /* read sealed once (70/80, speak41); dev from speak42 on */ },
  // speak42: a fresh source for "other real news" (not L3S-GN1): SemEval-2018 Task 5's one-outlet local news minus every incident,
  // host and text gvc20 and gvc21 drew from (bench/speakers-big9.ts --draw gvc42: seed 42, 80 quotes, all sealed), judged blind before
  // anything was scored (docs/notes/speak42.md). Never printed, scored only with --unseal, once at the end of the round (main's lib and the branch's).
  // speak43: read once at the end of speak42 (71/80 on main f6c65b2's lib and on speak42's); dev from speak43 on.
  'gvc42-sealed': { source: 'gvc', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-gvc42-sealed.json', heldOut: false /* read sealed once (71/80, speak42); dev from speak43 on */ },
  // speak43: the same pool minus every incident, host and text gvc20, gvc21 and gvc42 drew from (bench/speakers-big9.ts --draw gvc43:
  // seed 43, 80 quotes, all sealed), judged blind before anything was scored (docs/notes/speak43.md). Never printed, scored only with
  // --unseal, once at the end of the round (main's lib and the branch's).
  // speak44: read once at the end of speak43 (73/80 on main 58926eb's lib and on speak43's); dev from speak44 on.
  'gvc43-sealed': { source: 'gvc', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-gvc43-sealed.json', heldOut: false /* read sealed once (73/80, speak43); dev from speak44 on */ },
  // speak44: the same pool minus every incident, host and text gvc20, gvc21, gvc42 and gvc43 drew from (bench/speakers-big9.ts --draw
  // gvc44: seed 44; all 74 quotes the pool had left one an incident, host and text; all sealed), judged blind before anything was scored
  // (docs/notes/speak44.md). Never printed, scored only with --unseal, once at the end of the round (main's lib and the branch's).
  // speak45: read once at the end of speak44 (69/74 on main 19d38e1's lib and on speak44's); dev from speak45 on.
  'gvc44-sealed': { source: 'gvc', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-gvc44-sealed.json', heldOut: false /* read sealed once (69/74, speak44); dev from speak45 on */ },
  // speak45: Multi-News's even-index stories minus every source article (page or text) mn23 / mn36 read (bench/speakers-big9.ts --draw
  // mn45: seed 45, 80 quotes, one a source article, two a story; all sealed), judged blind before anything was scored
  // (docs/notes/speak45.md). Never printed, scored only with --unseal, once at the end of the round (main's lib and the branch's).
  // Read once at the end of speak45: 66/80 on main 9b5bf0b's lib (the branch ships no lib change); dev from speak46 on.
  'mn45-sealed': { source: 'multinews', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-mn45-sealed.json', heldOut: false /* read sealed once (66/80, speak45); dev from speak46 on */ },
  // speak46: Multi-News's odd-index stories minus every source article (page or text) mn23 / mn36 / mn45 read (bench/speakers-big9.ts
  // --draw mn46: seed 46, 80 quotes, one a source article, two a story; all sealed), judged blind before anything was scored
  // (docs/notes/speak46.md). Never printed, scored only with --unseal, once at the end of the round (main's lib and the branch's).
  // Read once at the end of speak46: 62/80 on main aaa832b's lib (the branch ships no lib change); dev from the next round on.
  // speak47: read once at the end of speak46 (62/80 on main aaa832b's lib); dev from speak47 on.
  'mn46-sealed': { source: 'multinews', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-mn46-sealed.json', heldOut: false /* read sealed once (62/80, speak46); dev from speak47 on */ },
  // speak47: BBC News articles of 2004-05 (bench/data/bbc.ts; a source no speaker sample read), every direct quote shuffled with
  // seed 47, then the first 100 with a new article and text (bench/speakers-big9.ts --draw bbc47; all sealed), judged blind before
  // anything was scored (docs/notes/speak47.md). Never printed, scored only with --unseal, once at the end of the round (main's lib and the branch's).
  // Read once at the end of speak47: 78/100 on main 41b0c81's lib and on speak47's (the officer rule changes none of its quotes); dev from the next round on.
  // marks47: read once at the end of speak47 (78/100); dev from this round on (its errors are printed).
  'bbc47-sealed': { source: 'bbc', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-bbc47-sealed.json', heldOut: false /* read sealed once (78/100, speak47); dev from marks47 on */ },
  // speak48: Reuters-21578, 1987 newswire (bench/data/reuters.ts; a source no speaker sample read), every direct quote shuffled with
  // seed 48, then the first 100 with a new story and text (bench/speakers-big9.ts --draw r48; all sealed), judged blind before
  // anything was scored (docs/notes/speak48.md). Never printed, scored only with --unseal, once at the end of the round (main's lib and the branch's).
  // Read once at the end of speak48: 93/100 on main a1b9c05's lib and on speak48's (the same quote by quote); dev from the next round on.
  // speak49: read once at the end of speak48 (93/100 on main a1b9c05's lib and on speak48's); dev from speak49 on.
  'r48-sealed': { source: 'reuters', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r48-sealed.json', heldOut: false /* read sealed once (93/100, speak48); dev from speak49 on */ },
  // speak49: US political news of 2015-19 from five outlets (bench/data/gbnews.ts; a source no speaker sample read), every direct
  // quote of the articles no earlier source holds shuffled with seed 49, then the first 100 with a new article and text
  // (bench/speakers-big9.ts --draw r49; all sealed), judged blind before anything was scored (docs/notes/speak49.md). Never
  // printed, scored only with --unseal, once at the end of the round (main's lib and the branch's).
  // Read once at the end of speak49: 78/100 on main 9992eaa's lib and on speak49's (the same quote by quote); dev from the next round on.
  // speak50: read once at the end of speak49 (78/100 on main 9992eaa's lib and on speak49's); dev from speak50 on.
  'r49-sealed': { source: 'gbnews', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r49-sealed.json', heldOut: false /* read sealed once (78/100, speak49); dev from speak50 on */ },
  // speak50: the genuine-news texts of three fake-news data sets — celebrity news of 2016-17, US political news of 2016 (bench/data/fnd.ts;
  // a source no speaker sample read) — every direct quote of the articles no earlier source holds shuffled with seed 50, then the
  // first 100 with a new article and text (bench/speakers-big9.ts --draw r50; all sealed), judged blind before anything was scored
  // (docs/notes/speak50.md). Never printed, scored only with --unseal, once at the end of the round (main's lib and the branch's).
  // Read once at the end of speak50: 78/100 on main 1517dbb8's lib and on speak50's (the same quote by quote); dev from speak51 on.
  'r50-sealed': { source: 'fnd', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r50-sealed.json', heldOut: false /* read sealed once (78/100, speak50); dev from speak51 on */ },
  // speak51: newswire of 1996-2000 (Associated Press, The New York Times, Xinhua) of the DUC 2006 and DUC 2007 main-task document
  // sets (bench/data/aquaint.ts; a source no speaker sample read — the conflicts rounds 30 / 30b read it for conflicts only),
  // every direct quote of the stories no earlier speaker source holds shuffled with seed 51, then the first 100 with a new story
  // and text (bench/speakers-big9.ts --draw r51; all sealed), judged blind before anything was scored (docs/notes/speak51.md).
  // Never printed, scored only with --unseal, once at the end of the round (main's lib and the branch's).
  // Read once at the end of speak51: 93/100 on main 5275bab1's lib and on speak51's (the same quote by quote); dev from the next round on.
  // speak52: read once at the end of speak51 (93/100 on main 5275bab1's lib and on speak51's); dev from speak52 on.
  'r51-sealed': { source: 'duc', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r51-sealed.json', heldOut: false /* read sealed once (93/100, speak51); dev from speak52 on */ },
  // speak52: US political web news and opinion of 2016-18 from 295 sites, the by-article training set of SemEval-2019 Task 4
  // (bench/data/hyperpartisan.ts; a source no speaker sample read), every direct quote of the articles no earlier speaker source
  // holds shuffled with seed 52, then the first 100 with a new article and text (bench/speakers-big9.ts --draw r52; all sealed),
  // judged blind before anything was scored (docs/notes/speak52.md). Never printed, scored only with --unseal, once at the end of
  // the round (main's lib and the branch's).
  // speak53: read once at the end of speak52 (83/100 on main af6a71d8's lib and on speak52's); dev from speak53 on.
  'r52-sealed': { source: 'hp', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r52-sealed.json', heldOut: false /* read sealed once (83/100, speak52); dev from speak53 on */ },
  // speak53: US campaign web news of 19-27 September 2016 from nine publishers (three mainstream, six hyperpartisan), the BuzzFeed-Webis
  // Fake News Corpus 2016 (bench/data/buzzfeedwebis.ts; a source no speaker sample read), every direct quote of the articles no earlier
  // speaker source holds shuffled with seed 53, then the first 100 with a new article and text (bench/speakers-big9.ts --draw r53; all
  // sealed), judged blind before anything was scored (docs/notes/speak53.md). Never printed, scored only with --unseal, once at the end
  // of the round (main's lib and the branch's).
  // speak54: read once at the end of speak53 (79/100 on main 4c646d90's lib and on speak53's); dev from speak54 on.
  'r53-sealed': { source: 'bfw', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r53-sealed.json', heldOut: false /* read sealed once (79/100, speak53); dev from speak54 on */ },
  // speak54: US news of the 2016 election season, McIntire's fake_or_real_news (the first 256 rows a public copy keeps with their
  // paragraphs; bench/data/fakereal.ts; a source no speaker sample read), every direct quote of the articles no earlier speaker
  // source holds shuffled with seed 54, then the first 100 with a new article and text (bench/speakers-big9.ts --draw r54; all
  // sealed), judged blind before anything was scored (docs/notes/speak54.md). Never printed, scored only with --unseal, once at
  // the end of the round (main's lib and the branch's).
  // speak55: read once at the end of speak54 (77/94 on main 486f83e8's lib and on speak54's); dev from speak55 on.
  'r54-sealed': { source: 'fr', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r54-sealed.json', heldOut: false /* read sealed once (77/94, speak54); dev from speak55 on */ },
  // speak55: web news and opinion of 2017-19 from some fifty outlets, the news articles of the Propaganda Techniques Corpus
  // (SemEval-2020 Task 11, train and dev articles; bench/data/ptc.ts; a source no speaker sample read), every direct quote of the
  // articles no earlier speaker source holds shuffled with seed 55, then the first 100 with a new article and text
  // (bench/speakers-big9.ts --draw r55; all sealed), judged blind before anything was scored (docs/notes/speak55.md). Never
  // printed, scored only with --unseal, once at the end of the round (main's lib and the branch's).
  // speak56: read once at the end of speak55 (85/100 on main e40c9086's lib and on speak55's); dev from speak56 on.
  'r55-sealed': { source: 'ptc', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r55-sealed.json', heldOut: false /* read sealed once (85/100, speak55); dev from speak56 on */ },
  // speak56: Reuters wire stories of October-December 2017, the true half of the ISOT Fake News Dataset (the first 989 rows a public
  // copy keeps; bench/data/isot.ts; a source no speaker sample read), every direct quote of the stories no earlier speaker source
  // holds shuffled with seed 56, then the first 100 with a new article and text (bench/speakers-big9.ts --draw r56; all sealed),
  // judged blind before anything was scored (docs/notes/speak56.md). Never printed, scored only with --unseal, once at the end of
  // the round (main's lib and the branch's).
  // speak57: read once at the end of speak56 (81/100 on main dd1921b4's lib, 82/100 on speak56's); dev from speak57 on.
  'r56-sealed': { source: 'isot', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r56-sealed.json', heldOut: false /* read sealed once (81/100 main, 82/100 speak56); dev from speak57 on */ },
  // speak57: English web news of 2014-15 from many outlets, the article bodies of the Fake News Challenge stage 1 (FNC-1, from the
  // Emergent data set; bench/data/fnc.ts; a source no speaker sample read), every direct quote of the bodies no earlier speaker
  // source holds shuffled with seed 57, then the first 100 with a new article and text (bench/speakers-big9.ts --draw r57; all
  // sealed), judged blind before anything was scored (docs/notes/speak57.md). Never printed, scored only with --unseal, once at
  // the end of the round (main's lib and the branch's).
  // speak57b: read once at the end of speak57 (83/100 on main 0a6637b4's lib = speak57's); dev from speak57b on.
  'r57-sealed': { source: 'fnc', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r57-sealed.json', heldOut: false /* read sealed once (83/100 main = speak57); dev from speak57b on */ },
  // speak58: English web pages of 2004-05 that Wikinews articles cited, WikinewsSum's sources (bench/data/wikinewssum.ts; a source no
  // speaker sample read), every direct quote of the texts no earlier speaker source holds shuffled with seed 58, then the first with a
  // new article and text: 76, every fresh text that holds a direct quote (bench/speakers-big9.ts --draw r58; all sealed), judged
  // blind before anything was scored (docs/notes/speak58.md). Never printed, scored only with --unseal, once on main's lib at the
  // end of the labelling and once on the branch's if a rule ships.
  // speak59: read once at the end of speak58 (69/76 on main 92321c16's lib and on speak58's, the same quote by quote); dev from speak59 on.
  'r58-sealed': { source: 'wns', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r58-sealed.json', heldOut: false /* read sealed once (69/76 main = speak58); dev from speak59 on */ },
  // speak59: newswire of 2004-06 (AFP, AP, LA Times-Washington Post, NYT, Xinhua, CNA), the AQUAINT-2 stories of TAC 2009-11's set-A
  // topics (bench/data/tac.ts; a source no speaker sample read), every direct quote of the stories no earlier speaker source holds
  // shuffled with seed 59, then the first 100 with a new article and text (bench/speakers-big9.ts --draw r59; all sealed), judged blind
  // before anything was scored (docs/notes/speak59.md). Never printed, scored only with --unseal, once on main's lib at the end of the
  // labelling and once on the branch's if a rule ships and its errors were never read.
  // speak60: read once at the end of speak59 (90/100 on main 915818da's lib = speak59's); dev from speak60 on.
  'r59-sealed': { source: 'tac', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r59-sealed.json', heldOut: false /* read sealed once (90/100 main = speak59); dev from speak60 on */ },
  // speak60: BBC News web pages of 2010-17, FRANK's XSum test articles (bench/data/frank.ts; a source no speaker sample read), every
  // direct quote of the articles no earlier speaker source holds shuffled with seed 60, then the first 100 with a new article and text
  // (bench/speakers-big9.ts --draw r60; all sealed), judged blind before anything was scored (docs/notes/speak60.md). Never printed,
  // scored only with --unseal, once on main's lib at the end of the labelling and once on the branch's if a rule ships and its errors
  // were never read.
  // speak61: read once at the end of speak60 (72/100 on main 506db590's lib, the same 100 answers with speak60's rule); dev from speak61 on.
  'r60-sealed': { source: 'xsum', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r60-sealed.json', heldOut: false /* read sealed once (72/100 main, speak60); dev from speak61 on */ },
  // speak61: English news pages of 2023-25 from some sixty publishers, fundus's parser-test articles (bench/data/fundus.ts; a source no
  // speaker sample read), every direct quote of the articles no earlier speaker source holds shuffled with seed 61, then the first with
  // a new article and text: 31, every fresh article with a direct quote (bench/speakers-big9.ts --draw r61; all sealed), judged blind
  // before anything was scored (docs/notes/speak61.md). Never printed, scored only with --unseal, once on main's lib at the end of the
  // labelling and once on the branch's if a rule ships and its errors were never read.
  // speak62: read once at the end of speak61 (25/31 on main 6e64cb40's lib, the same 31 answers with speak61's first cut); dev from speak62 on.
  'r61-sealed': { source: 'fundus', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r61-sealed.json', heldOut: false /* read sealed once (25/31 main, speak61); dev from speak62 on */ },
  // speak62: news pages of 2016-22 from some eighty sites, Postlight Parser's test fixtures (bench/data/postlight.ts; a source no speaker
  // sample read; each page through the product's own extraction), every direct quote of the articles no earlier speaker source holds
  // shuffled with seed 62, then the first with a new article and text: 37, every fresh article with a direct quote (bench/speakers-big9.ts
  // --draw r62; all sealed), judged blind before anything was scored (docs/notes/speak62.md). Never printed, scored only with --unseal,
  // once on main's lib at the end of the labelling and once on the branch's if a rule ships and its errors were never read.
  // speak63: read once at the end of speak62 (34/37 on main b8d76469's lib; no rule shipped); dev from speak63 on.
  'r62-sealed': { source: 'postlight', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r62-sealed.json', heldOut: false /* read sealed once (34/37 main, speak62); dev from speak63 on */ },
  // speak63: US political news of 2010-19 from Fox News, The New York Times and HuffPost, BASIL's articles (bench/data/basil.ts; a source
  // no speaker sample read; the events the engine's fact sets label left out), every direct quote of the articles no earlier speaker source
  // holds shuffled with seed 63, then the first with a new article and text: 94 (bench/speakers-big9.ts --draw r63; all sealed), judged
  // blind before anything was scored (docs/notes/speak63.md). Never printed, scored only with --unseal, once on main's lib at the end of
  // the labelling and once on the branch's if a rule ships and its errors were never read.
  // speak64: read once at the end of speak63 (74/94 on main 782723c9's lib, the same 94 answers with speak63's rule); dev from speak64 on.
  'r63-sealed': { source: 'basil', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r63-sealed.json', heldOut: false /* read sealed once (74/94 main, speak63); dev from speak64 on */ },
  // speak64: US English news of 21-26 March 2023 from some fifty sites, Hu & Levy's NewsData.io corpus (bench/data/newsdata.ts; a source
  // no speaker sample read), every direct quote of the articles no earlier speaker source holds shuffled with seed 64, then the first
  // with a new article and text, up to 100 (bench/speakers-big9.ts --draw r64; all sealed), judged blind before anything was scored
  // (docs/notes/speak64.md). Never printed, scored only with --unseal, once on main's lib at the end of the labelling and once on the
  // branch's if a rule ships and its errors were never read.
  // speak65: read once at the end of speak64 (50/58 on main 0818c101's lib, the same 58 answers with speak64's rule); dev from speak65 on.
  'r64-sealed': { source: 'newsdata', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r64-sealed.json', heldOut: false /* read sealed once (50/58 main, speak64); dev from speak65 on */ },
  // speak65: US news and opinion of 2012-20 from some seventy outlets AllSides rates, a text-blind subset of Baly et al.'s
  // Article-Bias-Prediction articles (bench/data/abp.ts; a source no speaker sample read), every direct quote of the articles no earlier
  // speaker source holds shuffled with seed 65, then the first with a new article and text: 100 (bench/speakers-big9.ts --draw r65; all
  // sealed), judged blind before anything was scored (docs/notes/speak65.md). Never printed, scored only with --unseal, once on main's lib
  // at the end of the labelling and once on the branch's if a rule ships and its errors were never read.
  // speak66: read once at the end of speak65 (88/100 on main ba0877f3's lib, the same 100 answers with speak65's rule); dev from speak66 on.
  'r65-sealed': { source: 'abp', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r65-sealed.json', heldOut: false /* read sealed once (88/100 main, speak65); dev from speak66 on */ },
  // speak66: the next 1,500 Article-Bias-Prediction files in the same fnv1a order (source 'abp2'; r65's articles are the first 1,500), every
  // direct quote of the articles no earlier speaker source (r65's 'abp' among them) holds shuffled with seed 66, then the first with a new
  // article and text, up to 100 (bench/speakers-big9.ts --draw r66; all sealed), judged blind before anything was scored
  // (docs/notes/speak66.md). Never printed, scored only with --unseal, once on main's lib at the end of the labelling and once on the
  // branch's if a rule ships and its errors were never read.
  // speak67: read once at the end of speak66's labelling (92/100 on main 3d464631's lib, the same 100 answers with speak66's rule); dev from speak67 on.
  'r66-sealed': { source: 'abp2', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r66-sealed.json', heldOut: false /* read sealed once (92/100 main, speak66); dev from speak67 on */ },
  // speak67: the next 1,500 Article-Bias-Prediction files in the same fnv1a order (source 'abp3', files 3,000-4,499), every direct quote
  // of the articles no earlier speaker source (r65's 'abp' and r66's 'abp2' among them) holds shuffled with seed 67, then the first with a
  // new article and text, up to 100 (bench/speakers-big9.ts --draw r67; all sealed), judged blind before anything was scored
  // (docs/notes/speak67.md). Never printed, scored only with --unseal, once on main's lib at the end of the labelling and once on the
  // branch's if a rule ships and its errors were never read.
  // speak68: read once at the end of speak67's labelling (82/100 on main 85ac45a8's lib, the same 100 answers with speak67's rules); dev from speak68 on.
  'r67-sealed': { source: 'abp3', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r67-sealed.json', heldOut: false /* read sealed once (82/100 main, speak67); dev from speak68 on */ },
  // speak68: the next 1,500 Article-Bias-Prediction files in the same fnv1a order (source 'abp4', files 4,500-5,999), every direct quote
  // of the articles no earlier speaker source ('abp', 'abp2' and 'abp3' among them) holds shuffled with seed 68, then the first with a
  // new article and text, up to 100 (bench/speakers-big9.ts --draw r68; all sealed), judged blind before anything was scored
  // (docs/notes/speak68.md). Never printed, scored only with --unseal, once on main's lib at the end of the labelling and once on the
  // branch's if a rule ships and its errors were never read.
  // speak69: read once at the end of speak68's labelling (94/100 on main 6e22a0e6's lib, the same 100 answers with speak68's rules); dev from speak69 on.
  'r68-sealed': { source: 'abp4', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r68-sealed.json', heldOut: false /* read sealed once (94/100 main, speak68); dev from speak69 on */ },
  // speak69: the next 1,500 Article-Bias-Prediction files in the same fnv1a order (source 'abp5', files 6,000-7,499), every direct quote
  // of the articles no earlier speaker source ('abp' to 'abp4' among them) holds shuffled with seed 69, then the first with a new article
  // and text, up to 100 (bench/speakers-big9.ts --draw r69; all sealed), judged blind before anything was scored (docs/notes/speak69.md).
  // Never printed, scored only with --unseal, once on main's lib at the end of the labelling and once on the branch's if a rule ships.
  // speak70: read once at the end of speak69's labelling (86/100 on main 9f34c5a5's lib); dev from speak70 on.
  'r69-sealed': { source: 'abp5', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r69-sealed.json', heldOut: false /* read sealed once (86/100 main, speak69); dev from speak70 on */ },
  // speak70: the next 1,500 Article-Bias-Prediction files in the same fnv1a order (source 'abp6', files 7,500-8,999), every direct quote
  // of the articles no earlier speaker source ('abp' to 'abp5' among them) holds shuffled with seed 70, then the first with a new article
  // and text, up to 100 (bench/speakers-big9.ts --draw r70; all sealed), judged blind before anything was scored (docs/notes/speak70.md).
  // Never printed, scored only with --unseal, once on main's lib at the end of the labelling and once on the branch's if a rule ships.
  // speak71: read once at the end of speak70's labelling (86/100 on main 975c8b48's lib); dev from speak71 on.
  'r70-sealed': { source: 'abp6', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r70-sealed.json', heldOut: false /* read sealed once (86/100 main, speak70); dev from speak71 on */ },
  // speak71: the next 1,500 Article-Bias-Prediction files in the same fnv1a order (source 'abp7', files 9,000-10,499), every direct quote
  // of the articles no earlier speaker source ('abp' to 'abp6' among them) holds shuffled with seed 71, then the first with a new article
  // and text, up to 100 (bench/speakers-big9.ts --draw r71; all sealed), judged blind before anything was scored (docs/notes/speak71.md).
  // Never printed, scored only with --unseal, once on main's lib at the end of the labelling and once on the branch's if a rule ships.
  // speak72: read once at the end of speak71's labelling (88/100 on main 7f39cd39's lib); dev from speak72 on.
  'r71-sealed': { source: 'abp7', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r71-sealed.json', heldOut: false /* read sealed once (88/100 main, speak71); dev from speak72 on */ },
  // speak72: the next 1,500 Article-Bias-Prediction files in the same fnv1a order (source 'abp8', files 10,500-11,999), every direct quote
  // of the articles no earlier speaker source ('abp' to 'abp7' among them) holds shuffled with seed 72, then the first with a new article
  // and text, up to 100 (bench/speakers-big9.ts --draw r72; all sealed), judged blind before anything was scored (docs/notes/speak72.md).
  // Never printed, scored only with --unseal, once on main's lib at the end of the labelling and once on the branch's if a rule ships.
  // speak73: read once at the end of speak72's labelling (88/100 on main f45a5059's lib); dev from speak73 on.
  'r72-sealed': { source: 'abp8', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r72-sealed.json', heldOut: false /* read sealed once (88/100 main, speak72); dev from speak73 on */ },
  // speak73: the next 1,500 Article-Bias-Prediction files in the same fnv1a order (source 'abp9', files 12,000-13,499), every direct quote
  // of the articles no earlier speaker source ('abp' to 'abp8' among them) holds shuffled with seed 73, then the first with a new article
  // and text, up to 100 (bench/speakers-big9.ts --draw r73; all sealed), judged blind before anything was scored (docs/notes/speak73.md).
  // Never printed, scored only with --unseal, once on main's lib at the end of the labelling and once on the branch's if a rule ships.
  // speak74: read once at the end of speak73's labelling (82/98 on main d2afce96's lib); dev from speak74 on.
  'r73-sealed': { source: 'abp9', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r73-sealed.json', heldOut: false /* read sealed once (82/98 main, speak73); dev from speak74 on */ },
  // speak74: the next 1,500 Article-Bias-Prediction files in the same fnv1a order (source 'abp10', files 13,500-14,999), every direct quote
  // of the articles no earlier speaker source ('abp' to 'abp9' among them) holds shuffled with seed 74, then the first with a new article
  // and text, up to 100 (bench/speakers-big9.ts --draw r74; all sealed), judged blind before anything was scored (docs/notes/speak74.md).
  // Never printed, scored only with --unseal, once on main's lib at the end of the labelling and once on the branch's if a rule ships.
  // speak75: read once at the end of speak74's labelling (74/84 on main 6e4588d2's lib); dev from speak75 on.
  'r74-sealed': { source: 'abp10', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r74-sealed.json', heldOut: false /* read sealed once (74/84 main, speak74); dev from speak75 on */ },
  // speak75: the next 3,000 Article-Bias-Prediction files in the same fnv1a order (source 'abp11', files 15,000-17,999: ~90 % of a 1,500
  // slice is held by earlier sources), every direct quote of the articles no earlier speaker source ('abp' to 'abp10' among them) holds
  // shuffled with seed 75, then the first with a new article and text, up to 100 (bench/speakers-big9.ts --draw r75; all sealed), judged
  // blind before anything was scored (docs/notes/speak75.md). Never printed, scored only with --unseal.
  // speak77: read once at the end of speak75's labelling (86/100 on main 99e8f9bf's lib); dev from speak77 on.
  'r75-sealed': { source: 'abp11', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r75-sealed.json', heldOut: false /* read sealed once (86/100 main, speak75); dev from speak77 on */ },
  // draw76: the next 3,000 Article-Bias-Prediction files in the same fnv1a order (source 'abp12', files 18,000-20,999), every direct quote
  // of the articles no earlier speaker source ('abp' to 'abp11' among them) holds shuffled with seed 76, then the first with a new article
  // and text, up to 100 (bench/speakers-big9.ts --draw r76; all sealed), judged blind before anything was scored (docs/notes/draw76.md).
  // Never printed, scored only with --unseal.
  // speak77: read once at the end of draw76's labelling (82/100 on main ffdff75a's lib); dev from speak77 on.
  'r76-sealed': { source: 'abp12', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r76-sealed.json', heldOut: false /* read sealed once (82/100 main, draw76); dev from speak77 on */ },
  // draw77: the next 3,000 Article-Bias-Prediction files in the same fnv1a order (source 'abp13', files 21,000-23,999), every direct quote
  // of the articles no earlier speaker source ('abp' to 'abp12' among them) holds shuffled with seed 77, then the first with a new article
  // and text, up to 100 (bench/speakers-big9.ts --draw r77; all sealed), judged blind before anything was scored (docs/notes/draw77.md).
  // Never printed, scored only with --unseal.
  // speak78: read once at the end of draw77's labelling (84/100 on main 7bb11720's lib); dev from speak78 on.
  'r77-sealed': { source: 'abp13', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r77-sealed.json', heldOut: false /* read sealed once (84/100 main 7bb11720, draw77); dev from speak78 on */ },
  // draw78: the next 3,000 Article-Bias-Prediction files in the same fnv1a order (source 'abp14', files 24,000-26,999), every direct quote
  // of the articles no earlier speaker source ('abp' to 'abp13' among them) holds shuffled with seed 78, then the first with a new article
  // and text, up to 100 (bench/speakers-big9.ts --draw r78; all sealed), judged blind before anything was scored (docs/notes/draw78.md).
  // Never printed, scored only with --unseal.
  // speak79: read once at the end of draw78's labelling (91/100 on main 2e57d089's lib); dev from speak79 on.
  'r78-sealed': { source: 'abp14', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r78-sealed.json', heldOut: false /* read sealed once (91/100 main 2e57d089, draw78); dev from speak79 on */ },
  // draw79: the next 6,000 Article-Bias-Prediction files in the same fnv1a order (source 'abp15', files 27,000-32,999: files 27,000-29,999
  // alone left 81 articles no earlier source holds, 71 of them with a direct quote, under 100, so the next 3,000 were taken the same way),
  // every direct quote of the articles no earlier speaker source ('abp' to 'abp14' among them) holds shuffled with seed 79, then the first
  // with a new article and text, up to 100 (bench/speakers-big9.ts --draw r79; all sealed), judged blind before anything was scored
  // (docs/notes/draw79.md).
  // speak80: read once at the end of draw79's labelling (88/100 on main b118f65e's lib); dev from speak80 on.
  'r79-sealed': { source: 'abp15', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r79-sealed.json', heldOut: false /* read sealed once (88/100 main b118f65e, draw79); dev from speak80 on */ },
  // draw80: the last Article-Bias-Prediction files in the same fnv1a order (source 'abp16', files 33,000-37,553, the end of the data set),
  // every direct quote of the articles no earlier speaker source ('abp' to 'abp15' among them) holds shuffled with seed 80, then the first
  // with a new article and text, up to 100 (bench/speakers-big9.ts --draw r80; all sealed: 96, as only 96 of the 106 fresh articles hold a
  // direct quote), judged blind before anything was scored (docs/notes/draw80.md). Article-Bias-Prediction is spent after it.
  // speak81: read once at the end of draw80's labelling (87/96 on main 98ddc61c's lib); dev from speak81 on.
  'r80-sealed': { source: 'abp16', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r80-sealed.json', heldOut: false /* read sealed once (87/96 main 98ddc61c, draw80) */ },
  // draw81: Dragnet's gold texts (source 'dragnet', Moz 2012 news and blog pages; loadDragnetPages), every direct quote of the articles no
  // earlier speaker source ('abp' to 'abp16' among them) holds shuffled with seed 81, then the first with a new article and text, up to 100
  // (bench/speakers-big9.ts --draw r81; all sealed: 100 of 421 quotes in 174 of the 487 fresh articles), judged blind before anything was
  // scored (docs/notes/draw81.md).
  // speak82: read once at the end of draw81's labelling (85/100 on main fd567065's lib); dev from speak82 on.
  'r81-sealed': { source: 'dragnet', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r81-sealed.json', heldOut: false /* read sealed once (85/100 main fd567065, draw81) */ },
  // draw82: DUC 2003 task 4's and DUC 2004 task 2's newswire as one source (source 'duc0304', AP, NYT and Xinhua stories of 1996-2000;
  // loadDuc0304Pages), every direct quote of the articles no earlier speaker source ('dragnet' among them) holds shuffled with seed 82, then
  // the first with a new article and text, up to 100 (bench/speakers-big9.ts --draw r82; all sealed), judged blind before anything was
  // scored (docs/notes/draw82.md). Never printed, scored only with --unseal.
  'r82-sealed': { source: 'duc0304', stride: 0, offset: 0, file: 'tests/data/quotes/speakers-r82-sealed.json', heldOut: true, sealed: true },
};
export type SampleName = string;

export interface Page {
  page: string;
  article: Article;
}

/** What a candidate source would give a speakers draw: the direct quotes the product extracts from `pages`, and how many of the pages hold one (draw80-next, draw81-next). */
export function directQuoteYield(pages: readonly Page[]): { quotes: number; withQuote: number } {
  let quotes = 0;
  let withQuote = 0;
  for (const p of pages) {
    const n = extractQuotes(p.article).filter((q) => q.kind === 'direct').length;
    quotes += n;
    if (n) withQuote++;
  }
  return { quotes, withQuote };
}

/** The zyte pages ingested as the extension reads a page; cached in $SPEAKERS_CACHE when set (dev loop). */
export function loadPages(dir: string): Page[] {
  const cache = process.env.SPEAKERS_CACHE;
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Page[];
  const out: Page[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.html.gz')).sort()) {
    const html = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    const r = ingestFile({ name: f.replace(/\.gz$/, ''), content: html }, nodeEnv);
    const a = r.articles.find((x) => x.units.length > 0);
    if (a) out.push({ page: f.replace(/\.html\.gz$/, ''), article: a });
  }
  if (cache) writeFileSync(cache, JSON.stringify(out));
  return out;
}

// (speak19) A curly apostrophe is the straight one ("Tim O’Brien" is "Tim O'Brien": a page's typography, not another name).
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
/**
 * Words of a name; a hyphen joins no more than a space does ("Kim Jong-un" is "Kim Jong Un"). (speak46) Two capitals standing
 * as a word are two initials, as with dots ("OJ Simpson" is "O.J. Simpson").
 */
export const nameWords = (s: string) =>
  fold(s.replace(/(?<![\p{L}.])(\p{Lu})(\p{Lu})(?![\p{L}.])/gu, '$1 $2')).split(/[\s.,-]+/).filter((w) => w && !/^(?:jr|sr|ii|iii)$/.test(w));

/** Same person: same surname, and one name's words contained in the other's. */
export function sameSpeaker(got: string | null, expected: string | null): boolean {
  if (got === null || expected === null) return got === expected;
  const g = nameWords(got);
  const e = nameWords(expected);
  if (!g.length || !e.length || g[g.length - 1] !== e[e.length - 1]) return false;
  const gs = new Set(g);
  const es = new Set(e);
  return g.every((w) => es.has(w)) || e.every((w) => gs.has(w));
}

/** NewsWCL50's articles (page = article id, "wcl-<event>_<outlet>"), in id order; [] when its mirror is absent. */
export function loadWcl(): Page[] {
  const docs = loadNewsWcl();
  if (!docs) return [];
  return docs.map((d) => ({ page: d.article.id, article: d.article })).sort((a, b) => (a.page < b.page ? -1 : 1));
}


/** Right for a judged quote: the judged person, another person the words are as much given to, or (for an organisation's words) nobody or the organisation. */
export function isRight(got: string | null, j: Judged): boolean {
  return sameSpeaker(got, j.speaker) || [j.also ?? []].flat().some((x) => sameSpeaker(got, x)) || (j.org !== undefined && got !== null && nameWords(j.org).includes(nameWords(got).pop()!));
}

/** A sample's judgements; null when its file is absent. */
export function judgedOf(name: SampleName): Judged[] | null {
  const file = join(ROOT, SAMPLES[name]!.file);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { quotes: Judged[] }).quotes : null;
}

const sources = new Map<Source, Page[]>();
/** The pages of a source (zyte: ../shared; wcl: the NewsWCL50 mirrors); null when absent. */
export function pagesOf(source: Source): Page[] | null {
  if (!sources.has(source)) {
    if (source === 'zyte') sources.set(source, ZYTE_DIR ? loadPages(ZYTE_DIR) : []);
    else if (source === 'ecb') sources.set(source, loadEcb());
    else if (source === 'polnear') sources.set(source, loadPolnearPages());
    else if (source === 'big9') sources.set(source, loadBig9Pages());
    else if (source === 'senior') sources.set(source, loadSeniorPages());
    else if (source === 'allsides') sources.set(source, loadAllSidesPages());
    else if (source === 'chaos') sources.set(source, loadChaosPages());
    else if (source === 'cleanportal') sources.set(source, loadCleanPortalPages());
    else if (source === 'gvc') sources.set(source, loadGvcPages());
    else if (source === 'multinews') sources.set(source, loadMultiNewsPages());
    else if (source === 'l3s') sources.set(source, loadL3sPages());
    else if (source === 'bbc') sources.set(source, loadBbcPages());
    else if (source === 'reuters') sources.set(source, loadReutersPages());
    else if (source === 'gbnews') sources.set(source, loadGbNewsPages());
    else if (source === 'fnd') sources.set(source, loadFndPages());
    else if (source === 'duc') sources.set(source, loadDucAquaintPages());
    else if (source === 'hp') sources.set(source, loadHyperpartisanPages());
    else if (source === 'bfw') sources.set(source, loadBuzzFeedWebisPages());
    else if (source === 'fr') sources.set(source, loadFakeRealPages());
    else if (source === 'ptc') sources.set(source, loadPtcPages());
    else if (source === 'isot') sources.set(source, loadIsotPages());
    else if (source === 'fnc') sources.set(source, loadFncPages());
    else if (source === 'wns') sources.set(source, loadWikinewsSumPages());
    else if (source === 'tac') sources.set(source, loadTacPages());
    else if (source === 'xsum') sources.set(source, loadFrankXsumPages());
    else if (source === 'fundus') sources.set(source, loadFundusPages());
    else if (source === 'postlight') sources.set(source, loadPostlightPages());
    else if (source === 'basil') sources.set(source, loadBasilPages());
    else if (source === 'newsdata') sources.set(source, loadNewsDataPages());
    else if (source === 'abp') sources.set(source, loadAbpPages());
    else if (source === 'abp2') sources.set(source, loadAbpPages(1));
    else if (source === 'abp3') sources.set(source, loadAbpPages(2));
    else if (source === 'abp4') sources.set(source, loadAbpPages(3));
    else if (source === 'abp5') sources.set(source, loadAbpPages(4));
    else if (source === 'abp6') sources.set(source, loadAbpPages(5));
    else if (source === 'abp7') sources.set(source, loadAbpPages(6));
    else if (source === 'abp8') sources.set(source, loadAbpPages(7));
    else if (source === 'abp9') sources.set(source, loadAbpPages(8));
    else if (source === 'abp10') sources.set(source, loadAbpPages(9));
    else if (source === 'abp11') sources.set(source, loadAbpFiles(15000, 3000));
    else if (source === 'abp12') sources.set(source, loadAbpFiles(18000, 3000));
    else if (source === 'abp13') sources.set(source, loadAbpFiles(21000, 3000));
    else if (source === 'abp14') sources.set(source, loadAbpFiles(24000, 3000));
    else if (source === 'abp15') sources.set(source, loadAbpFiles(27000, 6000));
    else if (source === 'abp16') sources.set(source, loadAbpFiles(33000, 4554));
    else if (source === 'dragnet') sources.set(source, loadDragnetPages());
    else if (source === 'duc0304') sources.set(source, loadDuc0304Pages());
    else sources.set(source, loadWcl());
  }
  const p = sources.get(source)!;
  return p.length ? p : null;
}

/**
 * ECB+ (Cybulska & Vossen, LREC 2014; CC BY 3.0): 982 news articles of 43 topics (bench/data/ecbplus.ts: one
 * sentence a paragraph, as that loader ingests them), page = article id "ecb-<topic>_<n>[p]", in id order; []
 * (with the reason printed) when the mirror is absent. No sample before sealed8 read it.
 */
export function loadEcb(): Page[] {
  const docs = loadEcbPlus();
  if (!docs) {
    console.log(`ecb: skipped, the ECB+ mirror is absent (${ECB_GIT}; fetch github:cltl/ECB-parser)`);
    return [];
  }
  return docs.map((d) => ({ page: d.article.id, article: d.article })).sort((a, b) => (a.page < b.page ? -1 : 1));
}

/**
 * PolNeAR (bench/data/polnear.ts; no licence stated, read from the mirror only): the articles of all three compartments,
 * page = "pn-<filename>"; [] (with the reason printed) when the mirror is absent. The test compartment was first read by speak10
 * (polnear10-sealed).
 */
export function loadPolnearPages(): Page[] {
  const docs = [...(loadPolnear('train') ?? []), ...(loadPolnear('dev') ?? []), ...(loadPolnear('test') ?? [])];
  if (!docs.length) console.log(`polnear: skipped, the PolNeAR mirror is absent (${POLNEAR_GIT}; fetch github:networkdynamics/PolNeAR)`);
  return docs.map((d) => ({ page: d.id, article: d.article })).sort((a, b) => (a.page < b.page ? -1 : 1));
}

/**
 * The direct quote a judged offset falls in. Up to two characters of slack before the quote: a sample drawn when
 * `''` was read as two marks stored the offset of the second apostrophe (polnear9's New York Times quotes), and one
 * drawn before quote79 stored a doubled opening mark's (`` or ‘‘) first character.
 */
export const quoteAt = <Q extends { start: number; end: number }>(qs: Q[], at: number): Q | undefined => qs.find((x) => x.start <= at && at < x.end) ?? qs.find((x) => x.start === at + 1 || x.start === at + 2);

/**
 * Every judged quote of a sample with the answer the code gives it now: the judgement, its page's article, the quote
 * extractQuotes finds at its place (undefined: none) and the rule that answered it with the rules it tried (onRule).
 */
export function* judgedAnswers(name: SampleName) {
  const pages = new Map((pagesOf(SAMPLES[name]!.source) ?? []).map((p) => [p.page, p.article]));
  for (const j of judgedOf(name) ?? []) {
    const a = pages.get(j.page);
    if (!a) continue;
    const rules = new Map<number, [string | null, string | null]>();
    const q = quoteAt(extractQuotes(a, { onRule: (q, rule, rs) => rules.set(q.start, [rule, rs]) }), j.start);
    const [rule, rs] = (q && rules.get(q.start)) ?? [null, null];
    yield { j, a, q, rule, rs };
  }
}

/** A source read from a mirror, as pages (page = the doc's id); [] with `absent` printed when the mirror is absent (null). */
function mirrorPages(docs: ReadonlyArray<{ id: string; article: Article }> | null, absent: string): Page[] {
  if (!docs) console.log(absent);
  return (docs ?? []).map((d) => ({ page: d.id, article: d.article }));
}

/** Big9 (bench/data/big9.ts; "only for research purpose", read from the mirror only): page = "b9-YY-<name>"; [] (with the reason printed) when the mirror is absent. */
export function loadBig9Pages(): Page[] {
  return mirrorPages(loadBig9(), `big9: skipped, the Big9 mirror is absent (${BIG9_GIT}; fetch github:MSVCode/ir-research-data)`);
}

/** SeniorResearch (bench/data/senior.ts; no licence stated, read from the mirror only): page = "sr-<outlet>-<url hash>"; [] (with the reason printed) when the mirror is absent. */
export function loadSeniorPages(): Page[] {
  return mirrorPages(loadSenior(), `senior: skipped, the SeniorResearch mirror is absent (${SENIOR_GIT}; fetch github:AdamClarkStandke/SeniorResearch)`);
}

/** Utomo & Leu's chaos pages (bench/data/big9.ts loadChaos; "only for research purpose", read from the mirror only): page = "ch-<name>"; [] (with the reason printed) when the mirror is absent. */
export function loadChaosPages(): Page[] {
  return mirrorPages(loadChaos(), `chaos: skipped, the Utomo & Leu mirror is absent (${BIG9_GIT}; fetch github:MSVCode/ir-research-data)`);
}

/** CleanPortalEval's gold texts (bench/data/cleanportal.ts; no licence stated, read from the mirror only): page = "cp-<file name>"; [] (with the reason printed) when the mirror is absent. */
export function loadCleanPortalPages(): Page[] {
  return mirrorPages(loadCleanPortal(), `cleanportal: skipped, the CleanPortalEval mirror is absent (${CLEANPORTAL_GIT}; fetch github:j-szulc/html-cleaning-dataset-merged)`);
}

/** SemEval-2018 Task 5's news articles (bench/data/gvc.ts; no licence stated, read from the mirror only): page = "gvc-<incident>-<md5 8>"; [] (with the reason printed) when the mirror is absent. */
export function loadGvcPages(): Page[] {
  const items = gvcItems();
  if (!items) console.log(`gvc: skipped, the SemEval-2018 Task 5 mirror is absent (${GVC_GIT}; fetch github:cltl/LongTailQATask)`);
  return gvcArticles(items ?? []).map((d) => ({ page: d.article.id, article: d.article }));
}

/**
 * Multi-News's sources (bench/data/multinews.ts; research use only, read from the mirror only): every source of the stories
 * with two ingested sources or more (round 15's 197), page = "mn-<first 8 of _id>-<passage>", in story then passage order.
 */
export function multiNewsPages(stories: MultiNewsStory[]): Array<{ story: string; page: string; article: Article }> {
  return stories
    .filter((s) => multiNewsArticles(s, 4).length >= 2)
    .flatMap((s) => multiNewsArticles(s, Infinity).map((a) => ({ story: s.id, page: a.id, article: a })));
}

/** The same as speaker pages; [] (with the reason printed) when the mirror is absent. */
export function loadMultiNewsPages(): Page[] {
  const stories = multiNewsStories();
  if (!stories) console.log(`multinews: skipped, the Multi-News mirror is absent (${MULTINEWS_GIT}; fetch github:en-jai-neer/CompressKV)`);
  return multiNewsPages(stories ?? []).map(({ page, article }) => ({ page, article }));
}

/**
 * L3S-GN1 (Kohlschütter, Fankhauser & Nejdl 2010: 621 English news articles Google News linked in 2008, 408 sites; read from
 * github:j-szulc/html-cleaning-dataset-merged through bench/extract-eval.ts, never committed): each whole page through the
 * product's ingestion (`ingestFile`, as the CLI reads a saved page), page = "l3s-<id>", in id order; [] (with the reason
 * printed) when the mirror is absent. No speaker sample read it before speak37.
 */
export function loadL3sPages(): Page[] {
  const cache = process.env.L3S_CACHE; // (dev loop) the ingested pages, written once, read after
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Page[];
  const pages = SETS.l3s!();
  if (typeof pages === 'string') {
    console.log(`l3s: skipped, ${pages}`);
    return [];
  }
  const out: Page[] = [];
  for (const p of [...pages].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const a = ingestFile({ name: `l3s-${p.id}.html`, content: p.html }, nodeEnv).articles.find((x) => x.units.length > 0);
    if (a) out.push({ page: `l3s-${p.id}`, article: a });
  }
  if (cache) writeFileSync(cache, JSON.stringify(out));
  return out;
}

/** BBC News 2004-05 (bench/data/bbc.ts; research use, read from the mirror only): page = "bbc-<area>-<nnn>"; [] (with the reason printed) when the mirror is absent. */
export function loadBbcPages(): Page[] {
  return mirrorPages(loadBbc(), `bbc: skipped, the BBC News mirror is absent (${BBC_GIT}; fetch github:dejanbatanjac/bbc-article-classify-bert)`);
}

/** Reuters-21578 (bench/data/reuters.ts; 1987 newswire, research use, read from the mirror only): page = "r87-<NEWID>"; [] (with the reason printed) when the mirror is absent. */
export function loadReutersPages(): Page[] {
  return mirrorPages(loadReuters(), `reuters: skipped, the Reuters-21578 mirror is absent (${REUTERS_GIT}; fetch github:loki86/ksr_zadanie1V2)`);
}

/** US political news of 2015-19, five outlets (bench/data/gbnews.ts; the outlets' copyright, read from the mirror only): page = "gb-<outlet>-<hash>"; [] (with the reason printed) when the mirror is absent. */
export function loadGbNewsPages(): Page[] {
  return mirrorPages(loadGbNews(), `gbnews: skipped, the mirror or its commit is absent (${GBNEWS_GIT}; fetch github:SaraDavis1991/Gender-Bias-Recognition-in-Political-News-Articles-for-Public-Release)`);
}

/** The genuine-news texts of three fake-news data sets (bench/data/fnd.ts; the outlets' copyright, read from the mirror only): page = "fnd-<set>-<file>"; [] (with the reason printed) when the mirror is absent. */
export function loadFndPages(): Page[] {
  return mirrorPages(loadFnd(), `fnd: skipped, the mirror is absent (${FND_GIT}; fetch github:pmacinec/fake-news-datasets)`);
}

/**
 * Newswire of 1996-2000 (Associated Press, The New York Times, Xinhua) of the DUC 2006 and DUC 2007 main-task document sets
 * (bench/data/aquaint.ts: the wire's own paragraphs and headline; NIST research use, read from the mirror only): page =
 * "duc-<DOCNO>", DUC 2006 then DUC 2007, path order; [] (with the reason printed) when the mirror is absent.
 */
export function loadDucAquaintPages(): Page[] {
  return mirrorPages(loadAquaint(), `duc: skipped, the DUC 2006 / 2007 mirror is absent (${AQUAINT_DUC_GIT}; fetch github:gsandeep1241/TextSummarizer)`);
}

/**
 * US political web news and opinion of 2016-18 from 295 sites, the by-article training set of SemEval-2019 Task 4
 * (bench/data/hyperpartisan.ts; the outlets' copyright, read from the mirror only): page = "hp-<id>", in id order; [] (with the
 * reason printed) when the mirror is absent.
 */
export function loadHyperpartisanPages(): Page[] {
  return mirrorPages(loadHyperpartisan(), `hp: skipped, the SemEval-2019 Task 4 mirror is absent (${HYPERPARTISAN_GIT}; fetch github:anshuly10/Biased-News-Detection)`);
}

/** speak53: the BuzzFeed-Webis Fake News Corpus 2016 (bench/data/buzzfeedwebis.ts; read from the mirror only): page = "bfw-<file stem>"; [] (with the reason printed) when the mirror is absent. */
export function loadBuzzFeedWebisPages(): Page[] {
  return mirrorPages(loadBuzzFeedWebis(), `bfw: skipped, the BuzzFeed-Webis Fake News Corpus 2016 mirror is absent (${BUZZFEED_WEBIS_GIT}; fetch github:BotanB/Python_for_DS_FakeNewsDetection)`);
}

/** McIntire's fake_or_real_news, its first 256 rows (bench/data/fakereal.ts; read from the mirror only): page = "fr-<row id>"; [] (with the reason printed) when the mirror is absent. */
export function loadFakeRealPages(): Page[] {
  return mirrorPages(loadFakeReal(), `fr: skipped, the fake_or_real_news mirror is absent (${FAKEREAL_GIT}; fetch github:sudheerakotha/Fake-News-Detection)`);
}

/** speak55: the Propaganda Techniques Corpus's news articles (bench/data/ptc.ts; read from the mirror only): page = "ptc-<article id>"; [] (with the reason printed) when the mirror is absent. */
export function loadPtcPages(): Page[] {
  return mirrorPages(loadPtc(), `ptc: skipped, the Propaganda Techniques Corpus mirror is absent (${PTC_GIT}; fetch github:aschern/semeval2020_task11)`);
}

/** speak56: Reuters stories of late 2017, ISOT's true half (bench/data/isot.ts; read from the mirror only): page = "isot-<row>"; [] (with the reason printed) when the mirror is absent. */
export function loadIsotPages(): Page[] {
  return mirrorPages(loadIsot(), `isot: skipped, the ISOT True.csv mirror is absent (${ISOT_GIT}; fetch github:Vatshayan/Fake-News-Prediction)`);
}

/** speak57: web news of 2014-15, the article bodies of the Fake News Challenge (FNC-1; bench/data/fnc.ts; read from the mirror only): page = "fnc-<split>-<Body ID>"; [] (with the reason printed) when the mirror is absent. */
export function loadFncPages(): Page[] {
  return mirrorPages(loadFnc(), `fnc: skipped, the FNC-1 mirror is absent (${FNC_GIT}; fetch github:FakeNewsChallenge/fnc-1)`);
}

/** speak58: web news of 2004-05, the English source articles of WikinewsSum (the pages Wikinews cited; bench/data/wikinewssum.ts; read from the mirror only): page = "wns-<hash of the address>"; [] (with the reason printed) when the mirror is absent. */
export function loadWikinewsSumPages(): Page[] {
  return mirrorPages(loadWikinewsSum(), `wns: skipped, the WikinewsSum mirror or its commit is absent (${WIKINEWSSUM_GIT}; fetch github:airKlizz/WikinewsSum)`);
}

/**
 * speak59: newswire of 2004-06 (AFP, AP, LA Times-Washington Post, NYT, Xinhua, CNA), the AQUAINT-2 stories of TAC 2009, 2010 and
 * 2011's set-A topics (bench/data/tac.ts; NIST research use, read from the mirror only; conflicts rounds 31 / 32 read it, no speaker
 * sample did): page = "tac-<DOCNO>", 2009, 2011, then 2010's stories neither holds; [] (with the reason printed) when the mirror is absent.
 */
export function loadTacPages(): Page[] {
  const years = ([2009, 2011, 2010] as const).map((y) => loadTac(y));
  if (years.some((d) => !d)) console.log(`tac: skipped, the TAC mirror is absent (${TAC_GIT}; fetch github:cl-victor1/Multi-Document-Summarization)`);
  const seen = new Set<string>();
  return years.flatMap((d) => d ?? []).filter((d) => !seen.has(d.id) && seen.add(d.id)).map((d) => ({ page: d.id, article: d.article }));
}

/** speak60: BBC News web pages of 2010-17, FRANK's XSum test articles (bench/data/frank.ts; the BBC's text, read from the mirror only): page = "xs-<BBC id>"; [] (with the reason printed) when the mirror or its commit is absent. */
export function loadFrankXsumPages(): Page[] {
  return mirrorPages(loadFrankXsum(), `xsum: skipped, the FRANK mirror or its commit is absent (${FRANK_GIT}; fetch github:artidoro/frank)`);
}

/** speak61: English news pages of 2023-25 from some sixty publishers, fundus's parser tests (bench/data/fundus.ts; the publishers' text, read from the mirror only): page = "fu-<Publisher>-<hash>"; [] (with the reason printed) when the mirror or its commit is absent. */
export function loadFundusPages(): Page[] {
  return mirrorPages(loadFundus(), `fundus: skipped, the fundus mirror or its commit is absent (${FUNDUS_GIT}; fetch github:flairNLP/fundus)`);
}

/** speak62: news pages of 2016-22 from some eighty sites, Postlight Parser's test fixtures (bench/data/postlight.ts; the publishers' pages, read from the mirror only, through the product's extraction): page = "pl-<host>-<hash>"; [] (with the reason printed) when the mirror or its commit is absent. */
export function loadPostlightPages(): Page[] {
  return mirrorPages(loadPostlight(), `postlight: skipped, the Postlight Parser mirror or its commit is absent (${POSTLIGHT_GIT}; fetch github:postlight/parser)`);
}

/**
 * speak63: BASIL's news articles (bench/data/basil.ts: Fox News, The New York Times, HuffPost on 100 US political events of 2010-19,
 * the outlets' text, read from the mirror only): page = "basil-<triplet>-<n>"; the events the engine's fact sets label
 * (tests/data/engine/basil-sets.ts: the eight dev sets and the sealed held pair, basil-schumer / basil-reopen) are left out, so no
 * speaker sample reads a held text or one a fact labeller read; [] (with the reason printed) when the mirror is absent.
 */
export function loadBasilPages(): Page[] {
  const labelled = new Set(Object.values(BASIL_SETS).map((s) => s.triplet));
  return mirrorPages(loadBasil()?.filter((d) => !labelled.has(d.triplet.slice(0, 8))) ?? null, `basil: skipped, the BASIL mirror is absent (${BASIL_GIT}; fetch github:launchnlp/BASIL)`);
}

/** speak64: US English news of 21-26 March 2023 from some fifty sites, Hu & Levy's NewsData.io corpus (bench/data/newsdata.ts; the publishers' text, read from the mirror only): page = "nd-<host>-<hash>"; [] (with the reason printed) when the mirror or its commit is absent. */
export function loadNewsDataPages(): Page[] {
  return mirrorPages(loadNewsData(), `newsdata: skipped, the mirror or its commit is absent (${NEWSDATA_GIT}; fetch github:jennhu/metalinguistic-prompting)`);
}

/** speak65: US news and opinion of 2012-20 from some seventy outlets, Baly et al.'s Article-Bias-Prediction articles, a text-blind subset (bench/data/abp.ts; the outlets' text, read from the mirror only): page = "abp-<ID>"; `part` 1 the next ABP_TAKE files in the same order (source 'abp2', speak66's r66), 2 the ABP_TAKE after those (source 'abp3', speak67's r67), 3 the next (source 'abp4', speak68's r68), 4 the next (source 'abp5', speak69's r69), 5 the next (source 'abp6', speak70's r70), 6 the next (source 'abp7', speak71's r71), 7 the next (source 'abp8', speak72's r72), 8 the next (source 'abp9', speak73's r73), 9 the next (source 'abp10', speak74's r74); [] (with the reason printed) when the mirror or its commit is absent. */
export function loadAbpPages(part = 0): Page[] {
  return mirrorPages(loadAbp(ABP_GIT, ABP_TAKE, part * ABP_TAKE), `abp: skipped, the mirror or its commit is absent (${ABP_GIT}; fetch github:ramybaly/Article-Bias-Prediction)`);
}

/** speak75: Article-Bias-Prediction files `skip` to `skip + take - 1` in the same fnv1a order (source 'abp11': files 15,000-17,999, speak75's r75; 'abp12': files 18,000-20,999, draw76's r76); [] (with the reason printed) when the mirror or its commit is absent. */
export function loadAbpFiles(skip: number, take: number): Page[] {
  return mirrorPages(loadAbp(ABP_GIT, take, skip), `abp: skipped, the mirror or its commit is absent (${ABP_GIT}; fetch github:ramybaly/Article-Bias-Prediction)`);
}

/** AllSides roundups' article openings (bench/data/allsides.ts; MIT, read from the mirror only): page = "as-<roundup>-<side>"; [] (with the reason printed) when the mirror is absent. */
export function loadAllSidesPages(): Page[] {
  const docs = loadAllSides();
  if (!docs) console.log(`allsides: skipped, the AllSides mirror is absent (${ALLSIDES_GIT}; fetch github:HLTCHKUST/framing-bias-metric)`);
  return (docs ?? []).map((d) => ({ page: d.article.id, article: d.article }));
}

/**
 * What a judge reads around a drawn quote: up to `paragraphs` paragraphs before it (at most
 * `before` characters), the quote marked ⟦…⟧, and the rest of its paragraph (at most 300
 * characters); paragraph breaks shown as ¶.
 */
export function quoteContext(t: string, q: { start: number; end: number }, paragraphs: number, before: number): string {
  let from = t.lastIndexOf('\n\n', q.start);
  for (let n = 0; n < paragraphs && from > 0; n++) from = t.lastIndexOf('\n\n', from - 1);
  from = Math.max(from < 0 ? 0 : from + 2, q.start - before);
  let to = t.indexOf('\n\n', q.end);
  if (to < 0) to = t.length;
  return (t.slice(from, q.start) + '⟦' + t.slice(q.start, q.end) + '⟧' + t.slice(q.end, Math.min(to, q.end + 300))).replace(/\n\n/g, ' ¶ ');
}

/**
 * draw81: Dragnet's gold texts (Moz 2012: news and blog pages of about 2010-12, the dragnet_data of the L3S mirror, bench/data/gold-pages.ts's
 * `loadDragnet`: headline, then the body before the comments marker, one paragraph a line; no URL, so the outlet is "unknown"), page =
 * "dn-<file>", in id order; [] (with the reason printed) when the mirror is absent. No speaker sample read it before r81.
 */
export function loadDragnetPages(): Page[] {
  const docs = loadDragnet();
  if (!docs) {
    console.log(`dragnet: skipped, the Dragnet mirror is absent (${L3S_GIT}; fetch github:j-szulc/html-cleaning-dataset-merged)`);
    return [];
  }
  return docs.map((d) => ({ page: d.id, article: d.article }));
}

/**
 * draw82: DUC 2003 task 4 (30 TREC topics, AP, NYT and Xinhua stories of 1996-2000) then DUC 2004 task 2 (50 TDT clusters of 1998, AP
 * and NYT), as bench/data/duc.ts reads them (`loadDuc2003`, `loadDuc`: the DOCNO as title, the newswire's quote marks made curly, DUC
 * 2004's sentences joined into paragraphs), one source; page = "duc-<DOCNO>", a DOCNO read twice kept once (its first); [] (with the
 * reason printed) when the mirror is absent. Never a speaker source before r82 (r51's 'duc' is DUC 2006 / 2007, another loader).
 */
export function loadDuc0304Pages(): Page[] {
  const docs = [...(loadDuc2003() ?? []), ...(loadDuc() ?? [])];
  if (!docs.length) {
    console.log(`duc0304: skipped, the DUC 2003 / 2004 mirror is absent (${DUC_GIT}; fetch github:ayushoriginal/Multi-Document-Summarization)`);
    return [];
  }
  const seen = new Set<string>();
  return docs.filter((d) => !seen.has(d.id) && seen.add(d.id)).map((d) => ({ page: d.id, article: d.article }));
}
