/**
 * The judged quote-wording rows of the blind rounds, read from the command line's sheets (shared by
 * bench/conf54-quotes.ts and bench/quote55-classes.ts): `--sheet S.txt:bench/data/V.tsv:rNN` a round's blind sheet
 * ("#n KEY quote: X ≠ Y" lines) with its verdicts ("KEY true|false reason"); `--earlier LIST.txt` rounds 1–15, every
 * "“X” vs “Y”" pair of a line of `bench/conflicts-eval.ts --blind --list`. Sheets hold the sources' text and are not
 * committed: a missing one is skipped with a printed reason. Other arguments are left to the caller.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface QuoteRow {
  round: string;
  key: string;
  verdict: boolean | undefined;
  pairs: Array<[string, string]>;
  reason: string;
}

export function judgedQuoteRows(argv: readonly string[]): QuoteRow[] {
  const rows: QuoteRow[] = [];
  for (let k = 0; k < argv.length; k++) {
    if (argv[k] === '--sheet') {
      const [sheet, verdicts, round] = argv[++k]!.split(':');
      if (!existsSync(sheet!)) {
        console.log(`skipped ${round}: no sheet at ${sheet}`);
        continue;
      }
      const judged = new Map<string, [boolean, string]>();
      for (const line of readFileSync(verdicts!, 'utf8').split('\n')) {
        const m = /^([0-9a-f]{16}) (true|false)\b ?(.*)$/.exec(line);
        if (m) judged.set(m[1]!, [m[2] === 'true', m[3]!]);
      }
      for (const m of readFileSync(sheet!, 'utf8').matchAll(/^#\d+ ([0-9a-f]{16}) quote: (.*) ≠ (.*)$/gm)) {
        const v = judged.get(m[1]!);
        rows.push({ round: round!, key: m[1]!, verdict: v?.[0], pairs: [[m[2]!, m[3]!]], reason: v?.[1] ?? '' });
      }
    } else if (argv[k] === '--earlier') {
      const path = argv[++k]!;
      if (!existsSync(path)) {
        console.log(`skipped rounds 1–15: no listing at ${path}`);
        continue;
      }
      const lines = readFileSync(path, 'utf8').split('\n');
      lines.forEach((line, n) => {
        const m = /^ {2}\[(\S+) (TRUE|false|\?)\] (\S+) quote: (.*)$/.exec(line);
        if (!m) return;
        const pairs = [...m[4]!.matchAll(/“(.*?)” vs “(.*?)”(?:; |$)/g)].map((p) => [p[1]!, p[2]!] as [string, string]);
        const reason = /^\s+\((.*)\)$/.exec(lines[n + 3] ?? '')?.[1] ?? '';
        rows.push({ round: 'r1-15', key: `${m[3]}#${n}`, verdict: m[2] === '?' ? undefined : m[2] === 'TRUE', pairs, reason });
      });
    }
  }
  return rows;
}
