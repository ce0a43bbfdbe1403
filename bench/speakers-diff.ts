/**
 * Every direct quote's speaker on the zyte pages (or, with --wcl, on NewsWCL50's 50 articles), written
 * to a file, and the differences against an earlier dump: how a change to lib/quotes moves attributions
 * across all quotes, not just the judged samples. Quotes of the held-out samples are left out of the
 * listing (never looked at): those of any sample marked heldOut in bench/speakers-data.ts (none before
 * sealed7: every earlier sample is dev from speak6 on).
 *   npx tsx bench/speakers-diff.ts --dump /tmp/before.json      # at the earlier commit
 *   npx tsx bench/speakers-diff.ts --diff /tmp/before.json      # now: prints each changed attribution (--context: with the text before it)
 *   npx tsx bench/speakers-diff.ts --wcl --dump F | --wcl --diff F   # the same over NewsWCL50
 *   npx tsx bench/speakers-diff.ts --polnear --dump F | --polnear --diff F   # … over PolNeAR's train compartment (never dev: the sealed sample)
 *   npx tsx bench/speakers-diff.ts --big9 --dump F | --big9 --diff F   # … over the Big9 pages, the pages of the sealed big9 sample left out
 *   npx tsx bench/speakers-diff.ts --senior --dump F | --senior --diff F   # … over SeniorResearch's pages, the sealed senior14/senior15 samples' pages left out
 *   npx tsx bench/speakers-diff.ts --allsides --dump F | --allsides --diff F   # … over the AllSides article openings, the sealed as15 sample's pages left out
 *   npx tsx bench/speakers-diff.ts --gvc --dump F | --gvc --diff F   # … over SemEval-2018 Task 5's local news, the held-out gvc samples' pages left out (speak44)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { nodeEnv } from '../cli/node-env.ts';
import { ingestFile } from '../lib/ingest/index.ts';
import { extractQuotes } from '../lib/quotes/extract.ts';
import type { Article } from '../lib/types.ts';
import { ROOT, ZYTE_DIR } from '../tests/data/engine/fixtures.ts';
import { loadNewsWcl } from './data/newswcl.ts';
import { loadPolnear } from './data/polnear.ts';
import { loadBig9 } from './data/big9.ts';
import { loadSenior } from './data/senior.ts';
import { loadAllSides } from './data/allsides.ts';
import { gvcArticles, gvcItems } from './data/gvc.ts';
import { SAMPLES } from './speakers-data.ts';

const args = process.argv.slice(2);
const wcl = args.includes('--wcl');
const polnear = args.includes('--polnear');
const big9 = args.includes('--big9');
const senior = args.includes('--senior');
const allsides = args.includes('--allsides');
const gvc = args.includes('--gvc');
const rest = args.filter((a) => a !== '--wcl' && a !== '--polnear' && a !== '--big9' && a !== '--senior' && a !== '--allsides' && a !== '--gvc' && a !== '--context');
let pages: Array<{ page: string; article: Article }>;
if (gvc) {
  // speak44: every GVC article (local US news), the pages of the held-out gvc samples left out.
  const items = gvcItems();
  if (!items) {
    console.log('speakers-diff: the SemEval-2018 Task 5 mirror (bench/data/gvc.ts) is absent; nothing to compare');
    process.exit(0);
  }
  const sealed = new Set(Object.values(SAMPLES).filter((x) => x.source === 'gvc' && x.heldOut).flatMap((x) => (JSON.parse(readFileSync(join(ROOT, x.file), 'utf8')) as { quotes: Array<{ page: string }> }).quotes.map((q) => q.page)));
  pages = gvcArticles(items).filter((d) => !sealed.has(d.article.id)).map((d) => ({ page: d.article.id, article: d.article }));
} else if (allsides) {
  // speak15: the AllSides article openings, the pages of the sealed as15 sample left out.
  const docs = loadAllSides();
  if (!docs) {
    console.log('speakers-diff: the AllSides mirror (bench/data/allsides.ts) is absent; nothing to compare');
    process.exit(0);
  }
  const sealed = new Set(Object.values(SAMPLES).filter((x) => x.source === 'allsides' && x.heldOut).flatMap((x) => (JSON.parse(readFileSync(join(ROOT, x.file), 'utf8')) as { quotes: Array<{ page: string }> }).quotes.map((q) => q.page)));
  pages = docs.filter((d) => !sealed.has(d.article.id)).map((d) => ({ page: d.article.id, article: d.article }));
} else if (big9 || senior) {
  const docs = senior ? loadSenior() : loadBig9();
  if (!docs) {
    console.log(`speakers-diff: the ${senior ? 'SeniorResearch (bench/data/senior.ts)' : 'Big9 (bench/data/big9.ts)'} mirror is absent; nothing to compare`);
    process.exit(0);
  }
  // The sealed sample's pages are never listed (its file names the pages).
  const sealed = new Set(Object.values(SAMPLES).filter((x) => x.source === (senior ? 'senior' : 'big9') && x.heldOut).flatMap((x) => (JSON.parse(readFileSync(join(ROOT, x.file), 'utf8')) as { quotes: Array<{ page: string }> }).quotes.map((q) => q.page)));
  pages = docs.filter((d) => !sealed.has(d.id)).map((d) => ({ page: d.id, article: d.article }));
} else if (polnear) {
  const docs = loadPolnear('train');
  if (!docs) {
    console.log('speakers-diff: the PolNeAR mirror (bench/data/polnear.ts) is absent; nothing to compare');
    process.exit(0);
  }
  pages = docs.map((d) => ({ page: d.id, article: d.article }));
} else if (wcl) {
  const docs = loadNewsWcl();
  if (!docs) {
    console.log('speakers-diff: the NewsWCL50 mirrors (bench/data/newswcl.ts) are absent; nothing to compare');
    process.exit(0);
  }
  pages = docs.map((d) => ({ page: d.article.id, article: d.article }));
} else {
  if (!ZYTE_DIR) {
    console.log('speakers-diff: ../shared/data/zyte-article-extraction/html absent; nothing to compare');
    process.exit(0);
  }
  const cache = process.env.SPEAKERS_CACHE;
  if (cache && existsSync(cache)) pages = JSON.parse(readFileSync(cache, 'utf8'));
  else {
    pages = [];
    for (const f of readdirSync(ZYTE_DIR).filter((n) => n.endsWith('.html.gz')).sort()) {
      const a = ingestFile({ name: f.replace(/\.gz$/, ''), content: gunzipSync(readFileSync(join(ZYTE_DIR, f))).toString('utf8') }, nodeEnv).articles.find((x) => x.units.length > 0);
      if (a) pages.push({ page: f.replace(/\.html\.gz$/, ''), article: a });
    }
  }
}
const now: Record<string, { speaker: string | null; text: string }> = {};
for (const p of pages) for (const q of extractQuotes(p.article)) if (q.kind === 'direct') now[`${p.page}@${q.start}`] = { speaker: q.speaker, text: q.text.slice(0, 60) };
if (rest[0] === '--dump') {
  writeFileSync(rest[1]!, JSON.stringify(now));
  console.log(`${Object.keys(now).length} quotes written to ${rest[1]}`);
} else if (rest[0] === '--diff') {
  const before = JSON.parse(readFileSync(rest[1]!, 'utf8')) as typeof now;
  // Quotes of held-out samples (SAMPLES[…].heldOut: from speak6 on only a sealed one) are not shown.
  const heldFiles = Object.values(SAMPLES).filter((x) => x.heldOut && x.source === (wcl ? 'wcl' : 'zyte')).map((x) => x.file);
  const held = heldFiles.flatMap((f) => (existsSync(join(ROOT, f)) ? (JSON.parse(readFileSync(join(ROOT, f), 'utf8')) as { quotes: Array<{ page: string; start: number }> }).quotes : []));
  // A held-out quote is hidden wherever a changed quote overlaps its start (the extractor may now cut it differently).
  const isHeld = (key: string, text: string) => {
    const [page, at] = [key.slice(0, key.lastIndexOf('@')), Number(key.slice(key.lastIndexOf('@') + 1))];
    return held.some((h) => h.page === page && (h.start === at || (h.start >= at && h.start < at + Math.max(text.length, 1) + 200)));
  };
  let changed = 0;
  let hidden = 0;
  // Only pages read now: a dump made where a sealed sample's pages were still read lists them too (speak15).
  const read = new Set(pages.map((p) => p.page));
  for (const key of new Set([...Object.keys(before), ...Object.keys(now)])) {
    if (!read.has(key.slice(0, key.lastIndexOf('@')))) continue;
    const a = before[key]?.speaker ?? null;
    const b = now[key]?.speaker ?? null;
    if (a === b) continue;
    if (isHeld(key, (now[key] ?? before[key])!.text)) {
      hidden++;
      continue;
    }
    changed++;
    console.log(`${key}: ${a ?? '—'} -> ${b ?? '—'}  “${(now[key] ?? before[key])!.text}”`);
    // --context: the text around the quote, to judge the change (speak18).
    if (args.includes('--context')) {
      const at = Number(key.slice(key.lastIndexOf('@') + 1));
      const t = pages.find((p) => p.page === key.slice(0, key.lastIndexOf('@')))!.article.text;
      console.log(`    ${t.slice(Math.max(0, at - 500), at).replace(/\s+/g, ' ')}⟦${t.slice(at, at + 200).replace(/\s+/g, ' ')}…\n`);
    }
  }
  console.log(`${changed} attributions changed (${hidden} more in the held-out sample, not shown)`);
} else console.log('[--wcl] --dump FILE | --diff FILE');
