import type { Article, DataIndex, Evidence } from './schema';
import type { Problem } from './problems';

/**
 * Every id the data refers to must exist, and every evidence quote must be
 * verbatim in the sentence it names. Pass article bodies to check sentences
 * and quotes too; without them only ids in the index are checked.
 */
export function checkIntegrity(
  index: Pick<DataIndex, 'articles' | 'actors' | 'topics' | 'events' | 'quotes' | 'positions'>,
  articles?: ReadonlyMap<string, Article>,
): Problem[] {
  const problems: Problem[] = [];
  const actorIds = new Set(index.actors.map((a) => a.id));
  const topicIds = new Set(index.topics.map((t) => t.id));
  const articleIds = new Set(index.articles.map((a) => a.id));
  const eventIds = new Set(index.events.map((e) => e.id));
  const sentences = new Map<string, string>();
  if (articles) {
    for (const article of articles.values()) {
      for (const paragraph of article.paragraphs) {
        for (const s of paragraph.sentences) sentences.set(`${article.id}#${s.id}`, s.text);
      }
    }
  }

  const need = (set: Set<string>, value: string | null | undefined, path: string, what: string) => {
    if (value != null && !set.has(value)) problems.push({ path, message: `unknown ${what} "${value}"` });
  };
  const checkEvidence = (ev: Evidence, path: string) => {
    need(articleIds, ev.articleId, `${path}.articleId`, 'article');
    if (!articles || !articleIds.has(ev.articleId)) return;
    const text = sentences.get(`${ev.articleId}#${ev.sentenceId}`);
    if (text === undefined) {
      problems.push({
        path: `${path}.sentenceId`,
        message: `article "${ev.articleId}" has no sentence "${ev.sentenceId}"`,
      });
    } else if (!text.includes(ev.quote)) {
      problems.push({
        path: `${path}.quote`,
        message: `"${ev.quote}" is not verbatim in sentence "${ev.sentenceId}" of "${ev.articleId}"`,
      });
    }
  };
  const duplicates = (items: readonly { id: string }[], name: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id))
        problems.push({ path: `${name}[${i}].id`, message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
  };

  duplicates(index.articles, 'articles');
  duplicates(index.actors, 'actors');
  duplicates(index.topics, 'topics');
  duplicates(index.events, 'events');
  duplicates(index.quotes, 'quotes');
  duplicates(index.positions, 'positions');

  index.articles.forEach((a, i) =>
    a.mentions.forEach((m, j) => need(actorIds, m.actorId, `articles[${i}].mentions[${j}].actorId`, 'actor')),
  );
  index.actors.forEach((a, i) => need(actorIds, a.affiliation, `actors[${i}].affiliation`, 'actor'));
  index.events.forEach((e, i) => {
    e.actorIds.forEach((a, j) => need(actorIds, a, `events[${i}].actorIds[${j}]`, 'actor'));
    e.topicIds.forEach((t, j) => need(topicIds, t, `events[${i}].topicIds[${j}]`, 'topic'));
    e.evidence.forEach((ev, j) => checkEvidence(ev, `events[${i}].evidence[${j}]`));
    if (e.endDate && e.endDate < e.date) {
      problems.push({
        path: `events[${i}].endDate`,
        message: `ends (${e.endDate}) before it starts (${e.date})`,
      });
    }
  });
  index.quotes.forEach((q, i) => {
    need(actorIds, q.speakerId, `quotes[${i}].speakerId`, 'actor');
    need(eventIds, q.eventId, `quotes[${i}].eventId`, 'event');
    q.topicIds.forEach((t, j) => need(topicIds, t, `quotes[${i}].topicIds[${j}]`, 'topic'));
    checkEvidence(q.evidence, `quotes[${i}].evidence`);
    if (!q.evidence.quote.includes(q.text) && !q.text.includes(q.evidence.quote)) {
      problems.push({ path: `quotes[${i}].text`, message: 'is not part of its evidence quote' });
    }
  });
  index.positions.forEach((p, i) => {
    need(actorIds, p.actorId, `positions[${i}].actorId`, 'actor');
    need(topicIds, p.topicId, `positions[${i}].topicId`, 'topic');
    p.evidence.forEach((ev, j) => checkEvidence(ev, `positions[${i}].evidence[${j}]`));
  });
  return problems;
}
