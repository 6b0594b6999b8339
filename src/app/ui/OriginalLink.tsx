import type { ReactNode } from 'react';
import { ADDRESS_NOT_KNOWN } from '../format/citation';
import { originalAtSentence } from '../format/textFragment';

/**
 * A link to the original article, opening it at `sentence` when given (a text fragment; see
 * format/textFragment.ts). When the data has no address, it says so instead of linking nowhere.
 * On paper the plain address is printed after the link, where a reader can type it.
 */
export function OriginalLink({
  address,
  sentence,
  children,
}: {
  address: string | null;
  sentence?: string;
  children: ReactNode;
}) {
  if (!address) return <span className="no-original">{ADDRESS_NOT_KNOWN}</span>;
  return (
    <>
      <a
        className="original-link"
        href={sentence ? originalAtSentence(address, sentence) : address}
        target="_blank"
        rel="noopener noreferrer"
      >
        {children}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
      <span className="print-address">{address}</span>
    </>
  );
}
