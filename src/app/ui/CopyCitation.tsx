import { useState } from 'react';
import { citationMarkdown, citationText, type Citation } from '../format/citation';

type Form = 'text' | 'markdown';

const COPIED: Record<Form, string> = { text: 'Citation copied', markdown: 'Citation copied as Markdown' };

/**
 * Two buttons that copy a citation, as plain text or as Markdown, and a status that screen
 * readers announce. If the browser refuses the clipboard, the citation is shown to copy by hand.
 */
export function CopyCitation({ citation, about }: { citation: Citation; about?: string }) {
  // Remembered with the text it was for, so another item's buttons do not claim it was copied.
  const [result, setResult] = useState<{ for: string; form: Form; copied: boolean } | null>(null);
  const text = citationText(citation);
  const shown = result?.for === text ? result : null;
  // The visible words start the name (WCAG "label in name"); the rest tells the buttons apart.
  const named = (label: string) => (about ? `${label} for ${about}` : undefined);

  const copy = async (form: Form) => {
    const content = form === 'text' ? text : citationMarkdown(citation);
    try {
      await navigator.clipboard.writeText(content);
      setResult({ for: text, form, copied: true });
    } catch {
      setResult({ for: text, form, copied: false });
    }
  };

  return (
    <div className="copy-citation">
      <button type="button" aria-label={named('Copy citation')} onClick={() => void copy('text')}>
        Copy citation
      </button>
      <button type="button" aria-label={named('Copy as Markdown')} onClick={() => void copy('markdown')}>
        Copy as Markdown
      </button>
      <span role="status" className="copy-status">
        {shown
          ? shown.copied
            ? COPIED[shown.form]
            : 'Copy failed: the citation is below to copy by hand'
          : ''}
      </span>
      {shown && !shown.copied && (
        <textarea
          className="citation-text"
          readOnly
          aria-label="Citation"
          rows={6}
          value={shown.form === 'text' ? text : citationMarkdown(citation)}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </div>
  );
}
