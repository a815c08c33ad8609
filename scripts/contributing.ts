/**
 * npm run contributing [-- --check]
 *
 * Writes CONTRIBUTING.md, docs/CONTRIBUTING.ru.md and docs/CONTRIBUTING.sr.md
 * from the guide the site shows (content/guides/contributing/<lang>.md).
 * With --check, writes nothing and exits 1 if a file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCommandLine } from './cli';
import { CONTRIBUTING_FILES, contributingDocument, guideSource } from '../src/lib/contributing-doc';
import { LOCALES } from '../src/schemas/locales';

const HELP = `Usage: npm run contributing -- [--check] [--root DIR]

Regenerates the CONTRIBUTING files from content/guides/contributing/<lang>.md.
Edit the guide there (it is also the site's contribute page), then run this.

  --check      only report files that are out of date (exit 1 if any)
  --root DIR   project folder (default: current folder)
  -h, --help   show this help`;

function main(): number {
  const commandLine = readCommandLine(
    { check: { type: 'boolean' }, root: { type: 'string', default: process.cwd() } },
    HELP,
  );
  if ('exit' in commandLine) return commandLine.exit;
  const { values } = commandLine;
  let stale = 0;
  for (const lang of LOCALES) {
    const target = join(values.root!, CONTRIBUTING_FILES[lang]);
    const wanted = contributingDocument(lang, readFileSync(join(values.root!, guideSource(lang)), 'utf8'));
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // a missing file is simply out of date
    }
    if (current === wanted) continue;
    if (values.check) {
      console.log(`${CONTRIBUTING_FILES[lang]} is out of date: run npm run contributing`);
      stale += 1;
    } else {
      writeFileSync(target, wanted);
      console.log(`wrote ${CONTRIBUTING_FILES[lang]}`);
    }
  }
  return stale > 0 ? 1 : 0;
}

process.exitCode = main();
