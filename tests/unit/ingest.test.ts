import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFileBytes, loadArticleFile, loadCorpusDir } from '../../cli/load';
import { nodeEnv } from '../../cli/node-env';
import { articleFromExtracted, canonicalUrl, idForUrl, ingestFile } from '../../lib/ingest/index';
import { normalizeDate, shortenAtWord } from '../../lib/ingest/meta';
import { outletForUrl } from '../../lib/outlets';
import type { Article } from '../../lib/types';

const FIX = join(__dirname, '../fixtures/ingest');
const SEEDS = join(__dirname, '../../seeds');

const one = (name: string, content: string, url?: string): Article => {
  const r = ingestFile({ name, content, url });
  expect(r.errors).toEqual([]);
  expect(r.articles).toHaveLength(1);
  return r.articles[0]!;
};

function expectConsistent(a: Article) {
  expect(a.units.length).toBeGreaterThan(0);
  a.units.forEach((u, k) => {
    expect(u.i).toBe(k);
    expect(a.text.slice(u.start, u.end)).toBe(u.text);
  });
}

describe('the five seeds (issue 2, "How it is checked")', () => {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const articles = seeds.map((f) => one(f, readFileSync(join(SEEDS, f), 'utf8')));

  it('reads five articles with ids from the file names', () => {
    expect(articles.map((a) => a.id)).toEqual(seeds.map((f) => f.replace(/\.txt$/, '')));
  });

  it('leaves no mojibake, markup or page furniture in any unit', () => {
    const banned = ['Â', '<p>', '</', 'Share and Follow', 'Leave a Reply', 'Similar Posts', '(Getty Images)', 'Your email address'];
    for (const a of articles) {
      expectConsistent(a);
      for (const u of a.units) {
        for (const b of banned) expect(u.text).not.toContain(b);
        // Promo headlines are set in capitals: no unit is mostly upper-case letters.
        const letters = u.text.replace(/[^\p{L}]/gu, '');
        const upper = letters.replace(/[^\p{Lu}]/gu, '');
        if (letters.length > 20) expect(upper.length / letters.length).toBeLessThan(0.6);
      }
    }
  });

  it('gives seed 003 its front-matter metadata', () => {
    const a = articles.find((x) => x.id === '003_38879e5049cf1087')!;
    expect(a.title).toBe("Bukele challenges Hillary Clinton to take El Salvador's entire prison population after criticism");
    expect(a.date).toBe('2025-12-23');
    expect(a.url).toBe('https://www.foxnews.com/world/bukele-challenges-hillary-clinton-take-el-salvadors-entire-prison-population-criticism');
    expect(a.outlet).toBe('Fox News');
    expect(a.language).toBe('en');
  });

  it('gives every seed a sensible title: a headline, or a derived one with a warning', () => {
    for (const a of articles) {
      expect(a.title.length).toBeGreaterThan(15);
      expect(a.title.length).toBeLessThanOrEqual(120);
      expect(a.title).not.toMatch(/^Share|\n/);
      const derived = a.warnings.some((w) => w.includes('title derived'));
      // A derived title is the start of the text, cut at a word boundary.
      if (derived) expect(a.text.replace(/\s+/g, ' ')).toContain(a.title.replace(/…$/, ''));
    }
    expect(articles.find((a) => a.id.startsWith('004'))!.title).toBe("Bukele responds to Hillary Clinton about 'brutality' In Cecot");
  });

  it('keeps quotes whole: no cut leaves a quote open in one unit and closed in the next', () => {
    const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
    for (const a of articles) {
      for (let k = 0; k + 1 < a.units.length; k++) {
        const u = a.units[k]!;
        const v = a.units[k + 1]!;
        if (u.p !== v.p) continue;
        const curlyCut = count(u.text, /“/g) > count(u.text, /”/g) && count(v.text, /”/g) > count(v.text, /“/g);
        const straightCut = count(u.text, /"/g) % 2 === 1 && count(v.text, /"/g) % 2 === 1;
        expect(curlyCut || straightCut, `${a.id} units ${k}/${k + 1}`).toBe(false);
      }
    }
    const fox = articles.find((a) => a.id.startsWith('003'))!;
    expect(fox.units.map((u) => u.text)).toContain(
      '"We are willing to release our entire prison population (including all gang leaders and all those described as "political prisoners") to any country willing to receive them," he wrote.',
    );
  });

  it('marks the embedded post in seed 002 and the subheadings in seed 004', () => {
    const s2 = articles.find((a) => a.id.startsWith('002'))!;
    const embeds = s2.units.filter((u) => u.kind === 'embed').map((u) => u.text);
    expect(embeds[embeds.length - 1]).toMatch(/^— .+ \(@\w+\) \w+ \d{1,2}, \d{4}$/);
    expect(embeds.length).toBeGreaterThanOrEqual(3);
    const s4 = articles.find((a) => a.id.startsWith('004'))!;
    expect(s4.units.filter((u) => u.kind === 'heading').map((u) => u.text)).toEqual(['Clinton shared a report', 'Priority to Salvadoran Human Rights']);
  });
});

describe('formats', () => {
  it('reads Markdown with other front-matter keys (headline, published_at, canonical_url, publisher, authors)', async () => {
    const { articles, errors } = await loadArticleFile(join(FIX, 'markdown-frontmatter.md'));
    expect(errors).toEqual([]);
    const a = articles[0]!;
    expect(a).toMatchObject({
      id: 'markdown-frontmatter',
      title: 'Rail strike called off after late-night talks',
      outlet: 'Example Daily',
      date: '2024-06-02T22:15:00-04:00',
      url: 'https://www.example-news.example/rail-strike-called-off',
      language: 'en-US',
      byline: 'Sam Okafor',
      format: 'markdown',
    });
    const texts = a.units.map((u) => u.text);
    // Hard-wrapped lines joined; Markdown syntax gone; the title heading not repeated; "Read more" list cut.
    expect(texts[0]).toBe('Unions and rail operators reached an agreement shortly before midnight, calling off a strike that would have halted trains across the region on Monday.');
    expect(texts).toContain('The deal includes a 4% pay rise this year and a review of night-shift rules, according to a joint statement.');
    expect(a.units.find((u) => u.text === 'What changes for passengers')?.kind).toBe('heading');
    expect(texts.join(' ')).not.toMatch(/Share this|Timetable changes|\*\*|\]\(/);
  });

  it('reads an HTML fragment body without a DOM, decoding entities and dropping linked capitals', () => {
    const a = one(
      'fragment.txt',
      [
        '---',
        'title: Storm closes schools',
        'date: 2024-11-02',
        'url: https://www.nbcnews.com/news/storm-closes-schools',
        'source: https://feeds.nbcnews.com/nbcnews/public/news',
        '---',
        '<p>Schools in three counties closed on Friday &amp; Saturday as the storm&#8217;s winds reached 90&nbsp;mph.</p>',
        '<p><a href="/x"><strong><u>POWER OUTAGES SPREAD ACROSS THE STATE AFTER STORM</u></strong></a></p>',
        '<p>Officials said classes would resume on Monday &ldquo;if the roads are clear.&rdquo;</p>',
      ].join('\n'),
    );
    expect(a.outlet).toBe('NBC News');
    expect(a.url).toBe('https://www.nbcnews.com/news/storm-closes-schools');
    expect(a.units.map((u) => u.text)).toEqual([
      'Schools in three counties closed on Friday & Saturday as the storm’s winds reached 90 mph.',
      'Officials said classes would resume on Monday “if the roads are clear.”',
    ]);
  });

  it('marks an embedded post in HTML (a blockquote with a signature line) and only its lines as embed', () => {
    const a = one(
      'embed.html',
      [
        '<p>The minister answered her critics on social media late on Friday night, in a long post.</p>',
        '<blockquote class="twitter-tweet"><p lang="en">We will publish every contract.</p><p>Every single one. https://t.co/x1</p>',
        '&mdash; Jane Roe (@janeroe) <a href="https://twitter.com/janeroe/status/1">March 4, 2024</a></blockquote>',
        '<p>Her office confirmed the post on Saturday and said the contracts would be online within a week.</p>',
      ].join(''),
    );
    expect(a.units.map((u) => [u.kind, u.text])).toEqual([
      ['body', 'The minister answered her critics on social media late on Friday night, in a long post.'],
      ['embed', 'We will publish every contract.'],
      ['embed', 'Every single one. https://t.co/x1'],
      ['embed', '— Jane Roe (@janeroe) March 4, 2024'],
      ['body', 'Her office confirmed the post on Saturday and said the contracts would be online within a week.'],
    ]);
  });

  it('reads plain text whose first line is a headline, and derives a title when there is none', () => {
    const withHeadline = one('a.txt', 'Dam breach forces evacuations\nThousands of residents left their homes on Sunday after a dam wall cracked.\nRescue teams worked through the night.');
    expect(withHeadline.title).toBe('Dam breach forces evacuations');
    expect(withHeadline.units[0]!.text).toMatch(/^Thousands/);
    const without = one('b.txt', 'Thousands of residents left their homes on Sunday after a dam wall cracked in the hills above the town of Ribeira.\nRescue teams worked through the night.');
    expect(without.title).toMatch(/^Thousands of residents left their homes on Sunday after a dam wall cracked/);
    expect(without.title.length).toBeLessThanOrEqual(111);
    expect(without.warnings.join(' ')).toMatch(/title derived/);
  });

  it('reads a whole HTML page through Readability (needs a parser in the environment)', () => {
    const html = readFileSync(join(FIX, 'news-page.html'), 'utf8');
    expect(ingestFile({ name: 'news-page.html', content: html }).errors[0]).toMatch(/news-page\.html: .*HTML parser/);
    const r = ingestFile({ name: 'news-page.html', content: html }, nodeEnv);
    expect(r.errors).toEqual([]);
    const a = r.articles[0]!;
    expect(a).toMatchObject({
      id: 'news-page',
      title: 'Harbour bridge reopens after repairs',
      outlet: 'The Coastal Courier',
      date: '2024-03-05T09:30:00+01:00',
      url: 'https://www.coastalcourier.example/news/harbour-bridge-reopens',
      language: 'en-GB',
      format: 'html',
    });
    const joined = a.units.map((u) => u.text).join('\n');
    expect(joined).toContain('“We promised the town a safer crossing. We kept that promise,” the mayor, Carla Mendes, told reporters at the ribbon-cutting.');
    expect(joined).not.toMatch(/Share on|FERRY WORKERS|Getty|Leave a Reply|Council approves budget|Home|©/);
    expectConsistent(a);
  });

  it('reads our JSON bundle: keeps good articles, names bad ones, rebuilds stale units', async () => {
    const { articles, errors } = await loadArticleFile(join(FIX, 'bundle.json'));
    expect(articles.map((a) => a.id)).toEqual(['good-one', 'stale-units']);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.reason).toMatch(/articles\[1\].*no-text.*missing "text"/);
    const stale = articles[1]!;
    expect(stale.units.map((u) => u.text)).toEqual(['First sentence here.', 'Second sentence here.']);
    expect(stale.warnings.join(' ')).toMatch(/rebuilt/);
    articles.forEach(expectConsistent);
  });

  it('keeps Markdown paragraphs apart when they contain inline HTML', () => {
    const a = one('inline.md', 'The <em>first</em> paragraph is about the river and its banks in spring.\n\nThe second one has <a href="/x">a link</a> &amp; an entity.');
    expect(a.units.map((u) => [u.p, u.text])).toEqual([
      [0, 'The first paragraph is about the river and its banks in spring.'],
      [1, 'The second one has a link & an entity.'],
    ]);
  });

  it('reads a text that starts with a bracket as text, not as broken JSON', () => {
    const a = one('note.txt', '[Updated] The bridge reopened on Tuesday after eight months of repairs, the council said.');
    expect(a.units[0]!.text).toMatch(/^\[Updated\] The bridge reopened/);
  });

  it('reads a single article and an array of articles as JSON', () => {
    const single = ingestFile({ name: 'x.json', content: JSON.stringify({ id: 'solo', title: 'Solo', text: 'Only one sentence here.' }) });
    expect(single.articles.map((a) => a.id)).toEqual(['solo']);
    const arr = ingestFile({ name: 'y.json', content: JSON.stringify([{ id: 'p', title: 'P', text: 'P text.' }, { id: 'q', title: 7, text: 'Q text.' }]) });
    expect(arr.articles.map((a) => a.id)).toEqual(['p']);
    expect(arr.errors[0]).toMatch(/^y\.json: \[1\]: article "q": "title" must be a string/);
  });
});

describe('bad input gets a clear error, never an exception', () => {
  it.each([
    ['empty.txt', '', /empty\.txt: the file is empty/],
    ['spaces.md', '   \n\n  ', /spaces\.md: the file is empty/],
    ['broken.json', '{"articles": [', /broken\.json: not valid JSON/],
    ['number.json', '42', /number\.json: expected a corpus bundle/],
    ['bundle.json', '{"format":"other","articles":[]}', /unknown bundle format/],
    ['only-fm.md', '---\ntitle: Nothing\n---\n', /only-fm\.md: no article text after the front matter/],
    ['furniture.txt', 'Share this article\nLeave a Reply\n', /furniture\.txt: no article text left/],
    ['photo.txt', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000' + 'x'.repeat(200), /photo\.txt: this is not a text file/],
    ['garbage.txt', Array.from({ length: 800 }, (_, k) => String.fromCharCode((k * 37) % 256)).join(''), /garbage\.txt: this is not a text file/],
  ])('%s', (name, content, re) => {
    const r = ingestFile({ name, content });
    expect(r.articles).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(re);
  });

  it('keeps the text when the front matter is not valid YAML, with a warning', () => {
    const a = one('bad-yaml.md', '---\ntitle: [unclosed\n---\nThe text of the article is still here and is long enough to read.');
    expect(a.warnings.join(' ')).toMatch(/front matter is not valid YAML/);
    expect(a.units[0]!.text).toMatch(/^The text of the article/);
  });

  it('lists a directory: good files load, bad files are named with the reason', async () => {
    const { articles, errors } = await loadCorpusDir(FIX);
    expect(articles.map((a) => a.id)).toEqual(['good-one', 'stale-units', 'markdown-frontmatter', 'news-page']);
    const reasons = Object.fromEntries(errors.map((e) => [e.file.split('/').pop(), e.reason]));
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['broken.json']).toMatch(/not valid JSON/);
    expect(reasons['not-article.html']).toMatch(/not an article/);
    await expect(loadCorpusDir(join(FIX, 'missing-dir'))).rejects.toThrow(/not found/);
  });
});

describe('file encodings', () => {
  it('reads UTF-8, and falls back to Windows-1252 for bytes that are not UTF-8', () => {
    expect(decodeFileBytes(new TextEncoder().encode('Café “ok”'))).toEqual({ text: 'Café “ok”', warning: null });
    const cp1252 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]); // Café “ok” in cp1252
    const r = decodeFileBytes(cp1252);
    expect(r.text).toBe('Café “ok”');
    expect(r.warning).toMatch(/Windows-1252/);
  });
});

describe('metadata helpers', () => {
  it('maps hosts to outlet names, and stays null when unsure', () => {
    expect(outletForUrl('https://www.foxnews.com/world/x')).toBe('Fox News');
    expect(outletForUrl('https://feeds.foxnews.com/foxnews/world')).toBe('Fox News');
    expect(outletForUrl('https://news.bbc.co.uk/2/hi/x.stm')).toBe('BBC');
    expect(outletForUrl('https://el-heraldo.example/x')).toBe('El Heraldo');
    expect(outletForUrl('https://www.elsalvadorinenglish.com/2025/12/x')).toBe('elsalvadorinenglish.com');
    expect(outletForUrl('http://127.0.0.1:8080/a')).toBeNull();
    expect(outletForUrl('https://citynotes.substack.com/p/x')).toBe('Citynotes');
    expect(outletForUrl('https://www.blogspot.com/')).toBeNull();
  });

  it('shortens derived titles at a clause or word boundary, without ending on a filler word or cutting a name', () => {
    expect(shortenAtWord('A short sentence.')).toBe('A short sentence');
    const t = shortenAtWord('The city council voted on Tuesday to approve the new housing plan for the eastern districts of the city, despite protests', 100);
    expect(t).toBe('The city council voted on Tuesday to approve the new housing plan for the eastern districts…');
    const n = shortenAtWord('Officials met with the visiting delegation led by former Prime Minister Jane Roe Smith and her advisers in the capital', 80);
    expect(n).toMatch(/Jane Roe Smith…$/);
    expect(shortenAtWord('word '.repeat(40), 50)).not.toMatch(/\b(?:the|of|and)…$/);
  });

  it('normalises dates without shifting the day', () => {
    expect(normalizeDate('2025-12-23')).toBe('2025-12-23');
    expect(normalizeDate('2025-12-23T23:30:00-05:00')).toBe('2025-12-23T23:30:00-05:00');
    expect(normalizeDate('December 23, 2025')).toBe('2025-12-23');
    expect(normalizeDate('Tue, 23 Dec 2025 10:00:00 GMT')).toBe('2025-12-23');
    expect(normalizeDate('2025-02-30')).toBeNull();
    expect(normalizeDate('soon')).toBeNull();
  });

  it('gives an extracted page a stable id from its canonical URL', () => {
    const page = {
      url: 'https://www.reuters.com/world/story-1/?utm_source=x#top',
      title: 'Story one',
      siteName: null,
      byline: null,
      publishedTime: '2024-05-01T10:00:00Z',
      lang: 'en',
      excerpt: null,
      blocks: [{ text: 'The first paragraph of the story has a fact in it.', tag: 'p' }],
    };
    const a = articleFromExtracted(page);
    expect(a.id).toBe(idForUrl('https://www.reuters.com/world/story-1'));
    expect(a.url).toBe(canonicalUrl('https://www.reuters.com/world/story-1'));
    expect(a).toMatchObject({ outlet: 'Reuters', date: '2024-05-01T10:00:00Z', format: 'page', quotes: [] });
    expect(articleFromExtracted(page, 'custom').id).toBe('custom');
  });
});

describe('bounded ingestion (issue 10)', () => {
  it('removes a run of thousands of characters without a space, with a warning, and keeps the rest', () => {
    const blob = 'QUJD'.repeat(2000);
    const r = ingestFile({ name: 'blob.txt', content: `Council votes on the budget today\n\nThe council voted on Tuesday. ${blob} The vote was close.\n` });
    const a = r.articles[0]!;
    expect(a.text).not.toContain('QUJD');
    expect(a.text).toContain('The vote was close.');
    expect(a.warnings).toContain('removed 1 run of more than 1000 characters without a space (not text)');
  });

  it('drops a front-matter date that is not a date, with the same warning a bundle gets', () => {
    const r = ingestFile({ name: 'd.md', content: '---\ntitle: A dated story\ndate: 9999-99-99\n---\n\nThe council voted on Tuesday to pass the budget.\n' });
    expect(r.articles[0]!.date).toBeNull();
    expect(r.articles[0]!.warnings).toContain('date "9999-99-99" is not a date; dropped');
  });

  it('refuses front matter over its limits with a message, and keeps ordinary front matter working', () => {
    const many = Array.from({ length: 1500 }, (_, k) => `k${k}: 1`).join('\n');
    expect(ingestFile({ name: 'm.md', content: `---\n${many}\n---\n\nBody text of the story.\n` }).errors).toEqual(['m.md: front matter has more than 1000 keys']);
    const deep = `---\ntitle: x\nnest: ${'{a: '.repeat(20)}1${'}'.repeat(20)}\n---\n\nBody text of the story.\n`;
    expect(ingestFile({ name: 'n.md', content: deep }).errors).toEqual(['n.md: front matter is nested more than 16 levels deep']);
    expect(ingestFile({ name: 'e.md', content: '---\n---\nThe council voted on Tuesday to pass the budget.\n' }).articles).toHaveLength(1);
  });

  it('drops a JSON article URL that is not http(s), with a warning', () => {
    const r = ingestFile({ name: 'j.json', content: JSON.stringify({ id: 'j', title: 'T', url: 'javascript:alert(1)', text: 'The council voted on Tuesday.' }) });
    expect(r.articles[0]!.url).toBeNull();
    expect(r.articles[0]!.warnings).toContain('url "javascript:alert(1)" is not an http(s) address; dropped');
  });
});
