/**
 * Stage 7 — quotes: quoted speech with its speaker when the text attributes
 * it (`"…," Macron said`, `Trump said: "…"`, `"…," said a senior EU official
 * who …`, `"…," he said` → the nearest person before). Short quoted phrases
 * not next to a speech verb are scare quotes, not quotes. An unattributed
 * quote keeps speakerLabel "unknown" and speakerId null — never guessed.
 */
import type { Quote } from '../model/schema';
import type { ActorMatch, Gazetteer } from './actors';
import { sha1Hex, wordCount } from './util';

export interface QuoteSentence {
  id: string;
  text: string;
  paragraph: number;
  actors: readonly ActorMatch[];
}

const VERB =
  '(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|stated|states|declared|insisted|argued|warned|noted|explained|continued|replied|recalled|acknowledged|admitted|claimed|stressed|emphasi[sz]ed|posted|tweeted|commented|remarked|observed|suggested|urged|conceded|cautioned|announced|predicted|lamented|complained)';
/** Quote spans: a curly or straight pair, or a quote opened and never closed in the sentence. */
const SPAN = /“([^”]*)”|"([^"]*)"|“([^”]*)$/g;
const SCARE_MAX_WORDS = 3;

const AFTER_SPEAKER_VERB = new RegExp(
  `^\\s*[,—–-]?\\s*([^,.;:“”"]{1,80}?)\\s+(?:also\\s+|later\\s+|then\\s+)?${VERB}\\b`,
);
const AFTER_VERB_SPEAKER = new RegExp(`^\\s*[,—–-]?\\s*${VERB}\\s+([^.;:“”"]{1,140}?)\\s*(?:[.,;]|$)`);
const AFTER_ACCORDING = /^\s*[,—–-]?\s*according to\s+([^.;:“”"]{1,100}?)\s*(?:[.,;]|$)/;
const BEFORE_SPEAKER_VERB = new RegExp(
  `([^,;.“”"]{1,100}?)\\s+(?:also\\s+|later\\s+|then\\s+|previously\\s+)?${VERB}(?:\\s+(?:[\\w’']+)){0,3}?\\s*[:,]?\\s*(?:that\\s+)?$`,
);
const END_ATTRIBUTION = new RegExp(`^[^“”"]*?[,—–]\\s*([^,;.“”"]{1,60}?)\\s+${VERB}\\b`);
/** Words after which a quoted phrase is a name or term ("the “coalition of the willing” summit"). */
const TERM_BEFORE = /\b(?:the|a|an|its|their|so-called|dubbed|called|termed|known as)\s*$/i;
/** An embedded quote (part of a sentence) with no speaker in the sentence needs this many words to count. */
const EMBEDDED_MIN_WORDS = 6;
const PRONOUN = /^(?:he|she|they)$/i;
const ANONYMOUS =
  /^(?:an?|one|another|two|three|several|some|many|other|a (?:second|third|fourth)|second|third)\b/i;
const CUT_DESCRIPTION =
  /\s+(?:who|which|that|in|at|on|during|after|before|when|while|speaking|familiar|with knowledge)\b.*$/;

function cleanLabel(label: string): string {
  return label
    .replace(CUT_DESCRIPTION, '')
    .replace(/^(?:and|but|as|while)\s+/i, '')
    .trim();
}

function isPlausibleSpeaker(label: string): boolean {
  if (!label || wordCount(label) > 10) return false;
  if (/^(?:it|this|that|which|there|what)$/i.test(label)) return false;
  return (
    /^[\p{Lu}]/u.test(label) ||
    /^(?:an?|the|one|another|two|three|several|some|he|she|they|officials?|diplomats?|sources?)\b/i.test(
      label,
    )
  );
}

interface Attribution {
  label: string;
  /** Directly next to the quote marks (so even a short quote is speech). */
  adjacent: boolean;
}

function attribute(sentence: string, start: number, end: number): Attribution | null {
  const after = sentence.slice(end);
  const before = sentence.slice(0, start);
  let m = AFTER_SPEAKER_VERB.exec(after);
  if (m && isPlausibleSpeaker(cleanLabel(m[1] as string)))
    return { label: cleanLabel(m[1] as string), adjacent: true };
  m = AFTER_VERB_SPEAKER.exec(after);
  if (m && isPlausibleSpeaker(cleanLabel(m[1] as string)))
    return { label: cleanLabel(m[1] as string), adjacent: true };
  m = AFTER_ACCORDING.exec(after);
  if (m && isPlausibleSpeaker(cleanLabel(m[1] as string)))
    return { label: cleanLabel(m[1] as string), adjacent: true };
  m = BEFORE_SPEAKER_VERB.exec(before);
  if (m) {
    const label = cleanLabel((m[1] as string).replace(/^.*\b(?:when|while|after|as|and)\s+/i, ''));
    if (isPlausibleSpeaker(label))
      return { label, adjacent: /[:,]\s*$/.test(before) || /\b(?:said|says)\s*$/.test(before) };
  }
  m = END_ATTRIBUTION.exec(sentence.slice(end));
  if (m && isPlausibleSpeaker(cleanLabel(m[1] as string)))
    return { label: cleanLabel(m[1] as string), adjacent: false };
  return null;
}

export interface ExtractQuotesInput {
  articleId: string;
  sentences: readonly QuoteSentence[];
  gazetteer: Gazetteer;
  date: string | null;
}

/** Nearest person mentioned before `index` in this sentence or the previous three. */
function nearestPerson(input: ExtractQuotesInput, sentenceIndex: number, index: number): string | null {
  const { sentences, gazetteer } = input;
  for (let k = sentenceIndex; k >= 0 && k >= sentenceIndex - 3; k--) {
    const s = sentences[k] as QuoteSentence;
    const people = s.actors.filter(
      (a) => gazetteer.byId.get(a.actorId)?.kind === 'person' && (k < sentenceIndex || a.index < index),
    );
    const last = people[people.length - 1];
    if (last) return last.actorId;
  }
  return null;
}

function resolveSpeaker(label: string, input: ExtractQuotesInput, sentenceIndex: number, index: number) {
  const { gazetteer, date } = input;
  if (PRONOUN.test(label)) {
    const id = nearestPerson(input, sentenceIndex, index);
    return id
      ? { speakerId: id, speakerLabel: gazetteer.byId.get(id)?.name ?? label }
      : { speakerId: null, speakerLabel: 'unknown' };
  }
  const exact =
    gazetteer.lookupExact(label.replace(ANONYMOUS, '').trim(), date) ?? gazetteer.lookupExact(label, date);
  if (ANONYMOUS.test(label)) {
    // An anonymous speaker is only an actor when the gazetteer names that whole group ("EU diplomats").
    const group = exact ? gazetteer.byId.get(exact) : undefined;
    return { speakerId: group && group.kind === 'group' ? group.id : null, speakerLabel: label };
  }
  if (exact) return { speakerId: exact, speakerLabel: label };
  const hits = gazetteer.match(label, date);
  const named = hits.length === 1 && /^(?:the\s+)?[\p{Lu}]/u.test(label) ? hits[0] : undefined;
  const actor = named ? gazetteer.byId.get(named.actorId) : undefined;
  // "Macron's office", "the French official": the actor only when the label is essentially their name.
  if (
    actor &&
    named &&
    label
      .replace(named.text, '')
      .replace(/^(?:the|[’']s)\s*/i, '')
      .trim().length === 0
  ) {
    return { speakerId: actor.id, speakerLabel: label };
  }
  return { speakerId: null, speakerLabel: label };
}

export function extractQuotes(input: ExtractQuotesInput): Quote[] {
  const out: Quote[] = [];
  const short = sha1Hex(input.articleId, 6);
  let previous: {
    paragraph: number;
    speakerId: string | null;
    speakerLabel: string;
    sentence: number;
    wholeQuote: boolean;
  } | null = null;
  input.sentences.forEach((s, si) => {
    const spans: { start: number; end: number; inner: string }[] = [];
    for (const m of s.text.matchAll(SPAN)) {
      const inner = (m[1] ?? m[2] ?? m[3] ?? '') as string;
      spans.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, inner });
    }
    if (!spans.length) {
      previous = null;
      return;
    }
    const found: { inner: string; attribution: Attribution | null; start: number }[] = spans.map((sp) => ({
      inner: sp.inner,
      attribution: attribute(s.text, sp.start, sp.end),
      start: sp.start,
    }));
    // One attribution covers every quote of the sentence ('"A," he said. "B."').
    const shared = found.find((f) => f.attribution && f.attribution.adjacent)?.attribution ?? null;
    const quotedChars = spans.reduce((n, sp) => n + sp.end - sp.start, 0);
    const wholeQuote = quotedChars >= s.text.replace(/[\s.]+$/, '').length - 2;
    let n = 0;
    let sentenceSpeaker: { speakerId: string | null; speakerLabel: string } | null = null;
    for (const f of found) {
      const text = f.inner.replace(/[\s,]+$/, '').replace(/^\s+/, '');
      if (!text) continue;
      const attribution = f.attribution ?? (shared && wordCount(text) > SCARE_MAX_WORDS ? shared : null);
      if (wordCount(text) <= SCARE_MAX_WORDS && !(attribution && attribution.adjacent)) continue;
      if (!wholeQuote && !(attribution && attribution.adjacent) && TERM_BEFORE.test(s.text.slice(0, f.start)))
        continue;
      if (!attribution && !wholeQuote && wordCount(text) < EMBEDDED_MIN_WORDS) continue;
      let speaker: { speakerId: string | null; speakerLabel: string };
      if (attribution) speaker = resolveSpeaker(attribution.label, input, si, f.start);
      else if (
        wholeQuote &&
        previous &&
        previous.sentence === si - 1 &&
        previous.speakerLabel !== 'unknown'
      ) {
        // A bare quote right after an attributed quote continues it.
        speaker = { speakerId: previous.speakerId, speakerLabel: previous.speakerLabel };
      } else speaker = { speakerId: null, speakerLabel: 'unknown' };
      n += 1;
      sentenceSpeaker ??= speaker;
      out.push({
        id: `q-${short}-${s.id}-${n}`,
        text,
        speakerId: speaker.speakerId,
        speakerLabel: speaker.speakerLabel,
        evidence: { articleId: input.articleId, sentenceId: s.id, quote: s.text },
        topicIds: [],
        provenance: 'extracted',
      });
    }
    previous = sentenceSpeaker
      ? {
          paragraph: s.paragraph,
          sentence: si,
          wholeQuote,
          ...(sentenceSpeaker as { speakerId: string | null; speakerLabel: string }),
        }
      : null;
  });
  return out;
}
