import { STANCE_ORDER } from '../../src/app/format/labels';
import { stanceMatrix, topicStanceOverTime } from '../../src/app/matrix/stanceMatrix';
import type { Position, Stance } from '../../src/model';
import { makeActor, makePosition, makeTopic } from '../fixtures/story';

const macron = makeActor();
const starmer = makeActor({ id: 'starmer', name: 'Keir Starmer', aliases: ['Starmer'] });
const meloni = makeActor({ id: 'meloni', name: 'Giorgia Meloni', aliases: ['Meloni'] });
const trump = makeActor({ id: 'trump', name: 'Donald Trump', aliases: ['Trump'] });
const backstop = makeTopic();
const troops = makeTopic({ id: 'troops', name: 'European troops', description: 'Troops in Ukraine.' });
const mandate = makeTopic({ id: 'un-mandate', name: 'UN mandate', description: 'A UN mandate.' });

let n = 0;
function pos(actorId: string, topicId: string, date: string, stance: Stance): Position {
  n += 1;
  return makePosition({ id: `p${n}`, actorId, topicId, date, stance });
}

describe('stanceMatrix', () => {
  const positions = [
    pos('starmer', 'troops', '2025-02-16', 'supports'),
    pos('macron', 'us-backstop', '2025-03-01', 'supports'),
    pos('macron', 'us-backstop', '2025-02-24', 'conditional'),
    pos('meloni', 'troops', '2025-02-17', 'skeptical'),
    pos('meloni', 'troops', '2025-03-02', 'skeptical'),
    pos('starmer', 'us-backstop', '2025-02-27', 'conditional'),
    pos('ghost', 'troops', '2025-02-20', 'opposes'),
  ];
  const matrix = stanceMatrix(positions, [trump, meloni, macron, starmer], [mandate, troops, backstop]);

  it('keeps only actors with positions, most positions first, then by name', () => {
    // Three actors have two positions each: by name Emmanuel, Giorgia, Keir. Trump has none.
    expect(matrix.actors.map((a) => a.id)).toEqual(['macron', 'meloni', 'starmer']);
  });

  it('puts the actor with more positions above one whose name sorts first', () => {
    const m = stanceMatrix(
      [
        pos('starmer', 'troops', '2025-02-16', 'supports'),
        pos('starmer', 'troops', '2025-02-18', 'supports'),
        pos('macron', 'troops', '2025-02-16', 'supports'),
      ],
      [macron, starmer],
      [troops],
    );
    expect(m.actors.map((a) => a.id)).toEqual(['starmer', 'macron']);
  });

  it('keeps only topics with positions, in the given order', () => {
    expect(matrix.topics.map((t) => t.id)).toEqual(['troops', 'us-backstop']);
  });

  it.each([
    ['macron', 'us-backstop', ['2025-02-24', '2025-03-01'], 'supports', true],
    ['meloni', 'troops', ['2025-02-17', '2025-03-02'], 'skeptical', false],
    ['starmer', 'troops', ['2025-02-16'], 'supports', false],
    ['starmer', 'us-backstop', ['2025-02-27'], 'conditional', false],
    ['ghost', 'troops', ['2025-02-20'], 'opposes', false],
  ])('cell(%s, %s): history %j, latest %s, changed %s', (actorId, topicId, dates, latest, changed) => {
    const cell = matrix.cell(actorId, topicId);
    expect(cell?.history.map((p) => p.date)).toEqual(dates);
    expect(cell?.latest.stance).toBe(latest);
    expect(cell?.latest).toBe(cell?.history.at(-1));
    expect(cell?.changed).toBe(changed);
  });

  it.each([
    ['macron', 'troops'],
    ['trump', 'us-backstop'],
    ['meloni', 'nothing'],
  ])('cell(%s, %s) is undefined without positions', (actorId, topicId) => {
    expect(matrix.cell(actorId, topicId)).toBeUndefined();
  });

  it('sees a change that later reverts (A → B → A) as changed', () => {
    const m = stanceMatrix(
      [
        pos('macron', 'troops', '2025-02-01', 'supports'),
        pos('macron', 'troops', '2025-02-02', 'opposes'),
        pos('macron', 'troops', '2025-02-03', 'supports'),
      ],
      [macron],
      [troops],
    );
    expect(m.cell('macron', 'troops')).toMatchObject({ changed: true, latest: { date: '2025-02-03' } });
  });

  it('keeps input order for positions on the same date and does not reorder the input', () => {
    const first = pos('macron', 'troops', '2025-02-01', 'supports');
    const second = pos('macron', 'troops', '2025-02-01', 'opposes');
    const input = [second, first];
    const m = stanceMatrix(input, [macron], [troops]);
    expect(m.cell('macron', 'troops')?.history).toEqual([second, first]);
    expect(input).toEqual([second, first]);
  });

  it('is empty for no positions', () => {
    const m = stanceMatrix([], [macron], [troops]);
    expect(m.actors).toEqual([]);
    expect(m.topics).toEqual([]);
    expect(m.cell('macron', 'troops')).toBeUndefined();
  });

  it('builds a 300 actor × 40 topic matrix from 11,900 positions correctly', () => {
    const actors = Array.from({ length: 300 }, (_, i) =>
      makeActor({ id: `actor-${i}`, name: `Actor ${String(i).padStart(3, '0')}` }),
    );
    const topics = Array.from({ length: 40 }, (_, i) => makeTopic({ id: `topic-${i}`, name: `Topic ${i}` }));
    const many: Position[] = [];
    // Actor i has positions on topics 0..(i % 40), two dates each; topic 39 only by actors 39, 79, ….
    for (let a = 0; a < 300; a++) {
      for (let t = 0; t <= a % 40; t++) {
        for (const [d, date] of ['2025-03-01', '2025-02-01'].entries()) {
          many.push(
            makePosition({
              id: `p-${a}-${t}-${d}`,
              actorId: `actor-${a}`,
              topicId: `topic-${t}`,
              date,
              stance: STANCE_ORDER[(a + t + d) % 5]!,
            }),
          );
        }
      }
    }
    expect(many).toHaveLength(11_900);
    const m = stanceMatrix(many, actors, topics);
    expect(m.actors).toHaveLength(300);
    expect(m.topics).toHaveLength(40);
    // Actors 39, 79, … have the most topics; among equals, by name ("Actor 039" first).
    expect(m.actors.slice(0, 3).map((a) => a.id)).toEqual(['actor-39', 'actor-79', 'actor-119']);
    expect(m.actors.at(-1)?.id).toBe('actor-280');
    const cell = m.cell('actor-5', 'topic-3');
    expect(cell?.history.map((p) => p.date)).toEqual(['2025-02-01', '2025-03-01']);
    expect(cell?.latest.id).toBe('p-5-3-0');
    expect(cell?.changed).toBe(true);
    expect(m.cell('actor-5', 'topic-6')).toBeUndefined();
  });
});

describe('topicStanceOverTime', () => {
  const positions = [
    pos('macron', 'troops', '2025-03-01', 'supports'),
    pos('meloni', 'troops', '2025-02-17', 'skeptical'),
    pos('macron', 'troops', '2025-02-17', 'conditional'),
    pos('starmer', 'troops', '2025-02-16', 'supports'),
    pos('starmer', 'us-backstop', '2025-02-27', 'conditional'),
    pos('ghost', 'troops', '2025-02-10', 'opposes'),
  ];

  it('lists the distinct dates of the topic, ascending, ignoring unknown actors and other topics', () => {
    const view = topicStanceOverTime(positions, 'troops', [starmer, meloni, macron]);
    expect(view.dates).toEqual(['2025-02-16', '2025-02-17', '2025-03-01']);
  });

  it('gives one row per actor, most positions first, cells aligned with the dates', () => {
    const view = topicStanceOverTime(positions, 'troops', [trump, starmer, meloni, macron]);
    expect(
      view.rows.map((r) => [
        r.actor.id,
        r.positions.map((p) => p.date),
        r.cells.map((c) => c.map((p) => p.stance)),
      ]),
    ).toEqual([
      ['macron', ['2025-02-17', '2025-03-01'], [[], ['conditional'], ['supports']]],
      ['meloni', ['2025-02-17'], [[], ['skeptical'], []]],
      ['starmer', ['2025-02-16'], [['supports'], [], []]],
    ]);
  });

  it.each([
    ['a topic nobody took a position on', 'un-mandate'],
    ['an unknown topic', 'nothing'],
  ])('is empty for %s', (_label, topicId) => {
    expect(topicStanceOverTime(positions, topicId, [macron, starmer])).toEqual({ dates: [], rows: [] });
  });
});
