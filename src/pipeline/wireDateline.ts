/**
 * A wire's dateline: the place a story was filed from, opening its lead, maybe with the day and the agency.
 * "PARIS, March 11 (Reuters) - ", "BRUSSELS (AP) — ", "KYIV, Ukraine (AP) — ", "WASHINGTON, Aug 20, (AP):",
 * "ZAGREB, 20 August 2025 - ", "Nicosia, 19 August (CNA) - ", "YEREVAN, SEPTEMBER 5, ARMENPRESS. ",
 * "KYIV, March 5 /Ukrinform/. ", "BISHKEK, March 3. /Kabar/. ", "London, Oct. 25, GNA – ", "WASHINGTON − " (a minus sign for the dash). One shape, read by the title, the dates and the speakers alike.
 */

/** A place in capitals ("NEW DELHI", "ST. PETERSBURG") or in title case ("Nicosia", "Addis Ababa"). */
const PLACE_CAPS = String.raw`\p{Lu}[\p{Lu} .'’/-]{1,40}`;
const PLACE_TITLE = String.raw`\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?`;
/** Up to two regions after it: ", Ukraine", ", Calif.". */
const REGIONS = String.raw`(?:,\s*\p{Lu}[\p{L} .]{1,20}){0,2}?`;
/** The day it was filed: "March 11", "Aug. 20, 2025", "20 August 2025". */
const FILED = String.raw`(?:[\p{L}.]{3,10}\s+\d{1,2}|\d{1,2}\s+\p{L}{3,10})(?:,?\s+\d{4})?`;
/** The agency, in brackets or between slashes: "(Reuters)", "(BTA correspondent Yana Stoyanova)", "/Ukrinform/". */
const AGENCY = String.raw`(?:\([^()]{1,60}\)|\/[\p{L}-]{2,20}\/\.?)`;

const HEAD = new RegExp(
  // "BISHKEK, March 3. /Kabar/. ": a full stop after the day, and the agency between slashes with its own.
  String.raw`^(?<place>${PLACE_CAPS}|${PLACE_TITLE})${REGIONS}(?:,\s*(?<filed>${FILED}))?(?:,|\.(?=\s*\/))?\s*` +
    // A hyphen or an en dash with no space after it joins a compound ("US-Russia talks", "EU–funded").
    // "London, Oct. 25, GNA – ": the agency's initials, bare, after the day and before the dash.
    String.raw`(?:(?<agency>${AGENCY})\s*|(?<bare>\p{Lu}{2,12})\s*(?=[-–—−]))?(?:(?<dash>[:\-–—−]+)(?:(?<![-–])\s*|\s+)|(?<named>\p{Lu}{3,20})\.(?=\s)\s*|(?<=\/\.\s+)(?=\p{Lu}))`,
  'u',
);

export interface WireDateline {
  /** How many characters of the text it takes, with the space after it. */
  length: number;
  /** Whether it gives the day the story was filed. */
  dated: boolean;
}

/**
 * The wire dateline opening `text`, if there is one. A title-case place counts only with a day or an agency
 * after it, and an agency named after the day only with the day, so that "Zelensky — who …" or "Macron: …"
 * is no dateline.
 */
export function wireDateline(text: string): WireDateline | null {
  const m = HEAD.exec(text);
  if (!m?.groups) return null;
  const { place = '', filed, agency, dash, named, bare } = m.groups;
  const capitals = !/\p{Ll}/u.test(place);
  if (!capitals && !filed && !agency) return null;
  if ((named || bare) && !filed) return null;
  // A place alone before a colon is a label ("UPDATE:", "BREAKING:"), not a dateline.
  if (dash?.startsWith(':') && !filed && !agency) return null;
  return { length: m[0].length, dated: !!filed };
}

/**
 * A dateline the sentence splitter cut off on its own because it ends on a full stop: "KYIV, Sept. 5.", with or
 * without the agency after it ("KYIV, Sept. 5. /Ukrinform/."), or the agency alone.
 */
export const WIRE_DATELINE_ALONE = new RegExp(
  String.raw`^${PLACE_CAPS},\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2}\.(?:\s*\/\p{Lu}[\p{L}-]*\/\.?)?$|^\/\p{Lu}[\p{L}-]*\/\.?$`,
  'u',
);
