/**
 * Words that stand before a person's name as a title: courtesy titles, ranks, offices. A closed
 * class like a stop-word list; it lets the model treat BBC abbreviations it never saw in
 * Reuters text ("Ch Supt", "Cllr", "Det Insp") like the titles it did see ("Gen.", "President").
 */
const TITLES = new Set(
  (
    'mr mrs ms miss mx dr prof sir dame lord lady rev revd fr sr st ' +
    'capt col gen lt maj sgt cpl pte adm cmdr brig cdr ' +
    'ch supt insp det con pc dc ds di dci dcs dsupt acc cc chief constable superintendent inspector sergeant detective ' +
    'cllr councillor mp mep msp mla am qc kc mayor governor gov sen rep senator congressman congresswoman ' +
    'president vice premier chancellor minister secretary ambassador envoy commissioner spokesman spokeswoman ' +
    'king queen prince princess emperor sheikh pope cardinal archbishop bishop imam rabbi ' +
    'judge justice coach manager chairman chairwoman chief executive director professor doctor'
  ).split(' '),
);

/** Whether a word (in normal form: lower case, final dot dropped) is a title. */
export function isTitle(normal: string): boolean {
  return TITLES.has(normal);
}
