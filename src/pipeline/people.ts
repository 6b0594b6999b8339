/**
 * People the gazetteer does not know, found in one article so that a quote of theirs links to an actor
 * instead of a bare label. A person is a name of two to four capitalised words that reads as a person's
 * (names.ts) and that the text treats as one: an office in front of it ("NATO Secretary-General Mark
 * Rutte", "envoy Steve Witkoff"), or a speech verb next to it ("Olaf Scholz told ARD", "said Kaja
 * Kallas"). The article's names are matched like the gazetteer's — the full name, then the surname alone
 * ("Rutte said") — so quotes, pronouns and events reach them. Only those who end up speaking a quote
 * become actors (corpus.ts); the rest stay names in the report.
 *
 * The contract has no "not curated" flag for actors, so such an actor says it in its description and has
 * no roles and no affiliation; its id is the name written as an id ("mark-rutte").
 */
import type { Actor } from '../model/schema';
import type { ActorMatch, Gazetteer } from './actors';
import {
  afterLastOffice,
  HONORIFICS,
  isPersonShaped,
  POST_NOMINALS,
  ROLE_BEFORE_NAME,
  TITLES_BEFORE_NAME,
  DESCRIPTION_IN_APPOSITION,
  RETIRED_IN_BRACKETS,
  transcriptLabelOf,
  withFullNames,
  BROADCASTER_ROLE,
} from './names';
import { Coverage, escapeRegExp, textBefore } from './util';

export interface LocalPerson {
  id: string;
  name: string;
  /** The name as the text also uses it alone ("Rutte", "von der Leyen"), unless another name claims it. */
  surname: string | null;
  /**
   * The given name, when the text uses it alone for them as Icelandic and some other news does ("Kristrún
   * said" for Kristrún Frostadóttir), and no one else in the article has it.
   */
  given?: string | null;
  /** The office printed in front of the name, when there is one ("NATO Secretary-General"). */
  role: string | null;
  /** The text has them do something: a verb of speech or a verb in the past right after the name. */
  acts?: boolean;
}

interface NamedSentence {
  text: string;
  /** Capitalised names the gazetteer does not know, with where they start (Gazetteer.candidateSpans). */
  unknown: readonly { text: string; index: number }[];
}

/** Offices and honorifics in front of a person's name. */
const OFFICE = new RegExp(
  `(?:${TITLES_BEFORE_NAME.join('|')}|Prime Minister|[Pp]resident|[Pp]remier|[Cc]hancellor|[Dd]efen[cs]e minister|[Ff]oreign minister|[Pp]rime minister|[Ss]tate secretary|Secretary[- ]General|High Representative|spokes(?:man|woman|person)|[Ee]nvoy|Advis[eo]r|[Aa]mbassador|[Ss]enators|[Cc]ongressm[ae]n|[Ll]awmakers?|[Ll]eader|[Cc]hief|[Hh]ost|[Dd]iplomat|[Cc]ounterpart|[Ee]xpert|[Aa]nalyst|[Rr]esearcher|[Pp]rofessor|[Hh]istorian|[Ee]conomist|Sen|Rep|Gov|Gen|Adm|Amb|Lt|Col|Maj|Capt|PM|FM)\\.?$`,
);
/**
 * What may stand between a name and its verb: where they work ("Tornike Gelashvili of the Caucasus Policy
 * Institute told …"), an aside between commas ("Mark Rutte, who …, said"), a time
 * ("Steve Witkoff, President Trump’s special envoy, last week called …").
 */
const ASIDE_AND_TIME = `(?:\\s+(?:of|from|at)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s+(?:(?:of|for|and|on)\\s+)?){0,5}\\p{Lu}[\\p{L}’'-]*)?(?:(?:,[^,“”"]{1,160}){1,3},)?\\s+(?:(?:last|this|on)\\s+(?:week|month|\\p{Lu}\\p{Ll}+day)\\s+|(?:earlier|yesterday)\\s+)?`;
/** A speech verb right after the name. */
const SPEECH_AFTER = new RegExp(
  `^${ASIDE_AND_TIME}(?:(?:also|later|then|has|had|again|repeatedly|previously)\\s+)*(?:said|says|told|tells|added|adds|wrote|writes|warned|argued|insisted|noted|stressed|urged|asked|replied|explained|explains|describes|recalls|acknowledged|admitted|claimed|declared|confirmed|struck|praised|dismissed|suggested|argues|warns|believes|believed|thinks|thought|doubts|doubted|fears|feared|expects|expected|hopes|hoped|worries|cautions|cautioned|contends|predicts|predicted|notes|suggests|insists|stresses|questioned|(?:was|were|is)\\s+[^,.;“”"]{1,40},\\s+(?:calling|saying|telling|warning|insisting|arguing|describing)|(?:was|were|is)\\s+(?:more\\s+|less\\s+|even\\s+|far\\s+|\\p{Ll}+ly\\s+)?(?:blunt(?:er)?|direct|cautious|optimistic|pessimistic|sceptical|skeptical|scathing|unequivocal|forthright|categorical|dismissive|critical|clearer|upbeat|gloomier|sure|certain|convinced|confident|hopeful|guarded|wary|measured|enthusiastic|unconvinced|unimpressed|doubtful|sceptical|skeptical))\\b`,
  'u',
);
/**
 * A speech verb before the name, maybe with a description in apposition ("said its president, Marta
 * Kovalenko") or what they are in front ("said LSA senior Maksym Horbach").
 */
const SPEECH_BEFORE = new RegExp(
  `\\b(?:said|says|according to|wrote|added)\\s+(?:(?:the|its|their|his|her|our)\\s+[^,“”"]{1,50},\\s+)?(?:(?:\\p{Lu}[\\p{L}&.’'-]*\\s+){0,3}(?:${ROLE_BEFORE_NAME}|MEP|MP)\\s+)?$`,
  'u',
);
const LETTERS_AFTER = new RegExp(`^(?:,?\\s+${POST_NOMINALS}\\b)+`);
/** "said Political Science professor Alina …": the capitals before what a person is are no person. */
const ROLE_THEN_NAME = new RegExp(`^\\s+${ROLE_BEFORE_NAME}\\s+\\p{Lu}`, 'u');
/** Lower-case words that may belong to an office in front of a name ("special envoy", "foreign ministry spokeswoman"). */
const OFFICE_WORDS =
  /^(?:special|senior|top|chief|deputy|former|outgoing|foreign|defen[cs]e|prime|state|minister|secretary|ministry|of|for|the|envoy|spokes(?:man|woman|person)|adviser|advisor|ambassador|host|leader|diplomat|counterpart|expert|analyst|researcher|professor|historian|economist|senators?|lawmakers?|congressm[ae]n|his|her|to)$/;

/** The name as an id: "António Costa" → "antonio-costa". */
/** Letters that no Unicode decomposition turns into plain Latin ones. */
const LATIN_OF: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  đ: 'd',
  Đ: 'd',
  ı: 'i',
  œ: 'oe',
  Œ: 'oe',
  þ: 'th',
  Þ: 'th',
  ð: 'd',
  Ð: 'd',
};

export function personId(name: string): string {
  return name
    .replace(/[łŁøØæÆßđĐıœŒþÞðÐ]/g, (c) => LATIN_OF[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The office printed in front of the name: the capitalised words and office words right before it. */
function officeBefore(before: string): string | null {
  const words = before.trimEnd().split(/\s+/).slice(-6);
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = (words[i] as string).replace(/[’']s$/, '');
    // "Donald Trump, Vice President J. D. Vance": a comma ends the office.
    if ((!/^\p{Lu}/u.test(w) && !OFFICE_WORDS.test(w)) || /[,;:]$/.test(w)) break;
    taken.unshift(words[i] as string);
  }
  while (taken.length && /^(?:of|for|to|the|The)$/.test(taken[0] as string)) taken.shift();
  const role = taken.join(' ');
  // "Minister of Foreign Affairs": an office with its portfolio after it.
  const office = role.replace(/\s+(?:of|for|to)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s*){1,3}$/u, '');
  return OFFICE.test(office) ? role.replace(ABBREVIATED_TITLE, (t) => TITLE_IN_FULL[t] ?? t) : null;
}

/** A title as American papers shorten it before a name ("Sen. Roger Wicker"), spelled out for the actor's role. */
const TITLE_IN_FULL: Record<string, string> = {
  'Sen.': 'Senator',
  'Rep.': 'Representative',
  'Gov.': 'Governor',
  'Gen.': 'General',
  'Adm.': 'Admiral',
  'Amb.': 'Ambassador',
  'Lt.': 'Lieutenant',
  'Col.': 'Colonel',
  'Maj.': 'Major',
  'Capt.': 'Captain',
};
const ABBREVIATED_TITLE = /\b(?:Sen|Rep|Gov|Gen|Adm|Amb|Lt|Col|Maj|Capt)\./g;

/** A verb in the past right after a name, maybe after an aside: "Steve Witkoff attended the meeting". */
const DEED_AFTER = new RegExp(
  `^${ASIDE_AND_TIME}(?:(?:also|later|then|again)\\s+)?(?:(?:will|is due to|is expected to|plans to)\\s+(?:host|chair|lead|meet|visit|travel|fly|brief|address|attend|head|present|announce|open|set out|co-chair)\\b|\\p{Ll}{3,}ed|met|held|took|went|came|spoke|sent|gave|made|led|flew|left|heard|saw|knew|felt|thought|wrote|fled|lost|found|paid|won|kept|became|began|stood|sat|ran|got)\\b`,
  'u',
);
/** The same in the perfect ("has left the door open"): a standing position more than a deed. */
const PERFECT_AFTER =
  /^(?:(?:,[^,“”"]{1,120}){1,2},)?\s+(?:has|have|had)\s+(?:(?:also|already)\s+)?(?:\p{Ll}{3,}ed|met|held|took|gone|come|spoken|sent|given|made|led|flown|left)\b/u;

/** Does the text treat the name at `index` as a person's: an office before it, a speech verb next to it? */
/** ", the Tory backbencher ": a description in apposition that opens on an article, the name to follow. */
const DESCRIBED_BEFORE = new RegExp(`${DESCRIPTION_IN_APPOSITION}$`, 'u');
/** "said Colonel (retd) ": the brackets before the name. */
const RETIRED_BEFORE = new RegExp(`${RETIRED_IN_BRACKETS}(?=\\s+$)`, 'i');

function personAt(text: string, index: number, name: string): { role: string | null; acts: boolean } | null {
  // "said Colonel (retd) Andrew Fennimore": retired, in brackets after the rank, is no word of the sentence.
  const before = textBefore(text, index, 80).replace(RETIRED_BEFORE, '');
  // "In High Wycombe, Oksana Melnyk … said": a name after "in", "at" or "near" is a place.
  // So is one after a city's possessive: "In Toronto's Bloor West Village, Oksana … watched".
  if (/(?:^|\s)(?:[Ii]n|[Aa]t|[Nn]ear)\s+(?:\p{Lu}[\p{L}.-]*[’']s\s+)?$/u.test(before)) return null;
  // "Roger Wicker (R-MS), chairman of …": the bracket after the name is no part of the sentence's grammar,
  // nor is a student's class year ("Ostap H. Kowalchuk '26, the association's president").
  const after = text
    .slice(index + name.length, index + name.length + 240)
    .replace(/^(?:\s+\([^()“”"]{1,20}\))+|^\s+[’']\d{2}(?=[\s,.])/, '')
    // "Committee Chair Rachel Hartwell MP said": letters after the name.
    .replace(LETTERS_AFTER, '');
  if (ROLE_THEN_NAME.test(after)) return null;
  // "Ukraine's ambassador to Australia, Vasyl Myroshnychenko, welcomed …": the office in apposition, and the
  // verb after the name's closing comma.
  const apposed = /,\s*$/.test(before) && after.startsWith(',');
  // "One of the few sceptics, the Tory backbencher Graham Tulley, told …": the name closes a description in
  // apposition, and the verb follows its comma.
  const describedApposition = after.startsWith(',') && DESCRIBED_BEFORE.test(before);
  const speaks = SPEECH_AFTER.test(apposed || describedApposition ? after.slice(1) : after);
  const role = officeBefore(apposed ? before.replace(/,\s*$/, ' ') : before);
  if (apposed && role) {
    const rest = after.slice(1);
    return {
      role: HONORIFICS.has(role) ? null : role,
      acts: speaks || DEED_AFTER.test(rest) || /^\s+\p{Ll}+s\b/u.test(rest),
    };
  }
  if (role) return { role: HONORIFICS.has(role) ? null : role, acts: speaks || DEED_AFTER.test(after) };
  // "In Glasgow, Halyna Petrenko, who helps run …, said": with no office before it, the comma after the name
  // opens an aside.
  const speaksAfterAside = apposed && SPEECH_AFTER.test(after);
  if (speaks || speaksAfterAside || SPEECH_BEFORE.test(before))
    return { role: null, acts: speaks || speaksAfterAside };
  // "leaders including Germany’s Olaf Scholz and Poland’s Donald Tusk": a country's own, named as its office
  // would be; "Mr Tusk said" later finds them by surname.
  if (/\b\p{Lu}[\p{L}-]+[’']s\s+$/u.test(before)) return { role: null, acts: DEED_AFTER.test(after) };
  // "Anthony Albanese met …", "Anthony Albanese has left the door open …": a person-shaped name that does
  // something is a person; in the perfect, a position held, they act only if they speak later.
  if (DEED_AFTER.test(after)) return { role: null, acts: true };
  // "Pieter Vos, a retired Dutch general, is not one of them": a person described by what they do or did.
  // "Gillian Ridley, from Hexham, has driven nine convoys …": by their age or home town, as local news does.
  if (
    DESCRIBED_PERSON.test(after) ||
    HOME_TOWN.test(after) ||
    HEAD_OF_BODY.test(after) ||
    ACADEMIC_TITLE.test(after)
  )
    return { role: null, acts: true };
  // "Marcus Bell teaches history at a middle school": what a person does for a living, in the present.
  if (LIFE_AFTER.test(after)) return { role: null, acts: true };
  // "For Olena Kovalchuk, who arrived in Galway from Kharkiv in March 2022, …": "who" is said of people only.
  if (WHO_DID.test(after)) return { role: null, acts: true };
  // "Anna Gysin of the Forum für Sicherheitspolitik in Basel sees it differently": of a body, with a view.
  if (AFFILIATED_VIEW.test(after)) return { role: null, acts: true };
  // "Sergei Lavrov was less ambiguous.", "Kallas was blunter.": how someone spoke, set against another.
  if (COMPARED_SPEECH.test(after)) return { role: null, acts: true };
  return PERFECT_AFTER.test(after) ? { role: null, acts: false } : null;
}
/** "Bohdan Marchuk, president of the Ukrainian American Civic Association …, was unmoved": who heads a body. */
const HEAD_OF_BODY =
  /^,\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:president|chair|chairman|chairwoman|chairperson|head|director|founder|co-founder|secretary|treasurer|leader|member|pastor|priest|rector|principal|owner|manager|coordinator|organi[sz]er)\s+(?:of|at)\s+(?:the\s+)?\p{Lu}[^“”"]{0,120},/u;
/** "Tomasz Wielgosz, Visiting Professor of Strategic Studies, argued …": a university's title in apposition. */
const ACADEMIC_TITLE =
  /^,\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Professor|Lecturer|Reader|Fellow|Researcher|Dean)\b(?:\s+(?:of|in|for)\s+[^,“”"]{1,60})?,/u;
/** Said of how a person put it, against someone before: "was less ambiguous", "was even blunter". */
const COMPARED_SPEECH =
  /^\s+(?:was|is|had been|has been)\s+(?:(?:even|far|much|rather|slightly|a little|a good deal)\s+)?(?:(?:less|more)\s+(?:ambiguous|guarded|cautious|direct|explicit|forthright|emphatic|candid|measured|circumspect|specific|outspoken|hawkish|conciliatory|sceptical|skeptical|pointed|blunt)|blunter|franker|clearer|firmer|sharper|harsher|softer|warier|bolder|terser|starker)\b/u;
/** Of a named body, then a verb of view or speech: "Jan Nowak of the Polish Institute of International Affairs argues". */
const AFFILIATED_VIEW =
  /^\s+(?:of|at|from)\s+the\s+\p{Lu}[^,.;:“”"]{1,80}?\s+(?:sees|saw|says|said|argues|argued|thinks|thought|believes|believed|warns|warned|tells|told|notes|noted|cautions|cautioned|insists|insisted|disagrees|disagreed|agrees|agreed)\b/u;
/** A person's work or life told in the present right after the name. */
const LIFE_AFTER =
  /^\s+(?:teaches|works|lives|studies|volunteers|chairs|heads|coaches|preaches|farms|nurses|lectures)\b/u;
// "Mykola Hrynyshyn, 81, who came to the United States as a refugee …": an age may come first. "Harriet
// Coleby, who sits on the Commons Defence Committee": what they do now, in the present.
const WHO_DID =
  /^,\s+(?:\d{1,3},\s+)?who\s+(?:(?:has|had|have)\s+)?(?:\p{Ll}{3,}ed|fled|came|left|went|met|spent|lost|found|grew|taught|ran|built|became|did|lives|works|runs|teaches|helps|leads|sits|serves|chairs|heads|advises|represents|studies|writes|covers|speaks)\b/u;
const HOME_TOWN = /^,\s+(?:\d{1,3},\s+)?(?:from|of)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,\s+\p{Ll}/u;
// Also by whose they are: "Steve Witkoff, President Donald Trump’s special envoy, has been …"; with no article,
// as translated continental reports write it, by the body they work for: "Lorenzo Bassani, analyst of the Centro
// studi Atlante in Milan, …".
const DESCRIBED_PERSON =
  /^,\s+(?:(?:a|an)\s+|(?=(?:[\p{Ll}-]+\s+){0,2}(?:general|officer|analyst|diplomat|official|expert|researcher|professor|fellow|adviser|advisor|commander|colonel|lawmaker|politician|economist|historian|veteran|director|lecturer|scholar|strategist|MP|MEP|senator|ambassador|negotiator|envoy|planner|pilot|soldier|engineer|campaigner|activist|lawyer|founder|organiser|organizer|volunteer|resident|refugee|priest|bishop|pastor|imam|rabbi|teacher|doctor|nurse|farmer|student)\s+(?:of|at|with|for|from)\s+(?:the\s+)?\p{Lu})|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*[’']s\s+)(?:[\p{L}’'-]+\s+){0,4}(?:general|officer|analyst|diplomat|official|expert|researcher|professor|fellow|adviser|advisor|commander|colonel|lawmaker|politician|economist|historian|veteran|director|lecturer|scholar|strategist|MP|MEP|senator|ambassador|negotiator|envoy|planner|pilot|soldier|engineer|campaigner|activist|lawyer|founder|organiser|organizer|volunteer|resident|refugee|priest|bishop|pastor|imam|rabbi|teacher|doctor|nurse|farmer|student)\b[^,“”"]{0,60},/u;

/**
 * The people a transcript gives turns to ("OLENA MARCHUK: …", "PRIME MINISTER KEIR STARMER: …"), by name. One
 * label alone is no transcript: a dateline in capitals ("NEW DELHI: …") or a kicker.
 */
function transcriptSpeakers(sentences: readonly NamedSentence[]): string[] {
  const printed = sentences.flatMap((s) => transcriptLabelOf(s.text) ?? []);
  if (printed.length < 2) return [];
  const labels = withFullNames(printed);
  const turns = new Map<string, number>();
  for (const { name } of labels) turns.set(name, (turns.get(name) ?? 0) + 1);
  const text = sentences.map((s) => s.text).join('\n');
  // The outlet's own correspondent narrates the report ("Elena Marsh reports from Paris." / "ELENA MARSH: At the
  // Elysee Palace, …"), an anchor presents it ("DANA WHITFIELD, CNN ANCHOR: …"): no one's quoted words.
  const reporter = (name: string) =>
    labels.some((l) => l.name === name && BROADCASTER_ROLE.test(l.role)) ||
    new RegExp(
      `${escapeRegExp(name)},?\\s+(?:reports|is reporting|reporting)\\b|\\b(?:correspondent|reporter|anchor|host|presenter)\\s+${escapeRegExp(name)}\\b`,
    ).test(text);
  // "THANKS TO: …": a section's words are printed in lower case elsewhere on the page; a name's are not.
  const common = (name: string) =>
    name.split(/\s+/).some((w) => new RegExp(`\\b${escapeRegExp(w.toLowerCase())}\\b`).test(text));
  const people = [...turns.keys()].filter((name) => isPersonShaped(name) && !reporter(name) && !common(name));
  // A newsletter's sections in capitals ("WELFARE CORNER: …", named in its contents line too) read as names:
  // a speaker takes more than one turn or has a seat in brackets, or is named in the text as well in a
  // conversation of two or more.
  const seated = (name: string) => labels.some((l) => l.name === name && l.seat);
  return people.filter(
    (name) => (turns.get(name) ?? 0) >= 2 || seated(name) || (people.length >= 2 && text.includes(name)),
  );
}

/** The people of an article the gazetteer does not know, in the order the text names them. */
export function findLocalPeople(
  sentences: readonly NamedSentence[],
  gazetteer: Gazetteer,
  date: string | null,
): LocalPerson[] {
  const found = new Map<string, LocalPerson>();
  for (const name of transcriptSpeakers(sentences))
    if (!gazetteer.lookupExact(name, date) && !gazetteer.byId.has(personId(name)))
      found.set(personId(name), {
        id: personId(name),
        name,
        surname: surnameOf(name),
        role: null,
        acts: true,
      });
  const actsAlone = surnamesThatAct(sentences);
  for (const s of sentences) {
    for (const candidate of s.unknown) {
      const name = afterLastOffice(candidate.text);
      // "Von der Leyen said …" opening a sentence is the "von der Leyen" named in full before.
      const surnamed = CAPITAL_PARTICLE.test(name)
        ? [...found.values()].find((p) => p.surname && p.name !== name && capitalised(p.surname) === name)
        : undefined;
      if (surnamed) {
        if (personAt(s.text, candidate.index + candidate.text.lastIndexOf(name), name)?.acts)
          surnamed.acts = true;
        continue;
      }
      const seen = found.get(personId(name));
      if ((seen && seen.acts) || !isPersonShaped(name)) continue;
      const index = candidate.index + candidate.text.lastIndexOf(name);
      // "… with French Minister for Europe and Foreign Affairs Jean-Noël Barrot about …" then "Foreign Minister
      // Barrot said …": named with an office where they do nothing, they act by surname later.
      const at = personAt(s.text, index, name);
      const actsLater = actsAlone.has(surnameOf(name));
      const person = at
        ? { ...at, acts: at.acts || actsLater }
        : actsLater
          ? { role: null, acts: true }
          : null;
      // "with US Secretary of State Marco Rubio, …" then "Marco Rubio, who took part …, made no commitment":
      // the office from the first mention, the deed from a later one.
      if (seen) {
        if (person?.acts) seen.acts = true;
        continue;
      }
      // A name whose id an actor already has is that actor's, however it is spelled here.
      if (!person || gazetteer.lookupExact(name, date) || gazetteer.byId.has(personId(name))) continue;
      found.set(personId(name), {
        id: personId(name),
        name,
        surname: surnameOf(name),
        role: person.role,
        acts: person.acts,
      });
    }
  }
  return withGivenNames(
    withoutSharedSurnames([...found.values()], gazetteer, date),
    actsAlone,
    gazetteer,
    date,
  );
}

/** Each person's given name, where the text has it act alone and it is theirs only (`LocalPerson.given`). */
function withGivenNames(
  people: LocalPerson[],
  actsAlone: ReadonlySet<string>,
  gazetteer: Gazetteer,
  date: string | null,
): LocalPerson[] {
  const firstOf = (p: LocalPerson) => (p.name.includes(' ') ? (p.name.split(/\s+/)[0] as string) : null);
  const count = new Map<string, number>();
  for (const p of people) {
    for (const w of new Set([firstOf(p), p.surname])) if (w) count.set(w, (count.get(w) ?? 0) + 1);
  }
  return people.map((p) => {
    const given = firstOf(p);
    return given &&
      actsAlone.has(given) &&
      count.get(given) === 1 &&
      !gazetteer.lookupExact(given, date) &&
      !HONORIFICS.has(given)
      ? { ...p, given }
      : p;
  });
}

/**
 * Surnames that open a sentence or the clause after ", and" / ", but" as its subject, or attribute the quote
 * before them, followed by a speech verb or a verb in the past: news names a person in full once and by
 * surname after ("Kaja Kallas's plan … Kallas defended it", "“…,” von der Leyen told reporters", "…, and von
 * der Leyen said").
 */
function surnamesThatAct(sentences: readonly NamedSentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    // At the sentence's start, or after an opening phrase ("During the visit, Tusk said …").
    for (const m of s.text.matchAll(SURNAME_SUBJECT))
      if (!BODY_WORDS_AS_SUBJECT.test(m[1] as string)) out.add(m[1] as string);
    // After the quote, the verb first: "“…,” said Reinholt, who teaches …".
    for (const m of s.text.matchAll(VERB_THEN_SURNAME))
      if (!BODY_WORDS_AS_SUBJECT.test(m[1] as string)) out.add(m[1] as string);
    // A transcript's speaker label: "STUBB: It is real …" speaks for Alexander Stubb.
    const label = /^(\p{Lu}{2,}[\p{Lu}'’-]*):\s/u.exec(s.text);
    if (label) out.add((label[1] as string).charAt(0) + (label[1] as string).slice(1).toLowerCase());
  }
  return out;
}
const SURNAME_SUBJECT =
  /(?:^[“"]?|^(?:In|At|On|During|After|Before|Speaking|Asked)\b[^,“”"]{0,60},\s+|^(?:Afterwards|Later|Then|Meanwhile)\s+|[,.!?][”"]\s*|,\s+(?:and|but)\s+)(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|(?:(?:Foreign|Defen[cs]e|Prime|Deputy|Interior|Finance)\s+)?(?:Minister|Secretary|Chancellor|Premier|Commissioner)\s+)?((?:(?:de|von|van|der|den|al|bin|la|le|du|da|di)\s+){0,2}\p{Lu}\p{Ll}[\p{L}'’-]+)(?:,\s*\d{1,3},|,\s+(?:a|an|the|who)\s[^,“”"]{1,80},)?\s+(?:(?:also|later|then|again|has|had)\s+)?(?:said|says|told|added|wrote|warned|argued|insisted|defended|rejected|dismissed|urged|replied|called|proposed|announced|\p{Ll}{3,}ed)\b/gu;
const VERB_THEN_SURNAME =
  /[,.!?][”"]\s*(?:said|says|added|asked|argued|warned|wrote)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}\p{Ll}[\p{L}'’-]+)(?=[,.;]|\s+(?:who|on|in|at)\b|$)/gu;
/** Sentence openers that look like a surname but are not one ("Officials said", "Ministers agreed"). */
const BODY_WORDS_AS_SUBJECT =
  /^(?:Officials|Ministers|Leaders|Diplomats|Critics|Analysts|Sources|Observers|Others|Many|Some|Both|Allies|Troops|Lawmakers|Reporters|They|He|She|It|We|This|That|These|Those)$/;

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
/** A name that opens on a particle written with a capital, as at a sentence's start ("Von der Leyen"). */
const CAPITAL_PARTICLE = /^(?:De|Von|Van|Der|Den|Al|Bin|La|Le|Du|Da|Di)\s/;

/** "Ursula von der Leyen" → "von der Leyen", "Mark Rutte" → "Rutte". */
function surnameOf(name: string): string {
  const words = name.split(/\s+/);
  // "Park Sung-woo", "Moon Jae-in": a Korean name puts the family name first, the given name joined by a hyphen.
  if (words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1] as string)) return words[0] as string;
  let i = words.length - 1;
  // "Bart De Wever", "Marine Le Pen": a particle in capitals belongs to the surname too, after a given name.
  while (i > 1 && /^(?:de|von|van|der|den|al|bin|la|le|du|da|di)$/i.test(words[i - 1] as string)) i--;
  return words.slice(i).join(' ');
}

/** A surname two people share, or the gazetteer already knows, is no one's alone. */
function withoutSharedSurnames(
  people: LocalPerson[],
  gazetteer: Gazetteer,
  date: string | null,
): LocalPerson[] {
  const count = new Map<string, number>();
  for (const p of people) if (p.surname) count.set(p.surname, (count.get(p.surname) ?? 0) + 1);
  return people.map((p) =>
    p.surname &&
    (count.get(p.surname) !== 1 || gazetteer.lookupExact(p.surname, date) || p.surname === p.name)
      ? { ...p, surname: null }
      : p,
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && LETTER_OR_DIGIT.test(c);

/** Matches of `re` (global, longest names first) that are whole words: "Store", never inside "Storey". */
function wholeNameHits(sentence: string, re: RegExp): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const end = m.index + m[0].length;
    if (!isWordChar(sentence[m.index - 1]) && !isWordChar(sentence[end]))
      out.push({ index: m.index, text: m[0] });
    // A match that is part of a longer word is passed over one character at a time, so a name starting
    // inside it is still found, as the look-around version would.
    else re.lastIndex = m.index + 1;
  }
  return out;
}

/** The article's people as a matcher: every mention of them in a sentence, outside spans already taken. */
function compileLocal(people: readonly LocalPerson[]) {
  const byName = new Map<string, string>();
  for (const p of people) {
    byName.set(p.name, p.id);
    // "von der Leyen" opens a sentence as "Von der Leyen".
    if (p.surname) for (const s of new Set([p.surname, capitalised(p.surname)])) byName.set(s, p.id);
    if (p.given) byName.set(p.given, p.id);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Plain alternatives, the word boundaries checked by hand: a look-behind at every position of every
  // sentence cost more than the rest of the matching.
  const re = new RegExp(names.join('|'), 'g');
  return {
    byName,
    match(sentence: string, taken: readonly ActorMatch[]): ActorMatch[] {
      if (!names.length) return [];
      const hits = wholeNameHits(sentence, re);
      if (!hits.length) return [];
      const covered = new Coverage(sentence.length);
      for (const m of taken) covered.mark(m.index, m.index + m.text.length);
      const out: ActorMatch[] = [];
      for (const { index, text } of hits) {
        if (covered.overlaps(index, index + text.length)) continue;
        out.push({ actorId: byName.get(text) as string, index, text, via: 'name' });
      }
      return out;
    },
  };
}

/** The actor a local person is, in the contract's shape, saying it was not curated. */
export function derivedActor(
  person: LocalPerson,
  articleTitles: readonly string[],
  otherSpellings: readonly string[] = [],
): Actor {
  const where = articleTitles.map((t) => `“${t}”`).join(', ');
  return {
    id: person.id,
    name: person.name,
    kind: 'person',
    affiliation: null,
    role: person.role,
    roles: [],
    aliases: [...new Set([person.name, ...(person.surname ? [person.surname] : []), ...otherSpellings])],
    description: `Not curated: found automatically, speaking or acting in ${where}. Not in data/curation/actors.yaml; check the name and add it there.`,
  };
}

/**
 * The gazetteer seen from one article: its own people join the actors a sentence or a speaker's label can
 * name (the shared gazetteer is left as it is); `addTo` adds their mentions to a sentence's matches.
 */
export function withLocalPeople(
  gazetteer: Gazetteer,
  people: readonly LocalPerson[],
): { gazetteer: Gazetteer; addTo(sentence: string, matches: readonly ActorMatch[]): ActorMatch[] } {
  const local = compileLocal(people);
  const addTo = (sentence: string, matches: readonly ActorMatch[]) =>
    [...matches, ...local.match(sentence, matches)].sort((a, b) => a.index - b.index);
  if (!people.length) return { gazetteer, addTo: (_s, matches) => [...matches] };
  const byId = new Map(gazetteer.byId);
  for (const p of people) byId.set(p.id, derivedActor(p, []));
  return {
    addTo,
    gazetteer: {
      ...gazetteer,
      byId,
      match: (sentence, date) => addTo(sentence, gazetteer.match(sentence, date)),
      lookupExact: (label, date) =>
        gazetteer.lookupExact(label, date) ?? local.byName.get(label.trim().replace(/^the\s+/i, '')) ?? null,
    },
  };
}
