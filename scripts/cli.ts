/**
 * The command-line handling every script shares: parse the flags, answer
 * --help, and turn a usage mistake into a readable message and exit code 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isLocale, LOCALES, type Locale } from '../src/schemas/locales';

type Options = NonNullable<ParseArgsConfig['options']>;
type WithHelp<O extends Options> = O & { help: { type: 'boolean'; short: 'h' } };

/** The parsed flags, or the exit code the script should end with (0 after --help, 2 on a usage mistake). */
export type CommandLine<O extends Options> =
  { values: ReturnType<typeof parseArgs<{ options: WithHelp<O> }>>['values']; positionals: string[] } | { exit: 0 | 2 };

/**
 * Parses the script's flags (plus -h/--help) and prints `help` when asked or
 * when the flags are wrong. Arguments other than flags (a file to read) are
 * allowed only when `allowPositionals` is set.
 */
export function readCommandLine<const O extends Options>(
  options: O,
  help: string,
  allowPositionals = false,
): CommandLine<O> {
  const withHelp = { ...options, help: { type: 'boolean', short: 'h' } } as WithHelp<O>;
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ options: withHelp, allowPositionals }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${help}`);
    return { exit: 2 };
  }
  if ((values as { help?: boolean }).help) {
    console.log(help);
    return { exit: 0 };
  }
  return { values, positionals } as CommandLine<O>;
}

/**
 * Whether the value of a language flag (--lang unless named) is one of the
 * site's languages; when it is not, says which ones it may be (the caller
 * then exits with 2).
 */
export function isLangOption(value: string, flag = '--lang'): value is Locale {
  if (isLocale(value)) return true;
  console.error(`${flag} must be ${LOCALES.slice(0, -1).join(', ')} or ${LOCALES.at(-1)}, got "${value}"`);
  return false;
}

/**
 * Runs a script's `main` and sets its exit code. An exception is the
 * script's own fault, not the contributor's: it is reported as a bug in one
 * line, without a stack trace, with exit code 2.
 */
export function runScript(main: () => number, failure: string): void {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(`${failure} — this is a bug, please report it: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
