import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../lib/text/boilerplate';
import { htmlToBlocks } from '../../lib/text/html';
import { detectLanguage } from '../../lib/text/language';
import { normalizeInline, repairMojibake } from '../../lib/text/normalize';
import { decodeEntities } from '../../lib/text/entities';
import { decodeCharRefs } from '../../lib/text/char-refs';
import { decodeHTML } from 'entities';

/** Encodes text as UTF-8 and reads the bytes back as Windows-1252: how mojibake is made. */
function mangle(s: string): string {
  const cp1252: Record<number, string> = {
    0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
    0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
    0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
  };
  return Array.from(new TextEncoder().encode(s), (b) => cp1252[b] ?? String.fromCharCode(b)).join('');
}

describe('mojibake repair', () => {
  it.each([
    ['She didn’t say “maybe” – she said no.'],
    ['Le café à Zürich coûte 5 €.'],
    ['São Paulo’s mayor, Ñuñoa — naïve façade'],
    ['Emoji survive too: 🎉 and ‘single’ quotes…'],
  ])('restores %s after a UTF-8 → cp1252 round trip', (original) => {
    const broken = mangle(original);
    expect(broken).not.toBe(original);
    const r = repairMojibake(broken);
    expect(r.text).toBe(original);
    expect(r.count).toBeGreaterThan(0);
  });

  it('removes the stray Â of a mis-read no-break space at a line end or before a space', () => {
    expect(normalizeInline('The vote passed.Â ').text).toBe('The vote passed.');
    expect(normalizeInline('in the U.S.Â The court').text).toBe('in the U.S. The court');
    expect(normalizeInline('tabsÂ\u00a0here').text).toBe('tabs here');
  });

  it('leaves correct text alone, including Latin letters that look like lead bytes', () => {
    for (const s of ['Âge d’or', 'È cosa nostra? No: “CAFÉ” and ÉTÉ—fine.', 'Ökonomie», «Straße»', 'Renée’s “Â”']) {
      expect(repairMojibake(s)).toEqual({ text: s, count: 0 });
    }
  });
});

describe('normalisation', () => {
  it('decodes HTML entities, named and numeric', () => {
    expect(decodeEntities('Tom &amp; Jerry &mdash; &#8220;hi&#8221; &rsquo;')).toBe('Tom & Jerry — “hi” ’');
  });

  it('decodes the references left in a page\'s text with the small table as the full one does', () => {
    const names = 'amp lt gt quot apos nbsp copy reg eacute Eacute uuml szlig ntilde ccedil oslash yuml laquo raquo ndash mdash lsquo rsquo ldquo rdquo bdquo hellip bull trade euro dagger permil OElig scaron thinsp minus'.split(' ');
    for (const n of names) expect(decodeCharRefs(`a &${n}; b`), n).toBe(decodeHTML(`a &${n}; b`));
    for (const n of [32, 38, 128, 146, 150, 160, 233, 8217, 8364, 128512, 0, 55296, 1114112]) {
      for (const ref of [`&#${n};`, `&#x${n.toString(16)};`]) expect(decodeCharRefs(`x ${ref} y`), ref).toBe(decodeHTML(`x ${ref} y`));
    }
    // A name it does not know stays as written (the full table is for imports), never half-decoded.
    expect(decodeCharRefs('AT&T &Nscr; &amp')).toBe('AT&T &Nscr; &amp');
    expect(normalizeInline('Caf&eacute; &amp;rsquo;').text).toBe('Café &rsquo;');
  });

  it('keeps curly quotes and dashes, folds whitespace, applies NFC', () => {
    const composed = normalizeInline('  “Cafe\u0301”\u00a0 —\tsaid   ‘she’ \u200b ').text;
    expect(composed).toBe('“Café” — said ‘she’');
    expect(composed.normalize('NFC')).toBe(composed);
  });
});

describe('HTML fragments without a DOM', () => {
  it('turns paragraphs, headings and list items into blocks with entities decoded', () => {
    const blocks = htmlToBlocks('<p>Fish &amp; chips&nbsp;cost &pound;5.</p><h2>Prices</h2><ul><li>One</li><li>Two</li></ul><script>var x="<p>no</p>"</script>');
    expect(blocks.map((b) => [b.tag, b.text.replace(/\u00a0/g, ' ')])).toEqual([
      ['p', 'Fish & chips cost £5.'],
      ['h2', 'Prices'],
      ['li', 'One'],
      ['li', 'Two'],
    ]);
  });

  it('counts link text so link-only paragraphs can be recognised', () => {
    const [a, b] = htmlToBlocks('<p><a href="/x"><strong>READ THIS NEXT</strong></a></p><p>Text with <a href="/y">a link</a> inside.</p>');
    expect(a!.linkChars).toBe(a!.text.length);
    expect(b!.linkChars).toBeLessThan(b!.text.length / 2);
  });
});

const P = (text: string, extra: Partial<{ tag: string; linkChars: number | null }> = {}) => ({ text, tag: 'p', linkChars: null, ...extra });
const prose = (n: number) => P(`This is sentence number ${n} of the article, and it carries an ordinary fact about the story.`);

describe('boilerplate removal', () => {
  const texts = (blocks: Array<{ text: string }>) => blocks.map((b) => b.text);

  it('drops share widgets of several shapes', () => {
    const r = cleanBlocks([P('Share this article'), P('Follow us on Instagram'), P('Tweet'), P('Share on Facebook | Twitter | Email'), prose(1), P('Click to share on WhatsApp')]);
    expect(texts(r.blocks)).toEqual([prose(1).text]);
  });

  it('cuts a comment form and everything after it', () => {
    const r = cleanBlocks([prose(1), prose(2), P('Leave a comment'), P('Your email address will not be published.'), P('Comment *'), prose(3)]);
    expect(texts(r.blocks)).toEqual([prose(1).text, prose(2).text]);
  });

  it('cuts a related-stories list at the end but keeps prose after a mid-article "Don\'t miss" box', () => {
    const end = cleanBlocks([prose(1), prose(2), P('You might also like…'), P('Ten things to do this weekend'), P('Mayor opens new bridge')]);
    expect(texts(end.blocks)).toEqual([prose(1).text, prose(2).text]);
    const mid = cleanBlocks([prose(1), P("DON'T MISS"), P('Storm warning issued for coast [LATEST]'), P('Markets fall again', { linkChars: 18 }), prose(2)]);
    expect(texts(mid.blocks)).toEqual([prose(1).text, prose(2).text]);
  });

  it('drops captions that end in an image credit, and credit lines', () => {
    const r = cleanBlocks([
      P('Protesters gather outside the parliament building on Tuesday. (AP Photo/Jane Doe)'),
      P('The minister speaks to reporters (Image: GETTY)'),
      P('Firefighters at the scene. (Photo by John Smith/AFP via Getty Images)'),
      P('Photo: Reuters'),
      P('Alex Wong | Getty Images'),
      prose(1),
      P('The electronic patient record (ePA) has been discussed for years, officials said (AP).'.replace(' (AP).', '.')),
    ]);
    expect(texts(r.blocks)).toEqual([prose(1).text, 'The electronic patient record (ePA) has been discussed for years, officials said.']);
  });

  it('drops promo headlines: linked all-caps paragraphs, caps lines, "READ MORE:" lead-ins', () => {
    const r = cleanBlocks([
      prose(1),
      P('SENATE PASSES BUDGET AFTER ALL-NIGHT SESSION', { linkChars: 44 }),
      P('WATCH: GOVERNOR SIGNS THE NEW WATER BILL INTO LAW'),
      P('READ MORE: City council approves the new budget', { linkChars: 35 }),
      prose(2),
    ]);
    expect(texts(r.blocks)).toEqual([prose(1).text, prose(2).text]);
  });

  it('drops navigation menus, interface text and bylines that leak into the article container', () => {
    const menu = ['Home', 'News', 'Sport', 'Weather', 'Contact us'].map((t) => P(t, { tag: 'li', linkChars: t.length }));
    const r = cleanBlocks([
      ...menu,
      P('Skip to content'),
      P('By Maria Lopez - 11/18/19 11:04 PM EST'),
      P('Image 2 of 7'),
      prose(1),
      P('This website uses cookies to improve your experience.'),
      P('Updated at 1:23 p.m.'),
      prose(2),
      P('© 2024 Example Media Group'),
    ]);
    expect(texts(r.blocks)).toEqual([prose(1).text, prose(2).text]);
  });

  it('drops notes about the page: disclosures, disclaimers, follow/contact lines, tag lines, bare dates', () => {
    const r = cleanBlocks([
      prose(1),
      P('Follow Jane Doe on Twitter for more updates.'),
      P('Email the author at jane@example.org or follow her @janedoe.'),
      P('This site may earn a commission from purchases made through links on this page.'),
      P('The views and opinions expressed here are those of the author alone.'),
      P('FILE PHOTO: A trader works on the floor of the exchange in New York, November 18, 2019.'),
      P('Filed under: Politics | Elections'),
      P('18 NOV 2019'),
      P('Tuesday, March 5, 2024 at 10:05 am EST'),
      P('Citation: Study finds X (2019, November 18) retrieved 20 November 2019 from https://example.org/x'),
      prose(2),
    ]);
    expect(texts(r.blocks)).toEqual([prose(1).text, prose(2).text]);
  });

  it('keeps a list of short items that are not links (ingredients), and sentences starting with "By"', () => {
    const items = ['2 eggs', '1 cup flour', '100 g butter', 'a pinch of salt'].map((t) => P(t, { tag: 'li' }));
    const blocks = [prose(1), ...items, P('By Monday, the council had voted to close the road.')];
    expect(texts(cleanBlocks(blocks).blocks)).toEqual(texts(blocks));
  });

  it('keeps ordinary short lines, link-heavy sentences, lists of products and unlinked subheadings in capitals', () => {
    const blocks = [
      prose(1),
      P('Clinton shared a report'),
      P('According to the agency, prices rose 3% in May.', { linkChars: 40 }),
      P('Logitech MX Master 3 Mouse', { tag: 'li', linkChars: 26 }),
      P('Satechi USB-C Car Charger', { tag: 'li', linkChars: 25 }),
      P('NASA said the launch would go ahead.'),
      P('WHAT YOU NEED TO MAKE JAM', { tag: 'h2', linkChars: 0 }),
      P('THE NEW ELECTRIC VAN CONCEPT UNVEILED', { linkChars: 0 }),
    ];
    expect(texts(cleanBlocks(blocks).blocks)).toEqual(texts(blocks));
  });
});

describe('language detection', () => {
  it.each([
    ['en', 'The government said on Tuesday that it would release the report after the election, which has been delayed for months.'],
    ['es', 'El presidente dijo el martes que el gobierno publicará el informe después de las elecciones, que se han retrasado durante meses.'],
    ['fr', 'Le président a déclaré mardi que le gouvernement publiera le rapport après les élections, qui ont été retardées pendant des mois.'],
    ['de', 'Der Präsident sagte am Dienstag, dass die Regierung den Bericht nach der Wahl veröffentlichen wird, die seit Monaten verschoben ist.'],
  ])('detects %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('says null when there is too little text', () => {
    expect(detectLanguage('OK')).toBeNull();
  });
});

describe('decodeTextBytes: one rule for the CLI and the options page', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const utf16 = (s: string, be: boolean) => {
    const out = new Uint8Array(s.length * 2);
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      out[2 * k + (be ? 1 : 0)] = c & 0xff;
      out[2 * k + (be ? 0 : 1)] = c >> 8;
    }
    return out;
  };
  const text = 'Headline of the story\n\nThe council voted on Tuesday, “finally”.';
  it('reads UTF-8, UTF-16 LE/BE with and without a BOM, and invalid UTF-8 as Windows-1252 with a warning', async () => {
    const { decodeTextBytes } = await import('../../lib/text/normalize');
    expect(decodeTextBytes(enc(text))).toEqual({ text, warning: null });
    expect(decodeTextBytes(new Uint8Array([0xff, 0xfe, ...utf16(text, false)]))).toEqual({ text, warning: null });
    expect(decodeTextBytes(new Uint8Array([0xfe, 0xff, ...utf16(text, true)]))).toEqual({ text, warning: null });
    expect(decodeTextBytes(utf16(text, false))).toEqual({ text, warning: 'file has no byte-order mark; read as UTF-16LE' });
    expect(decodeTextBytes(utf16(text, true))).toEqual({ text, warning: 'file has no byte-order mark; read as UTF-16BE' });
    expect(decodeTextBytes(new Uint8Array([0x93, 0x61, 0x94]))).toEqual({ text: '“a”', warning: 'file is not valid UTF-8; read as Windows-1252' });
  });
});

describe('htmlToBlocks on hostile nesting', () => {
  it('keeps the blockquote and named-block tags through deep and mis-nested markup', () => {
    const deep = '<div>'.repeat(300) + '<blockquote><p>Quoted words here.</p></blockquote><p>After the quote.</p>' + '</div>'.repeat(300);
    expect(htmlToBlocks(deep).map((b) => [b.tag, b.text])).toEqual([
      ['blockquote', 'Quoted words here.'],
      ['p', 'After the quote.'],
    ]);
    const stray = '<li>Item one</span></em><li>Item two';
    expect(htmlToBlocks(stray).map((b) => [b.tag, b.text])).toEqual([
      ['li', 'Item one'],
      ['li', 'Item two'],
    ]);
  });

  it('htmlDepth counts real nesting, not unclosed <p>/<li> or void tags, and stops early', async () => {
    const { htmlDepth } = await import('../../lib/ingest/limits');
    expect(htmlDepth('<div><section><p>a<p>b<br><img src=x><ul><li>x<li>y</ul></section></div>')).toBe(3);
    expect(htmlDepth('<script>' + '<div>'.repeat(1000) + '</script><div></div>')).toBe(1);
    expect(htmlDepth('<div>'.repeat(100_000), 512)).toBe(513);
  });
});
