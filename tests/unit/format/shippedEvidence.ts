import { readFileSync } from 'node:fs';
import type { DataIndex } from '../../../src/model';

/** Every distinct evidence sentence of the shipped data: real text with real typography. */
export function shippedEvidence(): string[] {
  const index = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as DataIndex;
  const quotes = [
    ...index.events.flatMap((e) => e.evidence),
    ...index.quotes.map((q) => q.evidence),
    ...index.positions.flatMap((p) => p.evidence),
  ].map((e) => e.quote);
  return [...new Set(quotes)];
}
