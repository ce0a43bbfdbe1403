/**
 * JSON input: our export bundle (CorpusBundle), a single Article, or an array of Articles.
 * Every article is validated field by field; a bad one is reported (file, position, field, reason)
 * and the good ones are kept. Units that do not match the text are rebuilt from the text.
 */
import type { Article, ArticleFormat, Unit } from '../types';
import { segmentParagraphs, classifyParagraphs } from '../segment/index';
import { canonicalUrl } from '../url';
import { dateDropped, normalizeDate } from './meta';
import { MAX_ARTICLE_CHARS, MAX_JSON_ARTICLES } from './limits';

type Finish = (a: Omit<Article, 'hash' | 'quotes'> & { quotes?: Article['quotes'] }) => Article;

const FORMATS: ArticleFormat[] = ['text', 'markdown', 'html', 'page', 'json'];

export function readJson(name: string, content: string, fileId: string, finish: Finish): { articles: Article[]; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    return { articles: [], errors: [`${name}: not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  let items: unknown[];
  let where: (k: number) => string;
  if (Array.isArray(data)) {
    items = data;
    where = (k) => `[${k}]`;
  } else if (data && typeof data === 'object' && Array.isArray((data as Record<string, unknown>).articles)) {
    const b = data as Record<string, unknown>;
    if (b.format !== undefined && b.format !== 'parallax-corpus') {
      return { articles: [], errors: [`${name}: unknown bundle format ${JSON.stringify(b.format)} (expected "parallax-corpus")`] };
    }
    if (b.version !== undefined && b.version !== 1) {
      return { articles: [], errors: [`${name}: unsupported bundle version ${JSON.stringify(b.version)} (this build reads version 1)`] };
    }
    items = b.articles as unknown[];
    where = (k) => `articles[${k}]`;
  } else if (data && typeof data === 'object') {
    items = [data];
    where = () => 'article';
  } else {
    return { articles: [], errors: [`${name}: expected a corpus bundle, an article or an array of articles, found ${data === null ? 'null' : typeof data}`] };
  }
  if (!items.length) return { articles: [], errors: [`${name}: contains no articles`] };
  if (items.length > MAX_JSON_ARTICLES) {
    return { articles: [], errors: [`${name}: lists ${items.length} articles; the limit is ${MAX_JSON_ARTICLES} per file (import a Parallax corpus file from the options page for more)`] };
  }
  const articles: Article[] = [];
  const errors: string[] = [];
  items.forEach((item, k) => {
    const r = validateArticle(item, items.length === 1 ? fileId : null);
    if (typeof r === 'string') errors.push(`${name}: ${where(k)}: ${r}`);
    else articles.push(finish(r));
  });
  return { articles, errors };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** Checks one article object; returns the reason it is unusable, or the article (units rebuilt if needed). */
export function validateArticle(v: unknown, fallbackId: string | null): (Omit<Article, 'hash' | 'quotes'> & { quotes?: Article['quotes'] }) | string {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return 'not an object';
  const o = v as Record<string, unknown>;
  const id = str(o.id) ?? (typeof o.id === 'number' ? String(o.id) : null) ?? fallbackId;
  if (!id) return 'missing "id"';
  if (typeof o.text !== 'string' || !o.text.trim()) return `article "${id}": missing "text" (the article body)`;
  if (o.text.length > MAX_ARTICLE_CHARS) return `article "${id}": the text is ${o.text.length.toLocaleString('en-US')} characters long; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en-US')}`;
  for (const f of ['title', 'outlet', 'date', 'url', 'language', 'byline', 'description'] as const) {
    if (o[f] !== undefined && o[f] !== null && typeof o[f] !== 'string') return `article "${id}": "${f}" must be a string or null, found ${typeof o[f]}`;
  }
  if (o.warnings !== undefined && !(Array.isArray(o.warnings) && o.warnings.every((w) => typeof w === 'string'))) {
    return `article "${id}": "warnings" must be an array of strings`;
  }
  const text = o.text;
  const warnings = Array.isArray(o.warnings) ? [...(o.warnings as string[])] : [];
  let units = validUnits(o.units, text);
  if (!units) {
    if (o.units !== undefined) warnings.push('units did not match the text; rebuilt from the text');
    const paras = text.split(/\n\n+/).map((t) => t.trim()).filter(Boolean);
    const kinds = classifyParagraphs(paras);
    const seg = segmentParagraphs(paras.map((t, k) => ({ text: t, kind: kinds[k]! })));
    return build(o, id, seg.text, seg.units, warnings);
  }
  return build(o, id, text, units, warnings);
}

function build(o: Record<string, unknown>, id: string, text: string, units: Unit[], warnings: string[]) {
  const title = str(o.title) ?? str(o.headline) ?? units[0]?.text.slice(0, 90) ?? id;
  const date = o.date == null ? null : normalizeDate(o.date);
  if (o.date != null && !date) warnings.push(dateDropped(o.date));
  // Only an http(s) address is a URL (a "javascript:" one is neither stored nor ever a link).
  const rawUrl = str(o.url);
  const url = rawUrl ? canonicalUrl(rawUrl) : null;
  if (rawUrl && !url) warnings.push(`url ${JSON.stringify(rawUrl.slice(0, 60))} is not an http(s) address; dropped`);
  return {
    id,
    title,
    outlet: str(o.outlet),
    date,
    url,
    language: str(o.language),
    byline: str(o.byline),
    description: str(o.description),
    text,
    units,
    quotes: Array.isArray(o.quotes) ? (o.quotes as Article['quotes']) : undefined,
    warnings,
    format: FORMATS.includes(o.format as ArticleFormat) ? (o.format as ArticleFormat) : 'json',
  };
}

function validUnits(v: unknown, text: string): Unit[] | null {
  if (!Array.isArray(v) || !v.length) return null;
  const out: Unit[] = [];
  for (let k = 0; k < v.length; k++) {
    const u = v[k] as Record<string, unknown> | null;
    if (!u || typeof u !== 'object') return null;
    const { i, p, start, end } = u;
    if (i !== k || typeof p !== 'number' || typeof start !== 'number' || typeof end !== 'number') return null;
    if (typeof u.text !== 'string' || text.slice(start, end) !== u.text) return null;
    const kind = u.kind === 'heading' || u.kind === 'embed' ? u.kind : 'body';
    out.push({ i: k, text: u.text, p, start, end, kind });
  }
  return out;
}
