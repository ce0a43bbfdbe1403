/**
 * (speak52) Every judged quote of the dev samples that opens right after "so-called" (the quotes lib/quotes/extract.ts's
 * `term` rule makes nobody's), with its label: a label naming a person is a quote the rule makes wrong.
 *   npx tsx bench/speak52-socalled.ts
 */
import { judgedOf, pagesOf, SAMPLES } from './speakers-data.ts';

let n = 0, named = 0;
for (const [name, s] of Object.entries(SAMPLES)) {
  if (s.heldOut || s.sealed) continue;
  const pages = new Map((pagesOf(s.source) ?? []).map((p) => [p.page, p.article.text]));
  for (const j of judgedOf(name) ?? []) {
    const t = pages.get(j.page);
    if (!t || !/so-called\s*["“‘']?\s*$/i.test(t.slice(Math.max(0, j.start - 14), j.start))) continue;
    n++;
    if (j.speaker) named++;
    console.log(`${name} ${j.page} @${j.start} label ${JSON.stringify(j.speaker)} | ${t.slice(Math.max(0, j.start - 120), j.start + 60).replace(/\n+/g, ' ¶ ')}`);
  }
}
console.log(`judged quotes after "so-called": ${n}, of which labelled with a person: ${named}`);
