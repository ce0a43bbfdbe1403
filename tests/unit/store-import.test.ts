import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bundleToJson } from '../../lib/store/corpus';
import { importFiles, importUrl, type FileImportResult, type ImportSource } from '../../lib/store/import-files';
import { openTestCorpus } from './store-helpers';
import { pageEnv } from '../../lib/ingest/page';

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
  it('imports many files with a result line each: added, updated, skipped with the reason', async () => {
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
      ['copy-of-strike.md', 'unchanged'],
      ['notes.pdf', 'skipped'],
      ['empty.txt', 'skipped'],
    ]);
    expect(results[2]!.detail).toBe('unchanged: same address as strike');
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
    expect(r!.status).toBe('skipped');
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
  const env = pageEnv((h: string) => parseHTML(h).document as unknown as Document);

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
    expect(r).toMatchObject({ status: 'skipped', detail: 'could not fetch the page (HTTP 404 Not Found)' });
    expect((await importUrl(c, 'javascript:alert(1)', { env })).detail).toMatch(/not a web address/);
    const home = '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>';
    const r2 = await importUrl(c, 'https://cityherald.example/', { fetch: async () => home, env });
    expect(r2.status).toBe('skipped');
    expect(r2.detail).toMatch(/not an article|no article/i);
    expect(await c.count()).toBe(0);
  });
});

describe('identity: a file name is a label, not an id (issue 10, cases 1 and 3)', () => {
  const env = pageEnv((h: string) => parseHTML(h).document as unknown as Document);
  const paras = [
    'President Nayib Bukele answered Hillary Clinton on Tuesday, offering to release the whole prison population of CECOT to any country willing to take it.',
    'Clinton had shared an excerpt of a documentary about three Venezuelan men who say they were deported to the prison without evidence of gang ties.',
    'Bukele wrote that the only condition was that it must be everyone, including the gang leaders held in the maximum-security center.',
    'The government did not say whether any country had answered the offer by the end of the week, and the State Department declined to comment.',
  ];
  const fox = `<!doctype html><html lang="en"><head><title>Bukele fires back at Clinton over CECOT | Fox News</title>
<link rel="canonical" href="https://www.foxnews.com/world/bukele-fires-back-clinton-cecot">
<meta property="og:site_name" content="Fox News"><meta property="article:published_time" content="2025-12-23T14:05:00Z"></head>
<body><article><h1>Bukele fires back at Clinton over CECOT</h1>${paras.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
  const foxTxt = ['Bukele fires back at Clinton over CECOT', '', ...paras].join('\n');

  it('the same story as story.html (outlet, date, URL) then story.txt keeps outlet, date and URL', async () => {
    const c = await openTestCorpus();
    const [first] = await importFiles(c, [src('story.html', fox)], { env });
    expect(first).toMatchObject({ status: 'added', ids: ['story'] });
    const before = await c.get('story');
    expect(before).toMatchObject({ outlet: 'Fox News', date: '2025-12-23T14:05:00Z' });
    expect(before!.url).toContain('foxnews.com/world/bukele-fires-back-clinton-cecot');
    const [second] = await importFiles(c, [src('story.txt', foxTxt)], { env });
    expect(second!.status === 'unchanged' || second!.status === 'updated').toBe(true);
    expect(await c.count()).toBe(1);
    expect(await c.get('story')).toMatchObject({ outlet: before!.outlet, date: before!.date, url: before!.url, title: before!.title });
  });

  it('unrelated a.txt then a.md gives two articles; the second says it got another id', async () => {
    const c = await openTestCorpus();
    const [x] = await importFiles(c, [src('a.txt', txt)]);
    const [y] = await importFiles(c, [src('a.md', md)]);
    expect(x).toMatchObject({ status: 'added', ids: ['a'] });
    expect(y!.status).toBe('added');
    expect(y!.ids[0]).toMatch(/^a_[0-9a-f]{8}$/);
    expect(y!.detail).toMatch(/the id a belongs to a different article; stored as a_/);
    expect(await c.count()).toBe(2);
    expect((await c.get('a'))!.title).toBe('Ferry timetable changes');
  });

  it('two bundle records with the same URL: one article, and a per-record line for the merged one', async () => {
    const c = await openTestCorpus();
    const [one] = (await importFiles(c, [src('strike.md', md)])) as FileImportResult[];
    const a = (await c.get('strike'))!;
    const bundle = {
      format: 'parallax-corpus',
      version: 1,
      exportedAt: 't',
      articles: [
        { ...a, id: 'p1', title: 'First title' },
        { ...a, id: 'p2', title: 'Second title', url: 'https://www.dailyport.example/news/strike-ends?utm_source=rss' },
      ],
    };
    expect(one!.status).toBe('added');
    const d = await openTestCorpus();
    const [r] = await importFiles(d, [src('two.json', JSON.stringify(bundle))]);
    expect(r).toMatchObject({ status: 'added', detail: '1 added, 1 updated' });
    expect(r!.notes).toEqual(['record 2 (p2): updated: merged with record 1 of this import (same address)']);
    expect((await d.list()).map((s) => [s.id, s.title])).toEqual([['p1', 'Second title']]);
  });
});

describe('file bytes and sizes (issue 10, cases 7 and 12)', () => {
  const bytes = (name: string, b: Uint8Array): ImportSource => ({ name, size: b.length, bytes: async () => b });

  it('reads invalid UTF-8 as Windows-1252 with a warning, as the CLI does', async () => {
    const c = await openTestCorpus();
    const text = txt.replace('announced', 'announced \u0093today\u0094');
    const b = Uint8Array.from([...text].map((ch) => (ch === '\u0093' ? 0x93 : ch === '\u0094' ? 0x94 : ch.charCodeAt(0))));
    const [r] = await importFiles(c, [bytes('cp.txt', b)]);
    expect(r!.status).toBe('added');
    const a = (await c.get('cp'))!;
    expect(a.text).toContain('announced “today”');
    expect(a.warnings[0]).toBe('file is not valid UTF-8; read as Windows-1252');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const c = await openTestCorpus();
    let read = false;
    const huge: ImportSource = { name: 'big.txt', size: 50 * 1024 * 1024, bytes: async () => ((read = true), new Uint8Array(0)) };
    const [r] = await importFiles(c, [huge]);
    expect(r).toMatchObject({ status: 'skipped', detail: 'the file is 50 MB; the limit is 5 MB per file' });
    expect(read).toBe(false);
  });
});

describe('a full disk (issue 10: storage)', () => {
  it('a file whose write hits the quota is skipped with a clear message; the corpus stays as it was', async () => {
    const c = await openTestCorpus();
    await importFiles(c, [src('ferry.txt', txt)]);
    const before = bundleToJson(await c.exportBundle('t'));
    c.db.summaries.hook('creating', () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const [r] = await importFiles(c, [src('strike.md', md)]);
    expect(r).toMatchObject({ status: 'skipped' });
    expect(r!.detail).toMatch(/^The browser has no more storage for Parallax: nothing was written, the corpus is as it was\./);
    expect(bundleToJson(await c.exportBundle('t'))).toBe(before);
  });
});
