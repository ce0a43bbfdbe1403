/**
 * audit30: a news agency's photo caption written as a sentence is no fact of the report (lib/engine/features.ts
 * `isPhotoCaption`, applied in `reportFeatures`): present tense, then the place and the caption's own full date
 * (weekday, month, day, year), often an agency credit, or the file-photo opener. A story's sentence that dates an
 * event keeps the date after its verb and stays a fact. Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { featuresOf, isPhotoCaption, reportFeatures } from '../../lib/engine/features';
import { ingestFile } from '../../lib/ingest';

const textFile = (id: string, paragraphs: string[]) => ingestFile({ name: `${id}.txt`, content: paragraphs.join('\n\n') }).articles[0]!;
const facts = (paragraphs: string[]) => {
  const a = textFile('t', paragraphs);
  return reportFeatures(a, featuresOf(a)).filter((f) => f.fact).map((f) => f.unit.text);
};

describe('agency photo captions (isPhotoCaption)', () => {
  it('takes the caption forms: a closing full date set off by a comma or a place, a credit, the file-photo opener', () => {
    expect(isPhotoCaption('A firefighter sprays water on a burning warehouse in Dunmore, Pennsylvania, Tuesday, March 8, 2016.')).toBe(true);
    expect(isPhotoCaption('A ferry leaves the harbour at dawn in Portree, Scotland Friday, June 3, 2011.')).toBe(true);
    expect(isPhotoCaption('The mayor speaks to reporters outside city hall, Monday, Oct. 5, 2015, in Dunmore, Pa.')).toBe(true);
    expect(isPhotoCaption('Volunteers stack sandbags along the river, Sunday, April 2, 2017 in Dunmore.')).toBe(true);
    expect(isPhotoCaption('The mayor waves to supporters at a rally. (AP Photo/Jane Roe)')).toBe(true);
    expect(isPhotoCaption('FILE - In this Jan. 9, 2012, file photo, the mayor leaves a courthouse in Dunmore.')).toBe(true);
    expect(isPhotoCaption('In this image taken from video, firefighters spray water on the warehouse roof.')).toBe(true);
  });

  it('keeps a sentence that dates an event after its verb, or gives no full date', () => {
    expect(isPhotoCaption('The warehouse first opened on Monday, May 3, 1999.')).toBe(false);
    expect(isPhotoCaption('Ann Lee, 81, of Dunmore, died Friday, May 20, 2016, in Scranton.')).toBe(false);
    expect(isPhotoCaption('Firefighters sprayed water on the burning warehouse in Dunmore on Tuesday.')).toBe(false);
    expect(isPhotoCaption('In this town, everyone knows the mayor by her first name.')).toBe(false);
  });

  it('the caption is not a fact of the report; the story around it is', () => {
    const story = [
      'A fire destroyed a warehouse in Dunmore on Tuesday, and two firefighters were treated for smoke.',
      'Fire chief Dan Ortiz said the blaze started in a loading bay.',
    ];
    const caption = 'A firefighter sprays water on a burning warehouse in Dunmore, Pennsylvania, Tuesday, March 8, 2016.';
    // The file opens with its headline (a text file's first line is its title).
    expect(facts(['Warehouse burns in Dunmore', story[0]!, caption, story[1]!])).toEqual(story);
  });

  it('another outlet is not said to leave out the photo caption', async () => {
    const wire = textFile('wire', [
      'Dunmore warehouse destroyed by fire',
      'A fire destroyed a warehouse in Dunmore on Tuesday, and two firefighters were treated for smoke inhalation.',
      'A firefighter sprays water on a burning warehouse in Dunmore, Pennsylvania, Tuesday, March 8, 2016.',
      'Fire chief Dan Ortiz said the blaze started in a loading bay at the back of the warehouse.',
      'The warehouse belonged to Keystone Paper, which said nobody was inside when the fire began.',
    ]);
    const paper = textFile('paper', [
      'Fire destroys Dunmore warehouse',
      'Two firefighters were treated for smoke inhalation after a fire destroyed a warehouse in Dunmore on Tuesday.',
      'The fire began in a loading bay at the back of the warehouse, fire chief Dan Ortiz said.',
      'Keystone Paper, which owned the warehouse, said nobody was inside when the fire started.',
    ]);
    const read = await compareArticle(wire, new MemoryIndex([paper]));
    expect(read.related.map((r) => r.id)).toEqual([paper.id]);
    expect(read.leftOut.map((l) => l.text)).not.toContain('A firefighter sprays water on a burning warehouse in Dunmore, Pennsylvania, Tuesday, March 8, 2016.');
  });
});
