/**
 * qty37: the forms numbers are written in on real pages, counted, with what lib/nlp `quantities` reads at each.
 *
 *   nice npx tsx bench/qty37-forms.ts [--examples N] [--top N] [--source zyte|mn|gvc] [--form FORM,FORM…]
 *
 * Texts: the zyte pages (ZYTE_HTML_DIR), Multi-News's sources (mirror en-jai-neer/CompressKV) and GVC's **dev**
 * incidents' articles (mirror cltl/LongTailQATask; bench/data/gvc.ts `gvcSplitOf`). Each source is skipped with a
 * reason when absent. For every word that starts with a digit, or a currency's letters and a digit ("US1"), the form
 * is written as a short shape: the currency before it ("$", "£", "US$", "Rs"…), "N" for the digits, the letters glued
 * after them ("Nbn", "Nkm"), "+word" for a word glued right after ("N+million": "2.6million" is scanned as "2.6" and
 * "million"), " word" for a scale, currency or broadcast word after a space ("N million", "N crore", "N news"), and
 * "CALL " for call letters or a network's name right before ("KIRO 7", "Fox 5"). Forms with none of these ("N") are
 * counted, not listed. For each form: how many, per source, and the reading of the figure at its first digit (kind, or
 * "-" for none) — so the largest forms read wrongly are the first to fix. Examples (with --examples) go to the terminal
 * only: nothing of the texts is committed.
 */
import { optionValue } from './args.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { multiNewsStories } from './data/multinews.ts';
import { gvcItems, gvcSplitOf } from './data/gvc.ts';
import { quantities, tokens } from '../lib/nlp/index.ts';

const examplesWanted = Number(optionValue('--examples') ?? 0);
const onlySource = optionValue('--source');
/** --form A,B: only these forms, all their examples wanted. */
const onlyForms = optionValue('--form')?.split(',');

const texts: Array<{ source: string; text: string }> = [];
const zyteDir = process.env.ZYTE_HTML_DIR ?? '/work/shared/data/zyte-article-extraction/html';
const zyte = loadZyte(Infinity, zyteDir);
if (!zyte.length) console.log(`zyte: skipped (no pages in ${zyteDir})`);
for (const a of zyte) texts.push({ source: 'zyte', text: `${a.title}\n${a.text}` });
const mn = multiNewsStories();
if (!mn) console.log('mn: skipped (mirror en-jai-neer/CompressKV absent)');
for (const st of mn ?? []) for (const s of st.sources) texts.push({ source: 'mn', text: s });
const gvc = gvcItems();
if (!gvc) console.log('gvc: skipped (mirror cltl/LongTailQATask absent)');
for (const it of gvc ?? []) if (gvcSplitOf(it.incident) === 'dev' && it.content.trim()) texts.push({ source: 'gvc', text: `${it.title}\n${it.content}` });

/** Words after a figure that make its form worth listing: scales, currencies, a broadcaster's "News". */
const AFTER = new Set(
  'k m b bn tn mn million billion trillion thousand crore crores lakh lakhs lac yuan rupees rupee yen won pesos euros pounds dollars news action'.split(' '),
);
/** A network's name or a station's call letters right before a number ("Fox 5", "KIRO 7", "WSB-TV 2", "Channel 2"). */
const NETWORK = /^(?:fox|nbc|abc|cbs|cw|pbs|wgn|news|channel|tv)$/i;
const CALL = /^[KW][A-Z]{2,3}$/;
const CURRENCY_BEFORE = /(US\$|USD\s?|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|S\$|R\$|\$|£|€|¥|₹|Rs\.?\s?|INR\s?|Rp\.?\s?)$/;

interface Row { n: number; by: Record<string, number>; read: Record<string, number>; ex: string[] }
const forms = new Map<string, Row>();
let plain = 0;
let words = 0;
for (const { source, text } of texts) {
  if (onlySource && source !== onlySource) continue;
  const toks = tokens(text);
  const read = quantities(text, toks);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const coded = /^(?:us|a|au|nz|c|ca|hk|s|nt|rs)\d/.test(t.w);
    if (!/^\d/.test(t.w) && !coded) continue;
    words++;
    const cur = CURRENCY_BEFORE.exec(text.slice(Math.max(0, t.start - 4), t.start))?.[1]?.trim() ?? '';
    const prev = toks[k - 1];
    const prevWord = prev && /^[\s-]+$/.test(text.slice(prev.end, t.start)) ? prev : null;
    let form = '';
    if (!cur && prevWord && (CALL.test(prevWord.raw) || NETWORK.test(prevWord.raw))) form += CALL.test(prevWord.raw) ? 'CALL ' : `${prevWord.w} `;
    if (!cur && prevWord && /^(?:rs|inr|usd|eur|gbp)$/.test(prevWord.w)) form += `${prevWord.raw} `;
    form += cur;
    const m = /^([a-z]*)(\d[\d,]*(?:\.\d+)?)([\p{L}\d]*)$/u.exec(t.w);
    form += `${m?.[1] ?? ''}N${m?.[3] && /^\p{L}/u.test(m[3]) ? m[3] : ''}`;
    const next = toks[k + 1];
    if (next && next.start === t.end && /^\p{L}/u.test(next.raw)) form += `+${next.w}`;
    else if (next && /^\s$/.test(text.slice(t.end, next.start)) && AFTER.has(next.w)) form += ` ${next.w}`;
    if (form === 'N') {
      plain++;
      continue;
    }
    // The figure whose text holds the word's first digit (its currency and qualifier may come before it).
    const at = read.find((q) => q.start <= t.start && t.start < q.end)?.kind ?? '-';
    const r = forms.get(form) ?? { n: 0, by: {}, read: {}, ex: [] };
    r.n++;
    r.by[source] = (r.by[source] ?? 0) + 1;
    r.read[at] = (r.read[at] ?? 0) + 1;
    if (r.ex.length < examplesWanted) r.ex.push(text.slice(Math.max(0, t.start - 30), t.end + 30).replace(/\s+/g, ' '));
    forms.set(form, r);
  }
}

const by = (r: Row, s: string) => r.by[s] ?? 0;
console.log(`${texts.length} texts (zyte ${texts.filter((x) => x.source === 'zyte').length}, mn ${texts.filter((x) => x.source === 'mn').length}, gvc dev ${texts.filter((x) => x.source === 'gvc').length}); ${words} number words, ${plain} plain ("N")`);
console.log('\n| form | n | zyte | mn | gvc | read as (kind: n) |\n|---|---|---|---|---|---|');
const rows = [...forms.entries()].filter(([f]) => !onlyForms || onlyForms.includes(f)).sort((a, b) => b[1].n - a[1].n);
for (const [f, r] of rows.slice(0, Number(optionValue('--top') ?? 60))) {
  const reads = Object.entries(r.read).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}: ${n}`).join(', ');
  console.log(`| \`${f}\` | ${r.n} | ${by(r, 'zyte')} | ${by(r, 'mn')} | ${by(r, 'gvc')} | ${reads} |`);
  for (const e of r.ex) console.log(`    … ${e} …`);
}
