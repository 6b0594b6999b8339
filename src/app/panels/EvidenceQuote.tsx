import type { Evidence } from '../../model/core';
import { useStory } from '../data/storyIndex';
import { formatStoryDate } from '../format/dates';
import { OriginalLink } from '../ui/OriginalLink';
import { PagedList } from '../ui/PagedList';
import { ArticleLink } from '../ui/StoryLinks';

/**
 * A verbatim sentence and where it comes from: article, publisher, date, the
 * outlet it credits, a link into the article at that sentence and to the original, opened at
 * that sentence (or words saying that the original's address is not known).
 */
export function EvidenceQuote({ evidence }: { evidence: Evidence }) {
  const { lookup } = useStory();
  const article = lookup.articlesById.get(evidence.articleId);
  return (
    <figure className="evidence">
      <blockquote>{evidence.quote}</blockquote>
      <figcaption>
        {article ? (
          <>
            <cite>{article.title}</cite>
            {article.publisher && <> · {article.publisher}</>}
            {article.published && (
              <> · {formatStoryDate(article.published.date, article.published.precision)}</>
            )}
          </>
        ) : (
          <>Article {evidence.articleId}</>
        )}
        {evidence.reportedBy && <span className="reported-by"> · citing {evidence.reportedBy}</span>}
        <span className="evidence-links">
          <ArticleLink id={evidence.articleId} sentenceId={evidence.sentenceId}>
            Open in article
          </ArticleLink>
          <OriginalLink address={article?.sourceUrl ?? null} sentence={evidence.quote}>
            Original
          </OriginalLink>
        </span>
      </figcaption>
    </figure>
  );
}

export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  return (
    <PagedList items={evidence} noun="sources" className="evidence-list" pageSize={10}>
      {(item) => (
        <li key={`${item.articleId}#${item.sentenceId}#${item.quote}`}>
          <EvidenceQuote evidence={item} />
        </li>
      )}
    </PagedList>
  );
}
