/**
 * Which rule of extractQuotes' cascade gives each direct quote its speaker, and how often it is right, on the judged dev
 * samples (never a sealed/held-out one) and on PolNeAR-train's labelled quotes (bench/speakers-proxy.ts). Written for the
 * mechanism "a speaker given where the text names none" (docs/notes/speak17.md).
 *
 *   npx tsx bench/speakers-rules.ts                 # per rule: judged quotes (older / fresh), right, "given" errors; proxy named right/wrong, unnamed given someone
 *   npx tsx bench/speakers-rules.ts --show RULE     # every judged "given" error and proxy unnamed-given row of that rule, in context
 *   npx tsx bench/speakers-rules.ts --wrong [RULE]  # every judged "wrong person" error (of that rule, or all) and the proxy's named-wrong rows of RULE
 */
import { extractQuotes } from '../lib/quotes/extract.ts';
import type { Quote } from '../lib/types.ts';
import { isRight, judgedOf, pagesOf, quoteAt, quoteContext, SAMPLES } from './speakers-data.ts';
import { labelOf, proxyRight } from './speakers-proxy.ts';
import { polnearOrSkip } from './data/polnear.ts';

const FRESH = /^(?:senior14|as15|senior15|chaos16)-/;
const args = process.argv.slice(2);
const show = args.indexOf('--show') >= 0 ? args[args.indexOf('--show') + 1] : undefined;
const wrongAt = args.indexOf('--wrong');
const wrong = wrongAt < 0 ? undefined : args[wrongAt + 1] && !args[wrongAt + 1]!.startsWith('--') ? args[wrongAt + 1]! : '*';

type Ruled = Quote & { rule: string };
function ruled(article: Parameters<typeof extractQuotes>[0]): Ruled[] {
  const out: Ruled[] = [];
  extractQuotes(article, { onRule: (q, rule, rulesSpeaker) => out.push({ ...q, rule: q.speaker === null ? 'none' : rulesSpeaker === q.speaker ? rule ?? 'ranker' : 'ranker' }) });
  return out;
}

interface Row { n: number; right: number; given: number; nullJudged: number; wrong: number }
const blank = (): Row => ({ n: 0, right: 0, given: 0, nullJudged: 0, wrong: 0 });
const judged = new Map<string, { older: Row; fresh: Row }>();
for (const name of Object.keys(SAMPLES)) {
  const s = SAMPLES[name]!;
  if (s.heldOut || s.sealed) continue;
  const js = judgedOf(name);
  const pages = pagesOf(s.source);
  if (!js || !pages) continue;
  const byPage = new Map(pages.map((p) => [p.page, p]));
  const cache = new Map<string, Ruled[]>();
  for (const j of js) {
    const p = byPage.get(j.page)!;
    const qs = cache.get(j.page) ?? ruled(p.article);
    cache.set(j.page, qs);
    const q = quoteAt(qs, j.start);
    const rule = q?.rule ?? 'lost';
    const e = judged.get(rule) ?? { older: blank(), fresh: blank() };
    judged.set(rule, e);
    const r = FRESH.test(name) ? e.fresh : e.older;
    r.n++;
    const ok = isRight(q?.speaker ?? null, j);
    if (ok) r.right++;
    if (j.speaker === null) r.nullJudged++;
    if (j.speaker !== null && !ok && q?.speaker) {
      r.wrong++;
      if (wrong === '*' || wrong === rule) console.log(`[${name}] ${rule}: expected ${j.speaker}, got ${q.speaker}: ${quoteContext(p.article.text, q, 1, 500).slice(-700)}\n`);
    }
    if (j.speaker === null && !ok) {
      r.given++;
      if (show === rule) console.log(`[${name}] given ${q!.speaker}: ${quoteContext(p.article.text, q!, 1, 500).slice(-700)}\n`);
    }
  }
}
console.log('judged dev samples (older | fresh = senior14, as15, senior15, chaos16): quotes, right, null-judged, null given a speaker, named given the wrong person');
for (const [rule, { older, fresh }] of [...judged].sort((a, b) => b[1].older.n + b[1].fresh.n - a[1].older.n - a[1].fresh.n))
  console.log(`  ${rule.padEnd(18)} older ${String(older.n).padStart(4)} right ${String(older.right).padStart(4)} null ${String(older.nullJudged).padStart(3)} given ${String(older.given).padStart(3)} wrong ${String(older.wrong).padStart(3)} | fresh ${String(fresh.n).padStart(3)} right ${String(fresh.right).padStart(3)} null ${String(fresh.nullJudged).padStart(3)} given ${String(fresh.given).padStart(3)} wrong ${String(fresh.wrong).padStart(3)}`);

const docs = polnearOrSkip('train', 'speakers-rules');
const proxy = new Map<string, { named: number; namedRight: number; namedWrong: number; unnamed: number; unnamedGiven: number; pronoun: number }>();
let shown = 0;
for (const doc of docs) {
  for (const q of ruled(doc.article)) {
    if (q.kind !== 'direct') continue;
    const l = labelOf(doc, q);
    if (!l) continue;
    const e = proxy.get(q.rule) ?? { named: 0, namedRight: 0, namedWrong: 0, unnamed: 0, unnamedGiven: 0, pronoun: 0 };
    proxy.set(q.rule, e);
    if (l.label.kind === 'named') {
      e.named++;
      if (proxyRight(q.speaker, l.label)) e.namedRight++;
      else if (q.speaker !== null && e.namedWrong++ >= 0 && wrong === q.rule && shown++ < 60) console.log(`[proxy ${doc.id}] «${l.source}» given ${q.speaker}: ${quoteContext(doc.article.text, q, 1, 400).slice(-600)}\n`);
    } else if (l.label.kind === 'unnamed') {
      e.unnamed++;
      if (q.speaker !== null) {
        e.unnamedGiven++;
        if (show === q.rule && shown++ < 40) console.log(`[proxy ${doc.id}] «${l.source}» given ${q.speaker}: ${quoteContext(doc.article.text, q, 1, 400).slice(-600)}\n`);
      }
    } else e.pronoun++;
  }
}
console.log('PolNeAR-train proxy: named (right, given another person), unnamed (given someone: wrong), pronoun');
for (const [rule, e] of [...proxy].sort((a, b) => b[1].named + b[1].unnamed - a[1].named - a[1].unnamed))
  console.log(`  ${rule.padEnd(18)} named ${String(e.named).padStart(5)} right ${String(e.namedRight).padStart(5)} other person ${String(e.namedWrong).padStart(4)} | unnamed ${String(e.unnamed).padStart(4)} given ${String(e.unnamedGiven).padStart(4)} | pronoun ${e.pronoun}`);
