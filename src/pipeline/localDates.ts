/**
 * Date words of the languages an English-language page from Europe (Iceland too), Turkey or Latin America may keep in
 * its date line: month names ("19. august 2025", "30. srpna 2025", "19 de agosto de 2025"), weekdays
 * ("tirsdag 19. august 2025") and the labels "published" and "updated" ("Opdateret", "Aktualisiert",
 * "Mis à jour le"). Only date lines read them; the article's own text is English.
 */

/** Month names, nominative and (where dates decline them) genitive, lower case. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  [], // months count from 1
  [
    'januar',
    'jänner',
    'janvier',
    'enero',
    'janeiro',
    'gennaio',
    'januari',
    'stycznia',
    'ledna',
    'tammikuuta',
    'január',
    'ianuarie',
    'ocak',
    'siječnja',
    'sausio',
    'janúar',
  ],
  [
    'februar',
    'février',
    'febrero',
    'fevereiro',
    'febbraio',
    'februari',
    'lutego',
    'února',
    'helmikuuta',
    'február',
    'februarie',
    'şubat',
    'veljače',
    'vasario',
    'febrúar',
  ],
  [
    'märz',
    'marts',
    'mars',
    'marzo',
    'março',
    'maart',
    'marca',
    'března',
    'maaliskuuta',
    'március',
    'martie',
    'mart',
    'ožujka',
    'kovo',
  ],
  [
    'april',
    'avril',
    'abril',
    'aprile',
    'kwietnia',
    'dubna',
    'huhtikuuta',
    'április',
    'aprilie',
    'nisan',
    'travnja',
    'balandžio',
    'apríl',
  ],
  [
    'mai',
    'maj',
    'mayo',
    'maio',
    'maggio',
    'mei',
    'maja',
    'května',
    'toukokuuta',
    'május',
    'mayıs',
    'svibnja',
    'gegužės',
    'maí',
  ],
  [
    'juni',
    'juin',
    'junio',
    'junho',
    'giugno',
    'czerwca',
    'června',
    'kesäkuuta',
    'június',
    'iunie',
    'haziran',
    'lipnja',
    'birželio',
    'júní',
  ],
  [
    'juli',
    'juillet',
    'julio',
    'julho',
    'luglio',
    'lipca',
    'července',
    'heinäkuuta',
    'július',
    'iulie',
    'temmuz',
    'srpnja',
    'liepos',
    'júlí',
  ],
  [
    'august',
    'août',
    'agosto',
    'augustus',
    'augusti',
    'sierpnia',
    'srpna',
    'elokuuta',
    'augusztus',
    'ağustos',
    'kolovoza',
    'rugpjūčio',
    'ágúst',
  ],
  [
    'september',
    'septembre',
    'septiembre',
    'setiembre',
    'setembro',
    'settembre',
    'września',
    'září',
    'syyskuuta',
    'szeptember',
    'septembrie',
    'eylül',
    'rujna',
    'rugsėjo',
  ],
  [
    'oktober',
    'octobre',
    'octubre',
    'outubro',
    'ottobre',
    'października',
    'října',
    'lokakuuta',
    'október',
    'octombrie',
    'ekim',
    'listopada',
    'spalio',
  ],
  [
    'november',
    'novembre',
    'noviembre',
    'novembro',
    'listopada',
    'listopadu',
    'marraskuuta',
    'noiembrie',
    'kasım',
    'studenoga',
    'lapkričio',
    'nóvember',
  ],
  [
    'dezember',
    'december',
    'décembre',
    'diciembre',
    'dezembro',
    'dicembre',
    'grudnia',
    'prosince',
    'joulukuuta',
    'decembrie',
    'aralık',
    'prosinca',
    'gruodžio',
    'desember',
  ],
];

/** Abbreviations that are no prefix of their month's name. */
const ABBREVIATIONS: Record<string, number> = { mrt: 3, mär: 3, márc: 3, mrz: 3 };

/** Every name and the months it may stand for (Polish "listopada" is November, Croatian "listopada" October). */
const BY_NAME = new Map<string, Set<number>>();
MONTH_NAMES.forEach((names, month) => {
  for (const name of names) BY_NAME.set(name, (BY_NAME.get(name) ?? new Set()).add(month));
});

/**
 * The month a word names in one of these languages, or undefined. A word with a full stop or of four
 * letters or fewer may be an abbreviation ("okt.", "févr.", "juil"): it counts when every month name it
 * starts points to the same month.
 */
export function localMonth(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const exact = BY_NAME.get(w);
  if (exact) return exact.size === 1 ? [...exact][0] : undefined;
  if (ABBREVIATIONS[w]) return ABBREVIATIONS[w];
  if (w.length < 3 || (w.length > 4 && !word.endsWith('.'))) return undefined;
  const months = new Set<number>();
  for (const [name, ms] of BY_NAME) if (name.startsWith(w)) for (const m of ms) months.add(m);
  return months.size === 1 ? [...months][0] : undefined;
}

/** A weekday named in one of these languages before a date: "tirsdag", "Dienstag,", "mardi", "úterý". */
export const LOCAL_WEEKDAY =
  /^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pondělí|úterý|středa|čtvrtek|pátek|neděle|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar)(?![\p{L}])\.?,?\s+/iu;

/** "Updated" in these languages. */
const UPDATED_WORDS =
  'opdateret|oppdatert|uppdaterad|uppdaterat|aktualisiert|zuletzt aktualisiert|aktualizováno|aktualizované|zaktualizowano|aktualizacja|mis à jour|actualizado|atualizado|atualizada|aggiornato|bijgewerkt|gewijzigd|päivitetty|frissítve|güncellenme|güncelleme|ažurirano|atnaujinta';
/** "Published" in these languages. */
const PUBLISHED_WORDS =
  'publiceret|publisert|publicerad|publicerat|veröffentlicht|erschienen|publikováno|publikované|opublikowano|publikacja|publié|publicado|publicada|pubblicato|gepubliceerd|julkaistu|publikálva|megjelent|yayınlanma|yayınlandı|objavljeno|paskelbta';

/** Is a date line's label "updated" in one of these languages? */
export const LOCAL_UPDATED = new RegExp(`^(?:${UPDATED_WORDS})$`, 'iu');

/**
 * "Published" or "updated" in these languages, as a date line's label, with the particle some put before
 * the date ("Mis à jour le").
 */
export const LOCAL_LABEL = new RegExp(
  `^(${UPDATED_WORDS}|${PUBLISHED_WORDS})(?:\\s+(?:le|el|em|il|am|den|d\\.|op|on))?\\s*[:–—-]?\\s*`,
  'iu',
);
