import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { Article, ArticleSummary } from '../../model/core';
import { publicationDateSource } from '../format/publicationDate';
import { useArticle } from '../data/article';
import { articleCitation } from '../data/citations';
import { useStory } from '../data/storyIndex';
import { sentenceKey, type EvidenceUse } from '../data/storyLookup';
import { formatStoryDate } from '../format/dates';
import { CopyCitation } from '../ui/CopyCitation';
import { OriginalLink } from '../ui/OriginalLink';
import { ActorLink, ActorTopicLink, EventLink, QuoteLink } from '../ui/StoryLinks';
import { PagedList } from '../ui/PagedList';
import { PanelFrame } from '../ui/PanelFrame';
import { currentPage } from '../view/explorerAddress';
import { openArticleAt } from '../view/viewAddress';
import { QuoteList } from './QuoteList';

/** The sentence the article is opened at, once its text has loaded. */
function sentenceIn(article: Article | undefined, sentenceId: string | undefined) {
  if (!article || !sentenceId) return null;
  for (const paragraph of article.paragraphs)
    for (const sentence of paragraph.sentences) if (sentence.id === sentenceId) return sentence;
  return null;
}

function PublishedLine({ article }: { article: ArticleSummary }) {
  const published = article.published;
  if (!published) return <p className="muted">Publication date unknown: the article states none.</p>;
  return (
    <p>
      Published <time dateTime={published.date}>{formatStoryDate(published.date, published.precision)}</time>
      <span className={published.confidence === 'stated' ? undefined : 'inferred'}>
        {' '}
        ({publicationDateSource(published)})
      </span>
    </p>
  );
}

/** How many of a sentence's uses show inline before "and N more". */
const USES_SHOWN = 3;

/** What cites a sentence (events, quotes, positions), a few inline and the rest on request. */
function SentenceUses({ uses }: { uses: readonly EvidenceUse[] }) {
  const { lookup } = useStory();
  const [all, setAll] = useState(false);
  const shown = all ? uses : uses.slice(0, USES_SHOWN);
  return (
    <span className="sentence-uses">
      {shown.map((use) => {
        const position = use.type === 'position' ? lookup.positionsById.get(use.id) : undefined;
        return (
          <span key={`${use.type}:${use.id}`} className="use-link">
            {use.type === 'event' && <EventLink id={use.id}>{use.label}</EventLink>}
            {use.type === 'quote' && <QuoteLink id={use.id}>{use.label}</QuoteLink>}
            {position && (
              <ActorTopicLink actorId={position.actorId} topicId={position.topicId}>
                {use.label}
              </ActorTopicLink>
            )}
          </span>
        );
      })}
      {!all && uses.length > USES_SHOWN && (
        <button type="button" className="show-more inline" onClick={() => setAll(true)}>
          and {uses.length - USES_SHOWN} more
        </button>
      )}
    </span>
  );
}

function ArticleBody({ article, sentenceId }: { article: Article; sentenceId?: string }) {
  const { lookup } = useStory();
  const navigate = useNavigate();

  useEffect(() => {
    if (!sentenceId) return;
    const element = document.getElementById(`sentence-${sentenceId}`);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [sentenceId, article]);

  const known = !sentenceId || article.paragraphs.some((p) => p.sentences.some((s) => s.id === sentenceId));

  return (
    <>
      {!known && (
        <p className="notice" role="alert">
          This article has no sentence “{sentenceId}”: the link may come from an older version of the data.
        </p>
      )}
      <div className="article-text">
        {article.paragraphs.map((paragraph, i) => (
          <p key={i}>
            {paragraph.sentences.map((sentence) => {
              const uses = lookup.usesBySentence.get(
                sentenceKey({ articleId: article.id, sentenceId: sentence.id }),
              );
              const classes = [
                'sentence',
                uses ? 'is-evidence' : '',
                sentence.id === sentenceId ? 'is-target' : '',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <span key={sentence.id}>
                  <span
                    id={`sentence-${sentence.id}`}
                    className={classes}
                    tabIndex={-1}
                    onClick={() =>
                      void navigate({
                        to: './',
                        search: (current) => openArticleAt(current, sentence.id),
                        replace: true,
                      })
                    }
                  >
                    {sentence.text}
                  </span>
                  {uses && <SentenceUses uses={uses} />}{' '}
                </span>
              );
            })}
          </p>
        ))}
      </div>
    </>
  );
}

export function ArticlePanel({ summary, sentenceId }: { summary: ArticleSummary; sentenceId?: string }) {
  const { lookup } = useStory();
  const body = useArticle(summary.id);
  const events = lookup.eventsByArticle.get(summary.id) ?? [];
  const quotes = lookup.quotesByArticle.get(summary.id) ?? [];
  const mentions = [...summary.mentions].sort((a, b) => b.count - a.count);
  return (
    <PanelFrame
      title={summary.title}
      kicker={<>Article{summary.publisher ? ` · ${summary.publisher}` : ''}</>}
      className="article-panel"
    >
      {summary.titleDerived && (
        <p className="muted">The source has no headline; this title is taken from its text.</p>
      )}
      <p>
        {summary.author ? <>By {summary.author}</> : <span className="muted">Author not stated</span>}
        {' · '}
        <OriginalLink address={summary.sourceUrl}>Read the original</OriginalLink>
      </p>
      <PublishedLine article={summary} />
      <CopyCitation citation={articleCitation(summary, sentenceIn(body.data, sentenceId), currentPage())} />
      {summary.citedOutlets.length > 0 && <p>Cites: {summary.citedOutlets.join(', ')}</p>}

      {mentions.length > 0 && (
        <>
          <h3>Actors mentioned</h3>
          <PagedList items={mentions} noun="actors" className="chip-list">
            {(m) => (
              <li key={m.actorId}>
                <ActorLink id={m.actorId}>{lookup.actorsById.get(m.actorId)?.name ?? m.actorId}</ActorLink>{' '}
                <span className="count">{m.count}</span>
              </li>
            )}
          </PagedList>
        </>
      )}
      {events.length > 0 && (
        <>
          <h3>Events from this article</h3>
          <PagedList
            items={events}
            noun="events"
            className="plain-list"
            aria-label="Events from this article"
          >
            {(e) => (
              <li key={e.id}>
                <EventLink id={e.id}>{e.title}</EventLink>
              </li>
            )}
          </PagedList>
        </>
      )}
      {quotes.length > 0 && (
        <>
          <h3>Quotes from this article</h3>
          <QuoteList quotes={quotes} />
        </>
      )}

      <h3>Text</h3>
      {body.isPending && (
        <p className="loading" role="status">
          Loading the article text…
        </p>
      )}
      {body.isError && (
        <div className="load-error" role="alert">
          <p>{body.error.message}</p>
          <button type="button" onClick={() => void body.refetch()}>
            Retry
          </button>
        </div>
      )}
      {body.data && <ArticleBody article={body.data} sentenceId={sentenceId} />}
    </PanelFrame>
  );
}
