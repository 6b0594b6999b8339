/**
 * Stage 6 — actors: the curated gazetteer compiled ONCE into one regex for
 * names/aliases (case-sensitive, longest first, word boundaries) and one for
 * role titles ("the French president", case-insensitive, resolved by the
 * article's date through `roles[].since/until`). Capitalised names that
 * match nothing are returned as candidates for the report.
 */
import type { Actor } from '../model/schema';
import { afterLastOffice, APOSTROPHE_SURNAME, isPersonShaped, nameKind } from './names';
import { Coverage, escapeRegExp, textBefore } from './util';

export interface ActorMatch {
  actorId: string;
  index: number;
  text: string;
  /** How it matched: a name/alias or a role title. */
  via: 'name' | 'role';
}

export interface Gazetteer {
  actors: readonly Actor[];
  byId: ReadonlyMap<string, Actor>;
  match(sentence: string, date: string | null): ActorMatch[];
  /** Actor a whole label refers to exactly (alias, name, or role title at `date`), if any. */
  lookupExact(label: string, date: string | null): string | null;
  candidates(sentence: string, matches: readonly ActorMatch[]): string[];
  /** The same names with where they start in the sentence. */
  candidateSpans(sentence: string, matches: readonly ActorMatch[]): { text: string; index: number }[];
  warnings: string[];
}

const L = '[\\p{L}\\p{N}]';

/** "U.S." and "US", "U.K." and "UK" are the same spelling to a reader. */
function variants(text: string): string[] {
  const out = new Set([text]);
  const dotted = text.replace(
    /\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?/g,
    (_m, a: string, b: string, c?: string) => `${a}${b}${c ?? ''}`,
  );
  out.add(dotted);
  return [...out];
}

const LOCATIVE =
  /(?:\b(?:in|to|from|at|into|via|near|outside|around|across|toward|towards|visit|visits|visited|visiting|reached|left|leaves|returned to|arrived in|based in|trip to)\s+(?:the\s+)?)$/;
/** "the Paris summit": a capital used as a place name in front of these nouns. */
const PLACE_ATTRIBUTIVE =
  /^\s+(?:summit|talks|meeting|conference|agreement|accords?|declaration|format|process|attack|bombing|region|area|suburbs?|airport|streets?)\b/;
const DEMONYM = /(?:an|ian|ese|ish|ic|i|ch)$/;

/**
 * Demonyms of states, for titles derived from an actor's `role` ("President of France" → "French president")
 * and for the nationality word in front of a title ("French President Emmanuel Macron"). Keyed by state name.
 */
export const DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  France: ['French'],
  Italy: ['Italian'],
  Germany: ['German'],
  'United Kingdom': ['British', 'UK', 'U.K.'],
  'United States': ['American', 'US', 'U.S.'],
  // "The Kremlin boss", "Kremlin spokesman Dmitry Peskov": the seat of power stands for the state.
  Russia: ['Russian', 'Kremlin'],
  Ukraine: ['Ukrainian'],
  Poland: ['Polish'],
  Spain: ['Spanish'],
  Netherlands: ['Dutch'],
  Belgium: ['Belgian'],
  Denmark: ['Danish'],
  Sweden: ['Swedish'],
  Finland: ['Finnish'],
  Norway: ['Norwegian'],
  Estonia: ['Estonian'],
  Latvia: ['Latvian'],
  Lithuania: ['Lithuanian'],
  Hungary: ['Hungarian'],
  Slovakia: ['Slovak'],
  'Czech Republic': ['Czech'],
  Romania: ['Romanian'],
  Bulgaria: ['Bulgarian'],
  Greece: ['Greek'],
  Turkey: ['Turkish'],
  Canada: ['Canadian'],
  Australia: ['Australian'],
  Japan: ['Japanese'],
  China: ['Chinese'],
  Ireland: ['Irish'],
  Portugal: ['Portuguese'],
  Austria: ['Austrian'],
  Switzerland: ['Swiss'],
  Belarus: ['Belarusian'],
  Azerbaijan: ['Azerbaijani'],
  Georgia: ['Georgian'],
  Moldova: ['Moldovan'],
  Croatia: ['Croatian'],
  Serbia: ['Serbian'],
  Slovenia: ['Slovenian'],
  Luxembourg: ['Luxembourgish'],
  Iceland: ['Icelandic'],
  Israel: ['Israeli'],
  Iran: ['Iranian'],
  India: ['Indian'],
  Brazil: ['Brazilian'],
  'Saudi Arabia': ['Saudi'],
  'North Korea': ['North Korean'],
  'South Korea': ['South Korean'],
};
const ALL_DEMONYMS = [...new Set(Object.values(DEMONYMS).flat())];
/** Every demonym in lower case: "british", "us", "u.s.". */
export const DEMONYM_WORDS: ReadonlySet<string> = new Set(ALL_DEMONYMS.map((d) => d.toLowerCase()));

/** Office words printed in front of a person's name ("Defense Secretary Pete Hegseth"). */
const TITLE_WORDS =
  '(?:(?:Vice|Deputy|Acting|Interim|Former|former|Ex-|ex-)\\s*)?(?:President|Prime Minister|Premier|Chancellor|Foreign Minister|Defen[cs]e Minister|Finance Minister|Interior Minister|Economy Minister|Minister|Foreign Secretary|Defen[cs]e Secretary|Home Secretary|Secretary of State|Secretary of Defen[cs]e|Secretary[- ]General|Secretary|Special Envoy|Envoy|Ambassador|Senator|Sen\\.|Rep\\.|Gov\\.|Governor|Mayor|King|Queen|Pope|General|Gen\\.|Admiral|Commissioner|High Representative|Spokesperson|Spokesman|Spokeswoman|Chief of Staff|National Security Adviser|National Security Advisor)';
const TITLE_START = new RegExp(`^${TITLE_WORDS}\\s`, 'iu');
const TITLE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${TITLE_WORDS}\\s+$`, 'iu');
/**
 * How far before a name the office words and nationality are looked for. Wider than anything those
 * patterns match ("the United States of America’s Interim National Security Adviser" is 64 characters), so
 * reading only this much gives the same span as reading the whole prefix, in time that does not grow
 * with the sentence.
 */
const TITLE_CONTEXT = 120;

const NOT_NAMES = new Set(
  'The A An And But Or If In On At To For Of By As With From While When After Before Despite During Since Following Meanwhile However Although Though Speaking It Its This That These Those There Their They He She We I You His Her Our My Some Many Most Both Each Every All Any No Not One Two Three Several Others Other Mr Mrs Ms Dr Sir President Prime Minister Secretary Chancellor Foreign Defense Defence Vice General Senator King Queen Pope Ambassador Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);

/** Titles a reader would use for `actor.role` ("President of France", affiliation france). */
export function derivedTitles(
  actor: Actor,
  byId: ReadonlyMap<string, Actor>,
  isMetonym: (spelling: string) => boolean,
): string[] {
  const role = actor.role?.trim();
  if (!role || role.includes(',')) return [];
  const states = [...byId.values()].filter((s) => s.kind === 'state');
  let office: string | null = null;
  let state: Actor | undefined;
  const of = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/.exec(role);
  if (of) {
    const tail = (of[2] as string).trim();
    state = states.find((s) => [s.name, ...s.aliases].some((n) => n.replace(/^the\s+/i, '') === tail));
    if (state) office = (of[1] as string).trim();
  }
  if (!office) {
    const aff = actor.affiliation ? byId.get(actor.affiliation) : undefined;
    if (aff?.kind !== 'state' || role.split(/\s+/).length > 4 || /\bof\b/.test(role)) return [];
    state = aff;
    office = role;
  }
  if (!state || !office) return [];
  const forms = [state.name, ...state.aliases.filter((a) => !isMetonym(a))].map((n) =>
    n.replace(/^the\s+/i, ''),
  );
  const out = new Set<string>();
  for (const d of DEMONYMS[state.name] ?? []) out.add(`${d} ${office}`);
  for (const f of forms) {
    out.add(`${f}’s ${office}`);
    out.add(`${f}'s ${office}`);
    out.add(`${office} of ${/^(?:United|Czech|Netherlands)\b/.test(f) ? 'the ' : ''}${f}`);
  }
  return [...out];
}

/**
 * Matches sorted longest first → the spans kept: one that overlaps nothing kept so far is kept; one that
 * overlaps a single kept span of the same actor widens it ("U.S. President" + "President Trump"); one that
 * overlaps another actor's span is dropped ("U.S." inside "U.S. President"). Returned in text order.
 */
function longestSpans(sentence: string, sorted: readonly ActorMatch[]): ActorMatch[] {
  const out: ActorMatch[] = [];
  // Which kept span owns each character: an overlap check reads only the match's own characters.
  const owner = new Int32Array(sentence.length).fill(-1);
  const own = (k: number, start: number, end: number) => owner.fill(k, start, end);
  for (const m of sorted) {
    const end = m.index + m.text.length;
    const clash = new Set<number>();
    for (let i = m.index; i < end; i++) if ((owner[i] as number) >= 0) clash.add(owner[i] as number);
    if (!clash.size) {
      out.push({ ...m });
      own(out.length - 1, m.index, end);
      continue;
    }
    const k = [...clash][0] as number;
    const same = out[k] as ActorMatch;
    if (clash.size === 1 && same.actorId === m.actorId) {
      const start = Math.min(same.index, m.index);
      const stop = Math.max(same.index + same.text.length, end);
      same.index = start;
      same.text = sentence.slice(start, stop);
      own(k, start, stop);
    }
  }
  // Stable: spans with the same start keep their longest-first order.
  return out.sort((a, b) => a.index - b.index);
}

/** Where a person's mention starts once the office words and nationality in front of it are included. */
function titledStart(sentence: string, m: ActorMatch, nationality: RegExp): number {
  const before = textBefore(sentence, m.index, TITLE_CONTEXT);
  const offset = m.index - before.length;
  const title = TITLE_BEFORE.exec(before);
  if (!title && !TITLE_START.test(m.text)) return m.index;
  const start = title ? offset + title.index : m.index;
  const nationalityWindow = textBefore(sentence, start, TITLE_CONTEXT);
  const nat = nationality.exec(nationalityWindow);
  return nat ? start - nationalityWindow.length + nat.index : start;
}

/** Spans inside a strictly longer one, found in one sweep in text order (the widest span so far covers them). */
function swallowedSpans(spans: readonly ActorMatch[]): Set<ActorMatch> {
  const ordered = [...spans].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const out = new Set<ActorMatch>();
  let widest: ActorMatch | null = null;
  const endOf = (m: ActorMatch) => m.index + m.text.length;
  for (const m of ordered) {
    if (widest && endOf(widest) >= endOf(m) && widest.text.length > m.text.length) out.add(m);
    else if (!widest || endOf(m) > endOf(widest)) widest = m;
  }
  return out;
}

/** Who holds a role title, and since / until when. */
interface RoleHolder {
  actorId: string;
  since?: string;
  until?: string;
}

/** The gazetteer's tables and patterns, compiled once. */
interface Compiled {
  byId: ReadonlyMap<string, Actor>;
  /** Spelling (name, alias, "US" for "U.S.", a surname) → actor id. */
  names: ReadonlyMap<string, string>;
  /** Spellings that may just name a place ("Washington"). */
  metonyms: ReadonlySet<string>;
  /** Lower-case role title → its holders. */
  roleTitles: ReadonlyMap<string, readonly RoleHolder[]>;
  nameRe: RegExp | null;
  roleRe: RegExp | null;
  /** A nationality right before an office ("French", "Britain’s"). */
  nationality: RegExp;
}

export function compileGazetteer(actors: readonly Actor[]): Gazetteer {
  const sorted = [...actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(sorted.map((a) => [a.id, a]));
  const spellings = spellingTable(sorted, byId);
  const roleTitles = roleTitleTable(sorted, byId, spellings.metonyms);
  const table: Compiled = {
    byId,
    names: spellings.names,
    metonyms: spellings.metonyms,
    roleTitles,
    nameRe: spellings.names.size
      ? new RegExp(`(?<!${L})(?:${alternation([...spellings.names.keys()])})(?!${L})`, 'gu')
      : null,
    roleRe: roleTitles.size
      ? new RegExp(`(?<!${L})(?:the\\s+)?(?:${alternation([...roleTitles.keys()])})(?!${L})`, 'giu')
      : null,
    nationality: nationalityPattern(sorted),
  };
  return {
    actors: sorted,
    byId,
    match: (sentence, date) => matchActors(table, sentence, date),
    lookupExact: (label, date) => lookupExact(table, label, date),
    candidates: (sentence, matches) => unknownNames(table, sentence, matches).map((n) => n.text),
    candidateSpans: (sentence, matches) => unknownNames(table, sentence, matches),
    warnings: spellings.warnings,
  };
}

/** Longest first (so the longest spelling wins at one position), then alphabetically: one regex alternation. */
function alternation(items: string[]): string {
  return items
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapeRegExp)
    .join('|');
}

/**
 * Every spelling → its actor: names, aliases (with and without dots), and a person's surname alone
 * ("Macron") when no one else has it. An alias two actors claim stays with the first, with a warning.
 */
function spellingTable(
  sorted: readonly Actor[],
  byId: ReadonlyMap<string, Actor>,
): { names: Map<string, string>; metonyms: Set<string>; warnings: string[] } {
  const warnings: string[] = [];
  const names = new Map<string, string>();
  const metonyms = new Set<string>();
  const add = (spelling: string, actor: Actor, implicit = false) => {
    for (const v of variants(spelling.trim())) {
      if (!v) continue;
      const owner = names.get(v);
      if (owner && owner !== actor.id) {
        if (!implicit)
          warnings.push(`alias "${v}" is used by both ${owner} and ${actor.id}; kept for ${owner}`);
        continue;
      }
      names.set(v, actor.id);
      if (isMetonym(v, actor)) metonyms.add(v);
    }
  };
  for (const a of sorted) {
    add(a.name, a);
    for (const alias of a.aliases) add(alias, a);
    // "Sir Keir Starmer" listed: British usage also says "Sir Keir" (honorific + given name).
    for (const alias of a.aliases) {
      const knighted = /^((?:Sir|Dame)\s+\p{Lu}[\p{L}'’-]+)\s+\p{Lu}/u.exec(alias);
      if (knighted && a.kind === 'person') add(knighted[1] as string, a, true);
    }
  }
  for (const [last, ids] of surnames(sorted))
    if (ids.length === 1 && !names.has(last)) add(last, byId.get(ids[0] as string) as Actor, true);
  return { names, metonyms, warnings };
}

/** A state's or organisation's alias that is not its name and may name a place ("Washington", "Brussels"). */
function isMetonym(spelling: string, actor: Actor): boolean {
  const bare = spelling.replace(/^the\s+/i, '');
  return (
    (actor.kind === 'state' || actor.kind === 'organisation') &&
    spelling !== actor.name &&
    /[a-z]/.test(bare) &&
    !DEMONYM.test(bare.replace(/[’']s$/, '')) &&
    !bare.startsWith(actor.name.slice(0, 4))
  );
}

/** Surname → the people who have it. */
function surnames(sorted: readonly Actor[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of sorted) {
    if (a.kind !== 'person') continue;
    const parts = a.name.split(/\s+/);
    const last = parts[parts.length - 1];
    if (parts.length >= 2 && last && /^\p{Lu}/u.test(last)) out.set(last, [...(out.get(last) ?? []), a.id]);
  }
  return out;
}

/**
 * Role titles → holders: the listed `roles[].title` with their dates, then titles derived from `role` +
 * the affiliated state ("President of France" → "French president", "France's president", "president of
 * France"). An explicitly listed title always wins: a derived one is only added for a key nobody lists,
 * so dated roles (a past and a present holder) are never blurred.
 */
function roleTitleTable(
  sorted: readonly Actor[],
  byId: ReadonlyMap<string, Actor>,
  metonyms: ReadonlySet<string>,
): Map<string, RoleHolder[]> {
  const roleTitles = new Map<string, RoleHolder[]>();
  for (const a of sorted)
    for (const r of a.roles)
      for (const v of variants(r.title)) {
        const key = v.toLowerCase();
        roleTitles.set(key, [
          ...(roleTitles.get(key) ?? []),
          { actorId: a.id, since: r.since, until: r.until },
        ]);
      }
  const explicit = new Set(roleTitles.keys());
  for (const a of sorted) {
    if (a.kind !== 'person') continue;
    for (const title of derivedTitles(a, byId, (v) => metonyms.has(v))) {
      const key = title.toLowerCase();
      if (explicit.has(key)) continue;
      const holders = roleTitles.get(key) ?? [];
      if (!holders.some((h) => h.actorId === a.id)) roleTitles.set(key, [...holders, { actorId: a.id }]);
    }
  }
  return roleTitles;
}

/** The nationality in front of an office: a demonym ("French") or a state's possessive ("Britain’s"). */
function nationalityPattern(sorted: readonly Actor[]): RegExp {
  const stateSpellings = sorted
    .filter((a) => a.kind === 'state')
    .flatMap((st) => [st.name, ...st.aliases].flatMap((n) => variants(n.replace(/^the\s+/i, ''))));
  const byLength = (items: string[]) =>
    [...new Set(items)].sort((x, y) => y.length - x.length).map(escapeRegExp);
  return new RegExp(
    `(?<![\\p{L}\\p{N}.])(?:(?:the\\s+)?(?:${byLength(stateSpellings).join('|')})[’']s|${byLength([...ALL_DEMONYMS]).join('|')})\\s+$`,
    'u',
  );
}

/** The one holder of a role title at `date` (any date when null), or null when none or several. */
function roleAt(table: Compiled, title: string, date: string | null): string | null {
  const key = title
    .replace(/^the\s+/i, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
  const holders = (table.roleTitles.get(key) ?? []).filter(
    (h) => !date || ((!h.since || h.since <= date) && (!h.until || h.until >= date)),
  );
  const ids = [...new Set(holders.map((h) => h.actorId))];
  return ids.length === 1 ? (ids[0] as string) : null;
}

/** Every mention of a known actor in a sentence, longest reading, in text order. */
function matchActors(table: Compiled, sentence: string, date: string | null): ActorMatch[] {
  // Longest span first; an overlapping span of the same actor widens it ("U.S. President" + "President
  // Trump"), one of another actor is dropped ("U.S." inside "U.S. President").
  const all = [...nameMatches(table, sentence), ...roleMatches(table, sentence, date)];
  all.sort((a, b) => b.text.length - a.text.length || a.index - b.index);
  const out = longestSpans(sentence, all);
  // Longest span: a person's name takes the office words and nationality in front of it
  // ("French President Emmanuel Macron", "Britain’s Prime Minister Keir Starmer"); a match swallowed by
  // the wider span ("U.S." in "U.S. President Donald Trump") is dropped.
  for (const m of out) {
    if (table.byId.get(m.actorId)?.kind !== 'person') continue;
    const start = titledStart(sentence, m, table.nationality);
    if (start === m.index) continue;
    m.text = sentence.slice(start, m.index + m.text.length);
    m.index = start;
  }
  const swallowed = swallowedSpans(out);
  return mergeSideBySide(
    sentence,
    out.filter((m) => !swallowed.has(m)),
  );
}

/** Names and aliases; a metonym is skipped where it names a place ("in Washington", "the Paris summit"). */
function nameMatches(table: Compiled, sentence: string): ActorMatch[] {
  if (!table.nameRe) return [];
  const out: ActorMatch[] = [];
  for (const m of sentence.matchAll(table.nameRe)) {
    const index = m.index ?? 0;
    if (table.metonyms.has(m[0])) {
      if (LOCATIVE.test(sentence.slice(Math.max(0, index - 30), index))) continue;
      if (PLACE_ATTRIBUTIVE.test(sentence.slice(index + m[0].length, index + m[0].length + 20))) continue;
    }
    out.push({ actorId: table.names.get(m[0]) as string, index, text: m[0], via: 'name' });
  }
  return out;
}

/** Role titles whose holder at `date` is one actor ("the French president"). */
function roleMatches(table: Compiled, sentence: string, date: string | null): ActorMatch[] {
  if (!table.roleRe) return [];
  const out: ActorMatch[] = [];
  for (const m of sentence.matchAll(table.roleRe)) {
    const id = roleAt(table, m[0], date);
    if (!id) continue;
    // "British Defense Secretary John Healey": the title is that of the person named after it, not of the
    // one the gazetteer knows by it (Pete Hegseth).
    const index = m.index ?? 0;
    const named = NAME_AFTER_TITLE.exec(sentence.slice(index + m[0].length, index + m[0].length + 60));
    if (named && !table.byId.get(id)?.name.includes(named[1] as string)) continue;
    out.push({ actorId: id, index, text: m[0], via: 'role' });
  }
  return out;
}

/** A person's name right after a title: given name and surname, both capitalised ("… John Healey"). */
const NAME_AFTER_TITLE =
  /^\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)\s+(?:\p{Lu}\.\s+)?(\p{Lu}[\p{L}-]+(?:['’]\p{Lu}[\p{L}-]+)?)/u;

/** "French President Emmanuel Macron": title and name side by side are one mention. */
function mergeSideBySide(sentence: string, spans: readonly ActorMatch[]): ActorMatch[] {
  const merged: ActorMatch[] = [];
  for (const m of spans) {
    const prev = merged[merged.length - 1];
    if (
      prev &&
      prev.actorId === m.actorId &&
      /^\s*$/.test(sentence.slice(prev.index + prev.text.length, m.index))
    ) {
      prev.text = sentence.slice(prev.index, m.index + m.text.length);
      continue;
    }
    merged.push({ ...m });
  }
  return merged;
}

function lookupExact(table: Compiled, label: string, date: string | null): string | null {
  const t = label.trim().replace(/^(?:the)\s+/i, '');
  return table.names.get(label.trim()) ?? table.names.get(t) ?? roleAt(table, t, date);
}

function isKnown(table: Compiled, text: string): boolean {
  const bare = text.replace(/^the\s+/i, '');
  return (
    [text, bare, `the ${bare}`, `The ${bare}`].some((t) => table.names.has(t)) ||
    table.roleTitles.has(bare.toLowerCase())
  );
}

// A middle initial goes on with the name when a capitalised word follows it ("Tore O. Sandvik").
// A surname may hold a second capital after its prefix: "McGuinty", "MacDonald", "DeSantis", "LeBlanc".
// Leading initials open a name when a capitalised word follows ("J.D. Vance", "J. D. Vance"), but not a
// country's ("U.S. envoy", "U.K. officials").
// "O'Mahony", "D'Alema", "N'Diaye": a capital after the apostrophe, inside one word.
const CAPITALISED_RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(?:(?!(?:U\.S|U\.K|E\.U|U\.N)\.)\p{Lu}\.(?:\s?\p{Lu}\.){0,2}\s(?=\p{Lu}\p{Ll}))?(?:(?:(?:Mc|Mac|De|Di|Du|La|Le)\p{Lu}\p{Ll}{2,}|${APOSTROPHE_SURNAME}\p{Ll}+|[\p{Lu}][\p{Ll}’']+)(?:-\p{L}[\p{Ll}’']*)*|[\p{Lu}]{2,6})(?:\s+(?:(?:de|von|van|der|den|al|bin|la|le|du|da|di)\s+){0,2}(?:(?:(?:Mc|Mac|De|Di|Du|La|Le)\p{Lu}\p{Ll}{2,}|${APOSTROPHE_SURNAME}\p{Ll}+|[\p{Lu}][\p{Ll}’']+)(?:-\p{L}[\p{Ll}’']*)*|[\p{Lu}]{2,6}|\p{Lu}\.(?=\s+\p{Lu}\p{Ll})))*(?![\p{L}\p{N}])`,
  'gu',
);

/**
 * The part of a capitalised run after the last word a known actor covers: "NATO Secretary General Mark
 * Rutte" → "Secretary General Mark Rutte" (the titles are dropped next). Null when the run ends in a match.
 */
function afterMatched(run: string, index: number, matched: Coverage): { text: string; index: number } | null {
  let from = 0;
  for (const w of run.matchAll(/\S+/g)) {
    const at = index + (w.index ?? 0);
    if (matched.overlaps(at, at + w[0].length)) from = (w.index ?? 0) + w[0].length;
  }
  const rest = run.slice(from);
  const lead = rest.length - rest.trimStart().length;
  return rest.trim() ? { text: rest.trim(), index: index + from + lead } : null;
}

/** Capitalised names no match covers and the gazetteer does not know: candidates for actors.yaml. */
function unknownNames(
  table: Compiled,
  sentence: string,
  matches: readonly ActorMatch[],
): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  const matched = new Coverage(sentence.length);
  for (const m of matches) matched.mark(m.index, m.index + m.text.length);
  for (const m of sentence.matchAll(CAPITALISED_RUN)) {
    const run = afterMatched(m[0], m.index ?? 0, matched);
    if (!run) continue;
    const lead = withoutLeadingWords(sentence, run.index, run.text.replace(/[’']s$/, '').split(/\s+/));
    if (matched.overlaps(lead.start, lead.start + lead.words.join(' ').length)) continue;
    // "Commission President Ursula von der Leyen": the name is what follows the office.
    const text = afterLastOffice(lead.words.join(' '));
    const words = text.split(' ');
    if (!text) continue;
    // A name the gazetteer knows is never a candidate, even where a rule skipped it ("at the White House").
    if (isKnown(table, text)) continue;
    // A single word is a name only as an abbreviation ("NATO"), and not one that names nothing ("PM", "TV").
    const acronym = /^[\p{Lu}]{2,6}$/u.test(text);
    if (words.length < 2 && !acronym) continue;
    if (nameKind(text) === 'noise') continue;
    if (words.some((w, i) => NOT_NAMES.has(w) && words.length <= 2 && !(i === 0 && w === 'The'))) continue;
    out.push({ text, index: lead.start + lead.words.join(' ').length - text.length });
  }
  return out;
}

/**
 * Leading sentence words, titles, nationality adjectives and possessives dropped ("Russian President
 * Vladimir Putin" → "Vladimir Putin", "Poland’s Donald Tusk" → "Donald Tusk"). "The" mid-sentence with a
 * capital is part of a name ("The Atlantic").
 */
function withoutLeadingWords(
  sentence: string,
  start: number,
  words: string[],
): { start: number; words: string[] } {
  let at = start;
  let rest = words;
  for (;;) {
    const w = rest[0];
    if (!w) break;
    const keepThe =
      w === 'The' &&
      at > 0 &&
      rest.length >= 2 &&
      !/[.!?:]\s*["“]?$/.test(textBefore(sentence, at, TITLE_CONTEXT));
    // "Poland’s Donald Tusk", "Al Jazeera’s Elise Marchand": whose they are, not part of the name.
    const owner = rest.findIndex((word) => /^\p{Lu}\p{Ll}+[’']s$/u.test(word));
    if (
      owner > 0 &&
      owner <= 2 &&
      rest.length - owner > 2 &&
      rest.slice(0, owner).every((word) => /^\p{Lu}/u.test(word)) &&
      // "Tufts University's Fletcher School": an institution's part is no person's name.
      isPersonShaped(
        rest
          .slice(owner + 1)
          .join(' ')
          .replace(/[,.;:]$/, ''),
      )
    ) {
      at += rest.slice(0, owner + 1).join(' ').length + 1;
      rest = rest.slice(owner + 1);
      continue;
    }
    const possessive = rest.length > 2 && /^\p{Lu}\p{Ll}+[’']s$/u.test(w);
    const strip =
      (NOT_NAMES.has(w) && !keepThe) ||
      possessive ||
      // Not a given name with its middle initial ("Dmitri S. Peskov"): no nationality stands before an initial.
      (rest.length > 2 && DEMONYM.test(w) && /^\p{Lu}\p{Ll}/u.test(w) && !/^\p{Lu}\.$/u.test(rest[1] ?? ''));
    if (!strip) break;
    at += w.length + 1;
    rest = rest.slice(1);
  }
  return { start: at, words: rest };
}
