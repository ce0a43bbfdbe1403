/**
 * The JSON-LD objects a page declares about itself (`<script type="application/ld+json">`), flat:
 * arrays, `@graph` and `mainEntity` are walked (to a bounded depth); malformed blocks are skipped.
 * One reader for the metadata (lib/extract.ts) and the page-kind check (lib/page-kind.ts).
 */
export function jsonLdNodes(doc: Document): Array<Record<string, unknown>> {
  const nodes: Array<Record<string, unknown>> = [];
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 8) return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    nodes.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity) visit(o.mainEntity, depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      /* malformed JSON-LD is common: ignore it */
    }
  }
  return nodes;
}

/** The `@type` strings of a node (a string or a list). */
export function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Types whose `articleBody` is the text of an article (schema.org Article and its kinds). */
const BODY_TYPE = /Article|Posting|ReportageNews|Report$|Review/i;

/**
 * The `articleBody` strings the page declares on article-like nodes (also inside `@graph` and
 * `mainEntity`), whitespace-collapsed, longest first. A list page may declare several (one per
 * teaser); the caller decides which, if any, belongs to the article in front of it.
 */
export function articleBodies(doc: Document): string[] {
  const out = new Set<string>();
  for (const o of jsonLdNodes(doc)) {
    if (!typesOf(o).some((t) => BODY_TYPE.test(t))) continue;
    const b = Array.isArray(o.articleBody) ? o.articleBody.join(' ') : o.articleBody;
    if (typeof b !== 'string') continue;
    const t = b.replace(/\s+/g, ' ').trim();
    if (t) out.add(t);
  }
  return [...out].sort((a, b) => b.length - a.length);
}
