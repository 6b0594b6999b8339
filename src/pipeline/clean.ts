/**
 * Stage 2 — clean: raw article text → body paragraphs, with every removed
 * block recorded under the name of the rule that removed it. Rules are
 * general (line shape, position relative to title and date line,
 * repetition); publisher-specific lines come from the PUBLISHERS table.
 */
import {
  parseDateLine,
  rankDateLine,
  readFullDate,
  slashOrderOf,
  isFiledSignOff,
  splitGluedDate,
  type DateLine,
  type SlashOrder,
} from './dateline';
import {
  AGENCY_BYLINE,
  DESK_BYLINE,
  DESK_WITH_AGENCY,
  AUTHOR_POST,
  LIVE_WRITERS,
  NAMES_ONLY_BYLINE,
  VIDEO_LENGTH,
  EDITOR_LINE,
  LIVE_POST_BYLINE,
  isSignupPrompt,
  REPORTING_FROM,
  AGENCY_NAMES,
  COMMENTS_MARKER,
  CREDITS_LINE,
  FOOT_BYLINE,
  isBioLine,
  isBareCaption,
  isCaptionWithCredit,
  isConsentButton,
  isConsentLine,
  isCopyrightLine,
  FOOTNOTE,
  isBarMenu,
  isContactLine,
  isContributionLine,
  isDataStrip,
  LOGO_LINE,
  PAYWALL,
  PLACEHOLDER,
  REFERENCE_LINE,
  isMediaControl,
  isShoutedHeading,
  isTimedItem,
  isAlertStrip,
  NOTICE,
  WRITER_JOB_LINE,
  APPEAL_ENDING,
  PUBLISHER_LINE,
  ABOUT_SITE,
  WIRE_SIGN_OFF,
  ROLE_CREDITS,
  isInlineRelatedLink,
  isSignOff,
  isLinkShaped,
  isMetadataLabel,
  isRecordField,
  isTimestampLine,
  PHOTO_LABEL,
  RELATED_MARKER,
  SKIP_LINK,
  SPONSOR_LABEL,
  WIDGET,
} from './furniture';
import { splitGluedHeading } from './headings';
import { isPersonShaped } from './names';
import {
  BULLET,
  ELLIPSIS_END,
  isBodyShaped,
  isHeadlineShaped,
  isSubheadShaped,
  TERMINAL,
} from './lineShapes';
import { KNOWN_OUTLETS, PUBLISHERS, profileByName, type PublisherProfile } from './publishers';
import { unwrapLines } from './unwrap';
import { anyAtStart, CLOSING_QUOTE, escapeRegExp, MONTH_RE, monthNumber, wordCount } from './util';

export { isBodyShaped, isHeadlineShaped, isSubheadShaped } from './lineShapes';

export interface RemovedBlock {
  rule: string;
  text: string;
}

export interface CleanResult {
  paragraphs: string[];
  removed: RemovedBlock[];
  /** Title as printed, or null when the text has none. */
  title: string | null;
  dateLine: DateLine | null;
  /**
   * For each paragraph, the day of the live-page entry it stands under ("Aug. 18, 2025, 6:55 PM ET" above
   * it), or null: "today" in that entry is that day, not the day the page was first published.
   */
  entryDates: (string | null)[];
  author: string | null;
  /** Photo captions / credits (removed), kept for date hints such as a caption year. */
  captions: string[];
  citedOutlets: string[];
  /** Publisher recognised from the text (markers, trailing site name), if any. */
  publisherFromText: string | null;
  /**
   * A labelled date line without its year ("Published: 18th February"), when the page has no full one, and
   * the latest year of the page's copyright line ("© Copyright 2001-2025"): together, an inferred date.
   */
  yearless: { month: number; day: number; source: string; copyrightYear: number | null } | null;
  /**
   * The latest year of the page's copyright line ("© 2025 Santa Barbara Independent"): a site prints the
   * current year there, so it is only a hint — the year of a page that states no date at all.
   */
  copyrightYear: number | null;
}

interface Line {
  text: string;
  rule: string | null;
  /** The day a live page's entry stamp gives the text under it (`entry-time` lines). */
  entryDate?: string;
  /** Position in the article's lines, so rules never search for a line they already hold. */
  at: number;
}

/**
 * An advertisement's label, in English or the page's language ("Publicidad", "Anzeige"), or the line that
 * tells the reader the article goes on past one ("Article continues below this ad", "Advertisement - scroll
 * to continue").
 */
const AD =
  /^(?:AD|Ad|Advertisement|ADVERTISEMENT|Advertising|Publicidad|PUBLICIDAD|Publicité|PUBLICITÉ|Anzeige|ANZEIGE|Werbung|Reklama|Pubblicità|Sponsored(?: content)?|Sponsored:\s.{1,120}|Ad:\s.{1,120}|(?:(?:Advertisement|ADVERTISEMENT|Ad)\s*[-–—:|]?\s*)?(?:(?:The\s+)?(?:[Aa]rticle|[Ss]tory|[Cc]ontent|[Tt]ext)\s+continues\s+(?:below|after)(?:\s+(?:this|the))?(?:\s+(?:ad|advert|advertisement))?|[Cc]ontinue\s+reading\s+(?:below|after\s+(?:the\s+)?(?:ad|advertisement))|[Ss]croll\s+(?:down\s+)?to\s+continue(?:\s+(?:reading|with\s+content))?))$/;
// "Share on FacebookShare on XShare via EmailCopy link": the buttons' labels run together.
const SHARE =
  /^(?:(?:Post|Email|E-mail|Share|Tweet|Whats[Aa]pp|Facebook|Twitter|LinkedIn|Linkedin|Reddit|Telegram|Print|Copy link|Copy|Flipboard|Bluesky|Threads|X|Share (?:on|via) (?:Facebook|X|Twitter|Email|WhatsApp|LinkedIn|Bluesky))\s*){2,}$/;
const READ_TIME =
  /^(?:\d+\s*(?:min|mins|minute|minutes)\.?\s+(?:to\s+)?read|(?:reading|read) time\s*:?\s*\d+\s*(?:min|mins|minutes?)\.?)$/i;
const UI_LABEL =
  /^(?:a|a\+|a-|aa|view(?:s|\(s\))?\s*:?\s*\d[\d,.]*k?|\d[\d,.]*k?\s+views|(?:text|font)[ -]size\s*:?[\sa+−-]*|show more|show less|share if you like(?: it| this)?|sharing is caring!?|read more|read next|load more|see more|see also|news feed|icon|title icon|source icon|subscribe|sign up|sign in|log in|log out|register|write|open in app|follow|get the app|learn more|find out more|view in (?:your )?browser|listen to this article|listen|read the full transcript|(?:read|view|see) (?:the )?(?:full )?transcript|leave your feedback|skip to content|menu|search|close|back to top|related|related articles|more from .{1,30}|follow us.*|share this article|share|comments?|(?:full article\s+)?\d+\s+comments?|next|previous|prev|next image|previous image)$/i;
/** One interface label, or several side by side ("Sign up   Sign in", "Was this page helpful?  Yes  No"). */
function isUiLabels(t: string): boolean {
  return t
    .split(/\s{2,}/)
    .every((part) => UI_LABEL.test(part) || /^(?:yes|no|was this page helpful\?)$/i.test(part));
}
const FONT_WIDGET = /^[^\p{L}]*\d+\s*px$/u;
const SOURCES = /^Sources?\s*:\s*(.*)$/;
const AGENCY =
  /(?:Getty Images|Reuters|AFP|AP Photo|\bAP\b|EPA(?:-EFE)?|Shutterstock|Bloomberg|Anadolu(?: Agency)?|Pool|Sputnik|TASS|Alamy|NurPhoto|SOPA Images|Xinhua|Ukrinform|Press Office|via [A-Z][\w ]+)$/;
const AGENCY_WORD = new RegExp(`\\b(?:${AGENCY_NAMES})\\b`);
/** "NEIL HALLORAN, POOL PHOTO VIA AP": a photographer, then the agency the picture came through, any case. */
const PHOTOGRAPHER_COMMA_AGENCY = new RegExp(
  // Case counts: under "i", \p{Lu} would take any word ("Leaders met in Paris, AP"). "Jeanne Accorsini - pool,
  // AP": a dash may part the name from the rest.
  `^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}(?:,\\s+|\\s+[-–—]\\s+)(?:(?:[Pp]ool|POOL|[Ss]taff|STAFF|[Ff]ile|FILE)(?:,\\s*|\\s+))?(?:(?:[Pp]hoto|PHOTO)\\s+)?(?:(?:via|VIA)\\s+)?(?:${AGENCY_NAMES})$`,
  'u',
);
// "Mark Delaney, AP": with a comma between, as US papers print it under the caption.
const PHOTOGRAPHER_AND_AGENCY = new RegExp(
  `^(?:\\p{Lu}[\\p{L}'’-]+\\s+){0,2}\\p{Lu}[\\p{L}'’-]+,?\\s+(?:The\\s+)?(?:Canadian Press|Associated Press|Press Association|Getty Images|AFP|Reuters|EPA|AP|USA TODAY)$`,
  'u',
);
/** "DANIEL HEWETT/PA": a photographer and the agency after the slash. */
const AGENCY_AFTER_SLASH = new RegExp(`\\/\\s*(?:${AGENCY_NAMES})$`, 'i');
/** "AFP / Julien Mercier": the agency, then the photographer after the slash. */
const AGENCY_BEFORE_SLASH = new RegExp(
  `^(?:${AGENCY_NAMES})\\s*\\/\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}$`,
  'u',
);
/** "REUTERS/Oleksandr Hrytsenko": the agency in capitals, then the photographer's name (not "DPA/The Local"). */
const AGENCY_CAPITALS_PHOTOGRAPHER = new RegExp(
  `^(?:${AGENCY_NAMES.toUpperCase()})\\s*\\/\\s*(?!The\\s)\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2}$`,
  'u',
);
/** "Copyright AP Photo", "© Reuters / Jonas Berg": an agency's copyright with no year credits a picture. */
// "© Arnaud Pellerin / AFP": the photographer first, then the agency.
const PHOTO_COPYRIGHT = new RegExp(
  `^(?:Copyright|©)\\s*(?:©\\s*)?(?:(?:${AGENCY_NAMES})(?:\\s+Photos?)?(?:\\s*\\/\\s*[\\p{L} .'’-]{2,40})?|\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}\\s*\\/\\s*(?:${AGENCY_NAMES}))$`,
  'u',
);
/** "Top photo via …": the credit of the picture over the headline. */
const PAGE_PHOTO_CREDIT = /^(?:Top|Main|Cover|Header|Featured)\s+(?:photo|image|picture)s?\b/i;
const CREDIT_LINE =
  /^(?:(?:Top|Main|Cover|Header|Featured)\s+(?:photo|image|picture)s?\s+(?:via|from|courtesy of)\s+.+|(?:(?:Pool|POOL|Staff|STAFF|File|FILE)\s+)?(?:Photo|Image|Picture|Credit|Photograph|Foto|Bild|Kuva|Zdjęcie|Fotografia|Fotó|Fotoğraf|PHOTO|IMAGE|PICTURE|CREDIT|FOTO|(?<=\s)(?:photo|image|picture))s?(?:\s+credits?)?\s*(?:by|BY|:|\||\.{2,}|…)\s*.+|[\p{Lu}][\p{L}.'’ -]{1,60}(?:\/[\p{L}.'’ -]{2,60}){1,3})$/u;
/**
 * "… at NATO headquarters in Brussels, on April 10, 2025. (AFP)", "… at the Elysee Palace. (AFP-Yonhap)",
 * "Keir Starmer welcomes Volodymyr Zelensky to Lancaster House (Getty Images)", "… in Berlin on Monday.
 * [Reuters]": a caption, its agency (or two agencies joined) in brackets after it.
 */
const CAPTION_AGENCY_AFTER = new RegExp(
  `(?:[.!?]\\s*|[\\p{L}\\d]\\s)[([](?:${AGENCY_NAMES})(?:\\s*[-/]\\s*(?:${AGENCY_NAMES}))*[)\\]]\\s*$`,
  'u',
);
const CAPTION_CREDIT = new RegExp(
  `\\((?:(?:Photo|Image|Credit)s?:?\\s*)?[^()]{2,80}(?:\\/[^()]{2,60}|Getty Images|Reuters|AFP|\\s-\\s(?:${AGENCY_NAMES}|Anadolu Agency)\\s*)\\)\\s*$`,
);
/** A caption's source after its sentence: "Saturday's video call drew leaders from 25 countries. Source: UK Prime Minister's Office". */
const CAPTION_SOURCE_AFTER = /^[^“”"]{10,240}[.!?]\s+Source:\s*\p{Lu}[\p{L}'’&./ -]{1,60}$/u;
/**
 * "By Jane Doe, …", "By Oliver Prentice on September 05, 2025 at 12:41 PM", "By political reporter Tom Whitfield", "Interview by Marta Lindqvist", "by: DANA MERRICK
 * and ROBERT KALE, Associated Press", "By Sofia Marinova with AP, AFP", "By Claire Vautrin (Paris, correspondent)",
 * "By Lin Haowen for RFA Mandarin", "By — Tessa Lindqvist".
 */
// "By" and "and" as newsrooms print them in their own language: "Av Ingrid Solheim og Kjetil Brekke".
const BYLINE =
  /^(?:[Bb]y|BY|Af|Av|Von|Door|Par|Por|Przez|Autor(?:ka)?|Tekst|Text|(?:Interview|Words|Text|Story|Analysis|Reporting|Provided|Fact[- ]?[Cc]heck(?:ed)?) [Bb]y|Author(?:\s+of\s+the\s+article)?)\s*[:—–]?\s+(?:(?:\p{Lu}[\p{L}-]+\s+)?(?:\p{Ll}+\s+){0,2}(?:correspondent|editor|reporter)\s+|(?:\p{Ll}+\s+){0,3})([\p{Lu}][\p{L}.'’-]+(?:\s+(?:(?:and|og|och|und|et|en|és|ja)\s+)?(?:(?:van|von|der|den|de|da|di|du|la|le|ten|ter)\s+){0,2}[\p{Lu}][\p{L}.'’-]+){0,7})(?:\s+(?:staff|team|desk|newsroom|reporters|correspondents?)\b)?(?:\s*(?:[,|–(·•/-]|\bwith\b|\bin\s+(?=\p{Lu})|\bfor\s+(?=\p{Lu})|\bon\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{L}*\.?\s|\d)|(?=\d)).*)?$/u;
/**
 * A byline without "By": a name and the writer's job ("Harriet Colwell Defence correspondent"), the agencies
 * that helped ("Ruth Keller with AFP, Reuters, dpa"), the outlet after a dot ("Marisa Whelan · CBC News"), a
 * scholar's university ("Eleanor Whitcombe, University of Leeds") or where two wrote from ("Daniel Ashcroft and
 * Mira Kovač in Kyiv").
 */
const NAME_BYLINE =
  /^([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2}?)(?:,\s*|\s+)(?:(?:[\p{L}-]+\s+){0,3}(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Jj]ournalist|[Pp]roducer)\b[^.]*|with\s+\p{L}+(?:(?:,\s*|\s+and\s+)\p{L}+)*|[·•|]\s*\S.*|(?<=,\s*)(?:[^,.]{1,60},\s*)?(?:\p{Lu}[\p{L}'’.&-]*\s+){0,3}(?:University|College|Institute|School|Centre|Center|Academy)\b[^.]{0,60}|and\s+[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2}\s+in\s+\p{Lu}[\p{L}-]+|in\s+\p{Lu}[\p{L}-]+(?:\s+and\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+in\s+\p{Lu}[\p{L}-]+)?)$/u;
const GLUED_NAME = /^([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})(?=\d)/u;
const NAME_LINE = /^[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){1,3}$/u;
const SITE_NAME = /^[\p{Lu}\p{L}][\p{L}\d-]*\.(?:[A-Za-z]{2,}|[A-Z][a-z]+)$/u;
const AUTHOR_MARKER = /^(?:Avatar|About the author|Author|Written by)$/i;

function isBlank(l: Line): boolean {
  return !l.text.trim();
}

/** The first non-blank line after line `i`, if any. */
function nextNonBlank(lines: readonly Line[], i: number): Line | undefined {
  for (let j = i + 1; j < lines.length; j++) if (!isBlank(lines[j] as Line)) return lines[j];
  return undefined;
}

/** The last non-blank line before line `i`, if any. */
function previousNonBlank(lines: readonly Line[], i: number): Line | undefined {
  for (let j = i - 1; j >= 0; j--) if (!isBlank(lines[j] as Line)) return lines[j];
  return undefined;
}

/** "Agence France-Presse - The Freeman": an agency's story as a paper runs it, in the byline's place. */
const AGENCY_FOR_PAPER = new RegExp(
  `^(?:${AGENCY_NAMES})\\s+[-–—|]\\s+(?:The\\s+)?\\p{Lu}[\\p{L}&'’ .-]{1,40}$`,
  'u',
);

/**
 * A republishing box's credit: the headline again, with its writer, outlet and date ("As Europe readies a
 * Ukraine force, … by Leo Castellano, The Connecticut Mirror, October 27, 2025"). On a page that dates itself
 * nowhere else, that date is the story's.
 */
function markRepublishCredit(page: Page, titleLine: Line): DatedLine | null {
  const title = titleLine.text.trim();
  for (const l of page.lines) {
    const t = l.text.trim();
    if (l === titleLine || !t.startsWith(`${title} by `) || wordCount(t) > wordCount(title) + 16) continue;
    const date = bylineDate(t.slice(title.length), page.slashes);
    if (!date) continue;
    mark(l, 'title-repeat');
    return { line: l, parsed: { date, method: 'republish-credit', source: t }, atFoot: true };
  }
  return null;
}

/** "(Image: Justin Tallis/PA Wire)": a credit on a line of its own, in brackets. */
const BRACKETED_CREDIT = /^\(((?:Photo|Image|Picture|Credit)s?\s*:[^()]{2,80})\)$/i;

const BROADCASTER_DASH_PHOTOGRAPHER = new RegExp(
  String.raw`^(?:${AGENCY_NAMES}|RÚV|BBC|RTÉ|RTE|NRK|SVT|DR|YLE|Yle|ERR|LSM|LRT|ORF|SRF|RAI|RTP|RTS|ČT|TVN|NOS|VRT|RTBF|HRT|RTV|ZDF|ARD)\s+[–—-]\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}$`,
  'u',
);

/** "Photo: …", "Image: …": a line that says it credits a picture (not "AFP/Paris", a wire and its city). */
const CREDIT_LABEL = /^(?:Photo|Foto|Bild|Kuva|Image|Picture|Credit)s?\s*:/i;

function isCredit(text: string): boolean {
  const t = text.trim().replace(BRACKETED_CREDIT, '$1');
  // "By Marek Dobson  Reuters" is a byline, with the agency the writer works for.
  if (wordCount(t) > 10 || /^by\s/i.test(t)) return false;
  // A photo agency alone on its line, over or under the picture's caption.
  if (
    /^(?:Getty Images|(?:AFP|AP|Reuters) via Getty Images|EPA(?:-EFE)?|AP Photo|Shutterstock|Alamy|PA Media)$/.test(
      t,
    )
  )
    return true;
  // "Leo Marchetti, AFP via Getty Images", "Jonah Pereira, Pool via USA TODAY NETWORK": the photographer, then
  // the agency, on a line of their own.
  if (
    /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2},\s+(?:AFP|AP|Reuters|EPA|Pool|Getty Images|USA TODAY|[\p{Lu}][\p{L}.]+ via Getty Images|Pool via [\p{Lu}][\p{Lu}\p{L} ]{2,40})$/u.test(
      t,
    )
  )
    return true;
  // "Kirill Voronov/Sputnik, Kremlin Pool Photo via AP": a photographer and their agency, then the pool it came
  // through.
  if (
    /^\p{Lu}[^.!?]{2,80}\b(?:Pool|POOL)\s+(?:Photo|PHOTO)\s+(?:via|VIA)\s+(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images)$/u.test(
      t,
    )
  )
    return true;
  // "RÚV – Jóhannes Jónsson", "AFP – Anna Berg": a broadcaster's or an agency's initials, a dash, the photographer.
  // Only a known one: "UK – Keir Starmer" heads an explainer's part.
  if (BROADCASTER_DASH_PHOTOGRAPHER.test(t)) return true;
  // "NEIL HALLORAN, POOL PHOTO VIA AP", "MARK SCHIEFELBEIN, AP": the same in capitals, maybe with the pool.
  if (PHOTOGRAPHER_COMMA_AGENCY.test(t)) return true;
  // "Nathan Deveau The Canadian Press": a photographer's name run into the agency's.
  if (PHOTOGRAPHER_AND_AGENCY.test(t)) return true;
  // "(AFP-Yonhap)", "(Reuters/dpa)": agencies alone in brackets under a photo.
  if (/^\((?:[\p{L}.]+[-/ ]){0,3}[\p{L}.]+\)$/u.test(t) && AGENCY_WORD.test(t)) return true;
  return (
    CREDIT_LINE.test(t) &&
    (AGENCY.test(t) ||
      AGENCY_AFTER_SLASH.test(t) ||
      AGENCY_BEFORE_SLASH.test(t) ||
      /^(?:(?:pool|staff|file|top|main|cover|header|featured)\s+)?(?:Photo|Image|Picture|Credit|Foto|Bild|Kuva|Zdjęcie|Fotó)/i.test(
        t,
      ))
  );
}

function detectPublisher(lines: Line[], hint: string | null): PublisherProfile | undefined {
  const known = profileByName(hint);
  if (known) return known;
  for (const p of PUBLISHERS) {
    if (lines.some((l) => p.markers.some((m) => m.test(l.text.trim())))) return p;
  }
  return undefined;
}

function splitOutlets(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1 && s.length < 60);
}

export interface CleanOptions {
  /** Publisher already known from the URL, if any. */
  publisher: string | null;
  /** Extra outlet names (curated media actors, outlets.yaml). */
  outlets?: readonly string[];
}

export function cleanArticle(text: string, options: CleanOptions): CleanResult {
  const page = readPage(text, options);
  markClipperRecord(page);
  markLineShapes(page);
  markNotes(page);
  markConsentBanners(page);
  markPhotoLabels(page);
  markGalleryCaptions(page);
  markCaptionsUnderToggles(page);
  markCaptionsAboveCredits(page);
  markVideoTitles(page);
  markMenuSandwiches(page);
  markNewsletterNames(page);
  markRelatedLinks(page);
  markPostNavigation(page);
  markTimedFeed(page);
  markAppeal(page);
  markSourceList(page);
  markClaimBox(page);
  markIssuedBy(page);
  const headerDate = markDateLine(page);
  const yearless = headerDate ? null : markYearlessDateLines(page);
  const titleLine = markTitle(page, headerDate, yearless?.line ?? null);
  const dateLine = headerDate ?? (titleLine && !yearless ? markRepublishCredit(page, titleLine) : null);
  markHeaderLabels(page, titleLine, dateLine);
  markComments(page);
  const pagedDate = markPagedLines(page);
  markNoticeTails(page);
  // "Sabrina Okonedo-Hart 28 March 2025": the writer's name before the page's date is its byline.
  if (dateLine?.parsed.method === 'byline-date') page.author ??= writerBeforeDate(dateLine.line.text);
  markBylineWriterBio(page);
  markAuthorBio(page);
  markTeasers(page);
  markSiteName(page);
  markSectionLabels(page);
  markSubheads(page);
  markPullQuotes(page);
  markUnendedCaptions(page);
  splitGluedHeadings(page);
  const { paragraphs, entryDates } = joinParagraphs(page.lines);
  // Only read where the page gives no date line: the year is for a page that states no date at all.
  const copyrightYear = dateLine ? null : latestCopyrightYear(page.lines);
  return {
    paragraphs,
    removed: removedBlocks(page.lines),
    title: titleLine ? titleLine.text.trim() : null,
    dateLine: dateLine ? dateLine.parsed : (pagedDate ?? null),
    entryDates,
    author: page.author,
    captions: page.captions,
    citedOutlets: citedOutlets(paragraphs, page, options),
    publisherFromText: page.publisherFromText,
    yearless: yearless ? { ...yearless.date, copyrightYear } : null,
    copyrightYear,
  };
}

/** "Published: 18th February", "Last updated: Tuesday 18 February, 3.04pm": a labelled date with no year. */
const YEARLESS_LABELLED = new RegExp(
  `^(?:first\\s+)?(?:published|posted|updated|last\\s+updated)\\s*(?:on)?\\s*:?\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE})|(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?)?\\s*$`,
  'i',
);

/**
 * 2b. A page that dates itself only without the year ("Published: 18th February" / "Last updated: 18th
 * February"): the lines go as date lines, and the first gives month and day; the year can only come from
 * elsewhere on the page (metadata.ts).
 */
function markYearlessDateLines(page: Page): {
  line: Line;
  date: { month: number; day: number; source: string };
} | null {
  const headerEnd = storyStart(page.lines);
  let first: { line: Line; date: { month: number; day: number; source: string } } | null = null;
  for (const l of page.lines) {
    if (l.rule && l.rule !== 'byline') continue;
    const date = yearlessDate(l.text.trim(), page.slashes);
    if (!date) continue;
    const { month, day } = date;
    mark(l, 'date-line');
    if (!first && l.at < headerEnd) first = { line: l, date: { month, day, source: l.text.trim() } };
  }
  return first;
}

function latestCopyrightYear(lines: readonly Line[]): number | null {
  let year: number | null = null;
  for (const l of lines)
    if (isCopyrightLine(l.text))
      for (const y of l.text.matchAll(/\b(?:19|20)\d{2}\b/g)) year = Math.max(year ?? 0, Number(y[0]));
  return year;
}

function yearlessDate(text: string, slashes: SlashOrder): { month: number; day: number } | null {
  const m = YEARLESS_LABELLED.exec(text) ?? YEARLESS_TIMED.exec(text);
  if (m) {
    const month = monthNumber((m[2] ?? m[3]) as string);
    const day = Number(m[1] ?? m[4]);
    return month && day >= 1 && day <= 31 ? { month, day } : null;
  }
  const n = YEARLESS_NUMERIC.exec(text);
  if (!n) return null;
  const [a, b] = [Number(n[1]), Number(n[2])];
  // "18/02" says itself which is the day; "03/04" goes the page's way, and day first as most outlets print it.
  const monthFirst = a <= 12 && (b > 12 || (b <= 12 && slashes === 'month-first'));
  const [month, day] = monthFirst ? [a, b] : [b, a];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day } : null;
}

/**
 * "Last updated:18/02 - 16:05", "Published 18.02. 16:05": a label, day and month in numbers, and a clock
 * time. The label and the time are both required: a bare "18/02" is a score or a fraction as often.
 */
const YEARLESS_NUMERIC =
  /^(?:first\s+)?(?:published|posted|updated|last\s+updated)\s*(?:on)?\s*:?\s*(\d{1,2})[/.](\d{1,2})\.?\s*(?:[,|•·–—-]\s*)?(?:at\s+)?\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Za-z]{2,4})?\s*$/i;

/** "Mar. 03 06:15 am JST": a day with no year and no label, but a clock time (and its zone) after it. */
const YEARLESS_TIMED = new RegExp(
  `^(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE})|(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?),?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Za-z]{2,4})?\\s*$`,
  'i',
);

/** The article's lines and what the rules learn about it on the way. */
interface Page {
  /** Replaced once at the end, when glued headings are split off (7c). */
  lines: Line[];
  boilerplate: readonly RegExp[];
  /** Photo captions and credits (removed), kept for date hints such as a caption year. */
  captions: string[];
  /** Outlets named on `Sources:` lines. */
  cited: string[];
  author: string | null;
  publisherFromText: string | null;
  /** Lines that read as a publication date, wherever they are (step 1); one is chosen in step 2. */
  dateLines: DatedLine[];
  /** How this page writes dates such as 11/03/2025. */
  slashes: SlashOrder;
}

interface DatedLine {
  line: Line;
  parsed: DateLine;
  /** Found at the page's foot ("First published …" under the article): it tells nothing of the header. */
  atFoot?: boolean;
}

/**
 * Emoji and flags at a line's start, with the space after them: the pictographs above U+1F000 only, so the
 * symbols rules read ("▶ Video: …", "© 2025 …") stay.
 */
const LEADING_EMOJI = /^(?:(?:[\u{1F000}-\u{1FAFF}]|\u{FE0F}|\u{200D}|\u{20E3})+\s*)+/u;

function readPage(text: string, options: CleanOptions): Page {
  const slashes = slashOrderOf(text);
  const lines: Line[] = unwrapLines(text.split('\n'))
    // "🗓 19.08.2025 | MORNING BRIEFING", "🔗 Source: …": a social post's emoji before a line are decoration.
    // A row of reactions ("👍 512 🙏 88") keeps them: it is read as one.
    .map((line) => {
      const rest = line.replace(LEADING_EMOJI, '');
      return rest === line || /[\u{1F000}-\u{1FAFF}]/u.test(rest) ? line : rest;
    })
    .flatMap((line) => withGluedDateSplit(line, slashes))
    .map((t, at) => ({ text: t.replace(/\s+$/, ''), rule: null, at }));
  const profile = detectPublisher(lines, options.publisher);
  return {
    lines,
    boilerplate: profile ? profile.boilerplate : PUBLISHERS.flatMap((p) => p.boilerplate),
    captions: [],
    cited: [],
    author: null,
    publisherFromText: profile && !options.publisher ? profile.name : null,
    dateLines: [],
    slashes,
  };
}

/**
 * A date widget glued to the start of a text line ("Sun 2 Mar 2025 19.05 GMTStarmer says …") becomes a line
 * of its own, so the date is read as the publication date and the text stays whole as the body.
 */
function withGluedDateSplit(line: string, slashes: SlashOrder): string[] {
  const glued = line.length <= 2000 ? splitGluedDate(line, slashes) : null;
  return glued ? [glued.widget, glued.rest] : [line];
}

/**
 * Notices that run long: a comment section's house rules ("Comments will be moderated. Keep comments
 * relevant … banned."), the print-edition note with its page and printed headline, and the news
 * organisation's description of itself ("The Associated Press is an independent global news organization …",
 * "Anadolu Agency website contains only a portion …"), a sign-up's consent ("We use your sign-up to …"), an
 * academic's disclosure ("Eleanor Whitcombe does not work for, consult, own shares in …"), a subscription's
 * pitch ("Did you know with a Digital Subscription to …, you can get unlimited access …"), an affiliate
 * disclaimer ("If you purchase a product … through a link on our site, we may receive compensation. …").
 */
const LONG_NOTICE = anyAtStart(
  [
    String.raw`comments (?:will|must|may|have to) be moderated\b`,
    // "We could not provide the Dutch News service … without the generous support of our readers. …", "At the UK
    // Defence Journal, we aim to deliver …", "PREMIUM TIMES' comment policy: …": appeals and rules that run long.
    String.raw`we (?:could not|couldn['’]t|can['’]t|cannot) (?:provide|run|keep|produce|do)\b.{0,160}\bwithout (?:the )?(?:[\p{L}]+ )?(?:support|help|donations?|contributions?) of (?:our|its) (?:readers|members|listeners|supporters)\b.{0,200}$`,
    String.raw`.{1,40}\bcomment(?:ing|s)? polic(?:y|ies)\s*:.{0,300}$`,
    String.raw`at (?:the )?[\p{L}\p{N}&.'’ -]{2,40}, we (?:aim|strive|work|seek|exist|are committed) to\b.{0,300}$`,
    // "Opinions expressed are those of the author. They do not reflect the views of Reuters News, which, under
    // the Trust Principles, …": a column's disclaimer.
    String.raw`(?:the )?opinions expressed (?:here |in this (?:article|column|piece) )?are (?:solely )?(?:those|the views) of the (?:authors?|writers?|columnists?)\b`,
    String.raw`we want (?:our|the) comments to be\b`,
    String.raw`we welcome (?:your feedback|reader comments|reader discussion|your comments)\b`,
    String.raw`if you (?:purchase|buy) (?:a product|something)\b.{0,120}\b(?:compensation|commission)\b`,
    String.raw`(?:the )?\p{Lu}[\p{L}&.'’ ]{1,40} encourages reader (?:discussion|comments|debate)\b`,
    String.raw`(?:the )?\p{Lu}[\p{L}&.'’ ]{1,40} is run by a small\b`,
    String.raw`this website and associated newspapers adhere to\b`,
    String.raw`please keep comments\b`,
    String.raw`privacy notice:\b`,
    String.raw`a version of this (?:article|story) (?:appears|appeared) in (?:the )?print\b`,
    String.raw`disclaimer\s*:\s*comments (?:submitted|posted|made|published)\b`,
    String.raw`(?:the )?\p{Lu}[\p{L}&.'’ ]{1,40} is an? (?:independent|non-?profit|not-for-profit)(?:,? (?:global|independent|non-?profit|not-for-profit))* news (?:organi[sz]ation|agency|cooperative|co-operative|service)\b`,
    // "ABC acknowledges the First Nations Traditional Custodians of country …": an acknowledgement of country.
    String.raw`\p{Lu}[\p{L}&.' ]{1,40} acknowledges (?:the )?(?:First (?:Australians|Nations|Peoples)|Aboriginal|traditional (?:custodians|owners))\b.{0,400}$`,
    // "We’ve been on the ground since day one. Our reporting is funded by readers — …": an appeal that runs long.
    String.raw`.{0,120}\bour (?:reporting|journalism|work|newsroom) is (?:funded|paid for|supported|made possible) by (?:our )?(?:readers|members|supporters)\b.{0,300}$`,
    String.raw`we use your sign-up to\b`,
    String.raw`\p{Lu}[\p{L}&.'’ -]{1,40} is part of [\p{L}&.'’ -]{1,40}, an? (?:non-?profit|independent) (?:news )?(?:network|organi[sz]ation)\b`,
    String.raw`disclosure\s*:\s*.{1,120}\b(?:financial supporter|donor|sponsor)s?\b`,
    String.raw`\p{Lu}[\p{L}&.'’ -]{1,40} moderates (?:all )?comments\b`,
    String.raw`\p{Lu}[\p{L}&.'’ ()-]{1,80} does not take (?:collective|institutional|specific(?: policy)?) positions\b`,
    String.raw`[\p{L}&.'’ -]{1,60} is (?:produced|published) by (?:the )?[^,]{1,80}\(\p{L}{2,10}\),\s*an? (?:private|non-?profit|nonpartisan|independent),?\s+(?:tax-exempt|non-?partisan|non-?profit)\b`,
    String.raw`(?:while )?most comments will be posted\b`,
    String.raw`\p{Lu}[\p{L}&.'’ ]{1,40} is committed to (?:maintaining )?a (?:lively|civil|respectful)\b`,
    String.raw`\p{Lu}[\p{L}&.'’ ]{1,40} website contains only\b`,
    String.raw`\p{Lu}[\p{L}'’. -]{2,60} (?:does|do) not work for, consult\b`,
    String.raw`did you know (?:that )?(?:with )?an? (?:digital )?subscription\b`,
    String.raw`subscribe to [\p{Lu}][\p{L}&.'’ ]{1,40} to get access\b`,
    String.raw`\p{Lu}[\p{L}&.'’ ]{1,40} delivers independent (?:and \p{Ll}+ )?(?:coverage|journalism|reporting)\b`,
    String.raw`we invite you to (?:use our commenting|comment|join the (?:conversation|discussion))\b`,
    String.raw`we reserve the right to (?:remove|delete|edit) (?:any )?comments?\b`,
    String.raw`please (?:understand|note|be aware) that (?:all )?comments (?:are|will be)\b`,
    String.raw`(?:the )?\p{Lu}[\p{L}&.'’ ]{1,40} welcomes (?:civil|respectful|reader|your|lively) (?:discussion|comments|debate)(?!\s+(?:of|on|about|over)\b)\b`,
    String.raw`(?:the )?\p{Lu}[\p{L}&.'’ ]{1,40} (?:does not|doesn['’]t|do not) (?:append|allow|host|enable|offer|open|attach|publish) (?:comment threads|comment sections|reader comments|comments on (?:stories|articles|this (?:story|article)))\b`,
    // Rounds 264–275: what a nonprofit or reader-funded outlet says about itself under the story, long or short:
    // "Our stories may be republished online or in print under Creative Commons license …", "Republish this story
    // for free. …", "This work is licensed under a Creative Commons …", "This story was originally published by The
    // Beacon, a nonprofit newsroom …", "The Daily Yonder is a project of the Center for Rural Strategies, a
    // nonprofit …", "The Impartial Reporter is part of a regional publishing group. Registered in England and
    // Wales.", "Michael West Media is independent and reader-funded. …", "OKO.press is independent thanks to you.",
    // "Arkansas Times is Arkansas's independent voice. Support our reporting …", "Support the Arkansas Times. Become
    // a member.", "YOU MAKE OUR WORK POSSIBLE.", "Get paid to attend … Become a Documenter.", "(Original version in
    // French by …)", "(Originally written in Japanese. …)", "Published by the Editor on behalf of The Observer Ltd.
    // …", "Editorial, News and Commercial Offices : …", an advertiser's "… Check the price".
    // The notice's own pattern (furniture.ts) takes it on a short line; this one on a line of up to 80 words.
    String.raw`(?:our|this|these) (?:articles?|stor(?:y|ies)) (?:may|can) be republished\b`,
    String.raw`republish this (?:story|article) for free\b`,
    String.raw`this (?:story|article) was originally published by (?:the )?\p{Lu}[\p{L}&.'’ -]{1,40},\s*an? (?:non-?profit|independent)\b`,
    String.raw`(?:the )?\p{Lu}[\p{L}&.'’ -]{1,40} is a project of [^.]{2,80},\s*an? (?:non-?profit|not-for-profit|independent)\b`,
    String.raw`(?:the )?\p{Lu}[\p{L}&.'’ -]{1,40} is part of (?:a|an|the) (?:[\p{L}-]+ ){0,2}(?:publishing|media|newspaper|news) (?:group|company|network)\b`,
    String.raw`registered in england(?: (?:and|&) wales)?\b`,
    String.raw`(?:(?:the )?\p{Lu}[\p{L}\p{N}&.'’ -]{1,40} is|we are|we['’]re) (?:independent and |proudly |100% )?(?:reader|listener|audience)-(?:funded|supported)\s*[.!,]`,
    String.raw`(?:the )?\p{Lu}[\p{L}\p{N}&.'’ -]{1,40} is independent thanks to (?:you|readers like you|our readers|its readers)\b`,
    String.raw`(?:the )?\p{Lu}[\p{L}\p{N}&.'’ -]{1,40} is [\p{L}'’ ]{1,30}[’']s independent voice\.\s+support\b`,
    String.raw`you make (?:our|this) (?:work|journalism|reporting) possible\b`,
    // "Hi, this is Daria. I follow every round of these talks … Independent reporting from Kyiv depends on readers
    // like you. If you value it, please consider becoming a member.": a reporter's greeting before the appeal,
    // where the reporting comes from within it.
    String.raw`[^“”"]{0,240}\b(?:our|this|independent|local|nonprofit|[\p{L}]+-funded) (?:[\p{L}-]+ )?(?:journalism|reporting|newsroom)(?: (?:from|in|on|about) (?:the )?\p{Lu}[\p{L}-]*)? (?:like (?:this|ours) )?(?:depends|relies) on (?:you|readers like you|your support)\b.{0,300}$`,
    String.raw`.{0,400}[.!?]\s+(?:if you (?:value|appreciate|enjoy) (?:it|this|our work|our reporting),?\s+)?please consider (?:becoming a (?:member|supporter|subscriber)|supporting (?:us|our work)|subscribing|donating)\b.{0,60}$`,
    // "Support The Brussels Report" over the appeal.
    String.raw`support (?:the )?\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,4}[.!]?$`,
    String.raw`[^.“”"]{2,120}\.\s+become an? (?:member|subscriber|supporter|donor|documenter|insider)(?: today| now)?[.!]?$`,
    String.raw`[^.“”"]{2,120}\.\s+(?:check the price|check prices|see the offer|shop now|book a test drive)[.!]?$`,
    String.raw`\(original (?:version|text|article) in \p{L}+\b[^()]{0,80}\)$`,
    String.raw`\(originally (?:written|published) in \p{L}+\b.{0,200}\)$`,
    String.raw`published by (?:the )?(?:editor|publisher) on behalf of\b`,
    String.raw`editorial,? (?:news )?(?:and|&) (?:commercial|advertising|business) offices?\s*:`,
    // Rounds 276–279: "We're funded by you.", "Novara Media is powered by its supporters. …", "Like this? There's
    // a lot more of it in print.", "Like what you've read? Get the whole Eye delivered", "Issue 1661 on sale now
    // …", "This article is published under a Creative Commons …", "openDemocracy is an independent international
    // media platform. Company number …".
    // "The Otago Daily Times is a member of the NZ Media Council.": the outlet's press regulator.
    String.raw`(?:the )?\p{Lu}[\p{L}\p{N}&.'’ -]{1,40} is (?:a member of|regulated by|subscribes to) (?:the )?[\p{L}&.'’ -]{0,40}\b(?:Media Council|Press Council|Press Complaints Commission|IPSO|Independent Press Standards Organisation|Press Ombudsman)\b`,
    // Rounds 284–291: "Babel is an independent Ukrainian media outlet. We exist thanks to our readers.",
    // "Hromadske is independent. We are funded by our readers, not oligarchs.", "Ukrainska Pravda is the place
    // where you will find … Follow us on Telegram, …", "Cronkite News is produced by the Walter Cronkite School
    // …", "Good journalism helps you make sense of … Subscribing keeps …", "Follow the topics you care about
    // with myNEWS …", "Get breaking news alerts: follow …", "Comments on this article are pre-moderated.",
    // "Sign in to add your comment", "Sign Me Up!", "This segment aired on March 28, 2025".
    String.raw`(?:the )?\p{Lu}[\p{L}\p{N}&.'’ -]{1,40} is (?:an? )?independent\b[^.]{0,60}\.\s+we (?:exist thanks to|survive thanks to|are funded by|are supported by|rely on|depend on) (?:our |its )?(?:readers|you|supporters|members|donors)\b`,
    String.raw`we (?:exist|survive) thanks to (?:our )?(?:readers|you|supporters)\b`,
    String.raw`(?:the )?\p{Lu}[\p{L}\p{N}&.'’ -]{1,40} is the place where you(?:['’]ll| will) find\b`,
    String.raw`[^“”"]{10,200}\.\s+follow us on (?:telegram|twitter|x|facebook|instagram|youtube|whatsapp|tiktok|threads|bluesky)\b[^.]{0,80}\.?$`,
    String.raw`(?:the )?\p{Lu}[\p{L}\p{N}&.'’ -]{1,40} is produced by (?:the )?[\p{L}&.'’ -]{2,80}\b(?:School|College|University|Department|Faculty) of\b`,
    String.raw`good journalism helps you\b`,
    String.raw`follow the topics you care about\b`,
    String.raw`get breaking news alerts\b`,
    String.raw`comments (?:on this (?:article|story) )?are (?:pre-?moderated|moderated)\b`,
    String.raw`sign in to (?:add|post|leave|write) (?:your |a )?comments?\b`,
    String.raw`sign me up!?$`,
    String.raw`this (?:segment|episode|interview|programme|program) (?:aired|was broadcast|first aired) on\b[^.]{3,40}\.?$`,
    // Rounds 292–295: "Tags Donald Trump Emmanuel Macron …", "THE HILL 1625 K STREET, NW SUITE 900 WASHINGTON
    // DC 20006", "Read the article in the original language", "The M&G has been holding power to account since
    // 1985. Subscribe …", "READ | …", "ANALYSIS | …", "Comments have been closed for this article.", "For more
    // news about the nation, visit Inquirer.net.", "By providing an email address. I agree to …", "Disclaimer:
    // Comments do not represent …", "Dimas Waluyo (The Jakarta Post)", "How does this make you feel?",
    // "Summarize this article with AI".
    String.raw`tags(?:\s+\p{Lu}[\p{L}'’.-]*){2,}$`,
    String.raw`.{0,60}\b\d{1,5}\s+[\p{L} ]{1,30}\b(?:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?)\b.{0,40}\bsuite\s+\d+\b.{0,80}$`,
    String.raw`read (?:the|this) (?:article|story) in (?:the |its )?original language\.?$`,
    String.raw`(?:the )?\p{Lu}[\p{L}\p{N}&.'’ -]{1,40} has been (?:holding|serving|covering|reporting|informing|telling|bringing)\b[\p{L} ]{3,40} since (?:1[89]|20)\d\d\.\s+(?:subscribe|donate|become a|join us|support (?:us|our|independent))\b`,
    String.raw`(?:read|analysis|watch|listen|explainer|also read|opinion|read more)\s*\|\s*\p{Lu}.{5,160}$`,
    String.raw`comments (?:have been|are(?: now)?) closed\b`,
    String.raw`for more news (?:about|on|from) [^,]{2,60}, visit\b`,
    String.raw`by providing an email address\b`,
    String.raw`disclaimer:\s*comments? (?:do|does) not (?:represent|reflect)\b`,
    String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+\((?:The\s+)?\p{Lu}[\p{L}&.'’ -]{1,40}\b(?:Post|Times|News|Daily|Herald|Tribune|Journal|Press|Agency|Gazette|Star|Mail|Observer)\)$`,
    String.raw`how does this (?:story |article )?make you feel\??$`,
    String.raw`summari[sz]e this (?:article|story|page)(?: with ai| using ai)?\.?$`,
    String.raw`we(?: are|['’]re) (?:funded|supported|powered) by (?:you|our readers|readers like you)[.!]?$`,
    String.raw`(?:the )?\p{Lu}[\p{L}\p{N}&.'’ -]{1,40} is (?:funded|powered|supported) by (?:its|our) (?:supporters|readers|members|donors)\.`,
    String.raw`like (?:this|what you['’]ve read|what you read)\?\s+(?:there['’]s|get|subscribe|support|read)\b`,
    String.raw`issue \d{2,6} (?:is )?(?:on sale|out) now\b`,
    String.raw`this (?:article|story|work) is (?:published|licensed|available) under (?:a |the )?creative commons\b`,
    String.raw`(?:the )?\p{L}[\p{L}\p{N}&.'’ -]{1,40} is an independent (?:international |global |national )?(?:media|news) (?:platform|organi[sz]ation|outlet|publication)\.(?:\s+company (?:number|no\.?)\s*\d+)?$`,
    // Rounds 296–303: "Premier is a charity and relies on the generosity of listeners …", "At the UK Defence
    // Journal we rely on our readers. …", "The Daily Pennsylvanian is an independent, student-run newspaper …",
    // "The Morning Brief is funded by 4,820 members. No ads, …".
    String.raw`(?:at )?(?:the )?\p{Lu}[\p{L}\p{N}&.'’ -]{1,40}(?:,? we| is a (?:registered )?charity and) rel(?:y|ies) on (?:the generosity of )?(?:our |its )?(?:readers|listeners|viewers|supporters|donors)\b`,
    String.raw`(?:the )?\p{Lu}[\p{L}\p{N}&.'’ -]{1,40} is an? (?:independent,? )?student-run (?:newspaper|paper|publication|magazine|news organi[sz]ation)\b`,
    String.raw`(?:the )?\p{Lu}[\p{L}\p{N}&.'’ -]{1,40} is funded by [\d,.]+ (?:members|readers|subscribers|supporters)\b`,
    // Rounds 328–335: "This story is part of Global Voices' special coverage of …", "This report was first published
    // in Ukrainian by … and is republished under a content-sharing agreement.", "Except where otherwise noted,
    // content on this site is licensed under …", "King’s College London is a research-intensive university …".
    String.raw`this (?:story|article|report|post) is part of (?:\p{Lu}[\p{L}'’ -]{1,40}['’]s?\s+)?(?:special |ongoing )?coverage\b`,
    String.raw`this (?:report|story|article|post) was (?:first|originally) published\b.{0,160}\b(?:republished|reproduced) (?:here )?(?:under|with|as part of|by permission)\b`,
    String.raw`except where otherwise noted,? (?:all )?content on this (?:site|website) is licensed\b`,
    String.raw`(?:the )?\p{Lu}[\p{L}’'&. -]{1,50} is an? (?:(?:leading|world-leading|research-intensive|public|private|global|top)\s+)+(?:research\s+)?university\b`,
  ],
  'iu',
);

/**
 * A desk's credit for a story compiled from the wires, maybe with the date after a bar: "by Compiled by
 * Democrat-Gazette staff from wire reports | August 20, 2025 at 4:52 a.m.", "From staff and wire reports".
 */
const WIRE_COMPILATION =
  /^(?:by\s+)?(?:compiled\s+by\s+|from\s+)(?:(?:the\s+)?[\p{L}][\p{L}.&'’-]*\s+){0,3}?(?:staff|reporters|writers)\s+(?:(?:from|and|&|with)\s+)?(?:wire|news)\s+(?:reports|services|agencies)\b(?:\s*[|·•–-]\s*.{0,60})?$/iu;

const PHOTO_COPYRIGHT_CREDIT = /^©\s*(?![^]*(?:\d|:|\brights\b|\breserved\b))\p{L}[^.!?]{2,60}$/iu;

/** A line keeps the first rule that removes it. */
function mark(l: Line, rule: string): void {
  if (!l.rule) l.rule = rule;
}

/** "4 Statements reported by TASS, 6–7 March 2025.": a note at a page's foot, by its number. */
const NOTE_LINE = /^(\d{1,2})\s+\p{Lu}/u;
/** "2 April 2025": a date, not a note. */
const DAY_MONTH_START = new RegExp(`^\\d{1,2}\\s+(?:${MONTH_RE})\\b`, 'i');
/** A note's mark where superscript digits were flattened: after punctuation ("… a party to the conflict.4"). */
const NOTE_MARK = /([.,;:!?’”'")\]])(\d{1,2})(?=\s|$)/g;
/** A page copied from a PDF: its number alone on a line. */
const PAGE_NUMBER = /^\d{1,3}$/;

/**
 * 1a. Notes of a page copied from a PDF or an academic page: numbered lines whose numbers the text carries
 * as marks after punctuation ("… a party to the conflict.4"). At least two such notes; a numbered line no
 * mark points to ("10 Downing Street said …") is text. The marks go from the text, so a sentence ends where
 * it did ("… not to fight.2 That is …"); on such a page its page numbers go too.
 */
function markNotes(page: Page): void {
  const numbered = page.lines.filter(
    (l) => !l.rule && NOTE_LINE.test(l.text.trim()) && !DAY_MONTH_START.test(l.text.trim()),
  );
  if (numbered.length < 2) return;
  const numberedLines = new Set(numbered);
  const marks = new Set<string>();
  for (const l of page.lines)
    if (!numberedLines.has(l)) for (const m of l.text.matchAll(NOTE_MARK)) marks.add(m[2] as string);
  const notes = numbered.filter((l) =>
    marks.has((NOTE_LINE.exec(l.text.trim()) as RegExpExecArray)[1] as string),
  );
  if (notes.length < 2) return;
  const numbers = new Set(notes.map((l) => (NOTE_LINE.exec(l.text.trim()) as RegExpExecArray)[1] as string));
  for (const l of notes) mark(l, 'note');
  for (const l of page.lines) {
    if (l.rule || isBlank(l)) continue;
    const t = l.text.trim();
    if (PAGE_NUMBER.test(t)) mark(l, 'page-furniture');
    else
      l.text = l.text.replace(NOTE_MARK, (all, before: string, n: string) => (numbers.has(n) ? before : all));
  }
}

/**
 * 5b. A print page's running header or footer ("Eastern Daily Press | Tuesday, March 4, 2025 | 8", "Forum |
 * Commentary | 2 April 2025"): three or more short parts between bars, one of them a date or a page number,
 * none a sentence. Read after the date lines; the first such date is the page's when no date line was found.
 */
function markPagedLines(page: Page): DateLine | null {
  let dated: DateLine | null = null;
  for (const l of live(page.lines)) {
    const parts = l.text.trim().split(/\s+\|\s+/);
    if (parts.length < 3 || parts.some((p) => wordCount(p) > 6 || /[.!?“”"]$/.test(p))) continue;
    const date = parts.map((p) => parseDateLine(p, page.slashes)).find((d) => d !== null) ?? null;
    if (!date && !parts.some((p) => /^(?:page\s+)?\d{1,3}$/i.test(p))) continue;
    mark(l, 'page-furniture');
    // The print page's date is the issue's, and the page's when no other line dates it.
    dated ??= date;
  }
  return dated;
}

/**
 * 5c. A prompt printed over two lines ("Get the RNZ app" / "for ad-free news and current affairs"): the second,
 * a short phrase in lower case with no end, goes with the first.
 */
function markNoticeTails(page: Page): void {
  for (const l of live(page.lines)) {
    const t = l.text.trim();
    if (!/^\p{Ll}/u.test(t) || wordCount(t) > 12 || ENDS_AS_PROSE.test(t)) continue;
    const above = previousNonBlank(page.lines, l.at);
    if (above && (above.rule === 'notice' || above.rule === 'ui-label') && above.at === l.at - 1)
      mark(l, 'notice');
  }
}

const FULL_DATE_IN_LINE = new RegExp(
  `\\b(?:${MONTH_RE})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_RE})\\s+(?:19|20)\\d{2}\\b`,
  'i',
);
/** A story's own labels, as a news agency sets its parts ("Source: …", "Details: …", "Background: …"). */
const STORY_LABEL =
  /^(?:Sources?|Details|More details|Quote|Background|Context|Reminder|Update|Recap|Note):\s/;

/**
 * 7e. A caption printed with no full stop and no credit between two paragraphs ("Volodymyr Zelensky is greeted by
 * Sir Keir Starmer as he arrives at Lancaster House on Sunday"): a line of ten words or more that ends on no
 * punctuation, with paragraphs that end as prose on both sides, on a page whose long lines all but always end
 * so. A page with hard-wrapped lines has many such lines, and none of them goes.
 */
function markUnendedCaptions(page: Page): void {
  const kept = live(page.lines);
  const long = kept.filter((l) => wordCount(l.text) >= 10);
  // French and German quotes close on « … » and „ … “ too.
  const unended = (l: Line) => !/[.!?…:;,"”’')\]»›“‘]$/.test(l.text.trim());
  const ended = (l: Line | undefined) =>
    !!l && !l.rule && ENDS_AS_PROSE.test(l.text.trim()) && wordCount(l.text) >= 10;
  const candidates = long.filter(unended);
  if (long.length < 5 || candidates.length * 3 > long.length) return;
  const place = new Map(kept.map((l, k) => [l, k]));
  for (const l of candidates) {
    const t = l.text.trim();
    // "Source: Macron at a press conference …": a labelled line of the story, not a picture's; nor is a line
    // with the page's date ("Posted on April 2, 2025 by …").
    if (wordCount(t) > 45 || !/^\p{Lu}/u.test(t) || /[“”"«»„]/.test(t) || STORY_LABEL.test(t)) continue;
    if (parseDateLine(t, page.slashes) || FULL_DATE_IN_LINE.test(t)) continue;
    // The kept lines on either side: an ad's label or a gallery's counter may stand between ("+4" / "View gallery").
    const k = place.get(l) as number;
    const before = kept[k - 1];
    const after = kept[k + 1];
    if (!ended(before) || !ended(after) || !/^[\p{Lu}“"‘']/u.test((after as Line).text.trim())) continue;
    // Not among the captions whose dates and names the story may use: nothing but its shape says it is one.
    mark(l, 'photo-caption');
  }
}

/**
 * 0. A clipping tool's or a researcher's record above the page they saved (Evernote, OneNote, Zotero,
 * Instapaper, a notes file): the page's address in a field ("Clipped from: https://…", "Source URL: …",
 * "URL: …"), with when it was clipped, saved or read ("Created: 28 Mar 2025 08:31", "Accessed: 4 March 2025",
 * "Saved December 11, 2025") or the tool's own words ("Clipped with Evernote Web Clipper", "Item Type: Web
 * Page"). Everything above the address is the record (the note's title, its notebook, the analyst's own
 * notes), and so are the fields right after it: none of it is the article, and none of its dates is the
 * article's.
 */
function markClipperRecord(page: Page): void {
  const top = page.lines.slice(0, CLIPPER_RECORD_MAX_LINES);
  const address = top.findIndex((l) => CLIPPED_ADDRESS.test(l.text.trim()));
  if (address < 0) return;
  let end = address;
  while (end + 1 < page.lines.length) {
    const next = (page.lines[end + 1] as Line).text.trim();
    if (next && !CLIPPER_FIELD.test(next) && !isClipperLine(next) && !PASTED_BELOW.test(next)) break;
    end += 1;
    // "--- pasted article below ---": the page begins after it.
    if (PASTED_BELOW.test(next)) break;
  }
  const record = page.lines.slice(0, end + 1);
  if (!record.some((l) => isClipperLine(l.text.trim()))) return;
  for (const l of record) if (!isBlank(l)) mark(l, 'clipping-record');
}
/** The tool's own words, or when the page was clipped, saved or read: no article prints these. */
const isClipperLine = (t: string) => CLIPPER_WORDS.test(t) || CLIPPED_WHEN.test(t);
/** The record stands at the very top: its address within the first lines. */
const CLIPPER_RECORD_MAX_LINES = 30;
/** The saved page's address in a field of its own. */
const CLIPPED_ADDRESS =
  /^(?:source(?: url)?|url|clipped from|original(?: url| address)?|link|web address)\s*:\s*https?:\/\/\S+$/i;
/** When the page was clipped, saved, read or exported: the record's date, never the article's. */
const CLIPPED_WHEN =
  /^(?:created|clipped|saved|exported|accessed|date accessed|date saved|date clipped|retrieved|last edited|downloaded)\b[^.!?]{0,60}\b(?:19|20)\d{2}\b/i;
/** A field of the record, by the labels clipping tools and reference managers use. */
const CLIPPER_FIELD =
  /^(?:item type|title|short title|authors?|website(?: title)?|publication|publisher|date(?: (?:added|modified|accessed|saved|clipped|published))?|url|source(?: url)?|accessed|language|tags?|notes?|extra|rights|notebook|created|updated|modified|saved|clipped|exported|library catalog|abstract)\s*:/i;
/** A marker a researcher leaves where the pasted page begins. */
const PASTED_BELOW = /^-{2,}\s*[\p{L} ]{2,40}\s*-{2,}$/u;
/** The tool's own words, a snapshot's heading. */
const CLIPPER_WORDS =
  /^(?:clipped (?:with|using|by)\b|clipped from\s*:|item type\s*:|notebook\s*:|snapshot\b|(?:[\p{L} ]{2,30}\s[·|-]\s)?highlights export\b)/iu;

/** Non-blank lines no rule has removed yet. */
function live(lines: readonly Line[]): Line[] {
  return lines.filter((l) => !isBlank(l) && !l.rule);
}

/** 1. Line-shape rules, anywhere in the text; date lines are collected for step 2. */
function markLineShapes(page: Page): void {
  const { lines } = page;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    const t = l.text.trim();
    if (!t) continue;
    if (page.boilerplate.some((re) => re.test(t))) mark(l, 'publisher-boilerplate');
    else if (BULLET.test(t) && wordCount(t) <= 5) mark(l, 'nav-menu');
    else if (AD.test(t)) mark(l, 'ad-marker');
    else if (SHARE.test(t)) mark(l, 'share-buttons');
    else if (READ_TIME.test(t)) mark(l, 'read-time');
    else if (isUiLabels(t) || FONT_WIDGET.test(t) || SKIP_LINK.test(t) || WIDGET.test(t)) mark(l, 'ui-label');
    else if (furnitureRule(page, l, t)) continue;
    else if (isCredit(t)) {
      mark(l, 'photo-credit');
      page.captions.push(t);
    } else if (
      (CAPTION_CREDIT.test(t) && !isFiledSignOff(t)) ||
      ((CAPTION_AGENCY_AFTER.test(t) || CAPTION_SOURCE_AFTER.test(t)) && wordCount(t) <= 45)
    ) {
      mark(l, 'photo-caption');
      page.captions.push(t);
    } else markSourcesDateOrByline(page, i);
  }
}

/** "A MESSAGE FROM NORTHWIND ENERGY: …": a newsletter's sponsor, named in capitals (case read). */
const SPONSORED_MESSAGE = /^A MESSAGE FROM [\p{Lu}\p{N}][\p{Lu}\p{N}&.'’ -]{1,40}:/u;

/** "dpa kos jm xx n1 mbr": a wire's routing codes and editors' initials under its story, in lower case. */
const WIRE_CODES = /^(?:dpa|apa|afp|ap|ansa|epd|kna|ots)(?:\s+[a-z0-9]{1,4}){2,8}$/;

/**
 * Furniture of other pages, line by line: timestamps, wire credits, copyright footers, metadata labels,
 * links to other stories, and captions carrying their credit. True when it marked the line.
 */
function furnitureRule(page: Page, l: Line, t: string): boolean {
  if (isTimestampLine(t)) mark(l, 'timestamp');
  // "Written by Ingrid Solheim | 31 March 2025" is the byline, with the page's date: left to the date lines.
  else if (
    (CREDITS_LINE.test(t) && !(/^written\s+by\b/i.test(t) && parseDateLine(t, page.slashes))) ||
    FOOT_BYLINE.test(t) ||
    WIRE_SIGN_OFF.test(t) ||
    WIRE_CODES.test(t)
  )
    mark(l, 'credits-line');
  else if (SPONSORED_MESSAGE.test(t)) mark(l, 'sponsor');
  else if (
    AGENCY_BYLINE.test(t) ||
    DESK_BYLINE.test(t) ||
    DESK_WITH_AGENCY.test(t) ||
    AUTHOR_POST.test(t) ||
    LIVE_WRITERS.test(t)
  )
    mark(l, 'byline');
  else if (NAMES_ONLY_BYLINE.test(t)) {
    mark(l, 'byline');
    page.author ??= t;
  } else if (WIRE_COMPILATION.test(t)) {
    // "by Compiled by Democrat-Gazette staff from wire reports | August 20, 2025 at 4:52 a.m.": the date after
    // it is the page's, as a byline's is.
    mark(l, 'byline');
    const dated = bylineDate(t, page.slashes);
    if (dated)
      page.dateLines.push({ line: l, parsed: { date: dated, method: 'byline-date', source: l.text } });
  } else if (PHOTO_COPYRIGHT.test(t)) {
    mark(l, 'photo-credit');
    page.captions.push(t);
  } else if (isCopyrightLine(t)) mark(l, 'copyright');
  // "Filed under: Politics, Ukraine | Fri, 11 Jul 2025": a tags' line that carries the date is read as a date line.
  else if (isMetadataLabel(t) && !parseDateLine(t, page.slashes)) mark(l, 'metadata-label');
  else if (isRecordField(t)) mark(l, 'metadata-label');
  else if (isInlineRelatedLink(t) || isAlertStrip(t)) mark(l, 'related-links');
  // "Marisa Whelan · CBC News" is parted like a menu but is a byline, read with the date lines.
  // "Foto: Ludovic Marin / AFP / NTB" is parted like a menu but credits a photo.
  // A footer's row of four links or more is a menu, though its first item may read as a name ("Stuff Limited ·
  // About Stuff · Contact us · …").
  else if (isBarMenu(t) && (!bylineAuthor(t) || t.split(/\s+[|·•]\s+/).length >= 4) && !isCredit(t))
    mark(l, 'nav-menu');
  else if (isDataStrip(t)) mark(l, 'data-strip');
  else if (PLACEHOLDER.test(t)) mark(l, 'placeholder');
  else if (LOGO_LINE.test(t)) mark(l, 'logo');
  else if (wordCount(t) <= 25 && PAYWALL.test(t)) mark(l, 'paywall');
  else if (isContributionLine(t)) mark(l, 'credits-line');
  else if (REFERENCE_LINE.test(t)) mark(l, 'reference-line');
  else if (isContactLine(t)) mark(l, 'contact');
  else if (isTimedItem(t)) mark(l, 'timed-item');
  else if (isMediaControl(t)) mark(l, 'media-control');
  else if (FOOTNOTE.test(t)) mark(l, 'footnote');
  else if (
    wordCount(t) <= 30 &&
    (NOTICE.test(t) ||
      ROLE_CREDITS.test(t) ||
      EDITOR_LINE.test(t) ||
      LIVE_POST_BYLINE.test(t) ||
      REPORTING_FROM.test(t) ||
      WRITER_JOB_LINE.test(t) ||
      APPEAL_ENDING.test(t) ||
      PUBLISHER_LINE.test(t))
  )
    mark(l, 'notice');
  else if (isSignupPrompt(t) || (wordCount(t) <= 80 && LONG_NOTICE.test(t))) mark(l, 'notice');
  else if (isSignOff(t)) mark(l, 'sign-off');
  else if (SPONSOR_LABEL.test(t)) markSponsor(page, l);
  else if (isCaptionWithCredit(t) || isBareCaption(t)) {
    mark(l, 'photo-caption');
    page.captions.push(t);
  } else return false;
  return true;
}

/**
 * What a sources line cites: outlets and agencies ("Reuters, AFP", "dpa / AP", "agencies"). "Source: Macron
 * at a press conference in Paris" is the article's own sentence.
 */
function namesOnly(rest: string): boolean {
  return rest
    .split(/\s*(?:[,;/&+]|\band\b)\s*/)
    .every((part) =>
      part
        .split(/\s+/)
        .every(
          (w) =>
            !w ||
            /^[\p{Lu}\d]/u.test(w) ||
            /^(?:of|the|de|news|agenc(?:y|ies)|wires?|staff|reports?)$/.test(w) ||
            AGENCY_ANY_CASE.test(w),
        ),
    );
}

/** A `Sources:` line (with its outlets, maybe on the next line), a date line, or a byline. */
function markSourcesDateOrByline(page: Page, i: number): void {
  const l = page.lines[i] as Line;
  const t = l.text.trim();
  const src = SOURCES.exec(t);
  if (src && wordCount(t) <= 20 && namesOnly(src[1] as string)) {
    mark(l, 'sources-line');
    let rest = (src[1] as string).trim();
    if (!rest) {
      const next = nextNonBlank(page.lines, i);
      if (next && !next.rule && wordCount(next.text) <= 15 && !TERMINAL.test(next.text.trim())) {
        mark(next, 'sources-line');
        rest = next.text.trim();
      }
    }
    page.cited.push(...splitOutlets(rest));
    return;
  }
  const parsed = parseDateLine(t, page.slashes);
  if (parsed) {
    page.dateLines.push({ line: l, parsed });
    return;
  }
  // "Author of the article:" or "Author" over the writer's or the agency's name, in the header.
  if (
    /^Author of the article\s*:?$/i.test(t) ||
    (/^(?:Author|Written by)\s*:?$/i.test(t) && i < page.lines.length / 2)
  ) {
    mark(l, 'byline');
    const next = nextNonBlank(page.lines, i);
    if (next && !next.rule && wordCount(next.text) <= 6 && !TERMINAL.test(next.text.trim())) {
      mark(next, 'byline');
      page.author ??= next.text.trim();
    }
    return;
  }
  // "Author of the article:The Canadian Press": the label glued to the writer's name.
  const glued = /^Author of the article\s*:\s*(\p{Lu}[^.!?]{1,60})$/u.exec(t);
  if (glued && wordCount(glued[1] as string) <= 6) {
    mark(l, 'byline');
    page.author ??= (glued[1] as string).trim();
    return;
  }
  const author = bylineAuthor(t);
  // Two writers and their agency with the time after them run long ("By Sylvie Corbet and Jill Lawless
  // Associated Press,Updated February 18, 2025, 5:02 p.m.").
  const dated = author ? bylineDate(t, page.slashes) : null;
  if (
    author &&
    (wordCount(t) <= 12 ||
      PLACED_BYLINE.test(t) ||
      bylineWithBio(t) ||
      WRITERS_WITH_JOBS.test(t) ||
      (dated && wordCount(t) <= 18))
  ) {
    mark(l, 'byline');
    page.author ??= author;
    if (dated)
      page.dateLines.push({ line: l, parsed: { date: dated, method: 'byline-date', source: l.text } });
  }
}

/** A sponsor's slot: its label, and the short line after it that names the sponsor ("Acme: powering …"). */
function markSponsor(page: Page, label: Line): void {
  mark(label, 'sponsor');
  const next = nextNonBlank(page.lines, label.at);
  if (next && !next.rule && wordCount(next.text) <= 10 && !/[.!?]$/.test(next.text.trim()))
    mark(next, 'sponsor');
}

/** The author a byline names, with or without "By"; null when the line is no byline. */
/**
 * "Posted by Iona Buchanan", "Written by Tom Hale | March 3, 2025": a blog's label and the name, then nothing
 * but a date or an outlet; "Posted by Zelensky, the video drew …" is a sentence.
 */
const POSTED_BY =
  /^(?:Posted|Written|Filed|Article|Story|Text|Report) by:?\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})(?:\s*(?:[|·•–—-]|\bon\b|\bat\b|\bin\b)\s*[^.!?]{0,60})?$/u;

function bylineAuthor(line: string): string | null {
  // "ByClaire Donnelly and Marcus Reyes": the "By" run into the name.
  // "NPR | By Emma Stoltzfus, Joel Whitacre": the agency before the byline.
  const t = line
    .replace(/^By(?=\p{Lu}\p{Ll})/u, 'By ')
    .replace(/^\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,2}\s*[/|]\s*(?=By\s)/u, '');
  const by = BYLINE.exec(t) ?? POSTED_BY.exec(t);
  if (by) return (by[1] as string).trim();
  // "Andreea Pop07.03.2025 | 17:42": a name with the date glued to it.
  const glued = GLUED_NAME.exec(t)?.[1];
  if (glued && isPersonShaped(glued) && parseDateLine(t.slice(glued.length))) return glued;
  const placed = PLACED_BYLINE.exec(t);
  const name = NAME_BYLINE.exec(t)?.[1] ?? placed?.[1] ?? placed?.[2];
  return name && isPersonShaped(name) ? name : null;
}

/** "Clara Weiss in Berlin, Daniel Hartley in London and Sophie Renard in Paris": writers and where they filed. */
const PLACED_WRITER = String.raw`([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})\s+in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?`;
// "Ruth Calder in Paris and agencies", "Ruth Calder and agencies": one writer with the wires; "Daniel Kostopoulos
// and AAP", "Noa Ben-Haim, Reuters, AP": with the wires named (one after "and", or two or more after commas; a
// single "Mark Delaney, AP" is a photographer's credit).
const PLACED_BYLINE = new RegExp(
  String.raw`^${PLACED_WRITER}(?:(?:(?:,\s*|\s+and\s+)${PLACED_WRITER.replace('(', '(?:')}){1,5}|(?:(?:,\s*|\s+and\s+)${PLACED_WRITER.replace('(', '(?:')}){0,5}\s+and\s+agencies)$|^([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})(?:\s+and\s+(?:agencies|${AGENCY_NAMES})|(?:\s*,\s*(?:${AGENCY_NAMES})){1,3}\s*(?:,|\band\b|&)\s*(?:${AGENCY_NAMES}))$`,
  'u',
);

/** "By Jane Doe | March 6, 2025": a date after a separator on the byline. */
function bylineDate(byline: string, slashes: SlashOrder): string | null {
  // After a separator, or glued to the writer's title ("London Correspondent2025/03/03 18:42 JST"), or after
  // "on" ("By Oliver Prentice on September 05, 2025 at 12:41 PM"), or a dot ("By TPN/Lusa, in News · 26-11-2025
  // 10:12 · 0 Comments"), or a run of spaces where the page set them in columns ("By Reuters   September 5,
  // 2025 | 05:12 am PT").
  // Or after the writer's job, a space apart ("By Dana Whitcomb, Staff Writer Sep 5, 2025").
  for (const m of byline.matchAll(
    /[|,–—·•-]\s*|(?<=\p{Ll})(?=\d)|\son\s+|\s{2,}|\t|(?<=\b(?:[Ww]riter|[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ss]taff|[Cc]ontributor|[Cc]olumnist|[Jj]ournalist)s?)\s+/gu,
  )) {
    // "By Daniel Kerrigan | Stars and Stripes | Published: July 11, 2025": the label before the date goes.
    const rest = byline
      .slice((m.index ?? 0) + m[0].length)
      .replace(/^(?:published|updated|posted|first published)\s*:?\s*/i, '');
    const found = readFullDate(rest, slashes);
    if (found) return found.date;
  }
  return null;
}

/**
 * A cookie or privacy banner: the block of adjacent lines (no blank line between) around a line about
 * cookies and consent, made of such lines and of short buttons ("Accept all", "Manage preferences").
 */
function markConsentBanners(page: Page): void {
  const { lines } = page;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (isBlank(l) || l.rule === 'consent-banner' || !isConsentLine(l.text)) continue;
    // The banner's short lines are its buttons and links; a date line among them is the page's, and the
    // banner ends at its last button ("Accept" / "Home" / "News" …: the menu follows).
    const belongs = (x: Line) =>
      isConsentLine(x.text) ||
      isConsentButton(x.text) ||
      (wordCount(x.text) <= 4 && !parseDateLine(x.text, page.slashes));
    let from = i;
    while (from > 0 && !isBlank(lines[from - 1] as Line) && belongs(lines[from - 1] as Line)) from--;
    // Its heading over it: "We Care About Your Privacy", "Your privacy choices", "Cookie settings".
    const heading = lines[from - 1];
    if (
      heading &&
      !heading.rule &&
      wordCount(heading.text) <= 8 &&
      !ENDS_AS_PROSE.test(heading.text.trim()) &&
      /\b(?:privacy|cookies?|consent|your (?:data|choices))\b/i.test(heading.text)
    )
      from--;
    let to = i;
    while (
      to < lines.length - 1 &&
      !isBlank(lines[to + 1] as Line) &&
      belongs(lines[to + 1] as Line) &&
      !(to > i && isConsentButton((lines[to] as Line).text) && !isConsentButton((lines[to + 1] as Line).text))
    )
      to++;
    // A button the line rules took for a page's label ("Read More") is the banner's, and heads no list.
    for (let k = from; k <= to; k++) {
      const x = lines[k] as Line;
      if (x.rule === 'ui-label' && isConsentButton(x.text)) x.rule = null;
      mark(x, 'consent-banner');
    }
  }
}

/** "Image source, Getty Images" is a credit; "Image caption," labels the caption on the next line. */
function markPhotoLabels(page: Page): void {
  const { lines } = page;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    const label = l.rule ? null : PHOTO_LABEL.exec(l.text.trim());
    if (!label) continue;
    mark(l, 'photo-caption');
    const rest = l.text.trim().slice(label[0].length).trim();
    const next = nextNonBlank(lines, i);
    if ((label[1] as string).toLowerCase() !== 'caption' || rest || !next || next.rule) continue;
    if (wordCount(next.text) <= 40) {
      mark(next, 'photo-caption');
      page.captions.push(next.text.trim());
    }
  }
}

/**
 * Links to other stories: a heading ("Read more from the Daily Ledger:", "More on this story", "Most read",
 * "Related") and the headlines under it, up to the first line that reads as article text. Their dates and
 * names belong to other stories and must never become facts of this one.
 */
/**
 * A feed of other stories, each headline under its time on a line of its own ("19:20" / "Kallas: EU will not
 * accept …" / "18:31" / …). A live page's entry under its time goes on in a paragraph; a feed's headline does
 * not.
 */
function markTimedFeed(page: Page): void {
  const { lines } = page;
  const items: Line[] = [];
  for (const time of lines.filter((l) => /^\d{1,2}:\d{2}$/.test(l.text.trim()))) {
    const headline = nextNonBlank(lines, time.at);
    if (!headline || headline.rule || !isLinkShaped(headline.text)) continue;
    const after = nextNonBlank(lines, headline.at);
    // A live page's entry under its heading, however short ("Sirens fell silent at 14:10."), is news, not a feed.
    if (
      after &&
      !after.rule &&
      ((isBodyShaped(after.text) && wordCount(after.text) > 20) ||
        (wordCount(after.text) >= 4 && ENDS_AS_PROSE.test(after.text.trim())))
    )
      continue;
    items.push(headline);
  }
  if (items.length >= 2) for (const l of items) mark(l, 'related-links');
}

/** A date line among the next `reach` lines under line `i`. */
function datedWithin(page: Page, i: number, reach: number): boolean {
  let line = nextNonBlank(page.lines, i);
  for (let k = 0; line && k < reach; k++, line = nextNonBlank(page.lines, line.at))
    if (!line.rule && parseDateLine(line.text.trim(), page.slashes)) return true;
    // "Nyasa Times Reporter" / "Updated 2 hours ago": a header's stamp that counts back from now.
    else if (line.rule === 'timestamp' && /^(?:updated|published|posted)\s/i.test(line.text.trim()))
      return true;
  return false;
}

function markRelatedLinks(page: Page): void {
  const { lines } = page;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    const t = l.text.trim();
    // A heading a run of labels took in with the page's tags ("More Topic" / "Ukraine" / "Related Post") still
    // heads its links.
    // A heading the list above took in as one of its links ("Trending" under "Comments") heads its own.
    if (
      !t ||
      !RELATED_MARKER.test(t) ||
      (l.rule &&
        l.rule !== 'ui-label' &&
        l.rule !== 'section-label' &&
        l.rule !== 'related-links' &&
        // "Most Viewed in World" reads like a writer's "Name in City" byline; it is a list's heading.
        !(l.rule === 'byline' && /^most\s/i.test(t)))
    )
      continue;
    // "Topics", "Tags" head a list of the page's subjects after the article; in the menu above it they are
    // one more menu item.
    const menuAbove = !lines.slice(0, i).some((x) => !x.rule && isBodyShaped(x.text));
    if (TAG_HEADING.test(t) && menuAbove) continue;
    // "All news" as the menu's last item, over the headline, the writer and the date line: no list heads there.
    if (menuAbove && datedWithin(page, i, 4)) continue;
    const taken = markLinksAfter(page, i);
    // A lone "Read more" with no links under it stays what it is, a label.
    if (taken > 0 || !l.rule) l.rule = 'related-links';
  }
}

/** Is `last` the end of a list of the page's tags ("Tags" / "Ukraine" / "Russia")? A date under it is the page's. */
function underTags(lines: readonly Line[], last: Line): boolean {
  if (last.rule !== 'related-links') return false;
  let k = last.at;
  while (k > 0 && (lines[k - 1] as Line).rule === 'related-links' && !isBlank(lines[k - 1] as Line)) k--;
  return TAG_HEADING.test((lines[k] as Line).text.trim());
}

/** "Romania to raise defence spending to 2.5% of GDP in 2025 - Bolojan | Apr 17, 2025": a link with its date after a bar. */
function isDatedLink(text: string, slashes: SlashOrder): boolean {
  const bar = /^(.{10,200}?)\s+[|·•]\s+([^|·•]{6,40})$/.exec(text.trim());
  return !!bar && !ENDS_AS_PROSE.test(bar[1] as string) && parseDateLine(bar[2] as string, slashes) !== null;
}

/** An issue's number beside its date: "No. 13", "Issue 508", "Vol. XCIII". */
const ISSUE_NUMBER = /\b(?:No\.|Issue|Vol\.|Volume)\s*(?:\d{1,5}|[IVXLC]{1,8})\b/i;

const TAG_HEADING = /^(?:tags?|topics?(?: in this (?:article|story))?|keywords|filed under)\s*:?$/i;

/** Title case: nearly every word of four letters or more capitalised, as headlines are set. */
function isTitleCase(text: string): boolean {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}

/** A headline in title case that ends on a full stop, as some papers set them; never a date line. */
function isTitleCaseHeadline(text: string): boolean {
  const t = text.trim();
  return (
    isTitleCase(t) &&
    /\.$/.test(t) &&
    wordCount(t) <= 16 &&
    !/^(?:first\s+)?(?:published|updated|posted)\b|©/i.test(t) &&
    !parseDateLine(t, null)
  );
}

/** The link lines under a related-links heading at line `i`: marked, and how many. */
function markLinksAfter(page: Page, i: number): number {
  const { lines } = page;
  let taken = 0;
  // Read once: the lines after the one looked at are not marked before it is.
  const lastStory = lastLongStoryLine(lines);
  // A blank line ends a block: what stands after one may be the story going on.
  let afterBlank = false;
  // The story has begun under its date line: a menu's "Latest Headlines" above the header has not.
  const storyBegun = page.dateLines.some((d) => d.line.at < i) && firstStoryLine(lines) < i;
  const tags = TAG_HEADING.test((lines[i] as Line).text.trim());
  for (let j = i + 1; j < lines.length && taken < 15; j++) {
    const next = lines[j] as Line;
    if (isBlank(next)) {
      afterBlank = true;
      continue;
    }
    // "12 May 2025, 10:47" over the copyright line: the page's own date closes the list.
    if (!next.rule && /\d{1,2}:\d{2}/.test(next.text) && isCopyrightLine(nextNonBlank(lines, j)?.text ?? ''))
      break;
    // "This article appears in Private Eye No. 1661, 29 October 2025": a labelled date line is the page's, no link.
    // "Tags" / "Ukraine" / "Russia" / "Sunday, 11 May 2025 | 16:40 WIB": a list of tags carries no dates; the
    // date with its time under it is the page's.
    // "The Ukrainian Weekly, March 30, 2025, No. 13": a date with the issue's number is the page's issue line.
    const dated = next.rule ? null : parseDateLine(next.text, page.slashes);
    if (
      dated?.method === 'published-line' ||
      (dated && ISSUE_NUMBER.test(next.text)) ||
      (dated && tags && /\d{1,2}[:.]\d{2}/.test(next.text))
    )
      break;
    // A headline under the heading may have been read as a photo's caption ("Zelensky arrives in Paris ahead of
    // the summit"): it is a link.
    if (
      next.rule &&
      next.rule !== 'ui-label' &&
      !(next.rule === 'photo-caption' && isLinkShaped(next.text))
    ) {
      // A breadcrumb ("Home > Politics") under a menu's "Top Stories" opens the story's own header.
      if (next.rule === 'nav-menu' && /^home\s*[>›»/|]/i.test(next.text.trim())) break;
      // A news feed gives each link its time ("21:02" over "Russians strike Dnipro …").
      // A widget's placeholder ("Loading") or an ad slot between the heading and its links is passed over.
      if (['nav-menu', 'related-links', 'notice', 'timestamp', 'ad-marker'].includes(next.rule)) continue;
      if (next.rule === 'section-label' && /^(?:loading|load more|\d+)$/i.test(next.text.trim())) continue;
      break;
    }
    // A paragraph ends as prose does; a headline may end on a question or a quote mark, and one in title
    // case on anything ("Putin and Trump Met in Alaska. Here’s What We Know.").
    // At the foot, with no paragraph of the story after it, a short headline in sentence case is a link too
    // ("Zelenskyy says he's ready to meet Putin. The Kremlin keeps moving the goalposts.").
    // One that does not end as prose may run longer ("Press conference by NATO Secretary General Mark Rutte
    // following the meeting of NATO Ministers of Foreign Affairs").
    const footHeadline =
      !afterBlank &&
      wordCount(next.text) <= (ENDS_AS_PROSE.test(next.text.trim()) ? 16 : 20) &&
      !/©|\bcopyright\b/i.test(next.text) &&
      !parseDateLine(next.text, page.slashes) &&
      lastStory <= j;
    // "Related Article" / "Ukrainian servicemen fire a howitzer …." / "Russia’s three-day truce ends …": the
    // picture's caption of the one story it links, over its headline.
    const teaserCaption =
      taken === 0 &&
      wordCount(next.text) <= 16 &&
      ENDS_AS_PROSE.test(next.text.trim()) &&
      isLinkShaped(nextNonBlank(lines, j)?.text ?? '') &&
      !isBodyShaped(nextNonBlank(lines, j)?.text ?? '');
    if (
      isBodyShaped(next.text) &&
      /[.!…]["”’')\]]*$/.test(next.text.trim()) &&
      !isTitleCase(next.text) &&
      !footHeadline &&
      !teaserCaption
    )
      break;
    // "NATION & WORLD" over a link and "August 19, 2025 11:02 AM" under it: the link's section and time.
    if (taken > 0 || isLabelShaped(next)) {
      const previous = previousNonBlank(lines, j);
      // A labelled one ("First published: …") is the page's own foot, left for the date line to find.
      const linkTime =
        previous?.rule === 'related-links' &&
        taken > 0 &&
        parseDateLine(next.text, page.slashes)?.method === 'dateline';
      const section = isLabelShaped(next) && /^[\p{Lu}\d&,' -]+$/u.test(next.text.trim());
      if (linkTime || section) {
        next.rule = 'related-links';
        continue;
      }
    }
    // "First published: Thu Mar 6 2025", "Originally published: 19.08.2025 16:50" under the list is the
    // page's own foot, not a link: left for the date line to find.
    if (
      /^(?:(?:first|originally)\s+)?(?:published|posted)\b/i.test(next.text.trim()) &&
      parseDateLine(next.text, page.slashes)
    )
      continue;
    // "17:45" / "Zelensky: Ukraine will give its comments on the new US draft … next week" / "17:20": in a news
    // feed, what stands under a link's time is the next link, however long; so is one with its date after a bar.
    const feedItem =
      taken > 0 &&
      (previousNonBlank(lines, j)?.rule === 'timestamp' || isDatedLink(next.text, page.slashes)) &&
      wordCount(next.text) <= 30;
    if (
      !footHeadline &&
      !teaserCaption &&
      !feedItem &&
      !isLinkShaped(next.text) &&
      !isTitleCaseHeadline(next.text)
    )
      break;
    // The page's own headline, right above the date line the article runs under, ends a menu that a "Top
    // Stories" link opened. At the foot, a date line under the last link has no article after it.
    // A standfirst, a byline or a caption may stand between them ("Europe Is Planning to Police a Peace …" /
    // deck / "By Helen Marchetti" / caption / credit / "March 4, 2025, 6:15 PM ET").
    // Under a list after the story has begun, a headline over its date is one more link ("Read Next" /
    // "Russian drones hit …" / "August 19, 2025 11:02 AM").
    const after = storyBegun ? null : headerUnder(page, j);
    if (
      after &&
      isHeadlineShaped(next.text) &&
      lines.slice(after.at + 1).some((l) => !l.rule && isBodyShaped(l.text))
    )
      break;
    // Another story's headline dates no scene of this one.
    if (next.rule === 'photo-caption') page.captions = page.captions.filter((c) => c !== next.text.trim());
    next.rule = 'related-links';
    taken += 1;
  }
  return taken;
}

/** Where the story's first paragraph is: the first prose line no rule has taken (Infinity when none). */
function firstStoryLine(lines: readonly Line[]): number {
  const k = lines.findIndex((l) => !l.rule && isBodyShaped(l.text) && ENDS_AS_PROSE.test(l.text.trim()));
  return k < 0 ? Infinity : k;
}

/** Where the story's last long paragraph is: the last prose line of 25 words or more no rule has taken. */
function lastLongStoryLine(lines: readonly Line[]): number {
  return lines.findLastIndex((l) => !l.rule && wordCount(l.text) >= 25 && ENDS_AS_PROSE.test(l.text.trim()));
}

/**
 * The date line or byline an article's header prints under its headline at line `j`, within the few lines a
 * standfirst, a byline and a photo's caption and credit take; null when a link or a paragraph comes first.
 */
function headerUnder(page: Page, j: number): Line | null {
  const isByline = (line: Line) =>
    line.rule === 'byline' ||
    (!line.rule &&
      (BYLINE.test(line.text.trim()) || POSTED_BY.test(line.text.trim())) &&
      wordCount(line.text) <= 12);
  let line = nextNonBlank(page.lines, j);
  for (let k = 0; line && k < 5; k++, line = nextNonBlank(page.lines, line.at)) {
    const t = line.text.trim();
    if (!line.rule && parseDateLine(t, page.slashes)) return line;
    if (isByline(line)) return line;
    // "Claire Dufresne and Tom Aldridge" over "Associated Press" and the date: writers with no "By".
    if (!line.rule && isWritersLine(line) && datedWithin(page, line.at, 3)) return line;
    // A deck with no full stop reads like a link, but the byline right under it shows the header.
    const under = k === 0 ? nextNonBlank(page.lines, line.at) : null;
    if (k === 0 && isLinkShaped(t) && !isBodyShaped(t) && !(under && isByline(under))) return null;
    // A standfirst runs to a sentence or two; a paragraph of the story runs longer.
    if (!line.rule && isBodyShaped(t) && wordCount(t) > 35) return null;
  }
  return null;
}

const CAPTION_TOGGLE = /^(?:hide|show|toggle) caption$/i;
const AGENCY_ALONE = new RegExp(`^(?:${AGENCY_NAMES})$`);
const AGENCY_ANY_CASE = new RegExp(`^(?:${AGENCY_NAMES})$`, 'i');

/** A photo gallery's counter: "1 of 4", "2of3", "3/5" on a line of its own. */
const GALLERY_COUNTER = /^\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i;
/** What one photo of a gallery carries under its counter: a caption, then perhaps its credit. */
const GALLERY_LINES = 2;

/**
 * Under a gallery's counter ("1 of 4"), the photo's caption and its credit ("Staff Sgt. Renata Vila, U.S. Air
 * Force"), up to the gallery's next button or counter: a credit in no form the credit rules know is still one.
 */
function markGalleryCaptions(page: Page): void {
  const { lines } = page;
  const counters = lines.filter((l) => GALLERY_COUNTER.test(l.text.trim()));
  for (const l of counters) mark(l, 'ui-label');
  // A gallery page tells its story in its slides: more of them than paragraphs of its own.
  const paragraphs = lines.filter(
    (l, i) => !l.rule && isBodyShaped(l.text) && !GALLERY_COUNTER.test(lines[i - 1]?.text.trim() ?? ''),
  );
  if (counters.length > paragraphs.length) return;
  for (const counter of counters) {
    let taken = 0;
    for (let j = counter.at + 1; j < lines.length && taken < GALLERY_LINES; j++) {
      const l = lines[j] as Line;
      if (isBlank(l)) continue;
      if (l.rule || wordCount(l.text) > 45) break;
      mark(l, 'photo-caption');
      if (taken === 0) page.captions.push(l.text.trim());
      taken++;
    }
  }
}

/**
 * Under a player's "Hide Caption" button, the caption of its photo or video, maybe under a title, down to the
 * credit over the story's first paragraph ("Trump says US won't send troops …" / "President Donald Trump spoke
 * with Fox News …" / "Fox News" / "WASHINGTON − …"). There a credit in no form the credit rules know is one
 * still: a short line with no full stop.
 */
function markCaptionsUnderToggles(page: Page): void {
  const { lines } = page;
  for (let i = 0; i < lines.length; i++) {
    if (!CAPTION_TOGGLE.test((lines[i] as Line).text.trim())) continue;
    const under: Line[] = [];
    for (let l = nextNonBlank(lines, i); l && under.length < 4; l = nextNonBlank(lines, l.at)) under.push(l);
    const storyAt = (j: number) => {
      const l = under[j];
      return !!l && !l.rule && isBodyShaped(l.text) && wordCount(l.text) >= 25;
    };
    const credit = under.findIndex(
      (l, j) =>
        j >= 1 &&
        j <= 2 &&
        // "Reuters" alone reads as the story's agency elsewhere; under the toggle it credits the picture.
        (!l.rule || (l.rule === 'byline' && AGENCY_ANY_CASE.test(l.text.trim()))) &&
        wordCount(l.text) <= 6 &&
        !ENDS_AS_PROSE.test(l.text.trim()) &&
        !parseDateLine(l.text, page.slashes) &&
        storyAt(j + 1),
    );
    const caption = under.slice(0, Math.max(credit, 0));
    if (credit < 1 || caption.some((l) => l.rule || wordCount(l.text) > 45)) continue;
    for (const l of caption) mark(l, 'photo-caption');
    page.captions.push((caption[caption.length - 1] as Line).text.trim());
    mark(under[credit] as Line, 'photo-credit');
  }
}

/**
 * A line directly followed by a photo credit describes the photo — unless the caption comes after the credit
 * ("Photo: ČTK/AP" over "Macron and Zelensky at the Élysée Palace."): then the line above is the article's.
 */
function markCaptionsAboveCredits(page: Page): void {
  const { lines } = page;
  let proseSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (!l.rule && wordCount(l.text) >= 15 && ENDS_AS_PROSE.test(l.text.trim())) proseSeen = true;
    // "PA" alone on its line among the paragraphs credits the photo above it, not the story.
    // A wire's name under the last paragraph ("… said. / AAP") credits the story: it stays a byline.
    // So does one under a line of caption length when the page has had its byline already ("Agence
    // France-Presse" / date / "Macron, flanked by …, speaks to the media at the Elysee Palace." / "AFP").
    const above = previousNonBlank(lines, i);
    // The story goes on under that agency line: a wire's sign-off is the last of its text, never a photo credit.
    const bylined = () => lines.slice(0, above?.at ?? 0).some((x) => x.rule === 'byline');
    const storyAfter = () => {
      const below = nextNonBlank(lines, i);
      return !!below && !below.rule && isBodyShaped(below.text);
    };
    if (
      l.rule === 'byline' &&
      // "REUTERS" in capitals under a caption as well.
      AGENCY_ANY_CASE.test(l.text.trim()) &&
      !!above &&
      !above.rule &&
      ((proseSeen && !ENDS_AS_PROSE.test(above.text.trim())) ||
        (wordCount(above.text) <= 30 &&
          !/\b(?:said|says|told)\b/.test(above.text) &&
          bylined() &&
          storyAfter()))
    )
      l.rule = 'photo-credit';
    // "© Belga Image / AFP / Pierre Vautrin", "© BELGA PHOTO JORIS VAN ACKER": an agency's copyright under a photo,
    // with no year and no rights reserved, credits the photo above it.
    if (l.rule === 'copyright' && PHOTO_COPYRIGHT_CREDIT.test(l.text.trim()) && wordCount(l.text) <= 8)
      l.rule = 'photo-credit';
    // A caption rule may have taken a bracketed credit alone on its line for a caption carrying its credit.
    // So may "Photo: AFP/Théo Valcourt" or "REUTERS/Oleksandr Hrytsenko", a credit and nothing else.
    if (
      l.rule === 'photo-caption' &&
      (BRACKETED_CREDIT.test(l.text.trim()) ||
        (CREDIT_LABEL.test(l.text.trim()) && isCredit(l.text)) ||
        // "Foto: Jonas Krag Holm © Ritzau Scanpix": a photographer and the agency's copyright.
        (CREDIT_LABEL.test(l.text.trim()) && /©/.test(l.text) && wordCount(l.text) <= 10) ||
        // "REUTERS/Oleksandr Hrytsenko": an agency and its photographer, nothing else.
        AGENCY_CAPITALS_PHOTOGRAPHER.test(l.text.trim()))
    )
      l.rule = 'photo-credit';
    if (l.rule !== 'photo-credit') continue;
    const next = nextNonBlank(lines, i);
    // "Jordan Kessler, The Canadian Press" over "Sep 5, 2025 4:30 AM": a writer and their agency over the date
    // line are the byline, and the line above them the headline.
    // So is "Agence France-Presse - The Freeman": the agency, for the paper.
    if (
      next &&
      (/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2},\s/u.test(l.text.trim()) ||
        AGENCY_FOR_PAPER.test(l.text.trim())) &&
      parseDateLine(next.text, page.slashes)
    ) {
      l.rule = 'byline';
      continue;
    }
    // "Devin Carlisle, USA TODAY" over "Joanne Petrakis, Asbury Park Press": two writers and their outlets.
    if (
      next &&
      !next.rule &&
      /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2},\s/u.test(l.text.trim()) &&
      (isNameOnly(next.text) || isWritersLine(next) || isWritersOutlet(lines, next))
    ) {
      l.rule = 'byline';
      continue;
    }
    // "hide caption" / "toggle caption" under the credit are the player's buttons; the caption is above.
    const toggle = !!next && CAPTION_TOGGLE.test(next.text.trim());
    if (next?.rule === 'photo-caption' && !toggle) continue;
    // "… met the army chiefs at the Elysee Palace in the morning" / "Image: …/AFP" / "What you need to know":
    // a caption-length line above and a heading below — the caption is above.
    const headingBelow =
      !!next && wordCount(next.text) <= 5 && !!above && !above.rule && wordCount(above.text) >= 8;
    const captionAbove =
      headingBelow && !!above && wordCount(above.text) <= 30 && !ENDS_AS_PROSE.test(above.text.trim());
    // "Getty Images" over "Sir Keir Starmer greeted President Zelensky outside Lancaster House on Sunday": a
    // line under the credit that does not end as a paragraph does is the caption.
    if (
      next &&
      !toggle &&
      !captionAbove &&
      !next.rule &&
      // "AFP / Julien Mercier" over "Facebook": a share button, not a caption.
      wordCount(next.text) >= 3 &&
      wordCount(next.text) <= 30 &&
      !ENDS_AS_PROSE.test(next.text.trim()) &&
      // "Image: Daniel Heuer/AP Photo" over "08/19/2025": the page's date, not a caption.
      !parseDateLine(next.text, page.slashes) &&
      // "Photo: Henrik Aasen Berge / NTB" over "Ingrid Bakke Solheim": the writer's name, not a caption.
      !isNameOnly(next.text) &&
      !isWritersLine(next) &&
      // "AP" over the headline, its deck, byline and date: a label of the story's source, not a credit over
      // a caption.
      !(AGENCY_ALONE.test(l.text.trim()) && next.at < storyStart(lines) && headerUnder(page, next.at))
    ) {
      mark(next, 'photo-caption');
      page.captions.push(next.text.trim());
      continue;
    }
    // "Top photo via Emmanuel Macron/X" under the story: the credit of the picture over the headline, with no
    // caption above it.
    if (PAGE_PHOTO_CREDIT.test(l.text.trim())) continue;
    for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
      const prev = lines[j] as Line;
      if (isBlank(prev)) continue;
      // "Starmer said the coalition's planners would now work with the US." over "Photo: REUTERS": a report of
      // what someone said is the article's lead, not what a photo shows.
      // Nor is the standfirst under a "Synopsis" label.
      const label = previousNonBlank(lines, j);
      if (
        !prev.rule &&
        wordCount(prev.text) <= 60 &&
        !parseDateLine(prev.text, page.slashes) &&
        // Nor is "Twenty-six countries have pledged …, Macron announced after a summit …" over "Photo: AFP".
        !REPORTS_SPEECH.test(prev.text) &&
        !(label && /^(?:synopsis|summary|in short)$/i.test(label.text.trim())) &&
        // A gallery's slide under its counter ("2 / 12") is the story told in pictures, not a caption.
        !(label && GALLERY_COUNTER.test(label.text.trim()))
      ) {
        mark(prev, 'photo-caption');
        page.captions.push(prev.text.trim());
      }
      break;
    }
  }
}

/**
 * A report of speech: a caption shows, the article reports. "said" or "told" anywhere; the other verbs only
 * right after a name ("…, Macron announced after a summit"), not in a caption's relative clause ("Starmer, who
 * announced the plan, greets …") or passive ("a strike confirmed by officials"). Not "says": a caption may be a
 * headline ("Pistorius says Germany will decide …").
 */
const REPORTS_SPEECH =
  /\b(?:said|told)\b|\b\p{Lu}[\p{L}.'’-]*\s+(?:announced|warned|added|insisted|stressed|declared|explained|argued|claimed|wrote|confirmed)\b/u;

/** "Video: USA TODAY", "Video: Reuters": a video's credit. */
const VIDEO_CREDIT = /^Video\s*:\s*\S.{0,40}$/i;

/** The title of an embedded video, right above its running time and source ("02:47 - Source: WNN"). */
function markVideoTitles(page: Page): void {
  const { lines } = page;
  for (let i = 1; i < lines.length; i++) {
    if (!VIDEO_LENGTH.test((lines[i] as Line).text.trim())) continue;
    const prev = lines[i - 1] as Line;
    if (!prev.rule && !isBlank(prev) && wordCount(prev.text) <= 16 && !ENDS_AS_PROSE.test(prev.text.trim()))
      mark(prev, 'media-control');
  }
  // "Macron says 26 countries committed …" / "0:58" / "French President Emmanuel Macron speaks after …." /
  // "Video: USA TODAY": a title over the video's running time, its caption under it. A feed's headline under a
  // time of day is no caption.
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (!/^\d{1,2}:\d{2}$/.test(l.text.trim())) continue;
    const prev = previousNonBlank(lines, i);
    const caption = nextNonBlank(lines, i);
    const credit = caption && nextNonBlank(lines, caption.at);
    if (
      !prev ||
      prev.rule ||
      wordCount(prev.text) > 16 ||
      ENDS_AS_PROSE.test(prev.text.trim()) ||
      !caption ||
      caption.rule ||
      !ENDS_AS_PROSE.test(caption.text.trim()) ||
      wordCount(caption.text) > 40 ||
      !credit ||
      !VIDEO_CREDIT.test(credit.text.trim())
    )
      continue;
    mark(prev, 'media-control');
    mark(l, 'media-control');
    mark(caption, 'photo-caption');
    mark(credit, 'photo-credit');
  }
  // "Can Europe guarantee Ukraine's security?" over "To view this video please enable JavaScript …".
  for (let i = 1; i < lines.length; i++) {
    if (!/^to (?:view|watch|play) this video\b/i.test((lines[i] as Line).text.trim())) continue;
    // A video's title may be a question; a paragraph ends on a full stop.
    const prev = previousNonBlank(lines, i);
    if (prev && !prev.rule && wordCount(prev.text) <= 16 && !/[.!…]["”’')\]]*$/.test(prev.text.trim()))
      mark(prev, 'media-control');
  }
  // "Play" / "Dr Niamh Carberry on the ceasefire deadline" / "00:00": an audio clip's title between its button
  // and its running time.
  for (let i = 0; i < lines.length; i++) {
    if (!/^(?:play|listen|listen now|play audio|play episode|▶)$/i.test((lines[i] as Line).text.trim()))
      continue;
    const title = nextNonBlank(lines, i);
    const time = title && nextNonBlank(lines, title.at);
    if (
      title &&
      time &&
      !title.rule &&
      wordCount(title.text) <= 16 &&
      !ENDS_AS_PROSE.test(title.text.trim()) &&
      /^\d{1,2}:\d{2}(?::\d{2})?$/.test(time.text.trim())
    )
      mark(title, 'media-control');
  }
  // "VIDEO03:1403:14" or "Click to play video: '…'" over "Europe's 'coalition of the willing' pledges troops …":
  // the player's label, then the video's title.
  for (let i = 0; i < lines.length; i++) {
    if (!/^(?:(?:video|watch)\s*\d{1,2}:\d{2}|click to play video\b)/i.test((lines[i] as Line).text.trim()))
      continue;
    const next = nextNonBlank(lines, i);
    if (next && !next.rule && wordCount(next.text) <= 16 && !ENDS_AS_PROSE.test(next.text.trim()))
      mark(next, 'media-control');
  }
}

const AI_SUMMARY =
  /^(?:summary is ai[- ]generated|summari[sz]ed (?:by|with|using) ai\b.{0,60}|this is (?:an )?ai[- ]generated summari[sz]ation|(?:key points\s*[-–—:]?\s*)?ai[- ](?:assisted|generated|powered) summary[^\p{L}\p{N}]*$)/iu;
/** A summary box holds a few short points; a longer line is the story. */
const SUMMARY_POINTS = 5;
const SUMMARY_POINT_WORDS = 28;
/** A poll's answers and buttons. */
const POLL_OPTION =
  /^(?:yes|no|not sure|don[’']t know|maybe|undecided|other|vote|submit|see results|view results)[.!]?$/i;
const SIGNUP_BUTTON = /^(?:subscribe|sign up|sign me up|register|join)(?: now| here| today)?$/i;
/** A sign-up form's email field: "Enter your email", "Your email address*". */
const EMAIL_FIELD = /^(?:enter )?(?:your )?e-?mail(?: address)?(?: here)?\s*\*?:?$/i;

/** "« Previous Post", "Next Post »": a blog's links to its neighbours; "Tags / Keywords:": a label over its list. */
const POST_NAVIGATION =
  /^(?:[«‹<←]\s*)?(?:previous|next|older|newer)\s+(?:post|article|story|entry)\s*(?:[»›>→])?$/i;
const TAGS_LABEL = /^(?:tags?|keywords?|topics?)(?:\s*[/&]\s*(?:tags?|keywords?|topics?))?\s*:$/i;
/** "Ukraine , Russia , US , Europe , Trump": names and terms in a comma list, nothing of a sentence. */
const TAG_LIST =
  /^[\p{L}\p{N}.'’&-]+(?:\s+[\p{L}\p{N}.'’&-]+){0,3}(?:\s*,\s*[\p{L}\p{N}.'’&-]+(?:\s+[\p{L}\p{N}.'’&-]+){0,3}){2,}$/u;

/**
 * A blog's links to the posts before and after it: the headline under "« Previous Post" or "Next Post »" is
 * another story's. The list under a "Tags / Keywords:" label is the page's tags.
 */
function markPostNavigation(page: Page): void {
  const { lines } = page;
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as Line).text.trim();
    const navigation = POST_NAVIGATION.test(t);
    if (!navigation && !TAGS_LABEL.test(t)) continue;
    const next = nextNonBlank(lines, i);
    if (!next || next.rule) continue;
    const n = next.text.trim();
    if (navigation && wordCount(n) <= 20 && !ENDS_AS_PROSE.test(n)) {
      mark(lines[i] as Line, 'related-links');
      mark(next, 'related-links');
    } else if (!navigation && TAG_LIST.test(n)) mark(next, 'metadata-label');
  }
}

/**
 * A newsletter box's name over its sign-up line: "Windsor Star Headline News" / "Sign up to receive daily
 * headline news from …". A short title-case line with no sentence's end.
 */
function markNewsletterNames(page: Page): void {
  const { lines } = page;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.rule !== 'notice' || !/^(?:sign up|subscribe|get)\b/i.test(l.text.trim())) continue;
    const name = previousNonBlank(lines, i);
    const t = name?.text.trim() ?? '';
    if (
      name &&
      !name.rule &&
      wordCount(t) <= 6 &&
      isTitleCase(t) &&
      !/[.!?:”"…]$/.test(t) &&
      // A newsletter is named as one: "Headline News", "Morning Briefing"; a headline over a sign-up line is not.
      /\b(?:News|Newsletter|Briefing|Headlines|Daily|Digest|Update|Bulletin|Weekly|Morning|Evening|Brief)\b/.test(
        t,
      )
    )
      mark(name, 'notice');
  }
}

/**
 * Short lines sandwiched inside a navigation menu belong to it ("Semafor Logo"); a line between two notices
 * belongs to them ("Sign up to This is Europe" / the newsletter's blurb / "Privacy Notice: …").
 */
function markMenuSandwiches(page: Page): void {
  const nonBlank = page.lines.filter((l) => !isBlank(l));
  const dated = new Set(page.dateLines.map((d) => d.line));
  // "Business News›News›Defence›Britain, France say …" over the same headline: the breadcrumb ran into it.
  for (let i = 0; i + 1 < nonBlank.length; i++) {
    const crumbs = /^(?:[^›»]{2,30}[›»]){2,}(.+)$/.exec((nonBlank[i] as Line).text.trim());
    if (crumbs && (crumbs[1] as string).trim() === (nonBlank[i + 1] as Line).text.trim())
      mark(nonBlank[i] as Line, 'nav-menu');
  }
  // "Skip past newsletter promotion" … "after newsletter promotion": the promotion between, whatever it says.
  for (let i = 0; i < nonBlank.length; i++) {
    if (!/^skip past newsletter promotion$/i.test((nonBlank[i] as Line).text.trim())) continue;
    const end = nonBlank.findIndex(
      (l, j) => j > i && j <= i + 8 && /^after newsletter promotion$/i.test(l.text.trim()),
    );
    for (let j = i + 1; end > 0 && j <= end; j++) mark(nonBlank[j] as Line, 'notice');
  }
  // "Should British troops be sent …?" / "Yes" / "No" / "Not sure" / "Vote": a reader poll, not the story's
  // question.
  for (let i = 0; i + 2 < nonBlank.length; i++) {
    const question = nonBlank[i] as Line;
    if (question.rule || !/\?$/.test(question.text.trim()) || wordCount(question.text) > 30) continue;
    // The answers stand in a row under it: an interview's "Would you send troops?" / "Yes." / "Why?" is no poll.
    const options: Line[] = [];
    for (let j = i + 1; j < nonBlank.length && j <= i + 5; j++) {
      if (!POLL_OPTION.test((nonBlank[j] as Line).text.trim())) break;
      options.push(nonBlank[j] as Line);
    }
    if (options.length < 2) continue;
    mark(question, 'notice');
    for (const o of options) mark(o, 'ui-label');
  }
  // "Summary is AI-generated, newsroom-reviewed." over its points: the machine's summary, not the story.
  for (let i = 0; i < nonBlank.length; i++) {
    if (!AI_SUMMARY.test((nonBlank[i] as Line).text.trim())) continue;
    // The label may stand on two lines: "Key Points" / "AI-assisted summary 🤖".
    const label = nonBlank[i] as Line;
    label.rule = 'notice';
    if (i > 0 && /^key points$/i.test((nonBlank[i - 1] as Line).text.trim()))
      (nonBlank[i - 1] as Line).rule = 'notice';
    // Points set as bullets end at the first line without one.
    const bulleted = /^[•▪◦‣●*-]\s/.test(nonBlank[i + 1]?.text.trim() ?? '');
    for (let j = i + 1; j <= i + SUMMARY_POINTS; j++) {
      const point = nonBlank[j];
      if (bulleted && point && !/^[•▪◦‣●*-]\s/.test(point.text.trim())) break;
      // The page's date line under the box ends it, and so does a button ("Show Caption").
      if (
        !point ||
        point.rule ||
        wordCount(point.text) > SUMMARY_POINT_WORDS ||
        parseDateLine(point.text, page.slashes) ||
        isUiLabels(point.text.trim()) ||
        CAPTION_TOGGLE.test(point.text.trim())
      )
        break;
      mark(point, 'notice');
    }
  }
  for (let i = 1; i < nonBlank.length - 1; i++) {
    const l = nonBlank[i] as Line;
    const around = (rule: string) => nonBlank[i - 1]?.rule === rule && nonBlank[i + 1]?.rule === rule;
    // "Sign up to our daily newsletter" / its blurb / "Subscribe": a prompt's blurb over its button.
    const next = nonBlank[i + 1]?.text.trim() ?? '';
    const overButton = nonBlank[i - 1]?.rule === 'notice' && SIGNUP_BUTTON.test(next);
    // A sign-up prompt, its blurb, the form's email field (maybe under a short option, "Delivery: Daily"): the
    // blurb may be a whole sentence ("Get the latest from Holyrood and Westminster, every weekday morning.").
    const formField = (k: number) => {
      const t = nonBlank[k]?.text.trim() ?? '';
      return SIGNUP_BUTTON.test(t) || EMAIL_FIELD.test(t);
    };
    const intoForm =
      nonBlank[i - 1]?.rule === 'notice' &&
      isSignupPrompt(nonBlank[i - 1]?.text ?? '') &&
      (formField(i + 1) || (wordCount(next) <= 3 && formField(i + 2)));
    // "Print" / "05/12/2025 - Page A1" / "Article 3 of 21": a date line between two notices is still the page's.
    if (l.rule || dated.has(l)) continue;
    if (wordCount(l.text) <= 3 && around('nav-menu')) mark(l, 'nav-menu');
    else if (
      wordCount(l.text) <= 25 &&
      (intoForm || (!ENDS_AS_PROSE.test(l.text.trim()) && (around('notice') || overButton)))
    )
      mark(l, 'notice');
  }
}

/**
 * 2. The date line: the best-ranked one in the page's header, which ends at its second body paragraph (the
 * first may be a standfirst, with the byline and the date after it). Dates further down belong to the
 * text or to other stories; a date line some other rule removed (a related link) is not the page's.
 */
const LABELLED = new Set(['published-line', 'updated-line', 'filed-line']);
/** Words of a line that reads as an article's paragraph rather than a headline or a deck. */
const PARAGRAPH_WORDS = 20;
/** A stop, then any closing marks: quotation marks in the three styles, a single quote, a bracket. */
const ENDS_AS_PROSE = new RegExp(String.raw`[.!?…](?:${CLOSING_QUOTE}|['‘)\]])*$`);

const MAIL_HEADER = /^(?:From|To|Cc|Subject|Sent|Reply-To)\s*:\s*\S/i;
function isMailDate(lines: readonly Line[], line: Line): boolean {
  if (!/^Date\s*:/i.test(line.text.trim())) return false;
  const near = lines.slice(Math.max(0, line.at - 4), line.at + 5);
  return near.some((l) => l !== line && MAIL_HEADER.test(l.text.trim()));
}

function markDateLine(page: Page): DatedLine | null {
  const headerEnd = storyStart(page.lines);
  const candidates = page.dateLines.filter(
    (d) => d.line.at < headerEnd && (!d.line.rule || d.line.rule === 'byline'),
  );
  // Some pages print "Published …" / "Updated …" only at the foot: a labelled line says what it is anywhere, and
  // so does a weekly's issue line.
  // Under a header that dates the page only by "Updated 3 hours ago", a bare date at the foot is the page's,
  // with its weekday, time and zone ("Thu, May 1st 2025 at 09:14 GMT +3").
  // So is a bare date with its time right under the story's last paragraph ("05.09.2025, 16:10"), or right over
  // the copyright line.
  if (!candidates.length) {
    const relative = !!headerTimestamp(page.lines);
    // Or right over the copyright line ("12 May 2025, 10:47" / "© 2013-2025 Kun.uz …").
    const underStory = (d: DatedLine) => {
      const above = previousNonBlank(page.lines, d.line.at);
      const below = nextNonBlank(page.lines, d.line.at);
      return (
        /\d{1,2}:\d{2}/.test(d.line.text) &&
        ((!!above && !above.rule && isBodyShaped(above.text)) ||
          (!!below && isCopyrightLine(below.text)) ||
          (!!above && underTags(page.lines, above)))
      );
    };
    candidates.push(
      ...page.dateLines
        .filter(
          (d) =>
            !d.line.rule &&
            (LABELLED.has(d.parsed.method) ||
              // "The Ukrainian Weekly, March 30, 2025, No. 13": the issue's line says what it is, as a label does.
              (ISSUE_NUMBER.test(d.line.text) && wordCount(d.line.text) <= 12) ||
              ((relative || underStory(d)) && wordCount(d.line.text) <= 10)),
        )
        .map((d) => ({ ...d, atFoot: true })),
    );
  }
  // "Last updated: 6 September 2025" in the header and "This article was first published on 5 September
  // 2025." at the foot: the first publication is the article's date.
  if (candidates.length && candidates.every((d) => d.parsed.method === 'updated-line')) {
    const updated = candidates.map((d) => d.parsed.date).sort()[0] as string;
    candidates.push(
      ...page.dateLines
        .filter(
          (d) =>
            d.line.at >= headerEnd &&
            !d.line.rule &&
            d.parsed.method === 'published-line' &&
            d.parsed.date < updated,
        )
        .map((d) => ({ ...d, atFoot: true })),
    );
  }
  // A site's date of the day over its name and menus ("Saturday, 12 April 2025" / "IPN" / …) is the day the
  // page was read; a date line under the menus, by the headline, is the article's.
  const aboveMenus = (d: DatedLine) => (isAboveMenus(page.lines, d.line) ? 1 : 0);
  // An e-mail's "Date:" among its "From:" and "Subject:" lines is when it was sent: an article it carries
  // with a date line of its own was published then (a read-later digest, a forwarded story).
  const sent = (d: DatedLine) => (isMailDate(page.lines, d.line) ? 1 : 0);
  candidates.sort(
    (a, b) =>
      sent(a) - sent(b) ||
      rankDateLine(a.parsed) - rankDateLine(b.parsed) ||
      aboveMenus(a) - aboveMenus(b) ||
      a.line.at - b.line.at,
  );
  for (const d of candidates) mark(d.line, 'date-line');
  // Date lines further down that read as nothing else are widgets too ("Updated 2 hours ago" blocks).
  for (const d of page.dateLines)
    if (d.line.at >= headerEnd && (wordCount(d.line.text) <= 4 || LABELLED.has(d.parsed.method)))
      mark(d.line, 'date-line');
  const chosen = candidates[0] ?? null;
  markEntryStamps(page, chosen);
  return chosen;
}

/**
 * A live page's entry stamps: two or more bare date lines under the page's own date line, each heading the
 * entry below it ("Aug. 18, 2025, 6:55 PM ET"). They go, and each gives its entry's day.
 */
function markEntryStamps(page: Page, chosen: DatedLine | null): void {
  if (!chosen) return;
  const stamps = page.dateLines.filter(
    (d) =>
      d !== chosen &&
      d.line.at > chosen.line.at &&
      d.parsed.method === 'dateline' &&
      (!d.line.rule || d.line.rule === 'date-line'),
  );
  if (stamps.length < 2) return;
  for (const d of stamps) {
    d.line.rule = 'entry-time';
    d.line.entryDate = d.parsed.date;
  }
}

/**
 * 3. Title: a repeated headline, else the headline just before the date line, else a first-line
 * headline. Everything before it is page furniture or feed blurbs about other stories.
 */
function markTitle(page: Page, dateLine: DatedLine | null, yearlessLine: Line | null): Line | null {
  const { lines } = page;
  const stamp = headerTimestamp(lines);
  const start = storyStart(lines);
  // A page dated by its foot's "first published" may still have its "Last updated" line by the headline.
  const updatedLine = dateLine?.atFoot
    ? lines.find((l) => l.rule === 'date-line' && l.at < start)
    : undefined;
  const header =
    dateLine && !dateLine.atFoot ? dateLine.line : (yearlessLine ?? stamp ?? updatedLine ?? null);
  // A site's date of the day may head the page over its name and menus ("Wednesday, 20 August 2025"): the
  // headline then stands by the page's other date line in the header.
  const headers = header
    ? [header, ...lines.filter((l) => l.rule === 'date-line' && l.at > header.at && l.at < start)]
    : [];
  // A site's date of the day over its menus and no other date in the header: the headline stands by the
  // byline instead ("Sunday, September 07, 2025" / masthead / menus / headline / views / deck / "By …").
  // With no date in the header at all (the page dates itself at its foot, or not at all), the headline stands
  // by the byline too ("Four European leaders travel to Kyiv …" / standfirst / "By Harriet Oakes").
  const writer = header ? undefined : writerUnderHeadline(lines, start);
  // "Written by Marc Casals", read with a credits line, is a byline too.
  const isByline = (l: Line) =>
    l.rule === 'byline' ||
    (l.rule === 'credits-line' &&
      /^(?:written|words|reporting|story|text) by\s+\p{Lu}/iu.test(l.text.trim()));
  // A relative stamp ("Updated 4 hrs ago") under the byline dates nothing: the headline stands by the byline.
  const byline =
    header && isAboveMenus(lines, header)
      ? lines.find((l) => l.at > header.at && l.at < start && l.rule === 'byline')
      : !header || header === stamp
        ? (lines.findLast((l) => l.at < start && isByline(l)) ?? writer)
        : undefined;
  // The writer's bare name under the headline is the byline: the bio under the story names them again.
  if (writer && byline === writer) {
    mark(writer, 'byline');
    page.author ??= writer.text.trim();
  }
  const near = [
    ...headers.slice(0, 3),
    ...(stamp && !headers.includes(stamp) ? [stamp] : []),
    ...(byline ? [byline] : []),
  ];
  // A tagline or a site's name over the menus is no headline: the headline stands below them.
  const underMenus = (l: Line | null) => (l && !isAboveMenus(lines, l) ? l : null);
  const titleLine =
    repeatedHeadline(lines) ??
    near.reduce<Line | null>((found, h) => found ?? underMenus(headlineBefore(lines, h)), null) ??
    near.reduce<Line | null>((found, h) => found ?? underMenus(headlineAfter(lines, h)), null) ??
    firstLineHeadline(lines) ??
    (header ? captionedHeadline(lines, header) : null);
  if (!titleLine) return null;
  markSummaryLines(lines, titleLine, dateLine);
  // "Ana Kovačević, Marian Popescu" between the headline and the date line: the writers, with no "By".
  if (header && header.at > titleLine.at) {
    const between = live(lines.slice(titleLine.at + 1, header.at));
    between.forEach((l, k) => {
      // "Tobias Lindqvist" / "Senior policy fellow, Wider Europe programme": the writer's job under the name.
      if (
        isWritersLine(l) ||
        isWritersOutlet(lines, l) ||
        (k > 0 && isJobUnderName(between.slice(0, k + 1)))
      ) {
        mark(l, 'byline');
        // One writer's bare name is the page's author: their bio under the story names them again.
        if (NAME_LINE.test(l.text.trim()) && isPersonShaped(l.text.trim())) page.author ??= l.text.trim();
      }
    });
  }
  const title = titleLine.text.trim();
  for (let i = 0; i < titleLine.at; i++) mark(lines[i] as Line, 'before-title');
  for (const l of lines) {
    const text = l.text.trim();
    if (text === title) mark(l, l === titleLine ? 'title' : 'title-repeat');
    // A share widget names the story it shares: "Share Healey tells allies …", "Share this article: …"; a
    // syndication note the story it credits.
    else if (text.endsWith(title) && HEADLINE_PREFIX.test(text.slice(0, -title.length)))
      mark(l, 'title-repeat');
  }
  return titleLine;
}

/**
 * What a share or save widget prints in front of the headline it shares, or a syndication note in front of
 * the headline it credits ("This article originally appeared on Austin American-Statesman: …").
 */
const HEADLINE_PREFIX =
  /^\s*(?:share|share this(?: article| story| page)?|share on \p{L}+|email|e-mail|tweet|print|save|bookmark|listen to|this (?:article|story) (?:originally|first) appeared (?:on|in) [^:]{1,60})\s*[:|–—-]?\s*$/iu;

/**
 * A tabloid's summary under its headline: two or more headline-shaped lines between the headline and the
 * date line ("PM tells virtual meeting …" / "Kremlin insists …"). The story tells each again; they go. One
 * such line is a standfirst and stays.
 */
function markSummaryLines(lines: readonly Line[], titleLine: Line, dateLine: DatedLine | null): void {
  if (!dateLine || dateLine.line.at < titleLine.at) return;
  const between = live(lines.slice(titleLine.at + 1, dateLine.line.at));
  const summary =
    between.length >= 2 &&
    between.length <= 4 &&
    between.every((l) => isTitleShaped(l) && wordCount(l.text) <= 30 && !ENDS_AS_PROSE.test(l.text.trim()));
  if (summary) for (const l of between) mark(l, 'summary-line');
}

// A line parted by bars is a menu or a widget ("Subscribe from R75 a month | Sign in"), never a headline.
const isTitleShaped = (l: Line) =>
  isHeadlineShaped(l.text) && wordCount(l.text) >= 4 && !/\s\|\s/.test(l.text);

/** A line among a menu's items: the lines either side of it are labels too. */
function isMenuItem(kept: readonly Line[], k: number): boolean {
  const [prev, next] = [kept[k - 1], kept[k + 1]];
  return !!prev && !!next && isLabelShaped(prev) && isLabelShaped(next) && wordCount(kept[k]!.text) <= 5;
}

function repeatedHeadline(lines: readonly Line[]): Line | null {
  const kept = live(lines);
  const counts = new Map<string, number>();
  for (const l of kept) counts.set(l.text.trim(), (counts.get(l.text.trim()) ?? 0) + 1);
  // "Russian Politics & Diplomacy" in the menu and again over the headline is a section's name.
  const inMenu = new Set(kept.filter((_, k) => isMenuItem(kept, k)).map((l) => l.text.trim()));
  // A line printed at least once not under a name may be a headline; one under a name each time is a job.
  const notUnderName = new Set(
    kept.filter((l) => !isNameOnly(previousNonBlank(lines, l.at)?.text ?? '')).map((l) => l.text.trim()),
  );
  // "Previous" / "Statement from the Press Secretary …" / "Next", then the same line in "More Briefings": links
  // under the story, printed twice, are no headline; a headline is printed once at least in the header.
  const start = storyStart(lines);
  return (
    kept.find(
      (l) =>
        l.at < start &&
        (counts.get(l.text.trim()) ?? 0) >= 2 &&
        isTitleShaped(l) &&
        !inMenu.has(l.text.trim()) &&
        !isNameOnly(l.text) &&
        // "Ilona Varga" / "Senior policy fellow, Wider Europe programme", in the header and on the author's card
        // below: the writer's job, under their name each time.
        notUnderName.has(l.text.trim()),
    ) ?? null
  );
}

/** A site's tagline among the first lines of the page: a few words, no sentence. */
/** "Paris summit exposes rift …" / "Tomasz Wierzbicki": a writer's bare name right under a headline-shaped line. */
function writerUnderHeadline(lines: readonly Line[], start: number): Line | undefined {
  const headlineAt = (l: Line | undefined) =>
    !!l && !l.rule && isTitleShaped(l) && wordCount(l.text) >= 6 && !ENDS_AS_PROSE.test(l.text.trim());
  return lines.find((l) => {
    if (l.at >= start || !NAME_LINE.test(l.text.trim()) || wordCount(l.text) > 3) return false;
    const above = previousNonBlank(lines, l.at);
    if (!above || above.rule) return false;
    // Or with the standfirst between: headline / "The leaders who went to Kyiv brought …" / "Sharon Pell".
    const deck = ENDS_AS_PROSE.test(above.text.trim()) && wordCount(above.text) <= 45;
    return headlineAt(above) || (deck && headlineAt(previousNonBlank(lines, above.at)));
  });
}

/**
 * What a site says of itself under its name: "Tonga's News Online since 1997", "Sri Lanka's National Newspaper",
 * "Greek news in English since 2009", "Your window into Central Europe".
 */
const SITE_TAGLINE =
  /\bsince\s+(?:1[89]|20)\d\d\b|^english[- ]language (?:news|daily|newspaper|paper)\b|^your (?:window|gateway|guide|source|home) (?:into|to|on|for)\b|\b(?:news(?:paper)?|voice|paper)\s+(?:online\s+)?(?:of|for|since)\b|\bnational\s+newspaper\b|^(?:the )?(?:latest )?news (?:from|of|about) [\p{L} ]{2,30} in english$/iu;

/**
 * A tagline stands under the masthead, among the page's first three lines with words (blank lines between do
 * not count); "Worst floods since 1997" lower down is a headline.
 */
const isSiteTagline = (lines: readonly Line[], l: Line) =>
  (SITE_TAGLINE.test(l.text) || isAcronymAndName(l.text)) &&
  lines.slice(0, l.at).filter((x) => !isBlank(x)).length <= 2;

/** A site's initials and its name: "NPR : National Public Radio", "BBC – British Broadcasting Corporation". */
function isAcronymAndName(text: string): boolean {
  const m = /^(\p{Lu}{2,6})\s*[:|–—-]\s*((?:\p{Lu}[\p{L}'’]+\s+){1,5}\p{Lu}[\p{L}'’]+)$/u.exec(text.trim());
  return (
    !!m &&
    (m[2] as string)
      .split(/\s+/)
      .map((w) => w[0])
      .join('') === m[1]
  );
}

function isTagline(l: Line, k: number): boolean {
  return k < 2 && wordCount(l.text) <= 8 && !/[.!?:]$/.test(l.text.trim());
}

/** "Offutt Air Force Base", "Russia-Ukraine War": a topic's name, every word capitalised, as tags and kickers print it. */
function isNameOnly(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 5 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/** The label of a summary box under the headline ("What you need to know:", "Key points"). */
const SUMMARY_LABEL =
  /^(?:what you need to know|key (?:points|takeaways|facts)|at a glance|in brief|the big picture|quick read|highlights|summary|synopsis)\s*:?$/i;

/** The headline right above the date line, or above the one-paragraph standfirst between them. */
function headlineBefore(lines: readonly Line[], header: Line): Line | null {
  // "US air cover offer puts …" / "What you need to know:" / its points / a caption / the byline / the date:
  // the headline stands over the summary box's label.
  for (let k = header.at - 1; k >= 0 && k >= header.at - 15; k--) {
    if (!SUMMARY_LABEL.test((lines[k] as Line).text.trim())) continue;
    const headline = previousNonBlank(lines, k);
    if (headline && !headline.rule && isTitleShaped(headline)) return headline;
    break;
  }
  const before = live(lines.slice(0, header.at));
  // A writer's name or a label may stand between the headline and the date ("CARMEN VILLALBA"), or a
  // writer's block of name, job and city ("Eleanor Whitcombe" / "Europe correspondent" / "London").
  for (
    let k = 0;
    k < 6 &&
    before.length &&
    (isLabelShaped(before.at(-1) as Line) ||
      // "Author of the article:" over the writer's name.
      /^[\p{L} ]{2,30}:$/u.test((before.at(-1) as Line).text.trim()) ||
      isWritersLine(before.at(-1) as Line) ||
      isWritersOutlet(lines, before.at(-1) as Line) ||
      isJobUnderName(before));
    k++
  )
    before.pop();
  const prev = before[before.length - 1];
  // "NV" / "New Voice of Ukraine" / the menus: what the site says of itself is no headline.
  if (!prev || isSiteTagline(lines, prev)) return null;
  // "Russian Politics & Diplomacy" over the date line, as in the menu: the section's name, not a headline.
  if (before.some((l, k) => l !== prev && l.text.trim() === prev.text.trim() && isMenuItem(before, k)))
    return null;
  const above = before[before.length - 2];
  // "No Fort Drum boots in Ukraine, Trump says. CNY Ukrainians ask who will keep the peace.": a headline of two
  // short sentences right over the date line, with nothing but the menus above it.
  const twoSentences = (l: Line) =>
    wordCount(l.text) <= 20 && /^\p{Lu}/u.test(l.text.trim()) && /[.?!]\s+\p{Lu}/u.test(l.text);
  const menusOnly = (n: number) =>
    before.slice(0, n).every((l, k, menu) => isLabelShaped(l) || isMenuItem(menu, k));
  if (twoSentences(prev) && menusOnly(before.length - 1)) return prev;
  // "Europe wants to send troops to Ukraine. Here's why it keeps asking Trump for help first." / "The “coalition of
  // the willing,” explained." / byline: such a headline with its short deck under it.
  // Each sentence a clause of its own, not a site's motto ("The Real Russia. Today.") or a writer's card.
  const fullSentences = (l: Line) =>
    wordCount(l.text) >= 8 && l.text.split(/(?<=[.?!])\s+(?=\p{Lu})/u).every((part) => wordCount(part) >= 4);
  if (
    above &&
    twoSentences(above) &&
    fullSentences(above) &&
    !isSiteTagline(lines, above) &&
    wordCount(prev.text) <= 25 &&
    menusOnly(before.length - 2)
  )
    return above;
  if (isTitleShaped(prev)) {
    // A deck is a sentence; a line in title case under a shorter one is the headline under its kicker
    // ("Russia's Full-Scale Invasion of Ukraine" / "Europe Outlines 'Multinational Force' For Ukraine …").
    const kicker =
      !!above &&
      isTitleCase(prev.text) &&
      wordCount(above.text) < wordCount(prev.text) &&
      (before.length < 3 || isLabelShaped(before[before.length - 3] as Line));
    // "Europe’s phantom army" / "The coalition of the willing has been willing to do almost everything except
    // commit": a magazine's short headline over a long deck, in sentence case, is no kicker.
    if (
      above &&
      !kicker &&
      wordCount(above.text) >= 3 &&
      // A word of its own in lower case: "Europe’s phantom army", not a section's "News in English".
      /\s(?!(?:of|in|and|the|for|to|on|at|a|an)\b)\p{Ll}/u.test(above.text) &&
      isHeadlineShaped(above.text) &&
      // "Tonga's News Online since 1997": a site's tagline over the headline is no magazine's short headline.
      !isSiteTagline(lines, above) &&
      wordCount(prev.text) >= 2 * wordCount(above.text) &&
      (before.length < 3 || isLabelShaped(before[before.length - 3] as Line))
    )
      return above;
    // A deck stands under its headline, maybe past a views counter: with a menu between ("Ukrinform — Ukrainian
    // National News Agency" / menus / headline), the line above is the site's, and the one before the date the
    // headline.
    const rightAbove = !!above && !lines.slice(above.at + 1, prev.at).some((l) => l.rule === 'nav-menu');
    if (!above || !rightAbove || !isDeckUnder(prev, above) || kicker || isSiteTagline(lines, above))
      return prev;
    // A tabloid's summary lines under its headline ("PM tells virtual meeting …" / "Kremlin insists …"):
    // the headline is the first of headline-shaped lines in a row.
    let headline = above;
    for (let k = before.length - 3; k >= 0 && k >= before.length - 5; k--) {
      const line = before[k] as Line;
      const next = before[k + 1] as Line;
      const inARow = lines.slice(line.at + 1, next.at).every((l) => isBlank(l));
      // A kicker over the headline is short; a headline over summary lines may be shorter than they are.
      const longEnough = wordCount(line.text) > wordCount(headline.text) || wordCount(line.text) >= 8;
      if (!inARow || !isTitleShaped(line) || !longEnough) break;
      if (ENDS_AS_PROSE.test(line.text.trim())) break;
      headline = line;
    }
    return headline;
  }
  // The standfirst may stand under its own label: headline / "Synopsis" / standfirst.
  // So may a player's buttons ("Lyssna" / "1 min").
  let at = before.length - 2;
  while (
    at > before.length - 5 &&
    at > 0 &&
    isLabelShaped(before[at] as Line) &&
    wordCount((before[at] as Line).text) <= 2
  )
    at--;
  const headline = before[at];
  // "Europe wants to keep the peace in Ukraine. It can’t agree on what that means.": a headline of two short
  // sentences, the first line the page has under its menus, over its standfirst.
  const sentencesHeadline =
    !!headline &&
    headline === before[before.length - 2] &&
    // A menu item may run longer than a label ("Augusta National & The Masters" between "News" and "Sports"),
    // and a site's tagline stands by its name at the top ("Tulsa World" / "Oklahoma's Best Local News").
    before.slice(0, -2).every((l, k, menu) => isLabelShaped(l) || isMenuItem(menu, k) || isTagline(l, k)) &&
    wordCount(headline.text) <= 20 &&
    /^\p{Lu}/u.test(headline.text.trim());
  // A magazine's deck may run to two long sentences ("European leaders have at last offered … least of all the
  // Ukrainians.").
  // Or it may end with no full stop at all ("…, the US president says Europe will shoulder most of the burden …;
  // Moscow warns against any role for NATO troops").
  return headline &&
    (isBodyShaped(prev.text) || (wordCount(prev.text) > 30 && /^\p{Lu}/u.test(prev.text.trim()))) &&
    wordCount(prev.text) <= 70 &&
    (isTitleShaped(headline) || sentencesHeadline)
    ? headline
    : null;
}

/**
 * A page that prints its full date only at its foot may still date its header with a widget ("Updated 2 hours
 * ago" under the byline): the header line the headline stands by, when it comes before the story.
 */
function headerTimestamp(lines: readonly Line[]): Line | null {
  const stamp = lines.find((l) => l.rule === 'timestamp');
  return stamp && stamp.at < storyStart(lines) ? stamp : null;
}

/**
 * "By Natalie Brandt-Ouellette" / "The New York Times", "CLAIRE MOREAU AND DANIEL FISHER" / "THE NEW YORK
 * TIMES": the writer's paper or agency, under the byline or the writers' names.
 */
function isWritersOutlet(lines: readonly Line[], l: Line): boolean {
  const above = previousNonBlank(lines, l.at);
  return (
    (above?.rule === 'byline' || (!!above && !above.rule && isWritersLine(above))) &&
    wordCount(l.text) <= 5 &&
    !ENDS_AS_PROSE.test(l.text.trim())
  );
}

/** A site's menu: labels in a row, more than a byline block or a player's buttons have. */
const MENU_LABELS = 6;

/**
 * Is `l` a line over the site's menus ("Kuwait's first English-language daily" / "Kuwait" / "Local" / …), with
 * another headline-shaped line under them before the story? A headline's own share row is no menu: no
 * headline follows it.
 */
function isAboveMenus(lines: readonly Line[], l: Line): boolean {
  let run = 0;
  let menu = false;
  for (let i = l.at + 1; i < lines.length; i++) {
    const next = lines[i] as Line;
    if (isBlank(next)) continue;
    // Under the menus, the headline, however long ("Ukraine’s ‘reassurance force’: 26 nations sign up, but who
    // stands behind them?").
    if (menu && !next.rule && isTitleShaped(next)) return true;
    if (!next.rule && isBodyShaped(next.text)) return false;
    if (next.rule === 'nav-menu' || next.rule === 'section-label' || (!next.rule && isLabelShaped(next))) {
      // A menu on one line, its items parted by bars ("Home | News | Local | …"), counts each of its items.
      run += next.rule === 'nav-menu' ? next.text.split(/\s+[|·•∙›»]\s+/).length : 1;
      menu ||= run >= MENU_LABELS;
    } else if (menu && !next.rule && isTitleShaped(next)) return true;
    else run = 0;
  }
  return false;
}

/**
 * Where the header ends and the story starts: at its second paragraph, as the first may be the standfirst over the
 * byline and the date.
 */
function storyStart(lines: readonly Line[]): number {
  // A headline and a deck may both end as prose ("Europe wants to keep the peace. It can’t agree …"): the
  // header ends at the second paragraph of some length, or at the second prose line when none is long. It is
  // asked several times a page, so it reads no further than the second long paragraph.
  const body: number[] = [];
  const long: number[] = [];
  for (const l of lines) {
    // A headline may end on a quote mark ("… on day one of a ceasefire'"); a paragraph ends as prose does.
    if (l.rule || !isBodyShaped(l.text) || !ENDS_AS_PROSE.test(l.text.trim())) continue;
    body.push(l.at);
    if (wordCount(l.text) >= PARAGRAPH_WORDS && long.push(l.at) === 2) return l.at;
  }
  return body[1] ?? body[0] ?? Infinity;
}

/**
 * "Tobias Lindqvist" / "Senior policy fellow, Wider Europe programme" over the date: the last line is the job of
 * the writer named on the line above it, a few words that do not end as prose.
 */
const JOB_WORD =
  /\b(?:fellow|director|editor|correspondent|professor|researcher|analyst|chair|head of|associate|lecturer|reporter|writer|columnist|advis[eo]r|programme|program)\b/i;

function isJobUnderName(before: readonly Line[]): boolean {
  const job = before.at(-1);
  const name = before.at(-2);
  if (!job || !name) return false;
  const t = job.text.trim();
  return (
    wordCount(t) <= 10 &&
    !ENDS_AS_PROSE.test(t) &&
    /^\p{Lu}/u.test(t) &&
    JOB_WORD.test(t) &&
    NAME_LINE.test(name.text.trim()) &&
    isPersonShaped(name.text.trim())
  );
}

/**
 * Writers' names with no "By": "Ana Kovačević, Marian Popescu", "Jane Doe and John Roe", "Anna Corbett in Paris
 * and Tom Weller", "YUKI FUKUMOTO, Nikkei staff writer"; or a writer's job under the name, "Security and
 * defence editor @haynesdeborah".
 */
const isWritersLine = (l: Line) =>
  WRITERS.test(l.text.trim()) ||
  WRITERS_JOB.test(l.text.trim()) ||
  WRITER_IN_CAPS_AND_OUTLET.test(l.text.trim()) ||
  WRITERS_AND_AGENCY.test(l.text.trim()) ||
  WRITER_AND_STAFF.test(l.text.trim()) ||
  WRITER_DASH_OUTLET.test(l.text.trim());
/**
 * "JENNA MARCOTTE Lincoln Journal Star", "MARTIN HOLLOWAY and CLAIRE BENOIT Associated Press": the writers'
 * names in capitals, then the paper's or the agency's in title case.
 */
// Each word splits one way only ("O'NEIL", "SMITH-JONES"): a looser word made an all-capitals headline backtrack
// for seconds.
const CAPS_WORD = String.raw`\p{Lu}\p{Lu}+(?:['’-]\p{Lu}+)*`;
const WRITER_IN_CAPS = String.raw`${CAPS_WORD}(?:\s+${CAPS_WORD}){1,2}`;
const WRITER_IN_CAPS_AND_OUTLET = new RegExp(
  String.raw`^${WRITER_IN_CAPS}(?:(?:,?\s+(?:and|AND|&)\s+|,\s*)${WRITER_IN_CAPS}){0,3}(?:\s+(?:The\s+)?\p{Lu}\p{Ll}[\p{L}&.'’-]*){1,4}$`,
  'u',
);
// "Niklaus Waser, Washington": where the writer files from, after a comma as well as after "in".
const WRITER = `\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}(?:\\s+in\\s+\\p{Lu}[\\p{L}'’-]+|,\\s+\\p{Lu}[\\p{L}'’-]+(?=,|$))?`;
const JOB = String.raw`(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Cc]ontributor)s?`;
const WRITERS = new RegExp(
  `^${WRITER}(?:(?:,?\\s+(?:and|AND|&)\\s+|,\\s*)${WRITER}){0,3}(?:,\\s*(?:[\\p{L}&'’-]+\\s+){0,4}${JOB})?$`,
  'u',
);
/**
 * "Camille Roche and Piers Ashdown, Reuters": two writers or more, then their agency (one name and an agency
 * is a photo's credit as often).
 */
const WRITERS_AND_AGENCY = new RegExp(
  String.raw`^${WRITER}(?:,\s*${WRITER})*\s+(?:and|&)\s+${WRITER},\s+(?:${AGENCY_NAMES})$`,
  'u',
);
/** "Ana Sofia Rebelo - RTP": a writer, a dash, the broadcaster's or the paper's short name in capitals. */
const WRITER_DASH_OUTLET =
  /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+[-–—]\s+\p{Lu}{2,}[\p{Lu}\p{N}&.]*(?:\s+\p{Lu}{2,}[\p{Lu}\p{N}&.]*)?$/u;
/** "Mara Lindqvist Journal staff": a writer, a short name of the paper (a newspaper's noun last), "staff". */
const WRITER_AND_STAFF = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}[\p{L}&.'’-]+\s+){0,2}(?:Journal|Gazette|Times|Herald|Post|News|Tribune|Star|Press|Record|Bulletin|Examiner|Courier|Observer|Mercury|Chronicle|Telegraph|Standard|Express|Register|Sun|Globe|Review|Leader|Enquirer|Dispatch|Advertiser|Sentinel)\s+(?:staff|staff writer|staff reporter)$`,
  'u',
);
const WRITERS_JOB = new RegExp(String.raw`^\p{Lu}(?:[\p{L}&'’-]*\s+){0,5}${JOB}(?:\s+@\w{2,30})?$`, 'u');

const SOURCE_LABEL = /^Source\s*:\s*\S{1,60}$/i;

/**
 * The headline right under the date line, over the story: "5 SEP 2025, 09:20" / "Any foreign troops in
 * Ukraine would be legitimate targets — Putin" / caption / "VLADIVOSTOK, September 5. /TASS/. …".
 */
const QUESTION_HEADLINE = /^\p{Lu}[^.!?]{8,100}\?["”’]?$/u;
function headlineAfter(lines: readonly Line[], header: Line): Line | null {
  const after = live(lines.slice(header.at + 1));
  // "Source: www.ghanaweb.com" / "Comments (4)" / "Listen to Article": labels between the date and the
  // headline are passed over.
  let k = 0;
  while (k < 4 && after[k] && (isLabelShaped(after[k] as Line) || SOURCE_LABEL.test((after[k] as Line).text)))
    k++;
  if (k) after.splice(0, k);
  const [first, second] = after;
  // "The coalition of the willing has a plan for Ukraine. It still needs a US backstop." over "By Marta
  // Oleksiuk": a headline of two short sentences, with the byline right under it.
  const twoSentences =
    !!first &&
    wordCount(first.text) <= 20 &&
    /^\p{Lu}[^.!?]{8,}[.?!]\s+\p{Lu}[^.!?]{8,}[.?!]$/u.test(first.text.trim()) &&
    nextNonBlank(lines, first.at)?.rule === 'byline';
  return first &&
    second &&
    (isTitleShaped(first) || twoSentences) &&
    // A headline may ask its question ("Boots on the ground, but whose?") but states nothing in a sentence.
    (!ENDS_AS_PROSE.test(first.text.trim()) || QUESTION_HEADLINE.test(first.text.trim()) || twoSentences) &&
    // The story's first paragraph (or a caption) follows within a few lines: a standfirst, a byline, a caption,
    // share buttons and a photo's credit may come first.
    after.slice(1, 10).some((l) => isBodyShaped(l.text))
    ? first
    : null;
}

/**
 * A headline right under the date line with the photo's credit under it ("Starmer Unveils … Seeks US Backing" /
 * "Photo: Alex Rowland / …") reads as the photo's caption. When no other line is the headline, a line in title
 * case, or one that does not end as a sentence, there is: a caption describes a photo in a sentence.
 */
function captionedHeadline(lines: readonly Line[], header: Line): Line | null {
  // Labels, a reading time or a views counter may stand between ("Read 3 min" / "Views 2134").
  const passed = new Set(['ui-label', 'section-label', 'read-time']);
  const next = lines
    .slice(header.at + 1)
    .find((l) => !isBlank(l) && !(l.rule === null && isLabelShaped(l)) && !(l.rule && passed.has(l.rule)));
  if (
    !next ||
    next.rule !== 'photo-caption' ||
    !isTitleShaped(next) ||
    !(isTitleCase(next.text) || !ENDS_AS_PROSE.test(next.text.trim()))
  )
    return null;
  next.rule = null;
  return next;
}

/** A section label above a headline: "Opinion", "Live", "Press release", "BALTIC NEWSWIRE". */
const isLabelShaped = (l: Line) => labelWords(l.text) <= 3 && !/[.!?”"…:]$/.test(l.text.trim());
/** Words of a label, where "&" joins two names of one section ("UK & World News") and is no word of its own. */
const labelWords = (text: string) => wordCount(text) - (text.match(/\s&\s/g)?.length ?? 0);

/**
 * A first line shaped like a headline that stands alone or is followed by something that is not one;
 * up to two section labels above it ("Opinion", "Live") are passed over.
 */
/**
 * Is `line` the standfirst (deck) printed under the headline `above`? It runs about as long as the headline
 * (three fifths of it or more), and neither ends as prose. A kicker over a headline ("Russia-Ukraine war") is short, so a headline under
 * a kicker is never taken for a deck.
 */
function isDeckUnder(line: Line, above: Line): boolean {
  const words = wordCount(line.text);
  const aboveWords = wordCount(above.text);
  return (
    isTitleShaped(above) &&
    aboveWords >= 5 &&
    words >= 0.6 * aboveWords &&
    // "Will Europe’s ‘reassurance force’ ever set foot in Ukraine?": a headline may ask.
    !/[.!…]["”’')\]]*$/.test(above.text.trim())
  );
}

/** The lines right under `l` are a menu: labels or menu rows, as many as a menu has. */
function menusUnder(lines: readonly Line[], l: Line): boolean {
  const next = lines
    .slice(l.at + 1)
    .filter((x) => !isBlank(x))
    .slice(0, MENU_LABELS);
  // A menu's buttons ("Donate", "Subscribe") are among its items.
  const button = (x: Line) => (x.rule === 'notice' || x.rule === 'ui-label') && wordCount(x.text) <= 3;
  return (
    next.length === MENU_LABELS &&
    next.every(
      (x) =>
        x.rule === 'nav-menu' || x.rule === 'section-label' || button(x) || (!x.rule && isLabelShaped(x)),
    )
  );
}

function firstLineHeadline(lines: readonly Line[]): Line | null {
  const kept = live(lines);
  let k = 0;
  while (k < 2 && kept[k] && isLabelShaped(kept[k] as Line)) k++;
  const [first, second] = [kept[k], kept[k + 1]];
  // A masthead over the menus ("Public Radio of Armenia" / "ARM | ENG | RUS" / "Home" / …) is no headline.
  if (!first || !isTitleShaped(first) || isSiteTagline(lines, first) || menusUnder(lines, first)) return null;
  const standsAlone = isBlank(lines[first.at + 1] ?? { text: '', rule: null, at: -1 });
  return !second ||
    standsAlone ||
    isBodyShaped(second.text) ||
    !isHeadlineShaped(second.text) ||
    isDeckUnder(second, first)
    ? first
    : null;
}

/** 4. Header zone: between the title/date and the first body paragraph only labels live. */
function markHeaderLabels(page: Page, titleLine: Line | null, dateLine: DatedLine | null): void {
  const { lines } = page;
  const headerStart = Math.max(
    titleLine ? titleLine.at : -1,
    dateLine && !dateLine.atFoot ? dateLine.line.at : -1,
  );
  if (headerStart < 0) return;
  for (let i = headerStart + 1; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (isBlank(l) || l.rule) continue;
    if (isBodyShaped(l.text)) break;
    // Only short labels; a longer line may be the start of the body (captions need a credit, see above).
    if (wordCount(l.text) <= 4 && !/[.!?”"…]$/.test(l.text.trim())) mark(l, 'section-label');
    else break;
  }
}

/** 5. Author bio at the end: a marker line ("Avatar") or a name line followed by "<Name> is a …". */
/** The two or three capitalised words before a date on a writer's date line, when they make a person's name. */
function writerBeforeDate(line: string): string | null {
  const name =
    /^(?:[Bb]y\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?=\d|\p{Lu}\p{Ll}{2})/u.exec(
      line.trim(),
    )?.[1];
  return name && isPersonShaped(name) ? name : null;
}

/**
 * "Tessa Morrow covers national security … for McClatchy’s Washington Bureau.", "Daniel Ashworth is a former
 * British diplomat …": a bio of the writer the byline names, wherever it stands (over the story or under it,
 * with more furniture after it). Only that line: the story may go on below.
 */
function markBylineWriterBio(page: Page): void {
  const start = storyStart(page.lines);
  for (const writer of bylineWriters(page)) {
    // "Sharon Pell is a former Australian diplomat …": what the writer is, in one line. Or "… writes about
    // defence, diplomacy …" under the story; over it, "Nadia Okafor reports on the gulf between …" is the
    // standfirst. Under the story a bio may name them by surname or given name alone ("Marlowe covers British
    // politics …", "Adrien is an Associated Press reporter based in Paris.").
    const words = writer.split(/\s+/);
    const alone = words.length >= 2 ? [words[words.length - 1] as string, words[0] as string] : [];
    for (const name of [writer, ...alone]) {
      const escaped = escapeRegExp(name);
      const whatTheyAre = new RegExp(`^${escaped} (?:is|was) (?:a|an|the) [^.]{3,160}\\.?$`, 'u');
      const whatTheyCover = new RegExp(
        `^${escaped} (?:writes (?:about|on)|reports on|covers) [^.]{3,160}\\.?$`,
        'u',
      );
      for (const l of page.lines) {
        const t = l.text.trim();
        if (l.rule || !t.startsWith(`${name} `)) continue;
        if (name !== writer && l.at <= start) continue;
        // A standfirst that names the writer stands over their byline; a bio stands under it.
        if (nextNonBlank(page.lines, l.at)?.text.trim() === writer) continue;
        const isWriter = whatTheyAre.test(t) || (l.at > start && whatTheyCover.test(t));
        if ((name === writer && isBioLine(t)) || (isWriter && wordCount(t) <= 40)) mark(l, 'author-bio');
      }
    }
  }
}

/** The page's writers: its author, and each name of a byline ("By HELEN MARLOWE and THOMAS ADRIEN"). */
function bylineWriters(page: Page): string[] {
  // "MARGOT ELLERY" in the byline is "Margot Ellery" in the bio.
  const asPrinted = (name: string) =>
    name.trim().replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
  const names = page.author ? [asPrinted(page.author)] : [];
  for (const l of page.lines) {
    if (l.rule !== 'byline') continue;
    const listed = l.text.trim().replace(/^by\s+/i, '');
    for (const part of listed.split(/\s*,\s*|\s+and\s+|\s*&\s*/)) {
      const name = asPrinted(part);
      if (NAME_LINE.test(name) && isPersonShaped(name) && !names.includes(name)) names.push(name);
    }
  }
  return names.filter((name) => isPersonShaped(name));
}

function markAuthorBio(page: Page): void {
  const { lines } = page;
  const start = storyStart(lines);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    const t = l.text.trim();
    // The writer's name under the headline is the byline, not a bio's heading.
    if (!t || l.rule === 'title' || (l.rule === 'byline' && NAME_LINE.test(t) && l.at < start)) continue;
    const bio = bioAuthorAt(lines, i);
    if (!bio) continue;
    if (bio.author) page.author ??= bio.author;
    for (let j = i; j < lines.length; j++) mark(lines[j] as Line, 'author-bio');
    return;
  }
}

/**
 * An outlet's appeal for money set in the story's column: from "A Message from The Moscow Times:" or "Dear
 * readers," down to its button ("Support The Moscow Times!", "Contribute today", "Donate"), a few lines
 * below. Without the button within reach it is not taken for one: a letter quoted in the story may open
 * "Dear readers," too.
 */
const APPEAL_OPENER = /^(?:a message from (?:the )?\p{Lu}[\p{L}&.'’ ]{1,40}:|dear (?:readers?|friends),?)$/iu;
const APPEAL_BUTTON =
  /^(?:support|contribute|donate|give|become a (?:patron|member|supporter|friend))\b[^.?]{0,40}$/i;
const APPEAL_REACH = 6;
/** A fact-checker's or an analyst's list of sources under the story: "Our Sources", "References". */
const SOURCES_HEADING =
  /^(?:our |the )?(?:sources(?: and (?:references|methodology))?|references|citations|bibliography|works cited)\s*:?$/i;
/** A source as such lists cite it: it ends on the day it was published or consulted, or is an address. */
const CITED_SOURCE = new RegExp(
  `(?:\\b(?:${MONTH_RE})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\b\\d{1,2}\\s+(?:${MONTH_RE})\\.?,?\\s+\\d{4}|\\b\\d{4}-\\d{2}-\\d{2})\\.?\\)?$|^\\S*https?://\\S+$`,
  'i',
);

/**
 * "Our Sources" / "White House, remarks by President Trump …, Aug. 18, 2025" / "Email interview, White House
 * official, Aug. 19, 2025": the list under the heading cites where the story came from; each line names people
 * and days, but tells nothing that happened then.
 */
function markSourceList(page: Page): void {
  const { lines } = page;
  for (const l of lines) {
    if (l.rule || !SOURCES_HEADING.test(l.text.trim())) continue;
    const cited: Line[] = [];
    for (let j = l.at + 1; j < lines.length; j++) {
      const line = lines[j] as Line;
      if (isBlank(line)) continue;
      if (wordCount(line.text) > 40 || !CITED_SOURCE.test(line.text.trim())) break;
      cited.push(line);
    }
    if (!cited.length) continue;
    mark(l, 'sources-list');
    for (const c of cited) mark(c, 'sources-list');
  }
}

/**
 * "From:" / "Prime Minister's Office, 10 Downing Street and The Rt Hon Sir Keir Starmer KCB KC MP": who issued a
 * government page, in its header. The line under the label credits the page; it is no headline.
 */
function markIssuedBy(page: Page): void {
  const { lines } = page;
  const start = storyStart(lines);
  for (const l of lines) {
    if (l.at >= start || l.rule || !/^(?:from|issued by|published by)\s*:$/i.test(l.text.trim())) continue;
    const next = nextNonBlank(lines, l.at);
    if (!next || next.rule || next.at >= start || wordCount(next.text) > 30) continue;
    mark(l, 'byline');
    mark(next, 'byline');
  }
}

/** The labels of a fact-checker's box: the claim checked and the verdict on it. */
const CLAIM_BOX_LABEL =
  /^(?:what was claimed|the claim|claims?|our verdict|the verdict|verdict|our rating|rating|our ruling|context)\s*:?$/i;

/**
 * "What was claimed" / "The Prime Minister has ordered British troops to deploy …" / "Our verdict" / "Incorrect.
 * …": a fact-checker's box states a claim in order to refute it. What it claims never happened, so it is no
 * part of the story, and its verdict repeats the story in brief.
 */
function markClaimBox(page: Page): void {
  const { lines } = page;
  const labels = lines.filter((l) => !l.rule && CLAIM_BOX_LABEL.test(l.text.trim()));
  // One label alone ("Context") is a subhead; the box has a claim and a verdict.
  if (labels.length < 2) return;
  for (const l of labels) {
    const next = nextNonBlank(lines, l.at);
    mark(l, 'claim-box');
    if (next && !next.rule && wordCount(next.text) <= 60 && !CLAIM_BOX_LABEL.test(next.text.trim()))
      mark(next, 'claim-box');
  }
}

function markAppeal(page: Page): void {
  const { lines } = page;
  for (let i = 0; i < lines.length; i++) {
    if (!APPEAL_OPENER.test((lines[i] as Line).text.trim())) continue;
    let end = -1;
    for (let j = i + 1, seen = 0; j < lines.length && seen < APPEAL_REACH; j++) {
      const t = (lines[j] as Line).text.trim();
      if (!t) continue;
      seen += 1;
      if (APPEAL_BUTTON.test(t) && wordCount(t) <= 6) end = j;
    }
    if (end < 0) continue;
    for (let j = i; j <= end; j++) mark(lines[j] as Line, 'appeal');
    i = end;
  }
}

/**
 * Readers' comments: from a "Comments" / "Discussion about this post" line in the lower half of the page
 * to the next line that closes the comments as a page footer does (a bio, a copyright). Higher up, such a
 * line is a count under the byline ("14 Comments") and has its own rule.
 */
function markComments(page: Page): void {
  const { lines } = page;
  const firstStory = firstStoryLine(lines);
  for (let i = Math.ceil(lines.length / 2); i < lines.length; i++) {
    const l = lines[i] as Line;
    // A count a list above took in ("Related Posts" / … / "48 Comments") still opens the comments.
    if (!COMMENTS_MARKER.test(l.text.trim())) continue;
    // A "Comments" button in the header's share row, above the story, opens no comments: they follow a story.
    if (firstStory >= i) continue;
    mark(l, 'comments');
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j] as Line;
      if (isBioLine(next.text) || isCopyrightLine(next.text)) break;
      mark(next, 'comments');
    }
    return;
  }
}

/**
 * A pull quote: a line that is only a quotation ("“A European force without an American backstop is something
 * we must be prepared for”", maybe "— Kaja Kallas" after it) whose words a paragraph of the story says too.
 * It is set large beside the story; the story's own sentence is the one a fact may point to.
 */
function markPullQuotes(page: Page): void {
  const paragraphs = page.lines.filter((l) => !l.rule && !isBlank(l));
  for (const l of paragraphs) {
    const m = PULL_QUOTE.exec(l.text.trim());
    const words = m ? (m[1] as string).replace(/[.,;:!?…]+$/, '').trim() : '';
    if (wordCount(words) < 5 || wordCount(words) > 40) continue;
    // "‘You are asking them to fight with one eye shut’" from "…, you are asking them to fight with one eye
    // shut,” he said.": the pull quote may capitalise words the story runs on from.
    const said = words.toLowerCase();
    if (
      !paragraphs.some((o) => o !== l && o.text.length > l.text.length && o.text.toLowerCase().includes(said))
    )
      continue;
    mark(l, 'pull-quote');
    // "— Darnell Hughes, retired Army colonel" on the line under it: whose words they are.
    const by = nextNonBlank(page.lines, l.at);
    if (by && !by.rule && PULL_QUOTE_BY.test(by.text.trim())) mark(by, 'pull-quote');
  }
}
const PULL_QUOTE = /^["“‘'«]([^"“”«»]+)["”’'»](?:\s*[—–-]\s*\p{Lu}[\p{L}.'’ -]{1,40})?$/u;
const PULL_QUOTE_BY = /^[—–-]\s*\p{Lu}[\p{L}.'’ -]{1,40}(?:,\s*[^.!?,]{1,60})?$/u;

/** "By Daniel Marsh, Forbes Staff. Daniel Marsh is a breaking news reporter …": a byline and the bio after it. */
/**
 * "By Nadia Kessler, a national security reporter at Foreign Policy, and Colm Ferris, a diplomatic
 * correspondent at Foreign Policy.": each writer with their job in apposition.
 */
const WRITER_WITH_JOB = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2},\s+(?:a|an|the)\s+[^,;.]{2,60}?\b(?:reporter|correspondent|editor|writer|columnist|contributor|fellow|analyst)\b(?:\s+(?:at|for|with)\s+[^,;.]{2,40})?`;
const WRITERS_WITH_JOBS = new RegExp(
  String.raw`^By\s+${WRITER_WITH_JOB}(?:,?\s+and\s+${WRITER_WITH_JOB})?\.?$`,
  'u',
);

function bylineWithBio(t: string): boolean {
  const m = /^(.{3,80}?\.)\s+(\p{Lu}.*)$/u.exec(t);
  return !!m && wordCount(m[1] as string) <= 12 && isBioLine(m[2] as string);
}

/** Does an author bio start at line `i`, and whose? */
function bioAuthorAt(lines: readonly Line[], i: number): { author: string | null } | null {
  const t = (lines[i] as Line).text.trim();
  // "Author" / "Tom Rainsford" high on the page labels the byline (its own rule), not a bio to the end.
  if (AUTHOR_MARKER.test(t) && i > lines.length / 2) {
    const name = nextNonBlank(lines, i);
    return { author: name && NAME_LINE.test(name.text.trim()) ? name.text.trim() : null };
  }
  // Two writers' bios in a row: the first is no last paragraph, but what follows it is a bio too.
  const following = nextNonBlank(lines, i);
  if (
    i > lines.length / 2 &&
    isBioLine(t) &&
    (isLastBodyParagraph(lines, i) || (!!following && isBioLine(following.text)))
  )
    return {
      author: (/^\S+\s+\S+(?:\s+(?!is\b)\S+)?/.exec(t)?.[0] ?? '').replace(/\s+(?:is|was)$/, '') || null,
    };
  if (!NAME_LINE.test(t)) return null;
  const later = lines.slice(i + 1, i + 6).filter((n) => !isBlank(n));
  const first = t.split(/\s+/)[0] as string;
  const intro = later.find(
    (n) => n.text.trim().startsWith(`${t} is `) || n.text.trim().startsWith(`${first} is `),
  );
  // In the upper half only when nothing after the introduction reads as the story: a short page whose
  // comments and footer are fewer lines than the story.
  return intro && (i > lines.length / 2 || isLastBodyParagraph(lines, intro.at)) ? { author: t } : null;
}

/** No line after `i` that no rule has removed reads as article text. */
function isLastBodyParagraph(lines: readonly Line[], i: number): boolean {
  return !lines.slice(i + 1).some((l) => !l.rule && isBodyShaped(l.text));
}

/** 6. Teasers for other stories: a headline followed by a paragraph cut off with "…". */
function markTeasers(page: Page): void {
  const rest = live(page.lines);
  for (let i = 0; i < rest.length; i++) {
    const l = rest[i] as Line;
    if (!ELLIPSIS_END.test(l.text.trim())) continue;
    mark(l, 'teaser');
    const prev = rest[i - 1];
    if (prev && isHeadlineShaped(prev.text)) mark(prev, 'teaser');
  }
}

/** 7. A trailing site name ("News.Az") names the publisher when nothing else did. */
function markSiteName(page: Page): void {
  const remaining = live(page.lines);
  const last = remaining[remaining.length - 1];
  if (!last || !SITE_NAME.test(last.text.trim()) || wordCount(last.text) !== 1) return;
  mark(last, 'site-name');
  page.publisherFromText ??=
    PUBLISHERS.find((p) => p.markers.some((m) => m.test(last.text.trim())))?.name ?? last.text.trim();
}

/** 7. Section labels: short lines without sentence punctuation. */
function markSectionLabels(page: Page): void {
  for (const l of live(page.lines)) {
    const t = l.text.trim();
    // "U.S.", "U.K.": a section named by an initialism ends on a full stop of its own.
    // "About The Seattle Times": the footer's heading for the site itself.
    if (
      (labelWords(t) <= 3 && !/[.!?”"…]$/.test(t)) ||
      /^(?:\p{Lu}\.){2,}$/u.test(t) ||
      isShoutedHeading(t) ||
      ABOUT_SITE.test(t)
    )
      mark(l, 'section-label');
  }
}

/**
 * 7b. Subheads: a short headline-like line (2–16 words, starting with a capital, no sentence-final
 * punctuation or closing quote, not ending on a function word) standing alone between body paragraphs, or
 * right before a "Source icon" / "Sources:" block. A real one-sentence paragraph ends with . ? ! or a
 * quote mark, so it is never taken. Without blank lines around it, the line must also be much shorter
 * than both neighbours (a hard-wrapped body line is about as long as the lines around it).
 */
function markSubheads(page: Page): void {
  const { lines } = page;
  let bodySeen = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (isBlank(l) || l.rule) continue;
    const t = l.text.trim();
    if (!bodySeen) {
      bodySeen = isBodyShaped(t);
      continue;
    }
    if (isSubheadShaped(t) && isSubheadAt(lines, i)) mark(l, 'subhead');
  }
}

function isSubheadAt(lines: readonly Line[], i: number): boolean {
  const t = (lines[i] as Line).text.trim();
  let p = i - 1;
  while (p >= 0 && isBlank(lines[p] as Line)) p--;
  let n = i + 1;
  while (n < lines.length && isBlank(lines[n] as Line)) n++;
  const prev = lines[p];
  const next = lines[n];
  if (!prev || !next) return false;
  const nt = next.text.trim();
  if (/^\p{Ll}/u.test(nt)) return false; // a hard-wrapped sentence going on
  const sources = next.rule === 'sources-line' || (next.rule === 'ui-label' && /source/i.test(nt));
  const prevBody = !prev.rule && TERMINAL.test(prev.text.trim());
  const nextBody = !next.rule && isBodyShaped(nt);
  const alone = p < i - 1 && n > i + 1;
  const shorter = t.length < 0.6 * prev.text.trim().length && t.length < 0.6 * nt.length;
  // Right under removed furniture (a live blog's "19.05 GMT") only the line after it is there to compare.
  const underFurniture = !!prev.rule && (n > i + 1 || t.length < 0.6 * nt.length);
  return sources || (nextBody && (prevBody || !!prev.rule) && (alone || shorter || underFurniture));
}

/**
 * 7c. A section heading glued to the start of the paragraph after it ("Ministers Divided on Troops Defence
 * ministers met …", "What the summit must decideEuropean Council President …"): split off and removed,
 * the paragraph kept whole. headings.ts says when a paragraph's start is such a heading.
 */
function splitGluedHeadings(page: Page): void {
  const isCommon = printedInLowerCase(page.lines);
  const out: Line[] = [];
  let bodySeen = false;
  for (const l of page.lines) {
    const glued = !l.rule && bodySeen && !isBlank(l) ? splitGluedHeading(l.text.trim(), isCommon) : null;
    if (!isBlank(l) && !l.rule) bodySeen ||= isBodyShaped(l.text);
    if (!glued) {
      out.push(l);
      continue;
    }
    out.push({ text: glued.heading, rule: 'subhead', at: l.at }, { ...l, text: glued.rest });
  }
  page.lines = out;
}

/** A lower-case word as the page prints it: a lower-case letter, then letters, apostrophes and hyphens. */
const LOWER_WORD = /^\p{Ll}[\p{L}'’-]*$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_GOES_ON = /[\p{L}'’-]/u;

/**
 * Does the page's kept text print `word` in lower case, as a whole word (so "defence" is a common word,
 * "Merz" a name)? Each word asked about is looked up in the text, not every word of the page collected:
 * only the few words at a possible heading's end are ever asked about. Answers are remembered per page.
 */
function printedInLowerCase(lines: readonly Line[]): (word: string) => boolean {
  let text: string | null = null;
  const known = new Map<string, boolean>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) {
      text ??= lines
        .filter((l) => !l.rule)
        .map((l) => l.text)
        .join('\n');
      answer = LOWER_WORD.test(word) && wholeWordIn(text, word);
      known.set(word, answer);
    }
    return answer;
  };
}

/** `word` in `text` neither preceded by a letter or digit nor followed by more of a word. */
function wholeWordIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if (
      (before === undefined || !LETTER_OR_DIGIT.test(before)) &&
      (after === undefined || !WORD_GOES_ON.test(after))
    )
      return true;
  }
  return false;
}

/** 8. Paragraphs: each kept line, with hard-wrapped lines (next starts lower-case) joined. */
function joinParagraphs(lines: readonly Line[]): { paragraphs: string[]; entryDates: (string | null)[] } {
  const paragraphs: string[] = [];
  const entryDates: (string | null)[] = [];
  let entryDate: string | null = null;
  let prevKept: number | null = null;
  // The last line joined into the paragraph: its end is the paragraph's end, read without re-reading the
  // paragraph (a hard-wrapped page of lower-case lines would otherwise be re-read line after line).
  let lastLine = '';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.entryDate) entryDate = l.entryDate;
    if (isBlank(l) || l.rule) continue;
    const t = l.text.trim().replace(/\s+/g, ' ');
    // A paragraph broken by a page's foot ("… as a party to" / notes, page number, running header / "the
    // conflict."): lines removed between, none blank, and the first ends mid-sentence on a word.
    const brokenByPage =
      prevKept !== null &&
      /\p{Ll}$/u.test(lastLine) &&
      lines.slice(prevKept + 1, i).every((between) => between.rule && !isBlank(between));
    if (
      (prevKept === i - 1 || brokenByPage) &&
      paragraphs.length &&
      /^[\p{Ll}]/u.test(t) &&
      !/[.!?”"]$/.test(lastLine)
    ) {
      paragraphs[paragraphs.length - 1] += ` ${t}`;
    } else {
      paragraphs.push(t);
      entryDates.push(entryDate);
    }
    lastLine = t;
    prevKept = i;
  }
  return { paragraphs, entryDates };
}

/** Removed blocks, consecutive lines with the same rule grouped (blank lines do not break a block). */
function removedBlocks(lines: readonly Line[]): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  let current: RemovedBlock | null = null;
  for (const l of lines) {
    if (isBlank(l)) continue;
    if (!l.rule) {
      current = null;
      continue;
    }
    if (current && current.rule === l.rule) current.text += `\n${l.text.trim()}`;
    else {
      current = { rule: l.rule, text: l.text.trim() };
      removed.push(current);
    }
  }
  return removed;
}

const outletMentions = new Map<string, RegExp>();
/** An outlet's name as a whole word: "AP" not in "APEC". */
function outletMention(name: string): RegExp {
  let re = outletMentions.get(name);
  if (!re)
    outletMentions.set(
      name,
      (re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u')),
    );
  return re;
}

/**
 * Outlets the article cites: those of its `Sources:` lines, then known outlets named in the body in order
 * of first mention; never the publisher itself, and a name inside another one only once.
 */
function citedOutlets(paragraphs: readonly string[], page: Page, options: CleanOptions): string[] {
  const body = paragraphs.join('\n');
  const found: { name: string; at: number }[] = [];
  for (const name of [...KNOWN_OUTLETS, ...(options.outlets ?? [])]) {
    // Most pages name few of some hundred outlets: a plain search first spares the word-bounded one.
    if (!body.includes(name)) continue;
    const m = outletMention(name).exec(body);
    if (m) found.push({ name, at: m.index });
  }
  found.sort((a, b) => a.at - b.at);
  const self = options.publisher ?? page.publisherFromText;
  const out: string[] = [];
  for (const name of [...page.cited, ...found.map((f) => f.name)]) {
    if (name === self || out.includes(name)) continue;
    if (out.some((c) => c.includes(name) || name.includes(c))) continue;
    out.push(name);
  }
  return out;
}
