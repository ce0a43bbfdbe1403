/**
 * speak15: a given name's gender, counted from news text (no name list shipped from elsewhere), for pronouns whose
 * antecedent the article gives no gendered word for ("Nicolle Wallace's contention … she claimed" after "Scott praised").
 *
 *   npx tsx bench/fit-name-gender.ts            # print the table and its two-fold check
 *   npx tsx bench/fit-name-gender.ts --write    # write lib/quotes/name-gender.ts
 *
 * Counted on dev text only: PolNeAR train (840 articles, 2016), ECB+ (982 articles), NewsWCL50 (50) — never the sealed
 * samples' sources (AllSides, SeniorResearch, Big9, PolNeAR dev/test). For every article, `People` (the speakers' own
 * reader, the table switched off) gives each person named with a first name the gender the article shows (titles, a
 * gendered noun beside the name, the pronouns that take the name up); a first name's vote is the number of articles in
 * which a person of that first name reads male or female. Kept: names seen gendered in at least MIN_ARTICLES articles
 * with at least PURITY of them one way. The two floors are chosen two-fold (counts on one half of the articles, read against
 * the genders the other half's articles show, summed over both folds): the pair with the most agreements less
 * disagreements, over MIN_ARTICLES 2/3/5 and PURITY 0.7/0.8/0.9. A name is a word the corpus writes with a capital more
 * often than without, no role, organisation or function word, written with at least two surnames.
 */
import { writeFileSync } from 'node:fs';
import { markedSpans } from '../lib/quotes/marks.ts';
import { People } from '../lib/quotes/speakers.ts';
import { NOT_NAMES, ORGANIZATION_WORDS, ROLE_WORDS } from '../lib/quotes/lexicon.ts';
import type { Article } from '../lib/types.ts';
import { loadEcbPlus } from './data/ecbplus.ts';
import { loadNewsWcl } from './data/newswcl.ts';
import { loadPolnear } from './data/polnear.ts';


const articles: Article[] = [
  ...(loadPolnear('train') ?? []).map((d) => d.article),
  ...(loadEcbPlus() ?? []).map((d) => d.article),
  ...(loadNewsWcl() ?? []).map((d) => d.article),
];
People.firstNameGender = new Map();
/** First name → the surnames it is written with. */
const surnames = new Map<string, Set<string>>();
/** Per article: first name → 'm' | 'f' (a name read both ways in one article counts for neither). */
const perArticle: Array<Map<string, 'm' | 'f' | null>> = articles.map((a) => {
  const spans: Array<[number, number]> = [];
  for (const m of a.text.matchAll(/[^]+?(?=\n\s*\n|$)/g)) for (const s of markedSpans(a.text, m.index!, m.index! + m[0].length)) spans.push([s.innerStart, s.innerEnd]);
  const people = new People(a.text, spans);
  const out = new Map<string, 'm' | 'f' | null>();
  for (const p of people.allPersons()) {
    if (!p.first || !p.gender || p.first.length < 2 || /[^a-z\u00c0-\u024f'-]/.test(p.first)) continue;
    const sn = surnames.get(p.first) ?? new Set<string>();
    sn.add(p.key);
    surnames.set(p.first, sn);
    out.set(p.first, out.has(p.first) && out.get(p.first) !== p.gender ? null : p.gender);
  }
  return out;
});

// A given name is a word the text writes with a capital more often than without: "deputy", "city", "police", "will",
// "united" (first words of runs the reader did not strip) are not names.
const cased = new Map<string, { cap: number; low: number }>();
for (const a of articles) for (const m of a.text.matchAll(/(?<![\p{L}'’-])(\p{L}[\p{L}'’-]*)/gu)) {
  const w = m[1]!;
  const lo = w.toLowerCase();
  const c = cased.get(lo) ?? { cap: 0, low: 0 };
  if (w === lo) c.low++;
  else c.cap++;
  cased.set(lo, c);
}
const nameLike = (lo: string) => {
  const c = cased.get(lo);
  return !!c && c.cap > c.low && !ROLE_WORDS.has(lo) && !ORGANIZATION_WORDS.has(lo) && !NOT_NAMES.has(lo) && (surnames.get(lo)?.size ?? 0) >= 2;
};

function table(idx: number[], min: number, purity: number): Map<string, 'm' | 'f'> {
  const n = new Map<string, { m: number; f: number }>();
  for (const i of idx) for (const [name, g] of perArticle[i]!) if (g && nameLike(name)) {
    const v = n.get(name) ?? { m: 0, f: 0 };
    v[g]++;
    n.set(name, v);
  }
  const t = new Map<string, 'm' | 'f'>();
  for (const [name, v] of n) {
    const all = v.m + v.f;
    if (all >= min && Math.max(v.m, v.f) / all >= purity) t.set(name, v.m > v.f ? 'm' : 'f');
  }
  return t;
}

// Two-fold check: a table counted on half the articles, read against the genders the other half shows.
const even = perArticle.map((_, i) => i).filter((i) => i % 2 === 0);
const odd = perArticle.map((_, i) => i).filter((i) => i % 2 === 1);
console.log(`${articles.length} articles; ${perArticle.reduce((s, m) => s + m.size, 0)} gendered first-name readings`);
let best = { min: 0, purity: 0, net: -Infinity };
for (const min of [2, 3, 5]) for (const purity of [0.7, 0.8, 0.9]) {
  let covered = 0;
  let agree = 0;
  let total = 0;
  for (const [fit, test] of [[even, odd], [odd, even]] as const) {
    const t = table(fit, min, purity);
    for (const i of test) for (const [name, g] of perArticle[i]!) if (g) {
      total++;
      const tg = t.get(name);
      if (!tg) continue;
      covered++;
      if (tg === g) agree++;
    }
  }
  console.log(`min ${min} purity ${purity}: table covers ${covered}/${total} held-fold readings, agrees on ${agree} (${(agree / Math.max(1, covered)).toFixed(3)}), agreements less disagreements ${2 * agree - covered}`);
  if (2 * agree - covered > best.net) best = { min, purity, net: 2 * agree - covered };
}
const MIN_ARTICLES = best.min;
const PURITY = best.purity;
const shipped = table(perArticle.map((_, i) => i), MIN_ARTICLES, PURITY);
const m = [...shipped].filter(([, g]) => g === 'm').map(([n]) => n).sort();
const f = [...shipped].filter(([, g]) => g === 'f').map(([n]) => n).sort();
console.log(`shipped (min ${MIN_ARTICLES}, purity ${PURITY}): ${m.length} male, ${f.length} female first names`);
if (process.argv.includes('--write')) {
  const wrap = (xs: string[]) => xs.join(' ').replace(/(.{1,110})(?:\s|$)/g, '  $1\n').trimEnd();
  writeFileSync(
    'lib/quotes/name-gender.ts',
    `/**\n * Given names and the gender news text shows for them, counted by bench/fit-name-gender.ts (speak15) on PolNeAR train,\n * ECB+ and NewsWCL50: a name read one way in at least ${MIN_ARTICLES} articles, ${PURITY * 100}% of them. A weak prior for pronouns only\n * (lib/quotes/speakers.ts findGenders): anything the article itself says about the person outweighs it. Generated: do not edit.\n */\nexport const MALE_FIRST_NAMES = \`\n${wrap(m)}\`;\nexport const FEMALE_FIRST_NAMES = \`\n${wrap(f)}\`;\n`,
  );
  console.log('wrote lib/quotes/name-gender.ts');
}
