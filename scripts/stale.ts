/**
 * npm run stale [-- --months 12] [--today YYYY-MM-DD] [--root DIR]
 *
 * Lists services nobody has checked for a while, by country and city, with
 * the file to edit once someone has called or visited. Always exits 0 (a
 * to-do list, not a check); 2 on wrong usage.
 */
import { readCommandLine, runScript } from './cli';
import { staleServices } from '../src/lib/freshness';
import { todayIso } from '../src/lib/dates';
import { validateContent } from '../src/lib/validation';
import { SITE } from '../src/site.config';

const HELP = `Usage: npm run stale -- [options]

Lists services whose information was last checked N or more months ago,
grouped by country and city, oldest first, with the file of each.

Options:
  --months N          how old a check may be (default: ${SITE.staleAfterMonths})
  --today YYYY-MM-DD  count from this day instead of today
  --root DIR          project folder (default: current folder)
  -h, --help          show this help

After checking a service, update verification.date (and status, by, source)
in its file. Exit code: 0 list printed, 2 wrong usage.`;

function main(): number {
  const commandLine = readCommandLine(
    {
      months: { type: 'string', default: String(SITE.staleAfterMonths) },
      today: { type: 'string' },
      root: { type: 'string', default: process.cwd() },
    },
    HELP,
  );
  if ('exit' in commandLine) return commandLine.exit;
  const { values } = commandLine;
  const months = Number(values.months);
  if (!Number.isInteger(months) || months < 1) {
    console.error(`--months must be a whole number of 1 or more, got "${values.months}"`);
    return 2;
  }
  const today = values.today ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) {
    console.error(`--today must be a date written YYYY-MM-DD, got "${today}"`);
    return 2;
  }
  const result = validateContent({ root: values.root!, today });
  const report = staleServices(
    result.services.map((entry) => entry.data),
    today,
    months,
  );
  const count = report.reduce(
    (sum, country) => sum + country.cities.reduce((inner, city) => inner + city.services.length, 0),
    0,
  );
  console.log(
    `${count} of ${result.services.length} services not checked for ${months} months or more (as of ${today}).`,
  );
  for (const { country, cities } of report) {
    console.log(`\n${country}`);
    for (const { city, services } of cities) {
      console.log(`  ${city}`);
      for (const service of services) {
        console.log(
          `    ${service.checked}  ${String(service.months).padStart(3)} months  ${service.status.padEnd(10)}  ${service.file}`,
        );
      }
    }
  }
  if (result.problems.length > 0) {
    console.log(
      `\n${result.problems.length} problem(s) kept some files out of this list; run npm run validate to see them.`,
    );
  }
  return 0;
}

runScript(main, 'The freshness report failed');
