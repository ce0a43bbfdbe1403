/**
 * perf21's try (measured, not kept in the product; docs/notes/perf21.md): warming the engine the way a
 * freshly opened side panel could while it waits for its page. A panel is a new page, so its first
 * compare runs every engine function cold (V8's interpreter, no type feedback). The warm-up compares
 * a small built-in story (four outlets telling one made-up event, two unrelated pieces; built as the
 * panel builds a page, articleFromExtracted; in memory, written nowhere) one step per task, and stops
 * at the first step after `stop()` says the page has arrived.
 *
 * Used by bench/browser.ts `--warm` (through bench/browser-page.ts `warm`) and bench/perf21-first.ts
 * `--warm`. Measured: it does not take the first compares' extra time away (the note).
 */
import type { Article, ExtractedPage } from '../lib/types';
import { articleFromExtracted } from '../lib/ingest/article';
import { compareArticle, MemoryIndex } from '../lib/engine';

const DAY = '2031-03-14';

/** One made-up story told by four outlets (names, figures, dates, quotes, a disputed figure), and two unrelated pieces. */
const PAGES: Array<[string, string, string[]]> = [
  [
    'Harwick flood barrier fails as river tops record, 3,200 homes evacuated',
    'Harwick Gazette',
    [
      'The flood barrier on the River Tolle at Harwick failed early on Tuesday after the river rose to 6.4 metres, the highest level on record, and 3,200 homes were evacuated.',
      '"We had less than an hour to move people out," said Maria Okafor, the head of the county emergency service. "The barrier was built for 5.8 metres."',
      'Officials said 41 people were taken to hospital with minor injuries. No deaths were reported.',
      'The barrier cost £18 million and opened in 2019. Engineers had warned in a report last year that its northern gate was corroding.',
      'Mayor Daniel Pruett said the council would ask the government for emergency funds on Wednesday.',
    ],
  ],
  [
    'Thousands flee as Harwick barrier collapses under record River Tolle flood',
    'Northern Daily',
    [
      'Around 3,000 homes in Harwick were evacuated on Tuesday when the town\'s flood barrier gave way as the River Tolle reached a record 6.4 metres.',
      'Maria Okafor, who leads the county emergency service, said crews had "less than an hour" to clear the streets nearest the river.',
      'Fifty-two people were treated in hospital, according to the regional health trust.',
      'Residents said sirens sounded only after water had reached the market square.',
      'The Environment Agency said it would open an inquiry into why the £18 million barrier failed.',
    ],
  ],
  [
    'Harwick barrier: engineers warned of corroded gate a year before flood',
    'The Courier',
    [
      'Engineers warned the council in March last year that the northern gate of the Harwick flood barrier was corroding, a report seen by The Courier shows.',
      'The barrier failed on Tuesday when the River Tolle rose to 6.4 metres, forcing 3,200 households from their homes.',
      '"The warning was clear and it was ignored," said Tom Heller, a civil engineer who wrote the report.',
      'Mayor Daniel Pruett said the repairs had been scheduled for this summer and that the council had followed the advice it was given.',
    ],
  ],
  [
    'Harwick flood: mayor seeks emergency funds after barrier failure',
    'Radio Tolle',
    [
      'Mayor Daniel Pruett will ask ministers on Wednesday for emergency funds after the Harwick flood barrier failed and 3,200 homes were evacuated.',
      'The River Tolle peaked at 6.4 metres on Tuesday afternoon.',
      'Schools in Harwick and the nearby village of Ashby will stay closed until Friday, the county said.',
      'Maria Okafor said the emergency service had 240 staff on duty overnight.',
    ],
  ],
  [
    'City council approves new cycle lanes on Station Road',
    'Harwick Gazette',
    [
      'The city council voted 31 to 12 on Monday to build protected cycle lanes along Station Road at a cost of £2.4 million.',
      '"This is about safer streets for children," said councillor Priya Nand, who proposed the plan.',
      'Work is due to start in September and take eight months.',
    ],
  ],
  [
    'Lighthouse museum reopens after two-year restoration',
    'The Courier',
    [
      'The Cape Morrow lighthouse museum reopened on Saturday after a restoration that took two years and cost £950,000.',
      'Visitors can climb the 112 steps to the lamp room for the first time since 2029, the trust that runs it said.',
    ],
  ],
];

/** The warm-up's k-th article, built as the panel builds a page's (articleFromExtracted). */
function warmArticle(k: number): Article {
  const [title, outlet, paras] = PAGES[k]!;
  const page: ExtractedPage = {
    url: `https://parallax-warm.invalid/${k}`,
    title,
    siteName: outlet,
    byline: null,
    publishedTime: DAY,
    lang: 'en',
    excerpt: null,
    blocks: paras.map((text) => ({ text, tag: 'p' })),
  };
  return articleFromExtracted(page, `parallax-warm-${k}`);
}

/** The warm-up's articles. */
export function warmArticles(): Article[] {
  return PAGES.map((_, k) => warmArticle(k));
}

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Compares the built-in story's articles against each other, `rounds` times over, one compare per
 * task, until `stop()` says the page has arrived. Resolves with the compares done; never throws.
 */
export async function warmEngine(stop: () => boolean = () => false, rounds = 2): Promise<number> {
  let done = 0;
  try {
    const articles: Article[] = [];
    for (let k = 0; k < PAGES.length; k++) {
      await nextTask();
      if (stop()) return done;
      articles.push(warmArticle(k));
    }
    const index = new MemoryIndex(articles);
    for (let r = 0; r < rounds; r++)
      for (const a of articles.slice(0, 4)) {
        await nextTask();
        if (stop()) return done;
        await compareArticle(a, index);
        done++;
      }
  } catch {
    // A warm-up that fails only leaves the page's compare as cold as it was.
  }
  return done;
}
