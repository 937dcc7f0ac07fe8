// One decoded article file -> header fields, story paragraphs and captions. Pure and linear in the text length.
// The accepted format is described in the README ("Your articles") and surveyed in tests/fixtures/corpus/FORMAT.md.
import type { Article, Dateline } from '../common/dataset.ts';
import { cityNames, isCommonWord, isGazetteerPlace } from './extract/lexicon.ts';
import { matchDateline, matchLoneDateline, matchStrongDateline } from './parse/dateline.ts';
import { parseHeader } from './parse/header.ts';
import {
  AGENCY_TIME_RE,
  BULLET_RE,
  BYLINE_RE,
  DATE_ONLY_RE,
  DAY_MONTH,
  EDITOR_RE,
  STAFF_CREDIT_RE,
  HEADLINE_META_RE,
  META_LINE_RE,
  MONTH_DAY,
  READ_MORE_RE,
  SHARE_RE,
  SIGN_OFF_MARKS_RE,
  SIGN_OFF_RE,
  CONTRIBUTED_RE,
  SOCIAL_RE,
  SOURCE_TIME_RE,
  SOURCE_TRAILER_RE,
  PUBLISHED_IN_RE,
  TCO_RE,
  TIME_AGENCY_RE,
  TIME_ONLY_RE,
  TIME_RE,
  TWITTER_PIC_RE,
  VIDEO_TIME_RE,
  WEB_EDITOR_RE,
  CONTACT_TRAILER_RE,
  SUBSCRIBER_NOTICE_RE,
  REVISION_NOTE_RE,
  isBodyChrome,
  isLinkListHeading,
  isTopChrome,
  LETTER,
  UC,
  knownAgency,
  looksLikeOutlet,
  stripPhotoCredit,
} from './parse/patterns.ts';
import { FormSet, HEAD, headPrint, normEquals, normLength, normStartsWith } from './parse/fingerprint.ts';
import {
  handleOutlet,
  isNewsSectionLabel,
  isSectionLabel,
  mastheadOutlet,
  onlineMasthead,
  isOfficeMasthead,
  paperMasthead,
  portalOutlet,
} from './parse/outlets.ts';
import { deriveTitle } from './parse/derive-title.ts';
import { splitLongParagraph } from './parse/sentences.ts';

export { deriveTitle } from './parse/derive-title.ts';

export type { Dateline } from '../common/dataset.ts';

export interface LineWarning {
  /** 1-based line of the decoded text. */
  line: number;
  message: string;
}

/** The article as the file states it: the dataset's Article before ids, slugs and entities are added. */
export type ParsedArticle = Pick<
  Article,
  'date' | 'title' | 'titleDerived' | 'source' | 'publishedTime' | 'dateline' | 'paragraphs' | 'captions'
>;

export interface ParseResult {
  article: ParsedArticle | null;
  warnings: LineWarning[];
}

interface Line {
  /** 1-based line number in the decoded text. */
  n: number;
  text: string;
}

const NON_SPACE_RE = /\S/;
/** One word of letters, maybe hyphenated ("Kurdistan", "Sci-Tech"): a section's label at the top of a page. */
const ONE_WORD_RE = /^\p{Lu}[\p{L}-]{1,29}$/u;
/** MENAFN's reprint credit before the story, "(MENAFN - Trend)", and its story number closing the page. */
const MENAFN_CREDIT_RE = /^\(MENAFN\s?-\s?([^()]{2,60})\)\s*/;
const MENAFN_ID_RE = /^MENAFN\d{6,}ID\d{6,}$/;
const AUTHOR_NAME_RE = new RegExp(`^[${UC}][${LETTER}'’-]{1,20}(?: [${UC}]\\.?[${LETTER}'’-]{0,20}){1,3}$`);
const ABBREVIATION_END_RE = /\.[A-Za-z]\.$/; // "U.S."
/** An agency's name and one to three names after slashes ("WAM/Jane Doe/John Roe"): tested with a known agency. */
const AGENCY_EDITORS_RE = new RegExp(`^([${UC}][${LETTER}]{1,11})(?:/[${UC}][${LETTER}'’. -]{1,40}){1,3}$`);
const ENDS_WITH_PERIOD_RE = /\.["”’)]?$/;
/**
 * "In pictures: …", "Photos: …", "Gallery: …": a photo gallery, whose captions are its story (the people and bodies
 * they name are the article's; their credits still are not).
 */
const GALLERY_TITLE_RE =
  /^(?:in pictures|in photos|in images|photos|pictures|gallery|photo gallery)\s*[:|–—-]\s/i;
/** A gallery page's count over each picture ("1 of 12"). */
const PICTURE_COUNTER_RE = /^\d{1,3} of \d{1,3}$/;

const STAFF_CREDIT_END_RE =
  /(?:['’]s(?:\s+\p{Lu}\p{Ll}+){0,2})?\s+(?:(?:Web\s+)?(?:Report|Desk|Staff|Bureau)|news\s+staff)$/u;
/**
 * "Gulf News Report", "Dawn Web Desk", "Thai PBS World’s Business Desk", "Granma International news staff": an
 * outlet's staff credit names the outlet; null for anything else.
 */
function staffCredit(s: string): string | null {
  const end = STAFF_CREDIT_END_RE.exec(s);
  const outlet = end ? s.slice(0, end.index) : '';
  return outlet && looksLikeOutlet(outlet) ? (knownAgency(outlet) ?? outlet) : null;
}

/** True when line 1 (or a line near the top) holds story text rather than a headline. */
function isLede(s: string): boolean {
  if (s.length > 220) return true;
  if (matchStrongDateline(s)) return true;
  if (!ENDS_WITH_PERIOD_RE.test(s)) return false;
  let words = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) words++;
  return words >= 10;
}

/**
 * A standfirst below the headline: one line of words with no sentence's closing punctuation ("Envoys of three
 * countries among those accredited", Nikkei's "… by video link, without India"). The story, and its dateline, start
 * below it. Any such line of words up to 160 characters; a longer one (to ~200) only when it opens with a capital
 * and closes on a letter or digit, not on a bracket or a quote.
 */
/** A line that reads as a headline: a few words, no final period (bar "U.S."), no lede. */
function headlineShaped(s: string): boolean {
  return (
    s.length <= 200 &&
    s.includes(' ') &&
    !(ENDS_WITH_PERIOD_RE.test(s) && !ABBREVIATION_END_RE.test(s)) &&
    !isLede(s)
  );
}

function isStandfirst(s: string): boolean {
  return (
    LONG_STANDFIRST_RE.test(s) ||
    (s.length <= 160 && s.includes(' ') && !SENTENCE_END_RE.test(s) && !s.endsWith(':'))
  );
}

interface FrontInfo {
  source: string | null;
  publishedTime: string | null;
}

const WORD_RE = new RegExp(`[${LETTER}.']+`, 'g');
const SENTENCE_END_RE = /[.!?]["”’]?$/;
const URL_ONLY_RE = /^(?:https?:\/\/|www\.)\S+$/i;
const LONG_STANDFIRST_RE = /^\p{Lu}[^\n]{20,200}[\p{L}\d]$/u;

/** "Zhang Wei and Li Na", "Xinhua writers Wang Wei, Li Na" — not "the end of the year, China will". */
function looksLikeNames(s: string): boolean {
  const words = s.split(/[\s,]+/).filter(Boolean);
  if (words.length > 10 || SENTENCE_END_RE.test(s)) return false;
  if (words.length <= 3) return true; // "By admin", "By Staff Reporter"
  let caps = 0;
  for (const w of words) if (w[0] !== w[0]!.toLowerCase()) caps++;
  return caps * 2 > words.length;
}
/** "Source: Xinhua | …", Fiji Village's "Author: Fijivillage News | Saturday 24/12/2022": a credit's label. */
const SOURCE_LABEL_RE = /^(?:Source|Author)\s*:\s*/i;
/**
 * "By Jane Doe" alone on a line below the story: two to four capitalised words (AFP closes with a lower-case "by
 * Jane Doe"); CNA's "(By Jane Doe and John Roe)", several names in brackets.
 */
const BYLINE_NAME = `(?: [${UC}][${LETTER}'’.-]{1,20}){2,4}`;
const TRAILING_BYLINE_RE = new RegExp(
  `^[Bb]y${BYLINE_NAME}$|^\\(By${BYLINE_NAME}(?:(?:,| and)${BYLINE_NAME}){0,4}\\)$`,
);
/** A credit in brackets after a paragraph's last sentence: "… Kingdom. (PNA)". */
const CLOSING_CREDIT_RE = /(?<=[.!?"”’])\s{1,3}\(([A-Za-z][A-Za-z .-]{1,30})\)$/;
/** A sign-off glued by a dash after a paragraph's last sentence: "… in the afternoon.—MNA", "… Summit.- VNA". */
const CLOSING_SIGN_OFF_RE = /(?<=[.!?"”’])\s{0,2}(?:-{1,2}|[–—])\s{0,2}([A-Za-z]{2,20})$/;
/** Page metadata glued after a byline's names, with a date or time: " Published: Nov 07, 2024 10:12 PM", or the
 * date alone: "By Ana Cruz  September 6, 2024, 9:40 am"; The Astana Times's section and day: "By Ana Cruz in Nation
 * on 12 October 2019". */
const BYLINE_META_RE = new RegExp(
  `\\s+(?:(?:Published|Updated|Posted)\\b\\s*:?\\s*(?=.*\\d)|(?=${MONTH_DAY}\\b)|(?:in\\s+[${UC}][${LETTER}&-]*(?:\\s+[${UC}][${LETTER}&-]*){0,2}\\s+)?on\\s+(?=(?:${DAY_MONTH}|${MONTH_DAY})$))`,
  'i',
);
const SOURCE_END_RE = /\s+(?:Editor|Updated|Published|Posted|Author|By)\b|\s{2,}|\s\d|\|/i;

/** The outlet of a `Source:` line, without what the page glued after it ("Xinhua Editor: Liu Wen 2024-10-22"). */
function sourceName(raw: string): string {
  const m = SOURCE_END_RE.exec(raw);
  const name = (m ? raw.slice(0, m.index) : raw).trim();
  return knownAgency(name) ?? name;
}
const CREDIT_PART_SEP_RE = /\s[-–—]\s/;
const COMMA_CREDIT_RE = /^([^,]{2,40}?)\s*,\s*(.+)$/;
const YEAR_RE = /\b\d{4}\b/;
const OUTLET_TIME_RE = /\s*(?:-{1,2}|[–—|])\s*(\d{1,2}:\d{2})$/;
const NEWS_ID_RE = /\s{1,3}(?:News\s)?ID\s?:\s?\d{3,12}$/;
// The same story number on a line of its own, below the date ("News ID: 85124316").
const NEWS_ID_LINE_RE = /^(?:News\s)?ID\s?:\s?\d{3,12}$/;
// Trend's "Politics Materials 3 March 2024 17:05 (UTC +04:00)": section words, the page's date and time, its UTC
// offset.
const UTC_STAMP_RE = new RegExp(
  `^(?:[${LETTER}]+\\s){0,3}(?:${MONTH_DAY}|${DAY_MONTH})\\s{1,3}(\\d{1,2}:\\d{2})\\s{0,2}\\((?:UTC|GMT)\\s?[+-]\\s?\\d{1,2}(?::\\d{2})?\\)$`,
);
// "Headline - Xinhua", "Headline | China Daily": the page title's site suffix.
const TITLE_SITE_RE = new RegExp(`\\s{1,3}[-|–—]\\s{1,3}([${LETTER}.' ]{2,40})$`);

// Trend's and Report's credit in the story's first sentence: "…, Trend reports.", "…, Report informs." (a known agency
// only); Ukrinform's "…, an Ukrinform correspondent reports." in its first or second paragraph.
const REPORTS_CREDIT_RE = new RegExp(
  `,\\s(?:an?\\s)?([${UC}][${LETTER}.-]{1,20}(?:\\s[${UC}][${LETTER}.-]{1,20})?)(?:\\scorrespondent)?\\s(?:reports|informs)\\.`,
);

/** The agency a story's paragraph credits at the end of its sentence, if any. */
function reportsCredit(p: string | undefined): string | null {
  const m = p?.includes(' reports.') || p?.includes(' informs.') ? REPORTS_CREDIT_RE.exec(p) : null;
  return m ? knownAgency(m[1]!) : null;
}

const META_HINT_RE = /read|updated|published|posted/i;

function cleanTitle(s: string): string {
  let t = s.length < 500 && META_HINT_RE.test(s) ? s.replace(HEADLINE_META_RE, '') || s : s;
  if (t.includes('pic.twitter.com')) t = t.replace(TWITTER_PIC_RE, '');
  const site = TITLE_SITE_RE.exec(t);
  if (site && looksLikeOutlet(site[1]!.trim())) t = t.slice(0, site.index);
  return t.trim();
}

/**
 * A masthead at the top of a page whatever the outlet's name: a paper's ("Samoa Observer", "Barbados Today") or a
 * site's ("Matangi Tonga Online"), maybe after a section's word ("News ERR News"). The outlet, or null.
 */
function anyMasthead(s: string): string | null {
  if (s.length > 50 || isTopChrome(s)) return null;
  const sp = s.indexOf(' ');
  if (sp > 0 && isTopChrome(s.slice(0, sp))) {
    const tail = s.slice(sp + 1);
    return mastheadOutlet(tail) ?? paperMasthead(tail) ?? onlineMasthead(tail);
  }
  return paperMasthead(s) ?? onlineMasthead(s);
}

/**
 * "AKP - Agence Kampuchea Presse": an agency's initials and its name spelled out, a masthead atop the page. The
 * agency, or null.
 */
function spelledOutMasthead(s: string): string | null {
  const parts = s.length <= 60 ? s.split(DASH_SEP_RE) : [];
  if (parts.length !== 2) return null;
  const agency = knownAgency(parts[0]!);
  return agency !== null && knownAgency(parts[1]!) === agency ? agency : null;
}
const DASH_SEP_RE = /\s[-–—]\s/;

/**
 * Agência Brasil's "Repórter Paulo Lima" (or "Repórter: …") on its own line: the reporter's credit, a byline. Spanish
 * "Reportero"/"Reportera" alike.
 */
const REPORTER_LINE_RE =
  /^(?:Rep[óo]rter|Reporter[oa])\s*:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:d[aeo]s?\s+)?\p{Lu}[\p{L}.'’-]*){1,4}$/u;
/**
 * AFP's byline with the surnames in capitals, joined by "with" or "and", and the second writer's city: "Jane DOE with
 * John McROE in Sydney".
 */
const CAPS_SURNAME = `\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)? (?:Mc|Mac|O['’]|D['’])?\\p{Lu}{2,}(?:[ '’-]\\p{Lu}{2,})*`;
const CAPS_SURNAME_BYLINE_RE = new RegExp(
  `^(?:By )?${CAPS_SURNAME}(?:(?:,| and| with) ${CAPS_SURNAME})*(?: in \\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)?$`,
  'u',
);
/** The Gleaner's "Gleaner Writer", "Senior Gleaner Writer": a paper's name (one word) and its writer, no person's name. */
const OUTLET_DESK_RE = /^(?:By\s+)?(?:Senior\s+)?\p{Lu}\p{Ll}+\s+(?:Writer|Reporter|Correspondent)$/u;
/** A page's labelled date, and its update's: "Posted: <date> - <time>. Updated: <date> - <time>." */
const POSTED_RE =
  /^(?:Posted|Published)\s*:\s*(.{6,50}?)\.?(?:\s+(?:Updated|Modified)\s*:\s*(.{6,50}?)\.?)?$/;
/**
 * A wire's note to its editors below the headline in teletype copy: "Eds: UPDATES with Mandela speech in Cape Town.
 * No pickup." (AP's "Eds:" or "EDS:" and a colon; it tells editors what the take adds and is no story text).
 */
const EDS_NOTE_RE = /^(?:Eds|EDS|Editors|EDITORS)\s?:\s\S.{0,300}$/;
/**
 * A newspaper archive's pointer to the scanned page above the story: "See the article in its original context from
 * October 31, 1991, Section A, Page 1" (the New York Times' TimesMachine link text; no story opens so).
 */
const ORIGINAL_CONTEXT_RE = /^See the article in its original context from\b.{0,100}$/;
/**
 * A wire writer's desk under the byline: "Associated Press Writer", "UPI Diplomatic Correspondent", "AP Special
 * Correspondent" (the agency, up to two words of beat, the trade; no name and no sentence).
 */
const WIRE_DESK_RE =
  /^(?:The\s)?(?:Associated\sPress|AP|UPI|United\sPress\sInternational|Reuters?|AFP)(?:\s\p{Lu}[\p{L}-]*){0,2}\s(?:Writer|Correspondent|Reporter|Editor|Analyst)s?$/u;
/** A desk's byline with no name ("Staff Reporter", "Our Correspondent in Colombo", "By Special Correspondent"). */
const DESK_BYLINE_RE =
  /^(?:By\s+)?(?:Our\s+)?(?:(?:Staff|Special|Own|Political|Diplomatic|Business|City)\s+(?:Reporters?|Correspondents?|Writers?)|(?<=Our\s+)Correspondents?)(?:\s+in\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})?$/u;

/**
 * Nikkei Asia's "JANE DOE and JOHN ROE, Nikkei staff writers": the reporters' names, a comma and their desk (an
 * outlet's name maybe, then a staff, contributing or senior writer or correspondent, or a chief, senior, deputy or
 * managing editor: "JANE DOE, Nikkei Asia chief desk editor").
 */
const NAMED_DESK_BYLINE_RE =
  /^(?:By\s+)?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}(?:(?:,|\sand)\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}){0,3},\s(?:\p{Lu}[\p{L}-]*\s){0,2}(?:(?:staff|contributing|senior|special)\s(?:writers?|correspondents?|reporters?)|(?:chief|senior|deputy|managing)\s(?:desk\s)?editors?)$/u;

/** Recognises the source/time line, bylines, date lines, pipe credits and blog metadata between title and story. */
function frontMatter(s: string, info: FrontInfo): boolean {
  if (s.length > 200 || !frontMatterLine(s, info)) return false;
  // A credit tucked into metadata: "Updated 08:38 | 2024-10-22 Xinhua".
  if (info.source === null && s.length <= 140)
    info.source = agencyWord(s) ?? bylineAgency(s) ?? agencyPhrase(s);
  return true;
}

/** "Por X - Repórter da Agência Brasil - São Paulo": a known agency's name of two or three words in the line. */
function agencyPhrase(s: string): string | null {
  const words = s.match(WORD_RE) ?? [];
  for (let i = 0; i + 1 < words.length; i++)
    for (let n = 2; n <= 3 && i + n <= words.length; n++) {
      const a = knownAgency(words.slice(i, i + n).join(' '));
      if (a) return a;
    }
  return null;
}

/**
 * The ABC's "By political reporter Jane Doe", "By chief political correspondent John Roe": a desk of at most three
 * words (the last a reporter's, in lower case) before the writer's name.
 */
const DESK_BEFORE_NAME_RE = /^(?:[\p{L}-]+\s){1,3}(?:reporter|correspondent|editor|writer)\s(?=\p{Lu})/u;

/**
 * Euractiv's "By Euractiv with AFP": an outlet's one-word name (maybe a web address) and a known agency whose copy it
 * used; the outlet credits the story. Null for any other byline ("By Jane Doe with AFP" names a writer).
 */
function outletWithAgency(s: string): string | null {
  const m = OUTLET_WITH_AGENCY_RE.exec(s.trim());
  return m && knownAgency(m[2]!) ? m[1]! : null;
}
const OUTLET_WITH_AGENCY_RE = /^(?:By\s+)?(\p{Lu}[\p{L}]{2,20}(?:\.com)?) with ([\p{L} ]{2,30})$/u;

/** A byline that is an outlet's name: capitalised words ending in a word of outlets' names ("Vatican News"). */
const BYLINE_OUTLET_RE =
  /^(?:\p{Lu}[\p{L}.'’-]* ){1,3}(?:News|Times|Daily|Agency|Media|Online|TV|Radio|Network|Wire)$/u;

/** "Harbour Radio Staff": an outlet's name of one to three capitalised words, then "Staff" (its desk's byline). */
const STAFF_BYLINE_RE = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}) Staff$/u;

/**
 * A live blog's byline: each writer's name with the stretch they wrote in brackets, "Jane Doe (now) and John Roe
 * (earlier)".
 */
const LIVE_NAME = `\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,3} \\((?:now|earlier|later)\\)`;
const LIVE_BYLINE_RE = new RegExp(`^(?:By )?${LIVE_NAME}(?:(?:,| and|, and) ${LIVE_NAME}){1,4}$`, 'u');

/** "Published on 14/02/2022 - 08:30 By Agência Brasil - Maputo": an agency credited by name after "By". */
function bylineAgency(s: string): string | null {
  const by = BY_AGENCY_RE.exec(s);
  return by ? knownAgency(by[1]!) : null;
}
const BY_AGENCY_RE = /\bBy\s+([^-|,;:()]{2,40}?)\s*(?:[-|,;:(]|$)/;

/** The first word of a short line that names a known agency (whole words, exact spelling for short names). */
function agencyWord(s: string): string | null {
  for (const w of s.match(WORD_RE) ?? []) {
    const bare = w.replace(/^'+|[.']+$/g, '');
    // "kazinform.kz 15:40, 6 December 2024": an agency's web address.
    const a = knownAgency(bare) ?? (bare.includes('.') ? portalOutlet(bare) : null);
    if (a && (a === w || w.length > 3)) return a;
  }
  return null;
}

function frontMatterLine(s: string, info: FrontInfo): boolean {
  const src = SOURCE_TRAILER_RE.exec(s);
  if (src && !src[1]!.includes('|')) {
    info.source ??= sourceName(src[1]!) || null;
    return true;
  }
  let m = SOURCE_TIME_RE.exec(s);
  if (m && (!m[3]!.trim() || /\d{4}|[,|]/.test(m[3]!))) {
    info.source ??= knownAgency(m[1]!) ?? m[1]!.trim();
    info.publishedTime ??= m[2]!;
    return true;
  }
  const b = BYLINE_RE.exec(s);
  // "By Zhang San and Li Si Published: Nov 07, 2024 10:12 PM": the page's time glued to the byline.
  const glued = b && !b[2] ? BYLINE_META_RE.exec(b[1]!) : null;
  const author = glued ? b![1]!.slice(0, glued.index) : b?.[1];
  if (b && (b[2] || looksLikeNames(author!) || looksLikeNames(author!.replace(DESK_BEFORE_NAME_RE, '')))) {
    const credit = b[2] ?? null;
    const withWire = credit ? null : outletWithAgency(author!);
    if (credit) info.source ??= knownAgency(credit) ?? credit.trim();
    else if (withWire !== null) info.source ??= withWire;
    else {
      // "By Global Times Published: …": the outlet's own name as the byline. "By Xinhua writers Wang Wei, Li Na":
      // the agency credited inside the byline.
      const agency = knownAgency(author!) ?? author!.split(/\s+/).find((w) => knownAgency(w));
      if (agency) info.source ??= knownAgency(agency);
      // "By Vatican News": an outlet by a word no surname takes credits itself.
      else if (BYLINE_OUTLET_RE.test(author!)) info.source ??= author!.trim();
      // "By Harbour Radio Staff": an outlet's staff, whatever its name, credits the outlet.
      else {
        const staff = STAFF_BYLINE_RE.exec(author!.trim());
        if (staff) info.source ??= staff[1]!;
      }
    }
    if (b[3]) info.publishedTime ??= b[3];
    return true;
  }
  if (s.includes('|')) return pipeCredit(s, info);
  if (s.length <= 160 && s.includes(')') && LIVE_BYLINE_RE.test(s)) return true;
  if (s.length <= 60 && (REPORTER_LINE_RE.test(s) || DESK_BYLINE_RE.test(s) || OUTLET_DESK_RE.test(s)))
    return true;
  // Matangi Tonga's "Posted: Friday, January 21, 2022 - 09:10. Updated: Friday, January 21, 2022 - 09:45.": the page's
  // dates, each with its label.
  const posted = s.length <= 140 ? POSTED_RE.exec(s) : null;
  if (posted && DATE_ONLY_RE.test(posted[1]!) && (!posted[2] || DATE_ONLY_RE.test(posted[2]))) {
    info.publishedTime ??= TIME_RE.exec(posted[1]!)?.[1] ?? null;
    return true;
  }
  if (s.length <= 300 && EDS_NOTE_RE.test(s)) return true;
  if (s.length <= 160 && ORIGINAL_CONTEXT_RE.test(s)) return true;
  if (s.length <= 60 && WIRE_DESK_RE.test(s)) return true;
  if (s.length <= 100 && CAPS_SURNAME_BYLINE_RE.test(s)) return true;
  if (s.length <= 140 && NAMED_DESK_BYLINE_RE.test(s)) return true;
  // Ahram Online's "Ahram Online , Friday 23 Feb 2024": the outlet, a comma and the date.
  const comma = s.length <= 80 ? COMMA_CREDIT_RE.exec(s) : null;
  if (comma && looksLikeOutlet(comma[1]!) && DATE_ONLY_RE.test(comma[2]!)) {
    // "Jiji Press -- 00:31, November 18, 2024": the time after the outlet's name is the page's, not the name's.
    const timed = OUTLET_TIME_RE.exec(comma[1]!);
    const outlet = timed ? comma[1]!.slice(0, timed.index) : comma[1]!;
    info.source ??= knownAgency(outlet) ?? outlet;
    if (timed) info.publishedTime ??= timed[1]!;
    return true;
  }
  // A release's place and date of issue on a line of its own ("Islamabad, 19 January 2024"), above the story.
  // (Anadolu's dateline "ISTANBUL, Nov. 14" alone on its line carries no year.)
  if (
    comma &&
    cityNames.has(comma[1]!.toLowerCase()) &&
    DATE_ONLY_RE.test(comma[2]!) &&
    YEAR_RE.test(comma[2]!)
  )
    return true;
  if (NEWS_ID_LINE_RE.test(s)) return true;
  const utc = s.length <= 80 ? UTC_STAMP_RE.exec(s) : null;
  if (utc) {
    info.publishedTime ??= utc[1]!;
    return true;
  }
  // IRNA's "May 22, 2024, 11:48 PM  News ID: 85487130": the page's story number after its date. Bloomberg's
  // "March 3, 2021, 7:40 AM UTC Updated on March 4, 2021, 2:15 PM UTC": the date of an update after the first.
  const updated = s.length <= 120 ? UPDATED_ON_RE.exec(s) : null;
  const line = updated && DATE_ONLY_RE.test(updated[2]!) ? updated[1]! : s;
  const d = DATE_ONLY_RE.exec(line.includes('ID') ? line.replace(NEWS_ID_RE, '') : line);
  if (d) {
    if (d[1]) info.publishedTime ??= TIME_RE.exec(d[1])?.[1] ?? null;
    return true;
  }
  m = AGENCY_TIME_RE.exec(s);
  if (m && knownAgency(m[1]!) && (!m[3]!.trim() || /\d{4}|[,|]/.test(m[3]!))) {
    info.source ??= knownAgency(m[1]!);
    info.publishedTime ??= m[2]!;
    return true;
  }
  // Kazinform's "Politics 11 January 2022 13:05": a section's name, then the dated day and its time.
  const section = s.length <= 60 ? SECTION_THEN_DATE_RE.exec(s) : null;
  if (section && DATE_ONLY_RE.test(section[2]!) && YEAR_RE.test(section[2]!)) {
    info.publishedTime ??= TIME_RE.exec(section[2]!)?.[1] ?? null;
    return true;
  }
  // Yonhap's "All News 19:42 April 27, 2018": a section's name, the time and the dated day, above the story.
  if (m && SECTION_LABEL_RE.test(m[1]!) && DATE_ONLY_RE.test(m[3]!.trim()) && YEAR_RE.test(m[3]!)) {
    info.publishedTime ??= m[2]!;
    return true;
  }
  m = TIME_AGENCY_RE.exec(s);
  if (m && knownAgency(m[2]!)) {
    info.source ??= knownAgency(m[2]!);
    info.publishedTime ??= m[1]!;
    return true;
  }
  if (TIME_ONLY_RE.test(s)) return true;
  if (s.length <= 80 && YEAR_RE.test(s) && DATE_SECTION_RE.test(s)) return true;
  // Any other short line with a time and an agency name: "22 Oct 2024, 08:38 AM IST Xinhua", "Xinhua08:38".
  const time = s.length <= 80 && !SENTENCE_END_RE.test(s) ? TIME_RE.exec(s) : null;
  if (time) {
    const agency = agencyWord(s);
    if (agency) {
      info.source ??= agency;
      info.publishedTime ??= time[1]!;
      return true;
    }
  }
  // Metadata carries no sentence: "Published in 2020, the report found …" is story text.
  return s.length <= 140 && META_LINE_RE.test(s) && (s.length <= 40 || !SENTENCE_END_RE.test(s));
}

/** A reprint service's labels of a release's facts, each on a line of its own above its value. */
const REPRINT_LABEL_RE = /^(?:Format|Source|Posted|Originally published|Origin|View original)$/;

/** A page's date and time, then "Updated on" and the update's (Bloomberg's time line). */
const UPDATED_ON_RE = /^(.{6,50}?)\s{1,3}(?:Updated|Modified)(?: on)?\s{0,2}:?\s{1,3}(.{6,50})$/;
/** One or two capitalised words, then what follows a digit: a section's name before a date ("Politics 11 January …"). */
const SECTION_THEN_DATE_RE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (\d.*)$/u;
/** One to three capitalised words: a site section's name ("All News", "National"). */
const SECTION_LABEL_RE = /^\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*){0,2}$/u;
/** UN News's "23 February 2022 Peace and Security": the dated day, then the section's name, above the story. */
const DATE_SECTION_RE = new RegExp(
  `^(?:${MONTH_DAY}|${DAY_MONTH})\\s{1,3}\\p{Lu}[\\p{L}&-]*(?: (?:and|&|\\p{Lu}[\\p{L}&-]*)){0,3}$`,
  'u',
);
const ANADOLU_UPDATE_RE = /^Update : \d{2}\.\d{2}\.\d{4}$/;
/** Anadolu's older template: the byline's name, spaces and the day glued to its pipe ("Jane Doe   |06.04.2021"). */
const ANADOLU_DAY_LINE_RE = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}\s{1,4}\|\d{2}\.\d{2}\.\d{4}$/u;
/** One capitalised word, an outlet's name in a pipe credit ("Lankapuri"): no English word, no place. */
const OUTLET_NAME_RE = /^\p{Lu}[\p{L}-]{2,30}$/u;
const outletName = (p: string): boolean => {
  const lower = p.toLowerCase();
  return OUTLET_NAME_RE.test(p) && !isCommonWord(lower) && !isGazetteerPlace(lower);
};
/** A place's name of one to three capitalised words. */
const PLACE_PART_RE = /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}$/u;

/** `Reuters | Moscow | Updated: …`, `By Zhang San | China Daily | Updated: 2024-10-22 08:38`. */
function pipeCredit(s: string, info: FrontInfo): boolean {
  const parts = s
    .split('|')
    // Kyodo's "KYODO NEWS - Dec 25, 2024 - 21:47 | World": a credit and its date joined by hyphens.
    .flatMap((p) => p.split(CREDIT_PART_SEP_RE))
    .map((p) => p.trim().replace(SOURCE_LABEL_RE, ''))
    .filter(Boolean);
  if (parts.length < 2) return false;
  const isMeta = (p: string): boolean =>
    /^(?:By\b|Updated|Published|Posted|Last updated)/i.test(p) ||
    DATE_ONLY_RE.test(p) ||
    TIME_ONLY_RE.test(p);
  const meta = parts.filter(isMeta);
  const credit =
    parts.map(outletWithAgency).find((o) => o !== null) ??
    parts.find((p) => knownAgency(p)) ??
    parts.find((p) => !isMeta(p) && looksLikeOutlet(p)) ??
    // "Lankapuri | Anuradhapura | Updated: …": an outlet's one-word name (no English word, no place) first, its
    // place next, then the date.
    (meta.length > 0 && parts.length >= 3 && outletName(parts[0]!) && PLACE_PART_RE.test(parts[1]!)
      ? parts[0]
      : undefined) ??
    // Anadolu's page template, "Jane Doe |01.08.2024 - Update : 01.08.2024", credits it without its name, as its
    // older form without the update does ("Jane Doe   |06.04.2021").
    (parts.some((p) => ANADOLU_UPDATE_RE.test(p)) || ANADOLU_DAY_LINE_RE.test(s)
      ? 'Anadolu Agency'
      : undefined);
  if (!meta.length && !credit) return false;
  // Without a date or time, only short parts make a credit line ("Reuters | Moscow", not "Trade grows | China Daily").
  if (!meta.length && parts.some((p) => p !== credit && p.split(' ').length > 3)) return false;
  if (parts.some((p) => p.length > 80)) return false;
  if (credit) info.source ??= knownAgency(credit) ?? credit;
  for (const p of meta) {
    const t = TIME_RE.exec(p);
    if (t) {
      info.publishedTime ??= t[1]!;
      break;
    }
  }
  return true;
}

function cleanParagraph(s: string): string {
  let out = s;
  if (out.includes('.co')) out = out.replace(TWITTER_PIC_RE, '').replace(TCO_RE, ''); // pic.twitter.com, t.co
  const bullet = BULLET_RE.exec(out);
  if (bullet && out.length > bullet[0].length) out = out.slice(bullet[0].length);
  return out.trim();
}

function parseUnsafe(text: string): ParseResult {
  const warnings: LineWarning[] = [];
  // decodeText already gives LF endings; text from elsewhere may not.
  const raw = (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n');
  const header = parseHeader(raw[0] ?? '');
  if (header.warning) warnings.push({ line: 1, message: header.warning });

  const lines: Line[] = [];
  for (let i = 1; i < raw.length; i++) {
    const t = raw[i]!.trim();
    if (t) lines.push({ n: i + 1, text: t });
  }
  if (!NON_SPACE_RE.test(header.rest) && lines.length === 0) {
    warnings.push({
      line: 1,
      message: header.date ? 'header only: no headline or story text, skipped' : 'no text, skipped',
    });
    return { article: null, warnings };
  }

  const captions: string[] = [];
  const info: FrontInfo = { source: null, publishedTime: null };
  let title = '';
  let lede: string | null = null;
  let i = 0;

  // --- Headline: line 1's rest, unless that is chrome, a caption or a lede.
  const rest = header.rest.trim();
  // The outlet's social handle as line 1's chrome credits it ("@globaltimesnews").
  if (rest.startsWith('@')) info.source ??= handleOutlet(rest);
  // The outlet's masthead as line 1's chrome credits it too ("IRNA English", or the name alone: "Global Times"); the
  // headline follows.
  // A paper's or a site's masthead of any name over the headline or more chrome ("Samoa Observer", "Matangi Tonga
  // Online"), also after a section's word ("News ERR News"), credits that outlet too.
  const below = lines[0]?.text;
  const masthead =
    mastheadOutlet(rest) ??
    (rest.includes('.') ? null : (knownAgency(rest) ?? spelledOutMasthead(rest))) ??
    (below !== undefined && (headlineShaped(below) || isTopChrome(below)) ? anyMasthead(rest) : null);
  // Whether the source is the masthead's: a wire's credit opening the story names who wrote it, and wins.
  const mastheadCredit = masthead !== null && info.source === null;
  if (masthead) info.source ??= masthead;
  // A place's name alone is the page's section ("Japan", "Hong Kong"), never a headline; the headline follows.
  // So is any one word right above a line that reads as the headline ("Kurdistan", a region the gazetteer lacks, over
  // "Region President receives …"); above story text it is the headline ("Talks", then "First."), and above the
  // source and time line too ("Short", then "Xinhua) 08:38, October 22, 2024": the seed's layout, one-word headline).
  const placeLabel =
    (rest.length <= 30 && isGazetteerPlace(rest.toLowerCase())) ||
    (ONE_WORD_RE.test(rest) &&
      lines.length > 1 &&
      headlineShaped(lines[0]!.text) &&
      !frontMatter(lines[0]!.text, { source: null, publishedTime: null }));
  // "President of Russia" over the headline: an office's site names itself there, as a paper does.
  const officeSite = below !== undefined && headlineShaped(below) && isOfficeMasthead(rest);
  if (officeSite) info.source ??= rest;
  if (
    rest &&
    !masthead &&
    !placeLabel &&
    !officeSite &&
    !isTopChrome(rest) &&
    !isSectionLabel(rest) &&
    !frontMatter(rest, info)
  ) {
    const caption = stripPhotoCredit(rest);
    if (caption !== null) {
      if (caption) captions.push(caption);
    } else if (isLede(rest)) lede = rest;
    else title = cleanTitle(rest);
  }
  if (!title && !lede) {
    // The real headline on line 2 or 3, after chrome (`Home>>`, `Left Menu`, a date), captions and credits.
    // A site's menu, one item a line ("Search", "Just In", "Politics", "World"), pushes it further down: each line of
    // chrome passed lets the search go a line further, to line 12 at most.
    let chromeLines = 0;
    for (; i < lines.length && lines[i]!.n <= Math.min(12, 6 + chromeLines); i++) {
      const s = lines[i]!.text;
      // A single word here is a section label ("China", "Sci-Tech"), not a headline.
      if (isTopChrome(s) || frontMatter(s, info) || !s.includes(' ')) {
        chromeLines++;
        continue;
      }
      // "RÚV English" on line 2, below the chrome: the masthead credits the story; the headline follows. So does a
      // paper's or a portal's name alone ("Arab News"), as it does below the headline.
      // An agency's masthead by its full name ("UN News Centre") too.
      const outlet = s.length <= 40 ? (mastheadOutlet(s) ?? paperMasthead(s) ?? knownAgency(s)) : null;
      if (outlet) {
        info.source ??= outlet;
        continue;
      }
      const caption = stripPhotoCredit(s);
      if (caption !== null) {
        if (caption) captions.push(caption);
        continue;
      }
      // A sentence is story text, not a headline (headlines carry no final period, bar "U.S.").
      if (!isLede(s) && s.length <= 200 && !(ENDS_WITH_PERIOD_RE.test(s) && !ABBREVIATION_END_RE.test(s))) {
        title = cleanTitle(s);
        i++;
      }
      break;
    }
  }

  // --- Front matter: source/time line, byline, date line, chrome, captions; then the story starts.
  for (; i < lines.length; i++) {
    const s = lines[i]!.text;
    if (frontMatter(s, info) || isTopChrome(s) || isNewsSectionLabel(s)) continue;
    // A reprint service's facts about the release, each label on a line and its value on the next ("Format" above
    // "News and Press Release", "Source" above the publisher, "Posted" above the date); "View original" alone.
    if (s.length <= 20 && REPRINT_LABEL_RE.test(s)) {
      if (!s.startsWith('View')) i++;
      continue;
    }
    // The headline printed again right below itself: the dateline paragraph after it still opens the story.
    if (title && s.length <= 200 && normEquals(s, title)) continue;
    // An agency's name, web portal or staff credit on a line of its own ("Bernama", "CGTN.com", "Dawn Web Desk")
    // credits the story.
    // A masthead there too ("ABS-CBN News").
    const agency =
      s.length <= 40
        ? (knownAgency(s) ?? mastheadOutlet(s) ?? portalOutlet(s) ?? staffCredit(s) ?? paperMasthead(s))
        : null;
    if (agency) {
      info.source ??= agency;
      continue;
    }
    // A blog byline block: the author's bare name right above a date or "Posted …" line.
    const next = lines[i + 1]?.text;
    // Notes from Poland's: the date's line, then the author's bare name, then a blank line and the story.
    const below = lines[i + 1];
    if (
      AUTHOR_NAME_RE.test(s) &&
      DATE_ONLY_RE.test(lines[i - 1]?.text ?? '') &&
      below !== undefined &&
      below.n > lines[i]!.n + 1
    )
      continue;
    if (next !== undefined && AUTHOR_NAME_RE.test(s) && frontMatter(next, info)) {
      // The Global Times prints its own name there: a credit, not an author; "Gulf News Report" is the outlet's
      // staff credit.
      if (s.length <= 40) info.source ??= knownAgency(s) ?? staffCredit(s);
      continue;
    }
    const caption = stripPhotoCredit(s);
    if (caption !== null) {
      if (caption) captions.push(caption);
      continue;
    }
    break;
  }

  // --- Body.
  const paragraphs: string[] = [];
  // A gallery's page counts its pictures ("1 of 12" over each caption): its captions are its story, as a gallery's
  // headline ("In pictures: …") says.
  let gallery = GALLERY_TITLE_RE.test(title);
  let trailerSource: string | null = null;
  let reprintSource: string | null = null;
  if (lede) paragraphs.push(lede);
  /** Highlights in bullets above the story ("• Revenue up 15%"): the story, and its dateline, start after them. */
  let leadingBullets = 0;
  let afterShare = false;
  /** Under a heading of other stories' links ("Most viewed", "Related"): their headlines are chrome, up to a sentence. */
  let linkList = false;
  for (; i < lines.length; i++) {
    const s = lines[i]!.text;
    if (linkList) {
      if (s.length <= 160 && !ENDS_WITH_PERIOD_RE.test(s)) continue;
      linkList = false;
    }
    if (paragraphs.length > 0 && isLinkListHeading(s)) {
      linkList = true;
      continue;
    }
    const notice = s.startsWith('Anadolu') ? SUBSCRIBER_NOTICE_RE.exec(s) : null;
    if (notice) {
      trailerSource ??= knownAgency(notice[1]!);
      break;
    }
    if (s.length <= 200) {
      if (WEB_EDITOR_RE.test(s) || CONTACT_TRAILER_RE.test(s)) break;
      if (s.startsWith('(') && REVISION_NOTE_RE.test(s)) continue;
      // (Before the front matter's "Published …" lines, which a short story's last line may still be.)
      const printed = s.startsWith('Published in ') ? PUBLISHED_IN_RE.exec(s) : null;
      if (printed) {
        trailerSource ??= printed[1]!;
        continue;
      }
      // A source/time line or byline below a standfirst is still front matter; below the highlights in bullets too ("* Ministers meet in Brussels", then "By Jane Doe and John Roe").
      if ((paragraphs.length < 3 || paragraphs.length === leadingBullets) && frontMatter(s, info)) continue;
      if (afterShare && SOCIAL_RE.test(s)) continue;
      afterShare = false;
      if (SHARE_RE.test(s)) {
        afterShare = true;
        continue;
      }
      const src = SOURCE_TRAILER_RE.exec(s);
      if (src) {
        trailerSource ??= sourceName(src[1]!) || null;
        continue;
      }
      // Bernama's "-- BERNAMA": a sign-off that names a known agency credits it.
      if (SIGN_OFF_RE.test(s)) {
        trailerSource ??= s.length <= 40 ? knownAgency(s.replace(SIGN_OFF_MARKS_RE, '')) : null;
        continue;
      }
      if (
        EDITOR_RE.test(s) ||
        STAFF_CREDIT_RE.test(s) ||
        READ_MORE_RE.test(s) ||
        (s.includes('contributed') && CONTRIBUTED_RE.test(s)) ||
        VIDEO_TIME_RE.test(s) ||
        URL_ONLY_RE.test(s) ||
        isBodyChrome(s)
      ) {
        continue;
      }
      // WAM's "WAM/Jane Doe/John Roe": the agency signing with its editors' names, who are no people of the story.
      const editors = s.length <= 100 ? AGENCY_EDITORS_RE.exec(s) : null;
      const signing = editors ? knownAgency(editors[1]!) : null;
      if (signing !== null) {
        trailerSource ??= signing;
        continue;
      }
      // A newspaper's masthead right below a standfirst ("ARAB NEWS" after its "Updated …" line) credits the story,
      // as it does below the headline.
      if (paragraphs.length === 1 && s.length <= 30 && isStandfirst(paragraphs[0]!)) {
        const paper = paperMasthead(s);
        if (paper !== null) {
          info.source ??= paper;
          continue;
        }
      }
      // An agency's name on a line of its own below the story ("Anadolu Agency") credits it; so does a byline
      // there, which is no story text ("By Jane Doe").
      if (s.length <= 40) {
        // "By AKP": the agency signing as the story's author.
        const agency = knownAgency(s) ?? (s.startsWith('By ') ? knownAgency(s.slice(3)) : null);
        if (agency !== null) {
          trailerSource ??= agency;
          continue;
        }
      }
      if (paragraphs.length >= 3 && TRAILING_BYLINE_RE.test(s)) continue;
    }
    const caption = stripPhotoCredit(s);
    if (caption !== null) {
      if (caption) (gallery ? paragraphs : captions).push(caption);
      continue;
    }
    if (MENAFN_ID_RE.test(s)) continue;
    if (s.length <= 12 && PICTURE_COUNTER_RE.test(s)) {
      gallery = true;
      continue;
    }
    let p = cleanParagraph(s);
    // MENAFN's reprint credit opens the story: "(MENAFN - Associated Press of Pakistan) LAHORE, Nov 12 (APP):…". The
    // outlet it names credits the story when no dateline does.
    if (paragraphs.length < 3 && p.startsWith('(MENAFN')) {
      const reprint = MENAFN_CREDIT_RE.exec(p);
      if (reprint) {
        reprintSource ??= knownAgency(reprint[1]!) ?? reprint[1]!.trim();
        p = p.slice(reprint[0].length);
      }
    }
    // PNA's "… the United Kingdom. (PNA)", MNA's "… afternoon.—MNA": a known agency's credit closing a paragraph.
    const credit = p.endsWith(')') ? CLOSING_CREDIT_RE.exec(p) : CLOSING_SIGN_OFF_RE.exec(p);
    const creditAgency = credit ? knownAgency(credit[1]!) : null;
    if (credit && creditAgency) {
      trailerSource ??= creditAgency;
      p = p.slice(0, credit.index).trimEnd();
    }
    if (p) {
      if (paragraphs.length === leadingBullets && BULLET_RE.test(s)) leadingBullets++;
      paragraphs.push(p);
    }
  }

  // --- Dateline: the agency forms anywhere in the first paragraphs (after bullets or a standfirst), the weak
  // forms (`Beijing: `, `ISLAMABAD – `) only at the start of the story.
  let dateline: Dateline | null = null;
  let datelineSource: string | null = null;
  for (let k = 0; k < Math.min(paragraphs.length, 6); k++) {
    const p = paragraphs[k]!;
    // Anadolu prints its city alone on a line, below a standfirst when there is one. Below a lede on line 1 the
    // story's dateline opens the next paragraph (APS's "ALGIERS- ").
    // Below a standfirst (a line that ends with no stop, Nikkei's "… by video link, without India") the story's weak
    // dateline ("HANOI -- ") opens the next paragraph too.
    const m =
      k === 0 || k === leadingBullets || (k === 1 && (lede !== null || isStandfirst(paragraphs[0]!)))
        ? matchDateline(p)
        : (matchStrongDateline(p) ?? (k === 1 ? matchLoneDateline(p) : null));
    // A dateline alone on its line needs a story below it.
    if (m && !(m.length === p.length && paragraphs.length === 1)) {
      dateline = m.dateline;
      datelineSource = m.source;
      const restP = p.slice(m.length).trim();
      if (restP) paragraphs[k] = restP;
      else paragraphs.splice(k, 1);
      break;
    }
  }

  // --- Long single-line stories become readable paragraphs; repeats are dropped (keep the first).
  const seen = new FormSet();
  if (title) seen.add(title);
  const uniqueCaptions: string[] = [];
  for (const c of captions) {
    const print = headPrint(c);
    if (print.length && !seen.has(c, print)) uniqueCaptions.push(c);
    seen.add(c, print);
  }
  const story: string[] = [];
  // The last paragraph kept, and whether its comparison form is long enough to catch a near-duplicate.
  let prev: string | null = null;
  let prevLong = false;
  for (const p of paragraphs) {
    for (const chunk of splitLongParagraph(p)) {
      let text = chunk;
      let print = headPrint(chunk);
      // A lede on line 1 is often repeated by the body with its dateline: compare without it.
      if (dateline && prev !== null && story.length < 6 && chunk.startsWith(dateline.place)) {
        const m = matchStrongDateline(chunk);
        if (m) {
          const stripped = chunk.slice(m.length).trim();
          const strippedPrint = headPrint(stripped);
          if (
            seen.has(stripped, strippedPrint) ||
            (prevLong && (normStartsWith(stripped, prev) || normStartsWith(prev, stripped)))
          ) {
            text = stripped;
            print = strippedPrint;
          }
        }
      }
      if (!print.length || seen.has(text, print)) continue;
      // The headline shown again at the top of the body, with its site suffix or page metadata.
      if (
        title &&
        story.length < 3 &&
        normStartsWith(text, title) &&
        normLength(text) < normLength(title) + 60 &&
        normEquals(cleanTitle(text), title)
      ) {
        continue;
      }
      // Near-duplicates: a paragraph cut short and repeated in full (a lede, a caption) keeps the full one. Both
      // forms differ from the previous one (it is in `seen`), so "starts with" means shorter or longer.
      if (prevLong && print.length >= HEAD) {
        if (normStartsWith(prev!, text)) continue;
        if (normStartsWith(text, prev!)) {
          story[story.length - 1] = text;
          seen.add(text, print);
          prev = text;
          continue;
        }
      }
      seen.add(text, print);
      story.push(text);
      prev = text;
      prevLong = print.length >= HEAD;
    }
  }

  let titleDerived = false;
  if (!title) {
    const from = story[0] ?? lede ?? uniqueCaptions[0] ?? '';
    title = from ? deriveTitle(from) : '';
    titleDerived = true;
    if (!title) {
      warnings.push({ line: 1, message: 'no headline and no story text to derive one from, skipped' });
      return { article: null, warnings };
    }
  }
  if (story.length === 0) {
    warnings.push({ line: 1, message: 'no story paragraphs found after the headline' });
  }

  // "Vatican News" atop the page over "(Vatican Radio) Pope Francis …": the portal carries the radio's story.
  const source =
    (mastheadCredit && info.source === masthead ? datelineSource : null) ??
    info.source ??
    datelineSource ??
    reprintSource ??
    trailerSource ??
    reportsCredit(story[0]) ??
    reportsCredit(story[1]);
  return {
    article: {
      date: header.date,
      title,
      titleDerived,
      source,
      publishedTime: info.publishedTime,
      dateline,
      paragraphs: story,
      captions: uniqueCaptions,
    },
    warnings,
  };
}

/**
 * Parses one article. Never throws: returns the article (possibly with warnings) or null with at least one
 * warning saying why the file was skipped.
 */
export function parseArticle(text: string): ParseResult {
  try {
    return parseUnsafe(text);
  } catch (err) {
    return {
      article: null,
      warnings: [
        {
          line: 1,
          message: `could not parse this file (${err instanceof Error ? err.message : String(err)})`,
        },
      ],
    };
  }
}
