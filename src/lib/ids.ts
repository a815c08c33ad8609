/**
 * File ids suggested from a name, for the scaffolder and the browser form.
 * Browser-safe: no Node modules, no schema library.
 */
import { serbianToLatin } from './transliterate';

const RUSSIAN_TO_LATIN: Record<string, string> = Object.fromEntries(
  'а=a б=b в=v г=g д=d е=e ё=e ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya і=i ў=u є=ye ї=yi'
    .split(' ')
    .map((pair) => pair.split('=')),
);

/**
 * A file id suggested from a name in any of the scripts contributors use:
 * `Пункт обмена шприцев` in `minsk` → `minsk-punkt-obmena-shpritsev`.
 */
export function suggestId(name: string, prefix = ''): string {
  // Russian spelling first for the letters both alphabets share (ш → sh); Serbian-only letters (ђ, љ…) after.
  const latin = serbianToLatin([...name.toLowerCase()].map((char) => RUSSIAN_TO_LATIN[char] ?? char).join(''));
  const words = latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'dj')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .filter(Boolean)
    .slice(0, 6);
  const base = words.join('-');
  if (!prefix || base.startsWith(`${prefix}-`) || base === prefix) return base || prefix;
  return base ? `${prefix}-${base}` : prefix;
}
