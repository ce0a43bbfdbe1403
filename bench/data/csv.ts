/** CSV as the bench/data loaders read it (fake_or_real_news, ISOT, gbnews), and the benches' tab-separated verdict sheets. */
import { existsSync, readFileSync } from 'node:fs';
import { mirrorFile } from './mirror.ts';

/**
 * A CSV file of a mirror (at `commit`) as rows under its header, the header's column of each name asked
 * (all present) and the file's bytes; null when the mirror, the file or a column is absent (the caller prints why).
 */
export function mirrorCsv(gitDir: string, file: string, names: readonly string[], commit = 'HEAD'): { rows: string[][]; cols: number[]; raw: Buffer } | null {
  if (!existsSync(gitDir)) return null;
  let raw: Buffer;
  try {
    raw = mirrorFile(gitDir, file, commit);
  } catch {
    return null;
  }
  const [head, ...rows] = csvRows(raw.toString('utf8'));
  const cols = names.map((n) => head?.indexOf(n) ?? -1);
  return cols.some((c) => c < 0) ? null : { rows, cols, raw };
}

/** RFC 4180 rows (quoted fields may hold commas, newlines and doubled quotes; a row ends at \n, \r\n or \r). */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') (f += '"'), i++;
      else if (c === '"') q = false;
      else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') row.push(f), (f = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(f), rows.push(row), (row = []), (f = '');
    } else f += c;
  }
  if (f || row.length) row.push(f), rows.push(row);
  return rows;
}

/**
 * A verdict sheet (tab-separated, a header line first): each row's key (`keyOf` its cells) → its cell `value`.
 * An absent sheet reads as empty (a bench that writes it runs before anything is judged).
 */
export function tsvVerdicts(path: string, keyOf: (cells: string[]) => string, value: number): Map<string, string | undefined> {
  const rows = existsSync(path) ? readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean) : [];
  return new Map(rows.map((l) => {
    const cells = l.split('\t');
    return [keyOf(cells), cells[value]] as const;
  }));
}
