/**
 * Scoring extraction against hand-written gold answers (`npm run eval`, scripts/eval.ts). Pure: what the
 * pipeline produced for one article and that article's gold file in, the figures out.
 *
 * A gold file (`tests/fixtures/devset/<name>.gold.json`, `tests/fixtures/seeds/<id>.gold.json`) names
 * what a careful reader finds in the page: its publication date, which lines are page furniture and
 * which are the article, the dated events (by a fragment of the sentence that states them), the quotes
 * with their speakers, the actors, names that must not be proposed as actors, and the positions a
 * curator would record. Fragments are matched after folding curly quotes and whitespace, ignoring case.
 */
import { mondayOf } from '../src/model/calendar';
import { DEMONYMS } from '../src/pipeline/actors';
import type { Actor, Article, Quote, Stance, StoryEvent } from '../src/model/schema';

export interface GoldEvent {
  /** A fragment of the sentence that states the event. */
  sentence: string;
  date: string;
  /** Defaults to `day`. A week is dated on its Monday, a month on its first day. */
  precision?: 'day' | 'week' | 'month' | 'year';
}

export interface GoldQuote {
  /** A fragment of the quoted words. */
  text: string;
  /** Actor id or actor name; null for an unnamed speaker (then `label` must be part of the speaker's label). */
  speaker: string | null;
  label?: string;
  /** Either reading is fair (a phrase that may be a quote or a term): not counted as missed if absent. */
  optional?: boolean;
}

export interface GoldPosition {
  actor: string;
  topic: string;
  /** On the scale; a blind gold may also say "undecided" (scored as `ambiguous`, see scorePositions). */
  stance: Stance | 'undecided';
  /** A fragment of the evidence sentence. */
  sentence: string;
  /**
   * Added when a suggestion the page's first gold lacked was read by hand and found to be a stance the page
   * states: the first gold files list one to three stances a page, not all of them.
   */
  addedOnReview?: boolean;
}

export interface Gold {
  layout: string;
  /** Kept out of development: evaluated only with `--held-out`. */
  heldOut?: boolean;
  published: string | null;
  /** The printed title, or (for a page that prints none) what the derived title must start with. */
  title?: string;
  titleStart?: string;
  /** Lines (or, for long lines, their start) that are page furniture, not article text. */
  boilerplate: string[];
  /** Fragments of the article's own paragraphs. */
  body: string[];
  events: GoldEvent[];
  quotes: GoldQuote[];
  actors: string[];
  /** Names that must not be proposed as actors: photographers, abbreviations, places. */
  notActors?: string[];
  positions?: GoldPosition[];
}

/** A position the build report suggests to the curator. */
export interface SuggestionLike {
  actorId: string;
  topicId: string;
  stance: string;
  evidence: { articleId: string; quote: string }[];
}

/** Everything the build produced for one article. */
export interface Extraction {
  article: Article | null;
  events: readonly StoryEvent[];
  quotes: readonly Quote[];
  actors: ReadonlyMap<string, Actor>;
  /** Names the report proposes as actors for this article (candidates and derived speakers). */
  proposedNames: readonly string[];
  suggestions: readonly SuggestionLike[];
}

export interface Tally {
  right: number;
  of: number;
}

export interface ArticleScore {
  name: string;
  published: { right: boolean; got: string | null; confidence: string | null };
  title: { right: boolean; got: string | null };
  boilerplateLeft: { left: string[]; of: number };
  bodyLost: { lost: string[]; of: number };
  events: { right: number; of: number; missed: string[]; wrongDate: string[]; extra: string[] };
  quotes: { found: number; of: number; missed: string[] };
  speakers: { right: number; of: number; wrong: string[] };
  quotePrecision: { right: number; of: number; wrong: string[] };
  factsFromBoilerplate: string[];
  actors: { found: number; of: number; missed: string[] };
  junkNames: string[];
  positions: {
    right: number;
    /** Right against the page's first gold alone, without the stances added on review. */
    rightFirst: number;
    of: number;
    wrong: string[];
    suggested: number;
    gold: number;
  };
}

/**
 * Folded for comparison: curly quotes straight, whitespace runs one space, lower case, letters without their
 * accents (a gold file may write "Sebastien Lecornu" where the gazetteer has "Sébastien").
 */
export function norm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * Is the boilerplate line `line` still in the text `kept` (a paragraph or a sentence)? A one- or two-word
 * line ("Share", "Ukraine") only when it is the whole text; a longer one also at its start (a heading
 * glued to the paragraph after it); a line of six words or more anywhere in it.
 */
export function stillThere(line: string, kept: string): boolean {
  const l = norm(line);
  const k = norm(kept);
  if (!l) return false;
  if (k === l) return true;
  const n = words(l);
  // A font-size button "A" is no heading: a paragraph opening on the article "A Downing Street spokesman …" keeps
  // nothing of it.
  if (/^(?:a|an|the)$/.test(l)) return false;
  // A short heading glued to its paragraph: the paragraph goes on with a capital ("Washington's role Merz …").
  if (n <= 2)
    return (
      kept.trim().length > line.trim().length &&
      k.startsWith(`${l} `) &&
      /^\s+\p{Lu}/u.test(kept.trim().slice(line.trim().length))
    );
  if (k.startsWith(l) && !/^[\p{L}\p{N}]/u.test(k.slice(l.length))) return true;
  return n >= 6 && k.includes(l);
}

/** Sentence id → text, for the article's body. */
function sentenceTexts(article: Article | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of article?.paragraphs ?? []) for (const s of p.sentences) out.set(s.id, s.text);
  return out;
}

function paragraphTexts(article: Article | null): string[] {
  return (article?.paragraphs ?? []).map((p) => p.sentences.map((s) => s.text).join(' '));
}

/**
 * A furniture line the story itself says further in: a pull quote repeating the speaker's words inside a
 * paragraph of the body ("“A European force without an American guarantee …”" over "“…,” said Hayk Torosyan.
 * “A European force without …”"). Those words in that paragraph are the article's, not furniture left.
 */
interface KeptParagraph {
  text: string;
  norm: string;
  /** It opens on one of the gold body's paragraphs. */
  body: boolean;
}

/** The extracted paragraphs, each normalised once, with whether it is one of the gold body's. */
function keptParagraphs(gold: Gold, paragraphs: readonly string[]): KeptParagraph[] {
  const starts = gold.body.map(norm);
  return paragraphs.map((text) => {
    const n = norm(text);
    return { text, norm: n, body: starts.some((b) => n.startsWith(b)) };
  });
}

/** Does the body paragraph `p` say the furniture line again past its start (six words or more)? */
function saidInBody(p: KeptParagraph, line: string): boolean {
  const l = norm(line);
  // Only a line of some length: "US" or "NATO" inside a paragraph says nothing of where a label went.
  return p.body && words(l) >= 6 && p.norm.indexOf(l) > 0;
}

/** The page's furniture: its boilerplate lines and its printed title, which is no paragraph of the body. */
const furniture = (gold: Gold) => (gold.title ? [gold.title, ...gold.boilerplate] : gold.boilerplate);

export function scoreArticle(name: string, gold: Gold, x: Extraction): ArticleScore {
  const sentences = sentenceTexts(x.article);
  const paragraphs = paragraphTexts(x.article);
  const kept = keptParagraphs(gold, paragraphs);
  return {
    name,
    published: scorePublished(gold, x.article),
    title: scoreTitle(gold, x.article),
    boilerplateLeft: {
      left: furniture(gold).filter((b) => kept.some((p) => stillThere(b, p.text) && !saidInBody(p, b))),
      of: furniture(gold).length,
    },
    bodyLost: {
      lost: gold.body.filter((b) => !norm(paragraphs.join(' ')).includes(norm(b))),
      of: gold.body.length,
    },
    events: scoreEvents(gold, x.events, sentences),
    ...scoreQuotes(gold, x),
    factsFromBoilerplate: factsFromBoilerplate(gold, x, sentences, kept),
    actors: scoreActors(gold, x),
    junkNames: (gold.notActors ?? []).filter((n) => x.proposedNames.some((p) => norm(p) === norm(n))),
    positions: scorePositions(gold, x.suggestions, x.actors),
  };
}

function scorePublished(gold: Gold, article: Article | null): ArticleScore['published'] {
  const got = article?.published?.date ?? null;
  return { right: got === gold.published, got, confidence: article?.published?.confidence ?? null };
}

function scoreTitle(gold: Gold, article: Article | null): ArticleScore['title'] {
  const got = article?.title ?? null;
  if (got === null) return { right: false, got };
  if (gold.title !== undefined) return { right: norm(got) === norm(gold.title), got };
  if (gold.titleStart !== undefined) return { right: norm(got).startsWith(norm(gold.titleStart)), got };
  return { right: true, got };
}

/** The sentences of this article an event cites, as text (a merged event may cite other articles too). */
function cited(e: StoryEvent, sentences: ReadonlyMap<string, string>): string[] {
  return e.evidence.flatMap((ev) => sentences.get(ev.sentenceId) ?? []);
}

const describe = (e: { date: string; precision?: string }, text: string) =>
  `${e.date}${e.precision && e.precision !== 'day' ? ` (${e.precision})` : ''} “${text.slice(0, 70)}”`;

/**
 * The same date at the same precision. A week is the same week whichever of its days names it: the gold
 * dates a week on its Monday, the pipeline dates a weekend on its Saturday.
 */
function sameDate(e: StoryEvent, g: GoldEvent): boolean {
  const precision = g.precision ?? 'day';
  if (e.precision !== precision) return false;
  return precision === 'week' ? mondayOf(e.date) === mondayOf(g.date) : e.date === g.date;
}

/**
 * A gold event is right when an extracted event cites a sentence holding its fragment, on its date and
 * precision. An extracted event on a gold sentence but on none of that sentence's gold dates is a wrong
 * date; one on no gold sentence at all is extra (reported, not scored).
 */
function scoreEvents(
  gold: Gold,
  events: readonly StoryEvent[],
  sentences: ReadonlyMap<string, string>,
): ArticleScore['events'] {
  const holds = (e: StoryEvent, fragment: string) =>
    cited(e, sentences).some((s) => norm(s).includes(norm(fragment)));
  const missed = gold.events.filter((g) => !events.some((e) => sameDate(e, g) && holds(e, g.sentence)));
  const wrongDate: string[] = [];
  const extra: string[] = [];
  for (const e of events) {
    const golds = gold.events.filter((g) => holds(e, g.sentence));
    const text = cited(e, sentences)[0] ?? '';
    // Extra when the sentence that states it (the first evidence; others may only set its date) is no gold one.
    if (!gold.events.some((g) => norm(text).includes(norm(g.sentence)))) extra.push(describe(e, text));
    else if (golds.length && !golds.some((g) => sameDate(e, g))) wrongDate.push(describe(e, text));
  }
  return {
    right: gold.events.length - missed.length,
    of: gold.events.length,
    missed: missed.map((g) => describe(g, g.sentence)),
    wrongDate,
    extra,
  };
}

/** The words of a quote, lower-cased, each between spaces: punctuation is no part of what was said. */
const asWords = (a: string) =>
  ` ${norm(a)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
const overlapsAsWords = (a: string, b: string) => {
  const x = asWords(a);
  const y = asWords(b);
  return x.trim() !== '' && y.trim() !== '' && (x.includes(y) || y.includes(x));
};
const overlaps = (a: string, b: string) => {
  const x = norm(a);
  const y = norm(b);
  return !!x && !!y && (x.includes(y) || y.includes(x));
};

/** A note in brackets after a gold name or label ("Downing Street (statement)"): no part of it. */
const NOTE_AFTER = /\s*\([^()]*\)\s*$/;

/**
 * "one senior European diplomat" is "a senior European diplomat": the label without its article, and without
 * a note in brackets after it ("Downing Street (statement)").
 */
const withoutArticle = (label: string) =>
  norm(label)
    .replace(NOTE_AFTER, '')
    .replace(/^(?:a|an|one|the)\s+/, '');

/**
 * Two labels of one unnamed source, written freely ("a joint statement by European leaders" and "a joint
 * statement by the leaders of Germany, France …"): the same noun heads them, and every capitalised word of the
 * gold's head ("a senior EU official") is in the other's.
 */
function sameKindOfSource(gold: string, extracted: string): boolean {
  const head = (label: string) =>
    label.split(
      /\s+(?:by|of|from|in|at|who|familiar|close|involved|briefed|with|speaking|travell?ing|accompanying)\s+/,
    )[0] ?? '';
  const goldHead = head(gold).trim();
  const noun = (h: string) =>
    norm(h)
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .trim()
      .split(/\s+/)
      .pop() ?? '';
  if (!goldHead || noun(goldHead) !== noun(head(extracted))) return false;
  const capitals = goldHead.match(/\p{Lu}[\p{L}.-]*/gu) ?? [];
  return capitals.every((w) => extracted.includes(w));
}

/** "Russia’s foreign ministry" and "the Russian foreign ministry" name one institution. */
function sameInstitution(gold: string, label: string): boolean {
  const plain = (text: string) =>
    norm(text)
      .replace(NOTE_AFTER, '')
      .replace(/^the\s+/, '')
      .replace(/\b([\p{L} ]+?)[’']s\b/gu, (whole, state: string) => {
        const entry = Object.entries(DEMONYMS).find(([name]) => norm(name) === state.trim());
        return entry ? (entry[1][0] as string).toLowerCase() : whole;
      });
  // "A Downing Street spokesman", "a Kremlin spokeswoman": the institution speaking through its spokesperson.
  const spokesperson = plain(label)
    .replace(/^(?:a|an)\s+/, '')
    .replace(/\s+spokes(?:man|woman|person)$/, '');
  return (
    (/\s/.test(gold.trim()) || spokesperson !== plain(label)) &&
    (plain(gold) === plain(label) || plain(gold) === spokesperson)
  );
}

/** Is the extracted quote's speaker the gold one? An unnamed gold speaker matches no actor or a group. */
export function speakerMatches(g: GoldQuote, q: Quote, actors: ReadonlyMap<string, Actor>): boolean {
  if (g.speaker === null) {
    const actor = q.speakerId ? actors.get(q.speakerId) : undefined;
    // A gold label that is an institution's name ("the White House", "Sinn Féin (statement)") is that
    // institution's actor.
    if (actor && g.label && namesOf(actor.id, actors).some((n) => sameName(n, g.label as string)))
      return true;
    const unnamed = !q.speakerId || actor?.kind === 'group';
    return (
      unnamed &&
      (!g.label ||
        withoutArticle(q.speakerLabel).includes(withoutArticle(g.label)) ||
        sameKindOfSource(g.label, q.speakerLabel) ||
        samePersonNamedShorter(g.label, q.speakerLabel))
    );
  }
  if (q.speakerId === g.speaker) return true;
  // An institution the gazetteer has no actor for ("Russian foreign ministry"): the label naming it counts,
  // with a state's possessive for its demonym ("Russia’s foreign ministry").
  if (!q.speakerId && sameInstitution(g.speaker, q.speakerLabel)) return true;
  // A person the page names by one name only ("Oksana"): the label that is exactly that name.
  if (!q.speakerId && !/\s/.test(g.speaker.trim()) && sameName(q.speakerLabel, g.speaker)) return true;
  const actor = q.speakerId ? actors.get(q.speakerId) : undefined;
  // A gold file may spell the name as its page does ("Volodymyr Zelenskyy"): any of the actor's names counts,
  // and so does the page's own spelling the quote was attributed by ("Vladimir Zelensky" for zelensky).
  return (
    !!actor &&
    (namesOf(actor.id, actors).some((n) => sameName(n, g.speaker as string)) ||
      (actor.kind === 'person' && sameName(q.speakerLabel, g.speaker)))
  );
}

/**
 * One name, however the gold writes it: with or without a middle initial ("Sergey V. Lavrov" is "Sergey
 * Lavrov"), a leading "the", or a note in brackets after it ("Sinn Féin (statement)").
 */
function sameName(name: string, gold: string): boolean {
  const bare = (n: string) =>
    norm(n)
      .replace(NOTE_AFTER, '')
      .replace(/^the\s+/, '')
      .replace(/\s[a-z]\.(?=\s)/g, '');
  return bare(name) === bare(gold);
}

/**
 * "A spokesperson for Mr Albanese" is the gold's "a spokesperson for Anthony Albanese", and "Starmer's office" is
 * "Keir Starmer's office": the extracted label's
 * words, without article and honorific, are the gold's in order, ending on the same name. A label that
 * stops short ("a spokesperson" for "a spokesperson for Keir Starmer", "a foreign ministry official" for "a
 * South Korean foreign ministry official") is not.
 */
function samePersonNamedShorter(gold: string, extracted: string): boolean {
  const words = (label: string) =>
    withoutArticle(label)
      .split(/\s+/)
      .filter((w) => w && !/^(?:mr|mrs|ms|dr|sir)\.?$/.test(w));
  const g = words(gold);
  const x = words(extracted);
  // The word both end on is a name ("Albanese"), not the noun of a kind of source ("official"), unless a name
  // owns the source ("Starmer's office" for "Keir Starmer's office").
  if (!/\p{Lu}[\p{L}'’-]*\s*$/u.test(extracted) && !/\p{Lu}[\p{L}-]*[’']s\s/u.test(extracted)) return false;
  if (x.length < 2 || g[g.length - 1] !== x[x.length - 1]) return false;
  let at = 0;
  for (const w of g) if (w === x[at]) at += 1;
  return at === x.length;
}

/** Of the quotes that hold the gold words or are held by them, the one nearest them in length. */
function closestInLength<Q extends { text: string }>(gold: string, quotes: readonly Q[]): Q | undefined {
  const size = asWords(gold).length;
  return [...quotes].sort(
    (a, b) => Math.abs(asWords(a.text).length - size) - Math.abs(asWords(b.text).length - size),
  )[0];
}

/**
 * The extracted quote a gold one is found as: the one that is exactly the gold words first ("never" is
 * Ryabkov's one word, not a longer quote of someone else's that happens to hold it); then one that holds the
 * gold words, or is held by them, as whole words, the nearest in length (“assurance” is no part of “… a
 * reassurance force …”; “from the air” is Trump's, “Help from the air, … not a guarantee,” an analyst's); then
 * any that overlaps.
 */
export function matchQuote<Q extends { text: string }>(
  g: Pick<GoldQuote, 'text'>,
  quotes: readonly Q[],
): Q | undefined {
  const gold = asWords(g.text);
  return (
    quotes.find((candidate) => asWords(candidate.text) === gold) ??
    // A gold quote is a fragment of what was said: a quote that holds it all goes before a nested word it
    // holds (“A promise to ‘help’ is not a guarantee” is the diplomat's, not Trump's “help”).
    closestInLength(
      g.text,
      quotes.filter((candidate) => gold.trim() !== '' && asWords(candidate.text).includes(gold)),
    ) ??
    closestInLength(
      g.text,
      quotes.filter((candidate) => overlapsAsWords(candidate.text, g.text)),
    ) ??
    quotes.find((candidate) => overlaps(candidate.text, g.text))
  );
}

function scoreQuotes(gold: Gold, x: Extraction) {
  const counted = gold.quotes.filter((g) => !g.optional);
  const missed: string[] = [];
  const wrong: string[] = [];
  let found = 0;
  let right = 0;
  for (const g of counted) {
    const q = matchQuote(g, x.quotes);
    if (!q) {
      missed.push(`“${g.text}” (${g.speaker ?? g.label ?? 'unnamed'})`);
      continue;
    }
    found += 1;
    if (speakerMatches(g, q, x.actors)) right += 1;
    else
      wrong.push(
        `“${g.text}”: ${q.speakerLabel} (${q.speakerId ?? 'no actor'}), want ${g.speaker ?? g.label}`,
      );
  }
  // A gold file lists a quote split by its attribution by its first part ("“A,” Carney said. “B.”"): the
  // second part, by the same speaker in the same sentence or the next (or the same paragraph or the next), is
  // that quote going on, not an extra one.
  const order = new Map(
    (x.article?.paragraphs ?? []).flatMap((p) => p.sentences).map((sentence, i) => [sentence.id, i]),
  );
  const at = (q: (typeof x.quotes)[number]) => order.get(q.evidence.sentenceId) ?? -2;
  // A quote running over two paragraphs, or a transcript's turn of several sentences, is one passage; the
  // gold lists it by a fragment of its first part.
  const paragraphOf = new Map(
    (x.article?.paragraphs ?? []).flatMap((p, i) => p.sentences.map((sentence) => [sentence.id, i] as const)),
  );
  const samePassage = (a: (typeof x.quotes)[number], b: (typeof x.quotes)[number]) => {
    const pa = paragraphOf.get(a.evidence.sentenceId);
    const pb = paragraphOf.get(b.evidence.sentenceId);
    return pa !== undefined && pb !== undefined && (pb === pa || pb === pa + 1);
  };
  const inGold = (q: (typeof x.quotes)[number]) => gold.quotes.some((g) => overlaps(q.text, g.text));
  const goesOn = (q: (typeof x.quotes)[number]) =>
    x.quotes.some(
      (first) =>
        first !== q &&
        inGold(first) &&
        first.speakerLabel === q.speakerLabel &&
        (at(q) - at(first) === 0 || at(q) - at(first) === 1 || samePassage(first, q)) &&
        at(first) >= 0,
    );
  const notQuotes = x.quotes.filter((q) => !inGold(q) && !goesOn(q));
  return {
    quotes: { found, of: counted.length, missed },
    speakers: { right, of: found, wrong },
    quotePrecision: {
      right: x.quotes.length - notQuotes.length,
      of: x.quotes.length,
      wrong: notQuotes.map((q) => `“${q.text.slice(0, 60)}” (${q.speakerLabel})`),
    },
  };
}

/** Extracted facts (events, quotes, suggested positions) whose sentence is page furniture. */
function factsFromBoilerplate(
  gold: Gold,
  x: Extraction,
  sentences: ReadonlyMap<string, string>,
  kept: readonly KeptParagraph[],
): string[] {
  const texts = [
    ...x.events.flatMap((e) => cited(e, sentences)),
    ...x.quotes.map((q) => sentences.get(q.evidence.sentenceId) ?? q.evidence.quote),
    ...x.suggestions.flatMap((s) => s.evidence.map((ev) => ev.quote)),
  ];
  // The fact's sentence is (part of) a furniture line: a headline of another story, a caption. A body
  // sentence that a heading was glued to is still the article's own.
  const inFurniture = (t: string) =>
    gold.boilerplate.some(
      (b) => words(t) >= 3 && norm(b).includes(norm(t)) && !kept.some((p) => saidInBody(p, b)),
    );
  return texts.filter(inFurniture).map((t) => `“${t.slice(0, 70)}”`);
}

/** The names a gold file may give an actor: its name or one of its aliases ("Moscow" for Russia). */
function namesOf(id: string, actors: ReadonlyMap<string, Actor>): string[] {
  const actor = actors.get(id);
  return [actor?.name ?? id, ...(actor?.aliases ?? [])].map(norm);
}

function scoreActors(gold: Gold, x: Extraction): ArticleScore['actors'] {
  const present = new Set([
    ...(x.article?.mentions ?? []).map((m) => m.actorId),
    ...x.quotes.map((q) => q.speakerId).filter((id): id is string => !!id),
  ]);
  const names = new Set([...present].flatMap((id) => namesOf(id, x.actors)));
  const missed = gold.actors.filter((a) => !present.has(a) && !names.has(norm(a)));
  return { found: gold.actors.length - missed.length, of: gold.actors.length, missed };
}

/**
 * A suggestion is right when a gold position has its actor (by id, or by the actor's name as blind pages
 * write it), topic and stance, and its evidence and the gold fragment are the same words: one holds the
 * other's opening (the suggestion quotes from its cue on, the gold fragment may start earlier or later).
 */
function scorePositions(
  gold: Gold,
  suggestions: readonly SuggestionLike[],
  actors: ReadonlyMap<string, Actor>,
): ArticleScore['positions'] {
  const golds = gold.positions ?? [];
  const sameActor = (id: string, g: GoldPosition) =>
    id === g.actor || namesOf(id, actors).includes(norm(g.actor));
  const sameWords = (quote: string, fragment: string) =>
    norm(quote).includes(norm(fragment).slice(0, 20)) || norm(fragment).includes(norm(quote).slice(0, 20));
  // Gold files written blind sometimes say "undecided", which is not on the scale: docs/curation.md counts an
  // actor that "declines to commit" or is "undecided" as `ambiguous`.
  const goldStance = (g: GoldPosition) => (g.stance === 'undecided' ? 'ambiguous' : g.stance);
  const matches = (s: SuggestionLike, g: GoldPosition) =>
    sameActor(s.actorId, g) &&
    s.topicId === g.topic &&
    s.stance === goldStance(g) &&
    s.evidence.some((ev) => sameWords(ev.quote, g.sentence));
  const wrong = suggestions.filter((s) => !golds.some((g) => matches(s, g)));
  const first = golds.filter((g) => !g.addedOnReview);
  return {
    right: suggestions.length - wrong.length,
    rightFirst: suggestions.filter((s) => first.some((g) => matches(s, g))).length,
    of: suggestions.length,
    wrong: wrong.map(
      (s) => `${s.actorId} ${s.topicId} ${s.stance}: “${(s.evidence[0]?.quote ?? '').slice(0, 70)}”`,
    ),
    suggested: golds.filter((g) => suggestions.some((s) => matches(s, g))).length,
    gold: golds.length,
  };
}

/** The figures of a set of articles, summed. */
export interface SetScore {
  articles: number;
  published: Tally;
  title: Tally;
  events: Tally;
  wrongDates: number;
  extraEvents: number;
  boilerplateLeft: Tally;
  bodyLost: Tally;
  quotes: Tally;
  speakers: Tally;
  quotePrecision: Tally;
  factsFromBoilerplate: number;
  actors: Tally;
  junkNames: number;
  positions: Tally;
  positionsFirstGold: Tally;
  positionRecall: Tally;
}

export function sumScores(scores: readonly ArticleScore[]): SetScore {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const tally = (right: (s: ArticleScore) => number, of: (s: ArticleScore) => number): Tally => ({
    right: sum(right),
    of: sum(of),
  });
  return {
    articles: scores.length,
    published: tally(
      (s) => (s.published.right ? 1 : 0),
      () => 1,
    ),
    title: tally(
      (s) => (s.title.right ? 1 : 0),
      () => 1,
    ),
    events: tally(
      (s) => s.events.right,
      (s) => s.events.of,
    ),
    wrongDates: sum((s) => s.events.wrongDate.length),
    extraEvents: sum((s) => s.events.extra.length),
    boilerplateLeft: tally(
      (s) => s.boilerplateLeft.left.length,
      (s) => s.boilerplateLeft.of,
    ),
    bodyLost: tally(
      (s) => s.bodyLost.lost.length,
      (s) => s.bodyLost.of,
    ),
    quotes: tally(
      (s) => s.quotes.found,
      (s) => s.quotes.of,
    ),
    speakers: tally(
      (s) => s.speakers.right,
      (s) => s.speakers.of,
    ),
    quotePrecision: tally(
      (s) => s.quotePrecision.right,
      (s) => s.quotePrecision.of,
    ),
    factsFromBoilerplate: sum((s) => s.factsFromBoilerplate.length),
    actors: tally(
      (s) => s.actors.found,
      (s) => s.actors.of,
    ),
    junkNames: sum((s) => s.junkNames.length),
    positions: tally(
      (s) => s.positions.right,
      (s) => s.positions.of,
    ),
    positionsFirstGold: tally(
      (s) => s.positions.rightFirst,
      (s) => s.positions.of,
    ),
    positionRecall: tally(
      (s) => s.positions.suggested,
      (s) => s.positions.gold,
    ),
  };
}

const ratio = (t: Tally) => `${t.right}/${t.of}`;
const percent = (t: Tally) => (t.of ? `${Math.round((100 * t.right) / t.of)}%` : 'n/a');

/** One line per figure, in the order of issue #12's table. `withoutAddress` is the date figure with no URL given. */
export function formatFigures(s: SetScore, withoutAddress?: Tally): string[] {
  return [
    `publication dates ${ratio(s.published)}${withoutAddress ? ` (without addresses ${ratio(withoutAddress)})` : ''}`,
    `dated events right ${ratio(s.events)} (on a wrong date ${s.wrongDates}, not in the gold ${s.extraEvents})`,
    `boilerplate lines left ${ratio(s.boilerplateLeft)} (body lines lost ${ratio(s.bodyLost)})`,
    `quotes found ${ratio(s.quotes)}`,
    `speakers right ${ratio(s.speakers)}`,
    `quote precision ${percent(s.quotePrecision)} (${ratio(s.quotePrecision)})`,
    `facts from unrelated headlines and other boilerplate ${s.factsFromBoilerplate}`,
    `titles right ${ratio(s.title)}`,
    `actors found ${ratio(s.actors)}; names wrongly proposed as actors ${s.junkNames}`,
    `position suggestions right ${percent(s.positions)} (${ratio(s.positions)}; against the first gold alone ${percent(s.positionsFirstGold)}, ${ratio(s.positionsFirstGold)}; gold positions suggested ${ratio(s.positionRecall)})`,
  ];
}

/** What went wrong in one article, one line each; empty when nothing did. */
export function formatMisses(s: ArticleScore): string[] {
  const out: string[] = [];
  const add = (label: string, items: readonly string[]) => {
    for (const item of items) out.push(`${label}: ${item}`);
  };
  if (!s.published.right)
    add('publication date', [`${s.published.got ?? 'none'} (${s.published.confidence ?? '-'})`]);
  if (!s.title.right) add('title', [`“${s.title.got ?? ''}”`]);
  add('boilerplate left', s.boilerplateLeft.left);
  add('body lost', s.bodyLost.lost);
  add('event missed', s.events.missed);
  add('event on a wrong date', s.events.wrongDate);
  add('event not in the gold', s.events.extra);
  add('quote missed', s.quotes.missed);
  add('speaker wrong', s.speakers.wrong);
  add('not a quote', s.quotePrecision.wrong);
  add('fact from boilerplate', s.factsFromBoilerplate);
  add('actor missed', s.actors.missed);
  add('proposed as an actor', s.junkNames);
  add('suggestion wrong', s.positions.wrong);
  return out;
}

/**
 * A fixture file's text without its `# FIXTURE: …` comment line (it says the page is a fixture; the page has
 * none). Only that line: a page saved as Markdown opens on its own `# Headline` right after it.
 */
export function stripFixtureHeader(text: string): string {
  return /^# FIXTURE\b/.test(text) ? text.slice(text.indexOf('\n') + 1 || text.length) : text;
}
