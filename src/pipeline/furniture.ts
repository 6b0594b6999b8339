/**
 * Shapes of page furniture, each a small pure test of one line: consent banners, "skip to" links, lists of
 * links to other stories ("Read more from …:", "Also Read | …", "Most read"), timestamps, photo captions
 * with their credit on the same line, wire credits, copyright footers, page metadata labels. clean.ts
 * decides where they apply; publisher-specific lines stay in the PUBLISHERS table.
 */
import { parseDateLine, TIME } from './dateline';
import { SPEECH_VERB } from './speechVerbs';
import { anyAtStart, MONTH_RE, wordCount } from './util';

/** "Skip to main content", "Skip to more DW sites", "Jump to navigation". */
// "Till innehåll på sidan", "Zum Inhalt springen", "Aller au contenu", "Ir al contenido": in the site's language.
export const SKIP_LINK =
  /^(?:(?:skip|jump) to\b.{0,40}|skip (?:next|previous) section\b.{0,120}|till (?:huvud)?innehåll(?:et)?\b.{0,30}|zum (?:haupt)?inhalt\b.{0,20}|aller au (?:contenu|texte)\b.{0,20}|ir al contenido\b.{0,20}|vai al contenuto\b.{0,20}|naar (?:de )?(?:hoofd)?inhoud\b.{0,20}|przejdź do (?:treści|zawartości)\b.{0,20}|siirry sisältöön\b.{0,20}|gå til (?:hoved)?indhold\b.{0,20})$/i;

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
    // "Read More" / "Learn more": the banner's link to its cookie policy.
    /^(?:accept|reject|allow|deny|decline|refuse|manage|view|customi[sz]e|agree|i agree|ok|got it|continue|more options|settings|preferences|read more|learn more|more info(?:rmation)?|find out more)\b/i.test(
      t,
    )
  );
}

/**
 * "Read also" and "more on this" in the languages of the newsrooms that run English pages: a heading of
 * links to other stories, or the label of one ("Leia também: …", "Les også", "Mehr zum Thema").
 */
const READ_ALSO_ELSEWHERE =
  'aqra wkoll|les også|les mer|les flere|læs også|læs mere|mere om|läs också|läs mer|leia também|leia mais|veja também|saiba mais|lesen sie auch|mehr zum thema|auch interessant|das könnte sie auch interessieren|lire aussi|à lire aussi|sur le même sujet|lee también|te puede interesar|más información|leggi anche|potrebbe interessarti|lees ook|meer over|czytaj (?:też|także|więcej)|čtěte také|související(?: články)?|súvisiace(?: články)?|lue myös|ilgili haberler|bunlar da ilginizi çekebilir|olvassa el ezt is|citește și|pročitajte (?:još|i)|preberite tudi|прочетете още';

/** The heading of a list of links to other stories ("Read more from the Daily Ledger:", "Most read"). */
export const RELATED_MARKER = new RegExp(
  String.raw`^(?:${READ_ALSO_ELSEWHERE}|read more|(?:other )?(?:topics|stories|articles) of interest|latest in\s*:?\s*[\p{L} ]{1,40}|latest on [\p{L} ]{1,40}|follow the topics in this (?:article|story)|explore more(?: on these topics)?|more must-reads?(?: from .{1,40})?|more for you|more information|more (?:on|about) (?:this|the) (?:topic|subject|story)|what to read next|(?:news )?ticker|latest headlines|recommended reading|read also|also read|not[íi]cias relacionadas|art[íi]culos relacionados|articles? li[ée]s|[àa] lire aussi|lesen sie auch|mehr zum thema|leggi anche|articoli correlati|lees ook|czytaj (?:też|także)|läs också|les også|more on this story|related to this (?:story|article)|in case you missed it|also worth reading|more (?:clips|episodes)|before you (?:leave|go),? check (?:this|these) out|more videos|more from (?:the )?[\p{L}\p{N} .&'’-]{1,40}|more (?:stories|opinion|news|coverage|on this)|more (?:world|politics|business|canada|europe|international|national|local|u\.?s\.?|uk)(?: news)?|latest from (?:the )?[\p{L}\p{N} .&'’-]{1,40}|other (?:articles|stories|news) (?:in|from) [\p{L}\p{N} .&'’-]{1,40}|(?:related|recent|popular)(?: stor(?:y|ies)| articles?| content| topics| coverage| links?| news| posts?| headlines| videos?| clips?| episodes?)?|most (?:read|popular|viewed|shared)(?:\s+(?:in\s+)?\p{Lu}[\p{L}&'’ ]{1,40})?|tags?|topics?(?: in this (?:article|story))?|keywords|filed under|trending(?: now| stories| nationally| locally| today| in [\p{L} ’'-]{2,30})?|recommended(?: for you| stories)?|recommendations|more on (?!(?:that|this|these|those|it|them|him|her)\b)[\p{L}\p{N}'’ -]{1,40}|more (?!(?:bad|good|great|fake|sad|grim|big|welcome|positive|negative|worrying|encouraging)\b)[\p{L}-]{2,20} (?:coverage|news|stories)|more news in [\p{L}]{2,20}|not[íi]cies relacionades|les eisini|you (?:may|might) also like(?: (?:these|the following|this))?(?: stories| articles| posts| reads)?|top stories|latest (?:news|stories)|see also|further reading|key (?:events|moments)|in other news|elsewhere|other (?:news|stories|headlines)|read next|up next|also of interest|you (?:may|might) (?:also )?be interested in(?: news| these| this)?|more to (?:explore|read)|(?:more )?in this section|more in\s+\p{Lu}[\p{L}&'’ ]{1,30}|more on the [\p{L}'’ ]{1,40}|on the same (?:topic|subject)|read more news on|all (?:news|stories|headlines)|also in the news|more headlines|in (?:today[’']?s|this) (?:edition|issue|newsletter|briefing)|what (?:we[’']re|else we[’']re) reading|around the web|suggested(?: (?:for you|reading|stories|articles))?|featured partners|read other (?:articles|stories|news)(?: in [\p{L}& ]{1,30})?|(?:partner|sponsored|promoted|paid) (?:content|links|stories|posts)|from our partners|(?:previous|prev|next|older|newer)\s+(?:article|post|story|news|item)s?|[«‹<]\s*(?:previous|prev)|next\s*[»›>]|editor[’']?s[’']? (?:picks?|choice)|must read|more like this|you (?:may|might) have missed|don[’']t miss(?: these| this)?(?: insights| stories| articles)?|keep reading|suggested (?:by [\p{L}\p{N}&'’-]+(?: [\p{L}\p{N}&'’-]+){0,2}|for you|reading|stories|articles))(?:\s+(?:from|on|via|with)\s+[\p{L}\p{N} .&'’-]{1,40})?\s*(?::|\.{3}|…)?$`,
  'iu',
);

/**
 * A site's alert strip over its pages: "Breaking News Alert: Severe thunderstorm watch for parts of eastern
 * Oklahoma until 9 p.m.", "Breaking | Trump says he could meet Putin". Another story's headline, one line.
 */
const ALERT_STRIP =
  /^(?:breaking(?: news)?(?: alert)?|news alert|weather alert|traffic alert)\s*[:|]\s*(\S.*)$/i;
export function isAlertStrip(text: string): boolean {
  const m = ALERT_STRIP.exec(text.trim());
  return (
    !!m &&
    wordCount(m[1] as string) <= 20 &&
    !/[“"]/.test(m[1] as string) &&
    !/[.!?]\s+\p{Lu}/u.test(m[1] as string)
  );
}

/** One link of such a list: a headline (no sentence-final full stop), a numbered or bulleted title. */
const TEASER_KICKER = /^(?:\p{Lu}{2,}[\p{Lu}'’!-]*\s+){1,3}(?=\p{Lu}\p{Ll})/u;
export function isLinkShaped(text: string): boolean {
  // "… shuts Kyiv out of Saudi talks [REVEALED]": a tabloid's tag after the headline is no part of it.
  const bare = text.trim().replace(/^(?:\d{1,2}[.)]|[•·▪►◦‣∙●-])\s+/, '');
  // "DRONE HORROR Russian strike on Kyiv …": a tabloid's kicker in capitals before the headline, as a tag after it.
  const t = bare.replace(/\s*\[[\p{Lu} ]{2,20}\]$/u, '').replace(TEASER_KICKER, '');
  const n = wordCount(t);
  // A tagged headline may run a little longer: the tag says what it is.
  if (!t || n > (t === bare ? 16 : 20)) return false;
  if (/[?!]$/.test(t)) return n <= 16;
  return !/[.:;,]$/.test(t);
}

/**
 * A link to another story on one line: "Read more: EU unveils …", "Also Read | Oil prices rise …", "READ MORE: …",
 * "← Previous post: …".
 */
const INLINE_RELATED = new RegExp(
  String.raw`^(?:[←→«»‹›]\s*)?(?:read more|read also|also read|read|related|see also|go deeper|more|watch|video|listen|recommended|top story|editor['’]?s (?:choice|picks?)|explore more on these topics|more on these topics|(?:previous|prev|next|older|newer)\s+(?:article|post|story)|photos|llegeix també|les eisini|zum (?:deutschen )?originalartikel|lexo edhe|lees ook|lesen sie auch|leggi anche|lire aussi|czytaj (?:też|także)|läs också|les også|læs også|lee también|leia também|${READ_ALSO_ELSEWHERE})\s*[:|]\s*(\S.*)$`,
  'iu',
);
/**
 * "Read moreWhat would a European ‘reassurance force’ look like?", "Read more Subscribers only Macron in
 * London: …": the label glued to the headline, or before the paper's own tag.
 */
const GLUED_RELATED =
  /^(?:Read more|Read also|Also read|See also|READ MORE|READ ALSO)(?:\s+(?:Subscribers? only|Premium|Exclusive|Live)\s+)?(\p{Lu}.*)$/u;
export function isInlineRelatedLink(text: string): boolean {
  const labelled = INLINE_RELATED.exec(text.trim());
  const m = labelled ?? GLUED_RELATED.exec(text.trim());
  if (!m) return false;
  const link = (m[1] as string).trim();
  // Under its label a headline may run long ("READ MORE: Leeds Civic Hall lit up in blue and yellow as city
  // marks three years since …"), still with no sentence's full stop.
  // Under a label in capitals ("RELATED: Trump-Putin summit in Alaska ends without a ceasefire. Here's what we
  // know.") a headline may even end on a full stop.
  // So may one under "More:", as chains of American papers label the link ("More: Trump and Putin talked by phone.
  // Here's what we know about the call.").
  // And one under "Read:" as MarketWatch labels its links ("Read: Defense stocks had their best run in decades.
  // Here's what could break it.").
  const shouted = !!labelled && /^(?:[\p{Lu}\s]+|More|Read|Also read)\s*[:|]/u.test(text.trim());
  return isLinkShaped(link) || (!!labelled && wordCount(link) <= 25 && (shouted || !/[.:;,]$/.test(link)));
}

/**
 * A line of short links separated by bars: "Unsubscribe | Manage preferences", "Home | World | Europe".
 * Dates ("6 March 2025 | Updated …") and bylines ("By Jane Doe | Reuters") have their own rules.
 */
export function isBarMenu(text: string): boolean {
  const t = text.trim();
  if (/^by\s/i.test(t)) return false;
  // "Home - News - General News": a breadcrumb from the home page may be parted by dashes too; elsewhere a
  // dash parts a headline ("Trump - Putin summit ends").
  const barred = t.split(/^Home\s+[-–—]\s/.test(t) ? /\s+[-–—]\s+/ : /\s+[|·•∙>›»/]\s+/);
  // Double spaces also part menus ("News  War  Politics"), but two sentences may be parted so too.
  const parts = barred.length >= 2 ? barred : t.split(/\s{2,}/);
  if (parts.length < (barred.length >= 2 ? 2 : 3)) return false;
  return parts.every(
    (p) =>
      wordCount(p) >= 1 &&
      wordCount(p) <= 4 &&
      !/[.,;!?]$/.test(p) &&
      // A date or a clock time makes it a date line ("dpa | 13.03.2025, 16:47 Uhr"), which has its own rule.
      !/\d{1,2}[:.]\d{2}|\d{4}/.test(p),
  );
}

/**
 * A heading in capitals, maybe numbered or a question: "1. WHAT IS BEING PROPOSED?", "IN OTHER NEWS".
 * A sentence in capitals ends with a full stop and stays.
 */
export function isShoutedHeading(text: string): boolean {
  const t = text.trim().replace(/^\d{1,2}[.)]\s+/, '');
  const letters = t.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 3 &&
    wordCount(t) <= 12 &&
    !/[.!]$/.test(t) &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase()
  );
}

/**
 * A line led by a clock time in brackets, as chapter lists and transcripts print them ("(02:15) What
 * was agreed", "[00:04] ANCHOR: Good evening."), or a bare time before a headline, as a feed of other
 * stories does ("17:45 Zelensky meets Dutch PM in Odesa"). A live blog's entry, a sentence after its
 * time, stays.
 */
/** A speaker's name (and role) in capitals, then a colon and what they said. */
const TRANSCRIPT_TURN = /^\p{Lu}[\p{Lu}\p{N} .,'’()&-]{1,80}:\s+\S/u;

export function isTimedItem(text: string): boolean {
  const t = text.trim();
  const stamped = /^[([]\d{1,2}:\d{2}(:\d{2})?[)\]]\s*(\S.*)$/.exec(t);
  // "[15:00:04] JOANNA PRICE, CNN ANCHOR: Welcome back. …": a broadcast transcript's turn, at its time of day,
  // not a feed's item; a clip's transcript counts from its start ("[00:04] ANCHOR: …") under its player.
  if (stamped) return !(stamped[1] && TRANSCRIPT_TURN.test(stamped[2] as string));
  const bare = /^\d{1,2}:\d{2}\s+(\S.*)$/.exec(t);
  // "4:12 pm on 19 August 2025" is the page's date line, not an item of a feed.
  return !!bare && isLinkShaped(bare[1] as string) && !parseDateLine(t);
}

export const VIDEO_LENGTH = /^\d{1,2}:\d{2}(?::\d{2})?\s*[-–—|]\s*source\s*:\s*\S.{0,40}$/i;

/** Player controls and video teasers: "▶ Play episode", "◀ All episodes", "0:00 / 41:07", "▶ WATCH: … 2:41". */
export function isMediaControl(text: string): boolean {
  const t = text.trim();
  // A video's running time and source under its title: "02:47 - Source: WNN".
  if (VIDEO_LENGTH.test(t)) return true;
  // "Listen to this article 04:12", "Listen 3:41", "Listen to this article · 5:40 min": a player's label.
  // "Listen to this story (3 min)".
  if (
    /^listen(?:\s+to\s+(?:this|the)\s+(?:article|story|report|episode))?\s*[·|•-]?\s*\(?\d{1,2}(?::\d{2})?\s*(?:min(?:ute)?s?\.?)?\)?(?:\s+learn more)?$/i.test(
      t,
    )
  )
    return true;
  if (/^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/.test(t)) return true;
  // "Listen to this story.", and a video's title under its label: "WATCH | Europe weighs a force for Ukraine:".
  if (/^listen to this (?:article|story|news)\.?$/i.test(t)) return true;
  if (/^(?:WATCH|LISTEN|VIDEO)\s*[|:]\s+\S/.test(t)) return wordCount(t) <= 20;
  if (/^[▶◀►◄⏵⏴⏯]\s*(?:video|watch|listen|play)\b/iu.test(t)) return wordCount(t) <= 30;
  return /^[▶◀►◄⏵⏴⏯]/u.test(t) && wordCount(t) <= 14 && !/[.!?]$/.test(t);
}

/**
 * Production credits: "Presenter: Priya Natarajan. Producer: …", "Music: … by …", "Edited by …", in brackets too
 * ("[Edited by Marta Keller]"). A role without its colon is a credit only in a few words ("Illustration by Barnaby
 * Quist") or as a job ("Editor at Kazinform's international desk."); a name and more words open a sentence
 * ("Researcher Jussi Laaksonen … considers …").
 */
export const ROLE_CREDITS =
  /^\[?(?:(?:presenters?|hosts?|producers?|executive (?:editor|producer)s?|editors?|sound(?: design)?|music|mixing|artwork|research(?:er)?s?|camera|graphics|illustrations?)(?:\s*:\s*\S.{0,200}|\s+(?:at|for|of|with|and)\s.{0,200}|\s+(?:[^\s.:]+\s+){0,5}[^\s.:]+)|(?:edited|produced|mixed|hosted|presented) by\s*:?\s*\S.{0,200})$/i;

/**
 * A prompt to sign up for the newsroom's e-mails, in its language: "Receba no seu email as principais
 * notícias do dia. Cadastre-se na newsletter", "Få de viktigste nyhetene på e-post. Meld deg på her".
 */
export function isSignupPrompt(text: string): boolean {
  const t = text.trim();
  // "Receive essential international news every morning".
  if (
    wordCount(t) <= 20 &&
    /^(?:receive|get)\b[^.]{0,60}\b(?:news|headlines|stories|updates)\b[^.]{0,40}\b(?:every|each) (?:morning|afternoon|day|evening|week|weekday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/i.test(
      t,
    )
  )
    return true;
  // A newsletter's blurb: "Headlines from Pensacola and the Gulf Coast, every weekday morning.": headlines from
  // a place or a topic in capitals (the case read outside NOTICE's `i` flag). "Stories of looting reach the
  // capital …, every day." is a sentence.
  if (
    wordCount(t) <= 20 &&
    /^(?:[Tt]he\s+)?(?:(?:[Ll]atest|[Tt]op|[Bb]iggest)\s+)?(?:[Hh]eadlines|[Nn]ews|[Ss]tories|[Uu]pdates|[Hh]ighlights)\s+(?:from|on|about|for|across|in|around)\s+(?:(?:the|your|our)\s+)?\p{Lu}[^.,]{0,60},\s*(?:every|each)\s+(?:weekday\s+)?(?:morning|afternoon|evening|day|week|weekday)\.?$/u.test(
      t,
    )
  )
    return true;
  // "Start your day with the stories that matter, delivered every weekday at 6am".
  if (
    wordCount(t) <= 30 &&
    /\bdelivered (?:to you )?(?:every|each) (?:weekday|day|morning|evening|week)\b/i.test(t)
  )
    return true;
  return (
    wordCount(t) <= 30 &&
    /\b(?:newsletters?|e-?mails?|e-?post|inbox|nyhetsbrev|nyhedsbrev|boletim)\b/iu.test(t) &&
    /(?:sign up|subscribe|register|cadastre-se|inscreva-se|assine|meld deg på|tilmeld|anmäl|prenumerera|abonnieren|anmelden|inscrivez-vous|abonnez-vous|suscríbete|iscriviti|schrijf je in|zapisz się|přihlaste se|tilaa|get|receive|receba|få)/iu.test(
      t,
    ) &&
    !/\b(?:said|says|told|wrote|reported|according)\b/i.test(t)
  );
}

/** "Reporting from Washington and Paris": where the writers filed from, under the byline. */
export const REPORTING_FROM =
  /^Reporting from\s+\p{Lu}[\p{L}.'’-]+(?:(?:,\s*|\s+and\s+|\s+)\p{Lu}[\p{L}.'’-]+)*$/u;

/**
 * A live page's post byline: "From CNN’s Marcus Webb in Washington", "From CNN’s Rachel Donnelly and Tim Lister".
 * Case matters: "From Moscow’s point of view, …" is a sentence.
 */
export const LIVE_POST_BYLINE =
  /^From (?:the )?\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,3}[’']s (?:\p{Lu}[\p{L}'’.-]+ ){1,3}?\p{Lu}[\p{L}'’.-]+(?:(?:,| and) (?:\p{Lu}[\p{L}'’.-]+ ){1,3}?\p{Lu}[\p{L}'’.-]+)*(?: in \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2})?$/u;

/** The editor answerable for the page, as its footer names them: "Ansvarlig redaktør: …", "Editor-in-chief: …". */
export const EDITOR_LINE =
  /^(?:ansvarlig redaktør|ansvarshavende (?:chef)?redaktør|ansvarig utgivare|chefredaktør|chefredakteur(?:in)?|editor[- ]in[- ]chief|managing editor|executive editor|redaktør|redakteur(?:in)?|rédacteur en chef|directeur de la publication|redactor jefe|diretor(?:a)? de redação|päätoimittaja|redaktor naczelny|šéfredaktor(?:ka)?|főszerkesztő|genel yayın yönetmeni)\s*:/iu;

/**
 * Notices around an article, one kind a line: disclaimers, corrections prompts, calls to subscribe or follow,
 * licensing, appeals, comment rules. Each is matched at the start of a line.
 */
const NOTICE_STARTS = [
  String.raw`(?:the )?views expressed`,
  // "DISCLAIMER: The views, comments and opinions expressed by readers … do not necessarily reflect …".
  String.raw`(?:disclaimer\s*:\s*)?(?:the )?views,?(?: comments,?)?(?: and)? opinions expressed\b.{0,200}\b(?:do not|does not|don['’]t) necessarily\b.{0,120}$`,
  String.raw`\((?:edited|compiled|produced) by [\p{Lu}][^()]{1,60}\)$`,
  String.raw`\(with (?:inputs?|reporting) from (?:agencies|wires|[\p{Lu}][^()]{1,40})\)$`,
  String.raw`published by [\p{Lu}][\p{L}&.' ]{2,60}(?:$|\s+and distributed\b)`,
  String.raw`a version of this (?:article|story) appears in print\b`,
  String.raw`all quotes (?:are )?delayed\b`,
  String.raw`comments (?:have to|must|will) be\b`,
  String.raw`comments are (?:closed|disabled|turned off|moderated)\b`,
  String.raw`sign up to\b`,
  String.raw`this copy is for your (?:personal|own)\b`,
  String.raw`printed from\b`,
  String.raw`free article\b`,
  String.raw`our standards\b`,
  // Rounds 328–335: a wiki's and a community site's furniture, a think tank's disclaimer, a press office's contact.
  String.raw`authors,? please log in\b`,
  String.raw`all comments are (?:reviewed|moderated|checked) by\b`,
  String.raw`please treat (?:others|other (?:readers|commenters)|each other) with respect\b`,
  String.raw`content is available under (?:the )?creative commons\b`,
  String.raw`this page was last (?:edited|modified) on\b`,
  String.raw`from (?:wikinews|wikipedia), the free\b`,
  String.raw`have an opinion on this (?:story|article)\?`,
  String.raw`the (?:opinions|views) (?:expressed )?in this (?:commentary|article|piece|post|essay|analysis) (?:belong to|are (?:those )?of) the author`,
  String.raw`for (?:media|press) (?:enquiries|inquiries)\b`,
  String.raw`subscribe to\b`,
  String.raw`save articles to read later\b`,
  String.raw`click here to share\b`,
  String.raw`skip past newsletter promotion\b`,
  String.raw`follow [\p{Lu}][\p{L}’' ]{1,40}:$`,
  String.raw`follow (?:[\p{L}’']+\s+){0,2}coverage\b`,
  String.raw`voiced by artificial intelligence`,
  String.raw`press play to listen\b`,
  String.raw`(?:got|have) a (?:confidential )?(?:news )?tip\b`,
  String.raw`data is a real-time snapshot\b`,
  String.raw`data (?:also )?provided by\b`,
  String.raw`why you can trust\b`,
  String.raw`privacy notice:`,
  String.raw`the audio version of this (?:article|story) is\b`,
  String.raw`(?:this|the) (?:audio|voice) (?:is|was) (?:generated|produced)\b`,
  // A corrections appeal names the page or asks to be told; "If you find an error in the deal, …" is a story's.
  String.raw`if you (?:see|spot|notice|find) (?:a |an )?(?:mistake|typo|error)(?:s)?(?:\s+in (?:this|the|our) (?:article|story|text|report|piece|page|content)\b|[^.]{0,60}\b(?:let us know|contact us|tell us|e-?mail|please|notify|report it|ctrl)\b)`,
  String.raw`(?:have you|did you) (?:noticed|spotted|found|seen) (?:a |an )?(?:mistake|typo|error)\b`,
  String.raw`only (?:registered|logged[- ]in|signed[- ]in) (?:users|readers|members|subscribers) (?:can|may) (?:comment|post|reply)\b`,
  String.raw`stay (?:informed|updated|tuned)[!.,:]\s*(?:subscribe|follow|join)\b`,
  String.raw`add \p{Lu}[\p{L}&.'’ -]{1,30} to your (?:Google News|favou?rites|feed|news feed|home screen)\b`,
  String.raw`.{0,60}\blike us on (?:Facebook|X|Twitter|Instagram)\b`,
  String.raw`(?:using|use of|reproduction of|reprinting|citing|any use of) (?:the )?(?:site[’']s )?materials?\b.{0,80}\b(?:permitted|allowed|prohibited|forbidden)\b`,
  String.raw`(?:proudly )?powered by (?:WordPress(?: VIP)?|Newspack|Ghost|Arc XP|BLOX(?: CMS)?|Drupal)\b`,
  String.raw`start your (?:day|morning|week) with\b`,
  String.raw`we rely on (?:readers|supporters|members|people) like you\b`,
  String.raw`would you like to (?:comment|leave a comment|join the (?:discussion|conversation))\b`,
  String.raw`register\b.{0,30}\bor (?:sign|log) in\b`,
  String.raw`please read our (?:comments? |commenting |community )?(?:policy|guidelines|rules)\b`,
  String.raw`please (?:log ?in|sign in|register|subscribe) to (?:post|leave|add|write) (?:a )?comments?\b`,
  String.raw`please be civil\b`,
  String.raw`(?:site |website |theme )?(?:designed|developed|built) (?:and (?:developed|hosted) )?by [\p{L}\p{N}&.'’ -]{2,40}$`,
  String.raw`about the author\s*:`,
  String.raw`please support (?:us|our (?:independent |local )?(?:journalism|work|newsroom|reporting))\b`,
  String.raw`get unlimited access to\b`,
  String.raw`if you enjoyed this article\b`,
  String.raw`this field is for validation purposes\b`,
  String.raw`this site is protected by reCAPTCHA\b`,
  String.raw`substack is the home for\b`,
  String.raw`you[’']re reading a free article\b`,
  String.raw`independent (?:reporting|journalism) costs money\b`,
  String.raw`[\p{L}&.'’ ]{1,40} is funded by its (?:subscribers|readers|members)\b`,
  String.raw`do you have a story\b.{0,80}\b(?:get in touch|email|contact)\b`,
  String.raw`get (?:the )?[\p{L}&.'’ ]{1,40} delivered to your door\b`,
  String.raw`[\p{L}&.'’ ]{1,40} is owned by its readers\b`,
  String.raw`contact me with news and offers\b`,
  String.raw`you[’']ve read \d+ of your \d+ free articles\b`,
  String.raw`join like-minded readers\b`,
  String.raw`to join the discussion in the comments\b`,
  // "… So far this month: £11,240. Donate now": an appeal's button at its end, not "urged Britons to donate now".
  String.raw`.{0,200}[.:!]\s+(?:donate|subscribe|give) (?:now|today)[.!]?$`,
  String.raw`donations? (?:can|may) be made\b.{0,60}\b(?:PayPal|Vipps|Patreon|Stripe|MobilePay|Swish|credit card)\b`,
  String.raw`by (?:submitting|clicking|entering|providing|pressing)\b.{0,80}\byou(?:[’']re| are)? (?:agree|agreeing|consent|consenting)\b`,
  String.raw`our (?:journalists|reporters|newsroom) work(?:s)? hard\b`,
  String.raw`.{0,40}\bsubscribe to save articles\b`,
  String.raw`click here to read more\b`,
  String.raw`.{0,160}\bsign up (?:for|to) (?:our|the) (?:free )?(?:[\p{L}’'-]+ ){0,5}newsletter\b`,
  String.raw`follow us (?:on|at)\b`,
  String.raw`join (?:us|our \w+) on\b`,
  String.raw`transcript (?:is )?available\b`,
  String.raw`purchase licensing rights`,
  String.raw`download (?:the )?pdf`,
  String.raw`download (?:the |our )?[\p{L}\p{N} .&'’-]{0,40}\bapp\b`,
  String.raw`catch all the\b`,
  String.raw`print(?: this (?:page|article))?$`,
  String.raw`credits$`,
  // Not "Tags: Europe, Kyiv | Posted May 11, 2025": that one dates the page.
  String.raw`(?:tags|subjects):\s*(?![^|]*\|\s*(?:posted|published|updated)\b)\S`,
  String.raw`join the conversation\b`,
  String.raw`sign (?:in|up) (?:or register )?to comment`,
  String.raw`sign up for\b`,
  String.raw`enter your email`,
  String.raw`get the app$`,
  String.raw`start writing$`,
  String.raw`correction:`,
  String.raw`clarification:`,
  String.raw`editor[’']s note:`,
  String.raw`(?:this|the) (?:interview|article|story|transcript|conversation) (?:has been|was) (?:edited|condensed|conducted|translated|updated|corrected)\b`,
  String.raw`follow (?:[\p{L}’'&.]+\s+){1,3}on (?:WhatsApp|X|Twitter|Facebook|Instagram|Telegram|YouTube|TikTok|Threads|Bluesky|LinkedIn|Google News|Flipboard)\b`,
  String.raw`keep up with (?:all )?(?:the )?latest\b`,
  String.raw`send (?:us )?your (?:feedback|tips?|stor(?:y|ies)|comments|photos|pictures|videos|questions)\b`,
  String.raw`get involved with the news\b`,
  String.raw`join (?:our )?(?:commenting|comment|thought-provoking) (?:forum|conversations?|section)\b`,
  String.raw`(?:the )?\p{Lu}[\p{L}&.'’ ]{1,40} values your comments\b`,
  String.raw`we[’']ve been covering\b.{0,80}\bhelp us\b`,
  String.raw`help us keep going\b`,
  String.raw`(?:the )?\p{Lu}[\p{L}&.'’ ]{1,40} is funded by (?:its|our) readers\b`,
  // The whole line: "Gothamist is funded by sponsors and member donations", not a sentence that goes on.
  String.raw`[\p{L}&.'’ ]{1,40} is funded by (?:sponsors|members|donations|readers|listeners|viewers)(?: and (?:member |listener )?(?:donations|sponsors|members))?\.?$`,
  String.raw`become a (?:member|supporter|subscriber) today\b`,
  // An appeal's last words: "… we rely on our readers to keep doing it. Become a member today."
  String.raw`.{0,400}[.!?]\s+become a (?:member|supporter|subscriber)(?: today| now)?[.!]?$`,
  // Who to write to, at a wire story's end: "To contact the reporters on this story:".
  String.raw`to contact the (?:reporters?|editors?|authors?|writers?)(?: responsible)?(?: (?:on|for) this (?:story|article))?\s*:?$`,
  String.raw`(?:intraday|historical|real-time|delayed)\b.{0,40}\b(?:data|quotes?)\b.{0,60}\bprovided by\b`,
  String.raw`this article appeared in the [\p{L}\p{N} ]{1,40} edition\b`,
  String.raw`for (?:the )?terms of (?:use|reuse), see\b`,
  // Rounds 392–399: appeals and the publisher about itself on fact-checkers', charities' and blogs' pages; a
  // podcast's, a video page's and a radio station's own lines; a writer's disclaimer; tags and text ads.
  String.raw`thank you for (?:donating|your donation)\b.{0,80}$`,
  String.raw`.{0,80}\bjournalism is (?:(?:only |largely |entirely )?(?:paid for|funded|made possible|supported|sustained) by|free because)\s+(?:(?:our|its) )?(?:readers|members|listeners|viewers|supporters|people like you|you)\b.{0,200}$`,
  String.raw`.{0,100}\bis independent and relies on\b.{0,160}$`,
  String.raw`become an? (?:member|supporter|subscriber|insider|patron)(?:[.!]\s+.{0,200}|[.!]?)$`,
  String.raw`comments are (?:only )?(?:open|available) to [^.]{1,60}(?:\.\s+.{0,160}|\.?)$`,
  String.raw`what are your thoughts\?$`,
  String.raw`(?:the )?[\p{L}&.'’ -]{2,40} is the (?:news|current affairs) (?:service|department|division|arm|website) of\b.{0,160}$`,
  String.raw`[\p{L}\p{N}&.'’ -]{2,40} was (?:created|founded|established|launched|set up) in (?:19|20)\d{2}\b.{0,160}\bas an? (?:public service|non-?profit|not-for-profit|charity)\b.{0,120}$`,
  String.raw`.{0,60}\b(?:is )?a (?:registered charity|company limited by guarantee)\b.{0,200}$`,
  String.raw`.{0,60}\bhas (?:previously |also |already )?(?:debunked|fact-checked)\b.{0,120}\bhere\.?$`,
  String.raw`.{0,100}\b(?:available|licen[cs]ed) under (?:the |a )?creative commons\b.{0,120}$`,
  String.raw`.{0,300}\bthe (?:views|opinions) expressed (?:in this (?:article|piece|commentary|post) |here )?are (?:(?:solely|entirely) )?(?:his|her|their|the author['’]s|the authors['’]|my) own\b.{0,120}$`,
  String.raw`(?:(?:former|ex-|retired)\s+)?[\p{L} -]{0,40}\b(?:correspondent|reporter|journalist|editor|officer|diplomat|analyst|researcher)\.\s+(?:writes|covers) (?:about |on )?[^.]{2,80}\.?$`,
  String.raw`.{0,60}\bbrings together (?:journalists|reporters)\b.{0,200}$`,
  String.raw`published in (?!the\b)[\p{L}\p{N}&.'’ -]{2,40}$`,
  String.raw`read (?:the )?full (?:story|article) (?:on|at)\b.{1,60}$`,
  String.raw`available for (?:over |more than |another )?(?:a|an|one|\d+) (?:days?|weeks?|months?|years?)$`,
  String.raw`add to (?:my |your )?(?:list|playlist|queue|library|sounds|favou?rites|watchlist|calendar)$`,
  String.raw`this transcript (?:was|is|has been) (?:automatically |machine[- ])?(?:generated|produced|created)\b.{0,120}$`,
  String.raw`(?:previous|next)(?: episode| story| article| video| clip)?:\s[^.]{3,120}$`,
  String.raw`follow along (?:using|with) the transcript\.?$`,
  String.raw`(?:people|speakers|guests) in this (?:video|clip|program(?:me)?|episode)$`,
  String.raw`(?:transcript type|hosting organi[sz]ation|program(?:me)? id|air date|first aired)\s*:\s.{1,80}$`,
  String.raw`listen (?:to )?[\p{L}&.'’ ]{1,30} on (?:DAB|FM|AM|digital radio|smart speakers?|the app)\b.{0,160}$`,
  String.raw`.{0,60}\bjust say:?\s+[“"]?(?:alexa|hey google|ok google|siri)\b.{0,60}$`,
  String.raw`tagged\s*:\s.{1,200}$`,
  String.raw`(?:(?:text|sponsored|paid) ad|advertisement)\s*:\s.{1,200}$`,
  String.raw`get the [\p{L}\p{N}&.'’ -]{1,40} app (?:for|to get) (?:the )?(?:latest|breaking)\b.{0,120}$`,
  String.raw`\d{1,2}\s?min(?:ute)?s?\.?(?:\s+read)?$`,
  // Rounds 376–383: a forum's comment rows and prompts, a newsletter's own lines, a reader app's and a printed
  // copy's.
  String.raw`▲\s*\S+\s+\d+\s+(?:minutes?|hours?|days?|months?)\s+ago\b`,
  String.raw`sign (?:up|in) or (?:sign|log) (?:in|up) to (?:reply|comment)\b`,
  String.raw`forgot (?:account|password)\?$`,
  String.raw`more posts you may like$`,
  String.raw`.{0,120}\|\s*(?:views|opinions) (?:are )?(?:my own|mine)\.?$`,
  String.raw`enjoyed this\?`,
  String.raw`you(?:[’']re| are) receiving this(?: e-?mail| newsletter| message)? because\b`,
  String.raw`this (?:edition|newsletter|issue|episode|briefing) is (?:supported|sponsored|brought to you|presented) by\b`,
  String.raw`.{5,160}\s[-–—|]\s*read more\.?$`,
  // "Trump-Putin summit in Alaska ends with no ceasefire Read More »": a teaser with its link's arrow.
  String.raw`.{5,160}\sread (?:more|on|the (?:full )?(?:story|article))\s*[»›→>]+$`,
  String.raw`follow .{1,60} to get more stories\b`,
  String.raw`view (?:the )?original (?:story|article|post)\b`,
  String.raw`curator[’']s note:`,
  // Not one that dates the page: "Originally published on meridianpost.com on May 11, 2025".
  String.raw`originally published (?:at|on) (?:https?://)?[\p{L}\p{N}-]+\.[\p{L}.]{2,}(?!.*\b(?:19|20)\d{2}\b)`,
  String.raw`powered by \p{Lu}[\p{L}]{1,20}\.\s+content belongs to\b`,
  String.raw`.{0,60}\b[\d.,]+\s?[KkMm]?\s+followers?\s*[-–—·|•]\s*\+?\s*follow$`,
  String.raw`(?:.{1,40}\s)?(?:continued (?:on|from) page \d+|from page \d+)\.?$`,
  String.raw`page \d+ of \d+(?:\s*[-–—|]\s*.{0,80})?$`,
  // A browser's print header: the time it was printed, then the page's title, parted by a run of spaces.
  String.raw`\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?\s{3,}\S.{0,120}$`,
  // A quiz under the story: "Which city hosted Thursday's summit …? Submit your answer and check tomorrow's …".
  String.raw`.{0,200}[?]\s+(?:submit your answers?|take (?:the|our|today[’']?s) (?:daily |weekly )?quiz|test your knowledge)\b`,
  String.raw`have an idea for an? .{1,60}\bwrite for us\b`,
  // The publisher about itself at the foot: "Chatham House, the Royal Institute of International Affairs, is a
  // world-leading policy institute …".
  String.raw`\p{Lu}[\p{L}&.'’ ]{1,60}(?:,[^,]{1,80},)? is an? (?:world-leading|leading|independent|non-?profit|non-?partisan|global|international) (?:[\p{L}-]+ ){0,3}(?:think[- ]tank|policy institute|research (?:institute|organi[sz]ation|cent(?:re|er))|institute|charity|news (?:organi[sz]ation|agency|site|outlet))\b`,
  String.raw`time to read:?\s*\d+\s*min(?:ute)?s?\.?$`,
  String.raw`you have [\d.,]+\s?% of this (?:article|story) left to read\b`,
  // A machine translation's credit: "Translated from German by DeepL/ts".
  String.raw`translated from \p{L}+(?: (?:by|with) [\p{L}\p{N} /.&-]{1,40})?\.?$`,
  String.raw`support (?:independent|our) journalism\b`,
  String.raw`link copied!?$`,
  String.raw`this article appeared in the [\p{L} ]{1,40}section of the print edition`,
  String.raw`(?:main |top |header )?image credit\s*:`,
  String.raw`(?:the )?\p{Lu}[\p{L}&.'’ ]{1,40} is run by a small\b`,
  String.raw`get a head start on\b`,
  String.raw`we acknowledge (?:the )?(?:Aboriginal|First (?:Australians|Nations|Peoples)|traditional (?:custodians|owners))`,
  String.raw`this (?:service|site|article|page) may include material from\b`,
  String.raw`\p{Lu}{3,5} = .{5,60}\btime\b`,
  String.raw`support [\p{L}’' ]{0,30}journalism\b`,
  String.raw`press ctrl\s*\+\s*enter\b`,
  String.raw`copy\/paste the .{0,40}\bembed`,
  String.raw`appeared in the .{0,40}print edition\b`,
  String.raw`get (?:the |our )?[\p{L}’' ]{1,40}(?:newsletter|briefing|rundown|digest|bulletin)$`,
  String.raw`unlock (?:the |our )?[\p{L}’' ]{1,40} for free$`,
  String.raw`\p{Lu}[\p{L}&.' ]{1,40} acknowledges (?:the )?(?:First (?:Australians|Nations|Peoples)|Aboriginal|traditional (?:custodians|owners))`,
  String.raw`translation of an (?:original )?article\b`,
  String.raw`do not (?:sell|share)(?:\s*(?:\/|or)\s*(?:sell|share))? my (?:personal )?info(?:rmation)?$`,
  String.raw`\((?:updates?|adds|recasts|corrects|rewrites|changes)\b[^)]{0,120}\)$`,
  String.raw`find (?:the )?\p{Lu}[\p{L}&.'’ ]{1,40} on (?:WhatsApp|X|Twitter|Facebook|Instagram|Telegram|YouTube|TikTok|Threads|Bluesky|LinkedIn|Google News|Flipboard)\b`,
  String.raw`(?:our|the) [\p{L}'’ ]{1,40} podcast is (?:now )?(?:published|available|out)\b`,
  String.raw`(?:your (?:essential |daily |weekly )?|our (?:essential|daily|weekly) )guide to\b.{0,80}\bevery (?:weekday|day|morning|week|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b`,
  String.raw`.{0,120}\bin (?:this|our) (?:weekly |daily |free )?newsletter\.?$`,
  // Share buttons and save links, one to a line.
  String.raw`[\p{L} ]{1,50}\(opens in (?:a )?new (?:window|tab)\)$`,
  String.raw`click (?:here )?to (?:save|share|print|follow)\b`,
  String.raw`copy link\b.{0,20}$`,
  String.raw`add [\p{Lu}][\p{L}&.' ]{1,30} (?:on|as a (?:preferred|trusted) source on) Google\b`,
  // Newsletter and promotion prompts.
  String.raw`catch up on the (?:day|week)[’']s (?:biggest|top|latest)\b`,
  String.raw`get the latest (?:[\p{L}-]+ ){0,2}(?:news|headlines|updates)\b.{0,80}$`,
  String.raw`you may (?:occasionally )?receive promotional content\b`,
  // Readers' comments.
  String.raw`share what you think\b`,
  String.raw`the comments below have (?:not )?been moderated\b`,
  // Appeals for money and the outlet describing itself.
  String.raw`independent journalism costs money\b`,
  String.raw`your support (?:has never been|is) (?:more |now more |so |especially )?(?:important|vital|crucial|essential)\b`,
  String.raw`subscribe (?:now )?for (?:just |only )?[$€£]\d`,
  String.raw`\p{Lu}[\p{L}&.'’ ]{1,40} needs your (?:help|support)[.!]`,
  // An exiled newsroom's standing notice: "Novaya Gazeta Europe has been declared an “undesirable organisation”".
  String.raw`(?:\p{Lu}[\p{L}&.'’ ]{1,40}|we) (?:has|have) been (?:declared|designated|labell?ed|branded) (?:an? |as an? )?[“"]?(?:undesirable|foreign agent)`,
  String.raw`support us(?: on [\p{Lu}][\p{L}]+| today| now)?\s*!?$`,
  String.raw`support (?:the )?\p{Lu}[\p{L}.'’]*(?: \p{Lu}[\p{L}.'’]*){0,3}!$`,
  String.raw`a message from (?:the )?\p{Lu}[\p{L}&.'’ ]{1,40}:$`,
  String.raw`our (?:independent )?journalism is (?:only )?possible\b`,
  String.raw`\p{Lu}[\p{L}&.'’ ]{1,40} may (?:receive|earn) (?:a )?(?:compensation|commission) (?:for|from|on) (?:some )?(?:links|purchases|products)\b`,
  String.raw`to (?:suggest|report|request) a correction\b`,
  String.raw`we want (?:our|the) comments to be\b`,
  String.raw`we will use your (?:email|e-mail)\b`,
  String.raw`stay up on the (?:very )?latest\b`,
  String.raw`.{0,40}\btop headlines are here\b`,
  String.raw`share all sharing options\b`,
  String.raw`by signing up,? you agree\b`,
  String.raw`get the news you need\b`,
  String.raw`email (?:this )?to a friend$`,
  // Not "The plan is free to read because it was leaked": only a publisher's own, as it goes on.
  String.raw`\p{Lu}[\p{L}&.'’ ]{1,40} is (?:proudly )?(?:independent(?:,| and) )?free to read(?:[.,!;]|\s*$|\s+(?:for (?:everyone|all)|thanks to|and (?:always|will)|because (?:[\p{L}]+ ){0,3}(?:members|readers|subscribers|supporters)))`,
  String.raw`support [\p{L}&.'’ ]{1,40} (?:on|via) (?:Patreon|PayPal|Buy Me a Coffee)\b`,
  String.raw`by subscribing,? you (?:can )?help\b`,
  String.raw`.{0,80}\bquality journalism is (?:more )?(?:crucial|important|vital|essential|needed)\b`,
  String.raw`[\p{Lu}][\p{L}&.'’ ]{1,40} is the place where you (?:get|find|read)\b`,
  String.raw`part of the .{2,80}\b(?:Group|Media|Network)$`,
  // An audio version read by a machine, or a translation.
  String.raw`this (?:article |story )?is read by an automated voice\b`,
  String.raw`listen in \p{Lu}\p{Ll}+$`,
  String.raw`powered by (?:automated|machine|AI) translation\b`,
  // More newsletter, podcast and panel prompts, and consent to them.
  String.raw`get latest updates on\b`,
  String.raw`.{0,60}\bwith our (?:free )?(?:lunchtime|morning|evening|daily|weekly|weekend) (?:news )?(?:wrap|briefing|newsletter|digest|bulletin|round-?up)\b`,
  String.raw`want (?:a|the) [\p{L} ]{0,40}briefing\b`,
  String.raw`join the [\p{Lu}][\p{L}&.' ]{1,30} panel$`,
  String.raw`[\p{Lu}][\p{L}&.'’ ]{1,40} does not append comment threads\b`,
  String.raw`[\p{Lu}][\p{L}&.'’ ]{1,40} is (?:a )?part of [\p{Lu}][\p{L}&.'’ ]{1,40}$`,
  String.raw`click the (?:alert|bell) icon to follow\b`,
  String.raw`watch [\p{L}\p{N} .&'’-]{1,40} (?:for free )?on the [\p{L}\p{N} .&'’-]{1,40} app\b`,
  String.raw`this (?:article|story) (?:is )?tagged(?: under| with)?\s*:?$`,
  String.raw`this (?:article|story) is also related to\b`,
  String.raw`listen now to\b`,
  String.raw`members get unlimited access\b`,
  String.raw`keep up with (?:the latest|\p{Lu}[\p{L}]+)$`,
  String.raw`found a (?:mistake|typo|error) in this (?:article|story)\??$`,
  String.raw`report it to us\.?$`,
  // Rounds 82–84: prompts to follow, comment, subscribe or support, and the outlet's own credits.
  String.raw`(?:like|follow|join) (?:us|\p{Lu}[\p{L}\p{N}&.'’ ]{1,40}) on (?:WhatsApp|X|Twitter|Facebook|Instagram|Telegram|YouTube|TikTok|Threads|Bluesky|LinkedIn|Google News|Flipboard)\b.{0,80}$`,
  String.raw`.{0,40}\bsubscribers can (?:comment|join|read)\b`,
  String.raw`catch up on the (?:biggest|top|latest|day[’']s|week[’']s)\b.{0,100}\bevery (?:weekday|day|morning|evening|week|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b`,
  String.raw`our [\p{L} ]{1,30} (?:shares|picks|brings you|sends you|rounds up)\b.{0,100}\bevery (?:weekday|day|morning|evening|week|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b`,
  String.raw`this (?:service|newsletter) is not intended for\b`,
  String.raw`by clicking (?:subscribe|sign up|submit)\b`,
  String.raw`(?:spotted|found|noticed|see) (?:a |an )?(?:typo|mistake|error)\?`,
  String.raw`(?:proudly )?powered by WordPress(?:\.com)?(?: VIP)?$`,
  String.raw`readers like you (?:are )?(?:keep|make|help)`,
  String.raw`support us (?:from|for) (?:just |only )?[$€£]\d`,
  String.raw`send a (?:news )?tip\b.{0,40}$`,
  String.raw`\((?:[\p{L}]+ )?original by\b[^)]{0,160}\)$`,
  String.raw`click here (?:for|to read) the original\b.{0,40}$`,
  String.raw`thank you for your report!?$`,
  // A summary a machine wrote over the story, and notices of syndication and print.
  String.raw`summary is ai[- ]generated\b`,
  String.raw`this is (?:an )?ai[- ]generated summari[sz]ation\b`,
  String.raw`\(except for the headline, this story has not been edited\b`,
  String.raw`published in (?:the )?\p{Lu}[\p{L}&.'’ ]{1,40}, \p{Lu}\p{Ll}+ \d{1,2}(?:st|nd|rd|th)?, \d{4}\.?$`,
  String.raw`track latest news live on\b`,
  String.raw`don[’']t miss out on the latest\b`,
  String.raw`for feedback, complaints,? (?:or|and) (?:inquiries|enquiries)\b`,
  // The label of a summary box over its points.
  String.raw`(?:what you need to know|key (?:points|takeaways|facts)|at a glance|in brief|the big picture|quick read)\s*:?$`,
  String.raw`\(catch all the\b`,
  String.raw`we care about the protection of your data\b`,
  String.raw`(?:privacy:\s*)?we never share your (?:email|e-mail)(?: address)?\b`,
  String.raw`«\s*[^»]{2,40}\s*»$`,
  String.raw`comments are subject to\b`,
  String.raw`registered in (?:england|scotland|wales|northern ireland|ireland)\b`,
  String.raw`listen to [\p{Lu}][\p{L}&. ]{1,30} live on\b`,
  String.raw`for more stories like this\b`,
  String.raw`read \d+ articles? and\b`,
  String.raw`spin the wheel\b`,
  String.raw`to (?:view|watch|play) this video\b`,
  String.raw`[\p{Lu}][\p{L}.&'’ ]{1,40} is the website of\b`,
  String.raw`i would like to be emailed\b`,
  String.raw`code of conduct(?: and complaints)?$`,
  String.raw`.{1,60}\beach (?:a )?property of\b`,
  String.raw`this (?:article|story) is (?:more|over) than (?:\d+|a|an|one|two|three) (?:days?|weeks?|months?|years?) old$`,
  String.raw`stay updated with the latest\b`,
  String.raw`(?:thank you\.?\s*)?please check your inbox\b`,
  // Tip lines and terms of reuse.
  String.raw`do you have a story for\b`,
  String.raw`email us at\b`,
  String.raw`when (?:citing|quoting|using|reproducing)\b.{0,60}\bmaterials?\b`,
  // Newsletters described, and the fine print of signing up.
  String.raw`.{0,100}\b(?:in|to|into) your inbox\b.{0,40}$`,
  String.raw`keep up to date with\b.{0,100}$`,
  String.raw`you can unsubscribe at any time\b`,
  String.raw`topics in this (?:article|story)\b`,
  // An academic outlet's funders.
  String.raw`.{2,80}\bprovides? funding as (?:a )?(?:founding )?(?:partner|member)s? of\b`,
  // Saving and sharing prompts, an outlet describing itself, its company's name alone.
  String.raw`you can save this (?:article|story)\b`,
  String.raw`enjoying this (?:article|story)\?`,
  String.raw`the video will auto-?play\b`,
  String.raw`join (?:the|our) [\p{L}&.'’ ]{1,40} (?:WhatsApp|Telegram|Facebook|Signal) (?:community|channel|group)\b`,
  // "Join our Telegram channel", "Follow our WhatsApp channel for breaking news updates".
  String.raw`(?:join|follow|subscribe to)\s+(?:our|the)\s+(?:[\p{L}&.'’-]+\s+){0,3}?(?:WhatsApp|Telegram|Viber|Signal|Facebook|Instagram|YouTube|TikTok)\s+(?:channel|community|group|page|account)(?:\s+(?:for|to get)\s+[^.]{1,60})?[.!]?$`,
  // An acknowledgement of country: "InDaily acknowledges the Kaurna people as the Traditional Custodians …".
  String.raw`[\p{L}.&'’ ]{2,60} acknowledges the [\p{L}'’ -]{2,60} (?:people|peoples|nations?) as the traditional (?:custodians|owners)\b.{0,200}$`,
  // Publishers' appeals: "… is free to read because thousands of members chip in", "… Help us keep it that way.",
  // "… Independent journalism costs money. If you value it, please subscribe.".
  String.raw`(?:kia ora!?\s+)?[\p{L}.&'’ ]{2,40} is free to read because (?:[\p{L}]+ ){0,3}(?:members|readers|subscribers|supporters)\b.{0,200}$`,
  String.raw`[\p{L}.&'’ ]{2,40} is [^.]{0,60}\b(?:independent|free-to-read|free to read)\b[^.]{0,40}\.\s+help us keep it\b.{0,40}$`,
  String.raw`[^.]{1,160}\.\s+independent journalism costs money\b.{0,160}$`,
  // "Commenting on Crikey is for paying members only."
  String.raw`commenting on [\p{L}.&'’ ]{2,40} is (?:for|open to|only for|reserved for) (?:paying )?(?:members|subscribers)\b.{0,200}$`,
  // A login window scraped with the page, and its messages.
  String.raw`invalid (?:username|e-?mail)(?:\s*(?:\/|or|and)\s*password)?\.?$`,
  String.raw`please check your e-?mail to confirm and complete your registration\.?$`,
  String.raw`use the form below to reset your password\b.{0,160}$`,
  String.raw`comments are (?:not available|closed|disabled) (?:on|for) this (?:story|article)\.?$`,
  String.raw`send questions(?:\s*\/\s*|\s+(?:and|or)\s+)comments to the editors?\.?$`,
  // "Your contribution helps the Record-Journal keep reporting on …".
  String.raw`your (?:contribution|support|donation|subscription) helps (?:(?:us|the [\p{L}.&'’-]+(?: [\p{L}.&'’-]+){0,2}) )?(?:to )?(?:keep|fund|pay|sustain|continue|support)\b.{0,140}$`,
  // A comment section's rules: "We want comments on this site to be lively and useful …".
  String.raw`we want (?:the )?comments on this site to be\b.{0,200}$`,
  // Readers asked for their views: "Want to have your say on this story? Click here …", "Do you want to respond
  // to this article? If so, click here …".
  String.raw`(?:do you )?want to (?:have your say|respond to this (?:article|story))\b.{0,200}$`,
  // A station's trail: "Hear more on Manx Radio News at the top of every hour."
  String.raw`(?:hear|listen to) (?:more|the latest) on [\p{L}&' ]{2,40} (?:at the top of every hour|on air|on our app)\b.{0,40}$`,
  // A publisher that asks for support: "Wokingham Today is run as a community interest company. If you value …".
  String.raw`[\p{L}.&'’ ]{2,60} is (?:run as |a |an )?(?:a )?(?:community interest company|not-for-profit|non-profit|nonprofit|charity|reader-funded)\b[^.]{0,80}\.\s+.{0,160}\b(?:support(?:ing)? us|donat|subscrib|contribut|chip in|paywall)\w*\b.{0,80}$`,
  // "- AFP, with Herald staff": the agency and the paper's own writers under the story.
  String.raw`[-–—]?\s*(?:AFP|AP|AAP|Reuters|PA|dpa|Bloomberg),?\s+with\s+(?:the\s+)?[\p{L}.' ]{1,40}\s+(?:staff|reporters?|writers?)$`,
  // A prompt to follow the topic: "Don’t miss out on the headlines from Europe. Followed categories will be added
  // to My News."
  String.raw`don['’]t miss out on the (?:latest |top )?(?:headlines|news|stories)\b.{0,120}$`,
  String.raw`followed (?:categories|topics) will be added to\b.{0,40}$`,
  // "Become a Tyee Builder": a membership's name.
  String.raw`become an? [\p{L}&'’ ]{1,30} (?:builder|member|supporter|patron|insider|subscriber|friend)$`,
  // A comment section's rules: "Comments that violate guidelines risk being deleted, …", "Do: Verify facts, …
  // Don't: Troll, …".
  String.raw`comments that (?:violate|break|breach|do not follow)\b.{0,160}$`,
  String.raw`do:\s.{1,100}\bdon['’]t:\s.{1,80}$`,
  // "Share: Facebook X LinkedIn Email Print": a share widget's buttons on one line.
  String.raw`share(?: this(?: article| story)?)?:\s*(?:(?:facebook|x|twitter|linkedin|email|e-mail|print|whatsapp|telegram|reddit|copy link|bluesky|threads)\b[\s|·•,]*){2,}$`,
  // "File photo.": what kind of picture, alone on its line.
  String.raw`(?:file|archive|stock|illustrative) (?:photo|picture|image)\.?$`,
  // What the outlet is: "The Ghana News Agency is the national news wire service, …", "Asia News Network is an
  // alliance of leading news organisations in Asia."
  String.raw`(?:the )?[\p{L}&.'’ -]{2,40} is (?![^.]*\b(?:said|says|reported|reports|quoted|cited|told|wrote)\b)(?:the (?:national|official|state|leading|largest|country['’]s) (?:news (?:wire|agency)|wire service|news wire service|news service|broadcaster)|an? (?:alliance|network|group|consortium) of (?:leading |independent )?(?:news|media)\b).{0,160}$`,
  // "The Korea Herald/Asia News Network": a paper and the network it shares its stories through.
  String.raw`(?:the )?[\p{L}&.'’ -]{2,30}\b(?:herald|times|news|post|network|daily|journal|tribune|star|press|agency|mail|gazette)\/(?:the )?[\p{L}&.'’ -]{2,30}\b(?:herald|times|news|post|network|daily|journal|tribune|star|press|agency|mail|gazette)$`,
  // "Hudson Valley One is your community newspaper. Subscribe to …", "Support The Berlin Spectator: Independent
  // journalism … needs your help. Donate via PayPal …": the paper asking for its readers' money.
  String.raw`[\p{L}\p{N}&.'’ -]{2,40} is your (?:local |community |independent )*(?:newspaper|paper|news source|newsroom)\.\s+(?:subscribe|support|donate|become)\b.{0,120}$`,
  String.raw`support [\p{L}\p{N}&.'’ -]{2,40}:\s+(?:independent |local |quality )?journalism\b.{0,120}\b(?:donate|subscribe|contribute)\b.{0,80}$`,
  // "If you have found an error in the text, select it and press Ctrl+Enter to notify the editors."
  String.raw`if you (?:have )?(?:found|find|spot(?:ted)?|notice[d]?) an? (?:error|mistake|typo)\b.{0,80}\bctrl\s*\+\s*enter\b.{0,60}$`,
  // "More by Leo Castellano": the writer's other stories.
  String.raw`more (?:stories |articles )?(?:by|from) \p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$`,
  // "This article first appeared on CT Mirror and is republished here under a Creative Commons license."
  String.raw`this (?:article|story) (?:first|originally) appeared (?:on|in) [^.]{1,60}\band (?:is|was) republished\b.{0,120}$`,
  // "This story was produced by Reuters.": the wire that wrote it.
  String.raw`this (?:story|article|report) was (?:produced|written|reported|provided) by (?:the )?\p{Lu}[\p{L}&.'’ -]{1,40}\.?$`,
  // "Northern Advocate is part of NZME. Got a story? …", "Have a story tip? Contact the Nelson Mail newsroom."
  String.raw`\p{Lu}[\p{L}&.'’ -]{1,40} is part of \p{Lu}[\p{L}&.'’ -]{1,30}\.\s+(?:got|have) a (?:news |story )?(?:tip|story)\?.{0,120}$`,
  String.raw`(?:got|have) a (?:news |story )?(?:tip|story)\?\s+(?:contact|email|e-mail|call|send|tell)\b.{0,100}$`,
  // "Kia ora, thanks for reading. Support Stuff's journalism from $1."
  String.raw`(?:kia ora,?\s+)?thanks for reading\.\s+(?:support|subscribe|donate|become)\b.{0,120}$`,
  // "Get the Stuff app for breaking news alerts."
  String.raw`(?:get|download) the (?:[\p{L}&'’-]+\s+){1,3}app (?:for|to get)\b[^.,;]{0,50}\.?$`,
  // "Follow World to get the latest headlines added to My News.": the same prompt, for one topic.
  String.raw`follow [\p{L}&'’ ]{1,40} to get (?:the )?(?:latest )?(?:headlines|news|stories|updates)\b[^.]{0,40}\badded to\b.{0,40}$`,
  // "Your morning briefing from the Addy": a newsletter's title over its sign-up box.
  String.raw`your (?:daily |morning |evening |weekly |weekday |weekend |afternoon )+(?:news )?(?:briefing|digest|newsletter|update|round-?up|bulletin)\b[^.!?]{0,40}$`,
  // "We take care of your data. Read our Privacy Policy.": the sign-up box's note.
  String.raw`(?:we (?:take care of|protect|respect) your (?:data|privacy)\.\s+)?read our privacy (?:policy|notice)\.?$`,
  // "Support the Santa Barbara Independent through a long-term or a single contribution."
  String.raw`support [^.!?]{1,60}\b(?:through|with) (?:a|your)\b[^.!?]{0,40}\b(?:contribution|donation|membership|subscription)s?\.?$`,
  // "Telex English is made possible by its readers. Support independent Hungarian journalism."
  String.raw`[\p{L}\p{N}&.'’ -]{1,40} is made possible by (?:its|our) (?:readers|supporters|members|donors)(?:[.,]|$).{0,120}$`,
  // "(At The Quint, we answer only to our audience. Help shape our journalism by becoming a member, …)"
  String.raw`\(?at [\p{L}\p{N}&.'’ -]{1,40}, we answer only to (?:our )?(?:audience|readers)\b.{0,200}$`,
  // "Issue: Vol. 42, No. 07": a magazine's issue.
  String.raw`(?:issue\s*:\s*)?vol(?:ume)?\.?\s*\d{1,4},?\s+(?:no|issue)\.?\s*\d{1,4}$`,
  // "Read related topics:UkraineVladimir Putin": a topics row, its links run together.
  String.raw`read related topics\s*:.{0,120}$`,
  // A footer's links: "Terms and Conditions - Digital Subscription".
  String.raw`terms (?:and|&) conditions\s*[-–—|:]\s*[\p{L} ]{1,40}$`,
  // Comment sections: "You must be logged in to join the discussion …", "We encourage all readers to share …".
  String.raw`you must be (?:logged|signed) in to\b.{0,80}$`,
  String.raw`we encourage (?:all )?(?:our )?readers to share their views\b.{0,200}$`,
  // A think tank's disclaimer: "Chatham House does not express opinions of its own. The opinions expressed …".
  String.raw`[\p{L}.&'’ ]{2,40} does not (?:express|hold|take) (?:opinions|views|positions) of its own\b.{0,200}$`,
  String.raw`the (?:opinions|views) expressed in this (?:publication|article|piece|commentary) are (?:the responsibility|those) of\b.{0,80}$`,
  // The Trust Project's box, a comment section's rules, comments for subscribers only.
  String.raw`(?:we are (?:a )?part of|what is) the trust project\b.{0,40}$`,
  String.raw`(?:be proactive\.\s+)?use the ['‘"“]?report['’"”]? link (?:on|beside|next to) (?:each|every|any) comment\b.{0,80}$`,
  String.raw`only (?:subscribers|members) can (?:view|read|see)(?: and (?:post|write))? comments\b.{0,80}$`,
  // "This article was first published in French on Paperjam.lu. It has been translated …": a syndication note.
  // Not "… in the print edition of The Saturday Paper on March 8, 2025 as …": that one dates the page.
  String.raw`this (?:article|story|piece) was (?:first |originally )?published in \p{L}+ (?:on|by|in)\b.{1,120}$`,
  // "Tag someone who needs to see this 👇"; an advert's call to act: "… rates for residents. Book now".
  String.raw`tag (?:someone|a friend|your friends?|a mate) who\b.{0,60}$`,
  String.raw`[^.!?]{3,120}[.!]\s+(?:book|shop|order|buy) now[.!]?$`,
  // A comment form's boxes: "Notify me of follow-up comments by email", "Notify me of new posts by email".
  String.raw`notify me of (?:follow-up comments|new (?:posts|comments|replies))\b.{0,30}$`,
  // "Listen to this article with a free account", "To comment on this story, sign in with your subscriber account."
  String.raw`listen to this (?:article|story)\b.{0,40}\b(?:free account|subscribers?|sign in|log in)\b.{0,20}$`,
  String.raw`to comment(?: on this (?:story|article))?,\s+(?:please\s+)?(?:sign|log) ?in\b.{0,60}$`,
  // "Click here if you are having a problem viewing the photos on a mobile device".
  String.raw`click here if you(?: are|['’]re) having (?:a )?(?:problems?|trouble) (?:viewing|seeing|loading)\b.{0,60}$`,
  // "We bring you the news that matters from …. Your support keeps it coming.": a reader-funding appeal.
  String.raw`(?:[^.]{1,120}\.\s+)?your support (?:keeps|helps keep|makes|helps make) (?:it|us|this|our (?:journalism|reporting|work)) (?:coming|going|free|independent|possible|alive)\b\.?$`,
  String.raw`this (?:story|article) has been viewed [\d,]+ times\b`,
  String.raw`comments (?:are )?not loaded\b`,
  String.raw`send this (?:page|article|story) to\b`,
  String.raw`add to your saved stories$`,
  String.raw`share this item (?:on|via)\b`,
  String.raw`click to play video\b`,
  String.raw`by providing your email(?: address)?\b`,
  String.raw`share or comment on this article\b`,
  String.raw`this advertisement has not loaded yet\b`,
  String.raw`this article was published (?:in|on|by) [\p{L}\d.-]+\.(?:com|net|org|co\.\w+|\w{2})\b`,
  String.raw`published in [\p{Lu}][\p{L}&.'’ ]{1,30}, [\p{L}]+ \d{1,2}(?:st|nd|rd|th)?,? \d{4}$`,
  String.raw`(?:stay up to date|get the latest news)\b.{0,60}\bWhatsApp\b`,
  String.raw`join [\p{Lu}][\p{L}&.'’ ]{0,20}['’]s (?:WhatsApp|Telegram) (?:channel|community|group)\b`,
  String.raw`(?:last )?updated?:?\s+(?:about\s+)?(?:an?|\d+)\s+(?:minutes?|hours?|days?)\s+ago$`,
  String.raw`share this (?:story|article)\s*:`,
  String.raw`[\p{Lu}][\p{L}&.'’ ]{1,40} tells the [\p{L}’' ]{0,30}stories you\b`,
  String.raw`[\p{Lu}][\p{L}&.'’ -]{1,40},? (?:Inc|Ltd|LLC|plc|GmbH|Corp)\.?$`,
  // Comment forms, sign-up boxes, bookmark and player messages, audio widgets, app and channel promotions.
  String.raw`leave a (?:reply|comment)\b`,
  String.raw`reading time\s*:?\s*\d+\s*mins?\.?(?:\s+read)?$`,
  String.raw`your email address will not be published\b`,
  String.raw`required fields are marked\b`,
  String.raw`to find out more, including how to control cookies\b`,
  String.raw`be the first to know$`,
  String.raw`sign up!?$`,
  String.raw`explore all your options$`,
  String.raw`register (?:now )?for free\b`,
  String.raw`thank you for (?:subscribing|signing up)\b`,
  String.raw`the video will (?:start|play|begin) in \d+`,
  String.raw`join the (?:debate|conversation|discussion) by commenting\b`,
  String.raw`you can find this (?:story|article) in\b`,
  String.raw`or by navigating to the user icon\b`,
  String.raw`listen to [\p{L}\p{N}&. ]{1,30} for the latest news\b`,
  String.raw`watch [\p{L}\p{N}&. ]{1,30} on (?:Freeview|Freesat|Sky|Virgin Media)\b`,
  String.raw`[\p{L}\p{N}.&'’ -]{1,40} is now on (?:Viber|WhatsApp|Telegram|Google News)\b`,
  String.raw`only have a minute\?\s*listen\b`,
  String.raw`powered by Trinity Audio\b`,
  String.raw`.{0,80}\bright in the palm of your hand\.?$`,
  String.raw`in ["“][\p{L}\p{N}&'’ -]{1,40}["”]$`,
  String.raw`[\p{L}\p{N}.&'’ -]{1,40} is an? (?:independent,? )?reader-(?:funded|supported)\b`,
  String.raw`the (?:day|week|month)[’']s (?:most important|biggest|top|best) (?:stories|news|reads)\b`,
  String.raw`\*?\s*I (?:understand and )?agree (?:that|to)\b.{0,80}\b(?:terms|user agreement|privacy policy)\b`,
  String.raw`listen to .{1,60}\bpodcast\b`,
  String.raw`note to readers\s*:`,
  String.raw`thank you for relying on us\b`,
  String.raw`if you (?:purchase|buy) (?:something|a product)\b`,
  String.raw`the material on this site may not be reproduced\b`,
  String.raw`community rules apply\b`,
  String.raw`submit a (?:news )?tip$`,
  String.raw`information from .{1,50} was used in this (?:report|story|article)\b`,
  String.raw`profile (?:image|photo|picture) of\b`,
  String.raw`more by this author$`,
  String.raw`please (?:log ?in|sign in) or register to\b`,
  String.raw`have your say in the comments\b`,
  // "Should the UK send troops …? Email us at letters@peterboroughtoday.co.uk": readers asked to write in.
  String.raw`(?:[^.?!]{1,200}\?\s+)?(?:e-?mail|write to|contact) us (?:at|on)\s+[\w.+-]+@[\w-]+\.[\w.-]+\.?$`,
  // Why comments are for subscribers; a press code the site keeps; an appeal for donations.
  String.raw`we are committed to providing a space for (?:respectful )?(?:debate|discussion)\b`,
  String.raw`we value your comments\b`,
  // A newsletter's or an app's heading: "Get the morning headlines", "Take Us With You".
  String.raw`get the (?:morning|evening|daily|latest|weekly) (?:headlines|news|briefing|update)$`,
  String.raw`take us with you$`,
  String.raw`audio (?:created|generated|produced) (?:using|with|by) ai\b.{0,40}$`,
  String.raw`watch more of our videos on\b.{0,40}$`,
  String.raw`(?:and )?(?:watch )?live on freeview channel \d+\.?$`,
  String.raw`see our privacy (?:notice|policy)\.?$`,
  // "This is an English summary of an article originally published in German. …"
  String.raw`this is an english (?:summary|translation|version) of\b`,
  String.raw`please read our (?:commenting|comment|community) (?:policy|guidelines|rules)\b`,
  String.raw`.{0,80}\blimiting comments to subscribers\b`,
  String.raw`this (?:website|site)(?: and its associated (?:newspapers?|titles?))? adheres? to\b`,
  String.raw`.{0,120}\bif you (?:value|appreciate|enjoy) (?:our|this) (?:work|journalism|reporting)\b.{0,80}\b(?:support|donat|contribut)`,
  // "Do you think the UK should send troops …? Let us know in the comments below.": the question may come first.
  String.raw`(?:[^.?!]{1,200}\?\s+)?(?:let us know|tell us|share your (?:thoughts|views|opinions?)|join the (?:debate|conversation|discussion))\b[^,;.]{0,60}\bin the comments?(?: section)?(?: below)?[.!]?$`,
  String.raw`we have more newsletters\b`,
  // A newsletter box's heading: "Chichester Observer daily newsletter", "The Morning Briefing newsletter".
  String.raw`[\p{L}\p{N}&'’ -]{1,40}\b(?:daily|weekly|morning|evening|breaking news|briefing)\s+(?:newsletter|bulletin)$`,
  String.raw`planning a trip to [\p{L} ]{2,30}\?\s*check out\b`,
  String.raw`our (?:daily|weekly|monthly) newsletter (?:with|for|on)\b`,
  String.raw`get your news on the go\b`,
  String.raw`.{0,60}\bclick here to join\b`,
  String.raw`(?:log ?in|sign in)(?: or register)? to (?:(?:write|post|leave) (?:a )?)?comments?\b`,
  // Comment forms and their rules, share prompts.
  String.raw`kindly share this (?:story|article|post)\b`,
  String.raw`save my name,? e-?mail,? and website in this browser\b`,
  String.raw`we invite (?:all )?(?:of )?our readers to share\b`,
  String.raw`send to a friend$`,
  String.raw`something went wrong,? please try again\b`,
  // Print, syndication and network notes.
  String.raw`\(?only the headline\b.{0,200}\bsyndicated feed\b`,
  String.raw`part of .{1,40}\bnewspaper network\.?$`,
  // Subscriptions and machine narration.
  String.raw`already (?:a )?subscri(?:bed|ber)\?\s*(?:log|sign) in\b`,
  // "Unlimited access to local news, Missouri State sports and more. Only $1 for 6 months."
  String.raw`(?:get )?unlimited (?:digital )?access to\b.{0,80}\b(?:for|only) (?:just |only )?[$£€]\s?\d`,
  String.raw`(?:powered|narrated|voiced) by (?:ai|artificial intelligence)\b.{0,20}$`,
  String.raw`this (?:audio|narration|voice-?over) (?:is|was) (?:auto-?generated|ai-generated|computer-generated)\b`,
  String.raw`this (?:article|story) (?:originally|first) appeared (?:in|on) .{2,60}$`,
  String.raw`this (?:story|article|report) includes reporting (?:from|by) .{2,120}$`,
  // Alerts, site software, calls for readers' news, press codes, players and consent.
  String.raw`get up-to-the-minute news\b`,
  String.raw`powered by [\p{L}\p{N} .]{1,40} content management system\b`,
  String.raw`got a story\?\s*(?:send|contact|email|e-mail|tell)\b`,
  // A newsletter form's messages, saved-article and comment notes, wire credits at the foot.
  String.raw`thanks? (?:you )?for signing up\b`,
  String.raw`story continues below(?: (?:the )?(?:photo gallery|gallery|video|advertisement|ad))?$`,
  String.raw`read the rules here$`,
  String.raw`to comment,? you must be (?:logged in|a subscriber|registered|signed in)\b`,
  String.raw`(?:get [\p{L}.'’ ]{2,40} (?:breaking )?news straight to your phone on whatsapp|join (?:our|the|[\p{L}.'’ ]{2,30}) whatsapp (?:community|channel))\b`,
  String.raw`a welcome email is on its way\b`,
  String.raw`we encountered an (?:issue|error|problem)\b`,
  String.raw`interested in more newsletters\?`,
  String.raw`you can manage (?:your )?saved (?:articles|stories)\b`,
  String.raw`conversations are (?:the )?opinions of our readers\b`,
  String.raw`this (?:report|story|article) by [\p{Lu}][\p{L}.'’ ]{1,40} was first published\b`,
  String.raw`[—–-]\s*[\p{Lu}][\p{L}.]{1,20},\s+with (?:additional )?(?:reporting|input)\b`,
  String.raw`shop the latest (?:offers|deals)\b`,
  String.raw`originally published as\b`,
  String.raw`editorial code of conduct$`,
  String.raw`full access to .{1,60} is (?:available|reserved) (?:to|for) (?:subscribers|members)\b`,
  // Consent, affiliate and membership notes, a paywall's pitch, a comment section's policy.
  String.raw`we and our \d+ (?:partners|vendors)\b`,
  String.raw`(?:the )?\p{Lu}[\p{L}&.'’ ]{1,40} is reader-supported\b`,
  String.raw`your subscription makes (?:stories|journalism|reporting|this)\b`,
  String.raw`comment(?:ing)? policy\s*:`,
  String.raw`\(\d+(?:[.,]\d+)?\s*[\p{L}$€£]{1,4}\s*=\s*\d+(?:[.,]\d+)?\s*[\p{L}$€£]{1,4}\)$`,
  String.raw`this (?:site|website) follows the editors[’']? code of practice\b`,
  String.raw`your browser does not support the (?:audio|video)\b`,
  String.raw`this (?:site|website) uses cookies\.\s*by continuing\b`,
  // Terms of use, cookie and comment notices named after the site: "Use of MIA content without a valid
  // subscription …", "CdM uses cookies for analytics …", "Comments are the responsibility of their authors."
  String.raw`use of [\p{L}\p{N}&.'’ -]{1,40} content without\b`,
  // "Este site utiliza cookies …", "Ce site utilise des cookies …": in the site's own language too.
  String.raw`(?:[\p{L}\p{N}&.'’ -]{1,40} )?(?:uses|utiliza|usa|utilise|utilisent|utilizza|verwendet|nutzt|gebruikt|używa|använder|bruger|bruker|käyttää)(?: des)? cookies\b`,
  // A newsletter form's error, a comment prompt whose links the scraper dropped.
  String.raw`sorry,? there (?:seems?|seem|was|were|has been) (?:to be )?(?:some|an?) (?:issues?|problems?|errors?)\b`,
  String.raw`want to join the conversation\?`,
  String.raw`comments are the (?:sole )?responsibility of\b`,
  // A wire compilation's credits and the print edition's headline: "Information for this article was
  // contributed by …", "Print Headline: …"; a comment box over the headline ("Comments on: …") and its prompt.
  String.raw`information for this (?:article|story|report) was (?:contributed|provided) by\b`,
  String.raw`print headline\s*:`,
  String.raw`comments? on\s*:\s*\S`,
  String.raw`to join the (?:conversation|discussion)\b.{0,40}\b(?:log ?in|sign ?in|subscribe|register)\b`,
  String.raw`this (?:document|article|story|content|material|page) may not be (?:reprinted|reproduced|republished|copied|redistributed)\b`,
  // A writer's and a paywall's pitches: "Support my work with a digital subscription", "Read all … articles … for
  // 1 euro for the first month", "Access all of The Cipher Brief’s … by becoming a Subscriber+Member", "Read more
  // expert-driven … insights … in The Cipher Brief", "Get the news that matters to you."
  String.raw`support my (?:work|journalism|reporting)\b`,
  String.raw`.{0,120}\b(?:articles?|stor(?:y|ies)|subscriptions?|subscribe|access|journalism)\b.{0,80}\bfor (?:just |only )?(?:[$£€]\s?\d[\d.,]*|\d[\d.,]*\s*(?:euros?|EUR|dollars?|pounds?|cents?))\s+(?:for|in|during) the first (?:month|week|year|\d+ (?:months|weeks))\b`,
  String.raw`(?:get |gain )?(?:unlimited )?access (?:to )?all (?:of )?.{1,100}\bby becoming an? (?:subscriber|member|supporter)\b[^,]{0,20}[.!]?$`,
  String.raw`read more (?:[\p{L}-]+[\s,]+){0,8}(?:insights?|analysis|perspectives?|commentary)\b.{0,80}\bin (?:the )?\p{Lu}`,
  String.raw`get the (?:news|stories|headlines|updates) that matters? (?:to you|most)\b`,
  // Links and notes around the story: "Click here to view comments", "The Victoria Advocate is a nonprofit
  // newsroom.", "Alle Rechte vorbehalten.", "Translated from French by the Libération in English team.", "This
  // article was first published in Swedish and has been translated …", a writer's job alone ("Political
  // correspondent in Berlin."), a newsletter's blurb ("The newsletter with the best of Corriere, in English, every
  // Saturday."), "Join the debate – log in to comment", "Get the Sun's Daily Headlines", "Posted in World News on
  // … | Tags: …", a signature with its date in brackets ("(Katharina Wenzl, Theresa Gruber, 5.9.2025)").
  String.raw`click here (?:to|for)\b[^.!?]{0,40}$`,
  String.raw`[\p{L}&.'’ -]{1,40} is an? (?:nonprofit|non-profit|not-for-profit|reader-funded|reader-supported) (?:newsroom|news organi[sz]ation|publication|news site)\b`,
  String.raw`(?:alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|alle rettigheder forbeholdes|alle rettigheter reservert|alla rättigheter förbehållna)\b`,
  String.raw`translated (?:from [\p{L}]+ )?(?:into english )?by (?:the )?[\p{L}’'. -]{2,60}(?:team|staff|desk|editors|editorial staff)\b`,
  String.raw`this (?:article|story|piece) was (?:first|originally) published in [\p{L}]+ and (?:has been|was) translated\b`,
  String.raw`[^.!?]{0,40}\b(?:newsletter|briefing|digest|stories|news|headlines|explained)\b[^!?]{0,80}[,.]\s*every (?:weekday|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+and\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?)\.?$`,
  String.raw`join the (?:debate|discussion|conversation)\s*[–—:-]\s*(?:log|sign) in\b`,
  String.raw`get (?:the )?[\p{L}’'.& ]{1,30} (?:daily |morning |evening )?headlines$`,
  String.raw`posted in [\p{L}&/ ]{2,40} on\b.{0,80}\btags?:`,
  String.raw`\((?:\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+,\s*){1,3}\d{1,2}\.\d{1,2}\.\d{4}\)$`,
  // An outlet's appeal and what it is part of, a link to the story in the site's own language, a tag alone:
  // "The Irrawaddy has been covering Myanmar for … Your donation helps us keep reporting", "bianet is a project of
  // the IPS Communication Foundation.", "Click to read the article in Turkish", "#Coalition of the Willing".
  String.raw`[^“”"]{0,160}\byour (?:donation|contribution|support|membership|subscription) (?:(?:helps|allows|enables) us (?:to )?(?:keep|continue|report|stay)|keeps our (?:news|journalism|reporting|site|work)|makes (?:our|this) (?:reporting|journalism|work|site) possible)\b`,
  String.raw`[\p{L}&.'’ -]{1,40} is a project of (?:the )?[\p{L}&.'’ -]{1,60}\b(?:Foundation|Trust|Institute|Association|Society|Fund|Centre|Center|Network|Group|Media)\.?$`,
  String.raw`(?:click (?:here )?to )?read (?:the|this) (?:article|story|piece) in [\p{L}]+$`,
  String.raw`#[\p{L}][\p{L}\p{N}’' _-]{1,40}$`,
  // An audio player's label, a comment box's prompt, a premium box, a correction's appeal: "Listen to this
  // Sensemaker", "Be the first to comment.", "Join NV Premium and get exclusive analysis …", "Did we miss
  // anything? If you have information to add …".
  String.raw`listen to (?:this|the) [\p{L}-]+(?: now)?$`,
  String.raw`be the first to (?:comment|reply|respond|review)\b`,
  String.raw`join (?:[\p{L}&.'’-]+\s+){1,3}(?:premium|plus|insider|membership)\b`,
  String.raw`did we (?:miss|get) (?:anything|something)(?: wrong)?\?`,
  // A print replica's jumps and a reader's counter: "See UKRAINE, Page 6A", "Continued from Page 1A", "Article 3
  // of 21".
  String.raw`(?:see|continued on|turn to|please see)\s+[\p{L} ,'’-]{0,30}?(?:page|p\.|pg\.?)\s*[A-Z]?\d{1,3}[A-Z]?\.?$`,
  String.raw`(?:continued|cont(?:inued|['’]d)?\.?)\s+from\s+(?:page|p\.|pg\.?)\s*[A-Z]?\d{1,3}[A-Z]?\.?$`,
  String.raw`(?:article|story|item|photo|image|slide|picture|document)\s+\d{1,4}\s+of\s+\d{1,5}$`,
  // A database's counter over each record it exports: "3 of 41 DOCUMENTS".
  String.raw`\d{1,4}\s+of\s+\d{1,5}\s+documents$`,
  // Pitches and notes of rounds 228–231: "UNITED24 is the official fundraising platform of Ukraine. …",
  // "Reader-funded journalism like this depends on you.", "Keep updated, follow The Business Standard's Google news
  // channel", "Share your feedback to help improve our site experience!", "Sign in or create an account to …",
  // "Get the best of news and politics", "Comments are open to Slate Plus members.", "Slate is published by The
  // Slate Group, a Graham Holdings Company.", "Stay informed with The New Republic’s free newsletters."
  String.raw`[\p{L}\p{N}&.'’ -]{1,40} is (?:the|an?) (?:official )?(?:fundraising|crowdfunding|donation) platform(?: (?:of|for) [\p{L} ]{2,30})?\.(?:\s+(?:every|each|all|your) (?:donation|contribution|gift)\b[^.]{0,120}\.?)?$`,
  String.raw`[^“”"]{0,80}\b(?:our|this|independent|local|nonprofit|[\p{L}]+-funded) (?:[\p{L}-]+ )?(?:journalism|reporting|newsroom) (?:like (?:this|ours) )?(?:depends|relies) on (?:you|readers like you|your support)\b`,
  String.raw`(?:a )?note from the (?:author|reporter|editor|newsroom)s?\s*:?$`,
  // Rounds 436–437: "Euractiv is part of the Trust Project >>>", a content type's description, an AI voice's note,
  // an agency copyright note, a summary box's heading.
  String.raw`[\p{L}\p{N}&.'’ -]{1,40} is (?:a )?(?:part|member) of the trust project\b.{0,10}$`,
  String.raw`facts (?:observed|reported) and (?:checked|verified)\b.{0,140}$`,
  String.raw`this audio(?: version)?(?: of (?:this|the) (?:article|story))? (?:was|is|has been) (?:produced|generated|created|made|read) (?:with|using|by)\b.{0,140}$`,
  String.raw`some (?:material|content|stories) (?:on|in) this (?:service|site|website|page) (?:is|are) (?:supplied|provided) by\b.{0,200}$`,
  String.raw`(?:what[’']s next|key points|the key points|at a glance)\s*[?:]?$`,
  // "Our reporting from Kyiv, Paris and beyond stays free to read because readers pay for it. …": an appeal.
  String.raw`our (?:[\p{L}-]+ )?(?:journalism|reporting|coverage)(?: (?:from|in|on) [^.]{1,60})? (?:stays|remains|is) free (?:to read|for everyone|for all)\b.{0,200}$`,
  // "Roula Khalaf, Editor of the FT, picks her favourite stories in this weekly newsletter.": a newsletter's pitch.
  String.raw`[^.“”"]{0,80}\bpicks (?:his|her|their|our) (?:favou?rite|top|best|must-read) (?:stories|reads|articles|pieces)\b[^.]{0,60}\.?$`,
  // Rounds 236–239: public radio's and nonprofits' appeals, a festival's tickets, republishing and funding notes,
  // a tip line, what readers want covered, a comment section's moderation.
  String.raw`[^“”"]{0,80}\byour (?:gift|donation) keeps (?:independent |local |our )?(?:journalism|news|reporting)\b`,
  String.raw`[^“”"]{0,120}\bas a nonprofit,? we rely on\b`,
  String.raw`tickets are (?:now )?on sale for\b.{0,160}\b(?:get yours|buy (?:now|tickets|yours)|book now|register now)\b`,
  String.raw`(?:our|this|these) (?:articles?|stor(?:y|ies)) (?:may|can) be republished\b`,
  String.raw`who funds us\??$`,
  String.raw`send us a (?:confidential )?(?:news )?tip\.?$`,
  String.raw`.{0,120}\bwhat should [\p{L}&.'’ -]{1,40} cover next\?`,
  String.raw`get (?:daily|weekly|the latest) (?:updates|news|headlines) from [\p{L}&.'’ -]{1,40}[!.]?$`,
  String.raw`to be approved for publication,?(?: however,)? your comments? must\b`,
  String.raw`(?:keep updated,?\s*)?follow [\p{L}&.'’ -]{1,50}[’']s google news(?: channel)?\b`,
  String.raw`share your feedback to help (?:us )?improve\b`,
  String.raw`(?:sign in|log in) or create an account to\b`,
  String.raw`get the best of [\p{L}&, ]{2,40}$`,
  String.raw`comments are (?:open|available|reserved) (?:only )?(?:to|for) [\p{L}&.'’ -]{1,40}(?:members|subscribers)\b`,
  String.raw`stay (?:informed|up to date|in the know) with [\p{L}&.'’ -]{1,50}\bnewsletters?\b`,
  // Rounds 232–235: a social page's discussion, follow and click-here prompts, a pitch for writers, a
  // programme's blurb: "What should the U.S. commit …? Join the conversation on the 5 On Your Side Facebook page.",
  // "Stay current - Follow FMT on WhatsApp, Google News and Telegram", "Click here to get the latest news updates
  // from Tempo on Google News", "If you like what you read, follow us on …", "Interested in writing for RUSI? …",
  // "The Eurasia Center works to strengthen stability …".
  String.raw`(?:[^?!]{1,200}\?\s+)?join the (?:debate|conversation|discussion) on (?:the |our )?[\p{L}\p{N}&.'’ -]{1,40}(?:Facebook|X|Twitter|Instagram)(?: page| group)?\.?$`,
  String.raw`stay (?:current|updated|informed|connected)\s*[-–—:,]\s*(?:follow|join)\b`,
  String.raw`click here to (?:get|receive|follow|join)\b.{0,80}\b(?:google news|whatsapp|telegram|newsletters?|updates)\b`,
  String.raw`if you (?:like|liked|enjoy|enjoyed) (?:what you (?:read|see|saw)|this (?:article|story|piece)),?\s+(?:follow|share|subscribe|like)\b`,
  String.raw`interested in (?:writing|contributing) (?:for|to) [\p{L}&.'’ -]{1,40}\?`,
  String.raw`the [\p{L}&.'’ -]{1,40} (?:Center|Centre|Program|Programme|Initiative|Institute|Project) works to (?:strengthen|promote|advance|support|foster)\b(?![^.]*\b(?:said|says|told|according)\b)[^.]*\.?$`,
  // Round 240–243: a row of hashtags, a press licence, a reactions prompt, a desk's blurb.
  String.raw`(?:#[\p{L}][\p{L}\p{N}_]{1,40}\s*){2,}$`,
  String.raw`press licen[cs]e (?:no\.?|number)\s*\S`,
  String.raw`how do you feel about this (?:story|article)\?`,
  String.raw`contact (?:the )?editor:?\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}\.?$`,
  String.raw`(?:the )?[\p{L}’'. ]{1,40} desk compiles\b`,
  // A broadcaster's player: "Watch Live: GBC TV", "Now Playing: Island FM Breakfast", "Listen live".
  String.raw`(?:watch|listen) live\b[^.]{0,40}$`,
  String.raw`(?:now playing|on air(?: now)?)\s*:[^.]{0,60}$`,
  // A share row whose separators the scraper dropped: "Facebook Twitter WhatsApp SMS Email Print Copy article link Save".
  String.raw`(?:(?:facebook|twitter|x|whatsapp|sms|email|e-mail|print|copy(?: article)? link|save|share|linkedin|reddit|telegram|messenger|bluesky|threads|flipboard|pinterest)\s*){4,}$`,
  // A view counter: "Views: 1 531", "Reads 12,408".
  String.raw`(?:views?|reads|hits|page views)\s*:?\s*\d[\d  ,.]*$`,
  // A share button: "Send to a colleague", "Email this article to a friend".
  String.raw`(?:send|email|e-mail|forward)(?: this(?: article| story| page)?)? to a (?:colleague|friend)\.?$`,
  // An issue's number over the story: "Europe Daily Bulletin No. 13698", "Weekly Briefing Issue 212".
  String.raw`(?:the )?\p{Lu}[\p{L}&'’ ]{1,50}\s(?:No\.?|Number|Issue|Edition)\s*\d{2,6}$`,
  // A print replica's masthead with its edition in brackets: "The Globe and Mail (Ontario Edition)".
  String.raw`(?:the )?\p{Lu}[\p{L}&'’ .-]{1,50}\s\((?:[\p{L}-]+\s){1,3}edition\)$`,
  // The publisher's company, alone on its line: "The Warsaw Voice S.A.".
  String.raw`(?:the\s+)?\p{Lu}[\p{L}&'’ .-]{1,40}\s(?:S\.A\.|Ltd\.?|Limited|GmbH|LLC|Inc\.|plc|PLC|S\.p\.A\.|B\.V\.|AG|Sp\. z o\.o\.)$`,
  // Round 296–303: transcript pages, text-only pages, newsletters, aggregators, trade and market pages.
  String.raw`this is a rush transcript\b`,
  String.raw`to order (?:a |an )?(?:video|audio|copy|tape)\b.{0,40}\btranscript\b`,
  String.raw`\*?this (?:text|transcript) (?:was|has been|is) (?:compiled|produced|generated|created) from\b.{0,40}\b(?:caption(?:ing|s)?|automated|speech recognition)\b`,
  String.raw`(?:return|back|go back) to (?:the )?[\p{L}'’ ]{1,30} (?:main page|home ?page|index)\.?$`,
  String.raw`(?:see|view|read|go to) (?:the )?full (?:site|web (?:article|page|version)|article|version|[\p{L}-]{2,12} experience)\.?$`,
  String.raw`text-only version\b.{0,40}$`,
  String.raw`did (?:a|someone) (?:friend |colleague )?forward (?:you )?this\b`,
  String.raw`you(?:'|’)re receiving this(?: email| newsletter)? because\b`,
  String.raw`reply to this (?:email|newsletter)\b`,
  String.raw`(?:the )?\p{Lu}[\p{L}&'’ ]{1,40} (?:was|is) edited by \p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}\.(?:\s+thanks to\b.{0,80})?$`,
  String.raw`email your answers? to\b`,
  String.raw`get (?:our|the) [\p{L}&'’ ]{1,30} on your (?:phone|inbox|device)\b`,
  String.raw`get (?:the )?\p{Lu}[\p{L}&'’ ]{1,40} for [£$€]\d`,
  String.raw`you(?:'|’)ve read \d+ of (?:your )?\d+ free\b|you have read \d+ of (?:your )?\d+ free\b`,
  String.raw`location\s*:\s*\p{Lu}[\p{L} ,.'’-]{2,60}$`,
  String.raw`\d{1,3}% of (?:the )?sources (?:are|lean)\b.{0,30}$`,
  String.raw`insights by \p{Lu}[\p{L} ]{1,20}$`,
  String.raw`flipped into \p{Lu}[^.]{0,60}$`,
  String.raw`curated by \p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}$`,
  String.raw`related (?:video|audio|podcast|gallery)\s*:`,
  String.raw`[\p{L}&.-]{2,30} was created as a public service by\b`,
  String.raw`support (?:for [\p{L} ]{1,40} is )?provided by\b`,
  String.raw`support [\p{L}&'’ ]{1,30}:\s+(?:your|a) (?:gift|donation|contribution)\b`,
  String.raw`watch the full (?:episode|show|program|programme|interview|broadcast)\b`,
  String.raw`listen (?:&|and) subscribe\b`,
  String.raw`give your business an edge\b`,
  String.raw`want to read more\?`,
  String.raw`risk disclosure\s*:`,
  String.raw`this (?:article|story|content) was (?:produced|written|generated|created|translated) with the (?:help|assistance|support) of (?:AI|artificial intelligence)\b`,
  String.raw`\(end\)\s+\p{Lu}[\p{L} ]{1,40}$`,
  String.raw`follow @[\w.]{2,30} on (?:x|twitter|bluesky|threads|instagram|mastodon)\.?$`,
  String.raw`\(the (?:author|writer) is an? \b`,
  // Podcast pages: "Join The Rest Is Politics Club for ad-free listening", "This episode is brought to you by …".
  String.raw`[^.]{0,60}\b(?:join|become|get|subscribe|receive)\b[^.]{0,60}\bad-free (?:listening|episodes?|podcasts?|shows?|access|versions?)\b`,
  String.raw`this (?:episode|podcast|show|newsletter|segment|programme|program) is (?:brought to you|sponsored|supported|presented) by\b`,
  String.raw`transcripts? (?:is|are) (?:generated|produced|created|made) (?:automatically|by (?:ai|machine|software))\b`,
  String.raw`support independent (?:journalism|analysis|reporting|media|news)\b[^.]{0,80}\.?$`,
  // Rounds 400–407: wire sites, Baltic and Ukrainian English editions, live pages, tabloids, print and PDF
  // copies, Asian, Gulf and Commonwealth papers, Brussels and business titles.
  String.raw`watch [\p{L}\p{N}&'’ ]{1,30} live\.?$`,
  String.raw`(?:go|jump|skip) to (?:the )?accessibility (?:shortcuts|options|menu|settings)\.?$`,
  String.raw`get (?:free )?(?:updates|alerts|email alerts|notifications) (?:on|about|from) [^.]{1,50}$`,
  String.raw`take [\p{L}\p{N}&'’ ]{1,40} (?:everywhere|anywhere|wherever you go) with you\b.{0,80}$`,
  String.raw`(?:support|back) [\p{L}\p{N}&'’ ]{1,40}\s*[–—-]\s*become (?:our|a) (?:patron|member|supporter)\b.{0,20}$`,
  String.raw`get more with [\p{L}\p{N}]{2,20}$`,
  String.raw`an? personali[sz]ed news feed\b.{0,60}$`,
  String.raw`discover more stories on\b.{0,40}$`,
  String.raw`catch up on (?:our|all our|the latest|all the) [\p{L}'’ ]{0,20}coverage\b.{0,80}$`,
  String.raw`tap here to (?:follow|listen|subscribe|download|watch)\b.{0,80}$`,
  String.raw`list \d{1,2} of \d{1,2}$`,
  String.raw`end of list$`,
  String.raw`open this photo in gallery:?$`,
  String.raw`report an? (?:editorial error|ethical concern|error|typo|correction)\.?$`,
  String.raw`follow related (?:authors|topics)(?: and (?:topics|authors))?\.?$`,
  String.raw`.{1,60}\bfollow you must be logged in to follow\.?$`,
  String.raw`authors and topics you follow will be added\b.{0,80}$`,
  String.raw`from the [\p{L}\p{N} ,]{3,30} (?:print )?edition\.?$`,
  String.raw`get the [\p{L}\p{N}&.'’ -]{1,30} app\.?$`,
  // A newsletter's greeting and thanks, and its sponsor's message.
  String.raw`good (?:morning|afternoon|evening),? (?:and )?welcome to [^.]{2,60}\.(?:\s+(?:I(?:'|’)m|this is) \p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\.?)?$`,
  String.raw`a message from (?:our|this (?:week(?:'|’)s|newsletter(?:'|’)s)) (?:sponsor|partner)s?\b.{0,200}$`,
  String.raw`thanks to our (?:editors?|producers?)\b.{0,120}$`,
  // Rounds 420 and 423: newsletters, a thread reader, a Kindle copy, a Mastodon server. A sponsor's label alone
  // ("A message from Corvane"), the newsletter's credits ("Thanks to Owen Tallis for editing …", "Flagship,
  // Semafor’s daily global briefing, is edited by …", "Axios thanks our partners for supporting …"), its
  // pitches ("Want more Semafor? Explore …", "Enjoying Europe Express? Forward it …", "Follow Axios on social
  // media: …", "Recommended newsletters for you"), the mailer's footer ("This email was sent to you by: …"),
  // the greeting ("Good morning from London. Today we look at …", "Welcome back to World.").
  String.raw`a message from (?:[\p{L}&.'’-]+\s+){0,3}[\p{L}&.'’-]+$`,
  String.raw`(?:many )?thanks to (?:[\p{L}'’-]+\s+){1,3}for (?:editing|copy[- ]?editing|producing|fact-checking)\b.{0,160}$`,
  String.raw`[^.]{0,80}\b(?:newsletter|briefing|bulletin|digest)\b[^.]{0,40}\bis edited by\b.{0,160}$`,
  String.raw`[\p{L}&.'’ -]{1,40} thanks our (?:partners|sponsors|advertisers) for supporting\b.{0,200}$`,
  String.raw`want more [\p{L}&.'’ -]{1,40}\?\s+(?:explore|sign up|subscribe|read|get|check out|browse|visit|find|see)\b.{0,120}$`,
  String.raw`enjoying [\p{L}&.'’ -]{1,40}\?\s+(?:forward|share|tell|send)\b.{0,160}$`,
  String.raw`follow [\p{L}&.'’ -]{1,40} on social media\b.{0,120}$`,
  String.raw`recommended newsletters(?: for you)?:?$`,
  String.raw`this (?:e-?mail|newsletter|message) was sent (?:to you )?(?:by|from)\b.{0,200}$`,
  String.raw`good (?:morning|afternoon|evening) from [\p{L} ]{2,30}\.\s+today (?:we|I)(?:(?:'|’)ll)? (?:look|turn)\b.{0,200}$`,
  String.raw`welcome back to [\p{L}&.'’ -]{1,30}\.(?:\s+.{0,120})?$`,
  String.raw`missing some tweets? in this thread\?.{0,80}$`,
  String.raw`get a notification whenever\b.{0,120}$`,
  String.raw`this thread may be removed\b.{0,40}$`,
  String.raw`try unrolling a thread yourself!?$`,
  String.raw`did [\p{L} ]{2,30} help you today\?$`,
  String.raw`buy (?:us|me) a coffee\b.{0,30}$`,
  String.raw`(?:thank you|thanks) for your support[.!]?$`,
  String.raw`go premium for\b.{0,120}$`,
  String.raw`sent from [\p{L}\p{N}.-]+ with send to kindle\.?$`,
  String.raw`\d{1,3} (?:min|mins|minutes?|hours?) left in (?:book|chapter)$`,
  String.raw`new to the fediverse\?.{0,160}$`,
  String.raw`[\p{L}\p{N}.-]+ is a mastodon server\b.{0,160}$`,
];
export const NOTICE = anyAtStart(NOTICE_STARTS, 'iu');

/**
 * A writer's job alone on its line, under their name: "Political correspondent in Berlin.", "Correspondent for
 * France, based in Paris.", "Libération’s correspondent in London.". Case is read: "The editor in chief
 * resigned." is a sentence.
 */
// "News editor at UNITED24 Media covering diplomacy and security. Previously reported on EU affairs from
// Brussels.": the beat after the outlet, and what they did before.
export const WRITER_JOB_LINE =
  /^(?:\p{Lu}[\p{L}’'-]*[’']s\s+)?(?:[\p{L}-]+\s+){0,2}(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Cc]olumnist)(?:\s+(?:in|for|at|covering)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}.'’ -]{1,40}?(?:,\s+based in\s+\p{Lu}[\p{L}.'’ -]{1,30}|\s+covering\s+\p{Ll}[\p{L}, &-]{2,60}(?<!\p{Ll}ed))?|,\s+based in\s+\p{Lu}[\p{L}.'’ -]{1,30})(?:\.\s+(?:Previously|Formerly|Before that)\b[^.!?]{2,120})?\.?$/u;

/**
 * An appeal that ends on its call, as a sentence of its own: "… without a paywall since the first day of the
 * full-scale invasion. Support us", "… Sign up for the free Mother Jones Daily.", "… Join Slate Plus today.".
 * Case is read: "Ukraine wants to join NATO." is a sentence.
 */
export const APPEAL_ENDING =
  /(?:^|[.!?]\s+)(?:Support us(?: with a (?:donation|contribution|subscription)| today| now)?|Donate(?: now| today)?|Sign up for (?:the |our )?(?:free )?(?:\p{Lu}[\p{L}&.'’-]*\s+){0,4}(?:Daily|Weekly|Newsletter|Briefing|Digest|Today|Morning|Evening|Update|Alerts?)|Join (?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}(?:Plus|Premium|Inside|Insider|Membership|Members|Club)(?: today| now)?|Join \p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3} today)[.!]?$/u;

/**
 * The site's owner, named in a line of its own: "Slate is published by The Slate Group, a Graham Holdings
 * Company.", "The Daily Beast is owned by IAC Media.". Case is read: "The channel is owned by … SCM Holdings." is
 * a sentence of the story.
 */
export const PUBLISHER_LINE =
  /^\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3} is (?:published|owned|operated) by (?:the |The )?\p{Lu}[\p{L}&.'’ -]{1,60}\b(?:Group|Company|Media|Holdings|Inc\.?|LLC|Ltd\.?|plc|Corporation|Publishing|Network)\b[^.]{0,60}\.?$/u;

/** The start of a comment section: everything under it is readers' comments, not the article. */
export const COMMENTS_MARKER =
  /^(?:(?:one|\d{1,4}) (?:thoughts?|responses?|replies|comments?) (?:on|to) [“"‘'].{1,200}[”"’']|comments?|welcome to the discussion\.?|\d[\d,.]*k? comments?|(?:reader|top|readers['’]?) comments|(?:leave|post|add|write) a (?:reply|comment|response)|discussion about this (?:post|article|story)|show comments|view comments(?: \(\d+\))?|write a comment\.*|comments \(?\d[\d,.]*k?\)?|the comments below have (?:not )?been moderated\.?)$/i;

/** A document's reference: "Press release No. 84-E/2025", "Ref. 2025/114", "Statement #12", "Press Release (2025) 061". */
export const REFERENCE_LINE =
  /^(?:press release|news release|statement|communiqu[eé]|ref(?:erence)?\.?)\s*(?:no\.?|nr\.?|number|#)?\s*:?\s*(?:\(\d{4}\)\s*)?[\w./-]*\d[\w./-]*$/i;

/**
 * A line of contact details: an e-mail address or a telephone number, with few words around it
 * ("+372 600 0000 | press@mfa.example.ee"), or a press officer's name and title ("Liisa Tamm, Press Officer").
 */
/** A postal address alone on its line: "365 Bloor Street East, Toronto, Ontario, M4W 3L4". */
const POSTAL_ADDRESS =
  /^\d{1,5} \p{Lu}[\p{L}'’ ]{1,30} (?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Place|Square)(?: (?:East|West|North|South))?(?:,\s*[\p{Lu}\d][\p{L}\d ]{1,30}){1,4}\.?$/u;

// Not a date: "March 18, 2025 Tuesday" has a name, a number, a comma, four figures and a name too.
const STREET_AND_POSTCODE =
  /^(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}\b)[\p{L}.’' -]{2,40}\s\d{1,4}[a-z]?,\s*(?:\d{2}-\d{3}|\d{4,5}|[A-Z]{1,2}-\d{4,5})\s+\p{Lu}[\p{L}-]+(?:,\s*\p{Lu}[\p{L} ]+)?$/u;

/**
 * An address in parts parted by commas, one of them the building's number: "Lake House, No. 35, D.R.
 * Wijewardena Mawatha, Colombo 10", "P.O. Box 1107, Wakefield House, Port Moresby".
 */
const ADDRESS_PARTS = /^(?:[\p{Lu}\d][\p{L}\d.’' -]{1,40},\s*){2,5}\p{Lu}[\p{L} ]{1,30}(?:\s+\d{1,6})?\.?$/u;
const BUILDING_NUMBER =
  /(?:^|,\s*)(?:No\.?\s*\d{1,5}[A-Za-z]?|P\.?\s?O\.?\s+Box\s+\d{1,6}|\d{1,5}[A-Za-z]?\s+\p{Lu})/u;

export function isContactLine(text: string): boolean {
  const t = text.trim();
  if (wordCount(t) > 12) return false;
  // A telephone number is written with its country code or after its label; "2025-02-26" is a date.
  const phone =
    /(?:^|\s)\+\d[\d ()-]{6,}\d(?:\s|$)|\b(?:tel|phone|telephone|fax|mobile)\.?:?\s*\(?\+?\d[\d ()-]{5,}\d/i;
  if (/[\w.+-]+@[\w-]+\.[\w.-]+/.test(t) || phone.test(t) || POSTAL_ADDRESS.test(t)) return true;
  // "Address: 28 Isahakyan Street, Yerevan 0009", "ul. Księcia Janusza 64, 01-452 Warsaw": a street, its
  // number and a postcode.
  if (/^address\s*:\s*\S.*\d/i.test(t) || STREET_AND_POSTCODE.test(t)) return true;
  // An address's parts are names and numbers; "Since then, 26 European countries, Canada and Japan have
  // signed up." has words of prose in lower case.
  if (ADDRESS_PARTS.test(t) && BUILDING_NUMBER.test(t) && !/(?:^|[\s,])\p{Ll}{4,}/u.test(t)) return true;
  return /^[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2},\s+(?:[\p{L}]+\s+){0,4}(?:press officer|spokes(?:man|woman|person)|media relations|press secretary|communications? (?:officer|director|adviser|advisor))\b/iu.test(
    t,
  );
}

/** Footnotes under an article: "[1] Statement by the French presidency, Paris, March 2025." */
export const FOOTNOTE = /^\[\d{1,3}\]\s+\S/;

/** A newsletter's closing line: "That's all for today. See you tomorrow.", "Thanks for reading!" */
/** A footer's heading for the site itself: "About The Seattle Times", "About Us". */
export const ABOUT_SITE = /^About (?:[Tt]he )?(?:\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}|us)$/u;

export function isSignOff(text: string): boolean {
  const t = text.trim();
  return (
    wordCount(t) <= 15 &&
    /^(?:that[’']s (?:all|it) for (?:today|now|this week)|thanks? (?:you )?for reading|see you (?:tomorrow|next week|on \p{L}+day)|until (?:tomorrow|next time|next week)|have a (?:good|great|nice|lovely) (?:day|weekend|evening))\b[^“”"]*$/iu.test(
      t,
    )
  );
}

/**
 * The label of a sponsor's slot ("Presented by", "Sponsored by:", "In partnership with"); the line
 * after it names the sponsor and its slogan.
 */
export const SPONSOR_LABEL =
  /^(?:presented by|sponsored by|in partnership with|supported by|brought to you by|partner content|paid (?:content|post|partnership))\s*:?$/i;

/** A time alone ("19.05 GMT", "4:32 PM") or a relative one ("2 hours ago"): a live blog's or a widget's stamp. */
/**
 * A chat export's post header: "[25.11.2025 08:02] Kyiv Frontline Digest", "[08:02] Forwarded from UA Politics
 * Wire": the stamp in brackets, then the channel, never a sentence.
 */
const POST_HEADER =
  /^\[(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?)\]\s+(?:Forwarded from\s+)?\p{Lu}[^.!?:]{0,60}$/u;

export function isTimestampLine(text: string): boolean {
  const t = text.trim();
  // "NewsroomUpdated 2 hours ago": the writer's name glued to the stamp.
  const glued = /^[\p{L}&.'’ ]{1,30}?\p{Ll}(?=(?:Updated|Published|Posted)\s)/u.exec(t);
  if (glued) return isTimestampLine(t.slice(glued[0].length));
  const time = TIME.exec(t);
  if (time && time[0].trim().length === t.length) return true;
  if (POST_HEADER.test(t)) return true;
  // "Updated at 18.02 BST", "Updated at 6:40 p.m.": a live page's stamp.
  const labelled = /^(?:updated|published|posted)(?:\s+at)?\s+/i.exec(t);
  const rest = labelled ? t.slice(labelled[0].length) : '';
  const stamp = labelled && TIME.exec(rest);
  if (stamp && stamp[0].trim().length === rest.length) return true;
  // "Updated 3 hours ago - World": a section may follow; "EFE | Updated 2 hours ago": the source may lead;
  // "Article was updated 1 hr ago".
  return /^(?:[\p{L}&.'’ ]{1,25}\s*[|·•]\s*)?(?:(?:updated|published|posted|(?:article|story) was (?:updated|published))\s+)?\d+\s+(?:minutes?|mins?|hours?|hrs?)\s+ago(?:\s*[-–|·]\s*[\p{L}&' ]{1,25})?$/iu.test(
    t,
  );
}

/** "(Reporting by …; Editing by …)", "Additional reporting by …", "Compiled by …": the wire's credits. */
/**
 * "Reporter: Dewi Anggraini Putri", "(By Chen Yi-wei and Kay Liu)": the writers named at the foot. Case counts
 * here (no "i" flag): "Reporting: the talks resume in April" is a sentence.
 */
export const FOOT_BYLINE =
  /^(?:\(\s*[Bb]y\s+\p{Lu}[^()]{1,80}\)|(?:[Rr]eporter|[Ee]ditor|[Ww]riter)s?\s*:\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})$/u;
export const CREDITS_LINE =
  /^(?:\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|translated|written)\s+by\b[^.]{0,200}\)?\.?|[—–-]{0,2}\s*with (?:inputs|input|reporting|files|assistance) (?:from|by)\s+(?:\p{Lu}[\p{L}.&'’-]*(?:,\s*(?:and\s+)?|\s+and\s+|\s+)?){1,6}\.?|(?:contains|includes) (?:additional )?reporting (?:from|by)\s+[^.]{1,120}\.?|contributing:\s+[^.]{1,120}\.?)$/iu;

/** "Copyright 2025 The Associated Press. All rights reserved. …", "© 2025 AFP". */
export function isCopyrightLine(text: string): boolean {
  const t = text.trim();
  return (
    ((/^(?:copyright\b|©|\(c\)\s*\d{4}|\(c\)\s+\p{Lu}[^.]{0,60}\b(?:19|20)\d{2}\b)/iu.test(t) ||
      /\ball rights reserved\b|\bunauthori[sz]ed (?:reproduction|redistribution|use)\b/i.test(t)) &&
      wordCount(t) <= 45) ||
    // "Yonhap News Agency (c) 2025. …": the owner's name before the sign.
    (/^\p{Lu}[\p{L}&.'’ -]{1,50}\s(?:\(c\)|©)\s*(?:19|20)\d{2}\b/iu.test(t) && wordCount(t) <= 30) ||
    // "CNN Sans ™ & © 2016 Cable News Network.": a copyright sign and a year inside a short footer line.
    (/©\s*(?:copyright\s*)?(?:19|20)\d{2}\b/i.test(t) && wordCount(t) <= 14) ||
    isLegalLinks(t)
  );
}

const LEGAL_LINK =
  /^(?:terms(?: of (?:use|service))?|terms (?:and|&) conditions|data protection(?: policy)?|need help\?.{0,30}|privacy(?: policy| notice| settings)?|cookies?(?: policy| settings)?|do not sell(?: or share)? my personal information|your privacy choices|accessibility(?: statement)?|contact(?: us)?|about(?: us)?|advertise(?: with us)?|about [\p{Lu}][\p{L}&'’ -]{1,30}|careers|sitemap|help|imprint|impressum|legal(?: notice)?|(?:[\p{Lu}][\p{L}&.’']*\s+)?(?:journalistic|editorial) (?:standards|guidelines|policies)(?: and practices)?|newsroom policies (?:&|and) standards|corrections(?: policy)?|ethics(?: policy)?)$/iu;

/** A footer's row of legal links: "Terms · Privacy · Do Not Sell My Personal Information". */
function isLegalLinks(t: string): boolean {
  const parts = t.split(/\s*[|·•]\s*/).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => LEGAL_LINK.test(p));
}

/** A placeholder a print or text-only view leaves for what it cannot show: "[Image not shown in print view]". */
export const PLACEHOLDER =
  /^\[(?:image|photo|picture|video|graphic|chart|map|embed|embedded content|gallery|audio|advertisement|ad)\b[^\]]{0,60}\]$/i;

/** Page metadata before the article: "From: Prime Minister's Office, …", "Tags: …", "Filed under: …". */
export function isMetadataLabel(text: string): boolean {
  const t = text.trim();
  return (
    /^(?:From|Part of|Topics?|Related topics|See more on|More on|Tags?|Filed under|Categories|Category|Section|Keywords)\s*:\s*\S/.test(
      t,
    ) &&
    // "Categories: International, Politics.": a list of capitalised names may close on a full stop.
    (!/\.$/.test(t) ||
      /^(?:Topics?|Tags?|Filed under|Categories|Category|Keywords)\s*:\s*\p{Lu}[\p{L}'’ -]{0,30}(?:,\s*\p{Lu}[\p{L}'’ -]{0,30})*\.$/u.test(
        t,
      ))
  );
}

/**
 * A research database's record around the article it holds (Nexis, Factiva, ProQuest, Gale, NewsBank, EBSCO),
 * as an analyst exports or copies it: its fields ("Load-Date: March 3, 2025", "BYLINE: …", "ProQuest document
 * ID: 3172046518", "Content Level: (Level 5)"), its index terms with their weights ("Subject: ARMED FORCES
 * (92%); CEASEFIRES (90%)") or codes ("gdip : International Relations | gvio : Military Action"), a row of its
 * search summary ("Source<TAB>Reuters News"), its authors inverted ("Hallam, Rosalind; Okafor, Daniel.") and
 * the citation it offers ("Gorman, Niamh. "Trump rules out …" Irish Times, … Accessed 3 Sept. 2025.").
 */
export function isRecordField(text: string): boolean {
  const t = text.trim();
  return (
    (RECORD_FIELD.test(t) && !FIELD_VALUE_IN_PROSE.test(t)) ||
    WEIGHTED_TERMS.test(t) ||
    INDEX_CODES.test(t) ||
    SUMMARY_ROW.test(t) ||
    INVERTED_AUTHORS.test(t) ||
    (INVERTED_NAME_OPENING.test(t) && CITATION_SHAPE.test(t))
  );
}
/** A field's name and its value. */
const RECORD_FIELD =
  /^(?:load-date|byline|author\/byline|length|graphic|publication-type|document-type|journal-code|subject terms|organization|person|people|geographic|location|company \/ organization|publication title|place of publication|country of publication|publication subject|language of publication|(?:proquest )?document id|accession number|content level|gale document number|readability|lexile measure|word count|database)\s*:\s*\S/i;
/** A value that goes on as a sentence does ("Location: the officials would not say …"): prose. */
const FIELD_VALUE_IN_PROSE = /^[^:]+:\s*\p{Ll}/u;
/** "ARMED FORCES (92%); CEASEFIRES (90%)": two terms or more with the share of the text each has. */
const WEIGHTED_TERMS =
  /^(?:[\p{L} ]{2,30}:\s*)?[^;:()]{2,80}\(\d{1,3}%\)(?:;\s*[^;:()]{2,80}\(\d{1,3}%\))+;?$/u;
/** "gdip : International Relations | gvio : Military Action": a code, its label, and more of them. */
const INDEX_CODES = /^[a-z0-9]{2,10} : [^|]{2,60}(?: \| [a-z0-9]{2,10} : [^|]{2,60})+$/;
/** "Text<TAB>ukrain* and paris": a short label, a tab, its value. Prose has no tab after its first words. */
// Not a byline in columns ("By Jane Doe<TAB>March 4, 2025"), read with the date lines.
const SUMMARY_ROW = /^(?![Bb]y\s)\p{L}[\p{L} ]{1,29}\t+\S/u;
const INVERTED_NAME = String.raw`\p{Lu}[\p{L}'’-]+, \p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)*`;
const INVERTED_AUTHORS = new RegExp(String.raw`^${INVERTED_NAME}(?:; ${INVERTED_NAME})+\.?$`, 'u');
const INVERTED_NAME_OPENING = new RegExp(
  String.raw`^${INVERTED_NAME}(?:, and (?:\p{Lu}[\p{L}'’.-]+ ){1,3}?\p{Lu}[\p{L}'’-]+)?\. `,
  'u',
);
/** What follows the authors in a citation: a quoted title, or the copy's own ending. */
const CITATION_SHAPE = /\. ["“‘']\S|\bAccessed \d{1,2} [A-Z][a-z]{2,8}\.? \d{4}\.?$|\bKindle Edition\.?$/;

/** "Image source, Getty Images", "Image caption,", "Media caption,": a broadcaster's labels around a photo. */
export const PHOTO_LABEL = /^(?:image|photo|picture|video|media)\s+(source|credit|caption)s?\s*[,:]/i;

/**
 * A caption with its credit on the same line (a credit alone on its line is a credit line): after a label ("… in Berlin. Image: Kay Winter/dpa",
 * "… on Saturday. Picture: PA"), in parentheses with a label ("(Photo: Alessandro Riva)"), or in the
 * agencies' own style ("…, March 2, 2025. REUTERS/Jonas Berg"). The label follows the end of a sentence
 * or a dash, so "The image: a divided Europe" in prose is not one.
 */
export function isCaptionWithCredit(text: string): boolean {
  // "… Credit: European People's Party / Flickr / CC BY 2.0": the licence after the credit is part of it.
  // "… / Photo: UK Prime Minister's Office (CC BY-NC-ND 2.0)": in brackets after a credit behind a slash or bar.
  const t = text
    .trim()
    .replace(/\s*[/|,]\s*CC BY(?:-[A-Z]{2,3})*(?:\s+\d\.\d)?$/, '')
    .replace(/(\s[/|]\s+(?:Photo|Image|Picture|Credit)s?\s*:[^()]{2,80}?)\s*\(CC BY[^)]*\)$/, '$1');
  // Most branches hold only for a short line: its length is known before any of their patterns is tried.
  const words = wordCount(t);
  const label =
    /(?:[.!?)]\s+(?:[·|•/]\s+)?|;\s+|\s[–—|·•]\s)(?:(?:Pool|Handout|File)\s+(?:photo|picture|image)|(?:Photo|Image|Picture)\s+credit|Picture|Pic|Photo|Photograph|Image|Credit|Foto|Bild|PICTURE|PHOTO|IMAGE|CREDIT|FOTO)s?\s*(?::|by\b|via\b|\|)\s*([^.!?:]{2,80})\.?$/.exec(
      t,
    );
  if (label && wordCount(label[1] as string) <= 10) return true;
  // "… at the Elysee Palace. | Photo courtesy of Elysee", "… in Kyiv. Photo / Ludovic Marin, AFP", "… Photo from
  // the White House": a name after the label, and no verb.
  const named =
    /(?:[.!?)]\s+(?:[·|•/]\s+)?|\s[–—|·•]\s)(?:Photo|Picture|Image|PHOTO)s?\s+(?:courtesy(?:\s+of)?|from|\/)\s+((?:the\s+)?\p{Lu}[^.!?:]{1,60})$/u.exec(
      t,
    );
  if (
    named &&
    wordCount(named[1] as string) <= 8 &&
    !/\b(?:is|are|was|were|has|have|had|\p{Ll}{2,}ed)\b/u.test(named[1] as string)
  )
    return true;
  // "… at the Elysee Palace in Paris PIC: AFP": a label in capitals needs no stop before it.
  const shouted =
    words <= 45 ? /\s(?:PICS?|PHOTOS?|PICTURES?|IMAGES?|CREDIT|FOTO)\s*:\s*([^.!?:]{2,60})$/u.exec(t) : null;
  if (words <= 45 && shouted && wordCount(shouted[1] as string) <= 8) return true;
  // "… at the Eastern Economic Forum in Vladivostok. via REUTERS": the agency the picture came through.
  if (words <= 45 && CAPTION_VIA_AGENCY.test(t)) return true;
  // "… over Poland / Illustrative photo from open sources", "… in Kyiv | Archive photo": what kind of picture
  // it is, behind a slash or bar.
  if (
    words <= 45 &&
    /\s[/|]\s*(?:illustrative|archive|archival|file|stock|screenshot|social media)\s*(?:photo|image|picture|video)?(?:\s+(?:from|via|by)\s+[^.!?]{2,40})?\.?$/i.test(
      t,
    )
  )
    return true;
  // "… out of its talks with RussiaImage: Ludovic Marin/AFP/Getty Images": the label glued to the caption.
  const glued = /\p{Ll}(?:Image|Photo|Picture|Foto|Bild):\s*([^.!?:]{2,80})$/u.exec(t);
  if (glued && wordCount(glued[1] as string) <= 10) return true;
  // "… in Paris on September 4, 2025. © Ludovic Marin, AFP": the copyright sign credits the picture.
  const copyright = words <= 60 ? /\S\s*©\s*(\p{Lu}[^©.!?]{1,80})$/u.exec(t) : null;
  if (words <= 60 && copyright && wordCount(copyright[1] as string) <= 8) return true;
  if (/\((?:Photo|Image|Picture|Pic|Credit|Photograph|[Ss]ource)s?\b[^()]{0,80}\)\s*$/.test(t)) return true;
  // "… in the East Room of the White House in Washington. Marisa Okonjo McClatchy DC" (or "Hadley Brandt,
  // Associated Press"): after the one sentence, the photographer's name and the outlet, nothing else.
  if (
    words <= 45 &&
    /^[^.!?]{10,300}[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+,?(?:\s+\p{Lu}[\p{L}’']*){1,3}$/u.test(t) &&
    // A headline in title case ("… Is Taking Shape. Moscow Says No") is no caption.
    (t.match(/\s\p{Ll}/gu)?.length ?? 0) >= 4 &&
    // A caption shows; a sentence of the story tells, in the past or by a speech verb.
    !/\b(?:said|says|told|added|\p{Ll}{2,}ed|met|held|took|made|gave|sent|came|spoke)\b/u.test(t)
  )
    return true;
  // "… at the Élysée Palace in Paris on September 4. (Office of the President of Ukraine)": one sentence that
  // shows, not tells (no verb in the past), then the office or the photographer credited in brackets.
  const officeCredited =
    /^([^.!?]{10,300})[.!?]\s*\(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|and|for|de|du|la)\s+)*\p{Lu}[\p{L}'’.-]*){1,8}\)$/u.exec(
      t,
    );
  if (
    officeCredited &&
    words <= 45 &&
    !/\b(?:\p{Ll}{2,}ed|said|told|went|met|held|took|made|gave|sent|came)\b/u.test(
      officeCredited[1] as string,
    )
  )
    return true;
  // "… on August 18 (Jim WATSON)", "(Ludovic MARIN / AFP)": the photographer, surname in capitals, in brackets.
  if (
    words <= 45 &&
    /\(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})?(?:\s*\/\s*[\p{L} .]{2,30})?\)\s*$/u.test(
      t,
    )
  )
    return true;
  // "(ABC News: Luke Stephenson)", "(AP: Dan Ferris)": the outlet and the photographer, after a sentence.
  if (
    /[.!?]\s*\([\p{Lu}][\p{L}\s.&'’-]{0,30}:\s*[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}\)\s*$/u.test(
      t,
    )
  )
    return true;
  // "(Jared Pulaski, cleveland.com)": the photographer and the paper, after a sentence.
  if (CAPTION_PHOTOGRAPHER_PAPER.test(t)) return true;
  // A gallery's slide number: "[1/2] U.S. President Donald Trump meets …", "[1/2]Military officers …",
  // "Item 1 of 2 Military officers arrive …".
  if (/^(?:\[\d{1,2}\/\d{1,2}\]\s*|Item \d{1,2} of \d{1,2}\s+)\p{Lu}/u.test(t)) return true;
  // "… in London [Tom Ashworth/Pool via Reuters]", "… Feb. 17, 2025. [ PASCAL ROCHE | AP ]": the credit in
  // square brackets.
  if (words <= 60 && /[\p{L}\d.]\s*\[[^\][]{2,60}[/|][^\][]{2,60}\]$/u.test(t)) return true;
  // "… at the White House on Monday.Credit...Maren Holloway/The New York Times": a credit glued on.
  // "… in London, 2 March 2025 - Copyright Tom Kessler/AP Photo", "… Sergei Ryabkov (file photo)".
  if (words <= 60 && /\s[-–—]\s+Copyright\s+\p{Lu}[^.!?]{1,60}$/u.test(t)) return true;
  if (words <= 30 && /\s\((?:file|archive)\s+(?:photo|picture|image)\)\s*$/i.test(t)) return true;
  // "Irish troops on UN duty in south Lebanon. File photo", "Taoiseach Micheál Martin. PHOTO: ROLLINGNEWS.IE":
  // after the caption's sentence, what kind of picture it is or its labelled credit.
  if (
    words <= 45 &&
    (/[.!?]\s+(?:file|archive|stock)\s+(?:photo|picture|image)\.?$/i.test(t) ||
      /[.!?]\s+(?:PHOTO|Photo|PICTURE|Picture|IMAGE|Image|Foto|FOTO|Fotó)\s*:\s*[\p{L}\d][\p{L}\d .&'’/-]{1,60}$/u.test(
        t,
      ))
  )
    return true;
  // "Photo: Meloni welcomes Zelensky to La Nuvola. Credit: Palazzo Chigi press office.": the credit may end on a stop.
  if (words <= 60 && /^.{10,}?[.!?]?\s*Credit\s*(?:\.{2,}|…|:)\s*\p{Lu}[^.!?]{1,80}\.?$/u.test(t))
    return true;
  // "… in Brussels on Thursday. AP", "… at the Elysee Palace in Paris. — AFP", "… in Darwin on Friday.
  // Dominic Ferris", "… on Thursday. Anouk Delmas for The American Ledger": the credit after the caption's
  // sentence, with no label.
  // Not a story's last paragraph with the agency's sign-off glued on ("… ,” the official said. — Reuters").
  if (
    words <= 45 &&
    (AGENCY_AFTER_SENTENCE.test(t) || PHOTOGRAPHER_AFTER_SENTENCE.test(t)) &&
    !REPORTED_SPEECH.test(t)
  )
    return true;
  // "… to international conflicts. (Gobierno de México)": an institution or agency in brackets after the
  // caption's sentence, with no verb of its own.
  const bracketed =
    /[.!?]\s*\(((?:\p{Lu}[\p{L}.'’&-]*)(?:\s+(?:de|del|of|the|du|da|di|and|y|et|\p{Lu}[\p{L}.'’&-]*)){0,4})\)$/u.exec(
      t,
    );
  // Not a wire's own credit ("(Reuters)", left to the rules for agencies) nor an editor's note ("(Updated)").
  if (
    bracketed &&
    words <= 45 &&
    !REPORTED_SPEECH.test(t) &&
    !AGENCY_ALONE_NAME.test(bracketed[1] as string) &&
    !/^(?:Updated|Corrected|Translated|Additional\b|Edited|Amended|Developing|Analysis|Opinion|Video|Photos?)/.test(
      bracketed[1] as string,
    )
  )
    return true;
  // "… at Fort Drum in 2024.Marisa Quinlan | mquinlan@syracuse.com": the photographer and their address.
  if (
    words <= 50 &&
    /[.!?]\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s*\|\s*\S+@\S+\.\w{2,}$/u.test(t)
  )
    return true;
  // "… in the East Room of the White House. | Caroline Brewster/Alamy": the photographer and the agency after a bar.
  if (
    words <= 45 &&
    /[.!?]\s+\|\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s*\/\s*\p{Lu}[\p{L}&.-]+(?:\s+\p{Lu}[\p{L}&.-]+){0,2}$/u.test(
      t,
    )
  )
    return true;
  // "… in Brussels on Friday (Reuters photo)": the agency's photo in brackets.
  if (words <= 45 && AGENCY_PHOTO_IN_BRACKETS.test(t)) return true;
  // "(Pool photo via Kyodo)", "(Photo courtesy of the Élysée)": a photo's source in brackets after a sentence.
  if (/[.!?]\s*\([^()]{0,40}\b(?:photo|pool|via|courtesy)\b[^()]{0,40}\)\s*$/i.test(t)) return true;
  // "… this afternoon | PA", "… in Brussels, Belgium, April 10, 2025. /Xinhua": an agency alone after a bar or a
  // slash ends a caption.
  // A credit alone ("Ludovic Marin | AFP") is a credit line, read as such above or below its caption.
  if (words >= 8 && words <= 45 && CAPTION_AGENCY_AFTER_BAR.test(t) && !REPORTED_SPEECH.test(t)) return true;
  // "… at Castel Gandolfo on 9 July  (@Vatican Media)": an account's handle in brackets credits the picture.
  if (words <= 45 && /[\p{L}\d.]\s+\(@[\p{L}\p{N}_ .-]{2,40}\)\s*$/u.test(t)) return true;
  // "… on Aug. 18 (Courtesy of White House)": a courtesy credit in brackets needs no full stop before it.
  if (words <= 50 && /\s\((?:[Pp]hoto\s+)?[Cc]ourtesy(?:\s+of)?\b[^()]{2,60}\)\s*$/.test(t)) return true;
  // "… in Washington, April 30, 2025. [AP Photo]", "… in Kyiv. [Photo: Presidential Office]": a credit alone in
  // square brackets after the caption's sentence.
  if (words <= 50 && CREDIT_IN_SQUARE_BRACKETS.test(t)) return true;
  // "(Gabriel Orosco | The New York Times) President Donald Trump meets …": the photographer and the paper in
  // brackets before the caption.
  if (
    words <= 50 &&
    // "(LUCAS BRANDT, THE PANTAGRAPH) Members of …": in capitals, a comma between.
    (/^\(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*[|/]\s*[\p{L}][\p{L}.&'’ -]{1,40}\)\s+\p{Lu}/u.test(
      t,
    ) ||
      /^\(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,3},\s+[\p{Lu}][\p{Lu}.&'’ -]{1,40}\)\s+\p{Lu}/u.test(
        t,
      ))
  )
    return true;
  // "… for Monday's meeting. LUDOVIC MARIN (AFP)": the photographer in capitals, then the agency.
  if (/[.!?]\s+\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}\s*\([\p{L} .&/-]{2,30}\)\s*$/u.test(t))
    return true;
  if (words <= 45 && (PHOTOGRAPHER_SLASH_AGENCY.test(t) || SLASHED_CREDIT_AFTER_SENTENCE.test(t)))
    return true;
  // "… April 10, 2025. REUTERS/Johan Desmet Purchase Licensing Rights, opens new tab": the licensing link after it.
  const credit = t.replace(/\s*Purchase Licensing Rights(?:, opens new tab)?\s*$/i, '');
  // "… on Aug. 18, 2025. Andrew Caballero-Reynolds, AFP via Getty Images": the photographer, then the agency.
  if (
    /[.!?]\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?:,\s+(?:AFP|AP|Reuters|EPA|Getty Images|Pool)(?:\s+via\s+Getty Images)?|,?\s+(?:AFP|AP|Reuters|EPA|Pool)\s+via\s+Getty Images)$/u.test(
      credit,
    )
  )
    return true;
  // "… on Thursday. CNA photo April 11, 2025": the agency's photo and its date.
  if (AGENCY_PHOTO_AFTER_SENTENCE.test(credit) && wordCount(credit) <= 50) return true;
  // "… April 10, 2025. - AP Photo/Omar Havana", "… in Paris. AFP photo/Mathieu Renard": the agency's photo,
  // then its photographer, and a pool's name after another slash ("REUTERS/Benoit Laurent/Pool").
  return /(?:^|\s)(?:REUTERS|AFP|AP|EPA|ANADOLU|GETTY IMAGES)(?: [Pp]hoto)?(?:\/[\p{L} .'’-]{2,40}){1,2}$/u.test(
    credit,
  );
}

/** News and photo agencies as captions credit them. */
export const AGENCY_NAMES =
  'Agence France-Presse|Associated Press|Press Association|Tribune News Service|ZUMA Press|ZUMA Wire|Sipa USA|Abaca Press|NurPhoto|Deutsche Presse-Agentur|Canadian Press|Press Trust of India|Kyodo News|Anadolu Agency|AFP|AP|AAP|Reuters|EPA|Getty Images|Getty|Bloomberg|PA Wire|PA Media|PA|Pool|Anadolu|Xinhua|dpa|WAM|SPA|Yonhap|Kyodo|ANP|TASS|Ukrinform|ANSA|EFE|Belga|NTB|TT|Lusa|Jiji|Bernama|PTI|ČTK|CTK|APA|PAP|Interfax|UNIAN|IANS|ANI';

/** The wire a story came from, signed off at its foot: "— AP, with Stuff", "- with AFP", "— Reuters and staff". */
export const WIRE_SIGN_OFF = new RegExp(
  String.raw`^[—–-]\s*(?:(?:${AGENCY_NAMES})(?:\s*,?\s*(?:with|and|&)\s+[\p{L}&.'’ ]{1,30})?|with\s+(?:${AGENCY_NAMES}))\.?$`,
  'u',
);

/** An agency's name and nothing else: "Reuters", "AFP". */
const AGENCY_ALONE_NAME = new RegExp(String.raw`^(?:${AGENCY_NAMES})$`, 'u');
/** "(Reuters photo)", "(CNA picture)": the agency's photo in brackets. */
const AGENCY_PHOTO_IN_BRACKETS = new RegExp(
  String.raw`\((?:${AGENCY_NAMES}|[\p{Lu}][\p{L}.]{1,20})\s+(?:photo|picture|image|file photo)\)$`,
  'u',
);
const CAPTION_AGENCY_AFTER_BAR = new RegExp(
  String.raw`\S(?:\s+\|\s*|[.!?]?\s*\/\s*)(?:${AGENCY_NAMES}|${AGENCY_NAMES.toUpperCase()}|GETTY)$`,
  'u',
);
/** "… April 30, 2025. [AP Photo]", "… in Kyiv. [Photo: Presidential Office]": a credit in square brackets. */
const CREDIT_IN_SQUARE_BRACKETS = new RegExp(
  String.raw`[.!?]\s*\[(?:(?:${AGENCY_NAMES})(?:\s+(?:[Pp]hoto|[Pp]icture|[Ff]ile|[Ii]mage))?|(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Cc]redit)s?\s*:\s*[^\][]{2,60})\]$`,
  'u',
);
/** "… on Thursday. CNA photo April 11, 2025": the agency's photo, maybe with its date, after the sentence. */
const AGENCY_PHOTO_AFTER_SENTENCE = new RegExp(
  String.raw`[.!?]\s+(?:${AGENCY_NAMES}|CNA|[\p{Lu}]{2,8})\s+(?:photo|picture)(?:\s+[\p{L}\d ,.]{4,24})?$`,
  'u',
);

/**
 * "… in Vladivostok. via REUTERS", "… at the White House in Washington, Monday. AP-Yonhap": a caption ending on
 * the agency the picture came through.
 */
const CAPTION_VIA_AGENCY = new RegExp(
  `[.!?]\\s+(?:(?:[\\p{L}-]+\\s+){0,3}(?:handout\\s+)?via\\s+(?:${AGENCY_NAMES}|REUTERS)|(?:${AGENCY_NAMES})[-/](?:${AGENCY_NAMES}))$`,
  'u',
);

/**
 * A newsroom desk signing the story: "FC Bureau (with inputs from agencies)", "Express News Service", "Web
 * Desk", "Staff Reporter", "Our Correspondent", "TRT World and Agencies".
 */
export const DESK_BYLINE =
  /^(?:by\s+)?(?:[\p{Lu}][\p{L}.&'’-]*\s+){0,3}(?:Bureau|Desk|News Service|News Network|Staff(?: Reporter| Writer|\s+(?:and|&)\s+[Aa]gencies)?|Correspondent|Web Team|Digital Team|Newsroom|(?:and|&) [Aa]gencies)(?:\s*\(\s*with (?:inputs?|reporting) from [^)]{2,60}\))?$/u;

/**
 * A byline that names only news agencies: "Agence France-Presse and Reuters", "AFP, Reuters", "By AP",
 * "The Associated Press", maybe with the places it was filed from ("AFP and Reuters, PARIS and GENEVA"). The story is theirs; no one line of it is the article's.
 */
export const AGENCY_BYLINE = new RegExp(
  // A photo agency alone ("Getty Images", "EPA") credits a picture, not the story.
  String.raw`^(?!(?:Getty(?: Images)?|EPA|Pool|Shutterstock|Alamy)\s*$)(?:by\s+|with\s+)?(?:the\s+)?(?:${AGENCY_NAMES})(?:\s*(?:,|and|&|\/|with)\s*(?:the\s+)?(?:${AGENCY_NAMES}))*(?:\s+(?:wires?|news agency|staff|reporters))?(?:,\s*\p{Lu}[\p{Lu}'’.-]+(?:(?:\s+and\s+|\s*,\s*|\s+)\p{Lu}[\p{Lu}'’.-]+)*)?\.?$`,
  'iu',
);
/** A desk's byline with the agency that helped: "Staff writers and AFP", "News Corp Australia Network with AP". */
/**
 * A think tank's author card, the line under the writer's name: "Senior Research Fellow, Russia and Eurasia
 * Programme", "Visiting Fellow", "Jonas Ekwall, Research Fellow for Land Warfare". A post and its field, no verb.
 */
export const AUTHOR_POST = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2},\s+)?(?:(?:Senior|Junior|Visiting|Associate|Assistant|Deputy|Non-?[Rr]esident|Distinguished|Principal|Lead|Chief|Executive|Managing|Research|Policy|Programme|Program|Academic|Adjunct)\s+){0,3}(?:Fellow|Director|Researcher|Research Analyst|Analyst|Professor|Lecturer|Head)(?:(?:,\s+|\s+(?:of|for|at|on|in)\s+(?:the\s+)?)(?:\p{Lu}[\p{L}'’&-]*|and|of|the|for|on|programme|program|project|initiative)(?:\s+(?:\p{Lu}[\p{L}'’&-]*|and|of|the|for|on|programme|program|project|initiative))*)?$`,
  'u',
);

/** A live page's writers by their turn: "Peter Walsh (now) and Ellen Carrow (earlier)". */
export const LIVE_WRITERS =
  /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,2}\p{Lu}[\p{L}'’.-]+\s+\((?:now|earlier|later)\)(?:\s*(?:,|and|,\s+and)\s+(?:\p{Lu}[\p{L}'’.-]+\s+){1,2}\p{Lu}[\p{L}'’.-]+\s+\((?:now|earlier|later)\))+$/u;

/** Two or three writers' full names and nothing else, a byline without its "By": "Harriet Aldous and Tomasz Wierzbicki". */
export const NAMES_ONLY_BYLINE =
  /^(?!By(?:\s|\p{Lu}))\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}(?:,\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})?,?\s+and\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$/u;

export const DESK_WITH_AGENCY = new RegExp(
  // "RTL Today with AFP": the outlet's own name, then the agency it used.
  // "By AFP and Times of Israel Staff": the wire, then the paper's own staff.
  String.raw`^By\s+(?:${AGENCY_NAMES})\s+(?:and|&)\s+(?:[\p{Lu}][\p{L}.&'’-]*\s+(?:of\s+(?:the\s+)?)?){1,4}[Ss]taff$|` +
    // "DAILY SABAH WITH AGENCIES": the outlet's own, with the wires it used.
    String.raw`^(?:(?:[\p{Lu}][\p{L}.&'’-]*\s+){1,3}(?:with|WITH|With)\s+(?:agencies|AGENCIES|Agencies|wires|WIRES|Wires)$|(?:[\p{Lu}][\p{L}.&'’-]*\s+){1,3}with\s+(?:${AGENCY_NAMES})$|(?:[\p{Lu}][\p{L}.&'’-]*\s+){0,4}(?:[Ss]taff(?:\s+(?:writers?|reporters?))?|[Nn]etwork|[Rr]eporters|[Ww]riters|[Cc]orrespondents?|[Dd]esk)\s+(?:and|with|&)\s+(?:${AGENCY_NAMES})(?:\s*(?:,|and|&)\s*(?:${AGENCY_NAMES}))*$)`,
  'u',
);
// "… August 18, 2025. — Reuters pic", "… Sept. 5, 2025. XINHUA": the agency, maybe in capitals, maybe with
// what it gave.
const AGENCY_AFTER_SENTENCE = new RegExp(
  String.raw`(?<!\b[A-Z])[.!?]\s+(?:[—–-]\s*)?(?:${AGENCY_NAMES}|${AGENCY_NAMES.toUpperCase()})(?:\s*\/\s*[\p{L} .'-]{2,40}|\s+via\s+(?:${AGENCY_NAMES}|Getty Images)|\s+(?:pic|[Pp]hoto|[Pp]icture))?$`,
  'u',
);
/** "“If that is real, we can build around it,” the official said": reported speech, which no caption is. */
const REPORTED_SPEECH = /[“"][^“”"]{3,}[”"][^“”"]{0,40}\b(?:said|says|told|added)\b/;
/**
 * "… after the summit - Ludovic Marin/AFP", "… in Kyiv. — Anouk Perrault/AFP/Pool", "… in Brussels. | Sylvain
 * Pérez/AFP via Getty Images", "… Sept. 4,
 * 2025. | Henri Valette/Pool Photo".
 */
const PHOTOGRAPHER_SLASH_AGENCY = new RegExp(
  String.raw`\s[-–—|]\s+[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}\s*\/\s*(?:${AGENCY_NAMES})(?:\s*\/\s*(?:${AGENCY_NAMES}))*(?:\s+Photo|\s+via\s+(?:${AGENCY_NAMES}))?$`,
  'u',
);
/** "… September 4, 2025. Meridian/Claire Dubois/Pool": agency, photographer and pool, slashed, after the sentence. */
// A full stop after a single capital closes an initialism ("U.S. Ground Troops"), not a sentence.
const SLASHED_CREDIT_AFTER_SENTENCE =
  /(?<!\b[A-Z])[.!?]\s*[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}(?:\s*\/\s*[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}){1,3}(?:\s*\/\s*\p{Ll}{1,4}\.?)?(?:\s+via\s+[\p{Lu}][\p{L}.'’ -]{1,30})?$/u;
// "… in Washington. Nadine Castellanos AP": the agency may follow the name with no comma.
const PHOTOGRAPHER_AFTER_SENTENCE = new RegExp(
  String.raw`(?<!\b[A-Z])[.!?]\s+[\p{Lu}][\p{L}'’-]+\s+[\p{Lu}][\p{L}'’-]+(?:\s+for\s+(?:The\s+)?[\p{Lu}][\p{L}'’ -]{2,40}|\s+(?:${AGENCY_NAMES}))?$`,
  'u',
);
/** "… in Parma. (Jared Pulaski, cleveland.com)": the photographer, then the paper or agency, in brackets. */
const CAPTION_PHOTOGRAPHER_PAPER = new RegExp(
  String.raw`[.!?]\s*\(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2},\s*(?:[\p{L}-]+\.(?:com|org|net|co\.uk|ie)|${AGENCY_NAMES}|The(?:\s+\p{Lu}[\p{L}-]+){1,3})\)$`,
  'u',
);

/** Names at a line's start: "President Alexander Stubb", "Sir Keir", "Macron (right) and Zelensky". */
// "President Emmanuel Macron of France, right, and President Volodymyr Zelensky of Ukraine at …": as American
// papers caption, each name may carry its country and where it stands in the picture.
const CAPTIONED_NAME = String.raw`(?:[\p{Lu}][\p{L}.'’-]*\s+){0,5}[\p{Lu}][\p{L}.'’-]*(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2})?(?:\s+\((?:left|right|centre|center)\)|,\s*(?:left|right|centre|center),)?\s+`;
const NAMES_FIRST = String.raw`${CAPTIONED_NAME}(?:and\s+${CAPTIONED_NAME})?`;
/** Verbs only a photo's caption uses in the present tense: what the picture shows someone doing. */
const CAPTION_VERB = String.raw`(?:embraces|gestures|waves|shakes hands|poses|listens|looks on|smiles|chats|walks|arrives|speaks (?:to|at|during|with))`;
// "Leaders gather at Lancaster House in London yesterday.": the present tense with "yesterday" is a caption's
// grammar alone; the story says "met".
const PRESENT_YESTERDAY = String.raw`(?:gather|meet|arrive|attend|pose|stand|sit|walk|talk|speak|listen|leave|greet)s?\b[^.!?“”"]{0,100}\byesterday\.?$`;
// "Emmanuel Macron and Volodymyr Zelensky in Paris yesterday": people in a place on a day, no verb.
const IN_PLACE_ON_DAY = String.raw`in\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:yesterday|today|on\s+\p{Lu}\p{Ll}+day)\.?$`;
const CAPTION_SHAPE = new RegExp(
  // Not a date line's label: "Published at : March 3, 2025".
  String.raw`^(?!(?:By|BY|Von|Par|Por|Published|Updated|Posted|Last|First)\s)${NAMES_FIRST}(?:${CAPTION_VERB}\b|${PRESENT_YESTERDAY}|${IN_PLACE_ON_DAY}|(?:at|outside|inside|during|after|with(?!\s+(?:${AGENCY_NAMES})\b))\s+(?![^.]*\b(?:said|says|told|will|would|was|were|is|are|has|have|\w+ed)\b))`,
  'u',
);

/**
 * A photo's caption with no credit on its line: people doing what a picture shows ("Sir Keir embraces
 * Volodymyr Zelensky as leaders gather at Lancaster House"), or people at a place with no verb at all
 * ("President Alexander Stubb at the Presidential Palace in Helsinki on Tuesday."). A sentence of the
 * article has a verb of telling or doing: "Macron and Starmer meet in Paris on Thursday" stays.
 */
export function isBareCaption(text: string): boolean {
  const t = text.trim();
  // A headline's two parts ("Greece at the Coalition of the Willing meeting in Paris: maritime know-how for …").
  if (/[“”"]/.test(t) || /:\s+\p{Ll}/u.test(t)) return false;
  return (
    (wordCount(t) <= 30 && CAPTION_SHAPE.test(t)) ||
    (wordCount(t) <= 45 && (CAPTION_WITH_FULL_DATE.test(t) || isPositionedCaption(t) || FILE_PHOTO.test(t)))
  );
}

/**
 * "… at the White House in this file photo from March.", "Reuters file photo of a Ukrainian soldier …": a
 * caption that says it shows an older picture.
 */
// The phrase closes the caption ("… in this file photo from March."), or opens one that tells no news ("Reuters
// file photo of …", not "… file photo of the meeting was later withdrawn").
const FILE_PHOTO =
  /\bin (?:this|a|an) (?:undated |\d{4} )?[Ff]ile (?:photo|picture|image)(?:\s+(?:from|taken|dated)\s+[^.,;]{1,30})?\.?$|^(?:\p{Lu}[\p{L}&.-]*\s+){0,2}[Ff]ile (?:photo|picture|image) (?:of|shows)\b(?![^.]*\b(?:was|were|is|are|has|have|had)\b)/u;

/**
 * Where a person stands in the picture, after their name: "Donald Trump (center) meets …", "Volodymyr
 * Zelenskyy, center, welcomes, from left, …", "Merz (2nd L)", "(L-R)". Only a caption points at a picture so;
 * "(left)" in a sentence is a party ("the Left (left-wing) …") and never follows a name this way.
 */
const PICTURE_POSITION = new RegExp(
  // "(C)" is the centre; "(R)" and "(L)" only beside another person or a caption's verb ("Healey (R) and
  // Lecornu attend …"), never a party's letter ("Sen. Roger Wicker (R), chairman …"); not "fire from left,
  // right and centre": "from left" points at the names after it.
  String.raw`\p{Lu}[\p{L}'’.-]+(?:\s*\((?:left|right|cent(?:er|re)|C|(?<!\b(?:Sen|Rep|Senator|Representative|Congressman|Congresswoman|Gov)\.?\s+(?:\p{Lu}[\p{L}'’.-]+\s+){0,2}\p{Lu}[\p{L}'’.-]+\s*\()[LR](?=\)\s+(?:and|with|attend|arrive|meet|shake|talk|speak|walk|pose|greet|listen|look|sit|stand|hold|wave)|\)\s*,\s+\p{Lu}[\p{L}'’.-]+\s+\p{Lu})|[Ll]-[Rr]|(?:\d(?:st|nd|rd|th)|second|third)\s+(?:from\s+)?(?:left|right|L|R))\)|,\s+(?:left|right|cent(?:er|re)),\s)|\b(?:from\s+(?:left|right)(?:\s+to\s+(?:right|left))?|left\s+to\s+right)\s*[,:]\s+\p{Lu}`,
  'u',
);
/** A reporting verb: a sentence tells what someone said, a caption shows them. */
const TELLS = new RegExp(String.raw`\b${SPEECH_VERB}\b`);

function isPositionedCaption(t: string): boolean {
  return PICTURE_POSITION.test(t) && !TELLS.test(t);
}

/**
 * "President Donald Trump meets European leaders … in the East Room of the White House on Aug. 18, 2025.": a
 * picture's people doing something in the present, dated to the day and year as captions are and news
 * sentences about this week are not.
 */
const CAPTION_WITH_FULL_DATE = new RegExp(
  String.raw`^${NAMES_FIRST}(?:meets|greets|speaks|attends|arrives|walks|talks|listens|waves|gestures|poses|shakes hands|holds|delivers|addresses|leaves|looks on|sits|stands|signs|hugs|embraces|welcomes|chats|shakes)\b(?![^.]*\b(?:said|says|was|were|has|have|is|are|will|would)\b)[^.!?]{0,250}(?:\b(?:on|in)\s+|,\s+)(?:\p{Lu}\p{Ll}+day,?\s+)?${MONTH_RE}\s+\d{1,2},?\s+\d{4}\.?$`,
  'u',
);

/**
 * A strip of market or sports data: three or more short segments between bars, each with a figure
 * ("STOXX 600 556.31 ▲0.4% | DAX 23,081 ▲1.5% | EUR/USD 1.0788 ▲0.2%").
 */
export function isDataStrip(text: string): boolean {
  const parts = text.trim().split(/\s+[|·•]\s+/);
  // Each segment a price or a change ("23,081", "▲1.5%", "$2,931"): a date line's segments ("Published Sep
  // 05, 2025 • 3 minute read") have figures too, but no such numbers.
  const figure = (p: string) => /[▲▼%$€£¥]|\d[.,]\d/.test(p) && wordCount(p) <= 5 && !/[.!?]$/.test(p);
  // Or the weather and the rate of the day, two segments: "Ashgabat +24°C | 1 USD = 3.5 TMT".
  const weather = (p: string) => /^\p{Lu}[\p{L}' -]{1,30}\s[+−-]?\d{1,2}\s?°\s?[CF]$/u.test(p);
  const rate = (p: string) => /^\d+(?:[.,]\d+)?\s?\p{Lu}{3}\s?=\s?\d+(?:[.,]\d+)?\s?\p{Lu}{3}$/u.test(p);
  // A post's reactions: "👍 512 🙏 88 🔥 41", "👍 1.1K".
  if (/^(?:\p{Extended_Pictographic}\uFE0F?\s*\d[\d.,]*[KkMm]?\s*)+$/u.test(text.trim())) return true;
  return (
    (parts.length >= 3 && parts.every(figure)) ||
    (parts.length >= 2 && parts.every((p) => weather(p) || rate(p)) && parts.some(weather))
  );
}

/** An outlet's logo as a scraper keeps its alt text: "The Harbor Courier-Post logo". */
export const LOGO_LINE = /^(?:[\p{Lu}\d][\p{L}\d.&'’-]*\s+){1,6}(?:logo|Logo|LOGO)$/u;

/**
 * A paywall or metering prompt: "Subscribe to read the rest of this article", "You have read 3 of 3 free
 * articles this month.", "Already a subscriber? Sign in", "Try 4 weeks for €1".
 */
export const PAYWALL =
  /^(?:subscribe (?:now )?to (?:read|continue|unlock)\b|you have \d+ free (?:articles?|stories) (?:left|remaining)\b|subscribe (?:now|today|from|for)\b|subscribe\s*[—–-]\s*\S|you have (?:read|reached) (?:\d+ of \d+|your (?:limit|\d+))|already (?:a subscriber|have an account)\?|try \d+ (?:weeks?|months?|days?) for\b|(?:continue|keep) reading (?:with|for)\b|this (?:article|story|content) is (?:for|exclusive to|only available to) (?:subscribers|members)|unlock (?:this|unlimited|full) (?:article|access)\b|become a (?:subscriber|member) to\b)/i;

/** An agency's or colleague's part in the story: "(Kyodo contributed to this report)", "AP writers … contributed." */
export function isContributionLine(text: string): boolean {
  const t = text.trim();
  return (
    wordCount(t) <= 30 &&
    (/\bcontributed(?: reporting)?(?: to (?:this|the) (?:report|story|article))?[.)]*$/i.test(t) ||
      // "NPR's Gabriel Ostrowski contributed reporting from London.": names, and where from.
      /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}contributed (?:additional )?reporting from\s+\p{Lu}[^.]{0,40}\.?$/u.test(
        t,
      ) ||
      // "Pantagraph reporter Luke Harmon contributed from Bloomington.": a journalist, and where from.
      /\b(?:reporter|correspondent|writer|staff|journalist)s?\b[^.]{0,60}\bcontributed from\b[^.]{1,40}\.?$/i.test(
        t,
      ) ||
      // "Ellen Ashworth reported from Washington, and Marc Dugas from London.": the writers and where they were.
      /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+reported from\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:,?\s+and\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:reported\s+)?from\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)?\.$/u.test(
        t,
      ))
  );
}

/** Words that name a journalist's or a scholar's job, as an author's bio at the end of a page states it. */
const BIO_ROLE =
  /\b(?:editor|correspondent|reporter|writer|columnist|journalist|contributor|fellow|professor|lecturer|researcher|analyst|commentator|producer|presenter|author|writes about|host|bureau chief|covering|covers)\b/i;

/** "Helena Brandt is a senior fellow at …", "Sophie Lenoir is the magazine's Europe editor.": a bio line. */
export function isBioLine(text: string): boolean {
  const t = text.trim();
  // "Daniel Okafor covers national security from Washington.", "Marsden covers British politics for The
  // Associated Press.": the writer's beat in one line.
  // "… for The Arizona Republic. Reach her at …": the beat, then how to reach the writer.
  const contact =
    /[.?!]\s+(?:(?:Got|Have) a (?:story|tip|news tip|story tip)\?\s+)?(?:Reach|Contact|Email|E-mail|Write to|Follow|Get in touch(?: with (?:him|her|them))?(?: at| via| on)?) (?:him|her|them|the (?:writer|author|reporter))?\b.*$/.exec(
      t,
    );
  // "… with a focus on South Carolina’s delegation. She joined McClatchy in 2021.": the writer's history after
  // the beat is the bio's too.
  const history =
    /\.\s+(?:She|He|They)\s+(?:joined|has (?:covered|reported|worked)|previously|was|(?:is|are) based|grew up|lives)\b[^.]{0,120}\.$/.exec(
      t,
    );
  const rest = contact ? t.slice(0, contact.index + 1) : t;
  const beat = history && !contact ? rest.slice(0, history.index + 1) : rest;
  if (
    /^(?:[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]*){1,2}\s+(?:covers|reports on|writes (?:about|on)|reports from)\s.*\b(?:from|for|in|across)\s+(?:[Tt]he\s+)?(?=\p{Lu}|[\p{Ll}-]+\.(?:com|org|net)\b)|[\p{Lu}][\p{L}'’-]+\s+(?:covers|reports on|writes (?:about|on))\s.*\b(?:(?:across|from)\s+(?=\p{Lu})|for\s+(?:The\s+|the\s+(?=\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\.|\s+and has\b|$)))))[\p{L}][\p{L}.'’ &-]*(?:,\s+(?:with a focus on|including|especially|particularly) [\p{L}.'’ &-]{2,80}|,\s+\p{Lu}[\p{L}.'’ -]{1,30}|\s+and has (?:reported|written|covered)\b[^.]{2,120})?\.?$/u.test(
      beat,
    ) &&
    wordCount(beat) <= 25 &&
    wordCount(t) <= 50
  )
    return true;
  // "Halvard Lindqvist, a former state secretary in Sweden’s Ministry of Defence, is a senior fellow at the Nordic
  // Institute for Strategic Studies.": a scholar's post, after what they were.
  if (
    /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,2}(?:,\s+(?:a|an|the)\s[^,]{3,100},)?\s+is\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:fellow|professor|researcher|analyst|scholar|lecturer|associate)\s+(?:(?:of|in)\s+\p{Ll}[\p{L} ]{1,40}\s+)?(?:at|of|with|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|on)\s+)?){0,6}(?:Institute|University|College|Council|Centre|Center|School|Foundation|Academy|Endowment|Studies|House|Forum)\b[^,.]{0,60}\.?$/u.test(
      t,
    ) &&
    wordCount(t) <= 45
  )
    return true;
  // "Owen is a defence reporter for the UK Defence Journal, covering …": a writer by first name, on a blog's card.
  if (
    /^\p{Lu}[\p{L}'’-]+\s+is\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:reporter|correspondent|editor|writer|columnist|journalist)\s+(?:for|at|with)\s+(?:the\s+)?\p{Lu}/u.test(
      t,
    ) &&
    wordCount(t) <= 40
  )
    return true;
  // "Harriet Colvin is The Saturday Paper’s Europe correspondent.", "Lydia Marchetti is The Washington Post’s London
  // bureau chief.": the outlet's own, in the possessive.
  if (
    /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,2}\s+is\s+(?:The\s+)?\p{Lu}[\p{L}.&'’ -]{1,40}[’']s\s+(?:[\p{L}-]+\s+){0,3}(?:writer|correspondent|editor|reporter|columnist|critic|bureau chief|producer|anchor|host|contributor)(?:,?\s+(?:in|for|at|based in)\s+\p{Lu}[\p{L} .'’-]{1,30}?)?(?:\s+and\s+(?:covers|writes about|reports on)\s[^.]{2,120})?(?:\.\s+(?:He|She|They)\s+(?:has|have|had|is|was|joined|previously|covers|cover|writes|write|reports|report)\b[^.]{2,120})?\.?$/u.test(
      t,
    )
  )
    return true;
  // "Lorenzo Ricci and Hanna Kowalczyk cover European security for The Associated Press from Brussels and
  // Warsaw.": two writers and their beat; "Macron and Starmer write about their plan … for The Telegraph" is
  // the story.
  if (
    /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+and\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:cover|report on|write (?:about|on)(?!\s+(?:their|his|her|its|the|a|an|this|that|how|why|what)\b))\s[^.]{2,120}\bfor\s+(?:The\s+)?\p{Lu}[^.]{1,80}\.?$/u.test(
      t,
    ) &&
    wordCount(t) <= 40
  )
    return true;
  // "Daniel Crowther joined the Norwich Evening News in 2021 and covers defence …": the writer's start at the
  // paper, then the beat.
  if (
    /^[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2}\s+joined\s+(?:the\s+)?\p{Lu}[\p{L}&.'’ -]{1,50}\s+in\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4}(?:\s+as\s+[\p{L}' -]{2,40})?,?\s+and\s+(?:now\s+)?(?:covers|reports on|writes about|has (?:covered|reported on|written about))\s/u.test(
      t,
    ) &&
    wordCount(t) <= 45
  )
    return true;
  // "Mirror Weekly correspondent covering security policy, NATO and …": the outlet's writer, unnamed, and the beat.
  if (
    /^(?!(?:A|An|The|One|Another)\s)(?:\p{Lu}[\p{L}.&'’-]*\s+){1,4}(?:senior\s+|chief\s+|political\s+|foreign\s+|defen[cs]e\s+)?(?:correspondent|reporter|editor|columnist|journalist)\s+(?:covering|who covers|focusing on|specialising in|specializing in|reporting on)\s/u.test(
      t,
    ) &&
    // A sentence of the story tells what the correspondent did; a bio has no such verb.
    !/\b(?:was|were|is|are|said|told|says|has|had|wrote|writes|noted|argued|warned|reported|posted)\b/.test(
      t,
    ) &&
    // "Kyiv Independent reporter covering the front line, Illia Ponomarenko, wrote …": a name in apposition.
    !/,\s*\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+,/u.test(t) &&
    wordCount(t) <= 30
  )
    return true;
  // "Oluwaseun has over six years of experience reporting on foreign affairs … for The PUNCH.": the writer's
  // years on the beat.
  if (
    /^[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2}\s+has\s+(?:over|more than|nearly|almost|some)?\s*[\p{L}\d-]+\s+years?\s+of\s+experience\s+(?:reporting|covering|writing|in journalism|as a)\b/u.test(
      t,
    ) &&
    wordCount(t) <= 45
  )
    return true;
  return (
    /^[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2}\s+(?:is|was|has been)\s+(?:a|an|the|(?:The\s+)?[\p{Lu}][\p{L}&-]*[’']s|(?:[\p{Lu}][\p{L}&-]*\s+){1,2}(?=editor|correspondent|reporter|writer|columnist|analyst|producer))\s*/u.test(
      t,
    ) &&
    BIO_ROLE.test(t) &&
    wordCount(t) <= 40
  );
}
