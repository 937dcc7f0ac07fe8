// Shared vocabulary of the wire-article format (see tests/fixtures/formats/ and the README, "Your articles").
// Every regex is anchored and has bounded repetition, so each test is linear in the line length.

const MONTHS = [
  ['Jan', 'uary'],
  ['Feb', 'ruary'],
  ['Mar', 'ch'],
  ['Apr', 'il'],
  ['May', ''],
  ['Jun', 'e'],
  ['Jul', 'y'],
  ['Aug', 'ust'],
  ['Sep', 'tember'],
  ['Oct', 'ober'],
  ['Nov', 'ember'],
  ['Dec', 'ember'],
] as const;

// Latin capitals and letters as regex class contents. Explicit ranges rather than \p{Lu} / \p{L}: V8 spends
// milliseconds compiling each Unicode property class, in every worker, which dominated a short ingest.
// Datelines, credits and bylines are written in Latin script.
export const UC = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F';
export const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
export const MARK = '\\u0300-\\u036F';

// Title case and ALL CAPS ("Oct.", "October", "MAR", "Sept."), without the i flag, which would make [A-Z] match
// lowercase letters too.
export const MONTH = `(?:${MONTHS.flatMap(([a, b]) => {
  const extra = a === 'Sep' ? ['Sept'] : [];
  const forms = [a, ...extra].flatMap((s) => [s, s.toUpperCase()]);
  if (b) forms.push(a + b, (a + b).toUpperCase());
  return forms;
})
  .sort((x, y) => y.length - x.length)
  .join('|')})`;

const ORD = '(?:st|nd|rd|th)?';
/** "Oct. 21", "March 21", "MAR 11", "Oct. 21, 2024" */
export const MONTH_DAY = `${MONTH}\\.?\\s{1,3}\\d{1,2}${ORD}(?:,?\\s{1,3}\\d{4})?`;
/** "11th Mar, 2024", "21 October 2024" */
export const DAY_MONTH = `\\d{1,2}${ORD}\\s{1,3}${MONTH}\\.?(?:,?\\s{1,3}\\d{4})?`;
const WEEKDAY = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\\.?';
// The Guardian's "11.14 BST": hours and minutes split by a point, which only its time zone tells from a number.
const TIME =
  '(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s{0,2}[AaPp]\\.?[Mm]\\.?)?(?:\\s{1,2}[A-Z]{2,5})?|\\d{1,2}\\.\\d{2}\\s{1,2}(?:GMT|UTC|BST|CET|CEST|EST|EDT|IST|JST|HKT|SGT|AEST|AEDT))';

/**
 * A line that is only a date (and maybe a weekday and time): `March 22, 2023`, `Tuesday, 22 Oct 2024 08:38`; RTHK's
 * `2023-07-25 HKT 18:32` names its time zone before the time; the teletype's double hyphen or a dash before the time
 * too (`Sept. 27, 1959 -- 10:40 p.m. EDT`); Reuters's page marks the time it was last changed after it (`June 22,
 * 2023 5:41 PM UTC Updated`, `… Updated 2 hours ago`).
 */
export const DATE_ONLY_RE = new RegExp(
  `^(?:${WEEKDAY},?\\s{1,3})?(?:${MONTH_DAY}|${DAY_MONTH}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4})(?:,?\\s{1,3}(?:at\\s{1,3}|(?:--|[-–—|])\\s{1,3}|[A-Z]{2,4}\\s{1,2}(?=\\d))?(${TIME}))?(?:\\s{1,3}Updated(?:\\s{1,3}(?:\\d{1,3}\\s{1,3}\\w{1,8}\\s{1,3})?ago)?)?$`,
);
/** Weekday and date, as site chrome on line 1: `Tuesday, October 22, 2024`, `Tue 22 Oct 2024`. */
export const WEEKDAY_DATE_RE = new RegExp(`^${WEEKDAY},?\\s{1,3}(?:${MONTH_DAY}|${DAY_MONTH})`);
export const TIME_RE = /\b(\d{1,2}:\d{2})(?::\d{2})?\b/;
export const TIME_ONLY_RE = new RegExp(`^${TIME}$`);
/** Video player timestamps and durations: `0:45`, `02:13 / 03:40`. */
export const VIDEO_TIME_RE =
  /^(?:(?:Video|Duration|Watch)(?:\s+duration)?\s{0,2}:?\s{0,2})?\d{1,2}:\d{2}(?::\d{2})?(?:\s{0,3}\/\s{0,3}\d{1,2}:\d{2}(?::\d{2})?)?$/;

// News agencies and outlets that credit wire stories. Used to recognise credits, never to name people.
const AGENCY_NAMES = [
  'Xinhua',
  'Xinhuanet',
  'Xinhua Net',
  'TASS',
  'APP',
  'DNA',
  'Reuters',
  'AP',
  'AFP',
  'PTI',
  'IANS',
  'ANI',
  'UNI',
  'UPI',
  'Bernama',
  'Yonhap',
  'Kyodo',
  'Kyodo News',
  // Japan's public broadcaster, whose English service credits its own stories ("NHK WORLD-JAPAN News").
  'NHK',
  'Jiji',
  'Jiji Press',
  'Sputnik',
  'RIA Novosti',
  'Interfax',
  'Anadolu',
  'Anadolu Agency',
  'AA',
  'WAM',
  'SPA',
  'KUNA',
  'QNA',
  'IRNA',
  'ISNA',
  'Mehr',
  'Tasnim',
  'Fars',
  'SANA',
  'Petra',
  'MENA',
  'NNA',
  'BSS',
  'ENA',
  'KCNA',
  'VNA',
  'Vietnam News Agency',
  // Laos's Khaosan Pathet Lao ("(KPL) Vientiane Mayor X received …", "KPL" signing off).
  'KPL',
  // The Myanmar News Agency, whose stories in the state papers sign off "—MNA".
  'MNA',
  'Myanmar News Agency',
  'Antara',
  'PNA',
  'Philippine News Agency',
  'MONTSAME',
  'Thai PBS',
  'Prensa Latina',
  // Cuba's party daily, whose English edition credits its stories "Granma International news staff".
  'Granma',
  'Granma International',
  // The Holy See's news portal, whose pages print its name above and below the headline.
  'Vatican News',
  // The Holy See's radio, whose credit opens the stories the portal carries ("(Vatican Radio) Pope Francis …").
  'Vatican Radio',
  'EFE',
  'Agência Brasil',
  'Agencia Brasil',
  'dpa',
  'ANSA',
  'Lusa',
  'Belga',
  'PAP',
  // India's Press Information Bureau, which posts the ministries' releases ("Posted On: 14 JUN 2024 by PIB Delhi").
  'PIB',
  'MTI',
  'Agerpres',
  'Ukrinform',
  'BelTA',
  'Kazinform',
  'Trend',
  'AzerTac',
  'Tanjug',
  'Hina',
  'CNA',
  // "(Chinadaily.com.cn)", "| chinadaily.com.cn |": the outlet's web address credits the outlet, China Daily, as
  // "news.cn" credits Xinhua (PORTALS below); the source is the agency, not its site.
  'China Daily',
  "People's Daily",
  "People's Daily Online",
  'People.cn',
  'CGTN',
  'China News Service',
  'CNS',
  'Global Times',
  'ecns.cn',
  // China News Service's English site, credited by its initials ("(ECNS) -- ", "08:52:41ECNS Editor: …").
  'ECNS',
  'Bloomberg',
  'NAN',
  'Saba',
  // Caribbean, Australian, Canadian and Swiss agencies ("BRIDGETOWN, Barbados, Feb 20, CMC –").
  'CMC',
  'AAP',
  'The Canadian Press',
  'Canadian Press',
  'Keystone-SDA',
  // Algerian, Moroccan, New Zealand and Argentine public agencies ("APS" on its own line, "Rabat (MAP) - ").
  'APS',
  'MAP',
  'RNZ',
  'Télam',
  'Telam',
  // Agencies of the Caucasus, Africa, the Nordics, the Andes and Southeast Asia ("ALMATY, MAY 10, ARMENPRESS. ",
  // "Accra, Oct. 6, GNA - ", "Lima, Oct. 21 (ANDINA). ", "ABS-CBN News" on its own line).
  'Armenpress',
  'GNA',
  'KNA',
  'SAnews',
  'ANGOP',
  'Inforpress',
  'Andina',
  'ABS-CBN',
  'Yle',
  'NTB',
  'ČTK',
  'CTK',
  'BTA',
  'Pajhwok',
  // Gulf, Sudanese and Azerbaijani agencies ("Manama, May 16 (BNA) His Majesty …", "Muscat, Jan 11 (ONA) -- ").
  'BNA',
  'ONA',
  'SUNA',
  'APA',
  // Kenya's public broadcaster, whose site signs "By KBC Reporter" and ends "KBC".
  'KBC',
  // Cambodia's and Palestine's agencies and Iceland's public broadcaster ("Phnom Penh, Feb. 7, 2024 AKP -- ",
  // "RAMALLAH, Jan. 15 (WAFA) - ", "RÚV English" atop its pages).
  'AKP',
  'WAFA',
  // Viet Nam News, the Vietnam News Agency's English daily, signs off its stories "— VNS".
  'VNS',
  'RÚV',
  'RUV',
  // Britain's national agency, on a line of its own under the headline ("Press Association", "PA Media" since 2019).
  'Press Association',
  'PA Media',
  // Erbil's Rudaw and Hong Kong's public broadcaster, each on a line of its own above the story ("Rudaw" under the
  // headline, "RTHK English News" atop the page).
  'Rudaw',
  'RTHK',
  // Central Asian, Baltic and Bosnian agencies, by the names their datelines and mastheads print ("TDH" atop a
  // Turkmen page, "Tashkent, 22 December /UzA/.", "RIGA, May 31 (LETA) - ", "SARAJEVO, October 3 (FENA) – ").
  'TDH',
  'Kabar',
  'Khovar',
  'UzA',
  'LETA',
  'FENA',
];
const AGENCIES = new Map(AGENCY_NAMES.map((a) => [a.toLowerCase(), a]));
// Credits by initials that stand for an agency named above: Anadolu's "ANKARA (AA) - ".
AGENCIES.set('aa', 'Anadolu Agency');
// "Associated Press | Mexico City | Updated: …": the agency's full name credits it as its "(AP)" dateline does.
AGENCIES.set('associated press', 'AP');
// AP's own features sign with the article: "The Associated Press" on the line under the headline.
AGENCIES.set('the associated press', 'AP');
// Agencies credited by their full names: "Australian Associated Press | Canberra | Updated …".
AGENCIES.set('australian associated press', 'AAP');
AGENCIES.set('ghana news agency', 'GNA');
// UN News's name until 2017, on the masthead atop its pages ("UN News Centre").
AGENCIES.set('un news centre', 'UN News');
// A reprint's credit spells out the Associated Press of Pakistan ("(MENAFN - Associated Press of Pakistan)").
AGENCIES.set('associated press of pakistan', 'APP');
AGENCIES.set('kenya news agency', 'KNA');
// Thai PBS's English service signs as "Thai PBS World".
AGENCIES.set('thai pbs world', 'Thai PBS');
// RNZ's Pacific service signs its stories "RNZ Pacific".
AGENCIES.set('rnz pacific', 'RNZ');
// Taiwan's Central News Agency publishes in English as "Focus Taiwan", the masthead atop its pages.
AGENCIES.set('focus taiwan', 'CNA');
// Agence Kampuchea Presse, as its masthead spells it out ("AKP - Agence Kampuchea Presse").
AGENCIES.set('agence kampuchea presse', 'AKP');
// Web portals of agencies, as a crawled page prints them on a line of their own ("english.news.cn", "CGTN.com").
const PORTALS = new Map([
  ['news.cn', 'Xinhua'],
  ['xinhuanet.com', 'Xinhua'],
  ['cgtn.com', 'CGTN'],
  ['globaltimes.cn', 'Global Times'],
  ['people.com.cn', "People's Daily"],
  ['chinadaily.com.cn', 'China Daily'],
]);
const PORTAL_RE = /^(?:https?:\/\/)?(?:www\.|english\.|en\.|m\.)?([a-z\d-]+\.(?:com\.cn|com|cn|net))\/?$/;
export function knownAgency(s: string): string | null {
  const key = s.trim().toLowerCase();
  const a = AGENCIES.get(key);
  if (a !== undefined || !key.includes('.')) return a ?? null;
  const portal = PORTAL_RE.exec(key);
  return portal ? (PORTALS.get(portal[1]!) ?? null) : null;
}

const OUTLET_WORD_RE =
  /\b(?:News|Times|Daily|Post|Observer|Online|Agency|TV|Today|Tribune|Herald|Gazette|Journal|Press|Radio|Network|Media|Wire|Express|Mail|Telegraph|Chronicle|Review|Standard|Dawn)\b|\.(?:com|net|org|cn|pk|in|co\.uk|ru)\b/;
/** A name that reads like a news outlet: a known agency, or words like "Times", "Daily", or a web domain. */
export function looksLikeOutlet(s: string): boolean {
  return s.length <= 60 && (knownAgency(s) !== null || OUTLET_WORD_RE.test(s));
}

// --- Site chrome: navigation and furniture of the crawled page, never story text -----------------------------
/**
 * A heading over a list of other stories' headlines below the story ("Most viewed", "Related", "More galleries",
 * "What else we've been reading"): the headline-shaped lines under it are links, not the story's.
 */
const LINK_LIST_HEADINGS = new Set([
  'related',
  'related news',
  'related stories',
  'related articles',
  'related coverage',
  'related topics',
  'most read',
  'most viewed',
  'most popular',
  'most shared',
  'you may also like',
  'more on this story',
  'more galleries',
  'more videos',
  'more from this section',
  "what else we've been reading",
  'what else we’ve been reading',
]);

// Phrases that may appear in the body as page furniture (no section names, which could be story words).
const BODY_CHROME = new Set<string>([
  // Headings over lists of other stories' headlines below a story: chrome, and so are the headlines under them.
  ...LINK_LIST_HEADINGS,
  'advertisement',
  'sponsored',
  'scroll to continue',
  'story continues below advertisement',
  'continue reading',
  'loading...',
  'like this',
  'like loading...',
  'back to top',
  'listen to this article',
  // A live blog's controls above its entries.
  'key events',
  'show key events only',
  'please turn on javascript to use this feature',
]);

// Everything that is furniture in the body is furniture anywhere; the rest are section and navigation names.
const CHROME_PHRASES = new Set([
  ...BODY_CHROME,
  ...[
    'home',
    'left menu',
    'right menu',
    'main menu',
    'menu',
    'skip to content',
    'skip to main content',
    'skip to navigation',
    'latest news',
    'breaking news',
    'top stories',
    'top news',
    'trending',
    'trending now',
    'search',
    'navigation',
    'toggle navigation',
    'subscribe',
    'sign in',
    'log in',
    'login',
    'register',
    'close',
    'print',
    'font size',
    'a a a',
    'a+ a-',
    'most viewed',
    "editor's pick",
    "editors' picks",
    'more news',
    'more stories',
    // A paper's front-page and home-news sections ("Lead Stories", "Home Local News").
    'lead stories',
    'local',
    'news',
    'world',
    'nation',
    'national',
    'business',
    'politics',
    'opinion',
    'sports',
    // Section labels of European and Asian agencies' pages ("Sport", "Economy", "Diplomacy").
    'sport',
    'economy',
    'diplomacy',
    // A business outlet's sections ("Trade", "Markets", "Finance").
    'trade',
    'markets',
    'finance',
    'health',
    'science',
    'technology',
    'entertainment',
    'lifestyle',
    'asia',
    'world news',
    'china news',
    'local news',
    'international',
    'text size',
    'listen',
    'china',
    'sci-tech',
    'culture',
    'society',
    'military',
    'photos',
    'video',
    'features',
    'in-depth',
    'asia-pacific',
    'middle east',
    'europe',
    // Euractiv's section of the EU's foreign affairs.
    'global europe',
    'africa',
    'americas',
    'bookmark',
    'save',
    // UN News's tagline under its masthead.
    'global perspective human stories',
    // A legislature's or an institution's press pages ("Press room", "Newsroom").
    'press room',
    'newsroom',
    'press releases',
    // A live blog's label above its headline ("Live updates", "Live").
    'live',
    'live updates',
    'live blog',
    // A broadcaster's navigation: "Just In" (its latest stories), "Analysis" (a section).
    'just in',
    'analysis',
    // A wire's staff credit on its own line below the agency's name ("The Canadian Press", then "Staff").
    'staff',
    // Turkmenistan's state news site, whose name heads each page above the headline.
    'turkmenistan: golden age',
  ].map((s) => s.toLowerCase()),
]);
const chromeKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\s>»›|:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();

const BREADCRUMB_RE = />>|»|›|\s>\s/;
// Section paths: `News / Nation`, `Home | World | Asia` (each part a word or three, no sentence).
// A part's words may be hyphenated ("Asia-Pacific", "Cross-Straits") or hold digits after a letter ("COP28").
// A year may stand as a word of a part too ("Sport | Olympic Games 2024 | Live").
const SECTION_WORD = `(?:[${LETTER}&'][${LETTER}\\d&']{0,19}(?:-[${LETTER}]{1,20})?|(?:19|20)\\d\\d)`;
// An ampersand joins two words of one part without counting as a third ("Politics & Diplomacy").
const SECTION_PART = `${SECTION_WORD}(?:(?: &)? ${SECTION_WORD}){0,2}`;
const SECTION_PATH_RE = new RegExp(`^${SECTION_PART}(?:\\s{0,2}[/|]\\s{0,2}${SECTION_PART}){1,5}$`);
const MASTHEAD_RE = /^(?:Chief\s+Editor|Editor[- ]in[- ]Chief|Managing\s+Editor|Publisher)\s*:/i;
const HANDLE_RE = /^(?:(?:Follow|Join)\s+(?:us\s+)?(?:on\s+)?(?:\w+\s+)?)?@[\w.]{1,40}$/i;
const NUMBER_RE = /^[\d\s.,:/#-]{1,40}$/;
const SKIP_RE = /^Skip\s+to\b/i;
// A page's accessibility links run together with its masthead on one line ("Site Homepage Skip to content
// Accessibility Help"): no headline holds a skip link.
const SKIP_INSIDE_RE = /\sSkip\s+to\s+(?:main\s+)?(?:content|navigation)\b/i;
// An edition's label over the headline ("First Edition", "Morning Edition", "UK Edition"): a newsletter's or a
// site's, never a headline of two or three words.
const EDITION_RE = /^(?:\p{Lu}[\p{L}'’]*\s){1,2}Edition$/u;
// A wire's slug and cycle line as AP's teletype copy carries it above the headline: `AM-Summit Rdp, Bjt,0720`,
// `BC-South Africa-Mandela, 1st Ld-Writethru,a0512,0780` (the cycle, the story's key words, then its take, number and
// length after commas; no headline opens with a cycle code and a hyphen glued to a capital).
const WIRE_SLUG_RE = /^(?:AM|PM|BC)-\p{Lu}[\p{L}\d' &/-]{1,40}(?:,\s?[\p{L}\d' -]{1,24}){1,5}$/u;
// A reprint service's country tags above a reprinted release: `Türkiye + 1 more`, `Sudan + 3 more`.
const MORE_TAGS_RE = /^\p{Lu}[\p{L}'’. -]{1,40} \+ \d{1,2} more$/u;
// A site's greeting above its masthead: `Welcome to the United Nations` (a name of capitalised words, no verb).
const WELCOME_RE =
  /^Welcome to (?:the )?\p{Lu}[\p{L}'’.&-]*(?: (?:of|for|the|and|\p{Lu}[\p{L}'’.&-]*)){0,5}$/u;
// A page's label in brackets, full-width or not, alone on its line: `【外交部例行记者会】`, `【Singapore】`, `[World]`.
const BRACKETED_LABEL_RE = /^(?:【[^【】]{1,40}】|\[[^[\]]{1,40}\])$/;
// A ministry's release header: `Press Release`, its number `No. 21/2024`.
const RELEASE_LABEL_RE = /^(?:(?:Press|News|Media) (?:Release|Statement)|No\.\s?\d{1,5}(?:\/\d{2,4})?)$/i;
// A government site's masthead above a press release: `Ministry of External Affairs`, `Government of India`,
// `Embassy of the People's Republic of China in …`, `Ministry of Commerce & Industry` (a body's name alone, no verb),
// `Ministry of Fisheries, Oceans and Coastal Affairs` (a portfolio listed with commas), `Federal Ministry of Defence`.
// A legislature's too: `Senate of Pakistan`, `National Assembly of Vietnam`.
// A head of government's office by its possessive name too: `Prime Minister's Office`, `President's Office`.
// A legislature's name alone, or its formal name with "The": `State Duma`, `The Federal Assembly of the Russian
// Federation` (a headline names more than a chamber).
// A party's name alone above its own statement: `African National Congress`, `Labour Party` (words with capitals, then
// "Congress" or "Party"; no verb, so no headline).
const GOVERNMENT_MASTHEAD_RE =
  /^(?:(?:Prime Minister|President|Chief Minister)['’]s (?:Office|Secretariat)$|(?:\p{Lu}\p{Ll}+ ){1,3}(?:Congress|Party)$|(?:State |National |European |Federal )?(?:Duma|Parliament|Assembly|Congress|Senate)$|(?:The )?(?:Federal )?(?:Ministry|Department|Office|Government|Embassy|Consulate General|High Commission|Permanent Mission|Senate|National Assembly|Federal Assembly|Parliament) of (?:the )?\p{Lu}[\p{L}'’.]*,?(?: (?:of|for|and|&|the|in|\p{Lu}[\p{L}'’.]*,?)){0,8}$)/u;

// A country's abbreviation before a government's masthead: `U.S. Department of State`, `UK Ministry of Defence`.
const MASTHEAD_COUNTRY_RE = /^(?:U\.S\.|US|UK|U\.K\.) (?=\S)/;
const SHOUTED_WORD_RE = /\p{Lu}{2,}/gu;
const MASTHEAD_SMALL_WORD_RE = /\b(?:Of|The|And|For|In)\b/g;

/**
 * A government's masthead as the site sets it, perhaps after its country's abbreviation and in capitals: `U.S.
 * DEPARTMENT of STATE`, `MINISTRY OF FOREIGN AFFAIRS` (each word in capitals read as its capitalised form).
 */
function governmentMasthead(s: string): boolean {
  const t = s.replace(MASTHEAD_COUNTRY_RE, '');
  if (GOVERNMENT_MASTHEAD_RE.test(t)) return true;
  // A masthead in capitals is a body's name of a few words; a headline in capitals says more.
  if (t.length > 60 || !/\p{Lu}{4}/u.test(t) || t.split(' ').length > 6) return false;
  const cased = t
    .replace(SHOUTED_WORD_RE, (w) => w[0] + w.slice(1).toLowerCase())
    .replace(MASTHEAD_SMALL_WORD_RE, (w) => w.toLowerCase());
  return GOVERNMENT_MASTHEAD_RE.test(cased);
}

// A site's link to its front page: `ABC News Homepage`, `BBC Home page` (a name of one to four capitalised words).
const HOMEPAGE_RE = /^(?:\p{Lu}[\p{L}&.'’-]*\s){1,4}Home ?page$/iu;
// A government site's banner: `An official website of the United States government`, `An official website of the
// European Union` (no headline opens so).
const OFFICIAL_SITE_RE = /^An official (?:web)?site of (?:the )?\p{Lu}[\p{L}'’.]*(?: [\p{L}'’.]+){0,5}$/u;

// An agency's archive pages: `UPI Archives` on line 1, the story's headline below; a paper's section over a reprinted
// story, `From the Harbour Times archives` (no headline opens so).
const ARCHIVES_RE = /^(.{2,30}) Archives?$/;
const FROM_ARCHIVES_RE = /^From the .{2,30} [Aa]rchives?$/;

/** "China Military", "World Asia": two or three section names run together (a headline says more). */
function sectionWords(s: string): boolean {
  const words = chromeKey(s).split(' ');
  if (words.length < 2 || words.length > 3) return false;
  for (const w of words) if (!CHROME_PHRASES.has(w)) return false;
  return true;
}

/** Site chrome found at the top of a crawled page (line 1 or the lines before the headline). */
export function isTopChrome(s: string): boolean {
  if (s.length > 120) return false;
  if (CHROME_PHRASES.has(chromeKey(s))) return true;
  if (s.length <= 40 && sectionWords(s)) return true;
  if (BREADCRUMB_RE.test(s) && s.length <= 100) return true;
  if (SECTION_PATH_RE.test(s)) return true;
  const archives = s.length <= 40 ? ARCHIVES_RE.exec(s) : null;
  if (archives && knownAgency(archives[1]!) !== null) return true;
  if (s.length <= 50 && FROM_ARCHIVES_RE.test(s)) return true;
  return (
    MASTHEAD_RE.test(s) ||
    HANDLE_RE.test(s) ||
    NUMBER_RE.test(s) ||
    SKIP_RE.test(s) ||
    (s.length <= 100 && SKIP_INSIDE_RE.test(s)) ||
    (s.length <= 40 && EDITION_RE.test(s)) ||
    WIRE_SLUG_RE.test(s) ||
    HOMEPAGE_RE.test(s) ||
    OFFICIAL_SITE_RE.test(s) ||
    MORE_TAGS_RE.test(s) ||
    WELCOME_RE.test(s) ||
    BRACKETED_LABEL_RE.test(s) ||
    RELEASE_LABEL_RE.test(s) ||
    governmentMasthead(s) ||
    (WEEKDAY_DATE_RE.test(s) && s.length <= 60)
  );
}

/** A heading over a list of other stories' links (`LINK_LIST_HEADINGS`). */
export function isLinkListHeading(s: string): boolean {
  return s.length <= 40 && LINK_LIST_HEADINGS.has(chromeKey(s));
}

/** Page furniture inside the body ("Advertisement", "Like this:"). */
export function isBodyChrome(s: string): boolean {
  return s.length <= 60 && BODY_CHROME.has(chromeKey(s));
}

// --- Photo captions and credits ---------------------------------------------------------------------------------
// Credits end a caption: `(Xinhua/Li Tao)`, `(Photo: Xinhua/Li Tao)`, `(Photo/China News Service)`, `[Photo/Agencies]`,
// `Photo: AP`, `(AP Photo/Name)`, `REUTERS/Name`, `ANTARA FOTO/Name`. Tested on the line's tail only, so a huge line costs nothing.
const PAREN_CREDIT_RE = /[([]([^()[\]]{1,100})[)\]]\.?$/;
const PHOTO_INSIDE_RE = /\bphoto(?:s|graph)?\b|\bfile\b/i;
/** A caption's closing date before its credit: "…, May 27, 2019. " */
const DATED_CAPTION_END_RE = /\b\d{1,2},? (?:19|20)\d\d\.\s{0,2}$/;
const AGENCY_SLASH_RE = new RegExp(`^[${UC}][${LETTER}.' ]{0,30}/\\s?[${UC}]`); // "Xinhua/Li Tao"
const PHOTO_COLON_RE =
  /(?:^|\s)(?:File\s+)?(?:Photo|Photos|Photograph|Image|Picture|Pic)\s*(?:credit\s*)?(?::|by)\s*[^.:]{1,60}$/i;
const SLASH_CREDIT_RE = new RegExp(
  `(?:^|\\s)(?:REUTERS|AFP|AP|XINHUA|EPA|GETTY IMAGES|ANADOLU|EFE|ANSA|ANTARA(?: FOTO)?|UN Photo)/[${UC}][${LETTER}.' -]{1,40}(?:/File Photo)?\\.?$`,
);

// A pool photographer's credit through an agency ("Jane Doe/Pool via REUTERS"), or the pool's alone ("Pool via AP"); a
// handout's too ("Handout via Reuters").
const POOL_CREDIT_RE =
  /(?:^|\s)(?:\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\/)?(?:Pool|Handout)(?:\sPhoto)?\svia\s\p{Lu}[\p{L}]{1,15}\.?$/u;

// Viet Nam News's "… at the reception. — VNA/VNS Photo" (a photographer's name may follow): the agencies' photo
// credit after a dash.
const DASH_PHOTO_CREDIT_RE =
  /\s[—–-]{1,2}\s{0,2}(?:\p{Lu}[\p{L}]{1,15}\/){0,2}\p{Lu}[\p{L}]{1,15}\s(?:File\s)?Photos?(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u;

// A photographer's name and desk after a dash, the Gleaner's "… at Vale Royal yesterday. - Jane Doe/Photographer", or
// after "Source:", ERR's "… on Tuesday. Source: Jane Doe/Riigikogu Chancellery" (a name, a slash and its employer).
const NAMED_SLASH_CREDIT_RE =
  /(?:\s[-–—]|(?<=[.!?])\sSource:)\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}\/(?:(?:Staff|Contributing|Freelance)\s)?(?:Photographer|Contributor|File|\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})$/u;

// Captions that announce themselves: `Photo taken on Oct. 21 shows …`, `Photo: Liu meets Hadley in Woodside.`
const CAPTION_START_RE =
  /^(?:(?:This|An?|The)\s+)?(?:(?:aerial|file|undated|combo)\s+)?photos?\s+(?:taken|shows|released|provided)\b/i;
const PHOTO_WORD_RE = /photo|image|picture|pic/i;
const PHOTO_LABEL_RE = /^(?:File\s+)?(?:Photo|Image|Picture)\s*:\s*/i;

/** If the line is a photo caption or credit: the caption without its credit ("" for a bare credit); else null. */
export function stripPhotoCredit(line: string): string | null {
  if (CAPTION_START_RE.test(line)) return stripTail(line) ?? line;
  const label = PHOTO_LABEL_RE.exec(line);
  if (label && line.length < 400) {
    const rest = line.slice(label[0].length);
    // "Photo: AP" is a bare credit; "Photo: Leaders pose for a group photo in Rome." is a caption.
    return rest.split(' ').length >= 5 ? (stripTail(rest) ?? rest) : '';
  }
  return stripTail(line);
}

function stripTail(line: string): string | null {
  const tail = line.length > 200 ? line.slice(-200) : line;
  const offset = line.length - tail.length;
  // Cheap character checks first: most story lines end with a period and hold no "/" or ":".
  const last = tail[tail.length - 1] === '.' ? tail[tail.length - 2] : tail[tail.length - 1];
  if (last === ')' || last === ']') {
    const p = PAREN_CREDIT_RE.exec(tail);
    if (p && (PHOTO_INSIDE_RE.test(p[1]!) || AGENCY_SLASH_RE.test(p[1]!)))
      return line.slice(0, offset + p.index).trimEnd();
    // Kyodo's "… at the prime minister's office in Tokyo on Oct. 4, 2022. (Kyodo)": a picture's dated description and the
    // agency's bare credit (a story's last sentence before "(QNA)" carries no full date at its end).
    if (p && DATED_CAPTION_END_RE.test(tail.slice(0, p.index)) && knownAgency(p[1]!) !== null)
      return line.slice(0, offset + p.index).trimEnd();
  }
  // PHOTO_COLON_RE ends in [^.:]{1,60}$: a line ending in "." or ":" (most story text) cannot match it.
  const end = tail.charCodeAt(tail.length - 1);
  const c =
    (end !== 46 && end !== 58 && (tail.includes(':') || tail.includes(' by')) && PHOTO_WORD_RE.test(tail)
      ? PHOTO_COLON_RE.exec(tail)
      : null) ?? (tail.includes('/') ? SLASH_CREDIT_RE.exec(tail) : null);
  if (c) return line.slice(0, offset + c.index).trimEnd();
  const n = tail.includes('/') ? NAMED_SLASH_CREDIT_RE.exec(tail) : null;
  if (n) return line.slice(0, offset + n.index).trimEnd();
  const pool = tail.includes(' via ') ? POOL_CREDIT_RE.exec(tail) : null;
  if (pool) return line.slice(0, offset + pool.index).trimEnd();
  const d = tail.includes(' Photo') ? DASH_PHOTO_CREDIT_RE.exec(tail) : null;
  if (d) return line.slice(0, offset + d.index).trimEnd();
  return null;
}

// --- Trailers: lines that end or decorate the story ----------------------------------------------------------------
/** `(Web editor: …)` ends a people.cn story: everything after it is page furniture. */
export const WEB_EDITOR_RE = /^(?:[([]\s*Web\s+editors?\s*:[^)\]]{0,120}[)\]]|Web\s+editors?\s*:.{0,120})$/i;
/**
 * A business wire's contact block ends the story too: Bloomberg's "To contact the reporters on this story:" (the
 * names and addresses below it are no people of the story), Caixin's "Contact reporter Jane Doe (jdoe@…) and editor …"
 * (with an address, so "Contact reporters said …" stays a sentence).
 */
export const CONTACT_TRAILER_RE =
  /^(?:To contact the (?:reporters?|editors?|authors?|writers?)\b.{0,60}:$|Contact (?:the )?(?:reporters?|editors?|authors?)\s+\p{Lu}.{0,200}@)/u;
/**
 * A wire's revision note, in brackets on a line of its own: "(Adds comments from the ministry, paragraphs 7-8)" below
 * an "UPDATE 2-" headline, "(Refiles to add dropped word in paragraph 4)", "(Corrects spelling of name in paragraph
 * 3)", the closing "(This story corrects X's title to Y from Z in paragraph 2)", and Yonhap's "(ATTN: ADDS details in
 * paras 4-9)" above a "(LEAD)" story's dateline. It tells editors what changed; it is no story text (its names and
 * titles are no one's in the story, its corrected title no role), nor the lede.
 */
export const REVISION_NOTE_RE =
  /^\((?:ATTN:|(?:Adds|Updates|Refiles|Recasts|Corrects|Changes|Repeats|Fixes|Removes|Rewrites|Inserts|Deletes|Clarifies|Moves|Restores|Amends|Replaces|Reissues|Re-issues|Tops|Overwrites)\b|This (?:version of the )?story (?:corrects|has been corrected|was corrected|has been refiled|was refiled|refiles|adds|updates)\b)[^()]{0,250}\)$/;
/**
 * A wire's notice to web readers below the story ends it and credits the wire: Anadolu's "Anadolu Agency website
 * contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), …" (its
 * "AA News Broadcasting System" is no body of the story).
 */
export const SUBSCRIBER_NOTICE_RE =
  /^(Anadolu Agency) website contains only a portion of the news stories offered to subscribers\b/;
/** Antara's `Reporter: Andi Firdaus` sign-off: a staff credit of names only (a transcript's "Reporter: Why …?" is
 * story text); Agência Brasil's `Translation: Jane Doe - Edition: John Roe`. */
export const STAFF_CREDIT_RE =
  /^(?:Reporters?|Writers?|Correspondents?|Photographers?|Translators?|Translation|Video\s+(?:journalists?|producers?|editors?)|Producers?|Camera)\s*:\s*\p{Lu}[\p{L}.'’ -]{1,50}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,50}){0,3}(?:\s[-–—|]\s(?:Edition|Editing|Editors?)\s*:\s*\p{Lu}[\p{L}.'’ -]{1,50})?$/u;
export const EDITOR_RE =
  /^[([]?\s*(?:(?:(?:Chief|Responsible|Executive|Web|Managing)\s+)?Editors?|Editor-in-Chief|Edition|Edição|Edición|Szerkesztő)\s*:\s*\S|^[([]?\s*(?:Edited|Proofread|Translated|Compiled|Produced)\s+by\s+\S/i;
export const SOURCE_TRAILER_RE = /^[([]?\s*Source\s*:\s*([^()[\]]{1,80}?)\s*[)\]]?\.?$/i;
/**
 * Dawn's "Published in Dawn, December 7th, 2015" below the story: the paper's print credit, naming the outlet (one to
 * four capitalised words) before the date.
 */
export const PUBLISHED_IN_RE = new RegExp(
  `^Published\\s+in\\s+(\\p{Lu}[\\p{L}'’.&-]*(?:\\s\\p{Lu}[\\p{L}'’.&-]*){0,3}),\\s+${MONTH_DAY}\\.?$`,
  'u',
);
export const READ_MORE_RE =
  /^(?:Read\s+more|Watch\s+more\s+on\b|Also\s+read|Read\s+also|See\s+also|More\s+on\s+this|Click\s+here|Related\s*:|Recommended\s*:|Trending\s*:|Most\s+read\s*:|Watch\s*:|Listen\s*:|(?:With\s+)?inputs?\s+from\b)/i;
export const SHARE_RE = /^Share(?:\s+this(?:\s+(?:article|story))?|\s+on)?\s*:?$/i;
export const SOCIAL_RE =
  /^(?:Facebook|X|Twitter|Email|E-mail|WhatsApp|LinkedIn|Reddit|Telegram|Print|Pinterest|Tumblr|Pocket|More|Weibo|WeChat|Copy link|Threads|Bluesky|Mastodon|VK|Line|Messenger|Skype|SMS)$/i;
/** "Associated Press writers X and Y contributed to this report." (tested only on lines holding "contributed"). */
export const CONTRIBUTED_RE =
  /^.{0,160}\bcontributed (?:reporting )?(?:to )?(?:this|the) (?:report|story)\.?$/i;
// CNA's "Enditem/AW": the sign-off with its editor's initials.
export const SIGN_OFF_RE = new RegExp(
  `^(?:[([]?\\s*(?:END|Enditem|End item|ends?|MORE)(?:/[${LETTER}]{1,6})?\\s*[)\\]]?\\.?|(?:-{1,2}|[–—])\\s?[${LETTER}]{2,20}\\.?|\\(\\s?[${LETTER}]{2,20}\\s?\\)\\.?` +
    `|/[A-Z]{2,10}/\\.?|\\(?(?:Reporting|Additional reporting|Writing|Editing)\\s+by\\b.{0,200}|(?:©|Copyright\\b|All rights reserved).{0,200}` +
    // Bloomberg's "--With assistance from X and Y." (a dash or bracket: "With assistance from China, …" is a story).
    `|(?:(?:-{1,2}|[–—])\\s?\\(?|\\()With\\s+(?:additional\\s+)?assistance\\s+from\\b.{0,200}` +
    `|[A-Z]{2,6}(?:/[a-z]{2,6}){1,4}|[=*#~_-]{1,10}\\s{0,2}[${LETTER}]{1,20}\\s{0,2}[=*#~_-]{1,10}|[=*#~_-]{2,})$`,
  'i',
);
/** The dashes and brackets around a sign-off's word ("-- BERNAMA", "(END)"). */
export const SIGN_OFF_MARKS_RE = /^[-–—([\s]+|[)\]\s.]+$/g;
export const TWITTER_PIC_RE = /\s*(?:https?:\/\/)?pic\.twitter\.com\/\w+/g;
export const TCO_RE = /\s*https?:\/\/t\.co\/\w+/g;
export const BULLET_RE = /^(?:[•●▪■◆▶►*·-]|\d{1,2}[.)])\s{1,3}(?=\S)/;

// --- Front matter: what sits between the headline and the story -----------------------------------------------------
/** `Xinhua) 08:38, October 22, 2024`, `(Xinhua) 08:38, …`, `(People's Daily Online) 08:38, …`, `Xinhua)08:38 …`. */
export const SOURCE_TIME_RE = new RegExp(
  `^\\(?\\s{0,2}([${LETTER}][${LETTER}0-9 .'’&-]{0,60}?)\\s{0,2}\\)\\s{0,3}(\\d{1,2}:\\d{2})(?::\\d{2})?(.{0,80})$`,
);
/** `Xinhua 08:38, …`, `Xinhua08:38 …` (agency and time glued): accepted for known agencies only. */
export const AGENCY_TIME_RE = new RegExp(
  `^([${LETTER}][${LETTER} .'’&-]{0,40}?)\\s{0,3}[|:,-]?\\s{0,3}(\\d{1,2}:\\d{2})(?::\\d{2})?(.{0,80})$`,
);
/** `08:38, October 22, 2024 Xinhua` or `… | Xinhua` */
export const TIME_AGENCY_RE = new RegExp(
  `^(\\d{1,2}:\\d{2})(?::\\d{2})?\\b.{0,60}?[\\s|(]\\(?([${LETTER}][${LETTER} .'’&-]{0,40}?)\\)?$`,
);
/**
 * `By Zhang San (Chinadaily.com.cn) 08:38, October 22, 2024`, `By ZHANG SAN (China Daily) Updated: 2009-01-13 07:42`
 * (older China Daily pages) or `By Zhang San`
 */
export const BYLINE_RE =
  /^By\s{1,3}([^()|]{1,100}?)\s{0,3}(?:\(([^()]{2,60})\)\s{0,3}(?:(?:Updated\s{0,2}:?\s{0,3}(?:\d{4}-\d{2}-\d{2}\s{1,3})?)?(\d{1,2}:\d{2})(?::\d{2})?.{0,60})?)?$/i;
/**
 * Blog byline block and page metadata: `Posted on …`, `Published Saturday, September 25, 2021 9:41AM EDT`, `Written by …`, `WRITER: …`, `3 min read`, `12 Comments`; France 24's
 * `Issued on: 27/05/2023 - 21:04Modified: …` above an AFP story.
 */
export const META_LINE_RE = new RegExp(
  `^(?:(?:Posted|Published|Updated|Last\\s+updated?|First\\s+published|Filed|Issued|Modified)(?:\\s*(?::|on\\b|at\\b|by\\b|in\\b|under\\b)|\\s+(?=\\d|${MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,))` +
    // Portuguese and Spanish pages: "Publicado em 27/10/2024 - 20:41 Por …", "Actualizado el …".
    `|(?:Publicado|Atualizado|Actualizado)\\s+(?:em|el|en)\\b` +
    `|(?:Written|Reported|Photos?)\\s+by\\b|(?:Author|Authors|Writers?|Tags?|Categor(?:y|ies)|Reading\\s+time)\\s*:` +
    `|\\d{1,3}\\s+(?:min(?:ute)?s?\\s+read|comments?|views?|shares?)$|Leave\\s+a\\s+(?:comment|reply)$)`,
  'i',
);
/** Page metadata glued to a headline: `… 2 min read . Updated: 22 Oct 2024, 08:38 AM IST`. */
export const HEADLINE_META_RE =
  /\s*(?:[|.·•-]\s{0,3})?(?:\d{1,3}\s{1,3}min(?:ute)?s?\s{1,3}read\b|(?:Last\s+)?Updated\s*:|Published\s*:|Posted\s*:).{0,200}$/i;
