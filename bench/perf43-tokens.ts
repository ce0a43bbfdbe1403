/**
 * perf43: the story vectors tokenise an article piece by piece (lib/engine/vectors.ts `tokensOf`, each unit's
 * tokens kept by lib/nlp) instead of its joined text, so that a candidate's units are tokenised once per compare
 * (story.ts's unit IDF and fact features read the same units' tokens). Same tokens, same vectors: checked here.
 *
 *   nice npx tsx bench/perf43-tokens.ts            the check: every article's story vectors both ways, in order
 *   nice npx tsx bench/perf43-tokens.ts --time     CPU of a first compare's derivation (story vectors, then the
 *                                                  first STORY_UNITS fact units' IDF terms) both ways, one process
 *                                                  per arm (lib/nlp's caches are per process), arms alternating
 *
 * Articles: the seeds, tests/data's sets, the zyte pages (ZYTE_HTML_DIR), 500 Zipf articles and, when the mirror
 * is there, the Multi-News sources (bench/data/multinews.ts; skipped with a printed reason when absent).
 */
import { execFileSync } from 'node:child_process';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { multiNewsArticles, multiNewsStories } from './data/multinews.ts';
import { zipfArticles } from './synthetic.ts';
import { storyVectors, tokensPiecewise } from '../lib/engine/vectors.ts';
import { tokenisedChars } from '../lib/nlp/index.ts';
import { idfTerms, isFactUnit } from '../lib/engine/features.ts';
import { STORY_UNITS } from '../lib/engine/story.ts';
import type { Article } from '../lib/types.ts';

process.env.PARALLAX_CACHE ??= 'off';
const args = process.argv.slice(2);
const arm = args.includes('--arm') ? args[args.indexOf('--arm') + 1]! : null;
const limit = Number(args.includes('--mn') ? args[args.indexOf('--mn') + 1] : Infinity);

async function articles(): Promise<Article[]> {
  const out: Article[] = [];
  for (const set of ['seeds', 'harbor', 'distractors', 'page', 'doobie', 'plague'] as const) out.push(...(await loadSet(set)));
  out.push(...loadZyte(Infinity, process.env.ZYTE_HTML_DIR ?? '/work/shared/data/zyte-article-extraction/html'));
  out.push(...zipfArticles(500, { from: 9000 }));
  const mn = multiNewsStories();
  if (!mn) console.log('Multi-News mirror absent: its sources skipped');
  else for (const s of mn.slice(0, limit)) out.push(...multiNewsArticles(s, 10));
  return out;
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const fresh = (a: Article): Article => ({ ...a });
const show = (a: Article) => {
  const v = storyVectors(a);
  return JSON.stringify([[...v.doc], [...v.names], [...v.figures]]);
};

const all = await articles();
if (arm) {
  // One arm, as a first compare derives: the story vectors of each article, then its first fact units' IDF terms.
  tokensPiecewise(arm === 'piecewise');
  const t0 = cpu();
  for (const a0 of all) {
    const a = fresh(a0);
    storyVectors(a);
    let k = 0;
    for (const u of a.units) {
      if (k >= STORY_UNITS) break;
      if (isFactUnit(u)) (idfTerms(u), k++);
    }
  }
  console.log(JSON.stringify({ arm, ms: cpu() - t0, chars: tokenisedChars() }));
} else if (args.includes('--time')) {
  const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 6);
  const took: Record<string, number[]> = { joined: [], piecewise: [] };
  /** Characters lib/nlp scanned (loading the articles included: the same in both arms). */
  const scannedBy: Record<string, number> = {};
  for (let r = 0; r < runs; r++) {
    for (const which of r % 2 === 0 ? ['joined', 'piecewise'] : ['piecewise', 'joined']) {
      const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--arm', which, ...(Number.isFinite(limit) ? ['--mn', String(limit)] : [])], { encoding: 'utf8' });
      const got = JSON.parse(out.trim().split('\n').pop()!) as { ms: number; chars: number };
      took[which]!.push(got.ms);
      scannedBy[which] = got.chars;
    }
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  console.log(`${all.length} articles, CPU ms of story vectors + first ${STORY_UNITS} fact units' IDF terms, one cold process each (median of ${runs}): joined ${med(took.joined!).toFixed(0)} (${took.joined!.map((x) => x.toFixed(0)).join(', ')}), piecewise ${med(took.piecewise!).toFixed(0)} (${took.piecewise!.map((x) => x.toFixed(0)).join(', ')}); characters tokenised in the process: joined ${scannedBy.joined!.toLocaleString('en')}, piecewise ${scannedBy.piecewise!.toLocaleString('en')}`);
} else {
  let differ = 0;
  for (const a of all) {
    tokensPiecewise(false);
    const joined = show(fresh(a));
    tokensPiecewise(true);
    const piecewise = show(fresh(a));
    if (joined !== piecewise) {
      differ++;
      if (differ <= 5) console.log(`differs: ${a.id}`);
    }
  }
  console.log(`${all.length} articles: story vectors differ on ${differ}`);
  if (differ) process.exitCode = 1;
}
