/**
 * npm run find-browser
 *
 * Says which Chromium or Chrome the browser tests will drive, or, when there
 * is none, one line saying how to install one. `npm test` runs it first, so a
 * fresh machine without a browser stops at once with that line instead of a
 * stack trace minutes later.
 */
import { readCommandLine } from './cli';
import { findBrowser } from '../tests/support/find-browser';

const HELP = `Usage: npm run find-browser -- [options]

Finds the Chromium or Chrome the browser tests use: $CHROME_PATH when set,
otherwise an installed one (Linux: chromium, chromium-browser, google-chrome;
macOS: Google Chrome; Windows: Chrome).

Options:
  --quiet     print nothing when a browser is found
  -h, --help  show this help

Exit code: 0 found, 1 none found (the line printed says how to install one),
2 wrong usage.`;

function main(): number {
  const commandLine = readCommandLine({ quiet: { type: 'boolean', default: false } }, HELP);
  if ('exit' in commandLine) return commandLine.exit;
  const lookup = findBrowser();
  if ('problem' in lookup) {
    console.error(lookup.problem);
    return 1;
  }
  if (!commandLine.values.quiet) console.log(`Browser tests use ${lookup.path}`);
  return 0;
}

process.exitCode = main();
