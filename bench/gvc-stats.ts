/**
 * Size of the SemEval-2018 Task 5 news source (bench/data/gvc.ts): articles, incidents, outlets, incidents told by two
 * outlets or more, exact duplicate texts, and quotations (for a later speakers sample). Counts only; prints no text.
 *   npx tsx bench/gvc-stats.ts
 */
import { gvcItems, GVC_GIT } from './data/gvc.ts';

const items = gvcItems();
if (!items) {
  console.log(`mirror absent (${GVC_GIT}; fetch github:cltl/LongTailQATask)`);
  process.exit(0);
}
const byIncident = new Map<string, typeof items>();
for (const it of items) byIncident.set(it.incident, [...(byIncident.get(it.incident) ?? []), it]);
const hosts = new Set(items.map((i) => i.host ?? '?'));
const texts = new Map<string, number>();
for (const it of items) texts.set(it.content.trim(), (texts.get(it.content.trim()) ?? 0) + 1);
const dupTexts = [...texts.values()].filter((n) => n > 1).reduce((s, n) => s + n, 0);
const multi = [...byIncident.values()].filter((l) => new Set(l.map((i) => i.host)).size >= 2);
const pairs = multi.reduce((s, l) => {
  let n = 0;
  for (let p = 0; p < l.length; p++) for (let q = p + 1; q < l.length; q++) if (l[p]!.host !== l[q]!.host) n++;
  return s + n;
}, 0);
const quotes = items.reduce((s, it) => s + (it.content.match(/["“][^"”]{12,}?["”]/g)?.length ?? 0), 0);
const words = items.reduce((s, it) => s + (it.content.match(/\S+/g)?.length ?? 0), 0);
console.log(`articles ${items.length}, words ${words} (median ${median(items.map((i) => i.content.match(/\S+/g)?.length ?? 0))} an article)`);
console.log(`incidents ${byIncident.size}; with ≥ 2 articles ${[...byIncident.values()].filter((l) => l.length >= 2).length}; with ≥ 2 outlets ${multi.length} (${multi.reduce((s, l) => s + l.length, 0)} articles, ${pairs} different-outlet article pairs)`);
console.log(`outlets (hosts) ${hosts.size}; articles with no host ${items.filter((i) => !i.host).length}; texts shared by 2+ articles ${dupTexts}; empty texts ${items.filter((i) => !i.content.trim()).length}`);
console.log(`dates ${items[0] ? [...items.map((i) => i.date ?? '')].filter(Boolean).sort()[0] : ''} … ${[...items.map((i) => i.date ?? '')].filter(Boolean).sort().at(-1)}`);
console.log(`quotations ("…" of 12+ characters) ${quotes}, in ${items.filter((it) => /["“][^"”]{12,}?["”]/.test(it.content)).length} articles`);
// A rough count of quotations with a named speaker right after them: ,” said Capitalised … / ,” Capitalised … said.
const named = /["“][^"”]{12,}?[,.!?]["”]\s+(?:said|says|according to|told \w+)\s+(?:[\p{Lu}][\p{L}.'-]+\s+)*[\p{Lu}][\p{L}'-]+|["“][^"”]{12,}?[,.!?]["”]\s+(?:[\p{Lu}][\p{L}.'-]+\s+){1,4}(?:said|says)\b/gu;
const namedCount = items.reduce((s, it) => s + (it.content.match(named)?.length ?? 0), 0);
console.log(`quotations followed by a capitalised speaker and said / says (rough, includes titles such as "Police Chief …"): ${namedCount}`);
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
