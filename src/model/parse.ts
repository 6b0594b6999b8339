import { checkSchemaVersion as checkVersion, DataError } from './dataError';
import { articleFile, dataIndex, type Article, type DataIndex } from './schema';
import { describeProblems, problemsFromZod } from './problems';

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
