/**
 * What the validator's collection modules share: the entry shape, the
 * content loaded so far, and the context every check reads. A check returns
 * its problems; nothing here is mutated by a check.
 */
import type { Problem } from '../../schemas/format';
import type { Locale } from '../../schemas/locales';
import type { MessageKey } from '../../schemas/messages';
import type { RightsCase } from '../../schemas/cases';
import type { Country } from '../../schemas/countries';
import type { EventEntry } from '../../schemas/events';
import type { Pathway } from '../../schemas/pathways';
import type { Service } from '../../schemas/services';
import type { Statement } from '../../schemas/statements';
import type { Guide } from '../../schemas/guides';
import type { Round, Tally } from '../../schemas/monitoring';

/** A parsed, schema-valid entry and where it came from. */
export interface Loaded<T> {
  file: string;
  data: T;
}

/**
 * Every collection's schema-valid entries, by collection name. To add a
 * collection: a field here, a module like `services.ts`, and a line in
 * `COLLECTIONS` (collections.ts).
 */
export interface ContentEntries {
  countries: Loaded<Country>[];
  services: Loaded<Service>[];
  cases: Loaded<RightsCase>[];
  pathways: Loaded<Pathway>[];
  statements: Loaded<Statement & { body: string }>[];
  guides: Loaded<Guide & { body: string }>[];
  rounds: Loaded<Round>[];
  tallies: Loaded<Tally>[];
  events: Loaded<EventEntry>[];
}

/** The name of a collection, e.g. `services`. */
export type CollectionName = keyof ContentEntries;

/** What every check may read. */
export interface CheckContext {
  /** Language of the messages. */
  lang: Locale;
  /** "Today" (YYYY-MM-DD), for the future-date checks. */
  today: string;
  /** Project root. */
  root: string;
  /** Schema-valid entries of every collection. */
  content: ContentEntries;
  /** Every file read for a collection, valid or not (project-relative paths). */
  files: Record<CollectionName, string[]>;
  /** A problem at a field of a file, with its line and the message's hint when it has one. */
  problem(file: string, path: readonly PropertyKey[], key: MessageKey, params?: Record<string, unknown>): Problem;
  /** A problem with the file as a whole. */
  fileProblem(file: string, key: MessageKey, params?: Record<string, unknown>): Problem;
}
