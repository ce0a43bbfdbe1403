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

  it('cards31: takes the caption written "in <Place> on <date>" only in its present tense', () => {
    expect(isPhotoCaption('Volunteers stack sandbags along the river in Dunmore on Sunday, April 2, 2017.')).toBe(true);
    expect(isPhotoCaption('The mayor greets supporters at a rally in Dunmore on Monday, Oct. 5, 2015. (AP Photo/Jane Roe)')).toBe(true);
    expect(isPhotoCaption('A lone lamp post beside the old mill in Dunmore on Saturday, Jan. 7, 2017.')).toBe(true);
    // A story dates a past (or coming) event the same way, in the past, the perfect or the future.
    expect(isPhotoCaption('Ann Lee, 81, died at her home in Scranton on Friday, May 20, 2016.')).toBe(false);
    expect(isPhotoCaption('Two men were arrested after a robbery in Dunmore on Sunday, April 2, 2017.')).toBe(false);
    expect(isPhotoCaption('Police responded to a call at a home in Dunmore on Sunday, April 2, 2017.')).toBe(false);
    expect(isPhotoCaption('The couple met at a dance in Scranton on Friday, June 3, 1960.')).toBe(false);
    expect(isPhotoCaption('A memorial service will take place in Dunmore on Saturday, May 28, 2016.')).toBe(false);
    expect(isPhotoCaption('Funeral arrangements have been made for a service in Dunmore on Saturday, May 28, 2016.')).toBe(false);
  });

  it('cards31: takes a unit opening with an image label or a picture credit, not a sentence that names one', () => {
    expect(isPhotoCaption('Image caption Volunteers stacked sandbags along the river overnight')).toBe(true);
    expect(isPhotoCaption('Image copyright Jane Roe Image caption The old mill before the fire')).toBe(true);
    expect(isPhotoCaption('Image 3 of 12 Firefighters spray water on the warehouse roof.')).toBe(true);
    expect(isPhotoCaption('Image 1 of / 12 Caption Close Image 1 of 12 Firefighters spray water on the warehouse roof.')).toBe(true);
    expect(isPhotoCaption('Photo: Jane Roe, Dunmore Gazette The warehouse after the fire.')).toBe(true);
    expect(isPhotoCaption('Caption Firefighters battled the blaze for six hours.')).toBe(true);
    expect(isPhotoCaption('Buy Photo Firefighters spray water on the warehouse roof.')).toBe(true);
    expect(isPhotoCaption('Jane Roe/AP Firefighters spray water on the warehouse roof.')).toBe(true);
    expect(isPhotoCaption('AFP/Getty Images Volunteers stack sandbags along the river.')).toBe(true);
    expect(isPhotoCaption('Jane Roe / AFP / Getty Images The mayor waves to supporters at a rally.')).toBe(true);
    expect(isPhotoCaption('Jane Roe / Reuters file The old mill is seen in December.')).toBe(true);
    expect(isPhotoCaption('By Jane Roe/Reuters.')).toBe(true);
    expect(isPhotoCaption('Warehouse burns in Dunmore 1 / 5 Back to Gallery')).toBe(true);
    expect(isPhotoCaption('Photographs of the fire spread quickly on social media.')).toBe(false);
    expect(isPhotoCaption('Images from the scene showed the roof had collapsed.')).toBe(false);
    expect(isPhotoCaption('Credit card data of 40 customers was stolen, the company said.')).toBe(false);
    expect(isPhotoCaption('Reuters journalists saw smoke rising from the warehouse.')).toBe(false);
    expect(isPhotoCaption('An Ipsos/Reuters poll found 52% support for the plan.')).toBe(false);
    expect(isPhotoCaption('Dunmore Gazette/Reuters polling found 52% support for the plan.')).toBe(false);
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
