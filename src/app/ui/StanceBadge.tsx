import type { Stance } from '../../model/core';
import { stanceLabel, stanceSymbol } from '../format/labels';

/** A stance as symbol and word, so it reads without colour. */
export function StanceBadge({ stance }: { stance: Stance }) {
  return (
    <span className={`stance stance-${stance}`}>
      <span aria-hidden="true">{stanceSymbol(stance)}</span> {stanceLabel(stance)}
    </span>
  );
}
