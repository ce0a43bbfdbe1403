/**
 * speak57: the article bodies of the Fake News Challenge stage 1 (FNC-1, 2017; Pomerleau & Rao), taken from the Emergent data set
 * (Ferreira & Vlachos, NAACL 2016): English web news of 2014-15 from many outlets — national and local papers, broadcasters' sites,
 * aggregators, blogs — each reporting a rumour or claim of the day (stance labels pair these bodies with other articles' headlines;
 * they are not read). The challenge's repository keeps them as CSV (Body ID, articleBody) with the outlets' paragraph breaks:
 * github:FakeNewsChallenge/fnc-1, `train_bodies.csv` and `competition_test_bodies.csv`. Read from its mirror at run time only:
 * nothing of the text is committed (labels: page id, offset, hash).
 *
 * A reader's plain-text file of each body: no headline is kept, so the title is the page id; paragraphs are the body's lines
 * (blank lines dropped, spaces folded). Outlet "fnc-web" (the bodies do not name their outlet). Page ids "fnc-train-<Body ID>" and
 * "fnc-test-<Body ID>"; a body whose text repeats an earlier one's is dropped. `loadFnc` returns null (the caller prints why) when
 * the mirror or a file is absent.
 */
import type { Article } from '../../lib/types.ts';
import { firstTellings, goldArticle } from './gold-pages.ts';
import { mirrorCsv } from './csv.ts';

export const FNC_GIT = process.env.FNC_GIT ?? '/work/.mirror/FakeNewsChallenge+fnc-1/repo';
const FILES = [['train', 'train_bodies.csv'], ['test', 'competition_test_bodies.csv']] as const;

export interface FncDoc {
  /** "fnc-train-<Body ID>" or "fnc-test-<Body ID>". */
  id: string;
  article: Article;
}

/** A body's paragraphs: its non-blank lines, spaces folded. */
export function fncParagraphs(text: string): string[] {
  return text.split(/\r?\n|\r/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The bodies as "fnc-<split>-<Body ID>", train then test, file order (less repeats); null when the mirror or a file is absent. */
export function loadFnc(gitDir = FNC_GIT): FncDoc[] | null {
  const fresh = firstTellings();
  const out: FncDoc[] = [];
  for (const [split, file] of FILES) {
    const csv = mirrorCsv(gitDir, file, ['Body ID', 'articleBody']);
    if (!csv) return null;
    const [ci, cb] = csv.cols as [number, number];
    for (const r of csv.rows) {
      if (r.length <= cb) continue;
      const body = fncParagraphs(r[cb]!);
      if (!fresh(body)) continue;
      const id = `fnc-${split}-${r[ci]!.trim()}`;
      const article = goldArticle(id, id, 'fnc-web', body);
      if (article) out.push({ id, article });
    }
  }
  return out;
}

/**
 * conf58: the claim each body reports, read from the stance files (a headline paired with a body; agree / disagree / discuss =
 * the body is about the headline's claim, "unrelated" pairs are not read). Headlines and bodies joined by a related pair are one
 * claim (connected parts of that graph); a claim is named by its smallest page id ("fnc-claim-<page id>"). Train's stances are
 * `train_stances.csv` of FNC_GIT when its blob is in the mirror (it is over the snapshot's size limit), else the byte-equal-count
 * copy in FNC_TRAIN_STANCES_GIT (github:vijay-14/Fake-News-Stance-Detection, stance coded 0 agree, 1 disagree, 2 discuss,
 * 3 unrelated); a split whose stances are absent gives no claim. `loadFnc`'s output is not changed by this.
 */
export const FNC_TRAIN_STANCES_GIT = process.env.FNC_TRAIN_STANCES_GIT ?? '/work/.mirror/vijay-14+Fake-News-Stance-Detection/repo/.git';
const STANCE_FILES = [
  ['train', FNC_GIT, 'train_stances.csv', 'Body ID'],
  ['train', FNC_TRAIN_STANCES_GIT, 'train_stances.csv', 'Body_ID'],
  ['test', FNC_GIT, 'competition_test_stances.csv', 'Body ID'],
] as const;
const RELATED = new Set(['agree', 'disagree', 'discuss', '0', '1', '2']);

/** A union-find over string ids: `join` two ids, `root` the id of one's set, `has` whether an id was ever joined. */
export function unionFind() {
  const parent = new Map<string, string>();
  const root = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const join = (a: string, b: string) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(ra, rb);
  };
  return { root, join, has: (x: string) => parent.has(x) };
}

/** Every (headline, body page) pair the stance files call related, one stance file a split (the first a mirror holds). */
export function fncRelatedPairs(): Array<{ split: string; headline: string; page: string }> {
  const out: Array<{ split: string; headline: string; page: string }> = [];
  const read = new Set<string>();
  for (const [split, gitDir, file, bodyCol] of STANCE_FILES) {
    if (read.has(split)) continue;
    const csv = mirrorCsv(gitDir, file, ['Headline', bodyCol, 'Stance']);
    if (!csv) continue;
    read.add(split);
    const [ch, cb, cs] = csv.cols as [number, number, number];
    for (const r of csv.rows) {
      if (r.length <= cs || !RELATED.has(r[cs]!.trim())) continue;
      out.push({ split, headline: r[ch]!.trim(), page: `fnc-${split}-${r[cb]!.trim()}` });
    }
  }
  return out;
}

/** Page id → claim name, over the splits whose stance files the mirrors hold. */
export function fncClaims(): Map<string, string> {
  const { root, join } = unionFind();
  const bodies = new Set<string>();
  for (const { split, headline, page } of fncRelatedPairs()) {
    bodies.add(page);
    join(`h:${split}:${headline}`, page);
  }
  const name = new Map<string, string>();
  for (const p of [...bodies].sort()) if (!name.has(root(p))) name.set(root(p), `fnc-claim-${p}`);
  return new Map([...bodies].map((p) => [p, name.get(root(p))!]));
}
