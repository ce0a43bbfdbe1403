/**
 * A hand-written Report shaped like the engine's output for seed 003 compared with the four other
 * seeds (texts shortened from the seeds, outlets partly invented). Used by the sidebar's component
 * and controller tests only; no engine output is copied here.
 */
import { vi } from 'vitest';
import { ok } from '../../lib/extension/protocol';
import { createController, type SidebarCorpus, type SidebarDeps } from '../../lib/sidebar/controller';
import { createStore } from '../../lib/sidebar/store';
import type { Article, ExtractedPage, Report, Trace } from '../../lib/types';

export const HERE_UNITS = [
  "El Salvadoran President Nayib Bukele responded to allegations by former Secretary of State Hillary Clinton about the conditions at the Terrorism Confinement Center (CECOT), the country's maximum-security prison that has received migrants deported from the United States.",
  'Bukele was responding to a post on X by Clinton that was accompanied by an 11-minute video of the PBS Frontline documentary titled: "Surviving CECOT."',
  '"Curious to learn more about CECOT?" she wrote.',
  'The short documentary tells the story of three Venezuelan men — Juan José Ramos Ramos, Andry Blanco Bonilla and Wilmer Vega Sandia — who were deported by the Trump administration to CECOT, a description of the short film states.',
  'All three men were branded by the U.S. government as Tren de Aragua gang members, which they deny.',
  '"We are willing to release our entire prison population (including all gang leaders and all those described as "political prisoners") to any country willing to receive them," he wrote.',
  '"The only condition is straightforward: it must be everyone."',
  'Bukele solidified his relationship with President Donald Trump by offering to house certain migrants deported from the U.S. at CECOT.',
  'A federal judge on Monday ordered the Trump administration to provide due process to a class of Venezuelan migrants deported to El Salvador in March, and gave it two weeks to detail how it will do so.',
];

const unit = (i: number, coveredBy: string[]) => ({ i, text: HERE_UNITS[i]!, coveredBy });

export const ID = {
  here: '003_38879e5049cf1087',
  copy: '000_14712938aead5b0e',
  plain: '001_c9b1ae6c24b4ec71',
  spanish: '002_ad7da8ead634a3f9',
  other: '004_91c9a7de652690cd',
};

export const DEATHS =
  'According to human rights group Socorro Jurídico Humanitario, 454 Salvadorans have died in prison since Bukele’s offensive against gangs began.';
export const PAYMENT =
  'It was later revealed that the US government agreed to pay El Salvador $4.76 million in exchange for receiving these individuals.';
export const SIXTY_MINUTES_002 =
  'The American broadcaster CBS News had planned to broadcast an investigation into alleged abuses in Cecot on its emblematic program “60 Minutes” on Sunday, but it was withdrawn at the last minute.';
export const SIXTY_MINUTES_004 =
  "These messages come amid controversy after the US program '60 Minutes' unexpectedly postponed a broadcast focused on the Cecot prison this past Sunday.";

export function fixtureReport(): Report {
  return {
    article: {
      id: ID.here,
      title: "Bukele challenges Hillary Clinton to take El Salvador's entire prison population after criticism",
      outlet: 'Fox News',
      date: '2025-12-23',
      url: 'https://www.foxnews.com/world/bukele-challenges-hillary-clinton-take-el-salvadors-entire-prison-population-criticism',
      units: [
        unit(0, [ID.copy, ID.plain, ID.spanish, ID.other]),
        unit(1, [ID.copy, ID.plain, ID.spanish, ID.other]),
        unit(2, [ID.copy, ID.plain, ID.spanish, ID.other]),
        unit(3, [ID.copy, ID.plain]),
        unit(4, [ID.copy]),
        unit(5, [ID.copy, ID.plain, ID.spanish, ID.other]),
        unit(6, [ID.copy, ID.plain, ID.spanish, ID.other]),
        unit(7, [ID.copy, ID.plain]),
        unit(8, []),
      ],
    },
    related: [
      {
        id: ID.copy,
        title: 'Bukele Responds to Hillary Clinton’s CECOT Criticism',
        outlet: null,
        date: null,
        url: null,
        score: 0.93,
        relation: 'near-copy',
        copied: { ofThis: 0.92, ofThat: 0.81 },
        units: [
          { i: 0, text: 'President Nayib Bukele of El Salvador has addressed accusations made by former U.S. Secretary of State Hillary Clinton concerning the conditions at the country’s Terrorism Confinement Center (CECOT).', matches: [0] },
          { i: 5, text: 'The short documentary tells the story of three Venezuelan men — Juan José Ramos Ramos, Andry Blanco Bonilla and Wilmer Vega Sandia — who were deported by the Trump administration to CECOT, a description of the short film states.', matches: [3] },
          { i: 6, text: 'All three men were branded by the U.S. government as Tren de Aragua gang members, which they deny.', matches: [4] },
          { i: 9, text: '“The only condition is straightforward: it must be everyone.”', matches: [6] },
        ],
      },
      {
        id: ID.plain,
        title: 'Bukele Pushes Back After Claims About El Salvador’s Mega-Prison',
        outlet: 'The Daily Ledger',
        date: '2025-12-24',
        url: 'https://ledger.example/bukele-pushes-back',
        score: 0.74,
        relation: 'same-story',
        copied: { ofThis: 0.08, ofThat: 0.1 },
        units: [
          { i: 4, text: '“Curious to learn more about CECOT?” Clinton wrote.', matches: [2] },
          { i: 7, text: '“The only requirement is that it must be everyone.”', matches: [6] },
        ],
      },
      {
        id: ID.spanish,
        title: 'Bukele defends Cecot after Clinton criticism',
        outlet: 'Gazeta Sur',
        date: '2025-12-23',
        url: 'https://gazetasur.example/bukele-cecot',
        score: 0.61,
        relation: 'same-story',
        copied: { ofThis: 0.02, ofThat: 0.03 },
        units: [
          { i: 2, text: SIXTY_MINUTES_002, matches: [] },
          { i: 14, text: 'Cecot has also been at the center of a major legal battle in the United States since March, when the Trump administration sent hundreds of Venezuelans and other migrants there.', matches: [] },
          { i: 16, text: DEATHS, matches: [] },
        ],
      },
      {
        id: ID.other,
        title: "Bukele responds to Hillary Clinton about 'brutality' In Cecot",
        outlet: null,
        date: '2025-12-24',
        url: 'javascript:alert(1)',
        score: 0.58,
        relation: 'same-story',
        copied: { ofThis: 0.03, ofThat: 0.03 },
        units: [
          { i: 3, text: 'This was in response to a post by Clinton in which she shared a video report called \'Surviving Cecot,\' produced by the US media outlet ProPublica for Frontline.', matches: [1] },
          { i: 12, text: SIXTY_MINUTES_004, matches: [] },
          { i: 13, text: 'Last March, the Trump administration deported more than 200 Venezuelans to El Salvador under the Foreign Enemies Act of 1798.', matches: [] },
          { i: 14, text: PAYMENT, matches: [] },
        ],
      },
    ],
    shared: [
      {
        i: 6,
        text: HERE_UNITS[6]!,
        sources: [
          { id: ID.copy, i: 9 },
          { id: ID.plain, i: 7 },
        ],
        count: 5,
        total: 5,
      },
      { i: 2, text: HERE_UNITS[2]!, sources: [{ id: ID.plain, i: 4 }], count: 4, total: 5 },
    ],
    added: [
      { text: DEATHS, sources: [{ id: ID.spanish, i: 16 }] },
      { text: PAYMENT, sources: [{ id: ID.other, i: 14 }] },
      {
        text: SIXTY_MINUTES_002,
        sources: [
          { id: ID.spanish, i: 2 },
          { id: ID.other, i: 12 },
        ],
      },
    ],
    leftOut: [
      { i: 8, text: HERE_UNITS[8]!, missingFrom: [ID.copy, ID.plain, ID.spanish, ID.other] },
      { i: 4, text: HERE_UNITS[4]!, missingFrom: [ID.plain, ID.spanish, ID.other] },
    ],
    conflicts: [
      {
        about: 'number: hundreds vs more than 200',
        here: { i: 7, text: HERE_UNITS[7]! },
        there: [
          { id: ID.spanish, i: 14, text: 'Cecot has also been at the center of a major legal battle in the United States since March, when the Trump administration sent hundreds of Venezuelans and other migrants there.' },
          { id: ID.other, i: 13, text: 'Last March, the Trump administration deported more than 200 Venezuelans to El Salvador under the Foreign Enemies Act of 1798.' },
        ],
      },
    ],
  };
}

/** The page as ingestion would give it: the same units, with two direct quotes. */
export function fixtureArticle(): Article {
  const units = HERE_UNITS.map((text, i) => ({ i, text, p: i, start: 0, end: text.length, kind: 'body' as const }));
  return {
    id: 'page-003',
    title: fixtureReport().article.title,
    outlet: 'Fox News',
    date: '2025-12-23',
    url: fixtureReport().article.url,
    language: 'en',
    byline: null,
    description: null,
    text: HERE_UNITS.join('\n\n'),
    units,
    quotes: [
      {
        text: 'We are willing to release our entire prison population (including all gang leaders and all those described as "political prisoners") to any country willing to receive them,',
        units: [5],
        start: 0,
        end: 10,
        speaker: 'Nayib Bukele',
        kind: 'direct',
      },
      { text: 'The only condition is straightforward: it must be everyone.', units: [6], start: 0, end: 10, speaker: 'Nayib Bukele', kind: 'direct' },
    ],
    warnings: [],
    hash: 'abc123',
    format: 'page',
  };
}

export function fixturePage(): ExtractedPage {
  return {
    url: fixtureReport().article.url!,
    title: fixtureReport().article.title,
    siteName: 'Fox News',
    byline: null,
    publishedTime: '2025-12-23',
    lang: 'en',
    excerpt: null,
    blocks: HERE_UNITS.map((text) => ({ text, tag: 'p' })),
  };
}

/** A corpus for the panel's controller: `ids` are the articles it holds; `upsert` adds to them. */
export function fakeSidebarCorpus(ids: string[] = ['a', 'b', 'c']): SidebarCorpus & { ids: string[] } {
  const c = {
    ids: [...ids],
    candidates: async () => [],
    keyCounts: async () => new Map<string, number>(),
    count: async () => c.ids.length,
    getMany: async () => [],
    findSame: async (a: Pick<Article, 'id'>) => (c.ids.includes(a.id) ? a.id : null),
    upsert: vi.fn(async (articles: Article[]) => {
      for (const a of articles) if (!c.ids.includes(a.id)) c.ids.push(a.id);
      return {};
    }),
  };
  return c;
}

/** The panel's controller over a fake page (fixturePage), corpus and engine (fixtureReport). */
export function sidebarPanel(overrides: Partial<SidebarDeps> = {}, corpus = fakeSidebarCorpus()) {
  const store = createStore();
  const deps: SidebarDeps = {
    extract: vi.fn(async () => ok(fixturePage())),
    toArticle: vi.fn(() => fixtureArticle()),
    openCorpus: vi.fn(async () => corpus),
    compare: vi.fn(async () => fixtureReport()),
    scrollTo: vi.fn(async () => ok(true)),
    highlight: vi.fn(async (_t, items) => ok(items.length)),
    clearHighlights: vi.fn(async () => ok(null)),
    trace: vi.fn(async (quote): Promise<Trace> => ({ quote, speaker: null, occurrences: [], origin: null })),
    clearPendingTrace: vi.fn(async () => {}),
    ...overrides,
  };
  const controller = createController(store, deps);
  return { store, deps, controller, corpus };
}
