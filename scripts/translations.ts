/**
 * npm run translations [-- --lang ru|sr|en] [--root DIR]
 *
 * Prints, per language, the entries still waiting for a translation and the
 * UI strings a dictionary lacks or seems to have left in English — a to-do
 * list for bilingual members. Always exits 0 (it reports, it does not judge);
 * 2 on wrong usage.
 */
import { isLangOption, readCommandLine, runScript } from './cli';
import { DICTIONARIES } from '../src/i18n';
import { subjectTitle, contentSubjects, translationStatus } from '../src/lib/translations';
import { validateContent } from '../src/lib/validation';
import { missingHelpLines } from '../src/lib/help-lines';
import { LOCALE_NAMES, LOCALES } from '../src/schemas/locales';

const HELP = `Usage: npm run translations -- [options]

Lists what still needs translating: entries (services, countries, statements,
cases, pathways) with text missing in a language, and UI strings missing from
src/i18n/<lang>.ts or identical to English there. Also lists the help lines
each country still lacks (slots marked "missing: true").

Options:
  --lang ru|sr|en   report one language only (default: all three)
  --root DIR        project folder (default: current folder)
  -h, --help        show this help

Exit code: 0 report printed, 2 wrong usage.`;

function main(): number {
  const commandLine = readCommandLine(
    {
      lang: { type: 'string' },
      root: { type: 'string', default: process.cwd() },
    },
    HELP,
  );
  if ('exit' in commandLine) return commandLine.exit;
  const { values } = commandLine;
  if (values.lang !== undefined && !isLangOption(values.lang)) return 2;
  const locales = values.lang ? [values.lang] : LOCALES;
  // Files that fail validation are left out here; npm run validate reports them.
  const result = validateContent({ root: values.root! });
  const data = <T>(list: { data: T }[]) => list.map((entry) => entry.data);
  const subjects = contentSubjects({
    services: data(result.services),
    countries: data(result.countries),
    statements: data(result.statements),
    cases: data(result.cases),
    pathways: data(result.pathways),
  });

  for (const status of translationStatus(subjects, DICTIONARIES, locales)) {
    const { locale, entries, ui } = status;
    console.log(`\n${locale} — ${LOCALE_NAMES[locale]}`);
    console.log(`  Entries waiting for a translation into "${locale}": ${entries.length}`);
    for (const { subject, fields } of entries) {
      console.log(`    ${subject.kind.padEnd(9)} ${subjectTitle(subject, locale)}`);
      console.log(`              ${subject.file}${fields.length ? ` — missing: ${fields.join(', ')}` : ''}`);
    }
    if (locale === 'en') continue;
    console.log(`  UI strings missing from src/i18n/${locale}.ts: ${ui.missing.length}`);
    for (const key of ui.missing) console.log(`    ${key}`);
    console.log(`  UI strings identical to English (possibly untranslated): ${ui.possiblyUntranslated.length}`);
    for (const key of ui.possiblyUntranslated)
      console.log(`    ${key}: ${JSON.stringify(DICTIONARIES.en[key as keyof typeof DICTIONARIES.en])}`);
  }
  const missing = missingHelpLines(data(result.countries));
  console.log(`\nHelp lines still to find: ${missing.reduce((sum, { kinds }) => sum + kinds.length, 0)}`);
  for (const { country, file, kinds } of missing)
    console.log(`  ${country}: ${kinds.join(', ')} — ${file} ("missing: true")`);
  if (result.problems.length > 0) {
    console.log(
      `\n${result.problems.length} problem(s) kept some files out of this report; run npm run validate to see them.`,
    );
  }
  return 0;
}

runScript(main, 'The translation report failed');
