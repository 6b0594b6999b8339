import { lastDayCovered, type DataIndex } from '../../model/core';
import { formatStoryDate } from '../format/dates';
import { stanceLabel } from '../format/labels';
import { routePath } from '../view/explorerAddress';
import type { StoryLookup } from './storyLookup';

/** What a page says about itself to browsers and link-preview crawlers. */
export interface PageHead {
  /** The tab title, as the app sets it once running (`useDocumentTitle`). */
  title: string;
  /** The item's own name, for previews that name the site apart. */
  headline: string;
  /** One or two sentences for search results and link previews. */
  description: string;
  /** Open Graph type: an item of the story is an article, the rest the website. */
  type: 'website' | 'article';
  /** For an article-like item: the day it is about, `YYYY-MM-DD`. */
  published?: string;
}

/** One page of the built site: its path under the base (`/events/x/`) and its head. */
export interface StoryPage {
  path: string;
  head: PageHead;
}

export const SITE_NAME = 'Peace Plan Explorer';

/** The longest description a preview shows whole, about two lines of a chat-app card. */
const DESCRIPTION_LENGTH = 200;

const tabTitle = (title: string) => (title ? `${title} · ${SITE_NAME}` : SITE_NAME);

function shorten(text: string, max = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

const page = (
  path: string,
  title: string,
  description: string,
  extra: Partial<PageHead> = {},
): StoryPage => ({
  path,
  head: {
    title: tabTitle(title),
    headline: title || SITE_NAME,
    description: shorten(description),
    type: 'website',
    ...extra,
  },
});

/**
 * Every page the explorer has, with what each says about itself: the overview, the matrix and
 * search, and one page per event, article, actor, topic, actor on a topic, quote, position and
 * topic over time. The prerender writes one HTML file for each.
 */
export function storyPages(index: DataIndex, lookup: StoryLookup): StoryPage[] {
  const actorName = (id: string) => lookup.actorsById.get(id)?.name ?? id;
  const topicName = (id: string) => lookup.topicsById.get(id)?.name ?? id;
  const pages: StoryPage[] = [
    page(
      '/',
      '',
      `How the 2025 European plan for a peacekeeping force in Ukraine unfolded: ${index.counts.events} events, ${index.counts.quotes} quotes and the positions of ${index.counts.actors} actors, each with the sentence that states it.`,
    ),
    page(
      '/matrix/',
      'Who stands where',
      'The latest stance of each actor on each part of the plan, with the evidence for each.',
    ),
    page('/search/', 'Search', 'Search the events, quotes, actors and articles of the story.'),
  ];
  for (const event of index.events) {
    const when = formatStoryDate(event.date, event.precision, event.endDate);
    pages.push(
      page(
        routePath({ view: 'event', id: event.id }),
        event.title,
        `${when}. ${event.summary || event.evidence[0]?.quote || ''}`,
        {
          type: 'article',
          published:
            lastDayCovered(event.date, event.precision, event.endDate) === event.date
              ? event.date
              : undefined,
        },
      ),
    );
  }
  for (const article of index.articles) {
    const byline = [
      article.publisher,
      article.published && formatStoryDate(article.published.date, article.published.precision),
    ]
      .filter(Boolean)
      .join(', ');
    pages.push(
      page(
        routePath({ view: 'article', id: article.id }),
        article.title,
        `${byline ? `${byline}. ` : ''}The article, with every sentence the story cites marked.`,
        {
          type: 'article',
          published: article.published?.precision === 'day' ? article.published.date : undefined,
        },
      ),
    );
  }
  for (const actor of index.actors) {
    pages.push(
      page(
        routePath({ view: 'actor', id: actor.id }),
        actor.name,
        actor.description ?? actor.role ?? `${actor.name} in the story: stances, quotes and events.`,
      ),
    );
  }
  for (const topic of index.topics) {
    pages.push(page(routePath({ view: 'topic', id: topic.id }), topic.name, topic.description));
    pages.push(
      page(
        `/matrix/${encodeURIComponent(topic.id)}/`,
        `${topic.name}: stances over time`,
        `Who moved where on ${topic.name}, and when: every actor's stance over time, each with its evidence.`,
      ),
    );
  }
  const pairs = new Set(index.positions.map((p) => `${p.actorId}\u0000${p.topicId}`));
  for (const pair of [...pairs].sort()) {
    const [actorId, topicId] = pair.split('\u0000') as [string, string];
    pages.push(
      page(
        routePath({ view: 'actor-topic', actorId, topicId }),
        `${actorName(actorId)} on ${topicName(topicId)}`,
        `Every position of ${actorName(actorId)} on ${topicName(topicId)} over time, with the sentence behind each.`,
      ),
    );
  }
  for (const quote of index.quotes) {
    const article = lookup.articlesById.get(quote.evidence.articleId);
    const source = [
      article?.publisher,
      article?.published && formatStoryDate(article.published.date, article.published.precision),
    ]
      .filter(Boolean)
      .join(', ');
    // A preview of a quote is the quote itself, verbatim, and who said it.
    pages.push(
      page(
        routePath({ view: 'quote', id: quote.id }),
        `Quote: ${quote.speakerLabel}`,
        `“${quote.text}” — ${quote.speakerId ? actorName(quote.speakerId) : quote.speakerLabel}${source ? `, ${source}` : ''}`,
        { type: 'article' },
      ),
    );
  }
  for (const position of index.positions) {
    const title = `${actorName(position.actorId)} on ${topicName(position.topicId)}: ${stanceLabel(position.stance)}`;
    pages.push(
      page(
        routePath({ view: 'position', id: position.id }),
        title,
        `${formatStoryDate(position.date, position.precision)}. ${position.summary}`,
        {
          type: 'article',
        },
      ),
    );
  }
  return pages;
}

/** The page for an address that matches no view. */
export const NOT_FOUND_PAGE: StoryPage = page(
  '/404.html',
  'Page not found',
  'This address does not match any view of the explorer.',
);
