/**
 * Every judged quote's ranker candidates (lib/quotes/ranker.ts), and every labelled PolNeAR-train proxy quote's, read once
 * and optionally cached (bench/fit-abstain.ts reads them; bench/fit-speakers.ts reads the same judged quotes through `judgedQuotes`).
 * SPEAKERS_ROWS_CACHE=F: read the rows from F when it exists, else write them there (a dev loop: the cache is stale as soon
 * as lib/quotes changes).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extractQuotes } from '../lib/quotes/extract.ts';
import type { Candidate } from '../lib/quotes/ranker.ts';
import { loadPolnear } from './data/polnear.ts';
import { proxyCandidateRows } from './fit-speakers-proxy.ts';
import type { ProxyLabel } from './speakers-proxy.ts';
import { judgedOf, pagesOf, quoteAt, SAMPLES, type Judged, type Page } from './speakers-data.ts';

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

/** A judged quote's rules' answer and ranker candidates, as `extractQuotes` gives them for its page. */
export interface PageQuote {
  start: number;
  end: number;
  rule: string | null;
  cands: Candidate[];
}

/**
 * Every judged quote of the unsealed samples with its page and the quote the rules found there (undefined when none
 * holds it); each page is read once. Samples whose pages or file are absent are skipped with a line.
 */
export function* judgedQuotes(): Generator<{ sample: string; page: Page; judged: Judged; q: PageQuote | undefined }> {
  for (const name of Object.keys(SAMPLES).filter((n) => !SAMPLES[n]!.sealed)) {
    const judged = judgedOf(name);
    const pages = pagesOf(SAMPLES[name]!.source);
    if (!judged || !pages) {
      console.log(`${name}: skipped (${judged ? 'its pages are absent' : 'its file is absent'})`);
      continue;
    }
    const byPage = new Map(pages.map((p) => [p.page, p]));
    const perPage = new Map<string, PageQuote[]>();
    for (const j of judged) {
      const p = byPage.get(j.page)!;
      let qs = perPage.get(j.page);
      if (!qs) {
        const got: PageQuote[] = [];
        extractQuotes(p.article, { model: null, onCandidates: (q, cands) => got.push({ start: q.start, end: q.end, rule: q.speaker, cands }) });
        perPage.set(j.page, (qs = got));
      }
      yield { sample: name, page: p, judged: j, q: quoteAt(qs, j.start) };
    }
  }
}

/** The judged samples' rows (sealed samples left out); samples whose pages or file are absent are skipped with a line. */
export function judgedRows(): JudgedRow[] {
  return [...judgedQuotes()].map(({ sample, page, judged, q }) => ({ sample, page: page.page, judged, rule: q ? q.rule : null, cands: q ? q.cands : [] }));
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
