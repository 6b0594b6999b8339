/**
 * A sentence whose subject is an office ("The prime minister first said …", "The PM gathered 18 leaders …",
 * "The chancellor told …"): the person the text named before who holds it. News names a person once and
 * then calls them by their office; the office alone is no actor, so without this the sentence has none.
 */
import type { Actor } from '../model/schema';
import { DEMONYM_WORDS, DEMONYMS, type ActorMatch, type Gazetteer } from './actors';

export interface OfficeSentence {
  text: string;
  actors: readonly ActorMatch[];
}

/** How far back the holder is looked for: the office stands in for someone named a few sentences before. */
const OFFICE_REACH = 8;

/** Offices news calls a person by, as a sentence's subject, with what their role says. */
const OFFICES: readonly [RegExp, RegExp][] = [
  [/^(?:PM|prime minister)$/i, /\bprime minister\b/i],
  [/^president$/i, /\bpresident\b/i],
  [/^chancellor$/i, /\bchancellor\b/i],
  [/^taoiseach$/i, /\btaoiseach\b/i],
  [/^t[áa]naiste$/i, /\bt[áa]naiste\b/i],
  [/^premier$/i, /\bpremier\b/i],
  // "The Russian ruler said …": an epithet for whoever leads the state.
  [/^(?:leader|ruler)$/i, /\b(?:president|prime minister|premier|chancellor|taoiseach)\b/i],
  [/^head of state$/i, /\b(?:president|king|queen|monarch)\b/i],
  // "The minister said …" after "Foreign Minister Péter Szijjártó said …": a minister named before.
  [/^minister$/i, /(?<!\bprime\s)\bminister\b/i],
  [/^envoy$/i, /\benvoy\b/i],
];

/**
 * "The prime minister …", "On Friday, the PM …", "The Russian leader added …": the office a sentence opens
 * on as its subject, maybe after the holder's nationality.
 */
const OFFICE_SUBJECT =
  /^\s*(?:[^,;:“”"]{1,80},\s+)?[Tt]he\s+(?:(?!Prime\b)(\p{Lu}\p{Ll}+)\s+)?(PM|[Pp]rime [Mm]inister|[Pp]resident|[Cc]hancellor|Taoiseach|T[áa]naiste|[Pp]remier|[Ll]eader|[Rr]uler|head of state|[Mm]inister|[Ee]nvoy)\s+(?!of\b|and\b|[’']s\b)\p{Ll}/u;

/**
 * The person sentence `si` calls by the office it opens on, or null: the last one named in the sentences
 * before (within reach) whose role is that office. None when the sentence names a person before its verb.
 */
export function officeHolder(
  sentences: readonly OfficeSentence[],
  si: number,
  gazetteer: Gazetteer,
): string | null {
  const s = sentences[si] as OfficeSentence;
  const m = OFFICE_SUBJECT.exec(s.text);
  if (!m) return null;
  const at = m.index + m[0].length;
  if (s.actors.some((a) => a.index < at && gazetteer.byId.get(a.actorId)?.kind === 'person')) return null;
  const role = OFFICES.find(([word]) => word.test(m[2] as string))?.[1];
  if (!role) return null;
  // "The Russian leader …": a word before the office is the holder's nationality, or no office is read.
  const nationality = m[1]?.toLowerCase();
  if (nationality && !DEMONYM_WORDS.has(nationality)) return null;
  const ofState = (actor: Actor) => {
    const state = actor.affiliation ? gazetteer.byId.get(actor.affiliation) : undefined;
    return !nationality || (DEMONYMS[state?.name ?? ''] ?? []).some((d) => d.toLowerCase() === nationality);
  };
  for (let k = si - 1; k >= 0 && k >= si - OFFICE_REACH; k--) {
    const people = (sentences[k] as OfficeSentence).actors.filter((a) => {
      const actor = gazetteer.byId.get(a.actorId);
      return actor?.kind === 'person' && (holdsOffice(actor, role) || role.test(a.text)) && ofState(actor);
    });
    const last = people[people.length - 1];
    if (last) return last.actorId;
  }
  return null;
}

/** Does the gazetteer give the actor this office, as its role or one of its dated roles? */
export function holdsOffice(actor: Actor | undefined, office: RegExp): boolean {
  return !!actor && (office.test(actor.role ?? '') || actor.roles.some((r) => office.test(r.title)));
}
