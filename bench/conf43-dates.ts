/**
 * conf43 (docs/notes/conf43.md), item (a): are the false date rows of the judged rounds two events of one story, and does
 * a general "same event" test — the two weekdays' clauses (Quantity.event: content stems, names and figures left out)
 * share at least k words — keep the true ones? Today's rule is k = 1 (conflicts.ts `sameEvent`). Reads saved outputs,
 * no engine run: a `bench/conflicts-eval.ts --blind --list` output (rounds 1–15; verdicts in it) and round sheets
 * (finishRound's format) with their verdict files. Nothing of the texts is written.
 *   npx tsx bench/conf43-dates.ts --eval R115.txt --sheet SHEET.txt:VERDICTS.txt [--sheet …] [--show]
 */
import { readFileSync } from 'node:fs';
import { quantities } from '../lib/nlp';

interface DateRow {
  source: string;
  verdict: boolean | null;
  a: string;
  b: string;
}
const rows: DateRow[] = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--eval') {
    const lines = readFileSync(args[++i]!, 'utf8').split('\n');
    const at = lines.indexOf('reported:');
    for (let k = at + 1; k < lines.length && lines[k]!.startsWith('  ['); k++) {
      const m = /^ {2}\[(\S+) (TRUE|false|\?)\] (\S+) (.*)$/.exec(lines[k]!);
      if (m && /^date/.test(m[4]!)) rows.push({ source: `r1-15 ${m[3]}`, verdict: m[2] === '?' ? null : m[2] === 'TRUE', a: lines[k + 1]!.trim(), b: lines[k + 2]!.trim() });
      while (lines[k + 1] && lines[k + 1]!.startsWith('    ')) k++;
    }
  } else if (args[i] === '--sheet') {
    const [sheet, verdictFile] = args[++i]!.split(':');
    const verdicts = new Map<string, boolean>();
    for (const l of readFileSync(verdictFile!, 'utf8').split('\n')) {
      const m = /^([0-9a-f]{16}) (true|false)\b/.exec(l);
      if (m) verdicts.set(m[1]!, m[2] === 'true');
    }
    for (const entry of readFileSync(sheet!, 'utf8').split(/\n(?=#\d+ )/)) {
      const m = /^#\d+ ([0-9a-f]{16}) figure: (.*)\n {2}A [^:]+: (.*)\n {2}B [^:]+: (.*)/.exec(entry);
      if (!m) continue;
      const weekday = (t: string) => quantities(t).some((q) => q.kind === 'weekday' || q.kind === 'month');
      const [x, y] = m[2]!.split(' ≠ ');
      if (!weekday(x!) || !weekday(y!)) continue;
      rows.push({ source: `${sheet!.split('/').pop()} ${m[1]}`, verdict: verdicts.get(m[1]!) ?? null, a: m[3]!, b: m[4]! });
    }
  }
}

/** The most clause words two differing weekdays (or months) of the two texts share. */
function shared(a: string, b: string): number {
  let best = -1;
  for (const x of quantities(a)) for (const y of quantities(b)) {
    if (x.kind !== y.kind || (x.kind !== 'weekday' && x.kind !== 'month') || x.value === y.value) continue;
    const e = new Set(x.event ?? []);
    best = Math.max(best, new Set((y.event ?? []).filter((w) => e.has(w))).size);
  }
  return best;
}
const scored = rows.map((r) => ({ ...r, k: shared(r.a, r.b) }));
for (const r of scored) console.log(`${r.verdict === null ? '?' : r.verdict ? 'TRUE ' : 'false'} shared=${r.k} ${r.source}${process.argv.includes('--show') ? `\n    ${r.a}\n    ${r.b}` : ''}`);
for (const k of [1, 2, 3]) {
  const kept = scored.filter((r) => r.k >= k);
  const t = (rs: typeof scored) => rs.filter((r) => r.verdict === true).length;
  const f = (rs: typeof scored) => rs.filter((r) => r.verdict === false).length;
  console.log(`shared ≥ ${k}: kept ${kept.length} (true ${t(kept)}, false ${f(kept)}); true lost ${t(scored) - t(kept)}, false out ${f(scored) - f(kept)}`);
}
