/**
 * What a capitalised name the gazetteer does not know is: a place ("Oval Office", "Downing Street"), an
 * abbreviation that names nothing ("PM", "TV", "DC", "GMT"), or a name worth proposing as an actor. The
 * report proposes names and lists places apart; people.ts turns a person's name into an actor when that
 * person speaks.
 */

/** Last words that make a name a place or a building. */
const PLACE_WORDS = new Set(
  'House Office Palace Street Square Avenue Road Lane Building Hall Castle Cathedral Bridge Airport Base Park Gardens Garden Centre Center Station Port Harbour Sea Ocean River Lake Mountains Island Islands Coast Region Oblast Province County District Valley Gate Embassy Headquarters Wing Chamber Quarter Plaza Boulevard Field Fields Forest Peninsula Strait Gulf Bay'.split(
    ' ',
  ),
);

/** Words that make a name an institution, a company, an event or a publication, not a person. */
const BODY_WORDS = new Set(
  'Council Commission Parliament Ministry Union Agency Army Forces Force Navy Alliance Party Group Institute University College School Bank Fund Summit Conference Forum Committee Court Department Foundation Company Corporation Energy Media Press News Times Post Journal Herald Gazette Radio Television Network Service Services Office Organization Organisation Nations States Republic Kingdom Federation Treaty Accord Agreement Plan Deal Act Day War Cup League Coalition Initiative Programme Program Fleet Command Police Guard Government Cabinet Administration Assembly Senate Congress Bundestag Duma Commonwealth Europe Strategy Policy Review Report Index Daily Weekly Live Sport Sports Weather World Business Politics Opinion Analysis Editorial Newsletter Briefing Edition Association Society Club Centre Center Trust Church Chamber Movement Board Authority Bureau Corps Brigade Battalion Regiment Museum Library Hospital Academy Cooperative Guild Institution Zeitung Gazeta Gazzetta Gazet Corriere Kurier Dziennik Dagblad Dagbladet Sanomat Nieuws Courant Standaard Stampa Repubblica Jornal Diário Público Presse Tageblatt Tagesspiegel Handelsblatt Allgemeine Rundschau Anzeiger Nachrichten Figaro Monde Mundo País Tidende Avisen Rzeczpospolita Kommersant Vedomosti Izvestia Pravda Novosti Express Mirror Telegraph Guardian Independent Observer Chronicle Tribune Courier Dispatch Inquirer Sentinel Examiner'.split(
    ' ',
  ),
);

/**
 * Abbreviations news copy prints that name no actor: offices ("PM"), media ("TV"), the capital's district
 * ("DC"), clock and time zones ("GMT", "EDT"), units. Two-letter ones are never proposed anyway.
 */
const NOT_ACTOR_ABBREVIATIONS = new Set(
  'GMT BST UTC CET CEST EET EST EDT CST CDT PST PDT IST MSK AEST AM PM TV DC UK US EU CEO CFO GDP MP MPs MEP MEPs PDF FAQ URL AI ID OK PR HQ'.split(
    ' ',
  ),
);

/** Words that are a person's title or honorific, not part of their name. */
export const HONORIFICS = new Set('Mr Mrs Ms Dr Sir Dame Lord Lady Prof Cllr Councillor Rep Sen'.split(' '));

export type NameKind = 'place' | 'noise' | 'name';

/** A place, noise (an abbreviation that names no actor), or a name worth proposing. */
export function nameKind(name: string): NameKind {
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (words.length === 1 && /^[\p{Lu}]{2,6}$/u.test(last)) {
    return last.length < 3 || NOT_ACTOR_ABBREVIATIONS.has(last) ? 'noise' : 'name';
  }
  if (
    words.length >= 2 &&
    (PLACE_WORDS.has(last) || /^(?:St|Saint|Mount|Lake|Port)\.?$/.test(words[0] ?? ''))
  )
    return 'place';
  return 'name';
}

/**
 * "(retd)", "(ret.)", "(retired)", "(res.)": a rank's retirement, or the reserve, in brackets, no part of the name
 * ("Colonel (retd) Andrew Fennimore", "Col. (res.) Avi Dahan").
 */
export const RETIRED_IN_BRACKETS = String.raw`\s*\((?:retd|rtd|ret|retired|res)\.?\)`;

/**
 * ", the Tory backbencher ": a description in apposition opening on an article, its words no preposition or
 * relative ("a senior fellow at the …", "a Democrat who …" describe, but do not end on the name).
 */
export const DESCRIPTION_IN_APPOSITION = String.raw`,\s+(?:the|a|an)\s+(?:(?!(?:at|of|for|in|from|with|to|on|by|who|which|that|whose)\s)[\p{L}'’-]+\s+){1,4}`;

/** A surname with a capital after its apostrophe: "O'Mahony", "D'Alema", "N'Diaye". */
export const APOSTROPHE_SURNAME = String.raw`[ODN][’']\p{Lu}`;

// A capitalised word, "O'Mahony" too.
const APOSTROPHE_WORD = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}|${APOSTROPHE_SURNAME})[\p{L}'’-]*$`, 'u');

/**
 * Does the name read as a person's: two to four words, each a capitalised word of letters (particles such
 * as "von der" allowed), none of them the word of a place, an institution or a publication (in the languages
 * a press review quotes: "Gazeta Wyborcza", "Le Figaro", "Süddeutsche Zeitung"), none in capitals?
 */
export function isPersonShaped(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const main = words.filter((w) => !/^(?:de|von|van|der|den|al|bin|la|le|du|da|di)$/.test(w));
  if (main.length < 2 || main.length > 4) return false;
  // Initials may open a name ("JD Vance", "J.D. Vance") or stand in its middle with a full stop ("Tore O.
  // Sandvik"), never stand alone or close it.
  const initials = (w: string, i: number) =>
    (i === 0 && main.length > 1 && /^(?:\p{Lu}{1,2}|(?:\p{Lu}\.){1,3})$/u.test(w)) ||
    (i > 0 && i < main.length - 1 && /^\p{Lu}\.$/u.test(w));
  // "Park Sung-woo": a Korean family name that is also a place's word, before a hyphenated given name.
  const korean = main.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(main[1] as string);
  return main.every(
    (w, i) =>
      initials(w, i) ||
      (APOSTROPHE_WORD.test(w) &&
        (!PLACE_WORDS.has(w) || (korean && i === 0)) &&
        !BODY_WORDS.has(w) &&
        !HONORIFICS.has(w)),
  );
}

/**
 * Titles printed in front of a person's name, capitalised as news prints them: the name splitter drops them
 * from a name and the role reader takes them as the person's office, so both read this one list.
 */
export const TITLES_BEFORE_NAME: readonly string[] = [
  // Heads of state and government, ministers and officials.
  'President',
  'Vice-President',
  'Premier',
  'Chancellor',
  'Taoiseach',
  'T[áa]naiste',
  'Minister',
  'Secretary',
  'Secretary-General',
  'Commissioner',
  'Representative',
  'Envoy',
  'Ambassador',
  'Spokesman',
  'Spokeswoman',
  'Spokesperson',
  'Adviser',
  'Advisor',
  'Chief',
  'Leader',
  'King',
  'Queen',
  // Elected members, national and local.
  'Senator',
  // A parliament's member who drafts its report ("Rapporteur Henrik Ståhlberg").
  'Rapporteur',
  'Governor',
  'Mayor',
  'Delegate',
  'Deputy',
  'Cathaoirleach',
  'Cllr',
  'Councillor',
  'Congressman',
  'Congresswoman',
  'Assemblyman',
  'Assemblywoman',
  'Assemblymember',
  'Councilman',
  'Councilwoman',
  'Councilmember',
  'Alderman',
  'Alderwoman',
  // Ranks, clergy and forms of address.
  'General',
  'Admiral',
  'Commodore',
  'Brigadier',
  'Colonel',
  'Lieutenant',
  'Major',
  'Captain',
  'Commander',
  'Commandant',
  'Marshal',
  'Sergeant',
  'Corporal',
  'Retired',
  'Father',
  'Bishop',
  'Archbishop',
  'Cardinal',
  'Rabbi',
  'Imam',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Sir',
  'Dame',
  'Professor',
  'Prof\\.?',
  // Who chairs a committee, and the honorific of an office ("the Honourable David J. McGuinty").
  'Chair',
  'Vice-Chair',
  'Chairperson',
  'Convenor',
  'Honourable',
  'Honorable',
  'Hon\\.?',
];

const OFFICE_WORD = new RegExp(
  `^(?:(?:Vice|Rear|Air|Lieutenant|Major|Brigadier|Lance|Staff|Wing|Group|Squadron|Deputy|Sub|Field)-(?:Marshal|General|Admiral|Colonel|Commander|Major|Captain|Corporal|Sergeant|Commodore|Chief|Lieutenant|Leader)|(?:Col|Gen|Lt|Maj|Capt|Adm|Sgt|Cpl|Brig|Cmdr|Cdr)\\.?|${TITLES_BEFORE_NAME.join('|')})$`,
);

/**
 * What a person is, in lower case between what they belong to and their name ("LSA senior Maksym Horbach",
 * "Political Science professor Alina Demchuk-Reilly", "College junior Yaryna Shevchuk-Moss").
 */
export const ROLE_BEFORE_NAME =
  '(?:(?:assistant|associate|visiting|emeritus|adjunct|graduate|doctoral|PhD|DPhil|law|medical)\\s+)?(?:professor|lecturer|researcher|fellow|student|senior|junior|sophomore|freshman|first-year|second-year|third-year|fourth-year|final-year|undergraduate|postgraduate|alumnus|alumna|instructor|organi[sz]er|volunteer|spokes(?:man|woman|person))';

const OFFICE_INITIALS = /^(?:PM|FM|DM|VP|MP|MEP)$/;
/**
 * What a person does, opening the run of capitals at a sentence's start as local news writes it ("Organiser
 * Taras Melnyk, 52, said …", "Campaigner Olena Hart told …"): no part of the name.
 */
const ROLE_FIRST =
  /^(?:Freshman|Sophomore|Junior|Senior|Retired|Organiser|Organizer|Volunteer|Campaigner|Activist|Resident|Student|Veteran|Analyst|Expert|Researcher|Historian|Economist|Pastor|Reverend|Rev\.?|Chairman|Chairwoman|Chair|Director|Founder|Co-founder|Coordinator|Manager|Teacher|Lecturer|Journalist|Commentator|Pensioner|Businessman|Businesswoman|Entrepreneur|Nurse)$/;
const MEMBER = /^(?:MP|MEP|MSP|MS|TD)$/;
/** Letters after a name: a seat ("MP", "TD") or an honour ("KCB", "OBE", "KC"). */
export const POST_NOMINALS = '(?:MP|MEP|MSP|MS|TD|MLA|MPP|KC|QC|SC|CB|CBE|OBE|MBE|KCB|KBE|DBE|GCB|PC|FRS)';
const POST_NOMINAL = new RegExp(`^${POST_NOMINALS}$`);

/** A name the report met with its office in front ("Commission President Ursula von der Leyen"): the name alone. */
export function afterLastOffice(candidate: string): string {
  const words = candidate.split(/\s+/);
  let last = -1;
  words.forEach((w, i) => {
    // "PM Viktor Orbán", "FM Péter Szijjártó": an office shortened to its initials, in front only ("Tom Tugendhat MP").
    // "Aberdeen South MP Stephen Flynn": a member's seat, then the initials, then the name.
    if (
      OFFICE_WORD.test(w) ||
      (i === 0 && (OFFICE_INITIALS.test(w) || ROLE_FIRST.test(w))) ||
      (MEMBER.test(w) && i <= words.length - 3)
    )
      last = i;
  });
  // "Minister of Foreign Affairs Margus Tsahkna": the portfolio belongs to the office, not the name.
  let start = last + 1;
  // "Rachel Hartwell MP", "Sir Alistair Brannigan KCB OBE": letters after the name are no part of it.
  let end = words.length;
  while (end > start + 2 && POST_NOMINAL.test(words[end - 1] as string)) end--;
  // The office itself may stand before the run of capitals ("Minister of Foreign Affairs Margus Tsahkna").
  while (start < end - 2 && PORTFOLIO_WORD.test(words[start] as string)) start++;
  return words.slice(start, end).join(' ');
}

/** Words of a minister's portfolio that may stand between the office and the name. */
const PORTFOLIO_WORD =
  /^(?:of|for|the|and|National|Foreign|Affairs|Defence|Defense|Interior|Internal|Home|Finance|Economy|Economic|Justice|State|Health|Trade|European|Europe|Security|Policy|Development|Armed|Forces|Veterans|Treasury|Exchequer|Culture|Energy|Transport|Education|Agriculture|Environment|Labour|Labor|Digital|Regional|Infrastructure)$/;

/** A name printed in capitals, in title case: "KEIR STARMER" → "Keir Starmer" (shot lists, transcripts). */
export const titleCase = (label: string) =>
  label
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, lead: string, c: string) => lead + c.toUpperCase());

/**
 * A transcript's speaker label in capitals at the start of a paragraph: "STUBB: ", "ALEXANDER STUBB: ", with an
 * office before the name, a member's party and seat after it ("PRIME MINISTER KEIR STARMER: ", "HELEN VARLEY
 * (Lab., Ashford West): ") or a broadcaster's role after a comma ("DANA WHITFIELD, CNN ANCHOR: "; group 2).
 */
export const TRANSCRIPT_LABEL =
  /^(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,4})(?:\s+\([^()“”"]{1,40}\)|,\s+(\p{Lu}[\p{Lu}\p{N}'’.&/-]*(?:\s+[\p{Lu}\p{N}'’.&/-]+){0,7}))?:\s+/u;

/** A broadcaster's own staff in a transcript label's role ("CNN ANCHOR", "CNN INTERNATIONAL CORRESPONDENT"). */
export const BROADCASTER_ROLE =
  /\b(?:ANCHOR|CO-ANCHOR|HOST|CO-HOST|PRESENTER|CORRESPONDENT|REPORTER|NEWSREADER)S?\b/;

/** A transcript's speaker label as read: the label printed, the name in title case with and without its office. */
export interface TranscriptLabel {
  /** "PRIME MINISTER KEIR STARMER: " as printed, space included. */
  label: string;
  /** "Prime Minister Keir Starmer". */
  titled: string;
  /** "Keir Starmer": the office before the name gone. */
  name: string;
  /** A broadcaster's role after a comma ("CNN ANCHOR"), or "". */
  role: string;
  /** A member's party and seat in brackets after the name. */
  seat: boolean;
}

/** The speaker label a paragraph opens on, or null. */
export function transcriptLabelOf(text: string): TranscriptLabel | null {
  const m = TRANSCRIPT_LABEL.exec(text);
  if (!m) return null;
  const titled = titleCase(m[1] as string);
  return {
    label: m[0],
    titled,
    name: afterLastOffice(titled),
    role: m[2] ?? '',
    seat: /\)\s*:\s*$/.test(m[0]),
  };
}

/**
 * A broadcast transcript names its speakers in full once ("DANA WHITFIELD, CNN ANCHOR: …") and by surname after
 * that ("WHITFIELD: …"): each one-word label takes the full name of the label that ends in it, where one does.
 */
export function withFullNames<L extends { name: string }>(labels: readonly L[]): L[] {
  const fullNames = labels.map((l) => l.name).filter((name) => /\s/.test(name));
  return labels.map((l) =>
    /\s/.test(l.name) ? l : { ...l, name: fullNames.find((full) => full.endsWith(` ${l.name}`)) ?? l.name },
  );
}
