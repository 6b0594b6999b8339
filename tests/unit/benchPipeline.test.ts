import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeOptionsOfDataScript } from '../../bench/pipeline';

const scripts = (s: Record<string, string>) => JSON.stringify({ scripts: s });

describe('the benchmark starts the pipeline as `npm run data` does', () => {
  it("takes the Node options before the script's path", () => {
    expect(
      nodeOptionsOfDataScript(
        scripts({
          data: 'node --no-regexp-tier-up --max-old-space-size=512 scripts/runCompiled.mjs x.ts --quiet',
        }),
      ),
    ).toEqual(['--no-regexp-tier-up', '--max-old-space-size=512']);
  });

  it('takes none from a script that is not a plain node command, or names no options', () => {
    expect(nodeOptionsOfDataScript(scripts({ data: 'tsx src/pipeline/build.ts --quiet' }))).toEqual([]);
    expect(nodeOptionsOfDataScript(scripts({ data: 'node scripts/runCompiled.mjs x.ts --quiet' }))).toEqual(
      [],
    );
    expect(nodeOptionsOfDataScript(scripts({}))).toEqual([]);
  });

  it("gives the project's data, data:check and add scripts the same Node options", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const data = nodeOptionsOfDataScript(JSON.stringify(pkg));
    for (const name of ['data:check', 'add'])
      expect(nodeOptionsOfDataScript(scripts({ data: pkg.scripts[name] ?? '' }))).toEqual(data);
  });
});
