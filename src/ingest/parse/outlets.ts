// Outlets credited by their web address alone, and section labels at the top of a crawled page, beyond the
// agencies and chrome phrases patterns.ts lists.
import { countryNames } from '../extract/lexicon.ts';
import { knownAgency, UC } from './patterns.ts';

/** A bare web address: a name, then a generic or a country domain ("tehrantimes.com", "kazinform.kz"). */
const DOMAIN_RE =
  /^(?:https?:\/\/)?(?:www\.|english\.|en\.|m\.)?([a-z][a-z\d-]{2,30})\.(?:com|net|org|info|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})\/?$/i;
/** Words that end an outlet's name, as its web address runs them together ("arabnews", "tehrantimes"). */
const OUTLET_TAIL_RE =
  /^([a-z]{3,})(news|times|daily|post|tribune|herald|gazette|journal|observer|express|chronicle|telegraph|standard|mail|today)$/;

/**
 * The outlet a bare web address on a line of its own credits: a known agency by its name ("kazinform.kz" is
 * Kazinform), or a name ending in an outlet word, split and capitalised ("arabnews.com" is Arab News). Else null.
 */
export function portalOutlet(s: string): string | null {
  const m = s.length <= 40 ? DOMAIN_RE.exec(s.trim()) : null;
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  const agency = knownAgency(name);
  if (agency) return agency;
  const tail = OUTLET_TAIL_RE.exec(name);
  if (!tail) return null;
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  return `${cap(tail[1]!)} ${cap(tail[2]!)}`;
}

/** "@globaltimesnews", "@CGTNOfficial": an outlet's social handle, its name with a word glued on (or none). */
const HANDLE_RE = /^@([A-Za-z][A-Za-z\d_]{2,30})$/;
const HANDLE_TAIL_RE = /(?:news|official|online|english|en)$/;

/**
 * The known agency an outlet's social handle at the top of a page names, by its name or its web portal's
 * ("@globaltimesnews" is the Global Times of globaltimes.cn); else null.
 */
export function handleOutlet(s: string): string | null {
  const m = s.length <= 32 ? HANDLE_RE.exec(s.trim()) : null;
  if (!m) return null;
  const handle = m[1]!.toLowerCase();
  for (const name of new Set([handle, handle.replace(HANDLE_TAIL_RE, '')])) {
    if (name.length < 3) continue;
    const agency =
      knownAgency(name) ??
      knownAgency(`${name}.cn`) ??
      knownAgency(`${name}.com`) ??
      knownAgency(`${name}.com.cn`);
    if (agency) return agency;
  }
  return null;
}

/** "Business & Economy", "Arts & Culture": two or three capitalised section words joined by "&". */
const SECTION_AND_RE = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? & \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u;

/** "Lebanon News", "South Korea News": a country's name, then "News" (a site's section for that country). */
const COUNTRY_NEWS_RE = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) News$/u;

/**
 * A section label at the top of a page: two sections joined by "&" ("Business & Economy"), or a country's news
 * ("Lebanon News"). Chrome, not a headline.
 */
export function isSectionLabel(s: string): boolean {
  if (s.length > 40) return false;
  if (SECTION_AND_RE.test(s)) return true;
  const m = COUNTRY_NEWS_RE.exec(s);
  return m !== null && countryNames.has(m[1]!.toLowerCase());
}

/** Words that end an outlet's masthead after its name ("IRNA English", "NHK WORLD-JAPAN News", "AP News"). */
const MASTHEAD_TAIL_RE = /^(?:English|News|Online|World|Agency|TV|Radio|Network|International|Service)$/i;
// A wire's or a broadcaster's product pages carry its masthead over the headline with the product's word ("Reuters
// Pictures", "BBC News Video", "AP Morning Wire").
const PRODUCT_TAIL_RE = /^(?:Pictures|Photos|Video|Videos|Wire)$/;
const CAPITALISED_RE = new RegExp(`^[${UC}]`);
const DAYTIME_RE = /^(?:Morning|Evening|Afternoon|Daily|Weekend)$/;

/**
 * The known agency a masthead at the top of a page names: the agency's name first, then only capitalised words,
 * the last an edition word ("IRNA English" is IRNA). A headline has a verb or a subject after the name ("Reuters
 * Poll Shows Gains"). Else null.
 */
export function mastheadOutlet(s: string): string | null {
  if (s.length > 40) return null;
  const words = s.trim().split(/\s+/);
  // "NHK WORLD-JAPAN": the edition word may carry its country after a hyphen.
  const tail = words[words.length - 1]!.split('-')[0]!;
  if (words.length < 2 || words.length > 5) return null;
  if (!words.every((w) => CAPITALISED_RE.test(w))) return null;
  if (PRODUCT_TAIL_RE.test(tail)) {
    const name = words.slice(0, -1).join(' ');
    // "AP Morning Wire": an agency's name, a time of day and the product.
    const named = words.length === 3 && DAYTIME_RE.test(words[1]!) ? words[0]! : name;
    return knownAgency(named) ?? mastheadOutlet(named) ?? paperMasthead(named);
  }
  if (!MASTHEAD_TAIL_RE.test(tail)) return null;
  // A name of two words before the edition word ("Thai PBS World"), or the whole masthead as an agency's name.
  return knownAgency(words[0]!) ?? knownAgency(words.slice(0, -1).join(' ')) ?? knownAgency(s);
}

/** The words that end a newspaper's name on its masthead ("Arab News", "The Straits Times"). */
const PAPER_TAIL_RE =
  /^(?:News|Times|Daily|Post|Tribune|Herald|Gazette|Journal|Observer|Express|Chronicle|Telegraph|Standard|Today)$/i;
/** Words that open a section label, not an outlet's name ("World News", "General News", "Business Daily"). */
const SECTION_OPENER_RE =
  /^(?:The\s+)?(?:World|Latest|Breaking|Top|Local|National|General|Regional|Business|Sports?|More|Related|Trending|Daily|Morning|Evening|Weekend|Today's)$/i;

/**
 * "General News", "World News": a section's label of two or three capitalised words, a section word first and a
 * newspaper word last, on a line of its own below the headline. Chrome, not an outlet.
 */
export function isNewsSectionLabel(s: string): boolean {
  if (s.length > 30) return false;
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || !PAPER_TAIL_RE.test(words[words.length - 1]!)) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’]*$/u.test(w)) && SECTION_OPENER_RE.test(words[0]!);
}

/**
 * "Matangi Tonga Online", "Ahram Online": a site's masthead of one to three capitalised words and "Online", whatever
 * the name (an unknown outlet too). Its name as written, or null.
 */
export function onlineMasthead(s: string): string | null {
  return s.length <= 40 && ONLINE_MASTHEAD_RE.test(s.trim()) ? s.trim() : null;
}
const ONLINE_MASTHEAD_RE = /^(?:\p{Lu}[\p{L}'’-]*\s){1,3}Online$/u;

/**
 * "ARAB NEWS", "Arab News": a newspaper's masthead alone on a line above the story, two or three capitalised words
 * ending in a newspaper word, credits that paper (title case for a masthead in capitals). Else null.
 */
export function paperMasthead(s: string): string | null {
  if (s.length > 30) return null;
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || !PAPER_TAIL_RE.test(words[words.length - 1]!)) return null;
  if (!words.every((w) => /^\p{Lu}[\p{L}'’]*$/u.test(w)) || SECTION_OPENER_RE.test(words[0]!)) return null;
  // A masthead in mixed case reads as the outlet writes it ("UN News"); one in capitals is set in title case.
  if (/\p{Ll}/u.test(s)) return words.join(' ');
  return words.map((w) => w[0]! + w.slice(1).toLowerCase()).join(' ');
}

/**
 * "President of Russia", "Prime Minister of Japan", "Ministry of Foreign Affairs of Kazakhstan": an office of a
 * country named alone at the top of the page is the official site's masthead (chrome, no headline), as a paper's
 * name is a paper's. The office's words, "of", then a country the lexicon knows ("the Republic of X" too).
 */
export function isOfficeMasthead(s: string): boolean {
  return officeMastheadCountry(s) !== null;
}
/** The country whose office's site `s` names as its masthead ("President of Russia": Russia), or null. */
export function officeMastheadCountry(s: string): string | null {
  if (s.length > 70) return null;
  const m = OFFICE_MASTHEAD_RE.exec(s.trim());
  if (!m) return null;
  const place = m[1]!.toLowerCase().replace(/^the /, '');
  // '' is an ambiguous name ("Korea"): no country.
  return (
    countryNames.get(place) || countryNames.get(place.replace(/^(?:\w+ )*?republic of (?:the )?/, '')) || null
  );
}
const OFFICE_MASTHEAD_RE =
  /^(?:The )?(?:President|Prime Minister|Presidency|Government|Chancellor|Office of the (?:President|Prime Minister)|Ministry of (?:\p{Lu}\p{L}+ )(?:(?:and )?\p{Lu}\p{L}+ ){0,3}|Ministry of Foreign Affairs) of ((?:the )?\p{Lu}[\p{L}'’-]+(?: (?:of )?(?:the )?\p{Lu}[\p{L}'’-]+){0,4})$/u;
