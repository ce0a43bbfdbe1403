/**
 * A quote traced through three outlets' coverage of one US-politics story (exact, reworded, translated),
 * with a fourth article quoting a different senator in similar words: recall, no false occurrence, and
 * the same speaker everywhere. Then the same trace on the extension's store (Dexie) after an older
 * version left wrong speakers in it: Corpus.reindex() recomputes stored quotes, so the trace view and
 * the CLI name the same speaker (issue 8 item 6).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openMemoryCorpus } from '../../cli/memory-corpus';
import { run } from '../../cli/trace';
import { ingestFile } from '../../lib/ingest/index';
import { traceQuote } from '../../lib/quotes/trace';
import { Corpus } from '../../lib/store/corpus';
import type { Article } from '../../lib/types';

const md = (outlet: string, date: string, body: string) =>
  `---\ntitle: Senate moves to avert shutdown\noutlet: ${outlet}\ndate: ${date}\nurl: https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/shutdown\n---\n\n${body}`;

const FILES: Record<string, string> = {
  'capitol.md': md('Capitol Ledger', '2024-03-01', `WASHINGTON — Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday that the chamber would vote on the stopgap bill before Friday, the New York Times reports.

"We are not going to let the government shut down over a fight about the calendar," McConnell told reporters. "Nobody in this building wants that."

Speaker Nancy Pelosi, D-Calif., called the plan a "cynical ploy" and said her caucus would not support it.`),
  'plains.md': md('Plains Courier', '2024-03-01', `Senate Republicans moved on Tuesday to keep federal agencies open past Friday.

"We are not going to let the government shut down over a fight about the calendar," Senate Majority Leader Mitch McConnell told Fox News. He said a vote would come within days.

Democrats in the House were not convinced. Pelosi dismissed the measure as a "cynical ploy."`),
  'global.md': md('Global Wire', '2024-03-02', `The leader of the Republican majority in the Senate, Mitch McConnell, promised a vote before the deadline.

"We will not let the government shut down because of a quarrel over the calendar," McConnell told journalists on Tuesday, according to the Associated Press.

The measure would fund agencies until mid-April.`),
  'statehouse.md': md('Statehouse Daily', '2024-02-20', `In Springfield, state senators argued over the budget for a third week.

"We are not going to let the state government shut down over a fight about pensions," said state Sen. Maria Ortiz, who chairs the appropriations committee.

The governor has threatened a veto.`),
};

const SELECTION = 'We are not going to let the government shut down over a fight about the calendar';

function ingestAll(): Article[] {
  return Object.entries(FILES).flatMap(([name, content]) => ingestFile({ name, content }).articles);
}

describe('tracing a politician\'s quote through three outlets', () => {
  it('finds the exact, reworded and translated copies, not the state senator\'s, all said by McConnell', async () => {
    const articles = ingestAll();
    const corpus = await openMemoryCorpus(articles);
    const from = articles.find((a) => a.id.startsWith('capitol'))!;
    const t = await traceQuote(SELECTION, corpus, { from });
    corpus.close();
    expect(t.speaker).toBe('Mitch McConnell');
    const ids = t.occurrences.map((o) => o.id.replace(/_.*/, ''));
    expect(new Set(ids)).toEqual(new Set(['plains', 'global']));
    expect(ids).not.toContain('statehouse');
    for (const o of t.occurrences) expect(o.speaker).toBe('Mitch McConnell');
    expect(t.occurrences.find((o) => o.id.startsWith('global'))!.text).toMatch(/^We will not let the government shut down because/);
  });

  it('the state senator\'s quote traced back finds none of the three', async () => {
    const articles = ingestAll();
    const corpus = await openMemoryCorpus(articles);
    const from = articles.find((a) => a.id.startsWith('statehouse'))!;
    const t = await traceQuote('We are not going to let the state government shut down over a fight about pensions', corpus, { from });
    corpus.close();
    expect(t.speaker).toBe('Maria Ortiz');
    expect(t.occurrences).toEqual([]);
  });
});

describe('the trace view (stored corpus) and the CLI name the same speaker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-speakers-'));
  for (const [name, content] of Object.entries(FILES)) writeFileSync(join(dir, name), content);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function cliSpeaker(): Promise<{ speaker: string | null; occurrences: Array<{ id: string; speaker: string | null }> }> {
    let out = '';
    const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
    try {
      expect(await run([SELECTION, '--corpus', dir, '--from', join(dir, 'capitol.md'), '--json'])).toBe(0);
    } finally {
      o.mockRestore();
    }
    return JSON.parse(out);
  }

  it('after reindex, stored quotes an older extractor attributed to "New York Times" and "Fox News" are attributed again', async () => {
    const articles = ingestAll();
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    await c.upsert(articles);
    // What an older version left: every quote given to an outlet, and an old key version.
    for (const a of articles) {
      await c.db.articles.update(a.id, { quotes: a.quotes.map((q) => ({ ...q, speaker: /Plains/.test(a.outlet ?? '') ? 'Fox News' : 'New York Times' })), keysVersion: 0 });
      await c.db.summaries.update(a.id, { keysVersion: 0 });
    }
    const from = articles.find((a) => a.id.startsWith('capitol'))!;
    const stale = await traceQuote(SELECTION, c, { from });
    expect(stale.occurrences.map((o) => o.speaker)).toContain('Fox News');

    expect(await c.reindex()).toBe(articles.length);
    const view = await traceQuote(SELECTION, c, { from });
    c.close();
    const cli = await cliSpeaker();
    expect(view.speaker).toBe('Mitch McConnell');
    expect(cli.speaker).toBe(view.speaker);
    const bySpeaker = (os: Array<{ id: string; speaker: string | null }>) => os.map((o) => `${o.id}:${o.speaker}`).sort();
    expect(bySpeaker(cli.occurrences)).toEqual(bySpeaker(view.occurrences));
  });
});
