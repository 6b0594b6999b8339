// @vitest-environment node
import { main } from '../../src/pipeline/build';
import { parseCommand, parseFlags, UsageError, wholeNumber } from '../../src/pipeline/cli';

const FLAGS = {
  check: { type: 'boolean', default: false },
  out: { type: 'string', default: 'public/data' },
} as const;

const problem = (argv: string[]) => {
  try {
    parseFlags(argv, FLAGS);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
};

describe('command-line flags (one parser for build, bench and the synthetic corpus)', () => {
  it('reads flags and fills in defaults', () => {
    expect(parseFlags(['--check', '--out', 'x'], FLAGS)).toEqual({ check: true, out: 'x' });
    expect(parseFlags([], FLAGS)).toEqual({ check: false, out: 'public/data' });
  });

  it('says which flag is unknown, the one it most likely means, and the known ones', () => {
    expect(problem(['--chek'])).toBe(
      'unknown option --chek (did you mean --check?); known: --check --out <value>',
    );
    expect(problem(['--colour'])).toBe('unknown option --colour; known: --check --out <value>');
  });

  it('names a missing value, a value given to an on/off flag and a stray argument', () => {
    expect(problem(['--out'])).toBe('--out needs a value');
    expect(problem(['--check=yes'])).toBe('--check takes no value');
    expect(problem(['data'])).toBe('unexpected argument data; options are: --check --out <value>');
  });

  it('reads whole numbers and refuses anything else', () => {
    expect(wholeNumber('12', 'runs', 5)).toBe(12);
    expect(wholeNumber(undefined, 'runs', 5)).toBe(5);
    expect(() => wholeNumber('five', 'runs', 5)).toThrow('--runs needs a whole number, not "five"');
  });

  it('npm run data exits 2 with the message on an unknown flag', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(main(['--strcit'])).toBe(2);
      expect(error).toHaveBeenCalledWith(
        expect.stringMatching(/^error: unknown option --strcit \(did you mean --strict\?\)/),
      );
    } finally {
      error.mockRestore();
    }
  });

  it('parseCommand also returns the arguments, in order, with the same messages for flags', () => {
    expect(parseCommand(['page.html', '--out', 'x', 'more'], FLAGS)).toEqual({
      values: { check: false, out: 'x' },
      positionals: ['page.html', 'more'],
    });
    expect(() => parseCommand(['page.html', '--chek'], FLAGS)).toThrow(
      new UsageError('unknown option --chek (did you mean --check?); known: --check --out <value>'),
    );
  });
});
