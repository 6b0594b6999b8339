/**
 * The one command-line parser of the project's tools (`npm run data`, `npm run add`, `npm run bench`, the
 * synthetic corpus script): `node:util` `parseArgs`, strict, with messages that say what to type instead.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { nearestWord } from './util';

export type Flags = NonNullable<ParseArgsConfig['options']>;

/** A command line the tool cannot run with; its message is meant for the person who typed it. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * What `read` makes of a tool's command line, or null after printing a usage error (with `usage`, if
 * given) to stderr: the caller then exits with 2. Any other error is thrown on.
 */
export function readCommandLine<T>(read: () => T, usage = ''): T | null {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`error: ${e.message}${usage ? `\n${usage.trimEnd()}` : ''}`);
    return null;
  }
}

/**
 * The values of `argv` for the flags `options` declares. An unknown flag, a missing value, a value given
 * to an on/off flag or a stray argument is a UsageError naming it, with the nearest known flag.
 */
export function parseFlags<T extends Flags>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new UsageError(explain(e as Error & { code?: string }, options));
  }
}

/**
 * `parseFlags` for a tool that also takes arguments (`npm run add -- <address>`): the flags' values and
 * the arguments, in order. How many arguments it needs is the tool's to check.
 */
export function parseCommand<T extends Flags>(argv: readonly string[], options: T) {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options,
      strict: true,
      allowPositionals: true,
    });
    return { values, positionals };
  } catch (e) {
    throw new UsageError(explain(e as Error & { code?: string }, options));
  }
}

function explain(e: Error & { code?: string }, options: Flags): string {
  const known = Object.entries(options)
    .map(([name, o]) => (o.type === 'string' ? `--${name} <value>` : `--${name}`))
    .join(' ');
  const named = /'(-{1,2}[^' =]+)/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const guess = nearestWord(named.replace(/^-+/, ''), Object.keys(options));
      return `unknown option ${named}${guess ? ` (did you mean --${guess}?)` : ''}; known: ${known}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return options[named.replace(/^-+/, '')]?.type === 'string'
        ? `${named} needs a value`
        : `${named} takes no value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${/'([^']*)'/.exec(e.message)?.[1] ?? ''}; options are: ${known}`;
    default:
      return e.message;
  }
}

/** A flag's value as a whole number, `fallback` when absent; anything else is a UsageError. */
export function wholeNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${flag} needs a whole number, not "${value}"`);
  return n;
}
