import { dataIndex, isoDate, parseDataIndex, DataError, SCHEMA_VERSION } from '../../src/model';
import { makeEvent, makeIndex } from '../fixtures/story';

describe('the data contract', () => {
  it('accepts a valid index', () => {
    expect(dataIndex.safeParse(makeIndex()).success).toBe(true);
  });

  it.each([
    ['2025-02-30', 'is not a real calendar date'],
    ['2025-2-3', 'must be a date written YYYY-MM-DD'],
    ['24 Feb 2025', 'must be a date written YYYY-MM-DD'],
  ])('rejects the date %s with "%s"', (value, message) => {
    const result = isoDate.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it('rejects an event without evidence, naming the field', () => {
    const index = makeIndex({ events: [makeEvent({ evidence: [] })] });
    expect(() => parseDataIndex(index)).toThrow(/events\[0\]\.evidence/);
  });

  it('rejects an unknown stance', () => {
    const raw = JSON.parse(JSON.stringify(makeIndex())) as Record<string, unknown>;
    raw.positions = [
      {
        id: 'p',
        actorId: 'macron',
        topicId: 'us-backstop',
        date: '2025-02-24',
        precision: 'day',
        stance: 'enthusiastic',
        summary: 'x',
        evidence: [{ articleId: 'a1', sentenceId: 's1', quote: 'x' }],
      },
    ];
    expect(() => parseDataIndex(raw)).toThrow(/positions\[0\]\.stance/);
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi'])('rejects %s as an original address', (url) => {
    const raw = JSON.parse(JSON.stringify(makeIndex())) as { articles: { sourceUrl: string }[] };
    raw.articles[0]!.sourceUrl = url;
    expect(() => parseDataIndex(raw)).toThrow(/articles\[0\]\.sourceUrl/);
  });

  it('rejects ids that would not survive in a URL', () => {
    expect(() => parseDataIndex(makeIndex({ events: [makeEvent({ id: 'Bad Id' })] }))).toThrow(
      /events\[0\]\.id/,
    );
  });

  it('explains data that is newer than the app instead of a schema error', () => {
    const error = (() => {
      try {
        parseDataIndex({ ...makeIndex(), schemaVersion: SCHEMA_VERSION + 1 });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).kind).toBe('newer-schema');
    expect((error as DataError).message).toMatch(/newer|understands up to version/);
  });
});
