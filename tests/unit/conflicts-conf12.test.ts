/**
 * conf12: two figures are one quantity only when what anchors them — the place a distance is measured from,
 * the measurer of a rate, the person an age is of — is not named two ways; a figure's head is read within
 * its own phrase; a vague word after a number is that number's noun; a pronoun added to a quote is not
 * another statement (docs/notes/conf12.md). Short texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { quoteDifference } from '../../lib/engine/conflicts';
import { quantities } from '../../lib/nlp';
import { conflict, conflictIn } from './conflict-helpers';

describe('a distance is measured from a place', () => {
  it('the place after a figure restated in parentheses is what the figure is said of', () => {
    const [km] = quantities('The storm made landfall 40 kilometres (25 miles) north of Port Elin, forecasters said.');
    expect(km!.complement).toEqual(expect.arrayContaining(['north', 'port', 'elin']));
  });

  it('two distances from two named towns are two quantities', () => {
    expect(conflict('The storm made landfall 40 kilometres (25 miles) north of Port Elin.', 'The eye passed some 65 kilometres from the town of Darrow.')).toBeNull();
  });

  it('a shared reference point does not single out one distance of an article that gives several', () => {
    const first = ['The first quake struck 135 kilometers from Port Elin.', 'It was 30 kilometers deep.'];
    const second = ['The quake struck 80 kilometers from Port Elin.', 'Its depth was 10 kilometers.'];
    expect(quantities(first[0]!)[0]!.reference).toBe(true);
    expect(conflictIn(first, 0, second, 0)).toBeNull();
  });

  it('two distances from one town still disagree', () => {
    expect(conflict('The storm made landfall 40 kilometres (25 miles) north of Port Elin.', 'The storm made landfall 65 kilometres north of Port Elin.')).toBe(
      'number: 40 vs 65',
    );
  });
});

describe('a rate is measured by someone', () => {
  it('reads who measured a percentage', () => {
    const [p] = quantities('A survey for the Morning Ledger found that 61 percent of voters back the plan.');
    expect(p!.by).toEqual(['morning', 'ledger']);
  });

  it('two named polls give two measures', () => {
    expect(
      conflict(
        'A survey for the Morning Ledger found that 61 percent of voters back the plan.',
        'A survey published by the Evening Post on Monday said 74 percent of voters back the plan.',
      ),
    ).toBeNull();
  });

  it('one named poll told two ways still disagrees, and so does a rate no one is named for', () => {
    expect(
      conflict('A survey for the Morning Ledger found that 61 percent of voters back the plan.', 'The Morning Ledger survey found that 64 percent of voters back the plan.'),
    ).toBe('number: 61 vs 64');
    expect(conflict('A survey for the Morning Ledger found that 61 percent of voters back the plan.', 'Some 64 percent of voters back the plan.')).toBe(
      'number: 61 vs Some 64',
    );
  });
});

describe('a head is read within the figure’s phrase', () => {
  it('an age in commas after a name has no head', () => {
    const qs = quantities('His cousins, 19 and 23, were also charged. His brother Dale Fenn, 25, was charged in May.');
    expect(qs.filter((q) => q.kind === 'count').map((q) => q.head)).toEqual([null, null, null]);
  });

  it('two ages of two people in commas are not compared', () => {
    expect(conflict('His cousins, 19 and 23, were also charged.', 'His brother Dale Fenn, 25, was charged in May.')).toBeNull();
  });

  it('money followed by a comma counts no noun after it', () => {
    expect(quantities('The town paid $5 million, the council said.')[0]!.head).toBeNull();
  });

  it('a head right after the figure is still read', () => {
    expect(quantities('Police charged 23 men on Friday.')[0]!.head).toBe('man');
  });
});

describe('a vague word after a number', () => {
  it('is what the number counts, not a figure', () => {
    const qs = quantities('He ran for 900 yards and four scores receiving.');
    expect(qs.map((q) => q.text)).toEqual(['900', 'four']);
    expect(qs[1]!.head).toBe('scor');
  });

  it('alone it is still a vague figure', () => {
    expect(quantities('Scores of people gathered.')[0]!.max).toBe(99);
  });
});

describe('a pronoun added to a quote', () => {
  const q = (text: string) => ({ text, speaker: 'Dana Ruiz' });
  it('is not another statement', () => {
    expect(quoteDifference(q('We did not want to rush the vote on the budget'), q('We did not want them to rush the vote on the budget'))).toBeNull();
  });

  it('a pronoun replaced by another, or a verb added with it, still is', () => {
    expect(quoteDifference(q('We did not want him to rush the vote on the budget'), q('We did not want her to rush the vote on the budget'))).not.toBeNull();
    expect(quoteDifference(q('We did not want to rush the vote on the budget'), q('We did not want to see them rush the vote on the budget'))).not.toBeNull();
  });
});

describe('two events timed at two clock times', () => {
  it('reads the clock times of a text', () => {
    expect(quantities('The blast hit at 7:15 p.m. and injured 12 people.')[0]!.clock).toEqual([19 * 60 + 15]);
  });

  it('are two events: their figures are not compared', () => {
    expect(conflict('The first blast hit at 6:05 a.m. and injured 12 people.', 'The blast hit at 9:40 a.m. and injured 30 people.')).toBeNull();
  });

  it('one time written two ways is one event, and its figures still disagree', () => {
    expect(conflict('The blast hit at 7:15 p.m. and injured 12 people.', 'The blast hit at 19:15 and injured 30 people.')).toBe('number: 12 vs 30');
    expect(conflict('The blast hit at 7:15 p.m. and injured 12 people.', 'The blast injured 30 people.')).toBe('number: 12 vs 30');
  });
});

describe('an increment is not the whole', () => {
  it('"another" and "additional" mark a run', () => {
    expect(quantities('He added another three goals.')[0]!.run).toBe('another');
    expect(quantities('An additional 40 people were hurt.')[0]!.run).toBe('additional');
  });

  it('an increment and a total are two things', () => {
    expect(conflict('The storm destroyed 40 homes.', 'The storm destroyed another 25 homes.')).toBeNull();
  });
});

describe('two lines that differ on every figure they share', () => {
  it('figures of one key an order of magnitude apart count as differing: two records, not one misreport', () => {
    expect(conflict('He finished his college career with 4,100 yards and 52 touchdowns.', 'He finished the season with 612 yards and four touchdowns.')).toBeNull();
  });

  it('one key that differs, the others agreeing, is still a conflict', () => {
    expect(conflict('He finished the season with 4,100 yards and 52 touchdowns.', 'He finished the season with 4,300 yards and 52 touchdowns.')).toBe(
      'number: 4,100 vs 4,300',
    );
  });
});

describe('a number sign', () => {
  it('makes a rank or a label, as "No." does', () => {
    expect(quantities('They hope to earn the #1 seed.')[0]!.kind).toBe('id');
    expect(quantities('They hope to earn the No. 1 seed.')[0]!.kind).toBe('id');
  });

  it('a rank is not compared with a count', () => {
    expect(conflict('The Hawks could still earn the #1 seed.', 'The Owls finished the season as the league’s five seed.')).toBeNull();
  });
});
