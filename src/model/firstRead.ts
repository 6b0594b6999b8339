/**
 * The first, cheap read of the data index in the browser: the version, and the shape the app
 * needs to draw anything (the lists it indexes). It lets the first view appear without loading
 * the validator; the app then validates the whole index against the schema (`parse.ts`) as soon
 * as the page is idle, and shows what is wrong if anything is.
 */
import { DataError, checkSchemaVersion } from './dataError';
import type { DataIndex } from './schema';

const LISTS = ['articles', 'actors', 'topics', 'events', 'quotes', 'positions'] as const;

export function readDataIndex(raw: unknown, file = 'index.json'): DataIndex {
  checkSchemaVersion(raw, file);
  const missing: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new DataError(`${file} does not match the data format: (root): expected an object`, 'invalid');
  }
  const index = raw as Record<string, unknown>;
  if (typeof index.generatedAt !== 'string') missing.push('generatedAt: expected a date');
  if (typeof index.counts !== 'object' || index.counts === null) missing.push('counts: expected an object');
  for (const list of LISTS) if (!Array.isArray(index[list])) missing.push(`${list}: expected an array`);
  if (missing.length) {
    throw new DataError(`${file} does not match the data format: ${missing.join('; ')}`, 'invalid');
  }
  return raw as DataIndex;
}
