/**
 * The peer of `npm run bench -- --peer`: the same synthetic services as a
 * Starlight site (issue 18 compares the project with a documentation
 * framework built from the same services). One Markdown page per service and
 * locale (ru, sr, en) with the service's text; Starlight runs Pagefind itself.
 * The project is written under `.bench/peer-<N>/`, installed from the npm
 * registry with the project's own Node and Astro version, and built by the
 * bench under the same measurement as the project's build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { LOCALES, type Locale } from '../src/schemas/locales';
import { SERVICE_TYPES } from '../src/schemas/vocabularies';
import { COUNTRIES } from './synthetic-content';

/** The Starlight release the issue compares with (0.42 on Astro 7). */
export const STARLIGHT_VERSION = '0.42.9';

/** The one build step of the peer: Starlight's build includes its Pagefind index. */
export const PEER_COMMANDS = ['./node_modules/.bin/astro build'];

/** Line labels of a peer page, per locale. */
const LABELS: Record<Locale, Record<'types' | 'place' | 'address' | 'directions' | 'hours' | 'phone', string>> = {
  ru: {
    types: 'Услуги',
    place: 'Город',
    address: 'Адрес',
    directions: 'Как найти',
    hours: 'Часы работы',
    phone: 'Телефон',
  },
  sr: {
    types: 'Usluge',
    place: 'Grad',
    address: 'Adresa',
    directions: 'Kako stići',
    hours: 'Radno vreme',
    phone: 'Telefon',
  },
  en: {
    types: 'Services',
    place: 'City',
    address: 'Address',
    directions: 'Directions',
    hours: 'Opening hours',
    phone: 'Phone',
  },
};

/** The fields of a synthetic service file the peer's pages show. */
interface SyntheticService {
  id: string;
  country: string;
  city: string;
  name: Record<Locale, string>;
  description: Record<Locale, string>;
  address: Record<Locale, string>;
  directions: Record<Locale, string>;
  types: (keyof typeof SERVICE_TYPES)[];
  opening_hours: string;
  phones: { number: string }[];
}

/** One service as one Starlight page in one language: its text as Markdown. */
function servicePage(service: SyntheticService, lang: Locale): string {
  const country = COUNTRIES.find((candidate) => candidate.id === service.country);
  const city = country?.cities.find((candidate) => candidate.key === service.city);
  const labels = LABELS[lang];
  const lines = [
    [labels.types, service.types.map((type) => SERVICE_TYPES[type][lang].label).join(', ')],
    [labels.place, `${city?.name[lang] ?? service.city}, ${country?.name[lang] ?? service.country}`],
    [labels.address, service.address[lang]],
    [labels.directions, service.directions[lang]],
    [labels.hours, service.opening_hours],
    [labels.phone, service.phones.map((phone) => phone.number).join(', ')],
  ];
  return [
    `---\n${stringify({ title: service.name[lang] })}---`,
    service.description[lang],
    lines.map(([label, value]) => `- **${label}:** ${value}`).join('\n'),
    '',
  ].join('\n\n');
}

/** Every synthetic service file under a bench project's content/services. */
function* syntheticServices(contentDir: string): Generator<SyntheticService> {
  const services = join(contentDir, 'services');
  for (const country of readdirSync(services)) {
    for (const city of readdirSync(join(services, country))) {
      for (const file of readdirSync(join(services, country, city))) {
        if (!file.includes('-synthetic-')) continue;
        yield parse(readFileSync(join(services, country, city, file), 'utf8')) as SyntheticService;
      }
    }
  }
}

const PEER_CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// Three locales, every page under its prefix; a short sidebar, as a directory of thousands of pages would have.
export default defineConfig({
  site: 'https://example.org',
  integrations: [
    starlight({
      title: 'Services',
      defaultLocale: 'en',
      locales: { en: { label: 'English' }, ru: { label: 'Русский', lang: 'ru' }, sr: { label: 'Srpski', lang: 'sr' } },
      sidebar: [{ label: 'Services', link: '/' }],
    }),
  ],
});
`;

const PEER_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Writes the Starlight project into `dir` (keeping an earlier install's
 * node_modules) with the synthetic services of the bench project whose
 * content is in `contentDir`. Returns how many services it holds.
 */
export function writePeerProject(dir: string, contentDir: string, astroVersion: string): number {
  for (const stale of ['src', 'dist', '.astro']) rmSync(join(dir, stale), { recursive: true, force: true });
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  write(
    'package.json',
    `${JSON.stringify(
      {
        name: 'bench-peer-starlight',
        private: true,
        type: 'module',
        dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT_VERSION },
        allowScripts: { esbuild: true },
      },
      null,
      2,
    )}\n`,
  );
  write('astro.config.mjs', PEER_CONFIG);
  write('src/content.config.ts', PEER_CONTENT_CONFIG);
  for (const lang of LOCALES) write(`src/content/docs/${lang}/index.md`, `---\ntitle: Services\n---\n\nServices.\n`);
  let count = 0;
  for (const service of syntheticServices(contentDir)) {
    for (const lang of LOCALES) write(`src/content/docs/${lang}/services/${service.id}.md`, servicePage(service, lang));
    count += 1;
  }
  return count;
}

/** The version of a package installed in `dir`, if any. */
function installedVersion(dir: string, name: string): string | undefined {
  const file = join(dir, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
}

/**
 * Installs the peer's packages from the registry with `npm install` (skipped
 * when the same versions are already there). `path` puts the project's Node
 * first. Returns why it failed, or undefined when the peer is ready to build.
 */
export function installPeer(dir: string, astroVersion: string, path: string): string | undefined {
  if (
    installedVersion(dir, 'astro') === astroVersion &&
    installedVersion(dir, '@astrojs/starlight') === STARLIGHT_VERSION
  )
    return undefined;
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: dir,
    env: { ...process.env, PATH: path },
    encoding: 'utf8',
    timeout: 15 * 60 * 1000,
  });
  if (result.status === 0 && installedVersion(dir, '@astrojs/starlight') === STARLIGHT_VERSION) return undefined;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-5).join('\n');
  return `npm install failed (${result.error?.message ?? `exit code ${result.status}`}): ${output}`;
}
