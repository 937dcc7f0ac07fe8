// Datelines: the `BEIJING, Oct. 21 (Xinhua) -- ` style openings of the first story paragraph.
import type { Dateline } from '../../common/dataset.ts';
import { cityNames, isGazetteerPlace } from '../extract/lexicon.ts';
import { asciiFold } from '../ids.ts';
import { DAY_MONTH, LETTER, MARK, MONTH_DAY, UC, knownAgency, looksLikeOutlet } from './patterns.ts';

export interface DatelineMatch {
  dateline: Dateline | null;
  /** Agency or outlet the dateline credits, if any. */
  source: string | null;
  /** Length of the prefix to remove from the paragraph. */
  length: number;
}

// Places: ALL CAPS ("SAN FRANCISCO", "ST. PETERSBURG", "RAMALLAH/GAZA") or Title Case ("Beijing", "New Delhi").
const CAPS_PLACE = `[${UC}][${UC}${MARK}.'’/&-]{0,25}(?: [${UC}][${UC}${MARK}.'’/&-]{0,25}){0,3}`;
const TITLE_PLACE = `[${UC}][${LETTER}${MARK}.'’-]{1,25}(?: [${UC}][${LETTER}${MARK}.'’-]{1,25}){0,2}`;
const DATE = `(?:${MONTH_DAY}|${DAY_MONTH})`;
// MONTSAME's "Ulaanbaatar, May 21 (MONTSAME). " closes the credit with a period (accepted for known agencies only);
// EFE with a period and a dash: "Madrid, Feb 20 (EFE).- ".
const SEP = '\\s{0,3}(?:\\.-|--|[-–—:.]|:\\s{0,2}[-–—])?\\s{0,3}';

// "BUSAN, South Korea, Nov. 26": an ALL CAPS city may be followed by its country or state in Title Case (never
// a date; "CAMP DAVID, Maryland, Aug. 18" has a state that starts like a month), with Yonhap's article before a
// country that takes one ("VELDHOVEN, the Netherlands, Dec. 12").
const CAPS_PLACE_REGION = `${CAPS_PLACE}(?:, (?:the )?(?!${MONTH_DAY})${TITLE_PLACE})?`;
// Antara's "Kupang, NTT (ANTARA) - ": a Title Case city may be followed by its province's initials, or by the
// province's name right before the credit ("Cianjur, West Java (ANTARA) - "; never a date: "Jakarta, Nov 3 (…)"),
// or by its country before a day-first date (Lusa's "Elvas, Portugal, 01 Jul 2020 (Lusa) - ").
const TITLE_PLACE_REGION = `${TITLE_PLACE}(?:, [${UC}]{2,5}(?=[ ,])|, (?!${MONTH_DAY})[${UC}][${LETTER}${MARK}-]{1,25}(?: [${UC}][${LETTER}${MARK}-]{1,25})?(?= \\(|,\\s{0,3}${DAY_MONTH}))?`;
// ENA's "Addis Ababa, May 20/2025(ENA)": the year after a slash.
const SLASH_YEAR = '(?:/\\d{4})?';
// CITY, Mon. D (Agency) --   |   CITY (APP - … - 11th Mar, 2024)   |   CITY, MAR 11 (DNA) –   |   ANI's
// "New Delhi [India], November 13 (ANI):" and IANS's "Uttarkashi (Uttarakhand), Nov 28 (IANS)" (the bracketed
// country or state is not part of the place)
const AGENCY_PAREN_RE = new RegExp(
  `^(${CAPS_PLACE_REGION}|${TITLE_PLACE_REGION})(?: \\[[${UC}][${LETTER} ]{1,30}\\]| \\([${UC}][${LETTER} ]{1,30}\\)(?=,))?(?:,\\s{0,3}(${DATE}${SLASH_YEAR}))?\\.?,?\\s{0,3}\\(([^()]{1,90})\\)(${SEP})`,
);
// ANSA's "(ANSA) - MILAN, SEP 4 - ": the credit first, then the city and date (a known agency only).
const CREDIT_FIRST_RE = new RegExp(
  `^\\(([${UC}][${LETTER}-]{1,15})\\)\\s{0,2}(?:--|[-–—])\\s{1,3}(${CAPS_PLACE_REGION})(?:,\\s{0,3}(${DATE}))?\\s{0,2}(?:--|[-–—])\\s{1,3}(?=\\S)`,
);
// CITY, Month D. /TASS/.
const SLASH_AGENCY_RE = new RegExp(
  `^(${CAPS_PLACE}|${TITLE_PLACE}),\\s{0,3}(${DATE})\\.?\\s{0,3}/([${UC}][${LETTER}-]{1,15})/\\.?\\s{0,3}`,
);
// Beijing:   |   NEW DELHI, Oct 21:
const COLON_RE = new RegExp(
  `^(${CAPS_PLACE}|${TITLE_PLACE})(?:,\\s{0,3}(${DATE}))?\\s{0,2}:\\s{1,3}(?=["“‘(${UC}\\d])`,
);
// `ISLAMABAD – `, `GAZA, Oct. 5 - `, APS's `ALGIERS- ` (no space before the hyphen). A bare word is only a place
// when it is long or several words: "NATO - " or "OPEC - " open sentences, not datelines. A Xinhua dateline
// reposted without its credit keeps the city's country: `DAVOS, Switzerland, Jan. 21 -- `. Granma closes the date
// with a period and an em dash, with no space before the story: `HAVANA, July 11.—Army General …`.
const CAPS_HYPHEN_RE = new RegExp(
  `^(${CAPS_PLACE_REGION})(?:,\\s{0,3}(${DATE}))?(?:\\s{0,2}(?:--|[-–—])\\s{1,3}|\\.[—–]\\s{0,2})(?=\\S)`,
);
// SAnews's `Pretoria – `: a Title Case city and a dash with no credit (a known city only: "Meanwhile – " is none).
const TITLE_DASH_RE = new RegExp(`^(${TITLE_PLACE})\\s{1,2}[–—-]\\s{1,3}(?=[${UC}])`);
// CMC's `BRIDGETOWN, Barbados, Feb 20, CMC – `, IRNA's `Muscat, IRNA – `: the agency after a comma, then a dash
// (a known agency only). Kyodo's older wire style `TOKYO, Sept. 13 Kyodo - ` has no comma after the date.
// Armenpress's `YEREVAN, MAY 10, ARMENPRESS. ` closes the agency, in capitals, with a period. Kyodo's wire line may
// stand alone above the story (`OSAKA, Oct. 4 Kyodo`): the paragraph ends after the agency.
// SPA's older `Washington, Rajab 03, 1439, March 20, 2018, SPA -- ` gives the Hijri date before the Gregorian one.
const HIJRI_DATE = `(?:Muharram|Safar|Rabi['’ ]?(?:al-)?(?:Awwal|Thani|Akhir|I{1,2})|Jumada (?:al-)?(?:Awwal|Ula|Thani|Akhirah|Akhira|I{1,2})|Rajab|Sha['’]?ban|Ramadan|Shawwal|Dhu ?al-Qa['’]?dah|Dhul-Qa['’]?dah|Dhu ?al-Hijjah|Dhul-Hijjah) \\d{1,2}, \\d{4} ?(?:H|AH)?`;
const COMMA_AGENCY_RE = new RegExp(
  `^(${CAPS_PLACE_REGION}|${TITLE_PLACE})(?:,\\s{0,3}${HIJRI_DATE})?(?:,\\s{0,3}(${DATE}))?(?:,\\s{0,3}|(?<=\\d)\\s{1,3})([${UC}][${LETTER}.-]{1,20})(?:\\s{0,2}(?:--|[-–—]|(?<=[${UC}]{3})\\.)\\s{1,3}(?=\\S)|$)`,
);
// Kazinform's `ASTANA. KAZINFORM – `: the city, a period, the agency in capitals, a dash (a known agency only).
const DOT_AGENCY_RE = new RegExp(
  `^(${CAPS_PLACE_REGION})\\.\\s{1,2}([${UC}][${UC}-]{1,20})\\s{0,2}(?:--|[-–—])\\s{1,3}(?=\\S)`,
);
// Trend's `WASHINGTON, US, August 8. `: a city in capitals (maybe with its country), the date and a period, and no
// credit (the agency signs the first sentence instead: "…, Trend reports.").
const CAPS_DATE_PERIOD_RE = new RegExp(`^(${CAPS_PLACE_REGION}),\\s{0,3}(${DATE})\\.\\s{1,3}(?=[${UC}])`);
// Anadolu's `ANKARA` (or `ISTANBUL, Nov. 14`) alone on the line above the story.
const LONE_CAPS_RE = new RegExp(`^(${CAPS_PLACE_REGION})(?:,\\s{0,3}(${DATE}))?$`);
// KPL's `(KPL) Vientiane Mayor X …`, `(Vatican Radio) Pope …`: a known agency's credit in brackets with no city
// and no dash.
const CREDIT_ONLY_RE = new RegExp(
  `^\\(([${UC}][${LETTER}.-]{1,15}(?: [${UC}][${LETTER}.-]{1,15}){0,2})\\)\\s{1,3}(?=[${UC}])`,
);
// (Reuters) -   |   APP -   |   Pakistan Observer -   (a credit with no city)
const CREDIT_HYPHEN_RE = new RegExp(
  `^\\(?([${LETTER}][${LETTER}0-9.'’& ]{0,40}?)\\)?\\s{0,2}(?:--|[-–—])\\s{1,3}(?=\\S)`,
);

// Reuters' "April 26 (Reuters) - " with no city: a date, then a known agency's credit and a dash.
const DATED_CREDIT_RE = new RegExp(
  `^(${MONTH_DAY})\\s{1,2}\\(([${UC}][${LETTER}.-]{1,15})\\)\\s{0,2}(?:--|[-–—])\\s{1,3}(?=\\S)`,
);

const NOT_PLACES = new Set(
  [
    'photo',
    'photos',
    'source',
    'editor',
    'note',
    'update',
    'updated',
    'read',
    'watch',
    'video',
    'also',
    'related',
    'q',
    'a',
    'question',
    'answer',
    'transcript',
    'warning',
    'breaking',
    'exclusive',
    'opinion',
    'analysis',
    'editorial',
    'comment',
    'background',
    'context',
    'summary',
    'highlights',
    'tags',
    'update',
    'correction',
    'disclaimer',
    'caption',
    'file',
    'live',
    'news',
    'quote',
    'key points',
    'facts',
    'fact',
    'why',
    'what',
    'how',
    'when',
    'who',
    'but',
    'and',
    'the',
    'in',
    'on',
    'meanwhile',
    'however',
    'earlier',
    'today',
    'yesterday',
    // A forwarded e-mail's or a memo's header lines ("From: VP pool", "Sent: Monday, …", "Subject: …").
    'from',
    'to',
    'sent',
    'subject',
    'cc',
    'bcc',
    'date',
    're',
    'fwd',
  ].map((s) => s.toLowerCase()),
);

const STARTS_WITH_LETTER_RE = new RegExp(`^[${LETTER}]`);
const isCaps = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

/** Splits `APP - UrduPoint / Pakistan Point News - 11th Mar, 2024` into the agency and a date, if any. */
function splitCredit(inner: string): { agency: string; date: string | null } {
  const parts = inner.split(/\s[-–—]\s/).map((p) => p.trim());
  const agency = parts[0] ?? inner.trim();
  const last = parts.length > 1 ? parts[parts.length - 1]! : '';
  const date = last && new RegExp(`^${DATE}$`, 'u').test(last) ? last : null;
  return { agency, date };
}

const looksLikeAgency = (s: string): boolean =>
  s.length <= 45 && STARTS_WITH_LETTER_RE.test(s) && s.split(' ').length <= 5 && !/[,;:!?]/.test(s);

function agencyParen(p: string): DatelineMatch | null {
  const m = AGENCY_PAREN_RE.exec(p);
  if (!m) return null;
  const place = m[1]!;
  const date = m[2] ?? null;
  const { agency, date: creditDate } = splitCredit(m[3]!);
  let sep = m[4]!.trim();
  let length = m[0].length;
  // A period after the credit separates only after a known agency; otherwise it stays with the story, as before.
  if (sep === '.' && knownAgency(agency) === null) {
    sep = '';
    length -= m[4]!.length;
  }
  if (!looksLikeAgency(agency)) return null;
  const known = knownAgency(agency) !== null || looksLikeOutlet(agency);
  // A Title Case start needs strong evidence ("Chinese President Liu Zhiwei (C) met …" is not a dateline): a date,
  // or a known agency and a separator ("Munich (dpa) - ", "Vatican City (AFP) – "). The city decides: "HANOI,
  // Vietnam (AP) —" adds its country in Title Case.
  const knownDash = sep !== '' && knownAgency(agency) !== null;
  if (!isCaps(place.split(',')[0]!) && !(date && (known || sep)) && !knownDash) return null;
  if (!date && !creditDate && !sep && !known) return null;
  if (NOT_PLACES.has(place.toLowerCase())) return null;
  return {
    dateline: { place, date: date ?? creditDate },
    source: knownAgency(agency) ?? agency,
    length,
  };
}

/** Dateline forms that carry an agency credit; safe to look for in the first few paragraphs. */
export function matchStrongDateline(p: string): DatelineMatch | null {
  // Both forms need their "(" or "/": most paragraphs have neither, and a scan for one character is far cheaper
  // than the expressions' attempts at a place name.
  const a = p.includes('(') ? agencyParen(p) : null;
  if (a) return a;
  const cf = p.charCodeAt(0) === 40 /* ( */ ? CREDIT_FIRST_RE.exec(p) : null;
  const cfAgency = cf ? knownAgency(cf[1]!) : null;
  if (cf && cfAgency)
    return { dateline: { place: cf[2]!, date: cf[3] ?? null }, source: cfAgency, length: cf[0].length };
  // "(Vatican Radio) Pope Francis …": a known agency's name alone in brackets opening a paragraph credits it, below a
  // standfirst as at the top.
  const bracketed = cf === null && p.charCodeAt(0) === 40 /* ( */ ? CREDIT_ONLY_RE.exec(p) : null;
  const bracketedAgency = bracketed ? knownAgency(bracketed[1]!) : null;
  if (bracketed && bracketedAgency)
    return { dateline: null, source: bracketedAgency, length: bracketed[0].length };
  const t = p.includes('/') ? SLASH_AGENCY_RE.exec(p) : null;
  if (t)
    return {
      dateline: { place: t[1]!, date: t[2]! },
      source: knownAgency(t[3]!) ?? t[3]!,
      length: t[0].length,
    };
  return null;
}

/**
 * Anadolu's `ANKARA` alone on its line below a standfirst: a capitals line that is a known place (or dated). The
 * whole paragraph must match.
 */
export function matchLoneDateline(p: string): DatelineMatch | null {
  const lone = p.length <= 60 ? LONE_CAPS_RE.exec(p) : null;
  // "ASTANA, Kazakhstan": a city the gazetteer lacks is a place when a known place (its country) follows the comma.
  const parts = lone ? lone[1]!.split(',').map((w) => w.trim().toLowerCase()) : [];
  if (!lone || !(lone[2] || parts.some(isGazetteerPlace))) return null;
  return { dateline: { place: lone[1]!, date: lone[2] ?? null }, source: null, length: p.length };
}

/**
 * A transcript's turn label naming the outlet that asks, not a city: "CCTV: …", "AFP: …" (a known agency, or one word
 * of capitals with no vowel that no gazetteer knows).
 */
function outletLabel(label: string): boolean {
  if (knownAgency(label) !== null) return true;
  return /^[A-Z]{2,6}$/.test(label) && !/[AEIOUY]/.test(label) && !isGazetteerPlace(label.toLowerCase());
}

/** All dateline forms, including the weak ones (`Beijing: `, `ISLAMABAD – `, `(Reuters) - `): first paragraph only. */
export function matchDateline(p: string): DatelineMatch | null {
  const strong = matchStrongDateline(p);
  if (strong) return strong;
  const c = COLON_RE.exec(p);
  if (c && !NOT_PLACES.has(c[1]!.toLowerCase()) && !outletLabel(c[1]!)) {
    return { dateline: { place: c[1]!, date: c[2] ?? null }, source: null, length: c[0].length };
  }
  const dated = DATED_CREDIT_RE.exec(p);
  const datedAgency = dated ? knownAgency(dated[2]!) : null;
  if (dated && datedAgency) return { dateline: null, source: datedAgency, length: dated[0].length };
  const credit = CREDIT_HYPHEN_RE.exec(p);
  if (credit) {
    const name = credit[1]!.trim();
    const agency = knownAgency(name);
    if (agency) return { dateline: null, source: agency, length: credit[0].length };
    if (looksLikeOutlet(name)) return { dateline: null, source: name, length: credit[0].length };
  }
  // A line in capitals alone is a place only when dated or a known place: "NATO" or "DEEPER COOPERATION" alone
  // are labels and subheadings.
  const lone = matchLoneDateline(p);
  if (lone) return lone;
  const dot = p.includes('. ') ? DOT_AGENCY_RE.exec(p) : null;
  const dotAgency = dot ? knownAgency(dot[2]!) : null;
  if (dot && dotAgency)
    return { dateline: { place: dot[1]!, date: null }, source: dotAgency, length: dot[0].length };
  const ca = COMMA_AGENCY_RE.exec(p);
  const caAgency = ca ? knownAgency(ca[3]!) : null;
  if (ca && caAgency && !NOT_PLACES.has(ca[1]!.toLowerCase())) {
    return { dateline: { place: ca[1]!, date: ca[2] ?? null }, source: caAgency, length: ca[0].length };
  }
  const h = CAPS_HYPHEN_RE.exec(p);
  // Kyodo's "LIMA - ": a short word is a place when the gazetteer knows it.
  const hPlace = h ? h[1]!.toLowerCase() : '';
  if (
    h &&
    (h[2] || hPlace.length >= 6 || hPlace.includes(' ') || isGazetteerPlace(hPlace)) &&
    !NOT_PLACES.has(hPlace)
  ) {
    return { dateline: { place: h[1]!, date: h[2] ?? null }, source: null, length: h[0].length };
  }
  const cp = CAPS_DATE_PERIOD_RE.exec(p);
  if (cp && !NOT_PLACES.has(cp[1]!.toLowerCase()))
    return { dateline: { place: cp[1]!, date: cp[2]! }, source: null, length: cp[0].length };
  const td = TITLE_DASH_RE.exec(p);
  // Agência Brasil's `Brasília – `: the city list spells names without accents.
  if (td && cityNames.has(asciiFold(td[1]!.toLowerCase())))
    return { dateline: { place: td[1]!, date: null }, source: null, length: td[0].length };
  return null;
}
