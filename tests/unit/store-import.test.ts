import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bundleToJson } from '../../lib/store/corpus';
import { importFiles, importUrl, type ImportSource } from '../../lib/store/import-files';
import { openTestCorpus } from './store-helpers';

const src = (name: string, content: string): ImportSource => ({ name, text: async () => content });

const md = `---
title: Harbour strike ends
date: 2024-03-01
link: https://dailyport.example/news/strike-ends
---

The harbour strike ended on Friday after three weeks.

Dockworkers accepted the new offer in a vote on Thursday evening, the union said.
`;
const txt = `Ferry timetable changes

The island ferry will run every two hours from Monday, the operator announced on its website.

Passengers should book ahead during the summer season, when demand is highest.
`;

describe('importing files', () => {
  it('imports many files with a result line each, reporting duplicates and errors', async () => {
    const c = await openTestCorpus();
    const progress: number[] = [];
    const results = await importFiles(
      c,
      [src('strike.md', md), src('ferry.txt', txt), src('copy-of-strike.md', md), src('notes.pdf', '%PDF'), src('empty.txt', '   ')],
      { onResult: (_r, done) => progress.push(done) },
    );
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(results.map((r) => [r.name, r.status])).toEqual([
      ['strike.md', 'added'],
      ['ferry.txt', 'added'],
      ['copy-of-strike.md', 'duplicate'],
      ['notes.pdf', 'error'],
      ['empty.txt', 'error'],
    ]);
    expect(results[2]!.detail).toBe('duplicate of strike');
    expect(results[3]!.detail).toMatch(/unsupported file type \(\.pdf\)/);
    expect(results[4]!.detail).toMatch(/empty/);
    expect((await c.list()).map((s) => s.id).sort()).toEqual(['ferry', 'strike']);
  });

  it('imports a Parallax export file as a bundle (same ids, same content)', async () => {
    const c = await openTestCorpus();
    await importFiles(c, [src('strike.md', md), src('ferry.txt', txt)]);
    const json = bundleToJson(await c.exportBundle('t'));
    const d = await openTestCorpus();
    const [r] = await importFiles(d, [src('parallax-corpus.json', json)]);
    expect(r).toMatchObject({ status: 'added', detail: '2 added' });
    expect(bundleToJson(await d.exportBundle('t'))).toBe(json);
    const [again] = await importFiles(d, [src('parallax-corpus.json', json)]);
    expect(again).toMatchObject({ status: 'unchanged', detail: '2 unchanged' });
  });

  it('reports a broken export file and writes nothing from it', async () => {
    const c = await openTestCorpus();
    const bad = JSON.stringify({ format: 'parallax-corpus', version: 1, exportedAt: 't', articles: [{ id: 'x' }] });
    const [r] = await importFiles(c, [src('broken.json', bad)]);
    expect(r!.status).toBe('error');
    expect(r!.detail).toMatch(/Article 1 \(x\)/);
    expect(await c.count()).toBe(0);
  });
});

describe('importing a page by URL', () => {
  const page = `<!doctype html><html lang="en"><head><title>Council approves budget | City Herald</title>
<meta property="og:site_name" content="City Herald"></head><body><header><nav><a href="/">Home</a></nav></header>
<article><h1>Council approves budget</h1>
<p>The city council approved next year's budget on Tuesday by a vote of seven to two, after a long debate.</p>
<p>The plan raises spending on parks and libraries while holding property taxes flat for a third year.</p>
<p>Opponents said the budget relies on optimistic revenue forecasts that may not hold if the economy slows.</p>
<p>The mayor, who proposed the plan in September, called the vote a sign of confidence in the city's finances and thanked the council members who worked through the summer on the details.</p>
<p>Two council members voted against the plan, saying they had asked for an independent review of the revenue estimates and had not received one before the vote was scheduled.</p>
<p>The budget takes effect on the first of January. A public hearing on the capital plan, which covers road repairs and a new fire station, is set for next month at City Hall.</p>
</article><footer>© City Herald</footer></body></html>`;
  const env = { parseHtml: (h: string) => parseHTML(h).document as unknown as Document };

  it('fetches, extracts and adds the article with its URL; a second time it is unchanged', async () => {
    const c = await openTestCorpus();
    const fetch = async () => page;
    const r = await importUrl(c, 'https://cityherald.example/news/budget', { fetch, env });
    expect(r.status).toBe('added');
    const [s] = await c.list();
    expect(s!.outlet).toBe('City Herald');
    expect(s!.title).toMatch(/^Council approves budget/);
    expect(s!.url).toContain('cityherald.example/news/budget');
    expect((await importUrl(c, 'https://cityherald.example/news/budget', { fetch, env })).status).toBe('unchanged');
  });

  it('says why when the page cannot be fetched or the address is wrong', async () => {
    const c = await openTestCorpus();
    const r = await importUrl(c, 'https://down.example/', {
      fetch: async () => {
        throw new Error('HTTP 404 Not Found');
      },
      env,
    });
    expect(r).toMatchObject({ status: 'error', detail: 'could not fetch the page (HTTP 404 Not Found)' });
    expect((await importUrl(c, 'javascript:alert(1)', { env })).detail).toMatch(/not a web address/);
    const home = '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>';
    const r2 = await importUrl(c, 'https://cityherald.example/', { fetch: async () => home, env });
    expect(r2.status).toBe('error');
    expect(r2.detail).toMatch(/not an article|no article/i);
    expect(await c.count()).toBe(0);
  });
});
