import { describe, expect, it } from 'vitest';
import { entitiesOf, relationsOf } from '../helpers/annotated';

const typeOf = (marked: string, label: string) => entitiesOf(marked).find((entity) => entity.label === label)?.entityType;
const labels = (marked: string) => entitiesOf(marked).map((entity) => `${entity.label}:${entity.entityType}`);

describe('titles of works', () => {
  it('types a title after a genre noun as a work, whatever the recogniser made of it', () => {
    expect(typeOf("She played a nurse in {Mike Leigh|PERSON}'s latest film {Vera Drake|PERSON}.", 'Vera Drake')).toBe('WORK');
    expect(typeOf('She had a part in {ITV|ORGANIZATION} drama {Footballers|ORGANIZATION} Wives last year.', "Footballers' Wives")).toBeUndefined();
    expect(typeOf("She had a part in {ITV|ORGANIZATION} drama {Footballers' Wives|ORGANIZATION} last year.", "Footballers' Wives")).toBe('WORK');
  });

  it('reads a list of titles after a verb of appearing, splitting "and" before an article', () => {
    const found = labels('The actress, who appeared in {Brookside|LOCATION|0.45}, {My Family and A Touch of Frost|OTHER|0.7}, has died.');
    expect(found).toEqual(expect.arrayContaining(['Brookside:WORK', 'My Family:WORK', 'A Touch of Frost:WORK']));
    expect(labels('She also appeared in {The Rise|LOCATION|0.7} and {Fall of Little Voice|ORGANIZATION|0.7} at the theatre.')).toContain(
      'The Rise and Fall of Little Voice:WORK',
    );
  });

  it('reads titles listed after a genre noun, and a title that stars someone, keeping its article', () => {
    const listed = labels('He appeared in seven {Spike Lee|PERSON} movies, including School {Daze, Do the Right Thing and Jungle Fever|OTHER|0.6}.');
    expect(listed).toEqual(expect.arrayContaining(['School Daze:WORK', 'Do the Right Thing:WORK', 'Jungle Fever:WORK']));
    expect(labels('A Series of {Unfortunate Events|EVENT|0.6}, starring {Jim Carrey|PERSON}, took $30m.')).toContain('A Series of Unfortunate Events:WORK');
    expect(typeOf('{Jim Carrey|PERSON}, starring in the film, smiled.', 'Jim Carrey')).toBe('PERSON');
  });

  it('reads "It\'s" inside a title as a contraction, not the end of an owner', () => {
    expect(labels("The Band Aid song {Do They Know It|OTHER|0.6}'s {Christmas|EVENT|0.6}? went to number one.")).toContain("Do They Know It's Christmas:WORK");
    expect(labels("The Band Aid song {Do They Know It's Christmas|OTHER|0.9}? went to number one.")).toContain("Do They Know It's Christmas:WORK");
    // A real possessive still parts owner and owned.
    expect(labels("{Bolton's Muslim|GROUP} community was angry.")).toEqual(expect.arrayContaining(['Bolton:GROUP']));
  });

  it('leaves a place where the recogniser is sure of it, and the owner before a title alone', () => {
    expect(typeOf('The band appeared in {Paris|LOCATION} last night.', 'Paris')).toBe('LOCATION');
    expect(labels("She appeared alongside {Richard Wilson|PERSON} in {ITV|ORGANIZATION}'s {King of Fridges|LOCATION|0.4}.")).toEqual(
      expect.arrayContaining(['ITV:ORGANIZATION', 'King of Fridges:WORK']),
    );
  });

  it('takes a title as the subject of its own verb unless a sure person stands there', () => {
    expect(typeOf('Film sequel {Shrek|ORGANIZATION|0.37} 2 took three prizes.', 'Shrek 2')).toBe('WORK');
    expect(typeOf('The show {Jonathan Ross|PERSON} hosts is popular.', 'Jonathan Ross')).toBe('PERSON');
    expect(typeOf('Unlike others, Passion of the {Christ|GROUP|0.85} director {Mel Gibson|PERSON} will not campaign.', 'Passion of the Christ')).toBe('WORK');
  });

  it('finds a title before a creative role, and the same title elsewhere in the article', () => {
    const found = labels('Lord of the {Rings|OTHER} director {Peter Jackson|PERSON} is in {Sydney|LOCATION}. He visited a Lord of the {Rings|OTHER} exhibition.');
    expect(found).toContain('Lord of the Rings:WORK');
    expect(found).not.toContain('Rings:OTHER');
  });

  it('relates people to the works they appear in and make', () => {
    expect(relationsOf('The actress, who appeared in {Brookside|LOCATION|0.45}, {My Family and A Touch of Frost|OTHER|0.7}, has died.')).toEqual([]);
    expect(relationsOf('{Anna Keaveney|PERSON} appeared in {Brookside|LOCATION|0.45}, {My Family and A Touch of Frost|OTHER|0.7}.').sort()).toEqual([
      'Anna Keaveney -[appears in]-> A Touch of Frost',
      'Anna Keaveney -[appears in]-> Brookside',
      'Anna Keaveney -[appears in]-> My Family',
    ]);
    expect(relationsOf('Lord of the {Rings|OTHER} director {Peter Jackson|PERSON} spoke in {Sydney|LOCATION}.')).toContain(
      'Peter Jackson -[director of]-> Lord of the Rings',
    );
  });
});

describe('coined names', () => {
  it('takes words with inner capitals and web names for organisations, one entity with or without the ending', () => {
    const found = entitiesOf('{Scott Richter|PERSON}, the man behind OptInRealBig.com, said lawsuits had forced OptInRealBig into bankruptcy. {Ian McDonald|PERSON} and Jim MacLeod agreed.');
    expect(found.map((entity) => `${entity.label}:${entity.entityType}`)).toEqual(
      expect.arrayContaining(['Scott Richter:PERSON', 'Ian McDonald:PERSON']),
    );
    const business = found.filter((entity) => entity.entityType === 'ORGANIZATION');
    expect(business).toHaveLength(1);
    expect(business[0].mentions).toBe(2);
  });
});


describe('names of no known kind', () => {
  it('takes one for a title in an article about films or songs, and leaves it alone elsewhere', () => {
    const films = 'The film won two awards. {Boys Don\'t Cry|OTHER} was also praised, and the drama series did well.';
    expect(typeOf(films, "Boys Don't Cry")).toBe('WORK');
    const business = 'Shares rose on Monday. {Boys Don\'t Cry|OTHER} was also praised by analysts.';
    expect(typeOf(business, "Boys Don't Cry")).toBe('OTHER');
  });
});

describe('what is not a title', () => {
  it('leaves nationalities and hyphenated adjectives before a creative role alone', () => {
    const found = labels("{Oscar-winning|OTHER|0.5} director {Peter Jackson|PERSON} met British actress {Emma Thompson|PERSON}.");
    expect(found).not.toEqual(expect.arrayContaining([expect.stringMatching(/:WORK$/)]));
  });

  it('leaves a speaker after "show," a person, and ends a title before another owner\'s title', () => {
    expect(typeOf("Interviewed on {BBC Radio 2|ORGANIZATION}'s {Jeremy Vine|PERSON} show, Mr {Howard|PERSON} said he was sure.", 'Howard')).toBe('PERSON');
    expect(labels("Her latest book, {Harry Potter|PERSON} and the Half-Blood Prince, sold well.")).toContain('Harry Potter and the Half-Blood Prince:WORK');
    expect(labels("The soap beat fellow {ITV1|ORGANIZATION} show {Filthy Love|PERSON} and {Channel 4|ORGANIZATION}'s {Shameless|PERSON} to the prize.")).toEqual(
      expect.arrayContaining(['Filthy Love:WORK', 'Channel 4:ORGANIZATION']),
    );
  });
});

describe('titles named by their makers', () => {
  it('reads "Title by Maker" as a work, but not a place or a person before "by"', () => {
    expect(relationsOf('{Angels|ORGANIZATION|0.6} by {Robbie Williams|PERSON} is the song Britons would most like played at their funeral.')).toContain(
      'Angels -[by]-> Robbie Williams',
    );
    expect(typeOf('{Angels|ORGANIZATION|0.6} by {Robbie Williams|PERSON} topped the poll.', 'Angels')).toBe('WORK');
    expect(typeOf('Chelsea were beaten at {Anfield|LOCATION|0.8} by {Liverpool|ORGANIZATION}.', 'Anfield')).toBe('LOCATION');
  });

  it('reads "Artist\'s Title" as a work only in an article about songs, films or books', () => {
    const chart =
      "{Frank Sinatra|PERSON}'s {My Way|OTHER|0.5} was second in the song poll, ahead of {Led Zeppelin|PERSON}'s {Stairway|OTHER|0.5} to {Heaven|LOCATION|0.6}. Every song was a hit.";
    expect(relationsOf(chart)).toEqual(expect.arrayContaining(['Frank Sinatra -[records song]-> My Way', 'Led Zeppelin -[records song]-> Stairway to Heaven']));
    expect(typeOf("{Britain|LOCATION}'s {Mark Lewis-Francis|PERSON} won the relay.", 'Mark Lewis-Francis')).toBe('PERSON');
    expect(typeOf("{Tony Blair|PERSON}'s {Third Way|OTHER|0.5} lost its shine in the election.", 'Third Way')).toBe('OTHER');
  });

  it('reads a camel-case product after a possessive as a work its owner makes', () => {
    expect(relationsOf("Gracenote provides information for jukeboxes such as {Apple|ORGANIZATION}'s iTunes.")).toContain('Apple -[makes]-> iTunes');
  });

  it('reads a name between "the" and its kind of product as a work, unless the recogniser is sure of a maker', () => {
    const found = labels(
      'It works within the {Internet Explorer|ORGANIZATION|0.8} browser, the {Outlook|ORGANIZATION|0.7} e-mail program and the {Tiger|PERSON|0.6} operating system.',
    );
    expect(found).toEqual(expect.arrayContaining(['Internet Explorer:WORK', 'Outlook:WORK', 'Tiger:WORK']));
    expect(typeOf('Owners of the {Nokia|ORGANIZATION|0.99} handset were warned.', 'Nokia')).toBe('ORGANIZATION');
  });
});

describe('works described in apposition', () => {
  it('reads who stars in a work and whose a work is', () => {
    expect(
      relationsOf('The festival opens with {Man To Man|WORK}, a historical epic starring {Joseph Fiennes|PERSON} and {Kristin Scott-Thomas|PERSON}.'),
    ).toEqual(['Joseph Fiennes -[stars in]-> Man To Man', 'Kristin Scott-Thomas -[stars in]-> Man To Man']);
    expect(relationsOf("{Strong Medicine|WORK}, {Arthur Hailey|PERSON}'s blockbuster about drugs, was filmed.")).toEqual(['Arthur Hailey -[makes blockbuster]-> Strong Medicine']);
    // A name after the apposition has closed is in the rest of the sentence, not in the cast.
    expect(relationsOf('{Joey|WORK}, starring {Matt LeBlanc|PERSON}, beat a show by {Ricky Gervais|PERSON}.')).not.toContain('Ricky Gervais -[stars in]-> Joey');
  });
});

