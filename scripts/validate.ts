/**
 * npm run validate [-- --lang ru|sr|en] [--format text|github|json]
 *
 * Checks every file under content/ and prints each problem with the file,
 * the field, what was expected and what was found. Exit codes: 0 all good,
 * 1 problems found, 2 the command itself was used wrongly.
 */
import { isLangOption, readCommandLine, runScript } from './cli';
import { type Locale } from '../src/schemas/locales';
import { renderProblem } from '../src/schemas/format';
import { summarize, validateContent } from '../src/lib/validation';

const HELP = `Usage: npm run validate -- [options]

Checks every entry under content/ against the schemas and against each other.

Options:
  --lang ru|sr|en     language of the messages (default: en, or $CONTENT_LANG)
  --format text|github|json
                      text: for people (default)
                      github: GitHub Actions annotations, one per problem
                      json: machine-readable list of problems
  --root DIR          project folder (default: current folder)
  -h, --help          show this help

Exit code: 0 no problems, 1 problems found, 2 wrong usage.`;

function main(): number {
  const commandLine = readCommandLine(
    {
      lang: { type: 'string' },
      format: { type: 'string', default: 'text' },
      root: { type: 'string', default: process.cwd() },
    },
    HELP,
  );
  if ('exit' in commandLine) return commandLine.exit;
  const { values } = commandLine;
  const langOption = values.lang ?? process.env.CONTENT_LANG ?? 'en';
  if (!isLangOption(langOption)) return 2;
  const lang: Locale = langOption;
  if (!['text', 'github', 'json'].includes(values.format!)) {
    console.error(`--format must be text, github or json, got "${values.format}"`);
    return 2;
  }
  const result = validateContent({ root: values.root!, lang });
  if (values.format === 'json') {
    console.log(JSON.stringify({ files: result.files, problems: result.problems }, null, 2));
  } else if (values.format === 'github') {
    for (const problem of result.problems) {
      const where = [`file=${problem.file}`, problem.line ? `line=${problem.line}` : ''].filter(Boolean).join(',');
      const text = `${problem.field ? `${problem.field}: ` : ''}${problem.message}${problem.hint ? ` — ${problem.hint}` : ''}`;
      console.log(`::error ${where}::${text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`);
    }
    console.log(summarize(result, lang));
  } else {
    for (const problem of result.problems) console.log(`${renderProblem(problem, lang)}\n`);
    console.log(summarize(result, lang));
  }
  return result.problems.length > 0 ? 1 : 0;
}

runScript(main, 'The validator itself failed');
