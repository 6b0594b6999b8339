/**
 * The full check of the data index against the contract's schema, with the validator loaded
 * only when it is needed: once the page is idle, or at once when the first read could not make
 * sense of the index and the reader deserves to know which field is wrong.
 */
export async function checkWholeIndex(raw: unknown): Promise<void> {
  const { parseDataIndex } = await import('../../model/parse');
  parseDataIndex(raw, 'data/index.json');
}

/**
 * What to show when working with an index that passed the first read failed: the schema's
 * account of what is wrong with the file when there is one, otherwise the failure itself.
 */
export async function explainIndexFailure(raw: unknown, failure: unknown): Promise<unknown> {
  try {
    await checkWholeIndex(raw);
  } catch (schemaError) {
    return schemaError;
  }
  return failure;
}
