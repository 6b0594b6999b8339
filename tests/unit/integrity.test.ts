import { checkIntegrity } from '../../src/model';
import { makeArticle, makeEvent, makeIndex, makePosition, makeQuote, SENTENCE } from '../fixtures/story';

const articles = new Map([['a1', makeArticle()]]);

describe('checkIntegrity', () => {
  it('finds nothing wrong in consistent data', () => {
    const index = makeIndex({ quotes: [makeQuote()], positions: [makePosition()] });
    expect(checkIntegrity(index, articles)).toEqual([]);
  });

  it('names an unknown actor with its path', () => {
    const index = makeIndex({ events: [makeEvent({ actorIds: ['macron', 'nobody'] })] });
    expect(checkIntegrity(index)).toEqual([
      { path: 'events[0].actorIds[1]', message: 'unknown actor "nobody"' },
    ]);
  });

  it('names an unknown topic, article and speaker', () => {
    const index = makeIndex({
      positions: [makePosition({ topicId: 'moon-base' })],
      quotes: [makeQuote({ speakerId: 'ghost' })],
      events: [makeEvent({ evidence: [{ articleId: 'zz', sentenceId: 's1', quote: 'x' }] })],
    });
    const paths = checkIntegrity(index).map((p) => p.path);
    expect(paths).toEqual(['events[0].evidence[0].articleId', 'quotes[0].speakerId', 'positions[0].topicId']);
  });

  it('refuses evidence that is not verbatim in its sentence', () => {
    const index = makeIndex({
      events: [
        makeEvent({ evidence: [{ articleId: 'a1', sentenceId: SENTENCE.id, quote: 'Macron met Trump' }] }),
      ],
    });
    const problems = checkIntegrity(index, articles);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('events[0].evidence[0].quote');
    expect(problems[0]!.message).toMatch(/not verbatim/);
  });

  it('refuses evidence pointing at a sentence the article does not have', () => {
    const index = makeIndex({
      events: [makeEvent({ evidence: [{ articleId: 'a1', sentenceId: 'nope', quote: 'Macron' }] })],
    });
    expect(checkIntegrity(index, articles)[0]?.path).toBe('events[0].evidence[0].sentenceId');
  });

  it('reports duplicate ids', () => {
    const index = makeIndex({ events: [makeEvent(), makeEvent()] });
    expect(checkIntegrity(index)).toEqual([
      { path: 'events[1].id', message: 'duplicate id "macron-visits-trump"' },
    ]);
  });
});
