/**
 * Why a data file could not be used, worded for the person looking at the app; and the version
 * check every reader of the data makes first. Free of zod, so the app's first view can use it.
 */

/** Bump when a change would make an older app misread newer data. */
export const SCHEMA_VERSION = 1;

export class DataError extends Error {
  constructor(
    message: string,
    readonly kind: 'missing' | 'not-json' | 'invalid' | 'newer-schema' | 'network',
  ) {
    super(message);
    this.name = 'DataError';
  }
}

/** Refuses data written for a newer app, with words that say what to do. */
export function checkSchemaVersion(raw: unknown, file: string): void {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new DataError(
      `${file} uses data format version ${version}, but this app understands up to version ${SCHEMA_VERSION}. Reload to get the newer app.`,
      'newer-schema',
    );
  }
}
