/** What every part of the benchmark shares: the project root and how it prints. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const log = (line: string) => process.stdout.write(`${line}\n`);

/** The first line of an error's message. */
export const errText = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
