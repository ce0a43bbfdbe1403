import { describe, expect, it } from 'vitest';
import { nodeParseHtml } from '../../cli/node-env';
import { declaredText, extractPage, pruneByDeclaredBody, type DeclaredFit } from '../../lib/extract';
import { isNotArticle } from '../../lib/extension/protocol';
import { articleBodies } from '../../lib/jsonld';

const PARAS = [
  'The harbour bridge reopened on Tuesday after eighteen months of repairs that cost the county more than twelve million pounds, officials said at a ceremony attended by several hundred residents.',
  'Engineers found corrosion in the steel cables in 2022 and closed the crossing to traffic, forcing commuters onto a ferry that added forty minutes to the journey each way.',
  'The council leader, Maria Jensen, thanked residents for their patience and said the new cables were expected to last at least sixty years with regular inspection.',
  'Local shop owners on the north side reported that trade had fallen by a third during the closure, and several asked the council for help with business rates.',
  'A second phase of work, repainting the towers and replacing the lighting along the footpath, is planned for next spring and should not close the road.',
  'Traffic counts on the first morning showed about four thousand vehicles crossing before nine, close to the figure recorded before the closure began.',
];
/** A paragraph inside the article container that the publisher's body does not contain. */
const CAPTION = 'The old bridge photographed from the harbour wall in 1998, years before the first cracks were reported by divers.';
const FIT: DeclaredFit = { gram: 3, share: 0.5 };

function page(ld: unknown): Document {
  const body = [...PARAS.slice(0, 3), CAPTION, ...PARAS.slice(3)].map((p) => `<p>${p}</p>`).join('\n');
  return nodeParseHtml(`<!doctype html><html lang="en"><head><title>Harbour bridge reopens</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Harbour bridge reopens</h1>${body}</article></body></html>`);
}
const texts = (doc: Document, fit = FIT) => {
  const r = extractPage(doc, 'https://news.example/bridge', { declared: fit });
  if (isNotArticle(r)) throw new Error(r.reason);
  return r.blocks.map((b) => b.text);
};

describe('declared articleBody as evidence (pruneByDeclaredBody)', () => {
  it('drops a block the full declared body lacks, found inside @graph, with escaped markup in it', () => {
    const articleBody = PARAS.map((p) => `&lt;p&gt;${p}&lt;/p&gt;`).join('');
    const doc = page({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'x' }, { '@type': 'NewsArticle', headline: 'Harbour bridge reopens', articleBody }] });
    expect(texts(doc)).toEqual(PARAS);
    // With the rule off the caption stays: it is Readability's, not the declared body's, text that is output.
    expect(texts(doc, { gram: 3, share: 0 })).toContain(CAPTION);
  });

  it('ignores a truncated articleBody (a paywall teaser): nothing is dropped', () => {
    const doc = page({ '@context': 'https://schema.org', '@type': 'NewsArticle', articleBody: `${PARAS[0]} ${PARAS[1]!.slice(0, 60)}…` });
    expect(texts(doc)).toEqual([...PARAS.slice(0, 3), CAPTION, ...PARAS.slice(3)]);
  });

  it("ignores the articleBody of another article (a list page's teaser)", () => {
    const other =
      'Firefighters spent the night at a warehouse blaze on the industrial estate. Nobody was hurt, the fire service said, but the roof collapsed and the building will be demolished next week after an inspection by the council.';
    const doc = page([{ '@type': 'BlogPosting', articleBody: other }]);
    expect(texts(doc)).toContain(CAPTION);
    expect(texts(doc)).toHaveLength(PARAS.length + 1);
  });

  it('keeps every block rather than none when the declared body matches nothing it keeps', () => {
    const blocks = [{ text: 'alpha beta gamma delta' }, { text: 'epsilon zeta eta theta' }];
    expect(pruneByDeclaredBody(blocks, ['alpha beta gamma delta epsilon'], { gram: 3, share: 0.5 })).toEqual([blocks[0]]);
    expect(pruneByDeclaredBody(blocks, ['iota kappa lambda mu'], { gram: 3, share: 0.5 })).toEqual(blocks);
  });
});

describe('articleBodies', () => {
  it('reads article-like nodes only, through @graph and mainEntity, longest first', () => {
    const doc = nodeParseHtml(`<html><head>
<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":["Thing","ReportageNews"],"articleBody":"Short body."}}</script>
<script type="application/ld+json">{"@graph":[{"@type":"Organization","articleBody":"Not an article."},{"@type":"Article","articleBody":"A   longer\\n body text."}]}</script>
<script type="application/ld+json">{ not json</script></head><body></body></html>`);
    expect(articleBodies(doc)).toEqual(['A longer body text.', 'Short body.']);
  });

  it('declaredText strips raw and entity-escaped markup and decodes entities', () => {
    expect(declaredText('<p>One &amp; two.</p><p>Three&hellip;</p>')).toBe('One & two. Three…');
    expect(declaredText('&lt;p&gt;Four &lt;a href="x"&gt;five&lt;/a&gt;.&lt;/p&gt;')).toBe('Four five.');
  });
});
