// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './helpers';

/**
 * scripts/runCompiled.mjs runs the pipeline's entry points from a cached bundle. What its callers rely on: the
 * entry gets its own arguments, a changed source is never run stale, and a stack trace names the TypeScript.
 */
function project() {
  const dir = tempDir('ppe-compiled-');
  const write = (name: string, text: string, secondsAhead = 0) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    // A file saved within the same clock tick as the bundle must still count as newer: move it ahead.
    const at = new Date(Date.now() + secondsAhead * 1000);
    utimesSync(path, at, at);
  };
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/runCompiled.mjs'), join(dir, 'entry.ts'), ...args], {
      encoding: 'utf8',
      cwd: ROOT,
      env: { ...process.env, PPE_COMPILED_CACHE: join(dir, 'cache') },
    });
  return { write, run };
}

describe('running a pipeline entry point compiled (scripts/runCompiled.mjs)', () => {
  it('passes the arguments on, with the entry as the script, and keeps its exit code', () => {
    const p = project();
    p.write('part.ts', "export const word: string = 'first';\n");
    p.write(
      'entry.ts',
      "import { word } from './part';\nconsole.log(word, process.argv[1]?.endsWith('entry.ts'), JSON.stringify(process.argv.slice(2)));\nprocess.exitCode = 3;\n",
    );
    const child = p.run('--raw', 'x y');
    expect(child.stdout.trim()).toBe('first true ["--raw","x y"]');
    expect(child.status).toBe(3);
  });

  it('a source changed after the bundle was built is run as changed, never stale', () => {
    const p = project();
    p.write('part.ts', "export const word: string = 'first';\n");
    p.write('entry.ts', "import { word } from './part';\nconsole.log(word);\n");
    expect(p.run().stdout.trim()).toBe('first');
    expect(p.run().stdout.trim()).toBe('first');
    p.write('part.ts', "export const word: string = 'second';\n", 2);
    expect(p.run().stdout.trim()).toBe('second');
  });

  it("an error's stack trace names the TypeScript file and line it was thrown from", () => {
    const p = project();
    p.write('part.ts', "export function fail(): never {\n  throw new Error('broken on purpose');\n}\n");
    p.write('entry.ts', "import { fail } from './part';\nfail();\n");
    const child = p.run();
    expect(child.status).not.toBe(0);
    expect(child.stderr).toContain('broken on purpose');
    expect(child.stderr).toMatch(/part\.ts:2:\d+/);
  });
});

describe('two checkouts sharing one cache (a worktree linked to the main node_modules)', () => {
  it("each runs its own sources, never the other's bundle", () => {
    const cache = tempDir('ppe-shared-cache-');
    const checkout = (word: string) => {
      const root = tempDir('ppe-checkout-');
      mkdirSync(join(root, 'scripts'));
      copyFileSync(join(ROOT, 'scripts/runCompiled.mjs'), join(root, 'scripts/runCompiled.mjs'));
      symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
      writeFileSync(join(root, 'entry.ts'), `console.log('${word}');\n`);
      // Without one the bundle is never fresh (a missing input counts as changed), and nothing would be shared.
      writeFileSync(join(root, 'tsconfig.json'), '{}\n');
      return () =>
        spawnSync(process.execPath, [join(root, 'scripts/runCompiled.mjs'), join(root, 'entry.ts')], {
          encoding: 'utf8',
          cwd: root,
          env: { ...process.env, PPE_COMPILED_CACHE: cache },
        }).stdout.trim();
    };
    const first = checkout('first');
    const second = checkout('second');
    expect(first()).toBe('first');
    expect(second()).toBe('second');
    expect(first()).toBe('first');
  });
});
