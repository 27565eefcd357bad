const PRONOUNS = new Set([
  'i', 'me', 'my', 'mine', 'myself',
  'we', 'us', 'our', 'ours', 'ourselves',
  'you', 'your', 'yours', 'yourself', 'yourselves',
  'he', 'him', 'his', 'himself',
  'she', 'her', 'hers', 'herself',
  'it', 'its', 'itself',
  'they', 'them', 'their', 'theirs', 'themselves',
  'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those',
]);

/** True for a personal, possessive, reflexive, relative or demonstrative pronoun: never an alias. */
export function isPronoun(surface: string): boolean {
  return PRONOUNS.has(surface.trim().toLowerCase());
}
