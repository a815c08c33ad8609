/** Worker thread of the Serbian Cyrillic edition: writes the twins of its share of the pages (see serbian-cyrillic.ts). */
import { workerData } from 'node:worker_threads';
import type { EditionOptions } from '../lib/cyrillic-edition';
import { writeCyrillicPages } from './serbian-cyrillic';

const { dist, paths, options } = workerData as { dist: string; paths: string[]; options: EditionOptions };
writeCyrillicPages(dist, paths, options);
