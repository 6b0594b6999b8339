import { queryOptions, useQuery } from '@tanstack/react-query';
import { parseArticleFile } from '../../model';
import { dataUrl } from './dataUrl';
import { fetchJson } from './fetchJson';

/** Article bodies are large, so each loads on its own when its panel opens. */
export const articleQuery = (articleId: string) =>
  queryOptions({
    queryKey: ['article', articleId],
    queryFn: async ({ signal }) => {
      const file = `data/articles/${articleId}.json`;
      return parseArticleFile(await fetchJson(dataUrl(`articles/${articleId}.json`), file, signal), file);
    },
    staleTime: Infinity,
  });

export function useArticle(articleId: string) {
  return useQuery(articleQuery(articleId));
}
