import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, generateRawArticles, toJson, writeCorpus } from '../../scripts/syntheticCorpus';
import {
  articleFile,
  checkIntegrity,
  dataIndex,
  parseArticleFile,
  parseDataIndex,
  SCHEMA_VERSION,
} from '../../src/model';

const SMALL = { articles: 50, events: 300, actors: 40, topics: 8 } as const;

describe('synthetic corpus', () => {
  const corpus = generateCorpus({ seed: 7, ...SMALL });

  it('parses with the contract', () => {
    expect(dataIndex.safeParse(corpus.index).success).toBe(true);
    for (const article of corpus.articles) {
      expect(articleFile.safeParse({ schemaVersion: SCHEMA_VERSION, article }).success).toBe(true);
    }
  });

  it('passes the integrity check, sentences and quotes included', () => {
    const bodies = new Map(corpus.articles.map((a) => [a.id, a]));
    expect(checkIntegrity(corpus.index, bodies)).toEqual([]);
  });

  it('has the requested sizes and realistic shapes', () => {
    const { index } = corpus;
    expect(index.counts).toMatchObject({ articles: 50, events: 300, actors: 40, topics: 8 });
    expect(index.events).toHaveLength(300);
    for (const article of corpus.articles) {
      expect(article.sentenceCount).toBeGreaterThanOrEqual(15);
      expect(article.sentenceCount).toBeLessThanOrEqual(60);
      const titleWords = article.title.split(' ').length;
      expect(titleWords).toBeGreaterThanOrEqual(6);
    }
    for (const event of index.events) {
      expect(event.actorIds.length).toBeGreaterThanOrEqual(1);
      expect(event.actorIds.length).toBeLessThanOrEqual(4);
    }
    const precisions = new Set(index.events.map((e) => e.precision));
    expect(precisions).toEqual(new Set(['day', 'week', 'month']));
    expect(index.events.some((e) => e.planned)).toBe(true);
    expect(new Set(index.events.map((e) => e.kind)).size).toBeGreaterThanOrEqual(6);
    // Skewed: the most frequent actor is in far more events than the median one.
    const freq = new Map<string, number>();
    for (const e of index.events) for (const a of e.actorIds) freq.set(a, (freq.get(a) ?? 0) + 1);
    const sorted = [...freq.values()].sort((a, b) => b - a);
    expect(sorted[0]!).toBeGreaterThan(5 * sorted[Math.floor(sorted.length / 2)]!);
  });

  it('is byte-identical for the same seed and different for another', () => {
    const again = generateCorpus({ seed: 7, ...SMALL });
    const other = generateCorpus({ seed: 8, ...SMALL });
    expect(toJson(again.index)).toBe(toJson(corpus.index));
    expect(toJson(again.articles)).toBe(toJson(corpus.articles));
    expect(toJson(other.index)).not.toBe(toJson(corpus.index));
  });

  it('writes files the app can load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
    try {
      writeCorpus(dir, corpus);
      const index = parseDataIndex(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));
      expect(index.counts.events).toBe(300);
      const files = readdirSync(join(dir, 'articles'));
      expect(files).toHaveLength(50);
      const first = corpus.articles[0]!;
      const file = `articles/${first.id}.json`;
      expect(parseArticleFile(JSON.parse(readFileSync(join(dir, file), 'utf8')), file)).toEqual(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('generates raw article texts deterministically', () => {
    const raw = generateRawArticles(5, 3);
    expect(raw).toEqual(generateRawArticles(5, 3));
    expect(raw).toHaveLength(5);
    for (const { name, text } of raw) {
      expect(name).toMatch(/^\d{6}_[0-9a-f]{8}\.txt$/);
      expect(text).toMatch(/^(Published |Updated )?[A-Z][a-z]+ \d{1,2}, 2025/m);
      expect(text).toMatch(/^By /m);
    }
  });

  it('counts the full-size corpus correctly', () => {
    const full = generateCorpus({ seed: 1 });
    expect(full.index.counts).toEqual({
      articles: 2000,
      events: 10000,
      actors: 300,
      topics: 20,
      quotes: 5000,
      positions: 3000,
    });
    expect(full.index.events).toHaveLength(10000);
    expect(full.index.actors).toHaveLength(300);
    expect(full.articles).toHaveLength(2000);
    expect(new Set(full.index.events.map((e) => e.id)).size).toBe(10000);
  }, 20_000);
});
