import type { Position } from '../../model/core';
import { positionCitation } from '../data/citations';
import { useStory } from '../data/storyIndex';
import { formatStoryDate } from '../format/dates';
import { PagedList } from '../ui/PagedList';
import { CopyCitation } from '../ui/CopyCitation';
import { ArticleLink, PositionLink } from '../ui/StoryLinks';
import { currentPage } from '../view/explorerAddress';
import { EvidenceList } from './EvidenceQuote';
import { StanceBadge } from '../ui/StanceBadge';

/**
 * One actor's stance on one topic as points in time, oldest first: each with its evidence and a
 * citation to copy, or with a link that opens the article at the sentence behind it.
 */
export function StanceSequence({
  positions,
  withEvidence,
}: {
  positions: readonly Position[];
  withEvidence: boolean;
}) {
  const { lookup } = useStory();
  return (
    <PagedList items={positions} noun="positions" ordered className="stance-sequence">
      {(p) => (
        <li key={p.id} id={`position-${p.id}`}>
          <div className="stance-point">
            <PositionLink id={p.id}>
              <time dateTime={p.date}>{formatStoryDate(p.date, p.precision)}</time>
            </PositionLink>{' '}
            <StanceBadge stance={p.stance} />
          </div>
          <p className="stance-summary">{p.summary}</p>
          {withEvidence ? (
            <>
              <EvidenceList evidence={p.evidence} />
              <CopyCitation
                citation={positionCitation(p, lookup, currentPage())}
                about={`${formatStoryDate(p.date, p.precision)}, ${p.stance}`}
              />
            </>
          ) : (
            p.evidence[0] && (
              <ArticleLink id={p.evidence[0].articleId} sentenceId={p.evidence[0].sentenceId}>
                Read the evidence<span className="visually-hidden"> for {p.summary}</span>
              </ArticleLink>
            )
          )}
        </li>
      )}
    </PagedList>
  );
}
