/**
 * Who said it, by construction: articles written for the test, one row each, the expected "Said by" (null: nobody).
 * Each group is one stop's rule (its note in docs/notes/), followed by the rows that keep what must not move.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

const story = (attribution: string) =>
  `Tom Bandemer, 16, died on Sunday after a shooting on Ash Street.\n\nFriends gathered at the school on Monday.\n\n“He was with the wrong people at the wrong time,” ${attribution}`;
const tavern =
  'A crane fell onto a block of flats on Saturday.\n\nRay Dunn, who owned a tavern that was closed when the building fell, said his employee, Juan Perez, was the man pulled from the rubble. He said Perez suffered a broken leg.\n\n“Our bar is done,” he said.';

const committee = (who: string) =>
  `The justices heard the case on Tuesday.\n\n${who} told the Supreme Court that its inquiry easily met the test.\n\n“The election of a President raises questions about the adequacy of existing law,” the committee argued.`;
const storm = (attribution: string) => `A storm hit the coast on Friday.\n\nMost homes lost power for a day.\n\n“We were ready for it,” ${attribution}`;

describe('who said it: constructions written for the test', () => {
  it.each([
    // speak57b (docs/notes/speak57b.md): a noun for one of a nation's people as the speaker after a quote ("“…,” the Greek said",
    // "said the American") takes up the person the text was just about — the named subject of the sentences before — not a
    // one-word name that is no person, and not someone the article ties to another nation. Articles written for the test. The
    // first three tests fail on main debde4a8 (null, null, the coach); the last holds on main too and guards the nobody answers.
    [
      '"Kaia Varga beat Lotte Brandt of Germany … “…,” the Hungarian said" → Kaia Varga',
      'MELBOURNE — Kaia Varga beat top-seeded Lotte Brandt of Germany 6-2, 6-4 on Tuesday.\n\nIt was Varga’s second win over Brandt.\n\n“I played very calmly today,” the Hungarian said. “My serve was good.”',
      'I played very calmly today',
      'Kaia Varga',
    ],
    [
      '"… but Peter Moller is making sure … past Peru’s Rui Soto … “…,” the Dane said" → Peter Moller',
      'A long winter tired him, but Peter Moller is making sure he is ready for the open.\n\nThe fifth seed sailed past Peru’s Rui Soto 6-1 6-2 on Thursday.\n\n“I feel fresh,” the Dane said.',
      'I feel fresh',
      'Peter Moller',
    ],
    [
      '"US coach Sam Reed wants … Jon Tate was left frustrated … “…,” said the American" → Jon Tate, not the coach',
      'US coach Sam Reed wants his players to train more on clay. “It will help them,” said Reed.\n\nJon Tate was left frustrated after losing both his matches.\n\n“It is just tough because I was in it the whole time,” said the American.',
      'It is just tough',
      'Jon Tate',
    ],
    // speak58 (docs/notes/speak58.md): an indefinite role with the person's full name as the speaker of a quote ("“…,” another yoga
    // instructor Melissa Brennan said", "said one local resident Tom Hale") names that person: main read the article as "an unnamed
    // person" and gave nobody. An unnamed person stays nobody ("“…,” a New Hampshire Republican said"), and a name reached through a
    // preposition is not the speaker ("a friend of Mary Cole said"). Articles written for the test.
    [
      '"“…,” another yoga instructor Nora Pell said" → Nora Pell',
      'The studio on Main Street will close in March after twenty years.\n\nIts owner, Ruth Adler, said the rent had doubled.\n\n“We all learned to teach here,” another yoga instructor Nora Pell said.',
      'We all learned to teach here',
      'Nora Pell',
    ],
    [
      '"“…,” said one local resident Tom Hale." → Tom Hale',
      'The bridge over the Alder River reopened on Friday after two years of repairs.\n\nMayor Ruth Adler cut the ribbon.\n\n“It is good to drive to work again,” said one local resident Tom Hale.',
      'It is good to drive',
      'Tom Hale',
    ],
    [
      '"“…,” a longtime Democratic donor said" (no name) → nobody',
      'Senator Ruth Adler raised $2 million in the quarter.\n\n“She will need more than that,” a longtime Democratic donor said.',
      'She will need more',
      null,
    ],
    [
      '"“…,” a friend of Mary Cole said" (the name after a preposition) → nobody, not Mary Cole',
      'Mary Cole, 34, was last seen leaving her office on Friday evening.\n\nPolice have searched the park near her home.\n\n“She would never just leave,” a friend of Mary Cole said.',
      'She would never just leave',
      null,
    ],
    // speak59 (docs/notes/speak59.md): a possessive pronoun's role, then the full name, after the verb ("“…,” said his wife,
    // Sheraine Lathon, 69", "said his uncle Jo Weber.") names that person: main read "his" as no speaker phrase and gave
    // nobody. A role with no name stays nobody ("said his lawyer, who asked not to be named"). Articles written for the test.
    [
      '"“…,” said his wife, Sheraine Lathon, 69, of Richton Park." → Sheraine Lathon',
      'Tom Lathon, 71, died in April after a short illness.\n\nHis family held a service on Friday.\n\n“He gave everything to this town,” said his wife, Sheraine Lathon, 69, of Richton Park.',
      'He gave everything',
      'Sheraine Lathon',
    ],
    [
      '"“…,” said his uncle Jo Weber." → Jo Weber',
      'Sam Adler, 19, was killed on Saturday when a car struck him on Dover Street.\n\nFamilies gathered at the corner on Sunday morning.\n\n“He was a hardworking young man,” said his uncle Jo Weber.',
      'He was a hardworking',
      'Jo Weber',
    ],
    [
      '"“…,” said his lawyer, who asked not to be named." (no name) → nobody',
      'Ruth Adler, the former county clerk, was charged on Monday with taking bribes.\n\nHer husband, Sam Adler, was not charged.\n\n“He is relieved,” said his lawyer, who asked not to be named.',
      'He is relieved',
      null,
    ],
    // speak60 (docs/notes/speak60.md): a possessive pronoun, a kin noun the lexicon does not list (hyphenated or not), then the full
    // name, after the verb ("“…,” said his cousin Jennifer Rogulich", "said her great-grandmother, Marie Jacobs") names that person:
    // main read the phrase but counted the name as no person (no title, no gendered noun, no listed given name) and gave nobody.
    // A kin noun with no name stays nobody, and such a name after "said" with a clause of its own is no speaker of the quote
    // after it ("Ray Dunn … said his employee, Juan Perez, was …. “Our bar is done,” he said." is Ray Dunn's). Articles written for the test.
    ['“…,” said his cousin Jennifer Rogulich.', story('said his cousin Jennifer Rogulich.'), 'He was with', 'Jennifer Rogulich'],
    ['“…,” said his great-grandmother Marie Jacobs.', story('said his great-grandmother Marie Jacobs.'), 'He was with', 'Marie Jacobs'],
    ['“…,” said her step-cousin, Ana Ruiz.', story('said her step-cousin, Ana Ruiz.'), 'He was with', 'Ana Ruiz'],
    ['“…,” said his cousin, who asked not to be named. (no name)', story('said his cousin, who asked not to be named.'), 'He was with', null],
    ['“…,” he said, after "X said his employee, Juan Perez, was …"', tavern, 'Our bar', 'Ray Dunn'],
    // speak61 (docs/notes/speak61.md): constructions cards60b's sheet, the brief and r60's dev errors named, each a reader would see as
    // a wrong or missing "Said by": an organisation's name cut to its last word ("The House Committee on Oversight and Reform told …"
    // gave "Reform"); a name's possessive, a kin noun and a comma before the name ("said Hamon’s cousin, Regina McDaniel" gave nobody);
    // "Prof" before a surname read as part of the name ("Prof Oswald added" gave "Prof Oswald", not Andrew Oswald). The rows after each
    // fix keep what must not move: a given name after the organisation stays a person, a bare kin noun names nobody. Articles written
    // for the test.
    ['the House Committee on Oversight and Reform … the committee argued → nobody', committee('The House Committee on Oversight and Reform'), 'The election', null],
    ['the Department of Health and Human Services … → nobody', committee('The Department of Health and Human Services'), 'The election', null],
    ['a given name after "the Department of Justice and" stays a person', 'Lawyers for the Department of Justice and Bill Barr filed the appeal on Monday.\n\n“We will win this case,” Barr said.', 'We will win', 'Bill Barr'],
    ['said Hamon’s cousin, Regina McDaniel', storm('said Hamon’s cousin, Regina McDaniel.'), 'We were ready', 'Regina McDaniel'],
    ['said Hamon’s cousin, who lives nearby (no name)', storm('said Hamon’s cousin, who lives nearby.'), 'We were ready', null],
    ['“…,” Prof Oswald added. (Andrew Oswald named before)', 'Andrew Oswald, of Warwick University, led the study.\n\nWomen asked for rises as often as men, the study found.\n\n“It could be that Australia is odd,” Prof Oswald added.', 'It could be', 'Andrew Oswald'],
    ['“…,” said Prof. Graham Kerley, an elephant expert.', 'Elephant herds are growing fast in the park.\n\n“We can conserve elephants but we have to start to worry,” said Prof. Graham Kerley, an elephant expert.', 'We can conserve', 'Graham Kerley'],
    // speak63 (docs/notes/speak63.md): a bare given name standing as a speaker ("Kendall told the magazine") for a person the
    // article names in full once, with no cue beside the full name ("Kendall Jenner went to the party"): the reader sees the full
    // name under the quote, not the bare word. The rows after keep what must not move: a bare name opening two different full
    // names, a company's bare name beside its product's (no gender: no person), a full name never written. Articles written for the test.
    ['Kendall Jenner … “…,” Kendall told the magazine', 'Kendall Jenner went to the party in a silver dress.\n\nThe party ran until dawn.\n\n“It was the best night of the year,” Kendall told the magazine. She left at dawn.', 'It was the best', 'Kendall Jenner'],
    ['Phil Foden … “…,” Phil said', 'Phil Foden became a father for the second time this week.\n\nHe missed the game against Chelsea.\n\n“It has been a very special week for us,” Phil said. He will play on Sunday.', 'It has been', 'Phil Foden'],
    ['two full names open with the bare word: the bare word stays', 'Kendall Jenner went to the party. Kendall Smith went home early.\n\n“It was the best night of the year,” Kendall said.', 'It was the best', 'Kendall'],
    ['a company’s bare name and a product (no gender): "Apple" stays', 'Apple Music lost a million subscribers this year.\n\n“We are proud of our service,” Apple said.', 'We are proud', 'Apple'],
    ['no full name: the bare word stays', 'The party ran until dawn.\n\n“It was the best night of the year,” Kendall said.', 'It was the best', 'Kendall'],
    // elect63: a role word ending in "-elect" is held by the person the text names with it.
    ['elect63: President-elect Donald Trump … “…,” the president-elect said', 'President Barack Obama welcomed President-elect Donald Trump to the White House on Thursday.\n\nThe two men spoke for ninety minutes.\n\n“We really discussed a lot of different situations,” the president-elect said in a statement.', 'We really discussed', 'Donald Trump'],
    ['elect63: Governor-elect Phil Murphy … the governor-elect told reporters', 'Governor-elect Phil Murphy named his cabinet on Monday.\n\n“This is a team that will get things done,” the governor-elect told reporters.', 'This is a team', 'Phil Murphy'],
    // speak64 (docs/notes/speak64.md): a person whose surname is a word that heads organisations' names ("Michael Bloomberg":
    // "Bloomberg" as in Bloomberg News) is a person when the text writes the full name with a title or a role in apposition; the
    // bare surname then names them. The rows after keep what must not move: the outlet itself, "the Post", a surname with no
    // person named in full. Articles written for the test.
    ['a title: New York City Mayor Michael Bloomberg … said Bloomberg', 'Former New York City Mayor Michael Bloomberg endorsed Hillary Clinton on Wednesday.\n\n“This is just too important to sit out,” said Bloomberg, a former Democrat.', 'This is just', 'Michael Bloomberg'],
    ['a role in apposition, then a fragment: … in which Bloomberg argued that Trump was a “…”', 'Voters should back Hillary Clinton, Michael Bloomberg, the former New York mayor, said at the convention on Wednesday.\n\nIn his speech Bloomberg criticized Democrats, but argued that Trump was a “dangerous demagogue” and a bad businessman.', 'dangerous demagogue', 'Michael Bloomberg'],
    ['a title after “the”: the Rev. Mary Court … Court said', 'The Rev. Mary Court spoke at her church on Sunday.\n\n“I have nothing against anyone,” Court said.', 'I have nothing', 'Mary Court'],
    ['no person named in full: "Bloomberg reported" stays an outlet', 'The mayor spoke on Friday.\n\n“We will win this,” Bloomberg reported, citing a source.', 'We will win', null],
    ['"the Post" is the paper, not Sen. John Post', 'Sen. John Post spoke on Friday.\n\n“We will win this,” the Post reported, citing an aide.', 'We will win', null],
    ['a full name with no title or role: stays as before', 'Michael Bloomberg endorsed Hillary Clinton on Wednesday.\n\n“This is just too important to sit out,” Bloomberg said.', 'This is just', null],
    // speak65 (docs/notes/speak65.md): the verbs of saying that speak14's count admits when it reads all three PolNeAR compartments
    // (condemned, demanded, proclaimed, sings, thanked: `npx tsx bench/speak65-cues.ts`) give a quote to their subject; an
    // organisation or an unnamed crowd as the subject still names nobody. Articles written for the test.
    ['“…,” demanded X', 'The council met on Monday.\n\n“Give us the money now,” demanded Maria Lopez, who leads the tenants’ union.', 'Give us the money', 'Maria Lopez'],
    ['“…,” X proclaimed', 'The council met on Monday.\n\n“We have won,” Maria Lopez proclaimed to the crowd outside the hall.', 'We have won', 'Maria Lopez'],
    ['“…,” X thanked', 'The council met on Monday.\n\n“Thank you all for coming tonight,” Maria Lopez thanked the volunteers.', 'Thank you all', 'Maria Lopez'],
    ['“…,” X sings', 'The band played on Monday.\n\n“I will always love you,” Maria Lopez sings in the new single.', 'I will always', 'Maria Lopez'],
    ['X demanded “…” (a fragment)', 'The council met on Monday.\n\nMaria Lopez demanded “a full inquiry” into the deal.', 'a full inquiry', 'Maria Lopez'],
    ['X proclaimed the night “…” (a fragment)', 'The council met on Monday.\n\nMaria Lopez proclaimed the night “a turning point.”', 'a turning point', 'Maria Lopez'],
    ['an organisation condemned “…”: nobody', 'The council met on Monday.\n\nThe ministry condemned the “provocation” in a statement.', 'provocation', null],
    ['an unnamed crowd demanded “…”: nobody', 'The council met on Monday.\n\nProtesters demanded “justice now” outside the hall.', 'justice now', null],
    // speak66 (docs/notes/speak66.md): a name signing the quote before it — after a dash typed with hyphens, or followed by a comma
    // and where the person works (capitalised words to the paragraph's end), or, so followed, with no dash after a quote closed by a
    // stop or a comma (a press release's sign-off) — is its speaker. An organisation after the dash, lower-case words after the name
    // and a chant with no stop stay nobody. Articles written for the test; the first three rows gave null on main 3d464631.
    ['`"…" -- X` (hyphens for a dash)', 'The week in review.\n\n"Tenants pay more for less every single year" -- Maria Lopez', 'Tenants pay', 'Maria Lopez'],
    ['`"…" - X, Workplace`', 'The week in review.\n\n"Tenants pay more for less every single year" - Maria Lopez, Ledger Tribune', 'Tenants pay', 'Maria Lopez'],
    ['`“…,” X, Role, Company` (a sign-off, no dash)', 'The council voted on Monday.\n\n“We welcome the vote and will build the homes,” Maria Lopez, General Manager, Acme Housing', 'We welcome', 'Maria Lopez'],
    ['`“…” -- the Union`: nobody', 'The week in review.\n\n“Tenants pay more for less every single year” -- the Tenants Union', 'Tenants pay', null],
    ['`“…” - X, the union leader, watched`: nobody', 'The council voted on Monday.\n\nThe crowd chanted “no more rent” - Maria Lopez, the union leader, watched from the steps.', 'no more rent', null],
    ['`chanted “…” X, Union` (no stop): nobody', 'The council voted on Monday.\n\nThe crowd chanted “no more rent” Maria Lopez, Tenants Union', 'no more rent', null],
    // speak67 (docs/notes/speak67.md): a full name opening its sentence, its given name not in the table, is a person when the next
    // sentence opens with "he" / "she" (the text takes it up so), and that pronoun's antecedent; a possessive opening the sentence is
    // not taken up. A stop the source glued to the next sentence ("says Dana Epstein.She notes") ends the name. A verb of saying
    // after "and" / "but" has the name opening the sentence as subject. Articles written for the test; the first three rows gave the
    // earlier person, "Dana Epstein.She" and Obama on main 85ac45a8.
    ['`Gabriel Miller enlisted. He said, “…”` (given name not in the table)', 'Students watched the videos at school.\n\nTom Hale liked the videos.\n\nGabriel Miller enlisted. He said, “We are taught that this country is horrible.”', 'We are taught', 'Gabriel Miller'],
    ['`“…,” says X.She notes` (glued stop)', 'The storm passed on Monday.\n\n“It was the coldest week in years,” says Dana Epstein.She notes that no record fell.', 'It was the coldest', 'Dana Epstein'],
    ['`X, who …, defends Obama, and called Y a “…”` (given name not in the table)', 'The network has many hosts.\n\nMelissa Harris-Perry, who appears on weekends, nearly always defends Obama, and called Glenn Greenwald a “jerk.”', 'jerk', 'Melissa Harris-Perry'],
    ['`Dexter Perez’s mother met the mayor. She said, “…”`: nobody', 'The council met on Monday.\n\nTom Hale spoke first.\n\nDexter Perez’s mother met the mayor. She said, “We are ready.”', 'We are ready', null],
    // speak68 (docs/notes/speak68.md): in "a spokesman for the special counsel, Robert S. Mueller III," the name holds the role nearer
    // it (counsel), not the spokesman's; and "the spokesman" nobody was named as takes up no one. The named
    // spokesman in apposition ("a spokesman for the company, Sam Reed,") still holds the role. Articles written for the test; the
    // first three rows gave the counsel's or the senator's name on main 6e22a0e6.
    ['`A spokesman for the counsel, X, … “…,” said the spokesman, Y.` → Y', 'The office rarely speaks.\n\nA spokesman for the special counsel, Robert S. Mueller III, disputed the article on Friday.\n\n“The description is not accurate,” said the spokesman, Peter Carr.', 'The description', 'Peter Carr'],
    ['`A spokesman for the counsel, X, … “…,” the spokesman said.` → nobody', 'The office rarely speaks.\n\nA spokesman for the special counsel, Robert S. Mueller III, disputed the article on Friday.\n\n“The description is not accurate,” the spokesman said.', 'The description', null],
    ['`X’s spokesman disputed … “…,” the spokesman said.` → nobody', 'The bill passed on Friday.\n\nRon Wyden’s spokesman disputed the report on Friday.\n\n“The bill is sound,” the spokesman said.', 'The bill is sound', null],
    ['`A spokesman for the company, X, … “…,” the spokesman said.` → X', 'The plant will close in May.\n\nA spokesman for the company, Sam Reed, said the plant had lost money for years.\n\n“The plant is not viable,” the spokesman said.', 'The plant is not', 'Sam Reed'],
    // speak68: a name written family name first and then bare ("Kim") when the text names two such ("Kim Jong Un", "his father Kim
    // Jong-il"): the first it introduced. Fails on main 6e22a0e6 ("Kim").
    ['`Kim Jong Un … Kim told … his father Kim Jong-il’s “…”` → Kim Jong Un', 'North Korean leader Kim Jong Un will meet President Trump in June.\n\nKim reportedly told South Korean officials that denuclearization was his father Kim Jong-il’s “dying wish.”', 'dying wish', 'Kim Jong Un'],
    // speak70 (docs/notes/speak70.md): an attribution set off by commas inside the sentence, after a quoted phrase, names its speaker
    // (main read only the clause after the sentence's last comma); not a relative clause, nor the sentence's own long subject after a
    // fronted clause; and "dismissed … as “…”" names like "dismissing". The first three rows gave nobody on main 975c8b48.
    ['`… “nonlethal” wounds, Tom Glover said, and were taken …` → Tom Glover', 'Five people were shot on Ash Street on Thursday.\n\nThe five were suffering “nonlethal” wounds, Tom Glover said, and were taken to a hospital.', 'nonlethal', 'Tom Glover'],
    ['`… “digested” by the sea, Cheng Ming argued, adding that …` → Cheng Ming', 'The freighter sank in May.\n\nThe debris can not be “digested” by the sea, Cheng Ming argued, adding that the only option was to remove it.', 'digested', 'Cheng Ming'],
    ['`X has dismissed talk of collusion as a “…”` → X', 'The inquiry opened in May.\n\nDonald Trump has dismissed talk of possible collusion as a “witch hunt” led by Democrats.', 'witch hunt', 'Donald Trump'],
    ['`The “…” bill, which X said would pass, was …`: nobody', 'The talks ended on Monday.\n\nThe “reform” bill, which Tom Hale said would pass, was read in May, and the council adjourned.', 'reform', null],
    ['`Even though the “…” parent is …, many of the men surveyed by X suggested …, …`: nobody', 'The survey came out on Monday.\n\nEven though the “stay-at-home” parent is still the woman, many of the men surveyed by Youth Intelligence suggested that if the mother had a better job, they would stay home.', 'stay-at-home', null],
    // speak71 (docs/notes/speak71.md): a source that quotes someone "as saying" gives the one quoted, not the source (main 7f39cd39
    // gave nobody in the first three rows).
    ['`“…,” the Journal quoted X, chairman of …, as saying` → X', 'Hedge funds are likely to take a big hit, the Journal said.\n\n“I am wiped out,” the Journal quoted Sandra Manzke, chairman of one such company, as saying after reporting losses.', 'I am wiped out', 'Sandra Manzke'],
    ['`The daily quoted X, …, as saying at a meeting that “…”` → X', 'The Saigon Times Daily reported the drought on Thursday.\n\nThe daily quoted Le Huy Ngo, Vietnam’s minister of agriculture, as saying at a meeting Wednesday that “rainfall in the past nine months fell sharply.”', 'rainfall in the past', 'Le Huy Ngo'],
    ['`The newspaper quoted X as saying: “…”` → X', 'The talks ended on Monday.\n\nThe newspaper quoted Ali Salehi as saying: “We will never give up our rights.”', 'We will never', 'Ali Salehi'],
    // An infinitive of purpose has the clause's subject (main gave nobody).
    ['`X turned to Twitter last month to describe his city as a “…”` → X', 'The smog returned on Monday.\n\nDelhi’s Chief Minister Arvind Kejriwal turned to Twitter last month to describe his city as a “gas chamber.”', 'gas chamber', 'Arvind Kejriwal'],
    // Guard (holds on main too): the quote after one a source quotes someone "as saying" is its own attribution's ("is reported to have replied").
    ['`“…,” officials quoted Mr X as saying. ¶ “…,” Mr Y is reported to have replied.` → Y', 'The two leaders met in Beijing.\n\n“I have asked prime minister Wen to play catch with me,” Japanese officials quoted Mr Fukuda as saying.\n\n“I am glad to play with you whenever,” Mr Wen is reported to have replied.', 'I am glad', 'Wen'],
    // A verb in a list of the clause's verbs has the clause's subject (bench/speak71-b2.patch, applied by the lead; main gave nobody).
    ['`X spread lies about …, claimed the election had been “…”` → X', 'The hearing opened on Monday.\n\nDonald Trump spread baseless lies about the vote for weeks, claimed the election had been “stolen” and urged his backers to march.', 'stolen', 'Donald Trump'],
    ['`A newspaper quoted a witness as saying “…”`: nobody', 'Police said the fire began at noon.\n\nA local newspaper quoted a witness as saying “it was chaos.”', 'it was chaos', null],
    // speak72 (docs/notes/speak72.md): "as X put it" attributes the quote before or after it (main f45a5059 gave nobody in the first two rows).
    ['`The party is “…,” as writer X put it last week.` → X', 'The primaries ended in June.\n\nThe party is “leaderless,” as conservative writer Rich Lowry put it last week.', 'leaderless', 'Rich Lowry'],
    ['`As X famously put it, “…”` → X', 'Companies pay less tax than they used to.\n\nAs Elizabeth Warren famously put it, “There is nobody in this country who got rich on his own.”', 'There is nobody', 'Elizabeth Warren'],
    // "in the words of X", "to use X's words" name whose words the quote holds (main f45a5059 gave nobody in both).
    ['`the court is (to use President X’s words) “…”` → X', 'The court ruled on Monday.\n\nAfter all, the court is supposedly (to use President Joe Biden’s words) “out of whack” due to its divisions.', 'out of whack', 'Joe Biden'],
    ['`In the words of X, “…”` → X', 'The holiday came early this year.\n\nIn the words of Frank Costanza, “I got a lot of problems with you people, and now you are gonna hear about it!”', 'I got a lot', 'Frank Costanza'],
    // Guards (hold on main too): "puts" without "as" stays a verb of saying; "in her words" in another sentence names nobody.
    ['`As X, a professor who has studied …, puts it, “…”` → X', 'The laws failed in court.\n\nAs Joshua Cohen, a professor who has studied the First Amendment, puts it, “A lot of the energy went into legal strategies.”', 'A lot of the energy', 'Joshua Cohen'],
    ['`There was truth in her words. ¶ “…,” said X.` → X', 'Ann Lee spoke on Monday. There was truth in her words.\n\n“We will win the vote next week,” said Tom Hale.', 'We will win', 'Tom Hale'],
    // Guard (holds on main too): "put it" with a place after it is no verb of saying.
    ['`She put it in the drawer as always and said, “…”` → she', 'Ann Lee found the key on Monday.\n\nShe put it in the drawer as always and said, “That is where it belongs.”', 'That is where', 'Ann Lee'],
    // speak73 (docs/notes/speak73.md): a he/she goes to the sentence's subject named in full, whose gender the text does not tell, before
    // a later person of known gender (main d2afce96 gave Tasker).
    ['`X reminded Y of his role. ¶ “…,” he said.` → X (X’s gender unknown, Y’s known)', 'Under questions from NBC’s Kel Varga, a lawyer for the mayor could not show any proof for the case.\n\nOn Tuesday, Varga pressed Tasker to give his defense of the mayor’s calls.\n\n“I will tell you, having read the files in this case, that there’s been no crime,” Tasker said.\n\nVarga reminded Tasker of his role in the case.\n\n“You’re not the judge or the jury in this case. You’re the lawyer,” he said.', 'You’re not the judge', 'Kel Varga'],
    // Guard (holds on main too): a subject of the other gender is passed over.
    ['`X reminded Y of her role. ¶ “…,” she said.` → Y (X a man)', 'Kel Varga hosts the show.\n\nAnn Lee said the vote was fair, and she said it twice.\n\nTom Hale reminded Lee of her role in the case.\n\n“I am not the judge here,” she said.', 'I am not the judge', 'Ann Lee'],
    // speak74 (docs/notes/speak74.md): after a verb of saying, lower-case words describing a name, then where the person is from
    // (main 6e4588d2 read nobody), or the surname of a person named in full before (main read nobody for the quote after).
    ['`“…,” said geologist X Y of the Z Institute.` → X Y', 'The rock was found in the desert last spring.\n\n“It is older than any we have seen,” said geologist Kel Varga of the Desert Research Institute.', 'It is older', 'Kel Varga'],
    ['`“…,” says his longtime partner Y, who …. “…”` → X Y (named in full before)', 'Tom Hale has climbed the peak with Ned Tasker three times.\n\n“He is always the first up in the morning,” says his longtime partner Tasker, who spoke by phone on Monday. “He never complains about the cold or the wind.”', 'He never complains', 'Ned Tasker'],
    // speak74: after a quote that opens its sentence, closed by a comma, a name and a verb outside the lists that ends the clause
    // (main 6e4588d2 read nobody).
    ['`“…,” X sniffed.` → X', 'Tom Shaw runs one county party.\n\nNan Whaley runs the other, and she spoke on Monday.\n\n“We have about a hundred members. They have three,” Shaw sniffed.', 'We have about', 'Tom Shaw'],
    // Guard (holds on main too): a phrase inside a clause is no quote the name after it speaks.
    ['`… whether the U.S. is at war with “…,” X declined.` → nobody', 'Tom Hale spoke to reporters on Sunday.\n\nPressed by the host to say whether the U.S. is at war with “radical extremism,” Hale again declined.', 'radical extremism', null],
    // speak76 (docs/notes/speak76.md): a capitalised verb of saying opening the sentence is no part of the name after it ("Added Hale,
    // “…”", "Says Lee: “…”", "Said Hale, “…”": main df79d6ee read the names "Added Hale", "Says Lee", and nobody); and a name with a verb
    // outside the lists before the comma and the quote ("Hale reasoned, “…”": main read nobody).
    ['`Added Hale, “…”` (the article never writes “added” in lower case) → Tom Hale', 'Tom Hale runs the county party.\n\nAdded Hale, “We will win this seat.”', 'We will win', 'Tom Hale'],
    ['`Says Lee: “…”` → Ann Lee', 'Ann Lee found the key on Monday.\n\nSays Lee: “It was where it always is.”', 'It was where', 'Ann Lee'],
    ['`Said Hale, “…”` (“said” in lower case elsewhere) → Tom Hale', 'Tom Hale runs the county party, aides said.\n\nSaid Hale, “We will win this seat.”', 'We will win', 'Tom Hale'],
    ['`X reasoned, “…”` (another person named before) → X', 'Tom Hale runs the county party, aides said. Ann Lee runs the other.\n\nHale reasoned, “If they cannot vote, they cannot win.”', 'If they cannot', 'Tom Hale'],
    // Guards (hold on main too): a fronted participle's clause, then the name and its verb; a fronted verb before no name.
    ['`Asked about the vote, Hale said: “…”` → Tom Hale', 'Tom Hale runs the county party, aides said.\n\nAsked about the vote, Hale said: “We will win this seat.”', 'We will win', 'Tom Hale'],
    ['`Said one voter, “…”` → nobody', 'Tom Hale runs the county party, aides said.\n\nSaid one voter, “We will see about that.”', 'We will see', null],
    // names76 (docs/notes/names76.md): a capitalised function word and a heading's word in capitals are no part of the name they stand
    // before (main ffdff75a read the names "Whether Hale" and "WATCHED Hale").
    ['`Whether Hale will run …` then `“…,” Hale said` → Hale', 'Ann Lee runs the county party.\n\nWhether Hale will run again is unclear.\n\n“I have not decided,” Hale said on Monday.', 'I have not decided', 'Hale'],
    ['`JUST WATCHED Hale: “…”` (a video heading) → Tom Hale', 'Tom Hale runs the county party.\n\nJUST WATCHED Hale: “We will win this seat.” Replay More Videos\n\nHale spoke on Monday.', 'We will win', 'Tom Hale'],
    // Guard (holds on main too): an acronym in capitals before a capitalised word stays in the name ("IHS Markit").
    ['`“…,” IHS Markit said.` → IHS Markit', 'The trusts spent less on agency staff.\n\n“We will publish the tables,” IHS Markit said.', 'We will publish', 'IHS Markit'],
  ])('%s', (_name, text, quote, speaker) => {
    expect(speakerOf(storyArticle(text), quote)).toBe(speaker);
  });

  // speak57b
  it('nobody when the one person named before is tied to another nation, or when the subject is a group', () => {
    const a = storyArticle('The fourth seed beat Spain’s Tomas Ruiz in straight sets.\n\n“I feel fresh,” the Croat said.\n\nMarko Pavic will meet Ruiz again in May.');
    expect(speakerOf(a, 'I feel fresh')).toBeNull();
    const b = storyArticle('The German government said on Monday that the talks had failed.\n\n“We are disappointed,” the German said.');
    expect(speakerOf(b, 'We are disappointed')).toBeNull();
    // Not the person the phrase's own sentence names.
    const c = storyArticle('Jon Tate won the first two sets easily.\n\nThe Chilean had stirred the row before the match by saying Tate’s loud celebrations were “bad for the game”.');
    expect(speakerOf(c, 'bad for the game')).not.toBe('Jon Tate');
  });
});
