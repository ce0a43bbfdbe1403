/**
 * An editor's words in a quotation are not the speaker's (conf58): words in brackets left out of a change ("notification
 * from [the water board]" / "notification"), and a word the editor marks "sic" read as written by its source ("everone
 * [sic]" / "everyone", "hear (sic)" / "here"). Each makes no card; a content word changed beside a bracket still does.
 * Text written for the tests: a town's water is declared unsafe.
 */
import { describe } from 'vitest';
import { noCardButGuard } from '../data/engine/no-card';
import { quoteCardsBetween } from '../data/engine/sentence-article';

const quoteCards = quoteCardsBetween(
  ['The town of Harlow told residents on Monday to boil their tap water until further notice.'],
  ['Schools in the valley stayed open and handed out bottled water to pupils.'],
  'Harlow water unsafe',
);

describe("an editor's bracket or sic in a quotation is not the speaker's word", () => {
  noCardButGuard(
    quoteCards,
    [
      [
        'a phrase in brackets on one side, none on the other',
        '“We have no official notification from [the water board] that the wells are poisoned,” said Mara Quill, the mayor.',
        '“We have no official notification that the wells are poisoned,” said Mara Quill, the mayor.',
      ],
      [
        'a misspelling marked [sic]',
        '“You do not have to be scared because I know that everyone in the town feels the same way,” said Mara Quill, the mayor.',
        '“You do not have to be scared because I know that everone [sic] in the town feels the same way,” said Mara Quill, the mayor.',
      ],
      [
        'a word marked (sic)',
        '“You only need to be here a very short while to know the pipes are old,” said Mara Quill, the mayor.',
        '“You only need to be hear (sic) a very short while to know the pipes are old,” said Mara Quill, the mayor.',
      ],
    ],
    [
      'a content word changed beside a bracket is still told',
      '“We have no official notification from [the water board] that the wells on the east side of the town are poisoned,” said Mara Quill, the mayor.',
      '“We have no official notification that the wells on the east side of the town are contaminated,” said Mara Quill, the mayor.',
    ],
  );
});
