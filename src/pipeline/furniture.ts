/**
 * Shapes of page furniture, each a small pure test of one line: consent banners, "skip to" links, lists of
 * links to other stories ("Read more from …:", "Also Read | …", "Most read"), timestamps, photo captions
 * with their credit on the same line, wire credits, copyright footers, page metadata labels. clean.ts
 * decides where they apply; publisher-specific lines stay in the PUBLISHERS table.
 */
import { TIME } from './dateline';
import { wordCount } from './util';

/** "Skip to main content", "Skip to more DW sites", "Jump to navigation". */
export const SKIP_LINK = /^(?:skip|jump) to\b.{0,40}$/i;

/** Share and feedback widgets: "Share this post", "Share or comment on this article:", "Is this page useful?". */
export const WIDGET =
  /^(?:(?:share|comment)(?:\s+(?:this|or comment|on|via|the)\b.{0,40})?:?|(?:is this page useful|was this (?:page|article|story) (?:useful|helpful)|did you find this (?:page |article )?(?:useful|helpful))\??)$/i;

const CONSENT_WORDS =
  /\b(?:consent|accept|privacy|partners?|personali[sz]e|preferences|settings|essential|additional|we use|improve|experience|advertising)\b/i;

/** A line of a cookie or privacy banner: about cookies and consent, or a privacy notice's heading. */
export function isConsentLine(text: string): boolean {
  const t = text.trim();
  if (
    /^(?:we value your privacy|your privacy(?: choices)?|privacy (?:settings|preferences|notice|choices))$/i.test(
      t,
    )
  )
    return true;
  return /\bcookies?\b/i.test(t) && (CONSENT_WORDS.test(t) || wordCount(t) <= 5);
}

/** A banner's button: "Accept all", "Reject additional cookies", "Manage preferences", "I agree". */
export function isConsentButton(text: string): boolean {
  const t = text.trim();
  return (
    wordCount(t) <= 4 &&
    /^(?:accept|reject|allow|deny|decline|refuse|manage|view|customi[sz]e|agree|i agree|ok|got it|continue|more options|settings|preferences)\b/i.test(
      t,
    )
  );
}

/** The heading of a list of links to other stories ("Read more from the Daily Ledger:", "Most read"). */
export const RELATED_MARKER =
  /^(?:read more|read also|also read|more on this story|more from (?:the )?[\p{L}\p{N} .&'’-]{1,40}|more (?:stories|opinion|news|coverage|on this)|related(?: stories| articles| content| topics| coverage| links| news)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|recommended(?: for you| stories)?|you (?:may|might) also like|top stories|latest (?:news|stories)|see also|further reading|key (?:events|moments))(?:\s+from\s+[\p{L}\p{N} .&'’-]{1,40})?\s*:?$/iu;

/** One link of such a list: a headline (no sentence-final full stop), a numbered or bulleted title. */
export function isLinkShaped(text: string): boolean {
  const t = text.trim().replace(/^(?:\d{1,2}[.)]|[•·▪►◦‣∙●-])\s+/, '');
  const n = wordCount(t);
  if (!t || n > 16) return false;
  if (/[?!]$/.test(t)) return n <= 14;
  return !/[.:;,]$/.test(t);
}

/** A link to another story on one line: "Read more: EU unveils …", "Also Read | Oil prices rise …", "READ MORE: …". */
export function isInlineRelatedLink(text: string): boolean {
  const m =
    /^(?:read more|read also|also read|related|see also|more|watch|listen|recommended|top story)\s*[:|]\s*(\S.*)$/i.exec(
      text.trim(),
    );
  return !!m && isLinkShaped(m[1] as string);
}

/** A time alone ("19.05 GMT", "4:32 PM") or a relative one ("2 hours ago"): a live blog's or a widget's stamp. */
export function isTimestampLine(text: string): boolean {
  const t = text.trim();
  const time = TIME.exec(t);
  if (time && time[0].trim().length === t.length) return true;
  return /^(?:(?:updated|published|posted)\s+)?\d+\s+(?:minutes?|mins?|hours?|hrs?)\s+ago$/i.test(t);
}

/** "(Reporting by …; Editing by …)", "Additional reporting by …", "Compiled by …": the wire's credits. */
export const CREDITS_LINE =
  /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|translated|written)\s+by\b[^.]{0,200}\)?\.?$/i;

/** "Copyright 2025 The Associated Press. All rights reserved. …", "© 2025 AFP". */
export function isCopyrightLine(text: string): boolean {
  const t = text.trim();
  return (
    (/^(?:copyright\b|©|\(c\)\s*\d{4})/i.test(t) || /\ball rights reserved\b/i.test(t)) && wordCount(t) <= 45
  );
}

/** Page metadata before the article: "From: Prime Minister's Office, …", "Tags: …", "Filed under: …". */
export function isMetadataLabel(text: string): boolean {
  const t = text.trim();
  return (
    /^(?:From|Part of|Topics?|Tags?|Filed under|Categories|Category|Section|Keywords)\s*:\s*\S/.test(t) &&
    !/\.$/.test(t)
  );
}

/** "Image source, Getty Images", "Image caption,", "Media caption,": a broadcaster's labels around a photo. */
export const PHOTO_LABEL = /^(?:image|photo|picture|video|media)\s+(source|credit|caption)s?\s*[,:]/i;

/**
 * A caption with its credit on the same line (a credit alone on its line is a credit line): after a label ("… in Berlin. Image: Kay Winter/dpa",
 * "… on Saturday. Picture: PA"), in parentheses with a label ("(Photo: Alessandro Riva)"), or in the
 * agencies' own style ("…, March 2, 2025. REUTERS/Jonas Berg"). The label follows the end of a sentence
 * or a dash, so "The image: a divided Europe" in prose is not one.
 */
export function isCaptionWithCredit(text: string): boolean {
  const t = text.trim();
  const label =
    /(?:[.!?)]\s+|\s[–—|]\s)(?:Picture|Photo|Photograph|Image|Credit|Foto|Bild)s?\s*:\s*([^.!?:]{2,80})$/.exec(
      t,
    );
  if (label && wordCount(label[1] as string) <= 10) return true;
  if (/\((?:Photo|Image|Picture|Credit|Photograph)s?\b[^()]{0,80}\)\s*$/.test(t)) return true;
  return /(?:^|\s)(?:REUTERS|AFP|AP|EPA|ANADOLU|GETTY IMAGES)\/[\p{L} .'’-]{2,40}$/u.test(t);
}

/** Words that name a journalist's or a scholar's job, as an author's bio at the end of a page states it. */
const BIO_ROLE =
  /\b(?:editor|correspondent|reporter|writer|columnist|journalist|contributor|fellow|professor|lecturer|researcher|analyst|commentator|producer|presenter)\b/i;

/** "Helena Brandt is a senior fellow at …", "Sophie Lenoir is the magazine's Europe editor.": a bio line. */
export function isBioLine(text: string): boolean {
  const t = text.trim();
  return (
    /^[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2}\s+(?:is|was|has been)\s+(?:a|an|the)\b/u.test(t) &&
    BIO_ROLE.test(t) &&
    wordCount(t) <= 40
  );
}
