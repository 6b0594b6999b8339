import { buildStoryLookup } from '../../src/app/data/storyLookup';
import { stanceChanges, storyOverview } from '../../src/app/data/storyOverview';
import { makeActor, makeEvent, makeIndex, makePosition } from '../fixtures/story';

const positions = [
  makePosition({ id: 'm1', actorId: 'meloni', date: '2025-02-17', stance: 'conditional' }),
  makePosition({ id: 'm2', actorId: 'meloni', date: '2025-03-02', stance: 'opposes' }),
  makePosition({ id: 't1', actorId: 'trump', date: '2025-02-24', stance: 'supports' }),
  makePosition({ id: 't2', actorId: 'trump', date: '2025-02-26', stance: 'ambiguous' }),
  makePosition({ id: 'c1', actorId: 'macron', date: '2025-02-24', stance: 'supports' }),
  makePosition({ id: 'c2', actorId: 'macron', date: '2025-03-10', stance: 'supports' }),
  makePosition({ id: 'c3', actorId: 'macron', topicId: 'troops', date: '2025-03-11', stance: 'skeptical' }),
];

describe('stanceChanges', () => {
  it('finds every move between consecutive positions of one actor on one topic, and its size', () => {
    const changes = stanceChanges(positions).map((c) => [c.from.id, c.to.id, c.size]);
    expect(changes).toEqual([
      ['m1', 'm2', 3],
      ['t1', 't2', 2],
    ]);
  });
});

describe('storyOverview', () => {
  const events = [
    makeEvent({ id: 'talks', date: '2025-02-12', actorIds: ['trump'] }),
    makeEvent({ id: 'visit', date: '2025-02-24', actorIds: ['macron', 'trump'] }),
    makeEvent({ id: 'summit', date: '2025-03-27', actorIds: ['macron'] }),
    makeEvent({ id: 'future-meeting', date: '2025-04-10', planned: true, actorIds: ['macron'] }),
  ];
  const index = makeIndex({
    events,
    positions,
    actors: ['macron', 'meloni', 'trump'].map((id) => makeActor({ id, name: id })),
  });
  const overview = storyOverview(index, buildStoryLookup(index));

  it('names the first event, the latest that happened and what is announced next', () => {
    expect(overview.first?.id).toBe('talks');
    expect(overview.latest?.id).toBe('summit');
    expect(overview.upcoming.map((e) => e.id)).toEqual(['future-meeting']);
  });

  it('puts the biggest change of stance first', () => {
    expect(overview.changes.map((c) => c.to.id)).toEqual(['m2', 't2']);
  });

  it('names the actors in the most events', () => {
    expect(overview.busiest).toEqual([
      { actorId: 'macron', events: 3 },
      { actorId: 'trump', events: 2 },
    ]);
  });
});
