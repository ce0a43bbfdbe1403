/**
 * Every quote a result file answers wrong, with its context and the cause a reader gave it (throwaway
 * helper for docs/notes/speak7.md's error table).
 *
 *   npx tsx bench/speakers-errors.ts RESULTS.json [CAUSES.json]
 *
 * RESULTS: bench/fit-speakers.ts --json (field rankerRight) or speakers-sample.ts --json. CAUSES: rows
 * {sample,page,start,cause} (bench/data/speakers-first-errors.json, speakers-errors7.json).
 */
import { readFileSync } from 'node:fs';
import { pagesOf, SAMPLES } from './speakers-data.ts';

const [file, causesFile] = process.argv.slice(2);
const rows = JSON.parse(readFileSync(file!, 'utf8')) as Array<Record<string, unknown>>;
const causes = new Map<string, string>();
for (const f of (causesFile ?? '').split(',').filter(Boolean)) for (const c of JSON.parse(readFileSync(f, 'utf8')) as Array<{ sample: string; page: string; start: number; cause: string }>) causes.set(`${c.sample}|${c.page}@${c.start}`, c.cause);
for (const r of rows) {
  const wrong = 'rankerRight' in r ? !r.rankerRight : !(r.ok ?? r.right);
  if (!wrong) continue;
  const sample = r.sample as string;
  const pages = pagesOf(SAMPLES[sample]!.source) ?? [];
  const p = pages.find((x) => x.page === r.page);
  const t = p?.article.text ?? '';
  const s = r.start as number;
  const key = `${sample}|${r.page}@${s}`;
  console.log(`## ${key} judged=${JSON.stringify(r.judged ?? r.expected)} rule=${JSON.stringify(r.rule ?? null)} got=${JSON.stringify(r.ranker ?? r.got)} cause=${causes.get(key) ?? '?'}`);
  console.log('   ' + t.slice(Math.max(0, s - 350), s).replace(/\s+/g, ' ') + '⟦' + t.slice(s, s + 160).replace(/\s+/g, ' ') + '…\n');
}
