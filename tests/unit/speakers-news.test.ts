/**
 * Who said it, on US-politics-style coverage (issue 8 item 6): titles with party tags, pronouns after
 * another person of the same gender was named, verbs of naming several words before the quote,
 * partial quotes inside reported speech, "according to" a person or a publication, "X told Fox News",
 * quotes running over two paragraphs, organisations that report. The articles are written for these
 * tests; the shapes are those seen on real pages (bench/speakers-sample.ts dev sample).
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyQuotes } from '../data/quotes/story';

const quotes = storyQuotes;

const SHUTDOWN = `WASHINGTON — Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday that the chamber would vote on the stopgap bill before Friday. "We are not going to let the government shut down over this," McConnell told reporters.

Speaker Nancy Pelosi, D-Calif., called the Republican plan a "cynical ploy to avoid accountability" and said her caucus would not support it.

President Trump said he had watched part of the debate and slammed the Democrats' demands as "a total disgrace." Later, the president told Fox News that he would sign "whatever keeps the lights on."

Rep. Alexandria Ocasio-Cortez, D-N.Y., said she had spoken to the speaker on Monday. She added that Pelosi had been "very clear with us about the timeline." "We will keep fighting," she said.

According to Sen. Chuck Grassley, the finance committee had "no interest in another crisis." According to Politico, a deal was "within reach" by Wednesday night.

Sen. Susan Collins, R-Maine, said the bill included "a fair compromise on disaster aid." She thanked Sen. Lisa Murkowski for her work on the package. "Without her, this would not have happened," Collins said.

Grassley said he expected a bipartisan vote, adding that the committee had worked through the weekend.

"The American people expect us to do our jobs. They do not care about the politics of it.

"They want the government open," he said.`;

describe('US politics: titles, party tags, pronouns, verbs at a distance', () => {
  const qs = quotes(SHUTDOWN);
  it('a title and a party tag around the name', () => {
    expect(speakerOf(qs, 'We are not going to let the government shut down')).toBe('Mitch McConnell');
  });
  it('a verb of naming several words before the quote: "called the plan a …", "slammed … as …"', () => {
    expect(speakerOf(qs, 'cynical ploy')).toBe('Nancy Pelosi');
    expect(speakerOf(qs, 'a total disgrace')).toBe('Trump');
  });
  it('"the president told Fox News": the president speaks, not Fox News', () => {
    expect(speakerOf(qs, 'whatever keeps the lights on')).toBe('Trump');
    for (const q of qs) expect(q.speaker ?? '').not.toMatch(/Fox|Politico/);
  });
  it('"she" is the woman who is the subject, not another woman named in between', () => {
    expect(speakerOf(qs, 'very clear with us')).toBe('Alexandria Ocasio-Cortez');
    expect(speakerOf(qs, 'We will keep fighting')).toBe('Alexandria Ocasio-Cortez');
    expect(speakerOf(qs, 'a fair compromise')).toBe('Susan Collins');
  });
  it('"according to" a senator gives the senator; "according to Politico" gives nobody', () => {
    expect(speakerOf(qs, 'no interest in another crisis')).toBe('Chuck Grassley');
    expect(speakerOf(qs, 'within reach')).toBeNull();
  });
  it('a quote running over two paragraphs after reported speech keeps its speaker', () => {
    expect(speakerOf(qs, 'The American people expect us')).toBe('Chuck Grassley');
    expect(speakerOf(qs, 'They want the government open')).toBe('Chuck Grassley');
  });
});

const PROFILE = `An agreeable woman in her 80s, Jane Starner lives in a retirement community in Indiana. She spoke with pride of her late nephew. She gave me an email address for Ford's sister, Martha Fry. "I cannot believe Martha would not want his books back in print," she said.

Patrick W. Carlineo Jr., 55, pleaded guilty on Monday, prosecutors said. Carlineo faces up to 10 years in prison. He was arrested in April for a call to the office of Rep. Ilhan Omar. During the call, he asked about the Muslim Brotherhood, called Omar a "terrorist" and said, "somebody ought to put a bullet in her skull."

On Monday, Big Machine Records issued a statement. The statement, which was obtained by Variety, claimed that the label had "come to terms on a licensing agreement" with the producers.

Ian Hamilton, an expert in drug use and mental health at the University of York who did not work on the study, told Newsweek: "Even a small increase can raise the risk of dependence."

Guitarist Pat Simmons teased the anniversary tour during the band's set on Monday night in Nashville. After the last song, the singer and guitarist told the audience, "that's really good, maybe we should go on the road."

"It is patently false," Cmdr. Sean Robertson said of the claim.

"GateHouse-owned newsrooms are often half the size within a matter of months," Abernathy reported, citing a survey by Penelope Muse Abernathy of the University of North Carolina.`;

describe('pronoun chains, coordinated verbs, relative clauses, long appositions', () => {
  const qs = quotes(PROFILE);
  it('"she said" after a sentence whose subject is "she": the same woman, not the one named in it', () => {
    expect(speakerOf(qs, 'I cannot believe Martha')).toBe('Jane Starner');
  });
  it('"he asked …, called … and said": the subject of the clause, not the person named in between', () => {
    expect(speakerOf(qs, 'somebody ought to put a bullet')).toBe('Patrick W. Carlineo');
  });
  it('a publication in a relative clause ("obtained by Variety") is not the speaker', () => {
    expect(speakerOf(qs, 'come to terms')).toBeNull();
  });
  it('a long apposition between the name and the verb', () => {
    expect(speakerOf(qs, 'Even a small increase')).toBe('Ian Hamilton');
  });
  it('a description ("the singer and guitarist") takes up the person just named', () => {
    expect(speakerOf(qs, "that's really good")).toBe("Pat Simmons");
  });
  it('military titles and "reported" after a person', () => {
    expect(speakerOf(qs, 'It is patently false')).toBe('Sean Robertson');
    expect(speakerOf(qs, 'GateHouse-owned newsrooms')).toBe('Penelope Muse Abernathy');
  });
});

const AFTER = `Sweden has dropped its investigation. "The evidence is not strong enough to form the basis for an indictment," Sweden's deputy director of public prosecutions, Eva-Marie Persson, said on Tuesday.

"If the U.S. imposes a tariff on Chinese televisions, the duty is paid by a U.S. importer," Howard Gleckman, a senior fellow at the Tax Policy Center, has written. "The Chinese government pays nothing."

"My people had $20 billion done," Mr. Trump recounted in an Oct. 21 cabinet meeting. "And I said, I want more. They said the farmers can't handle it."`;

describe('long subjects after a quote, and continuations past abbreviations', () => {
  const qs = quotes(AFTER);
  it('a description, then the name, then the verb', () => {
    expect(speakerOf(qs, 'The evidence is not strong enough')).toBe('Eva-Marie Persson');
    expect(speakerOf(qs, 'If the U.S. imposes a tariff')).toBe('Howard Gleckman');
    expect(speakerOf(qs, 'The Chinese government pays nothing')).toBe('Howard Gleckman');
  });
  it('"Mr." and "Oct." do not end the sentence between a quote and its continuation', () => {
    expect(speakerOf(qs, 'And I said, I want more')).toBe('Trump');
  });
});

describe('a capitalised role word before a name is not part of the name', () => {
  const BAND = `Singer-guitarists Ana Ruiz and Omar Bell, drummer Kim Lo and multi-instrumentalist Sam Vey will play together for the first time in a decade.

"We are thrilled to be back on the road," Ruiz said in a statement.

Guitarists Lena Dorn and Paul Ek joined later. "It feels like coming home," Dorn said.`;
  const qs = quotes(BAND);
  it('a compound of role words ("Singer-guitarists Ana Ruiz")', () => {
    expect(speakerOf(qs, 'We are thrilled')).toBe('Ana Ruiz');
  });
  it('a plural role word ("Guitarists Lena Dorn")', () => {
    expect(speakerOf(qs, 'It feels like')).toBe('Lena Dorn');
  });
});
