/**
 * speak19 (docs/notes/speak19.md): four pieces of news grammar the speaker rules did not read. A person named before an
 * organisation or place written in several names ("Nadia Osei of the Water Trust in Kano's Tarauni District told")
 * is the speaker, not the last of those names; after an inverted "said", a one-word name, lower-case words and a full name
 * ending the clause name the full name; a quote closed by a full stop takes the attribution of its own sentence before a
 * name in the next one; and a full name with an age in commas is a person a later "he said" reaches. Guards: "Bank of
 * America" is no person; a subordinator is no role word; a quote opening its sentence keeps the name after it. Articles
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from '../data/quotes/story-article';

describe('a person named before a long organisation or place', () => {
  it('"“…,” Nadia Osei of the Water Trust in Kano\'s Tarauni District told reporters. “…”" → Osei, for both quotes', () => {
    const a = storyArticle(`The river fell to its lowest spring level in decades.\n\n"The river has never been this low in April," Nadia Osei of the Water Trust in Kano's Tarauni District told reporters. "Farmers will plant late this year."`);
    expect(speakerOf(a, 'The river has never been')).toBe('Nadia Osei');
    expect(speakerOf(a, 'Farmers will plant late')).toBe('Nadia Osei');
  });
  it('"“…,” Tomas Lind of Oslo\'s Harbor Works Office said on Monday. “…”" → Lind, for the second quote too', () => {
    const a = storyArticle(`The old bridge will close for repairs next week.\n\n"The bridge needs new bearings before winter," Tomas Lind of Oslo's Harbor Works Office said on Monday. "Traffic will move to one lane until March."`);
    expect(speakerOf(a, 'Traffic will move to one lane')).toBe('Tomas Lind');
  });
  it('guard: "Bank of America" is no person before "of" (one word before the organisation)', () => {
    const a = storyArticle(`Shares fell on Monday.\n\n"We expect a slow quarter," an analyst at the Bank of America in New York said.`);
    expect(speakerOf(a, 'We expect a slow quarter')).toBeNull();
  });
});

describe('an inverted attribution with an organisation and a role before the name', () => {
  it('"“…,” said Meridian principal investigator Helen Nair, who joined in May." → Nair, not "Meridian"', () => {
    const a = storyArticle(`The core samples were shipped to the lab last week.\n\n"The samples point to a wetter past than we assumed," said Meridian principal investigator Helen Nair, who joined the project in May.`);
    expect(speakerOf(a, 'The samples point to a wetter past')).toBe('Helen Nair');
  });
  it('guard: "“…,” said Warren after meeting Jo Weber." keeps the first name (a subordinator is no role word)', () => {
    const a = storyArticle(`Ellen Warren spoke at the plant on Friday.\n\n"We will keep the line open," said Warren after meeting Jo Weber.`);
    expect(speakerOf(a, 'We will keep the line open')).toBe('Ellen Warren');
  });
});

describe('a quote closed by a full stop ends its sentence', () => {
  it('"… Rosa Mendel told the auditors “… desk.” Karl Stein, a former clerk, said in the filing that …" → Mendel, not Stein', () => {
    const a = storyArticle(`The audit covers five years of spending.\n\nCourt papers show that Rosa Mendel told the auditors "every payment went through the treasurer's desk." Karl Stein, a former clerk, said in the filing that the treasurer "ignored" his warnings.`);
    expect(speakerOf(a, 'every payment went through')).toBe('Rosa Mendel');
  });
  it('guard: "“We are done here.” Kim Jones said." still names the name after (the quote\'s sentence names nobody before it)', () => {
    const a = storyArticle(`Talks ended early on Friday.\n\n"We are done here." Kim Jones said, and left the room.`);
    expect(speakerOf(a, 'We are done here')).toBe('Kim Jones');
  });
});

describe('a full name with an age in commas is a person', () => {
  it('"Kofi Mensah, 52, waited at the gym. ¶ “…,” he said. “…”" → Mensah, not the place named before', () => {
    const a = storyArticle(`The flood reached the lower town in Ghana overnight. Kofi Mensah, 52, waited at the school gym with his two sons.\n\n"The water came in faster than anyone told us it would," he said, pointing at his boots. "We left with nothing but our papers."`);
    expect(speakerOf(a, 'The water came in faster')).toBe('Kofi Mensah');
  });
});
