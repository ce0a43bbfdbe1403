/**
 * furniture81: page furniture a reader saw as facts (docs/notes/furniture81.md; audit81 §4 cause 3). A TV station's page
 * carries its other stories' video teasers between the paragraphs — a title, a sentence or more of another story, then
 * "(Published Monday, Aug. 29, 2016)" — and audit81's panel showed them as facts "left out" by every other outlet. A blurb
 * closed by such a stamp that names nothing the page names elsewhere is another story's, no fact; a blurb of the story's
 * own video names its place or people and stays one. An AP caption with the agency's credit glued before its formula
 * ("(Associated Press) FILE - In this … file photo, …") is a caption like the same line without the credit.
 * Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { featuresOf, photoCaptionForm, reportFeatures } from '../../lib/engine/features';
import type { Article, Unit } from '../../lib/types';

/** An article from paragraphs of sentences: one body unit per sentence, a heading where the line says so. */
function paragraphs(id: string, outlet: string, paras: Array<Array<string | { heading: string }>>): Article {
  let text = '';
  const units: Unit[] = [];
  paras.forEach((para, p) => {
    if (p) text += '\n\n';
    para.forEach((s, k) => {
      if (k) text += ' ';
      const t = typeof s === 'string' ? s : s.heading;
      const start = text.length;
      text += t;
      units.push({ i: units.length, text: t, p, start, end: start + t.length, kind: typeof s === 'string' ? 'body' : 'heading' });
    });
  });
  return { id, title: `${outlet} report`, outlet, date: null, url: null, language: 'en', byline: null, description: null, text, units, quotes: [], warnings: [], hash: id, format: 'text' };
}

const LEAD = 'Thirteen people were shot at a crowded house party in Brennock early Sunday, police said.';
const PAGE = paragraphs('station', 'Station 9', [
  [LEAD],
  ['Police Chief Ann Hale said officers found ten shell casings in the yard behind the house on Mill Street.'],
  [{ heading: '104-Year-Old Woman Becomes Citizen' }],
  ['A 104-year-old grandmother became a naturalized citizen on Friday after living two decades in Florida.', '(Published Monday, Aug. 29, 2016)'],
  ['Most of the victims were treated for wounds to their legs and were expected to recover, Hale said.'],
  [{ heading: 'Chaos at Brennock Party' }],
  ['Video from the scene shows guests running from the house on Mill Street as shots ring out.', '(Published Sunday, Aug. 28, 2016)'],
  ['The party was advertised on social media and guests were charged at the door, police said.'],
]);
const OTHER = paragraphs('courant', 'Courant', [
  ['Police said 13 people were wounded when gunfire broke out at a house party in Brennock on Sunday.'],
  ['The city council will meet on Tuesday to discuss the budget for the coming year.'],
]);

describe("another story's video teaser is no fact of the page", () => {
  it('the blurb closed by "(Published …)" that names nothing of the page is dropped; the story\'s own video blurb stays', () => {
    const facts = reportFeatures(PAGE, featuresOf(PAGE)).map((f) => [f.unit.text, f.fact] as const);
    const fact = (t: string) => facts.find(([u]) => u === t)?.[1];
    expect(fact('A 104-year-old grandmother became a naturalized citizen on Friday after living two decades in Florida.')).toBe(false);
    expect(fact('Video from the scene shows guests running from the house on Mill Street as shots ring out.')).toBe(true);
    expect(fact('Most of the victims were treated for wounds to their legs and were expected to recover, Hale said.')).toBe(true);
  });

  it('the panel never shows the teaser as a fact the other outlet left out', async () => {
    const report = await compareArticle(PAGE, new MemoryIndex([PAGE, OTHER]));
    const leftOut = report.leftOut.map((l) => PAGE.units[l.i]!.text);
    expect(leftOut.some((t) => /shell casings/.test(t))).toBe(true);
    expect(leftOut.some((t) => /naturalized citizen/.test(t))).toBe(false);
  });
});

describe('a file-photo caption with the credit glued before its formula is a caption', () => {
  it.each([
    ['(Associated Press) FILE - In this Aug. 15, 2014 file photo, real estate heir Robert Durst leaves a Houston courtroom.', 'file photo'],
    ['(AP) In this photo taken Monday, Ann Hale speaks to reporters in Brennock.', 'file photo'],
    ['FILE - In this Aug. 15, 2014 file photo, real estate heir Robert Durst leaves a Houston courtroom.', 'file photo'],
    ['(Associated Press) Robert Durst was sentenced to seven years in federal prison on Wednesday.', null],
    ['NEW ORLEANS (AP) — In this case, the judge approved a plea deal, his lawyers said.', null],
  ] as const)('%s → %s', (line, form) => {
    expect(photoCaptionForm(line)).toBe(form);
  });
});

describe("a gallery's cut copy of a sentence the page tells whole is no fact", () => {
  it('the cut caption goes; the whole sentence, and a cut line with no whole copy, stay', () => {
    const page = paragraphs('live', 'Live', [
      ['Federal Judge Kurt Engelhardt on Wednesday approved a plea...'],
      ['Robert Durst was sentenced to seven years in federal prison for having a gun.'],
      ['Federal Judge Kurt Engelhardt on Wednesday approved a plea agreement that sends Robert Durst to prison for about seven years.'],
      ['Durst still faces a murder charge in Los Angeles, his lawyers said on the courthouse steps...'],
    ]);
    expect(reportFeatures(page, featuresOf(page)).map((f) => f.fact)).toEqual([false, true, true, true]);
  });
});
