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
/** Each line is (or, for notCaptions, is not) a photo caption; a failure names the line. */
const captions = (lines: string[]) => lines.forEach((line) => expect(isPhotoCaption(line), line).toBe(true));
const notCaptions = (lines: string[]) => lines.forEach((line) => expect(isPhotoCaption(line), line).toBe(false));
const facts = (paragraphs: string[]) => {
  const a = textFile('t', paragraphs);
  return reportFeatures(a, featuresOf(a)).filter((f) => f.fact).map((f) => f.unit.text);
};

describe('agency photo captions (isPhotoCaption)', () => {
  it('takes the caption forms: a closing full date set off by a comma or a place, a credit, the file-photo opener', () => {
    captions([
      'A firefighter sprays water on a burning warehouse in Dunmore, Pennsylvania, Tuesday, March 8, 2016.',
      'A ferry leaves the harbour at dawn in Portree, Scotland Friday, June 3, 2011.',
      'The mayor speaks to reporters outside city hall, Monday, Oct. 5, 2015, in Dunmore, Pa.',
      'Volunteers stack sandbags along the river, Sunday, April 2, 2017 in Dunmore.',
      'The mayor waves to supporters at a rally. (AP Photo/Jane Roe)',
      'FILE - In this Jan. 9, 2012, file photo, the mayor leaves a courthouse in Dunmore.',
      'In this image taken from video, firefighters spray water on the warehouse roof.',
    ]);
  });

  it('keeps a sentence that dates an event after its verb, or gives no full date', () => {
    notCaptions([
      'The warehouse first opened on Monday, May 3, 1999.',
      'Ann Lee, 81, of Dunmore, died Friday, May 20, 2016, in Scranton.',
      'Firefighters sprayed water on the burning warehouse in Dunmore on Tuesday.',
      'In this town, everyone knows the mayor by her first name.',
    ]);
  });

  it('cards31: takes the caption written "in <Place> on <date>" only in its present tense', () => {
    captions([
      'Volunteers stack sandbags along the river in Dunmore on Sunday, April 2, 2017.',
      'The mayor greets supporters at a rally in Dunmore on Monday, Oct. 5, 2015. (AP Photo/Jane Roe)',
      'A lone lamp post beside the old mill in Dunmore on Saturday, Jan. 7, 2017.',
    ]);
    // A story dates a past (or coming) event the same way, in the past, the perfect or the future.
    notCaptions([
      'Ann Lee, 81, died at her home in Scranton on Friday, May 20, 2016.',
      'Two men were arrested after a robbery in Dunmore on Sunday, April 2, 2017.',
      'Police responded to a call at a home in Dunmore on Sunday, April 2, 2017.',
      'The couple met at a dance in Scranton on Friday, June 3, 1960.',
      'A memorial service will take place in Dunmore on Saturday, May 28, 2016.',
      'Funeral arrangements have been made for a service in Dunmore on Saturday, May 28, 2016.',
    ]);
  });

  it('cards31: takes a unit opening with an image label or a picture credit, not a sentence that names one', () => {
    captions([
      'Image caption Volunteers stacked sandbags along the river overnight',
      'Image copyright Jane Roe Image caption The old mill before the fire',
      'Image 3 of 12 Firefighters spray water on the warehouse roof.',
      'Image 1 of / 12 Caption Close Image 1 of 12 Firefighters spray water on the warehouse roof.',
      'Photo: Jane Roe, Dunmore Gazette The warehouse after the fire.',
      'Caption Firefighters battled the blaze for six hours.',
      'Buy Photo Firefighters spray water on the warehouse roof.',
      'Jane Roe/AP Firefighters spray water on the warehouse roof.',
      'AFP/Getty Images Volunteers stack sandbags along the river.',
      'Jane Roe / AFP / Getty Images The mayor waves to supporters at a rally.',
      'Jane Roe / Reuters file The old mill is seen in December.',
      'By Jane Roe/Reuters.',
      'Warehouse burns in Dunmore 1 / 5 Back to Gallery',
    ]);
    notCaptions([
      'Photographs of the fire spread quickly on social media.',
      'Images from the scene showed the roof had collapsed.',
      'Credit card data of 40 customers was stolen, the company said.',
      'Reuters journalists saw smoke rising from the warehouse.',
      'An Ipsos/Reuters poll found 52% support for the plan.',
      'Dunmore Gazette/Reuters polling found 52% support for the plan.',
    ]);
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
