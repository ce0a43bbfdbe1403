/**
 * HTML fragment → text blocks, without a DOM (the MV3 service worker that imports the seeds has no
 * DOMParser). Uses htmlparser2's streaming parser (entities decoded by the parser) to drive the
 * block logic of lib/text/blocks-core.ts, which lib/extract.ts drives over a DOM instead.
 */
import { Parser } from 'htmlparser2';
import { blockBuilder, type Block } from './blocks-core';

export { looksLikeHtml, type Block } from './blocks-core';

/**
 * Converts an HTML fragment to blocks in document order. Inline markup is flattened; block
 * elements and <br> start a new block. Link text is counted per block for the promo rules.
 */
export function htmlToBlocks(html: string, opts: { attrs?: boolean } = {}): Block[] {
  const b = blockBuilder(opts);
  const parser = new Parser(
    {
      onopentag: (name, attribs) => b.open(name, attribs.class, attribs.id),
      ontext: (text) => b.text(text),
      onclosetag: (name) => b.close(name),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return b.end();
}
