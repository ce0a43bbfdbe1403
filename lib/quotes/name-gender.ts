/**
 * Given names and the gender news text shows for them, counted by bench/fit-name-gender.ts (speak15) on PolNeAR train,
 * ECB+ and NewsWCL50: a name read one way in at least 2 articles, 70% of them. A weak prior for pronouns only
 * (lib/quotes/speakers.ts findGenders): anything the article itself says about the person outweighs it. Generated: do not edit.
 */
export const MALE_FIRST_NAMES = `
  abraham adam adrian al alan alejandro alex andrew andy anthony ben benjamin bill bob bobby brad brent brian
  bruce bryan carl carlos charles charlie chris christian christopher chuck colin craig curt dan daniel danny
  dave david dean del dennis dirk don doug douglas duncan ed eddie edward elijah eric erik fox frank françois
  fred freddy gary gene george glenn gordon greg gregg gregory harry herbert heydar howard hugh isaac jackie
  jacob jaime jake jamal james jared jason jay jeb jeff jeffrey jerry jesse jim jimmy joe joel john jon jonathan
  jorge jose joseph josh juan justin ken kevin khaled kim kyle lance larry laurence lawrence leonard luis
  mahmoud malcolm marc mark martin marvin matt matthew maurice mehdi michael mike neil nick nigel omar pat
  patrick paul peter phil philip rabbi randy ray reggie reid richard rick rob robert rodney roger ron rory ross
  roy russ ryan sawarmi scott sean sheldon simon solomon south stanley stephen steve steven stuart thomas tim
  timothy todd tom tony trump united vincent warren wayne west william willie`;
export const FEMALE_FIRST_NAMES = `
  alice amanda angela ann anna ashley audrey betsy betty catherine chelsea christine dana deborah denise diane
  dorothy ellen erica helen ilene jan jane janette jenna jillian joyce karen kate katie kelly kristen laurie
  leslie maria mary michelle monica nancy nevada rachel rebecca sandra sara sarah susan theresa tina wendy`;
