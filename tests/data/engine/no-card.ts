/**
 * The shape of a rule that keeps one thing told two ways from being a "Possible conflicts" card: each case (name, here,
 * there) makes no card, and the guard (name, here, there), which differs in substance, still makes exactly one — so the
 * rule cannot pass by hiding real conflicts. `cards` reads the cards of one pair of tellings (twoTellings,
 * quoteCardsBetween in ./sentence-article).
 */
import { expect, it } from 'vitest';

type Case = readonly [name: string, here: string, there: string];

export function noCardButGuard(cards: (here: string, there: string) => Promise<readonly unknown[]>, cases: readonly Case[], guard: Case): void {
  it.each(cases.map((c) => [...c]))('%s', async (_, here, there) => {
    expect(await cards(here, there)).toEqual([]);
  });
  it(`(guard) ${guard[0]}`, async () => {
    expect(await cards(guard[1], guard[2])).toHaveLength(1);
  });
}
