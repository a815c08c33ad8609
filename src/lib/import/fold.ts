/**
 * Folding text for comparisons that must not care about script, case,
 * accents or punctuation: «Красный Крест», "KRASNYJ krest" and Serbian
 * Cyrillic «Црвени крст» / Latin "Crveni krst" each fold to one spelling.
 */
/**
 * One Latin letter (or two) per Cyrillic letter, chosen so that Russian,
 * Serbian Cyrillic and Serbian Latin spellings of a word meet once Latin
 * diacritics are dropped: ш and š both become s, ц and c both c, ј and й j.
 */
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  'а=a б=b в=v г=g д=d ђ=dj е=e ё=e ж=z з=z и=i й=j ј=j к=k л=l љ=lj м=m н=n њ=nj о=o п=p р=r с=s т=t ћ=c у=u ф=f х=h ц=c ч=c џ=dz ш=s щ=s ъ= ы=y ь= э=e ю=ju я=ja і=i ў=u є=je ї=ji'
    .split(' ')
    .map((pair) => pair.split('=')),
);

/** Lower-case Latin words without diacritics, separated by single spaces: the same for «Шприц», "Špric" and "шприц". */
export function fold(text: string): string {
  return [...text.toLowerCase()]
    .map((char) => CYRILLIC_TO_LATIN[char] ?? char)
    .join('')
    .replace(/đ/g, 'dj')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Letter pairs of a folded text with their counts, for the Dice similarity. */
export type Bigrams = Map<string, number>;

/** The letter pairs of a folded text (spaces ignored). */
export function bigrams(text: string): Bigrams {
  const pairs = new Map<string, number>();
  const compact = text.replace(/ /g, '');
  for (let index = 0; index < compact.length - 1; index += 1) {
    const pair = compact.slice(index, index + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}

/** Dice's coefficient of two folded texts' letter pairs: 1 for the same letters, 0 for nothing shared. */
export function similarity(a: string, b: string): number {
  return a === b ? 1 : pairSimilarity(bigrams(a), bigrams(b));
}

/** Dice's coefficient of two sets of letter pairs already counted (the importer compares each name with many). */
export function pairSimilarity(left: Bigrams, right: Bigrams): number {
  let shared = 0;
  let total = 0;
  for (const [pair, count] of left) {
    shared += Math.min(count, right.get(pair) ?? 0);
    total += count;
  }
  for (const count of right.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}
