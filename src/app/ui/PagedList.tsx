import { useState, type ReactNode } from 'react';

/** How many items a panel list shows at first, and adds per "show more". */
export const PAGE_SIZE = 50;

interface PagedListProps<T> {
  items: readonly T[];
  /** One `<li>` per item, with its key. */
  children: (item: T, index: number) => ReactNode;
  /** What the items are, plural, for the button: "events", "quotes". */
  noun: string;
  ordered?: boolean;
  className?: string;
  'aria-label'?: string;
  pageSize?: number;
}

/**
 * A list that renders one page of items and a button for the next: a panel stays quick however
 * many events cite one sentence or involve one actor (tens of thousands in a large corpus).
 */
export function PagedList<T>({
  items,
  children,
  noun,
  ordered = false,
  className,
  'aria-label': ariaLabel,
  pageSize = PAGE_SIZE,
}: PagedListProps<T>) {
  const [shown, setShown] = useState(pageSize);
  const List = ordered ? 'ol' : 'ul';
  const left = items.length - shown;
  return (
    <>
      <List className={className} aria-label={ariaLabel}>
        {items.slice(0, shown).map(children)}
      </List>
      {left > 0 && (
        <button type="button" className="show-more" onClick={() => setShown((n) => n + pageSize)}>
          Show {Math.min(pageSize, left)} more {noun} ({left} not shown)
        </button>
      )}
    </>
  );
}
