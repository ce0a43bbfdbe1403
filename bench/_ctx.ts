import { pagesOf, type Source } from './speakers-data.ts';
const [src, page, at, n] = process.argv.slice(2);
const p = (pagesOf(src as Source) ?? []).find((x) => x.page === page)!;
console.log(p.article.text.slice(Math.max(0, Number(at) - Number(n ?? 1500)), Number(at) + 200).replace(/\n+/g, ' ¶ '));
