import { describe, expect, it } from 'vitest';
import { entitiesOf, relationsOf } from '../helpers/annotated';

const ARTICLE = `{Rotherham Muslim Community Forum Alliance|ORGANIZATION} (RMCFA) announced it would "cut all lines of engagement" with {South Yorkshire Police|ORGANIZATION}.

Police are seeking urgent talks over a boycott of the force.

{Ch Supt Jason Harwin|PERSON} said he was "surprised". {Ch Supt Harwin|PERSON} agreed that hate crimes had increased.

{RMCFA|ORGANIZATION} accused {South Yorkshire Police|ORGANIZATION} of deflecting attention. It said: "The force must listen."

The alliance said the report was being used against it.`;

describe('entities', () => {
  const entities = entitiesOf(ARTICLE);
  const byLabel = new Map(entities.map((entity) => [entity.label, entity]));

  it('merges an acronym with its expansion and labels the entity with the full name', () => {
    const alliance = byLabel.get('Rotherham Muslim Community Forum Alliance');
    expect(alliance?.aliases).toContain('RMCFA');
    expect(entities.filter((entity) => entity.label === 'RMCFA')).toHaveLength(0);
  });

  it('merges title + surname with the full name, keeps titles as aliases and the role as description', () => {
    const harwin = byLabel.get('Jason Harwin');
    expect(harwin?.aliases).toEqual(expect.arrayContaining(['Harwin', 'Ch Supt Jason Harwin', 'Ch Supt Harwin']));
    expect(harwin?.description).toBe('Chief Superintendent');
    expect(harwin?.aliases).not.toContain('he');
  });

  it('resolves "the force" and "Police" to the police service, "the alliance" by its name', () => {
    expect(byLabel.get('South Yorkshire Police')?.aliases).toEqual(expect.arrayContaining(['Police', 'the force']));
    expect(byLabel.get('Rotherham Muslim Community Forum Alliance')?.aliases).toContain('The alliance');
  });

  it('counts pronoun mentions: "he" for Harwin, "it" for the alliance outside quotations only', () => {
    // Jason Harwin: full name, "he", "Ch Supt Harwin".
    expect(byLabel.get('Jason Harwin')?.mentions).toBe(3);
    // The alliance: name, RMCFA, "it" (announced it would), RMCFA, "It said", "The alliance", "against it" —
    // but not "The force" inside the quotation, which is the police.
    expect(byLabel.get('Rotherham Muslim Community Forum Alliance')?.mentions).toBe(7);
    expect(byLabel.get('South Yorkshire Police')?.mentions).toBe(5);
  });

  it('keeps different people with one surname apart and joins the surname to the nearer one', () => {
    const people = entitiesOf(
      '{John Smith|PERSON} runs the bakery. His sister {Jane Smith|PERSON} runs the cafe. {Smith|PERSON} said the cafe was busy.',
    ).filter((entity) => entity.entityType === 'PERSON');
    // John Smith and "His"; Jane Smith and the later "Smith".
    expect(people.map((person) => [person.label, person.mentions, person.aliases])).toEqual([
      ['John Smith', 2, []],
      ['Jane Smith', 2, ['Smith']],
    ]);
  });

  it('merges the short and long forms of an organisation and plural forms of a party', () => {
    const labels = entitiesOf(
      "{Yukos|ORGANIZATION}' owner {Menatep Group|ORGANIZATION} will sue. Rosneft will act against {Menatep|ORGANIZATION}. The {Liberal Democrats|ORGANIZATION} objected, and {Liberal Democrat|ORGANIZATION} leaders said so.",
    ).map((entity) => entity.label);
    expect(labels.filter((label) => label.startsWith('Menatep'))).toEqual(['Menatep Group']);
    expect(labels.filter((label) => label.startsWith('Liberal'))).toEqual(['Liberal Democrats']);
  });

  it('leaves "it" unlinked when the sentence offers several candidates and none is the subject', () => {
    const found = entitiesOf(
      '{Vakas Hussain|PERSON} of {British Muslim Youth|ORGANIZATION}, one of the groups in the {Alliance|ORGANIZATION}, said it was a drastic step.',
    );
    expect(found.find((entity) => entity.label === 'British Muslim Youth')?.mentions).toBe(1);
  });
});

describe('names the recogniser was unsure of', () => {
  it('finds a lone word everywhere once the recogniser took it twice as the same kind of name', () => {
    const found = entitiesOf(
      '{Borders|ORGANIZATION|0.6} lost at home. {Ulster|ORGANIZATION} beat {Borders|ORGANIZATION|0.58} again. A late try by Borders substitute {Jonny Weston|PERSON} came too late.',
    );
    expect(found.find((entity) => entity.label === 'Borders')?.mentions).toBe(3);
  });

  it('keeps a person a person when the recogniser typed the bare surname as an organisation', () => {
    const found = entitiesOf(
      'Greek sprinters {Kostas Kenteris|PERSON} and {Katerina Thanou|PERSON|0.91} may be banned. {Thanou|ORGANIZATION|0.4} denies it. {Thanou|ORGANIZATION|0.44} will appeal. {Thanou|ORGANIZATION|0.43} is confident. {Thanou|ORGANIZATION|0.59} waits.',
    );
    expect(found.find((entity) => entity.label === 'Katerina Thanou')?.entityType).toBe('PERSON');
  });

  it('takes "Tate" for "Tate & Lyle"', () => {
    const found = entitiesOf("{Tate & Lyle|ORGANIZATION} returned to growth. {Tate|ORGANIZATION}'s shares have leapt 55%.");
    expect(found.filter((entity) => entity.entityType === 'ORGANIZATION').map((entity) => entity.label)).toEqual(['Tate & Lyle']);
  });
});

describe('political parties', () => {
  it('takes "Tory", "Conservative" and "the Conservatives" for one party, also where the recogniser missed the adjective', () => {
    const found = entitiesOf(
      'The report was welcomed by Conservative shadow pensions secretary {David Willetts|PERSON}. He pointed to {Tory|GROUP} plans. The {Conservatives|ORGANIZATION} want lower taxes.',
    );
    const parties = found.filter((entity) => entity.entityType === 'ORGANIZATION');
    expect(parties).toHaveLength(1);
    expect(parties[0].mentions).toBe(3);
    const libDems = entitiesOf('On Monday Lib {Dem|ORGANIZATION} committee chairman {Alan Beith|PERSON} warned ministers. The {Lib Dems|ORGANIZATION} agreed.');
    expect(libDems.filter((entity) => entity.entityType === 'ORGANIZATION').map((entity) => [entity.label, entity.mentions])).toEqual([['Lib Dem', 2]]);
    expect(relationsOf('The report was welcomed by Conservative shadow pensions secretary {David Willetts|PERSON}.')).toEqual([
      'David Willetts -[shadow pensions secretary of]-> Conservative',
    ]);
  });
});

describe('bodies the recogniser took for people', () => {
  it('takes a one-word "person" that holds staff and is never given a first name or title for a body', () => {
    const found = entitiesOf(
      '{Google|PERSON} will scan the books. "The goal is to unlock information," said {Susan Wojcicki|PERSON}, director of product management at {Google|PERSON}. {Google|PERSON} said so.',
    );
    expect(found.find((entity) => entity.label === 'Google')?.entityType).toBe('ORGANIZATION');
    // A person named in full stays a person, whoever else works "at" somewhere in the sentence.
    expect(entitiesOf('{Smith|PERSON} joined {Jones|PERSON}. Head of research at {Smith|PERSON}, {John Smith|PERSON}, said so.').find((e) => e.label === 'John Smith')?.entityType).toBe('PERSON');
  });

  it('takes "Federated" for "Federated Department Stores", but not "Sony" for "Sony Pictures"', () => {
    const labels = (marked: string) => entitiesOf(marked).map((entity) => entity.label);
    expect(labels('{Federated Department Stores|ORGANIZATION} is buying its rival. {Federated|ORGANIZATION} owns Macy\'s.')).toEqual(['Federated Department Stores']);
    expect(labels('{Sony Pictures|ORGANIZATION} made the film. {Sony|ORGANIZATION} makes televisions.')).toEqual(['Sony Pictures', 'Sony']);
  });
});

describe('groups of a place', () => {
  it('takes "Rotherham Muslims" for the Muslim community of an article about Rotherham, not "British Muslims" elsewhere', () => {
    const groups = (marked: string) => entitiesOf(marked).filter((entity) => entity.entityType === 'GROUP').map((entity) => entity.label);
    expect(groups('The {Muslim community|GROUP} met in {Rotherham|LOCATION}. {Rotherham Muslims|GROUP} felt demonised.')).toEqual(['Muslim community']);
    expect(groups('The {Muslim community|GROUP} met. {British Muslims|GROUP} felt demonised.')).toEqual(['Muslim community', 'British Muslims']);
  });
});

describe('given names with titles', () => {
  it('keeps "Prince Charles" apart from Charles Kennedy, but "Sir Elton" is Sir Elton John', () => {
    const labels = (marked: string) => entitiesOf(marked).filter((entity) => entity.entityType === 'PERSON').map((entity) => entity.label);
    expect(labels('Lib Dem leader {Charles Kennedy|PERSON} spoke. Prince {Charles|PERSON} will marry. Mr {Kennedy|PERSON} agreed.')).toEqual(['Charles Kennedy', 'Charles']);
    expect(labels('Sir {Elton John|PERSON} sang. Sir {Elton|PERSON} said so.')).toEqual(['Elton John']);
  });
});

describe('acronyms of places', () => {
  it('keeps "US" apart from a body whose initials it spells', () => {
    const entities = entitiesOf('{Universal Studio|ORGANIZATION} had a good year. {GE|ORGANIZATION} is the {US|LOCATION} firm that owns it.');
    expect(entities.find((entity) => entity.label === 'Universal Studio')?.aliases).not.toContain('US');
    expect(entities.find((entity) => entity.label === 'US')?.entityType).toBe('LOCATION');
  });
});

describe('acronyms in title case', () => {
  it('takes "(Wada)" after "World Anti-Doping Agency" for the same body', () => {
    const found = entitiesOf('The {World Anti-Doping Agency|ORGANIZATION} (Wada) will appeal. {Wada|ORGANIZATION} chairman {Dick Pound|PERSON} said so.');
    expect(found.filter((entity) => entity.entityType === 'ORGANIZATION').map((entity) => [entity.label, entity.mentions])).toEqual([['World Anti-Doping Agency', 3]]);
  });
});


describe('nominal references to kinds of body', () => {
  const aliasesOf = (marked: string, label: string) => entitiesOf(marked).find((entity) => entity.label === label)?.aliases ?? [];

  it('does not take "the court" or "the bank" for a department or the Senate, whose names say what they are', () => {
    expect(aliasesOf('The {US Justice Department|ORGANIZATION} appealed on Tuesday. The court will hear the case in March.', 'US Justice Department')).not.toContain('The court');
    expect(aliasesOf('The {Senate|ORGANIZATION} questioned the lender. The bank said the tapes were lost.', 'Senate')).not.toContain('The bank');
  });

  it('still takes "the company" for a firm and "the organisation" for a council', () => {
    expect(aliasesOf('{Fiat|ORGANIZATION} reported a loss on Monday. The company blamed weak sales.', 'Fiat')).toContain('The company');
    expect(aliasesOf('{Andrea Arnold|PERSON} was praised by the {UK Film Council|ORGANIZATION}, the organisation which funded her film.', 'UK Film Council')).toContain('the organisation');
  });

  it('takes a nominal in apposition for the name before it, not the subject', () => {
    const marked = '{Fosters|ORGANIZATION} bought the stake from {Reline Investments|ORGANIZATION}, the family investment firm for the Oatleys.';
    expect(aliasesOf(marked, 'Reline Investments')).toContain('the family investment firm');
    expect(aliasesOf(marked, 'Fosters')).toEqual([]);
  });

  it('reads "the council tax" and "the department store" as nouns modifying another, not as references', () => {
    expect(aliasesOf('{Labour|ORGANIZATION} has set up a review of the council tax system.', 'Labour')).toEqual([]);
    expect(aliasesOf('{Federated Department Stores|ORGANIZATION} will become the largest department store chain.', 'Federated Department Stores')).not.toContain('the largest department');
  });
});

describe('"it" carrying on the topic', () => {
  const mentionsOf = (marked: string, label: string) => entitiesOf(marked).find((entity) => entity.label === label)?.mentions;

  it('takes a sentence-opening "it" for the body the last two sentences are about', () => {
    const marked =
      'The {MPAA|ORGANIZATION} said it had launched a second round of legal action across the {US|LOCATION}. Its first lawsuits were filed in November. It also started a campaign against file-sharing networks.';
    // The name, "it had launched", "Its first lawsuits" and "It also started".
    expect(mentionsOf(marked, 'MPAA')).toBe(4);
  });

  it('takes a sentence-opening "it" for the only body of the sentence before, though not its subject', () => {
    const marked = 'Also showing is an Iraqi offering entitled {Underexposure|WORK}, set in {Baghdad|LOCATION}. It centres on families under siege.';
    expect(mentionsOf(marked, 'Underexposure')).toBe(2);
    const two = 'The festival shows {Underexposure|WORK} and {Hero|WORK}. It centres on families under siege.';
    expect(mentionsOf(two, 'Underexposure')).toBe(1);
  });

  it('leaves an "it" that stands for the clause after it', () => {
    const marked = 'The {MPAA|ORGANIZATION} sued ten people across the {US|LOCATION}. Its lawyers were busy. It is not known whether more will follow.';
    expect(mentionsOf(marked, 'MPAA')).toBe(2);
  });
});

describe('speakers of quotations', () => {
  it('never takes a number after "said" for the speaker, and gives "our" to the speaker quoted before', () => {
    const entities = entitiesOf('{British Muslim Youth|ORGANIZATION} announced a boycott. The statement said 14 marches had "zapped poison into our community".');
    expect(entities.map((entity) => `${entity.label}: ${entity.mentions}`)).toEqual(['British Muslim Youth: 2', '14: 1']);
  });
});

describe('"the show" for the one work an article names', () => {
  const aliasesOf = (marked: string, label: string) => entitiesOf(marked).find((entity) => entity.label === label)?.aliases ?? [];
  const filler = 'Viewing figures rose. The judges were pleased. The final was watched by millions. Advertisers were delighted. ';

  it('takes "the show" for the only work named so far, however far back', () => {
    const marked = `{ITV|ORGANIZATION} has recommissioned {The X Factor|WORK} for a new run. ${filler}Its controller said she had no hesitation in recommissioning the show.`;
    expect(aliasesOf(marked, 'The X Factor')).toContain('the show');
  });

  it('leaves "the show" alone when two works were named, and "the report" whatever was named', () => {
    const two = `{ITV|ORGANIZATION} has recommissioned {The X Factor|WORK} and {Pop Idol|WORK}. ${filler}Its controller said she had no hesitation in recommissioning the show.`;
    expect(entitiesOf(two).flatMap((entity) => entity.aliases)).not.toContain('the show');
    const report = '{ITV|ORGANIZATION} has recommissioned {The X Factor|WORK}. Its controller published the report.';
    expect(aliasesOf(report, 'The X Factor')).not.toContain('the report');
  });
});

describe('people referred to by age', () => {
  const aliasesOf = (marked: string, label: string) => entitiesOf(marked).find((entity) => entity.label === label)?.aliases ?? [];

  it('takes "the 29-year-old" for the person given that age, wherever they were named', () => {
    const marked =
      '{Susan Chepkemei|PERSON}, 29, was banned. {Paula Radcliffe|PERSON} won again. Officials met on Monday. The 29-year-old finished second last year.';
    expect(aliasesOf(marked, 'Susan Chepkemei')).toContain('The 29-year-old');
    expect(aliasesOf(marked, 'Paula Radcliffe')).not.toContain('The 29-year-old');
  });

  it('takes an age with a role for the only person of the sentence before, and never an age for a name', () => {
    const marked = '{Gray|PERSON} was hurt in club action. The 26-year-old flanker will miss the match against {Wales|LOCATION}.';
    expect(aliasesOf(marked, 'Gray')).toContain('The 26-year-old flanker');
    const described = '{Juninho|PERSON} joined from {Lyon|ORGANIZATION}. The 31-year-old defensive midfielder signed a deal.';
    expect(aliasesOf(described, 'Juninho')).toContain('The 31-year-old defensive midfielder');
    const ageAsName = entitiesOf('{Kevin Bacon|PERSON} was there. The {29-year-old|PERSON} said nothing.');
    expect(ageAsName.map((entity) => entity.label)).toEqual(['Kevin Bacon']);
  });

  it('leaves an age alone when the sentence before names two people or another age', () => {
    expect(aliasesOf('{Blair|PERSON} met {Brown|PERSON}. The 50-year-old left early.', 'Blair')).not.toContain('The 50-year-old');
    expect(aliasesOf('{Mike Skinner|PERSON}, 24, ran well. The 30-year-old finished last.', 'Mike Skinner')).not.toContain('The 30-year-old');
  });
});
