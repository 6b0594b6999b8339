import type { Evidence } from '../../model';
import { useStory } from '../data/storyIndex';
import { formatStoryDate } from '../format/dates';

/** A verbatim sentence and where it comes from: article, publisher, date and the outlet it credits. */
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
            {evidence.reportedBy && <> · citing {evidence.reportedBy}</>}
            {article.sourceUrl && (
              <>
                {' '}
                ·{' '}
                <a href={article.sourceUrl} target="_blank" rel="noopener noreferrer">
                  original
                </a>
              </>
            )}
          </>
        ) : (
          <>Article {evidence.articleId}</>
        )}
      </figcaption>
    </figure>
  );
}
