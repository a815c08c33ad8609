/**
 * npm run test:base
 *
 * Builds the site as a GitHub Pages project site is served, under a base path
 * (`/directory` unless told), into its own folder so dist/ stays as the other
 * tests expect it, then runs the link check, the sitemap and 404 checks and a
 * browser smoke test (tests/base-path/) on that build. The base reaches the
 * build and the tests through SITE_BASE (read by src/site.config.ts), the
 * folder through DIST_DIR (tests/support/dist.ts).
 */
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCommandLine } from './cli';

const HELP = `Usage: npm run test:base -- [options]

Builds the site under a base path into a folder of its own and tests it: every
internal link stays under the base and resolves, the sitemap and the 404 page
follow it, and in Chromium home → directory → a service → quick exit works,
search, the referral slip, the map (with its popups' links) and the Serbian
Cyrillic edition load, and the offline worker registers with its scope under
the base.

Options:
  --base PATH   the base path (default: /directory)
  --out DIR     the build folder (default: dist-base)
  --skip-build  test the folder as it is (after an earlier run)
  -h, --help    show this help

Exit code: 0 all passed, 1 the build or a test failed, 2 wrong usage.`;

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The checks that run on the build: those of tests/dist that read SITE.base, and the smoke test. */
const TESTS = [
  'tests/dist/links.test.ts',
  'tests/dist/sitemap.test.ts',
  'tests/dist/not-found.test.ts',
  'tests/base-path',
];

/** Runs one step with the project's binaries on the PATH; returns whether it succeeded. */
function step(command: string, env: NodeJS.ProcessEnv): boolean {
  console.log(`\n> ${command}`);
  const path = [join(ROOT, 'node_modules', '.bin'), env.PATH ?? ''].join(delimiter);
  // A shell, so the .cmd wrappers of node_modules/.bin run on Windows too.
  const result = spawnSync(command, { cwd: ROOT, env: { ...env, PATH: path }, stdio: 'inherit', shell: true });
  return result.status === 0;
}

function main(): number {
  const commandLine = readCommandLine(
    {
      base: { type: 'string', default: '/directory' },
      out: { type: 'string', default: 'dist-base' },
      'skip-build': { type: 'boolean', default: false },
    },
    HELP,
  );
  if ('exit' in commandLine) return commandLine.exit;
  const { base, out } = commandLine.values;
  if (!/^(\/[\w.~-]+)+\/?$/.test(base) || !/^[\w.-]+$/.test(out) || out === 'dist') {
    console.error(
      `--base must be a path such as /directory and --out a folder name other than dist, got "${base}" and "${out}"\n\n${HELP}`,
    );
    return 2;
  }
  const env = { ...process.env, SITE_BASE: base, DIST_DIR: join(ROOT, out) };
  const started = performance.now();
  if (!commandLine.values['skip-build']) {
    const built =
      step(`astro build --outDir ${out}`, env) &&
      step(`tsx scripts/search-index.ts --dist ${out}`, env) &&
      step(`tsx scripts/service-worker.ts --dist ${out}`, env);
    if (!built) return 1;
  }
  const builtAt = performance.now();
  const passed = step(`vitest run ${TESTS.join(' ')}`, env);
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(0);
  console.log(
    `\ntest:base under ${base} in ${out}/: build ${seconds(started, builtAt)} s, checks ${seconds(builtAt, performance.now())} s`,
  );
  return passed ? 0 : 1;
}

process.exitCode = main();
