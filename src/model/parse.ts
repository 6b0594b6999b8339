import { articleFile, dataIndex, SCHEMA_VERSION, type Article, type DataIndex } from './schema';
import { describeProblems, problemsFromZod } from './problems';

/** Why a data file could not be used, worded for the person looking at the app. */
export class DataError extends Error {
  constructor(
    message: string,
    readonly kind: 'missing' | 'not-json' | 'invalid' | 'newer-schema' | 'network',
  ) {
    super(message);
    this.name = 'DataError';
  }
}

function checkVersion(raw: unknown, file: string) {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new DataError(
      `${file} uses data format version ${version}, but this app understands up to version ${SCHEMA_VERSION}. Reload to get the newer app.`,
      'newer-schema',
    );
  }
}

export function parseDataIndex(raw: unknown, file = 'index.json'): DataIndex {
  checkVersion(raw, file);
  const result = dataIndex.safeParse(raw);
  if (!result.success) {
    throw new DataError(
      `${file} does not match the data format: ${describeProblems(problemsFromZod(result.error))}`,
      'invalid',
    );
  }
  return result.data;
}

export function parseArticleFile(raw: unknown, file: string): Article {
  checkVersion(raw, file);
  const result = articleFile.safeParse(raw);
  if (!result.success) {
    throw new DataError(
      `${file} does not match the data format: ${describeProblems(problemsFromZod(result.error))}`,
      'invalid',
    );
  }
  return result.data.article;
}
