/**
 * Word lists the quote extractor reasons with: verbs that introduce speech, words that name a role,
 * words that introduce a title rather than a quotation. English only for now (the corpus is English
 * text, translated articles included).
 */
import { wordTable } from '../text/table';

/** A set of words written as one space-separated string (shorter in the bundle than an array literal). */
export const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Verbs (any form) that attribute a direct quote to a speaker: `“…,” Bukele wrote`, `added Bukele`. */
export const SPEECH_VERBS = words(`
  said say says saying wrote write writes writing added add adds adding stated state states stating
  told tell tells telling posted posts tweeted tweets asserted asserts emphasized emphasised emphasizes
  emphasises stressed stresses concluded concludes continued continues explained explains noted notes
  argued argues claimed claims declared declares insisted insists replied replies responded responds
  remarked remarks warned warns asked asks announced announces acknowledged acknowledges admitted admits
  recalled recalls urged urges commented comments observed observes assured assures specified specifying
  specifies pointed points posed poses quipped joked wondered countered conceded confirmed confirms
  described describes called calls recounted recounts testified testifies shouted cried whispered
  answered answers mused maintained maintains reiterated reiterates contended contends begged pleaded
  vowed vows cautioned cautions predicted predicts warning cautioning begging pleading vowing`);

/**
 * More verbs that attribute a quote to their subject, kept apart from SPEECH_VERBS (which the engine's
 * attribution-clause test also reads): `“…,” Abernathy reported`, `McDowell laughed`, `despite claiming “…”`.
 * The last two lines are counted from data, not chosen: PolNeAR cues next to their source, at least 3 of them and
 * at least a quarter of the word's uses in quote paragraphs (`npx tsx bench/speakers-cues.ts`, docs/notes/speak14.md: train);
 * the last line is what the same count admits on all three compartments (`npx tsx bench/speak65-cues.ts`, speak65).
 */
export const MORE_SPEECH_VERBS = words(`
  reported reports laughed sighed joked jokes added suggested suggests claiming describing calling
  insisting admitting acknowledging recalling replying responding answering announcing confirming
  adding telling written denied denies deny ask promised promises repeated repeats demurred pointing
  disclosed discloses revealed reveals promising gushed gushes implored implores fumed fumes chimed
  retorted retorts interjected exclaimed scoffed boasted boasts bragged brags shrugged shrugs
  read issued chanted reads blamed cited yelled complained elaborated emailed lamented puts
  condemned demanded proclaimed sings thanked`);

/**
 * Verbs that give a name or a verdict to something, the quote being that name: `Cruz called the
 * suicide a “profound indictment”`, `Trump slammed the hearings as a “disgrace”`. Their subject is
 * the speaker even several words before the quote.
 */
export const NAMING_VERBS = words(`
  called calls calling described describes describing slammed slams blasted blasts branded brands
  labeled labelled labels dubbed dubs denounced denounces decried decries praised praises hailed hails
  criticized criticised criticizes mocked mocks lambasted derided derides characterized characterised
  characterizes termed terms deemed deems assailed assails call praising slamming blasting dismissing dismissed dismisses
  denouncing criticizing criticising mocking hailing branding labeling labelling dubbing defended
  defends defending accused accuses accusing accuse applauded applauds applauding`);

/**
 * (speak56) Verbs that pass a verdict, read like the naming verbs only where a quote's own sentence is read backwards from the
 * quote (`Lt Vale condemned the “inability” of the council`, `Kroll welcomed the accord as one that would show the country can
 * “do big things”`); kept out of the speech verbs, so pronouns and the ranker's cues read as before.
 */
export const VERDICT_VERBS = words(`
  condemned condemns condemning welcomed welcomes welcoming chided chides chiding likened likens likening
  touted touts touting ridiculed ridicules ridiculing`);

/** Verbs whose subject is the speaker of a clause that follows them (reported speech). */
export const REPORTING_VERBS = words(`
  said says stated states added adds wrote writes claimed claims argued argues noted notes explained
  explains insisted insists warned warns announced announces asserted asserts maintained maintains
  confirmed confirms acknowledged acknowledges admitted admits stressed stresses emphasized emphasised
  emphasizes emphasises told tells suggested suggests contended contends reiterated reiterates
  declared declares posted tweeted`);

/**
 * Bare infinitives of saying after "to": `prompting Comey to reply that “…”`. The speaker is the person
 * named right before "to" (the one prompted to speak), not the subject of the main verb.
 */
export const INFINITIVE_SPEECH = words(`
  say tell reply respond answer explain describe add declare announce confirm admit acknowledge
  testify comment insist warn`);

/** -ing forms: the speaker is the subject of the clause the participle hangs on. */
export const PARTICIPLES = words(
  'saying writing adding stating telling noting stressing emphasizing emphasising specifying insisting explaining asking warning arguing claiming declaring posting tweeting cautioning begging pleading vowing',
);

/** Two-word speech verbs where the second word must follow: `pointed out`. */
export const PHRASAL_PARTICLES = wordTable<string>({ pointed: 'out', points: 'out', pointing: 'out', chimed: 'in' });

/**
 * Nouns that stand before a name as its title ("MSNBC host Chris Matthews", "talk radio host Rush Limbaugh"): they make
 * the name a person, and are no role a later "the host" takes up (speak9: as a role word, "told radio host Nick Ferrari …
 * He said" gave the listener the pronoun). A person the text marks only by one is no pronoun's antecedent.
 */
export const TITLE_NOUNS = words('host co-host cohost');

/** Nouns that name a role; `the Salvadoran president` is resolved to the person named as president. */
export const ROLE_WORDS = words(`
  president minister secretary senator governor leader spokesman spokeswoman spokesperson official
  candidate mayor director chief ceo chairman chairwoman chair lawmaker ambassador judge general
  premier chancellor king queen prince princess pope representative congressman congresswoman
  commissioner founder head prosecutor attorney lawyer activist author actor actress coach manager
  owner economist analyst professor doctor member curator editor teacher officer negotiator envoy
  adviser advisor aide researcher scientist administrator strategist expert singer guitarist musician
  rapper drummer bassist frontman frontwoman songwriter player quarterback striker pitcher
  captain filmmaker producer writer novelist poet comedian reporter journalist
  columnist superintendent sheriff physician surgeon nurse engineer inventor entrepreneur investor
  banker planner consultant executive agent counsel dictator campaigner demonstrator protester
  anchor commentator pollster nominee businessman businesswoman`);
// (elect63) A role word ending in "-elect" is a role of its own, held by the person the text names with it ("President-elect
// Donald Trump … the president-elect said", "prime minister-elect").
for (const w of [...ROLE_WORDS]) ROLE_WORDS.add(`${w}-elect`);

/** Nouns that say a person's gender where the article uses them of a named person ("the actress", "Steenburgen's son"). */
export const FEMALE_NOUNS = words(
  'actress spokeswoman chairwoman congresswoman businesswoman frontwoman mother sister daughter wife widow grandmother aunt niece queen princess duchess woman girl lady mrs ms miss madam dame',
);
export const MALE_NOUNS = words(
  'actor spokesman chairman congressman businessman frontman father brother son husband widower grandfather uncle nephew king prince duke man boy mr sir lord',
);

/** Titles that may stand before a name inside a capitalised run: `President Nayib Bukele`. */
export const NAME_TITLES = words(`
  president vice secretary state minister prime senator sen gov governor rep representative mr mrs
  ms miss dr doctor sir dame lady lord first former king queen prince princess pope judge justice
  general gen gen. col colonel captain capt sergeant officer mayor chancellor ambassador attorney rev
  speaker leader chief ceo chairman chairwoman democrat republican democratic salvadoran american
  us u.s administrator cmdr adm maj lt sgt cpl pvt mp mep senators republicans democrats
  major lieutenant detective deputy trooper corporal inspector commander constable prof`);

/** Capitalised words that are not names (sentence openers, days, months). */
export const NOT_NAMES = words(`
  the a an another in on at by for from to of and or but if when while after before since until as this that
  these those there here it its he she they we i you his her their our my your who what which where
  how why according however meanwhile also yet so then now today yesterday tomorrow last next
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december share follow similar leave reply posts post
  surely without with about over under into through during against among between within whatever
  whenever wherever whoever because although though unless since once even still many some most all
  both every each no not only just yes correction update note editor's editors photo image getty
  despite amid amidst upon unlike following per via toward towards beyond throughout besides except
  regarding concerning neither either nor`);

export const MALE_PRONOUNS = words('he his him himself');
export const FEMALE_PRONOUNS = words('she her hers herself');

/** Words just before a quoted span that make it a title, not a quotation: `documentary titled “…”`. */
export const TITLE_CUES = words(`
  titled entitled called named dubbed headlined program programme show film documentary book series
  song album newspaper magazine column podcast episode movie report video segment slogan hashtag
  campaign operation
  novel memoir poem essay epic drama comedy thriller sitcom musical opera`); // (speak37) a work's genre: `the recent epic “Beowulf.”`

/** Words that may stand between a speaker and its verb: `Bukele also said`. */
export const ADVERBS = words(
  'also then later once again previously further separately recently quickly simply bluntly flatly firmly allegedly reportedly reportedly publicly privately',
);

/**
 * Words that make a capitalised run an organisation or a publication, never a person: "the New York
 * Times reports", "according to the Associated Press", "Fox News", "Reuters". A source that reports
 * is not the speaker of the quote it reports.
 */
export const ORGANIZATION_WORDS = words(`
  times post news journal press tribune herald gazette chronicle daily weekly magazine review network
  radio television tv channel agency wire dispatch bulletin observer guardian telegraph mail express
  reuters bloomberg politico axios cnn msnbc npr bbc pbs abc cbs nbc ap afp efe upi dpa xinhua
  associated ministry department office committee commission party campaign company corporation
  inc corp co cos plc llc ltd group university college institute foundation council court senate house congress
  parliament government administration police army navy embassy agency bureau fbi cia pentagon
  facebook twitter instagram youtube tiktok nasa fda cdc nato epa fcc ftc sec irs doj dhs nba nfl mlb nhl
  fifa uefa service services offices school schools hospital bank research centre center street
  studies media show assembly legislature association organization organisation federation coalition caucus alliance authority`);

/** Words before a title that still belong to the speaker phrase: "former Vice President Dick Cheney". */
export const TITLE_MODIFIERS = words('former late acting deputy interim then outgoing incoming retired ex state');

/**
 * (speak57b) Nations, one a line: the nouns naming one of its people ("the Greek said", "said the American"), then after "|" the
 * other words that tie a person to it ("Italy's Simone Bolelli", "Bondarenko of Ukraine", "Russian Anna Petrova").
 */
export const NATIONS = `american|america us u.s usa
briton brit englishman scot scotsman welshman|british britain england english scotland scottish wales welsh uk
irishman|irish ireland
greek|greece
serb serbian|serbia
croat croatian|croatia
spaniard|spain spanish
frenchman frenchwoman|france french
german|germany
italian|italy
russian|russia
australian aussie|australia
canadian|canada
dane|denmark danish
swede|sweden swedish
norwegian|norway
finn|finland finnish
pole|poland polish
czech|czechia
hungarian|hungary
ukrainian|ukraine
argentine argentinian|argentina
brazilian|brazil
mexican|mexico
israeli|israel
iranian|iran
turk|turkey turkish
dutchman|netherlands holland dutch
belgian|belgium
austrian|austria
kiwi|zealand`
  .split('\n')
  .map((line) => line.split('|').map(words) as [Set<string>, Set<string>]);
