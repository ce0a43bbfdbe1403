/**
 * Two readings of bench/extract-eval.ts (its `--json` files, same set and split, two `--extractor`s) page by
 * page (docs/notes/extract58.md): per group, pages better / worse by more than 0.01 F1, pages the second
 * reads as nothing (F1 under 0.05 where the first is over 0.5), and the pages that move most.
 *   npx tsx bench/extract58-compare.ts A.json B.json [--top N]
 */
import { readFileSync } from 'node:fs';
import { optionValue } from './args.ts';

type Group = { pages: number; parallax: { f1: number }; extractor: string; f1: Record<string, [number, number]> };
const [aFile, bFile] = process.argv.slice(2).filter((x) => x.endsWith('.json'));
if (!aFile || !bFile) throw new Error('usage: extract58-compare.ts A.json B.json [--top N]');
const top = Number(optionValue('top', process.argv.slice(2)) ?? 5);
const a = JSON.parse(readFileSync(aFile, 'utf8')) as Record<string, Group>;
const b = JSON.parse(readFileSync(bFile, 'utf8')) as Record<string, Group>;
const f = (x: number) => x.toFixed(4);
for (const key of Object.keys(a).filter((k) => k in b)) {
  const A = a[key]!, B = b[key]!;
  const moves = Object.keys(A.f1)
    .filter((id) => id in B.f1)
    .map((id) => ({ id, a: A.f1[id]![1], b: B.f1[id]![1] }))
    .sort((x, y) => x.b - x.a - (y.b - y.a));
  const better = moves.filter((m) => m.b > m.a + 0.01).length;
  const worse = moves.filter((m) => m.b < m.a - 0.01).length;
  const lost = moves.filter((m) => m.a > 0.5 && m.b < 0.05).length;
  console.log(`${key.padEnd(22)} ${A.extractor} ${f(A.parallax.f1)} → ${B.extractor} ${f(B.parallax.f1)} (Δ ${(B.parallax.f1 - A.parallax.f1 >= 0 ? '+' : '') + f(B.parallax.f1 - A.parallax.f1)}); ${A.pages} pages: ${better} better, ${worse} worse, ${lost} read as nothing`);
  for (const m of [...moves.slice(0, top), ...(top ? moves.slice(-top).reverse() : [])].filter((m) => Math.abs(m.b - m.a) > 0.01)) {
    console.log(`  ${m.id.slice(0, 40).padEnd(40)} ${f(m.a)} → ${f(m.b)}`);
  }
}
