import { useEffect } from 'react';

/** The tab title names the view, so history menus and bookmarks are readable. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · Peace Plan Explorer` : 'Peace Plan Explorer';
  }, [title]);
}
