/**
 * actor53: the same words from another actor are another fact. Two statements reported under two named speakers
 * ("Sen. Delgado wrote that …" / "“…,” Ms. Okafor wrote") are two facts; a statement against a plain sentence is not
 * vetoed on its speaker (the speaker may report the other's act); a group's name matches its adjective ("Democrats" /
 * "Democratic senators"). Invented text.
 */
import { describe, expect, it } from 'vitest';
import { actorsOf, differentActors } from '../../lib/engine/align';
import { oneFact } from '../../lib/engine/report';
import { featuresOf, unitIdf, weighAll } from '../../lib/engine/story';
import { actorsDisagree } from '../../lib/nlp/actors';
import type { Article } from '../../lib/types';
import { sentenceArticle } from '../data/engine/sentence-article';

const article = (id: string, sentences: string[]): Article => sentenceArticle(id, sentences, { outlet: id });

/** The report's one-fact decision on two one-sentence articles, and whether the actor test calls them two actors. */
function decide(a: string, b: string): { same: boolean; different: boolean } {
  const x = article('x', [a]);
  const y = article('y', [b]);
  const fx = featuresOf(x);
  const fy = featuresOf(y);
  const idf = unitIdf([fx, fy]);
  const wx = weighAll(fx, idf);
  const wy = weighAll(fy, idf);
  const ax = actorsOf(wx)[0]!;
  const ay = actorsOf(wy)[0]!;
  return { same: oneFact(wx[0]!, wy[0]!, ax, ay).same, different: differentActors(wx[0]!, ax, wy[0]!, ay) };
}

describe('two statements by two named speakers are two facts', () => {
  it('"Sen. Maria Delgado wrote that …" / "“…,” Ms. Okafor wrote": two actors; the same speaker, or a speaker reporting the other sentence\'s act: not', () => {
    expect(
      decide(
        'Sen. Maria Delgado wrote that the harbor commission must publish the full audit of the dredging contract.',
        '“Publish the full dredging audit, harbor commission. Now,” Ms. Okafor wrote on Friday.',
      ).different,
    ).toBe(true);
    // The same speaker in both: not two actors.
    expect(
      decide(
        'Sen. Maria Delgado wrote that the harbor commission must publish the full audit of the dredging contract.',
        '“Publish the full dredging audit, harbor commission. Now,” Ms. Delgado wrote on Friday.',
      ).different,
    ).toBe(false);
    // The speaker reports the harbor commission's act: the commission published it, whoever says so.
    expect(
      decide(
        'Mayor Ruth Okafor said the harbor commission published the full audit of the dredging contract on Friday.',
        'The Harbor Commission published the full audit of the dredging contract on Friday.',
      ).different,
    ).toBe(false);
  });
});

describe('a group and its adjective are one actor', () => {
  it('"Democratic senators …" is named in "Democrats …": no disagreement', () => {
    const a = 'Democratic senators demanded on Friday that the audit of the dredging contract be published.';
    const b = 'Democrats demanded that the audit of the dredging contract be published, the harbor board said.';
    expect(actorsDisagree(new Set(['democratic']), a, new Set(['democrats']), b)).toBe(false);
    // Two different names still disagree.
    const c = 'Okafor demanded on Friday that the audit of the dredging contract be published.';
    const d = 'Delgado demanded that the audit of the dredging contract be published.';
    expect(actorsDisagree(new Set(['okafor']), c, new Set(['delgado']), d)).toBe(true);
  });
});
