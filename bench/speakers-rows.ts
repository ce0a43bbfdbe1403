/**
 * Every judged quote's ranker candidates (lib/quotes/ranker.ts), and every labelled PolNeAR-train proxy quote's, read once
 * and optionally cached (bench/fit-abstain.ts reads them; bench/fit-speakers.ts builds the same judged rows itself).
 * SPEAKERS_ROWS_CACHE=F: read the rows from F when it exists, else write them there (a dev loop: the cache is stale as soon
 * as lib/quotes changes).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extractQuotes } from '../lib/quotes/extract.ts';
import type { Candidate } from '../lib/quotes/ranker.ts';
import { loadPolnear } from './data/polnear.ts';
import { proxyCandidateRows } from './fit-speakers-proxy.ts';
import type { ProxyLabel } from './speakers-proxy.ts';
import { judgedOf, pagesOf, quoteAt, SAMPLES, type Judged } from './speakers-data.ts';

export interface JudgedRow {
  sample: string;
  page: string;
  judged: Judged;
  /** The rules' answer. */
  rule: string | null;
  cands: Candidate[];
}
export interface ProxyRowC {
  outlet: string;
  label: ProxyLabel;
  rule: string | null;
  nobody: boolean;
  cands: Candidate[];
}

/** The judged samples' rows (sealed samples left out); samples whose pages or file are absent are skipped with a line. */
export function judgedRows(): JudgedRow[] {
  const rows: JudgedRow[] = [];
  for (const name of Object.keys(SAMPLES).filter((n) => !SAMPLES[n]!.sealed)) {
    const judged = judgedOf(name);
    const pages = pagesOf(SAMPLES[name]!.source);
    if (!judged || !pages) {
      console.log(`${name}: skipped (${judged ? 'its pages are absent' : 'its file is absent'})`);
      continue;
    }
    const byPage = new Map(pages.map((p) => [p.page, p]));
    const perPage = new Map<string, Array<{ start: number; end: number; rule: string | null; cands: Candidate[] }>>();
    for (const j of judged) {
      const p = byPage.get(j.page)!;
      let qs = perPage.get(j.page);
      if (!qs) {
        const got: Array<{ start: number; end: number; rule: string | null; cands: Candidate[] }> = [];
        extractQuotes(p.article, { model: null, onCandidates: (q, cands) => got.push({ start: q.start, end: q.end, rule: q.speaker, cands }) });
        perPage.set(j.page, (qs = got));
      }
      const q = quoteAt(qs, j.start);
      rows.push({ sample: name, page: j.page, judged: j, rule: q ? q.rule : null, cands: q ? q.cands : [] });
    }
  }
  return rows;
}

/** The PolNeAR-train proxy's rows (named and unnamed labels; a quote no attribution holds is nobody's); [] when the mirror is absent. */
export function proxyRowsC(): ProxyRowC[] {
  const docs = loadPolnear('train');
  if (!docs) {
    console.log('PolNeAR: skipped, the mirror is absent');
    return [];
  }
  return proxyCandidateRows(docs, { unattributed: true });
}

export function cachedRows(): { judged: JudgedRow[]; proxy: ProxyRowC[] } {
  const f = process.env.SPEAKERS_ROWS_CACHE;
  if (f && existsSync(f)) return JSON.parse(readFileSync(f, 'utf8')) as { judged: JudgedRow[]; proxy: ProxyRowC[] };
  const out = { judged: judgedRows(), proxy: proxyRowsC() };
  if (f) writeFileSync(f, JSON.stringify(out));
  return out;
}
