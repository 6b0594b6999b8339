import type { Position } from '../../model';
import { formatStoryDate } from '../format/dates';
import { EvidenceList } from './EvidenceQuote';
import { StanceBadge } from './StanceBadge';

/** One actor's stance on one topic as points in time, oldest first, each with its evidence. */
export function StanceSequence({
  positions,
  withEvidence,
}: {
  positions: readonly Position[];
  withEvidence: boolean;
}) {
  return (
    <ol className="stance-sequence">
      {positions.map((p) => (
        <li key={p.id} id={`position-${p.id}`}>
          <div className="stance-point">
            <time dateTime={p.date}>{formatStoryDate(p.date, p.precision)}</time>{' '}
            <StanceBadge stance={p.stance} />
          </div>
          <p className="stance-summary">{p.summary}</p>
          {withEvidence && <EvidenceList evidence={p.evidence} />}
        </li>
      ))}
    </ol>
  );
}
