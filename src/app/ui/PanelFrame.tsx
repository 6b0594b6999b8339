import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { keepView } from '../view/viewAddress';
import { useDocumentTitle } from './useDocumentTitle';
import { focusStaysOnTimeline, rememberOpener, returnFocusToOpener } from './panelFocus';

interface PanelFrameProps {
  /** "Event · meeting", shown above the title. */
  kicker: ReactNode;
  title: string;
  children: ReactNode;
  className?: string;
}

/**
 * Every side panel: its title names the tab, a copy-link button shares the
 * exact view, and Escape or the close button returns to the timeline with focus
 * back where it was.
 */
export function PanelFrame({ kicker, title, children, className }: PanelFrameProps) {
  useDocumentTitle(title);
  const navigate = useNavigate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  // Remembered with the title it was for, so the next panel does not claim its link was copied.
  const [copyResult, setCopyResult] = useState<{ title: string; state: 'copied' | 'failed' } | null>(null);
  const copied = copyResult?.title === title ? copyResult.state : 'idle';

  useEffect(() => {
    rememberOpener();
    // A panel that already put focus inside itself (an article at a sentence) keeps it there.
    if (panelRef.current?.contains(document.activeElement) || focusStaysOnTimeline()) return;
    headingRef.current?.focus({ preventScroll: true });
  }, [title]);

  const close = () => {
    void navigate({ to: '/', search: keepView }).then(returnFocusToOpener);
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopyResult({ title, state: 'copied' });
    } catch {
      setCopyResult({ title, state: 'failed' });
    }
  };

  return (
    <article
      ref={panelRef}
      className={`panel ${className ?? ''}`}
      aria-labelledby="panel-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <div className="panel-toolbar">
        <button type="button" className="panel-back" onClick={close}>
          <span aria-hidden="true">←</span> Timeline
        </button>
        <button type="button" onClick={() => void copyLink()}>
          Copy link
        </button>
        <span role="status" className="copy-status">
          {copied === 'copied'
            ? 'Link copied'
            : copied === 'failed'
              ? 'Copy failed: use the address bar'
              : ''}
        </span>
      </div>
      <p className="panel-kicker">{kicker}</p>
      <h2 id="panel-title" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </article>
  );
}
