/**
 * The registry of validated collections, in loading order. Adding a
 * collection: a module like `services.ts`, its entries' type in
 * `ContentEntries` (context.ts), and a line here — TypeScript checks that
 * both agree.
 */
import { cases } from './cases';
import type { Collection } from './collection';
import type { ContentEntries } from './context';
import { countries } from './countries';
import { events } from './events';
import { pathways } from './pathways';
import { services } from './services';
import { statements } from './statements';
import { guides } from './guides';
import { rounds } from './rounds';
import { tallies } from './tallies';

/** Every collection the validator reads, by name. */
export const COLLECTIONS: { [K in keyof ContentEntries]: Collection<ContentEntries[K][number]['data']> } = {
  countries,
  services,
  cases,
  pathways,
  statements,
  guides,
  rounds,
  tallies,
  events,
};
