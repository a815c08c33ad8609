/**
 * Duplicate detection for imported rows: the same service is recognised by a
 * phone number it shares with an entry, or by a name similar to an entry's
 * in the same city, whatever the script or spelling («Красный Крест» and
 * "Krasnyj krest"). Only reported, never merged: a person decides.
 */
import { bigrams, fold, pairSimilarity, type Bigrams } from './fold';

/** Names at least this similar (Dice's coefficient of letter pairs, folded) count as the same service. */
export const SIMILAR_NAME = 0.85;

/** A service already known: in content/, or an earlier row of the same sheet. */
export interface KnownService {
  id: string;
  country: string;
  city: string;
  names: string[];
  phones: string[];
  /** Where it is: a file under content/, or a row of the sheet. */
  where: { file: string } | { row: number };
}

/** Why a row looks like a known service. */
export interface DuplicateMatch {
  of: KnownService;
  reason: 'phone' | 'name';
  /** The shared phone, or the known service's similar name. */
  value: string;
}

const digits = (phone: string) => phone.replace(/\D/g, '');

/** Known services, indexed for the two questions the importer asks of every row. */
export class KnownServices {
  private readonly byPhone = new Map<string, KnownService>();
  private readonly byCity = new Map<
    string,
    { service: KnownService; name: string; folded: string; pairs: Bigrams }[]
  >();

  add(service: KnownService): void {
    for (const phone of service.phones) if (!this.byPhone.has(digits(phone))) this.byPhone.set(digits(phone), service);
    const key = `${service.country}/${service.city}`;
    const list = this.byCity.get(key) ?? [];
    for (const name of service.names) {
      const folded = fold(name);
      list.push({ service, name, folded, pairs: bigrams(folded) });
    }
    this.byCity.set(key, list);
  }

  /** The first known service (other than `ownId`) that shares a phone with the row or has a similar name in its city. */
  match(row: {
    id: string;
    country: string;
    city: string;
    names: string[];
    phones: string[];
  }): DuplicateMatch | undefined {
    for (const phone of row.phones) {
      const known = this.byPhone.get(digits(phone));
      if (known && known.id !== row.id) return { of: known, reason: 'phone', value: phone };
    }
    const candidates = this.byCity.get(`${row.country}/${row.city}`) ?? [];
    for (const name of row.names.map(fold)) {
      const pairs = bigrams(name);
      for (const candidate of candidates) {
        if (candidate.service.id === row.id) continue;
        // Dice ≥ 0.85 is impossible when one name is much longer than the other: skip those cheaply.
        const shorter = Math.min(name.length, candidate.folded.length);
        const longer = Math.max(name.length, candidate.folded.length);
        if (shorter < longer * 0.7) continue;
        if (name === candidate.folded || pairSimilarity(pairs, candidate.pairs) >= SIMILAR_NAME)
          return { of: candidate.service, reason: 'name', value: candidate.name };
      }
    }
    return undefined;
  }
}
