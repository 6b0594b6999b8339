/**
 * A group of people or states the gazetteer has no name for, as the subject of a sentence: "Army chiefs from
 * some 30 countries met in Paris", "In September, 26 of its members pledged …", "Around 35 leaders took
 * part", "The four leaders also spoke by phone with Trump". Such a sentence tells of people acting as much
 * as "European leaders met …" does, so it may be an event with no actor named.
 *
 * Only the subject counts: a group later in the sentence ("Macron hosted leaders from 30 countries") is what
 * a named actor acted on, and that sentence is an event of its own already.
 */

/** Plural nouns for people or states acting together; a people too ("Germans vote …", "Romanians vote …"). */
const PEOPLE_PLURAL =
  '(?:leaders|heads of (?:state|government)|ministers|chiefs|officials|countries|nations|members|allies|planners|delegations|delegates|diplomats|officers|commanders|generals|states|governments|envoys|lawmakers|negotiators|capitals|partners|signatories|voters|citizens|students|affiliates|academics|scholars|professors|alumni|residents|volunteers|activists|protesters|campaigners|veterans|soldiers|troops|worshippers|parishioners|bishops|MPs|peers|councillors|(?!Balkans|Orleans)\\p{Lu}\\p{Ll}{2,}ans|Poles|Britons|Swedes|Danes|Finns|Czechs|Slovaks|Dutch)';

/** What may stand before the noun: an article, a count, a share ("26 of its"), adjectives or nationalities. */
const COUNT =
  '(?:(?:the|some|around|about|nearly|almost|more than|over|at least|roughly|all|both|several|many|most|other|no|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\p{Ll}+teen|twenty|thirty|forty|fifty|\\p{Ll}+ty-\\p{Ll}+)\\s+)';
const SHARE = '(?:(?:\\d+|\\p{Ll}+(?:-\\p{Ll}+)?)\\s+of\\s+(?:its|their|the|them)\\s+)';
const DESCRIBED =
  '(?:(?:\\p{Lu}[\\p{L}-]*|its|their|military|army|armed|forces|defen[cs]e|foreign|finance|coalition|western|senior|top|national|allied|security|intelligence|government|opposition|member|partner|participating|contributing|fellow|regional|world|european|american|nordic|baltic|eastern|\\p{Ll}+-\\p{Ll}+)\\s+){0,3}?';

/** Two nationalities or kinds paired before the noun: "British and French army chiefs". */
const PAIRED = '(?:[\\p{L}-]+\\s+(?:and|&)\\s+)?';

/**
 * An opening phrase of time or place before the subject: "In September, ", "Over the weekend, ", "There ", or
 * a bare day ("Friday, ", "Yesterday, "), in lower case too for the lower-cased reading below.
 */
const OPENER =
  '(?:(?:in|on|by|over|during|after|at|early|earlier|late|later|last|since)\\b[^,;:“”"]{0,40},\\s+|there\\s+|(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un|[Yy]ester)day(?:\\s+(?:morning|afternoon|evening|night))?,\\s+)?';

/** Words after the subject that show it is no subject: a preposition, a conjunction, a clause of its own. */
const NOT_A_VERB =
  '(?:of|from|in|at|to|for|with|and|or|but|who|which|that|whose|on|by|as|the|a|an|its|their|said|say|says)\\b';

/** The subject's verb: a lower-case word right after it and what qualifies it ("from some 30 countries", ", most of them,"). */
/** The verb itself, right after the subject and what qualifies it. */
const ACTS = `\\s+(?!${NOT_A_VERB})(?:\\p{Ll}+(?:ed|s)|took|met|spoke|made|gave|held|sent|told|wrote|led|won|are|were|was|will|would|have|had|may|might|could|should|can|must|also|then|later|first|already|jointly|formally|still|now|did|began|came|went|flew|left|sat|stood|saw|set|put|meet|gather|arrive|agree|pose|sign|vote|pledge|join|hold|plan)\\b`;
const VERB = `(?:\\s+(?:from|of|in|at)\\s+[^,;:“”"]{1,40}?)?(?:,[^,;:“”"]{1,60},)?${ACTS}`;

const SUBJECT_GROUP = new RegExp(
  `^${OPENER}(?:${SHARE}|${COUNT}{0,3})${PAIRED}${DESCRIBED}${PEOPLE_PLURAL}\\b${VERB}`,
  'u',
);

/** The last word of a body's name: what it is ("… Students Association", "… Diplomacy Center"). */
const BODY_NOUN =
  '(?:Association|Society|Club|Union|Committee|Council|Cent(?:er|re)|Institute|School|College|Department|Faculty|Foundation|Fund|Trust|Network|Alliance|Coalition|Forum|Caucus|Chamber|Assembly|Commission|Board|Agency|Church|Synod|Diocese|Federation|Movement|Campaign|Initiative|Party)';

/**
 * A body the gazetteer has no name for, as the subject of a sentence, acting: "The Harvard Ukrainian Students
 * Association held a vigil …", "Penn's Ukrainian Society will hold a teach-in …", "The Weiser Diplomacy
 * Center will host a panel …". Local news tells what such bodies did as much as what leaders did.
 */
const SUBJECT_BODY = new RegExp(
  `^${OPENER}(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}.&-]*(?:[’']s)?\\s+(?:(?:of|for|and)\\s+(?:the\\s+)?)?){1,6}?${BODY_NOUN}(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:and|of)\\s+)?){0,4}\\p{Lu}[\\p{L}-]*)?(?:,[^,;:“”"]{1,60},)?${ACTS}`,
  'u',
);

/** Bodies inside an institution, in lower case after its name: "the Bundestag's defence committee". */
const OWNED_BODY =
  '(?:committee|subcommittee|council|commission|board|caucus|cabinet|panel|delegation|presidium|leadership)';

/**
 * A body named by whose it is, as the subject, acting: "The Bundestag's defence committee discussed the plans
 * …", "Parliament's foreign affairs committee will hear …".
 */
const SUBJECT_OWNED_BODY = new RegExp(
  `^${OPENER}(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}.&-]*\\s+){0,3}\\p{Lu}[\\p{L}.&-]*[’']s\\s+(?:[\\p{Ll}-]+\\s+){0,3}?${OWNED_BODY}${ACTS}`,
  'u',
);

/**
 * Does the sentence open on a group of people or states as its subject, acting? A group that only speaks
 * ("European officials said …") is a source, not an actor: it is left to the quote and speaker stages.
 */
export function opensOnGroup(sentence: string): boolean {
  const text = sentence.trimStart();
  // As written for a leading nationality ("Polish army chiefs …"), in lower case for a leading article or count.
  return (
    SUBJECT_GROUP.test(text) ||
    SUBJECT_GROUP.test(text.charAt(0).toLowerCase() + text.slice(1)) ||
    SUBJECT_BODY.test(text) ||
    SUBJECT_BODY.test(text.charAt(0).toLowerCase() + text.slice(1)) ||
    SUBJECT_OWNED_BODY.test(text)
  );
}

/** The nouns of a source the text does not name. */
export const SOURCE_NOUN =
  '(?:official|diplomat|spokes(?:man|woman|person)|source|aide|adviser|advisor|officer|negotiator)';
/**
 * An unnamed source speaking as the subject: "A senior British official said on Sunday night …", "One European
 * diplomat said …", "Friday, a government spokesperson in Berlin confirmed …". What they say on a day of their own is an event with no actor named. Without an article
 * only a plural is a source ("Turkish defence ministry sources said …"); a bare singular is a title before a
 * name ("Defence official Jane Doe said …").
 */
const UNNAMED_SOURCE = new RegExp(
  `^${OPENER}(?:(?:an?|one|two|three|several|the)\\s+(?:[\\p{L}.-]+\\s+){0,3}?${SOURCE_NOUN}s?|(?:[\\p{L}.-]+\\s+){1,3}?${SOURCE_NOUN}s)\\b[^“”"]{0,80}?\\s(?:said|told|says|tells|confirmed|announced)\\b`,
  'iu',
);

export function opensOnUnnamedSource(sentence: string): boolean {
  return UNNAMED_SOURCE.test(sentence.trimStart());
}

/**
 * A group acting in a clause of what something came after: "His remarks came a day after 26 countries pledged
 * to contribute to a postwar force." The group's deed is dated by the sentence, as the subject's would be.
 */
const CAME_AFTER =
  /\b(?:came|comes|followed|follows)\s+(?:just\s+|only\s+)?(?:(?:a|an|one|two|three|four|five|\d+)\s+(?:days?|weeks?|hours?)\s+)?after\s+/i;

export function groupActsAfter(sentence: string): boolean {
  const m = CAME_AFTER.exec(sentence);
  return !!m && opensOnGroup(sentence.slice((m.index ?? 0) + m[0].length));
}
