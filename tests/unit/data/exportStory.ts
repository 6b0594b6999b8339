import { buildStoryLookup } from '../../../src/app/data/storyLookup';
import type { AppPage } from '../../../src/app/view/explorerAddress';
import {
  makeActor,
  makeArticle,
  makeEvent,
  makeIndex,
  makePosition,
  makeQuote,
  makeTopic,
  summaryOf,
} from '../../fixtures/story';

/** A small story for the export tests, with dates chosen around window edges. */
export const exportIndex = makeIndex({
  articles: [
    summaryOf(makeArticle()),
    summaryOf(
      makeArticle({ id: 'a2', sourceUrl: null, publisher: null, published: null, title: 'No address' }),
    ),
  ],
  actors: [
    makeActor(),
    makeActor({ id: 'trump', name: 'Donald Trump', aliases: [] }),
    makeActor({ id: 'starmer', name: 'Keir Starmer', aliases: [] }),
  ],
  topics: [makeTopic(), makeTopic({ id: 'un-mandate', name: 'UN mandate', description: 'A UN mandate.' })],
  events: [
    makeEvent({ id: 'e1', date: '2025-02-10', title: 'Early meeting' }),
    makeEvent({
      id: 'e2',
      date: '2025-02-01',
      precision: 'month',
      title: '=Talks, "somewhere"',
      planned: true,
      actorIds: ['trump'],
      topicIds: ['un-mandate'],
      evidence: [{ articleId: 'a2', sentenceId: 'sx', quote: 'Talks were held.' }],
      provenance: 'extracted',
    }),
    makeEvent({
      id: 'e3',
      date: '2025-03-05',
      endDate: '2025-03-07',
      title: 'Three-day summit',
      kind: 'summit',
      actorIds: ['macron', 'trump'],
      topicIds: ['us-backstop'],
    }),
    makeEvent({
      id: 'e4',
      date: '2025-03-20',
      precision: 'week',
      title: 'Starmer week',
      actorIds: ['starmer'],
      topicIds: [],
    }),
  ],
  quotes: [
    makeQuote({ id: 'q1', eventId: 'e3' }),
    makeQuote({ id: 'q2', eventId: 'e1' }),
    makeQuote({ id: 'q3' }),
  ],
  positions: [
    makePosition({ id: 'p1', actorId: 'macron', date: '2025-03-06', stance: 'supports' }),
    makePosition({ id: 'p2', actorId: 'macron', topicId: 'un-mandate', date: '2025-03-10' }),
    makePosition({ id: 'p3', actorId: 'trump', date: '2025-02-20', stance: 'opposes' }),
    makePosition({ id: 'p4', actorId: 'trump', date: '2025-03-01', precision: 'month', stance: 'ambiguous' }),
    makePosition({ id: 'p5', actorId: 'starmer', date: '2025-03-20' }),
  ],
});

export const exportLookup = buildStoryLookup(exportIndex);
export const PAGE: AppPage = { protocol: 'https:', host: 'explorer.example', pathname: '/app/' };
