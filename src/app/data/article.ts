import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataUrl } from './dataUrl';
import { fetchJson } from './fetchJson';

/** Article bodies are large, so each loads on its own when its panel opens. */
export const articleQuery = (articleId: string) =>
  queryOptions({
    queryKey: ['article', articleId],
    queryFn: async ({ signal }) => {
      const file = `data/articles/${articleId}.json`;
      const raw = await fetchJson(dataUrl(`articles/${articleId}.json`), file, signal);
      // The validator loads with the first article opened, not with the first view.
      const { parseArticleFile } = await import('../../model/parse');
      return parseArticleFile(raw, file);
    },
    staleTime: Infinity,
  });

export function useArticle(articleId: string) {
  return useQuery(articleQuery(articleId));
}
