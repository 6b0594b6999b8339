/**
 * Who "he", "she" or "they" is when a quote is attributed to a pronoun ("…," she said / He added: "…").
 * Not simply the nearest name: the person the text is about, which is the subject of the sentences before
 * — "Asked whether Trump would commit air power, Rutte declined to say. He added: …" is Rutte, and "She
 * pointed out that Trump had paused aid. '…,' she said" skips the sentence whose subject is "she" itself
 * back to the one that names her. A person once taken for "she" is not taken for "he" (and the reverse),
 * nor is one the text calls "Mr"/"Ms".
 */
import type { ActorMatch, Gazetteer } from './actors';
import { officeHolder } from './offices';
import { endsInsideQuote, firstAtIndex, textBefore } from './util';

export interface PronounSentence {
  text: string;
  actors: readonly ActorMatch[];
}

export type Pronoun = 'he' | 'she' | 'they';

/** How far before a name its quote's opening mark is looked for. */
const QUOTE_REACH = 600;
/** How far back a pronoun's person is looked for: this sentence and the three before. */
const PRONOUN_REACH = 3;

/** People mentioned in each sentence, in text order, listed once per sentence and article. */
export class PeopleIndex {
  private readonly cache = new Map<number, ActorMatch[]>();
  constructor(
    private readonly sentences: readonly PronounSentence[],
    private readonly gazetteer: Gazetteer,
  ) {}

  of(sentenceIndex: number): ActorMatch[] {
    let people = this.cache.get(sentenceIndex);
    if (!people) {
      const s = this.sentences[sentenceIndex] as PronounSentence;
      people = s.actors.filter((a) => this.gazetteer.byId.get(a.actorId)?.kind === 'person');
      this.cache.set(sentenceIndex, people);
    }
    return people;
  }

  /** People of a sentence mentioned at `from` ≤ index < `to`, by binary search. */
  between(sentenceIndex: number, from: number, to: number): ActorMatch[] {
    const people = this.of(sentenceIndex);
    return people.slice(firstAtIndex(people, from), firstAtIndex(people, to));
  }
}

/**
 * What may stand before a sentence's subject in its clause: capitalised words (offices, names, "NATO"),
 * a possessive, articles and office words ("President Donald Trump's special envoy Steve Witkoff"), "of" or
 * "for" inside an office ("Secretary of State Marco Rubio").
 */
const SUBJECT_PREFIX =
  /^(?:(?:the|a|an|former|special|top|chief|senior|deputy|foreign|defen[cs]e|outgoing|envoy|spokes(?:man|woman|person)|minister|secretary|president|chancellor|premier|leader|(?<=\p{Lu}[\p{L}.'’-]*\s)(?:of|for)|[\p{Lu}][\p{L}.'’-]*)[\s-]+)*$/u;
const INVERTED_SPEECH = new RegExp(
  `^(?:said|says|added|asked|wrote|replied|insisted|warned|argued|continued)\\s+(?:${SUBJECT_PREFIX.source.slice(1, -1)})$`,
  'u',
);
const CLAUSE_BOUNDARY = /[,;:—–(“”"]/g;

/** The sentence's subject among its people: the first one at the start of its clause, not a possessive. */
export function subjectOf(text: string, people: readonly ActorMatch[]): ActorMatch | null {
  let previous: ActorMatch | null = null;
  for (const p of people) {
    // "…, among them Keir Starmer, Emmanuel Macron and Giorgia Meloni, sat …": a later name of a list starts
    // no clause, though a comma stands before it.
    const between = previous ? text.slice(previous.index + previous.text.length, p.index) : null;
    const next = text.slice(p.index + p.text.length, p.index + p.text.length + 40);
    const listed =
      between !== null &&
      (/^\s*,?\s*and\s*$/.test(between) ||
        (/^\s*,\s*$/.test(between) && /^(?:,\s*|\s+and\s+)\p{Lu}/u.test(next)));
    previous = p;
    if (listed) continue;
    if (/^[’']s\b/.test(text.slice(p.index + p.text.length, p.index + p.text.length + 3))) continue;
    const before = textBefore(text, p.index, 160);
    let start = 0;
    for (const m of before.matchAll(CLAUSE_BOUNDARY)) start = (m.index ?? 0) + 1;
    const clause = before.slice(start).trimStart();
    if (SUBJECT_PREFIX.test(clause)) return p;
    // "“…,” said Starmer, who brought a letter inviting Trump": the speaker after an inverted speech verb.
    if (/[“”"]\s*,?$/.test(before.slice(0, start)) && INVERTED_SPEECH.test(clause)) return p;
  }
  return null;
}

/**
 * With no subject of its own among its people ("The remarks came the day after Trump hosted Zelensky …"), the
 * subject of a clause of time or reason the sentence tells ("after Trump hosted"): the person the text is
 * about, not the ones that clause names after its verb.
 */
const CLAUSE_OPENER =
  /\b(?:after|before|when|as|while|since|because|until|once|where|although|though)\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|President|Prime Minister|Chancellor)\.?\s+)?$/;
function clauseSubjectOf(text: string, people: readonly ActorMatch[]): ActorMatch | null {
  for (const p of people) {
    if (!CLAUSE_OPENER.test(textBefore(text, p.index, 40))) continue;
    const after = text.slice(p.index + p.text.length, p.index + p.text.length + 30);
    if (/^\s+(?:(?:had|has|was|were|then|also|first)\s+)?\p{Ll}{2,}/u.test(after) && !/^\s+and\b/.test(after))
      return p;
  }
  return null;
}

/**
 * "Sybiha wrote on X that …, and Zelensky urged the coalition to move quickly. “…,” he said.": the subject of
 * the sentence's last clause, after ", and" or ", but", is the one who goes on speaking.
 */
const COORDINATE_CLAUSE = new RegExp(
  `,[”"’]?\\s*(?:and|but|yet|while|whereas)\\s+(?:${SUBJECT_PREFIX.source.slice(1, -1)})$`,
  'u',
);
// A verb of speech or of a stand taken: "urged", "refused to sign"; "Tusk later joined the call" hands over nothing.
// "… and Mr Zelensky has said he is ready": in the perfect too.
// "…, while Emmanuel Macron was more guarded.": how someone spoke is a verb of speech too.
const OWN_VERB =
  /^\s+(?:(?:has|have|had)\s+)?(?:(?:also|later|then|again|quickly|instead|repeatedly|already)\s+)?(?:said|says|told|urged|warned|insisted|argued|refused|rejected|dismissed|called|demanded|vowed|pledged|promised|stressed|added|wrote|declined|replied|countered|responded|welcomed|hailed|praised|described|(?:was|were|sounded|seemed|remained)\s+(?:(?:more|less|far|much|even|rather|notably|also)\s+)*(?:guarded|cautious|sceptical|skeptical|blunt|direct|cooler|warmer|upbeat|optimistic|pessimistic|critical|defiant|firm|emphatic|circumspect|measured|forthright))\b/u;
function lastClauseSubject(text: string, people: readonly ActorMatch[]): ActorMatch | null {
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i] as ActorMatch;
    // "…, while Mark Rutte, the Nato secretary-general, welcomed …": the description between commas goes.
    const after = text
      .slice(p.index + p.text.length, p.index + p.text.length + 100)
      .replace(/^,\s+(?:the|a|an|his|her|its)\s+[^,;“”"]{1,60},(?=\s)/, '');
    if (COORDINATE_CLAUSE.test(textBefore(text, p.index, 120)) && OWN_VERB.test(after)) return p;
  }
  return null;
}

/**
 * "According to Stubb, Trump signalled that … . “…,” he said.": the one the sentence cites is the one who
 * goes on speaking, not the subject of what they reported.
 */
function citedSource(text: string, people: readonly ActorMatch[]): ActorMatch | null {
  const first = people[0];
  if (!first) return null;
  return /^\s*(?:According to|In the words of)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+)*$/u.test(
    text.slice(0, first.index),
  )
    ? first
    : null;
}

/**
 * The pronoun a sentence opens with as its subject ("She pointed out that …", "But he acknowledged …"), maybe
 * after an opening phrase ("The following day, he ruled out …", "On Monday, she said …"), if any.
 */
export function leadingPronoun(text: string): Pronoun | null {
  const m =
    /^\s*(?:(?:But|And|Yet|So|Still)\s+)?(He|She|They|he|she|they)\b/.exec(text) ??
    // "On Tuesday morning, however, he told Fox News …": a connective between commas may follow the phrase.
    /^\s*[^,;:“”"]{1,100},\s+(?:(?:however|meanwhile|though|too|also|in turn|by contrast|for his part|for her part),\s+)?(he|she|they)\b/.exec(
      text,
    ) ??
    // "On Thursday he briefed the group …": a short phrase of time with no comma.
    /^\s*(?:On|Last|Earlier|Later|That|This|By)\s+(?:\p{Lu}\p{Ll}+day|(?:the\s+)?(?:morning|evening|afternoon|night|week|day))(?:\s+(?:morning|evening|afternoon|night))?\s+(he|she|they)\b/u.exec(
      text,
    );
  return m ? ((m[1] as string).toLowerCase() as Pronoun) : null;
}

/**
 * Is `index` inside quoted words: after an opening mark not yet closed (curly, or an odd straight one)? Read
 * over the text just before it, so that a long run-on sentence costs the same per name.
 */
function insideQuote(text: string, index: number): boolean {
  return endsInsideQuote(textBefore(text, index, QUOTE_REACH));
}

/** Where the same pronoun (or its object or possessive) stands earlier in the text than `index`, or -1. */
function samePronounBefore(text: string, pronoun: Pronoun, index: number): number {
  if (pronoun === 'they') return -1;
  const forms = pronoun === 'he' ? /\b(?:he|him|his)\b/i : /\b(?:she|her)\b/i;
  const m = forms.exec(text.slice(0, index));
  return m && m.index < index - 1 ? m.index : -1;
}

/** A clause's opening conjunction and any title before its subject's name: "When Prime Minister ", "After ". */
const OPENING_CLAUSE_BEFORE_SUBJECT =
  /^(?:When|After|As soon as|As|Once|While|Before|Since|Although|Though|Until)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** Resolves the pronouns of one article, remembering which person each pronoun was found to be. */
export class Antecedents {
  private readonly known = new Map<string, Pronoun>();
  constructor(
    private readonly sentences: readonly PronounSentence[],
    private readonly people: PeopleIndex,
    private readonly gazetteer: Gazetteer,
  ) {
    this.learnHonorifics(gazetteer);
  }

  /** "Mr Rutte", "Ms Kallas": the article's own word for who is "he" and who is "she". */
  private learnHonorifics(gazetteer: Gazetteer): void {
    const said = new Map<string, Pronoun>();
    for (const s of this.sentences)
      for (const m of s.text.matchAll(/\b(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu))
        said.set(m[2] as string, m[1] === 'Mr' ? 'he' : 'she');
    if (!said.size) return;
    for (const s of this.sentences)
      for (const a of s.actors) {
        const surname = gazetteer.byId.get(a.actorId)?.name.split(/\s+/).pop() ?? '';
        const pronoun = said.get(surname);
        if (pronoun) this.known.set(a.actorId, pronoun);
      }
  }

  /** Who each pronoun was found to be, by sentence: a later "she" reaches back through a chain of them. */
  private readonly found = new Map<number, Map<Pronoun, string>>();

  private fits(actorId: string, pronoun: Pronoun): boolean {
    const known = this.known.get(actorId);
    return pronoun === 'they' || !known || known === pronoun;
  }

  /** The person `pronoun` at `index` of sentence `si` refers to, or null. */
  resolve(pronoun: Pronoun, si: number, index: number): string | null {
    const id = this.search(pronoun, si, index);
    if (id) {
      const here = this.found.get(si) ?? new Map<Pronoun, string>();
      if (!here.has(pronoun)) here.set(pronoun, id);
      this.found.set(si, here);
    }
    return id;
  }

  private openingClauseSubject(k: number, index: number, pronoun: Pronoun): string | null {
    const text = (this.sentences[k] as PronounSentence).text;
    const first = this.people.between(k, 0, index)[0];
    if (!first || !OPENING_CLAUSE_BEFORE_SUBJECT.test(text.slice(0, first.index))) return null;
    return this.fits(first.actorId, pronoun) ? first.actorId : null;
  }

  private search(pronoun: Pronoun, si: number, index: number): string | null {
    for (let k = si; k >= 0 && k >= si - PRONOUN_REACH; k--) {
      const text = (this.sentences[k] as PronounSentence).text;
      // "“…,” she said. / She said the coalition … / “…,” she added.": the same pronoun, already found to be
      // someone a sentence or two before, is that person still, though her name is further back than the reach.
      const before = k < si ? this.found.get(k)?.get(pronoun) : undefined;
      // A sentence whose subject is this pronoun is about the same person: its names are not candidates.
      if (leadingPronoun(text) === pronoun) {
        // "When Keir Starmer closed the summit on Sunday, he told reporters …": the subject of the clause the
        // pronoun's own sentence opens on is who it is.
        const opener = k === si ? this.openingClauseSubject(k, index, pronoun) : null;
        if (opener) return opener;
        if (before) return before;
        continue;
      }
      // "“Putin should be in no doubt …” / He added that …": a name inside quoted words is no antecedent.
      // "…, the day after he hosted President Zelenskyy …, he said": the same pronoun earlier in the sentence is
      // the same person, so no one named after it is.
      const earlier = k === si ? samePronounBefore(text, pronoun, index) : -1;
      const people = (
        k === si ? this.people.between(k, 0, earlier >= 0 ? earlier : index) : this.people.of(k)
      ).filter((p) => !insideQuote(text, p.index));
      // "The prime minister accused Vladimir Putin of … “…,” he said.": the office the sentence opens on is its
      // subject, and the person named before who holds it is "he".
      const subject =
        // In the pronoun's own sentence, the clause it stands in: "Tusk said …, while Mark Rutte welcomed what
        // he called “…”" is Rutte.
        (k < si
          ? (citedSource(text, people) ?? lastClauseSubject(text, people))
          : lastClauseSubject(text, people)) ??
        subjectOf(text, people) ??
        clauseSubjectOf(text, people);
      const holder = k < si && !subject ? officeHolder(this.sentences, k, this.gazetteer) : null;
      if (holder && this.fits(holder, pronoun)) {
        if (pronoun !== 'they' && !this.known.has(holder)) this.known.set(holder, pronoun);
        return holder;
      }
      const ordered = [...(subject ? [subject] : []), ...[...people].reverse().filter((p) => p !== subject)];
      const found = ordered.find((p) => this.fits(p.actorId, pronoun));
      if (!found) {
        if (before) return before;
        continue;
      }
      if (pronoun !== 'they' && !this.known.has(found.actorId)) this.known.set(found.actorId, pronoun);
      return found.actorId;
    }
    return null;
  }
}
