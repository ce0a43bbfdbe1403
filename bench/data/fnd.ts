/**
 * The genuine-news texts that three fake-news data sets keep, as gathered in github.com/pmacinec/fake-news-datasets (a
 * collection of public fake-news data sets; MIT for its code, the articles the outlets' copyright):
 * - `celeb`: Pérez-Rosas, Kleinberg, Lefevre & Mihalcea, "Automatic Detection of Fake News" (COLING 2018), Celebrity set,
 *   `legit/` — 250 articles of 2016–17 about actors, singers, socialites and politicians from the entertainment, fashion and
 *   style sections of mainstream sites and entertainment magazines (the title on the first line, then the paragraphs);
 * - `fnn-bf`, `fnn-pf`: FakeNewsNet's first release (Shu et al. 2017), `RealNewsContent/` of its BuzzFeed (91) and PolitiFact
 *   (120) parts — US political news of 2016–17 as newspaper's JSON (title, text with its paragraphs, address);
 * - `tji-bf`, `tji-rand`: Horne & Adali, "This Just In" (2017), the `Real/` bodies (53 and 75) of its BuzzFeed and random
 *   political news of 2016 (Wall Street Journal, The Economist, BBC, NPR, ABC, CBS, USA Today, The Guardian, NBC, The
 *   Washington Post), their titles in `Real_titles/`.
 * The FakeNewsAMT "legit" texts are not read (their commas were stripped), nor any fake, satire or rumour text. Each article a
 * reader's plain-text file: the title, then one paragraph a non-blank line. An article whose text shares three eight-word
 * shingles with an article read before it (FakeNewsNet's and This Just In's BuzzFeed parts hold the same stories) is dropped.
 * No speaker sample before speak50 read any of it.
 *
 * Read at run time from the mirror (fetch github:pmacinec/fake-news-datasets), nothing of it committed, labels text-free
 * (page id, offset, a short hash). `loadFnd` returns null when the mirror is absent.
 */
import { existsSync } from 'node:fs';
import { ingestFile } from '../../lib/ingest/index.ts';
import { decodeTextBytes } from '../../lib/text/normalize.ts';
import type { Article } from '../../lib/types.ts';
import { fnv1a } from './fnv.ts';
import { mirrorBlobs, mirrorRead } from './mirror.ts';

export const FND_GIT = process.env.FND_GIT ?? '/work/.mirror/pmacinec+fake-news-datasets/repo/.git';

export interface FndDoc {
  /** "fnd-<set>-<file stem>". */
  id: string;
  set: string;
  article: Article;
}

const DIRS: Array<[string, string]> = [
  ['celeb', 'datasets/deception_detection_fake_news/data/celebrityDataset/legit/'],
  ['fnn-bf', 'datasets/fake_news_net/data/FakeNewsNet-old-version/Data/BuzzFeed/RealNewsContent/'],
  ['fnn-pf', 'datasets/fake_news_net/data/FakeNewsNet-old-version/Data/PolitiFact/RealNewsContent/'],
  ['tji-bf', 'datasets/this_just_in/data/Buzzfeed Political News Dataset/Real/'],
  ['tji-rand', 'datasets/this_just_in/data/Random Poltical News Dataset/Real/'],
];

const lines = (t: string) => t.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
const shingles = (t: string) => {
  const w = t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: number[] = [];
  for (let i = 0; i + 8 <= w.length; i++) out.push(fnv1a(w.slice(i, i + 8).join(' ')));
  return out;
};

/** Every genuine article with a paragraph, in the order above (set, then path); null when the mirror is absent. */
export function loadFnd(gitDir = FND_GIT): FndDoc[] | null {
  if (!existsSync(gitDir)) return null;
  const out: FndDoc[] = [];
  const seen = new Set<number>();
  for (const [set, dir] of DIRS) {
    const blobs = mirrorBlobs(gitDir, dir).filter((b) => /\.(?:txt|json)$/.test(b.path)).sort((a, b) => (a.path < b.path ? -1 : 1));
    const titleDir = set.startsWith('tji') ? dir.replace(/Real\/$/, 'Real_titles/') : '';
    const titles = new Map(titleDir ? mirrorBlobs(gitDir, titleDir).map((b) => [b.path.split('/').pop()!, b.sha] as const) : []);
    const texts = mirrorRead(gitDir, blobs.map((b) => b.sha));
    const titleTexts = mirrorRead(gitDir, blobs.map((b) => titles.get(b.path.split('/').pop()!) ?? '0'.repeat(40)));
    blobs.forEach((b, n) => {
      const raw = texts[n] ? decodeTextBytes(texts[n]!).text : '';
      if (!raw || raw.startsWith('version https://git-lfs')) return;
      let title = '';
      let paras: string[];
      if (set.startsWith('fnn')) {
        const j = JSON.parse(raw) as { title?: string; text?: string };
        title = (j.title ?? '').replace(/\s+/g, ' ').trim();
        paras = lines(j.text ?? '');
      } else if (set === 'celeb') {
        [title = '', ...paras] = lines(raw);
      } else {
        title = titleTexts[n] ? lines(decodeTextBytes(titleTexts[n]!).text).join(' ') : '';
        paras = lines(raw);
      }
      if (!paras.length) return;
      const body = paras.join('\n\n');
      const sh = shingles(body);
      if (sh.filter((h) => seen.has(h)).length >= 3) return;
      for (const h of sh) seen.add(h);
      const id = `fnd-${set}-${b.path.split('/').pop()!.replace(/\.(?:txt|json)$/, '').replace(/[^\w-]+/g, '_')}`;
      const content = [title, body].filter(Boolean).join('\n\n') + '\n';
      const art = ingestFile({ name: `${id}.txt`, content }).articles[0];
      if (art && art.units.length > 0) out.push({ id, set, article: { ...art, id } });
    });
  }
  return out;
}
