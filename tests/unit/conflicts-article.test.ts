/**
 * A conflict needs a figure that identifies one quantity: when an article itself gives two different
 * figures of the same kind for the same head noun, a different figure in another outlet is not a
 * disagreement (lib/engine/conflicts.ts `ambiguousFigures`). Cases from real pages the engine
 * compared (bench/conflicts.ts: product reviews, a car show, a music story), rewritten.
 */
import { describe, expect, it } from 'vitest';
import { align, DEFAULT_ALIGN } from '../../lib/engine/align';
import { ambiguousFigures, figureConflict, sharedActor } from '../../lib/engine/conflicts';
import { mainActors } from '../../lib/nlp/actors';
import { quantities } from '../../lib/nlp';
import { featuresOf, unitIdf, weighAll } from '../../lib/engine/story';
import type { Article } from '../../lib/types';
import { sentenceArticle } from '../data/engine/sentence-article';

const article = (id: string, sentences: string[]): Article => sentenceArticle(id, sentences);

function conflictsBetween(x: Article, y: Article): string[] {
  const fx = featuresOf(x);
  const fy = featuresOf(y);
  const idf = unitIdf([fx, fy]);
  return align(weighAll(fx, idf), weighAll(fy, idf), DEFAULT_ALIGN).conflicts.map((c) => c.about);
}

const harborHere = [
  'The cargo ship Meridian ran aground off Valmora late on Tuesday night.',
  'Three crew members were injured when the vessel struck a sandbank and were taken to hospital.',
  'Salvage teams began pumping fuel from the hull on Wednesday morning.',
];
const harborThere = [
  'The cargo ship Meridian ran aground off Valmora late on Tuesday night.',
  'Two crew members were injured when the vessel struck a sandbank and were taken to hospital.',
  'Salvage teams began pumping fuel from the hull on Wednesday morning.',
];

describe('a figure must identify one quantity in its article', () => {
  it('reports two outlets that count the same injured crew differently', () => {
    expect(conflictsBetween(article('a', harborHere), article('b', harborThere))).toEqual(['number: Three vs Two']);
  });

  it('does not report it when the other article counts two different groups of crew members', () => {
    const there = [...harborThere, 'Four other crew members stayed aboard to help the salvage teams.'];
    expect(conflictsBetween(article('a', harborHere), article('b', there))).toEqual([]);
  });

  it('battery life of two different products is not a disagreement', () => {
    const review = article('review', [
      'The new earbuds deliver up to 5 hours of battery life on a single charge.',
      'The charging case adds more than 24 hours of battery life.',
      'They go on sale in the United States on Wednesday for $249.',
    ]);
    const deal = article('deal', [
      'The new earbuds deliver up to 6 hours of battery life on a single charge, the store says.',
      'They go on sale in the United States on Wednesday for $249.',
    ]);
    // The review gives two figures for "hours": neither identifies the earbuds' battery life alone.
    expect([...ambiguousFigures(weighAll(featuresOf(review), unitIdf([featuresOf(review)])))]).toContain('duration|hour');
    expect(conflictsBetween(review, deal)).toEqual([]);
  });

  it('weekdays: an article that names two days for two events does not contradict one that names one', () => {
    const tail = [
      'The singer had accused the label of blocking her songs in a long post last month.',
      'Her former manager declined to comment when reached by phone.',
      'Tickets for the ceremony in Los Angeles sold out within an hour.',
    ];
    const x = article('x', [
      'Big Machine issued a statement on Monday about the awards show.',
      'The singer will perform her old songs at the awards show on Sunday.',
      ...tail,
    ]);
    const y = article('y', ['Big Machine issued a statement on Friday about the awards show.', ...tail]);
    expect(conflictsBetween(x, y)).toEqual([]);
    const z = article('z', ['Big Machine issued a statement on Monday about the awards show.', ...tail]);
    expect(conflictsBetween(z, y)).toEqual(['date: Monday vs Friday']);
  });

  it('a weekday dates an event: two units about different people are not compared on it', () => {
    const westmacott =
      '"The distinction between a working visit and a state visit is increasingly lost," Peter Westmacott, former British ambassador to the United States, said by phone on Friday.';
    const ambassador = 'The President of the United States Donald Trump will visit the United Kingdom on the 13th of July, the British Ambassador to Washington revealed Thursday afternoon.';
    const [w, t] = mainActors([westmacott, ambassador]);
    expect(sharedActor(w!, t!)).toBe(false);
    expect(figureConflict(quantities(westmacott), quantities(ambassador), undefined, sharedActor(w!, t!))).toBeNull();
    // The same named actor on two different days: reported.
    const a = 'Peter Westmacott spoke to reporters by phone on Friday about the visit.';
    const b = 'Peter Westmacott spoke to reporters by phone on Thursday about the visit.';
    const [x, y] = mainActors([a, b]);
    expect(sharedActor(x!, y!)).toBe(true);
    expect(figureConflict(quantities(a), quantities(b), undefined, sharedActor(x!, y!))).toBe('date: Friday vs Thursday');
  });
});
