/**
 * speak62 (docs/notes/speak62.md): "she added" after another quote. A he or she attributing its quote right after it ("“…,” she
 * added."), when the quote before was attributed by name right after its closing mark and nobody else is named between, is that
 * person: the pronoun search read the apposition's noun ("a Green member of the European Parliament") as an unnamed woman and
 * gave nobody. The rows after it keep what must not move: another person named between the two quotes, a pronoun of the other
 * gender, and a role's quote before (its holder is not carried: `resolve` reads roles wrong too often). Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

const statement = (between: string, pronoun: string) =>
  `The European Parliament voted on the patent directive on Tuesday.\n\n“In this case it is only the interests of the big companies that are protected,” Anna Lichtenberg, an Austrian Green member of the European Parliament said in a statement.${between} “Smaller, innovative firms cannot afford the patenting and legal costs,” ${pronoun} added.`;
describe('who said it: "she added" after a quote attributed by name', () => {
  it.each([
    ['“…,” Anna Lichtenberg, a … member … said in a statement. “…,” she added. → Anna Lichtenberg', statement('', 'she'), 'Smaller, innovative', 'Anna Lichtenberg'],
    ['another person named between the quotes is not skipped', statement(' Her colleague Peter Hahn agreed.', 'he'), 'Smaller, innovative', 'Peter Hahn'],
    ['a he after her quote is not hers', statement('', 'he'), 'Smaller, innovative', null],
    ['a role’s quote is not carried: “…!” the president tweeted. ¶ “…,” he added.', 'President Donald Trump attacked the inquiry on Friday.\n\nHis lawyer, John Dowd, said the case was closed.\n\n“This is a witch hunt!” the president tweeted.\n\n“It must end now,” he added.', 'It must end', 'John Dowd'],
  ])('%s', (_name, text, quote, speaker) => {
    expect(speakerOf(storyArticle(text), quote)).toBe(speaker);
  });
});
