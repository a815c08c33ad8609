/**
 * npm run check:astro
 *
 * Type-checks the `.astro` templates, which `tsc` does not read: every
 * component's Props, every `t()` key, every expression in the markup.
 *
 * Why not `astro check`: @astrojs/check declares TypeScript ^5 || ^6 and
 * loads the project's TypeScript 7, whose native compiler has no
 * programmatic language-service API yet (withastro/roadmap discussion 1321).
 * The checker it wraps, `AstroCheck` from @astrojs/language-server, takes the
 * path of the TypeScript to use. An npm `overrides` entry in package.json
 * gives the language server and everything under it (@volar/kit, which
 * `require`s TypeScript itself) their own TypeScript 6, installed in
 * node_modules/@astrojs/language-server/node_modules; this script hands that
 * copy to AstroCheck. The rest of the project keeps TypeScript 7.
 */
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroCheck, DiagnosticSeverity, type Diagnostic } from '@astrojs/language-server';
import { readCommandLine } from './cli';

const HELP = `Usage: npm run check:astro -- [options] [file.astro ...]

Type-checks the .astro files (the whole project, or the files named) with
TypeScript 6, and prints each error as file:line:column and the message.
Run \`astro sync\` first (npm run check does) so the content types exist.

Options:
  --warnings  print warnings and hints too (they never fail the check)
  -h, --help  show this help

Exit code: 0 no errors, 1 errors found, 2 wrong usage.`;

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The TypeScript the language server resolves (6, from the override), or a clear error when it is 7. */
function languageServerTypeScript(): string {
  const fromServer = createRequire(createRequire(import.meta.url).resolve('@astrojs/language-server'));
  const path = fromServer.resolve('typescript');
  const { version } = fromServer('typescript/package.json') as { version: string };
  if (!version.startsWith('6.')) {
    throw new Error(
      `@astrojs/language-server resolves TypeScript ${version}; the "overrides" entry in package.json should give it 6.x (run npm install)`,
    );
  }
  return path;
}

/** A type error can spell out every UI key (a union of ~900); the start says what is wrong. */
function shorten(diagnostic: Diagnostic, limit = 400): string {
  const { message: text } = diagnostic;
  const message = typeof text === 'string' ? text : text.value;
  return message.length > limit ? `${message.slice(0, limit)}…` : message;
}

async function main(): Promise<number> {
  const commandLine = readCommandLine({ warnings: { type: 'boolean', default: false } }, HELP, true);
  if ('exit' in commandLine) return commandLine.exit;
  const started = performance.now();
  const typescript = languageServerTypeScript();
  const checker = new AstroCheck(ROOT, typescript, `${ROOT}tsconfig.json`);
  const files = commandLine.positionals.length ? commandLine.positionals.map((file) => resolve(file)) : undefined;
  const result = await checker.lint({ fileNames: files });
  for (const file of result.fileResult) {
    const path = relative(ROOT, fileURLToPath(file.fileUrl));
    for (const diagnostic of file.errors) {
      const { line, character } = diagnostic.range.start;
      const kind = (diagnostic.severity ?? DiagnosticSeverity.Error) === DiagnosticSeverity.Error ? 'error' : 'warning';
      if (kind !== 'error' && !commandLine.values.warnings) continue;
      console.log(`${path}:${line + 1}:${character + 1} ${kind} ts(${diagnostic.code}): ${shorten(diagnostic)}`);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `check:astro: ${result.fileChecked} files, ${result.errors} errors, ${result.warnings} warnings (${seconds} s)`,
  );
  return result.errors > 0 ? 1 : 0;
}

process.exitCode = await main();
