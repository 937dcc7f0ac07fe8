// Capitalised runs and what they are: title + name ("Chinese President Liu Zhiwei"), a bare name, or
// something else (place, organisation, sentence starter). Pure token logic; no person bookkeeping here.
import {
  countryNames,
  demonymCountry,
  firstNames,
  functionWords,
  internationalBodies,
  isGazetteerPlace,
  knownOrganizations,
  orgHeads,
  placeHeads,
  regionNames,
  verbWords,
} from './lexicon.ts';
import {
  departmentWords,
  honorificPairs,
  KHMER_STYLE_WORDS,
  honorifics,
  rankAbbreviations,
  spokesWords,
  institutionCountry,
  isOccupation,
  STYLE_ABBREVIATIONS,
  titleHeads,
  titleModifiers,
  SHEIKH_STYLES,
} from './roles.ts';
import { COMPASS_WORDS, isPinyinName } from './countries.ts';
import { japaneseFamilyFirst } from './name-shapes.ts';
import { CONTEST_VERBS } from './sport-cues.ts';
import { AFFAIRES, DASHES, DIGRAPH_INITIALS, WEEKDAYS, type Token } from './tokenize.ts';
import {
  CITY,
  COMMON_WORD,
  COUNTRY,
  DEMONYM,
  FIRST_NAME,
  FUNCTION_WORD,
  HONORIFIC,
  MONTH,
  ORG_HEAD,
  PLACE_HEAD,
  REGION,
  TITLE_HEAD,
  WEEKDAY,
  tokenFlags,
  tokenLists,
} from './word-classes.ts';

/** Abbreviated name suffixes whose full stop is not a sentence's end: "X Jr.", "Y Sr.". */
export const NAME_SUFFIXES = new Set(['jr', 'sr']);

/** "bin", "ibn", "bint": the name that follows is the father's. */
export const FILIATIONS: ReadonlySet<string> = new Set(['bin', 'bint', 'ibn']);
/**
 * Particles that are never a surname on their own: Arabic articles and filiations ("Al", "bin"), Urdu and Arabic
 * "ul"/"ud" ("Tahir ul Haq", "Salah ud Din"), Spanish "y".
 */
const ARTICLE_PARTICLES: ReadonlySet<string> = new Set([...FILIATIONS, 'al', 'el', 'ul', 'ud', 'y']);
/** Lower-case particles inside names: "bin", "da", "von der". */
export const NAME_PARTICLES = new Set([
  ...ARTICLE_PARTICLES,
  'da',
  'de',
  'dos',
  'das',
  'do',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'di',
  'del',
  'della',
  'ter',
  'zu',
  // Portuguese "e" joins two surnames as Spanish "y" does ("Pereira e Lima").
  'e',
]);
/** A regnal number in Roman numerals up to 29 (the empty string too: callers check a token's text). */
export const ROMAN = /^X{0,2}(?:IX|IV|V?I{0,3})$/;
const ACRONYM = /^[\p{Lu}\d.&-]{2,}$/u;
/** Initials written as one token ("K.P." of "K.P. Raj Adhikari"). */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
// Made once here rather than in the functions that test every capitalised word (a literal there is a new
// RegExp object on every call).
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
const STARTS_WITH_DIGIT = /^\d/;
const NUMBER_COMPOUND = /^\d+-\w/;
const ING_ED_ENDING = /(?:ing|ed)$/;
const TWO_CAPITALS = /^[A-Z]{2}$/;
const STARTERS = new Set([
  // "HM King X", "HH Sheikh Y", "H.E. X": the abbreviated "His Majesty", "His Highness" of Gulf and Jordanian agencies.
  ...STYLE_ABBREVIATIONS,
  'the',
  'a',
  'an',
  'in',
  'at',
  'on',
  'after',
  'before',
  'during',
  'for',
  'both',
  'later',
  'earlier',
  'however',
  'meanwhile',
  'also',
  'while',
  'when',
  'as',
  'with',
  'under',
  'since',
  'according',
  'speaking',
  'noting',
  'describing',
  'it',
  'this',
  'that',
  'these',
  'those',
  'minutes',
  'hours',
  'days',
  'dear',
  'then',
  'but',
  'and',
  'or',
  'if',
  'so',
  'last',
  'next',
  'new',
  'his',
  'her',
  'their',
  'our',
  'its',
  'former',
]);

/**
 * Titles that take a "to <Country>" complement before the name ("Ambassador to Saudi Arabia Paul Winter"): a country
 * the holder is sent to, not theirs.
 */
export const TO_HEADS: ReadonlySet<string> = new Set([
  'ambassador',
  'envoy',
  'representative',
  'consul',
  'consul-general',
  'emissary',
  'rapporteur',
  // "Chargé d'Affaires to Ukraine X": an embassy's head in its ambassador's absence.
  "d'affaires",
  'd’affaires',
]);

/**
 * Malaysia's "Chief Secretary to the Government X" (Nigeria's "Secretary to the Government of the Federation Y"): the
 * civil service's head, whose title runs past "to the Government" before the name; the end of that title (exclusive)
 * after the head "Secretary" at `h`, or -1.
 */
function governmentSecretaryEnd(tokens: readonly Token[], h: number): number {
  if (tokens[h]?.lower !== 'secretary' || tokens[h + 1]?.lower !== 'to' || tokens[h + 2]?.lower !== 'the')
    return -1;
  // Sri Lanka's "Secretary to the Treasury X", "Secretary to the President Y", "Secretary to the Cabinet Z": a
  // government's secretaries named by the office they serve.
  const served = tokens[h + 3]?.text;
  if (served === 'Treasury' || served === 'Cabinet' || served === 'President') return h + 4;
  if (served === 'Prime' && tokens[h + 4]?.text === 'Minister') return h + 5;
  if (served !== 'Government') return -1;
  const ofFederation =
    tokens[h + 4]?.lower === 'of' && tokens[h + 5]?.lower === 'the' && tokens[h + 6]?.text === 'Federation';
  return ofFederation ? h + 7 : h + 4;
}

/** Envoys whose post may be written as the city they serve in ("Consul General in Lahore", "Ambassador in Damascus"). */
const IN_CITY_HEADS: ReadonlySet<string> = new Set(['consul', 'ambassador']);

/** End (exclusive) of "to [the] <Country>" after a TO_HEADS title at tokens[at - 1], or -1. */
export function toCountryEnd(tokens: readonly Token[], at: number): number {
  // "to" first: this is asked at the end of every capitalised run. "Chargé d'Affaires of the United States of America
  // in Ukraine X": an envoy's post may follow "in" too.
  const prep = tokens[at]?.lower;
  if (prep !== 'to' && prep !== 'in') return -1;
  // "Chargé d'Affaires a.i. in Ukraine": past the interim mark (or an envoy's rank) to the title's head.
  const titled = rankedEnvoy(tokens, at - 1);
  const head = TO_HEADS.has(titled?.lower ?? '') ? titled : envoyOfCountryBefore(tokens, at);
  if (!head) return -1;
  let i = at + 1;
  if (tokens[i]?.lower === 'the') i++;
  let key = '';
  let best = -1;
  for (let j = i; j < i + 5; j++) {
    const t = tokens[j];
    if (!t || !t.cap || t.sent !== head.sent) break;
    key = j === i ? t.lower : `${key} ${t.lower}`;
    // "Ambassador to the UN X": an envoy's post at a body of states, as at a country. "Consul General … in Lahore X":
    // a consul's post is a city; so is an ambassador's, as the capital he serves in ("Iran's Ambassador in Damascus X").
    if (countryNames.get(key) || internationalBodies.has(key)) best = j + 1;
    else if (prep === 'in' && IN_CITY_HEADS.has(head.lower) && isGazetteerPlace(key)) best = j + 1;
  }
  return best;
}

/** `end` (-1: none), or past the "to <Country>" after an envoy's country ending there ("… of China to Pakistan"). */
function pastDestination(tokens: readonly Token[], end: number): number {
  const to = end > 0 ? toCountryEnd(tokens, end) : -1;
  return to > 0 ? to : end;
}

/**
 * "Ambassador of the People's Republic of China" ending right before `at`: the envoy's title head, whose "to
 * <Country>" may follow ("Ambassador of China to Pakistan X"); else undefined.
 */
function envoyOfCountryBefore(tokens: readonly Token[], at: number): Token | undefined {
  for (let o = at - 2; o > 0 && o >= at - 8; o--) {
    const head = rankedEnvoy(tokens, o - 1) as Token;
    if ((tokens[o] as Token).lower !== 'of' || !TO_HEADS.has(head.lower)) continue;
    const start = tokens[o + 1]?.lower === 'the' ? o + 2 : o + 1;
    if (countryEnd(tokens, start, head.sent) === at || formalStateEnd(tokens, start, head.sent) === at)
      return head;
  }
  return undefined;
}

/** Regions an envoy serves that the gazetteer does not list as places ("Special Envoy to the Middle East X"). */
const ENVOY_REGIONS = new Set([
  'middle east',
  'korean peninsula',
  'balkans',
  'sahel',
  'caribbean',
  'indo-pacific',
  'north africa',
]);

/**
 * Envoys' titles that take a "for <Region>" complement, a coordinator's ("Coordinator for the Middle East X") and a
 * regional director's ("WHO Regional Director for Africa X").
 */
const FOR_REGION_HEADS = new Set([...TO_HEADS, 'coordinator', 'director']);

/**
 * "Special Envoy of the UN Secretary-General for Syria X", "Personal Envoy of the Secretary-General for Western
 * Sahara Y": the region is the envoy's, written after the Secretary-General who sends them (tokens[at] is the
 * Secretary-General, an envoy's head two to five words before it, behind "of").
 */
function envoyOfSecretaryGeneral(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'secretary-general') return false;
  for (let j = at - 1; j >= at - 5 && j >= 1; j--) {
    const t = tokens[j] as Token;
    if (t.sent !== tokens[at]?.sent || !t.word) return false;
    if (t.lower === 'of') return TO_HEADS.has((tokens[j - 1] as Token).lower);
  }
  return false;
}

/**
 * End (exclusive) of "for [the] <Region>" after an envoy's title at tokens[at - 1], or -1: the region the envoy
 * serves, ending in a country or a known place ("Special Envoy for the Horn of Africa", "for the Great Lakes
 * Region", "Representative for Syria"; "Special Envoy to the Middle East", "Special Rapporteur on Iran"), with a
 * capitalised word (the name) after it in the same sentence.
 */
export function forRegionEnd(tokens: readonly Token[], at: number): number {
  // The preposition first: this is asked at the end of every capitalised run. A region an envoy is sent "to" reads
  // the same way (toCountryEnd takes only countries).
  const prep = tokens[at]?.lower;
  if (prep !== 'for' && prep !== 'to' && !(prep === 'on' && tokens[at - 1]?.lower === 'rapporteur'))
    return -1;
  const head = tokens[at - 1];
  if (!head || !(FOR_REGION_HEADS.has(head.lower) || envoyOfSecretaryGeneral(tokens, at - 1))) return -1;
  let i = at + 1;
  if (tokens[i]?.lower === 'the') i++;
  let key = '';
  let tail = '';
  let best = -1;
  for (let j = i; j < i + 6; j++) {
    const t = tokens[j];
    if (!t || !t.word || t.sent !== head.sent) break;
    if (!t.cap) {
      // "for the Horn of Africa"; "for the Middle East and North Africa", two regions served together.
      if ((t.lower !== 'of' && t.lower !== 'and') || j === i) break;
      key += ` ${t.lower}`;
      tail = '';
      continue;
    }
    key = key ? `${key} ${t.lower}` : t.lower;
    tail = tail ? `${tail} ${t.lower}` : t.lower;
    if (
      countryNames.has(key) ||
      isGazetteerPlace(key) ||
      ENVOY_REGIONS.has(key) ||
      ENVOY_REGIONS.has(tail) ||
      countryNames.has(tail) ||
      isGazetteerPlace(tail) ||
      placeHeads.has(t.lower)
    )
      best = j + 1;
  }
  // "Special Representative for Afghanistan Reconciliation X": the brief in that region.
  while (best > 0 && tokens[best]?.cap && departmentWords.has((tokens[best] as Token).lower)) best++;
  const name = tokens[best];
  return best > 0 && name !== undefined && name.cap && name.word && name.sent === head.sent ? best : -1;
}

/** Lower-case words that join the capitalised words of a body's name ("Committee of the National People's Congress"). */
export const BODY_JOINERS = new Set(['of', 'the', 'and', 'for', 'on']);

/**
 * Capitalised head words that end a political or armed group's name ("Liberation Movement") or a document's
 * ("Manama Declaration", "Juba Accord"), never a person's.
 */
export const BODY_OR_TEXT_HEADS: ReadonlySet<string> = new Set([
  'movement',
  'front',
  'declaration',
  'accord',
  'accords',
  'treaty',
  'communique',
  'communiqué',
  // "Executive Secretary of the Convention on Migratory Species": a convention, a protocol or an
  // agreement closes a treaty's name, not a person's.
  'convention',
  'protocol',
  'agreement',
]);
/** Head words of a group written in lower case after its capitalised name ("the Islamic Jihad movement"). */
const LOWER_BODY_HEADS: ReadonlySet<string> = new Set(['movement', 'group', 'party', 'front', 'militia']);

/**
 * End (exclusive) of "of the <Body>" after a title head at tokens[at - 1] ("Speaker of the National Assembly",
 * "Chairman of the Standing Committee of the National People's Congress"), or -1. The body must end in an
 * organisation word and be followed, in the same sentence, by a capitalised word (the name), so "the Speaker of the
 * National Assembly said" stays a title without a name.
 */
export function titleBodyEnd(tokens: readonly Token[], at: number): number {
  // "of the" first: this is asked at the end of every capitalised run.
  if (tokens[at]?.lower !== 'of') return -1;
  // "Grand Imam of Al-Azhar Hassan al-Masri": a one-word institution without "the", then the name.
  if (tokens[at + 1]?.lower !== 'the') return institutionEnd(tokens, at);
  // "Ambassador Extraordinary and Plenipotentiary of the …": the envoy's title before the rank is the head.
  const head = rankedEnvoy(tokens, at - 1);
  if (!head) return -1;
  // "President of the Kyrgyz Republic Almaz Tokonov", "Chairman of State Affairs of the DPRK Ri Chol Su": a
  // state's formal name, after a title or its department.
  if (titleHeads.has(head.lower) || (head.cap && departmentWords.has(head.lower))) {
    // "Foreign Minister of the Republic of Korea (ROK) X": the state's initials may follow its name.
    // "Ambassador of the People's Republic of China to Pakistan X": and where the envoy is sent.
    let state = pastDestination(tokens, acronymEnd(tokens, formalStateEnd(tokens, at + 2, head.sent)));
    // "Chief Executive of the Hong Kong Special Administrative Region X": a region named after the place goes on.
    if (state > 0) state = regionAfter(tokens, state, head.sent);
    const after = tokens[state];
    // "Speaker of the Russian State Duma X": a body named after its state goes on.
    if (
      state > 0 &&
      after !== undefined &&
      after.cap &&
      after.word &&
      after.sent === head.sent &&
      !orgHeads.has(after.lower)
    )
      return state;
  }
  if (!titleHeads.has(head.lower)) return -1;
  let best = -1;
  // "Chairman of the Halk Maslahaty of the Milli Gengesh of Turkmenistan X": a body named in its state's language,
  // no word of it known, closed by "of" and the state's name; the end of that state's name.
  let ofState = -1;
  for (let j = at + 2; j < at + 18; j++) {
    const t = tokens[j];
    if (!t || t.sent !== head.sent) break;
    if (ofState < 0 && t.lower === 'of' && tokens[j - 1]?.cap) ofState = stateClosingBody(tokens, at + 2, j);
    if (!t.word) {
      // "the National People's Congress (NPC) Standing Committee": a possessive, or a body's initials, inside the
      // name of a larger body.
      // "the Workers' Party of Korea Central Committee": a plural's bare apostrophe too.
      const possessive =
        t.text === "'s" ||
        t.text === '’s' ||
        ((t.text === "'" || t.text === '’') && tokens[j - 1]?.lower.endsWith('s') === true);
      const inner = possessive ? j + 1 : acronymEnd(tokens, j);
      if (inner > j && tokens[j - 1]?.cap && tokens[inner]?.cap && tokens[inner]?.word) {
        j = inner - 1;
        continue;
      }
      // "Head of the Meteorology, Climatology and Geophysics Agency (BMKG) X": a body named by a list of its fields.
      if (t.text === ',' && tokens[j - 1]?.cap && fieldListGoesOn(tokens, j + 1)) continue;
      break;
    }
    if (!t.cap && !BODY_JOINERS.has(t.lower)) {
      // "Secretary-General of the Islamic Jihad movement X": a group's lower-case head word closes its name.
      if (tokens[j - 1]?.cap && LOWER_BODY_HEADS.has(t.lower) && tokens[j + 1]?.cap) best = j + 1;
      break;
    }
    // "Head of the Office of the President X", "Head of the Secretariat of the President Y": the office that
    // serves a head of state or government is named by the title it serves, which is its name's end, not a title.
    if (
      best === j - 2 &&
      t.cap &&
      (titleHeads.has(t.lower) ||
        (SERVED_QUALIFIERS.has(t.lower) && titleHeads.has(tokens[j + 1]?.lower ?? ''))) &&
      tokens[j - 1]?.lower === 'the' &&
      SERVING_OFFICES.has(tokens[j - 3]?.lower ?? '')
    ) {
      let e = j + 1;
      while (
        e < j + 3 &&
        tokens[e]?.cap &&
        tokens[e]?.sent === head.sent &&
        titleHeads.has(tokens[e]?.lower ?? '')
      )
        e++;
      best = e;
      j = e - 1;
      continue;
    }
    // "President of the Senate A and Speaker of the House of Representatives B": a second title ends the first body
    // ("the Army Staff" goes on: a staff, as below, is a body).
    if (best > 0 && t.cap && titleHeads.has(t.lower) && t.lower !== 'staff') break;
    // "the Joint Chiefs of Staff", "the General Staff", "the Defence Staff": a military staff is a body too.
    if (t.cap && (orgHeads.has(t.lower) || t.lower === 'staff')) best = j + 1;
    // "Chairman of the USSR Council of Ministers X", "Chairman of the Presidium of the Supreme Soviet Y": a body
    // named by whom it gathers ("of Ministers", "of Deputies"), and the Soviet parliament's presidium.
    else if (t.cap && best === j - 1 && tokens[j - 1]?.lower === 'of' && PLURAL_MEMBERS.has(t.lower))
      best = j + 1;
    else if (
      t.cap &&
      (t.lower === 'presidium' || (t.lower === 'soviet' && tokens[j - 1]?.lower === 'supreme'))
    )
      best = j + 1;
  }
  // "Custodian of the Two Holy Mosques King X": what a custodian keeps, up to the title that follows.
  if (best < 0 && head.lower === 'custodian') {
    let j = at + 2;
    while (
      tokens[j]?.cap &&
      tokens[j]?.word &&
      tokens[j]?.sent === head.sent &&
      !titleHeads.has(tokens[j]?.lower ?? '')
    )
      j++;
    if (j > at + 2 && tokens[j]?.sent === head.sent && titleHeads.has(tokens[j]?.lower ?? '')) best = j;
  }
  if (best < 0) best = ofState;
  // "Vice Chairman of the NA X": a body by its initials alone.
  if (best < 0 && ACRONYM.test(tokens[at + 2]?.text ?? '') && tokens[at + 2]?.sent === head.sent)
    best = at + 3;
  // "Director General of the International Atomic Energy Agency (IAEA) Tomas Berg": the body's acronym.
  best = acronymEnd(tokens, best);
  // "Commander-in-Chief of the Armed Forces of Ukraine X": the country the body belongs to.
  if (best > 0 && tokens[best]?.lower === 'of') {
    let country = countryEnd(tokens, best + 1, head.sent);
    // "Chairman of the Standing Committee of the National People's Congress of the People's Republic of China X":
    // or its formal name.
    if (country < 0 && tokens[best + 1]?.lower === 'the')
      country = formalStateEnd(tokens, best + 2, head.sent);
    // "Head of the Atomic Energy Organization of Iran (AEOI) X": the body's initials after its country.
    if (country > 0) best = acronymEnd(tokens, country);
  }
  const next = tokens[best];
  if (!(best > 0 && next && next.cap && next.word && next.sent === head.sent)) return -1;
  // "Executive Secretary of the Minamata Convention on Mercury": capitalised words that close on a
  // treaty's word ("Convention", "Protocol") name the treaty the body is of, not a person.
  let j = best;
  while (j < best + 4 && tokens[j]?.cap && tokens[j]?.word && tokens[j]?.sent === head.sent) j++;
  return BODY_OR_TEXT_HEADS.has(tokens[j - 1]?.lower ?? '') ? -1 : best;
}

/** Bodies named by the office they serve ("the Office of the President", "the Secretariat of the President"). */
const SERVING_OFFICES: ReadonlySet<string> = new Set(['office', 'secretariat', 'chancellery']);
/** "the Office of the Vice President", "… of the Prime Minister": the served title's first word. */
const SERVED_QUALIFIERS: ReadonlySet<string> = new Set(['vice', 'prime', 'deputy', 'first']);

/** Who a council gathers: "Council of Ministers", "Chamber of Deputies", "Council of People's Commissars". */
const PLURAL_MEMBERS = new Set([
  'ministers',
  'deputies',
  'commissars',
  'elders',
  'representatives',
  'delegates',
  'governors',
]);

/** Head words of a region named after a state or a city ("Special Administrative Region", "Economic Zone"). */
const REGION_WORDS: ReadonlySet<string> = new Set(['region', 'zone', 'territory']);

/** End of a region's words right after `at` ("Special Administrative Region"), or `at` where none follow. */
function regionAfter(tokens: readonly Token[], at: number, sent: number): number {
  let end = at;
  for (let j = at; j < at + 4; j++) {
    const t = tokens[j];
    if (!t || !t.cap || !t.word || t.sent !== sent) break;
    if (REGION_WORDS.has(t.lower)) end = j + 1;
  }
  return end;
}

/** Whether "Climatology and Geophysics …" follows a list's comma: capitalised words, then "and" and a capital. */
function fieldListGoesOn(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 3; k++) {
    const t = tokens[k];
    if (t?.lower === 'and') return k > at && tokens[k + 1]?.cap === true;
    if (!t?.cap || !t.word) return false;
  }
  return false;
}

/** `end`, or past the "(ACRONYM)" right after it: a body's or a state's initials ("(IAEA)", "(ROK)"). */
function acronymEnd(tokens: readonly Token[], end: number): number {
  if (end <= 0 || tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')') return end;
  const short = tokens[end + 1];
  if (short === undefined) return end;
  if (ACRONYM.test(short.text)) return end + 3;
  // "the National Search and Rescue Agency (Basarnas)": a short form spoken as a word, after a body's head word.
  return BLENDED_SHORT_FORM.test(short.text) &&
    orgHeads.has(tokens[end - 1]?.lower ?? '') &&
    (tokenFlags(short) & (COMMON_WORD | COUNTRY | DEMONYM | CITY | FIRST_NAME)) === 0
    ? end + 3
    : end;
}
/** A body's short form written as a word ("Basarnas", "Bappenas"): one capital, then lower-case letters. */
const BLENDED_SHORT_FORM = /^\p{Lu}\p{Ll}{3,11}$/u;

/** Words that make a state's formal name ("Kyrgyz Republic", "State of Qatar", "Kingdom of Saudi Arabia"). */
const STATE_WORDS = new Set(['republic', 'kingdom', 'state', 'federation', 'sultanate', 'principality']);
/** Courtesy adjectives of Gulf and Arab official styles: "the friendly Republic of India", "the sisterly …". */
const COURTESY_WORDS = new Set(['friendly', 'sisterly', 'brotherly']);

/**
 * End (exclusive) of a state's formal name from `at` (right after "the"), or -1: a country name as the lexicon
 * knows it ("Democratic People's Republic of Korea", "DPRK"), a demonym and a state word ("French Republic"), or a
 * state word, with optional adjectives, and "of" a country ("Republic of India", "Arab Republic of Egypt"). A
 * courtesy adjective may come first ("the friendly Republic of India").
 */
function formalStateEnd(tokens: readonly Token[], at: number, sent: number): number {
  let i = at;
  if (COURTESY_WORDS.has(tokens[i]?.lower ?? '')) i++;
  let key = '';
  let best = -1;
  // Token index where "of" follows a state word, and whether every word before the state word is a demonym.
  let ofAt = -1;
  let demonyms = true;
  let stateSeen = false;
  for (let j = i; j < i + 9; j++) {
    const t = tokens[j];
    if (!t || t.sent !== sent) break;
    const lower = t.lower === '’s' ? "'s" : t.lower;
    if (lower === "'s") key += lower;
    else if (t.cap && t.word) key = key ? `${key} ${lower}` : lower;
    // "the United States of America": the plural "States" takes "of" as a state word does.
    else if (lower === 'of' && (stateSeen || key === 'united states') && ofAt < 0) {
      ofAt = j;
      key = `${key} of`;
      continue;
    } else break;
    if (countryNames.get(key)) best = j + 1;
    else if (ofAt > 0 && j > ofAt && countryNames.get(key.slice(key.lastIndexOf(' of ') + 4))) best = j + 1;
    if (ofAt < 0 && t.cap && STATE_WORDS.has(lower)) {
      // "Kyrgyz Republic", "French Republic": demonyms, then the state word. "President of the Republic X" (APS,
      // Élysée, Quirinale style): the story's own republic, unnamed.
      if ((j > i && demonyms) || (j === i && lower === 'republic')) best = j + 1;
      stateSeen = true;
    } else if (ofAt < 0 && lower !== "'s" && !stateSeen && !demonymCountry.has(lower)) demonyms = false;
  }
  return best;
}

/** End (exclusive) of "of <Institution>" after a title head, before a capitalised name, or -1. */
function institutionEnd(tokens: readonly Token[], at: number): number {
  const body = tokens[at + 1];
  // "Ambassador Extraordinary of Sweden X": the envoy's title before its rank.
  const head = rankedEnvoy(tokens, at - 1);
  const next = tokens[at + 2];
  if (!body || !body.cap || !head || !next || next.sent !== head.sent) return -1;
  // "Ambassador of China to Pakistan X": a lower-case "to" may follow the country.
  if (!(next.cap && next.word) && !((next.lower === 'to' || next.lower === 'in') && TO_HEADS.has(head.lower)))
    return -1;
  // "Minister of Foreign Affairs of Ukraine X": a title's department, then the country it serves (as "of the DPRK"
  // after one, in titleBodyEnd).
  const department = head.cap && departmentWords.has(head.lower);
  // "Amir" is a title only where the caller found it one ("Amir of Qatar Sheikh X").
  if (!titleHeads.has(head.lower) && head.lower !== 'amir' && !department) return -1;
  if (!department && institutionCountry.has(body.lower)) return at + 2;
  // "Chief of Cabinet Ana Ruiz", "Head of Protocol X": a chief's one-word office, then the name (as "Chief of Staff").
  if (CHIEF_HEADS.has(head.lower) && CHIEF_OFFICES.has(body.lower)) return at + 2;
  // "Chief Justice of Pakistan Qazi Imran Ali", "President of South Africa Sipho Mabena": the country the office
  // is of, then the name; "Ambassador of China to Pakistan X": and where an envoy is sent.
  const best = pastDestination(tokens, countryEnd(tokens, at + 1, head.sent));
  const after = tokens[best];
  if (best > 0 && after !== undefined && after.cap && after.word && after.sent === head.sent) return best;
  if (department) return -1;
  // "Ruler of Dubai Sheikh X", "Governor of Kano Alhaji Y": a city or region the office is of, then the honorific
  // that opens the name (without one, "Mayor of Paris Saint-Germain" could be a club). "Governor of California
  // Jerry Brown": or a given name the lexicon knows and one or two more words that end the run.
  const place = longestNameEnd(tokens, at + 1, head.sent, isGazetteerPlace);
  if (
    place > 0 &&
    (honorificEnd(tokens, place, place + 3) > place ||
      givenNameRunAt(tokens, place, head.sent) ||
      strangeNameRunAt(tokens, place, head.sent))
  )
    return place;
  return portfolioBeforeGivenName(tokens, at, head);
}

/**
 * Whether a person's name of two or three capitalised words opens at `at` and ends the capitalised run in sentence
 * `sent`, its first a given name the lexicon knows ("Jerry Brown", "Mary Ann Lee"; not "Saint-Germain").
 */
function givenNameRunAt(tokens: readonly Token[], at: number, sent: number): boolean {
  const given = tokens[at];
  if (!given || given.sent !== sent || !given.cap || !given.word || !looksLikeFirstName(given)) return false;
  let end = at + 1;
  while (end < at + 4 && tokens[end]?.cap && tokens[end]?.word && tokens[end]?.sent === sent) end++;
  return end - at >= 2 && end - at <= 3 && !(tokens[end]?.cap && tokens[end]?.word);
}

/** Words of a lexicon's class that no name of a run after a place may hold ("Paris Saint-Germain", "Lagos State"). */
const NOT_STRANGE_NAME =
  COMMON_WORD |
  FUNCTION_WORD |
  PLACE_HEAD |
  ORG_HEAD |
  TITLE_HEAD |
  COUNTRY |
  CITY |
  REGION |
  DEMONYM |
  MONTH |
  WEEKDAY;

/**
 * "Patriarch of Jerusalem Elias Saltan", "Mayor of Lagos Tunde Bakare": after the place an office is of, two or three
 * capitalised words that end the run and that no lexicon knows as anything (no English word, no place's, body's or
 * office's word, no month): a name whose given name the lexicon lacks.
 */
function strangeNameRunAt(tokens: readonly Token[], at: number, sent: number): boolean {
  let end = at;
  while (end < at + 4) {
    const t = tokens[end];
    if (!t?.cap || !t.word || t.sent !== sent) break;
    if (tokenFlags(t) & NOT_STRANGE_NAME) return false;
    end++;
  }
  return (
    end - at >= 2 &&
    end - at <= 3 &&
    !(tokens[end]?.cap && tokens[end]?.word) &&
    !DASHES.has(tokens[end]?.text ?? '')
  );
}

/** Heads of a title that a portfolio follows ("Minister of Jal Shakti", "Secretary of Ayush"). */
export const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(['minister', 'secretary']);

/**
 * "Minister of Jal Shakti John Kumar": a portfolio no lexicon knows (one or two capitalised words, no department's
 * or body's word), then a given name the lexicon knows and one or two more words that end the run; the start of the
 * given name, or -1.
 */
function portfolioBeforeGivenName(tokens: readonly Token[], at: number, head: Token): number {
  if (!head.cap || !PORTFOLIO_HEADS.has(head.lower)) return -1;
  for (let k = at + 2; k <= at + 3; k++) {
    const given = tokens[k];
    if (!given || given.sent !== head.sent || !given.cap || !given.word) return -1;
    // "Minister of Agriculture Vo Minh Hai": a department the lexicon knows is read by the department rules.
    if (departmentWords.has((tokens[k - 1] as Token).lower) || orgHeads.has((tokens[k - 1] as Token).lower))
      return -1;
    if (!looksLikeFirstName(given)) continue;
    let end = k + 1;
    while (end < k + 4 && tokens[end]?.cap && tokens[end]?.word && tokens[end]?.sent === head.sent) end++;
    return end - k >= 2 && end - k <= 3 && !(tokens[end]?.cap && tokens[end]?.word) ? k : -1;
  }
  return -1;
}

/** Heads of one office named by one word after "of" ("Chief of Cabinet", "Head of Protocol"). */
const CHIEF_HEADS: ReadonlySet<string> = new Set(['chief', 'head']);
/** The one-word offices a chief heads: a cabinet (Argentina's, the EU commissioners'), a protocol, a mission. */
const CHIEF_OFFICES: ReadonlySet<string> = new Set(['cabinet', 'protocol', 'mission']);

/** Whether `key` is a country's name ("south africa"). */
const isCountryKey = (key: string): boolean => countryNames.get(key) !== undefined;

/**
 * End (exclusive) of the longest name of up to three capitalised words from `at` in sentence `sent` that `known`
 * accepts, or -1: so "of South Africa" is not "of South".
 */
function longestNameEnd(
  tokens: readonly Token[],
  at: number,
  sent: number,
  known: (key: string) => boolean,
): number {
  let key = '';
  let best = -1;
  for (let j = at; j < at + 3; j++) {
    const t = tokens[j];
    if (!t || !t.cap || !t.word || t.sent !== sent) break;
    key = j === at ? t.lower : `${key} ${t.lower}`;
    if (known(key)) best = j + 1;
  }
  return best;
}

/** End (exclusive) of the country named from `at` in sentence `sent`, or -1. */
function countryEnd(tokens: readonly Token[], at: number, sent: number): number {
  return longestNameEnd(tokens, at, sent, isCountryKey);
}

/**
 * End (exclusive) of the capitalised department words from `at`, joined by "and" ("Trade and Industry"; Hong Kong's
 * "Financial Services and the Treasury").
 */
function departmentEnd(tokens: readonly Token[], at: number): number {
  let k = at;
  for (;;) {
    const t = tokens[k];
    if (t && t.cap && departmentWords.has(t.lower)) k++;
    else if (
      t?.lower === 'and' &&
      k > at &&
      tokens[k + 1]?.lower === 'the' &&
      tokens[k + 2]?.cap &&
      departmentWords.has(tokens[k + 2]?.lower ?? '')
    )
      k += 2;
    else if (t?.cap && t.word && affairsAhead(tokens, k) > 0) k = affairsAhead(tokens, k);
    else if (k === at && peoplesDepartment(tokens, k)) k += 2;
    else if (
      t?.lower === 'and' &&
      k > at &&
      tokens[k + 1]?.cap &&
      departmentWords.has(tokens[k + 1]?.lower ?? '')
    )
      k++;
    else return k;
  }
}

/** North Korea's "Minister of People's Armed Forces", "Minister of People's Security": the people's portfolio at `at`. */
function peoplesDepartment(tokens: readonly Token[], at: number): boolean {
  return (
    tokens[at]?.text === 'People' &&
    POSSESSIVE_MARKS.has(tokens[at + 1]?.text ?? '') &&
    tokens[at + 2]?.cap === true &&
    departmentWords.has(tokens[at + 2]?.lower ?? '')
  );
}

/**
 * "Minister of Amiri Diwan Affairs", "Minister of Royal Court Affairs": one or two capitalised words of any kind
 * before "Affairs" name a department. Returns the index after "Affairs", or 0.
 */
function affairsAhead(tokens: readonly Token[], at: number): number {
  for (let k = at + 1; k <= at + 2; k++) {
    const t = tokens[k];
    if (!t?.cap || !t.word) return 0;
    if (t.lower === 'affairs') return k + 1;
  }
  return 0;
}

/** `at`, or the token after it when `at` is "the" before a capitalised department word ("of the Exchequer"). */
function theDepartment(tokens: readonly Token[], at: number): number {
  const next = tokens[at + 1];
  return tokens[at]?.lower === 'the' && next?.cap && departmentWords.has(next.lower) ? at + 1 : at;
}

export interface Run {
  start: number;
  end: number;
}

/**
 * "Sen. Ebikake Tonye": "Sen." with its period, opening a run (at `start`) and followed by a capital, is the
 * abbreviated "Senator"; "Chea Sen." ends a name, so "Sen" is never an honorific after another name word.
 */
function senatorAt(tokens: readonly Token[], k: number, start: number): boolean {
  return (
    k === start &&
    tokens[k]?.text === 'Sen' &&
    tokens[k + 1]?.text === '.' &&
    tokens[k + 2]?.cap === true &&
    tokens[k + 2]?.word === true
  );
}

/**
 * "Delaware Sen. X": after a state's name opening the run (at `start`), "Sen." with its period before a capital is
 * the AP's abbreviated "Senator", a title, as "Alaska Gov." is.
 */
function stateSenatorAt(tokens: readonly Token[], k: number, start: number): boolean {
  return (
    k === start + 1 &&
    (tokenFlags(tokens[start] as Token) & REGION) !== 0 &&
    tokens[k]?.text === 'Sen' &&
    tokens[k + 1]?.text === '.' &&
    tokens[k + 2]?.cap === true &&
    tokens[k + 2]?.word === true
  );
}

/** Units a number names inside a body: a union's "District 751" or "Local 100", a city's "Ward 5". */
const NUMBERED_UNITS = new Set(['district', 'local', 'lodge', 'ward', 'precinct', 'chapter']);
const DIGITS = /^\d{1,4}$/;

/** Maximal capitalised runs within one sentence, joined through name particles and "of State". */
export function capitalRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !t.word || !t.cap) {
      i++;
      continue;
    }
    // "Earlier on Wednesday Charles became …": a weekday before a given name is a time, not the name's first word
    // (the run starts again at the name; "the Sunday Times" keeps its run).
    if (WEEKDAYS.has(t.lower) && tokens[i + 1]?.cap && firstNames.has((tokens[i + 1] as Token).lower)) {
      runs.push({ start: i, end: i + 1 });
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const n = tokens[j];
      if (!n || n.sent !== t.sent) break;
      // "Mr. Hadley", "Dr. Amina Dauda": an abbreviated honorific keeps the run going.
      // "Lt. Gen. Kang Dae-ho": so does an abbreviated rank.
      const abbr = (tokens[j - 1] as Token).lower;
      if (
        n.text === '.' &&
        (honorifics.has(abbr) ||
          rankAbbreviations.has(abbr) ||
          senatorAt(tokens, j - 1, i) ||
          stateSenatorAt(tokens, j - 1, i)) &&
        tokens[j + 1]?.cap
      ) {
        j++;
        continue;
      }
      // "S. Raghavan", "John F. Harmon": an initial's period keeps the name going.
      // "Albert F. del Rosario": or, after a given name and its initial, before a surname's particle and the surname.
      if (
        n.text === '.' &&
        isInitial(tokens[j - 1] as Token) &&
        tokens[j + 1]?.word &&
        tokens[j + 1]?.sent === n.sent &&
        (tokens[j + 1]?.cap || (j - 2 >= i && particledSurname(tokens, j + 1)))
      ) {
        j++;
        continue;
      }
      // "IAM District 751 President X", "Ward 5 Councillor Y": a unit's number inside a body's name.
      // (A first character that is no digit, as with most words, spares the set and the expression.)
      const c0 = n.text.charCodeAt(0);
      if (
        c0 >= 48 &&
        c0 <= 57 &&
        NUMBERED_UNITS.has((tokens[j - 1] as Token).lower) &&
        DIGITS.test(n.text) &&
        tokens[j + 1]?.cap &&
        tokens[j + 1]?.word &&
        tokens[j + 1]?.sent === t.sent
      ) {
        j++;
        continue;
      }
      if (!n.word) break;
      // "James A. Baker 3d": the New York Times' generational suffix closes the name (as "III" would).
      if (j - i >= 2 && generationSuffix(tokens[j - 1], tokens[j] as Token, tokens[j + 1])) {
        j += 2;
        break;
      }
      if (n.cap) {
        if (n.text === 'Ji' && honorificJi(tokens, i, j)) break;
        j++;
        continue;
      }

      // "bin Salman", "von der Hagen", "de la Cruz": particles continue a name when a capital follows.
      let q = j;
      while (q < j + 3 && tokens[q] && NAME_PARTICLES.has((tokens[q] as Token).lower)) q++;
      const capAfter = tokens[q];
      if (q > j && capAfter && capAfter.cap && capAfter.word && capAfter.sent === t.sent) {
        j = q + 1;
        continue;
      }
      // "Chargé d'Affaires a.i. X": the interim mark belongs to the title.
      const interimEnd = n.text === 'a' ? adInterimEnd(tokens, j) : -1;
      if (interimEnd > j && tokens[interimEnd]?.word && tokens[interimEnd]?.sent === t.sent) {
        j = interimEnd;
        continue;
      }
      // "Ambassador Extraordinary and Plenipotentiary of …": the envoy's rank joined by "and" goes on.
      const rankEnd = n.lower === 'and' ? envoyRankEnd(tokens, j - 1) : -1;
      if (rankEnd > j) {
        j = rankEnd;
        continue;
      }
      const after = tokens[j + 1];
      const toEnd = toCountryEnd(tokens, j);
      if (toEnd > 0) {
        j = toEnd;
        continue;
      }
      const servedEnd = governmentSecretaryEnd(tokens, j - 1);
      if (servedEnd > 0) {
        j = servedEnd;
        continue;
      }
      const regionEnd = forRegionEnd(tokens, j);
      if (regionEnd > 0) {
        j = regionEnd;
        continue;
      }
      const bodyEnd = titleBodyEnd(tokens, j);
      if (bodyEnd > 0) {
        j = bodyEnd;
        continue;
      }
      // "Father of the Nation Bangabandhu Sheikh X": the epithet runs on to the name.
      if (n.lower === 'of' && nationsFather(tokens, j - 1) && tokens[j + 3]?.cap) {
        j += 3;
        continue;
      }
      // "Republic of Korea President Shin Tae-soo": "of" inside a country's name.
      if (
        n.lower === 'of' &&
        after?.cap &&
        countryNames.has(`${(tokens[j - 1] as Token).lower} of ${after.lower}`)
      ) {
        j += 2;
        continue;
      }
      // "Secretary of State Daniel Mercer", "Minister for Trade and Industry Tan Wee Liang": the department
      // belongs to the title.
      const before = tokens[j - 1];
      // "Chairman Joint Chiefs of Staff Committee General X": "Chiefs of Staff" is one body, and the run goes on.
      if (n.lower === 'of' && before?.lower === 'chiefs' && before.cap && after?.text === 'Staff') {
        j += 2;
        continue;
      }
      // "Minister of State for Road Transport and Highways X": a junior minister's portfolio after "of State".
      const ofStateFor =
        n.lower === 'for' &&
        before?.lower === 'state' &&
        tokens[j - 2]?.lower === 'of' &&
        titleHeads.has(tokens[j - 3]?.lower ?? '');
      if ((n.lower === 'of' || n.lower === 'for') && before && (titleHeads.has(before.lower) || ofStateFor)) {
        // "Chancellor of the Exchequer Helen Marsh", "Minister of the Interior X": "the" before the department.
        const d = theDepartment(tokens, j + 1);
        const dept = tokens[d];
        if (
          dept?.cap &&
          (departmentWords.has(dept.lower) || affairsAhead(tokens, d) > 0 || peoplesDepartment(tokens, d))
        ) {
          j = departmentEnd(tokens, d);
          continue;
        }
        const styled = honorificAfterPortfolio(tokens, j + 1);
        if (styled > 0) {
          j = styled;
          continue;
        }
        // "Chief of Presidential Staff X", "Chief of Air Staff Air Marshal Y": a staff named by its service is a body.
        const staff = staffEnd(tokens, j + 1);
        if (staff > 0) {
          j = staff;
          continue;
        }
      }
      break;
    }
    runs.push({ start: i, end: j });
    i = j;
  }
  return runs;
}

/**
 * End (exclusive) of one or two capitalised words and "Staff" from `at` ("Presidential Staff", "Air Staff"), before a
 * capitalised word of the same sentence, or -1.
 */
export function staffEnd(tokens: readonly Token[], at: number): number {
  const sent = tokens[at]?.sent;
  for (let j = at + 1; j <= at + 2; j++) {
    const t = tokens[j - 1];
    if (!t?.cap || !t.word || t.sent !== sent || t.lower === 'staff') return -1;
    const staff = tokens[j];
    const next = tokens[j + 1];
    if (staff?.lower === 'staff' && staff.cap && next?.cap && next.word && next.sent === sent) return j + 1;
  }
  return -1;
}

/**
 * Buildings and institutions named after a titled person ("Queen Elizabeth Hospital", "King Saud University"), and
 * the streets and new towns so named ("Sheikh X Road", "Sheikh Y Medical City": no surname is one of these words).
 */
export const NAMED_BUILDINGS = new Set([
  'city',
  'street',
  'road',
  'avenue',
  'boulevard',
  'stadium',
  'airport',
  'hospital',
  'university',
  'college',
  'school',
  'mosque',
  'cathedral',
  'bridge',
  'palace',
  'museum',
  'library',
  'institute',
  'academy',
  'arena',
  'theatre',
  'theater',
]);

/**
 * "Dr M S Raghunathan Ji": the Hindi honorific closing a name is no part of it; "Zhang Ji", a Chinese given name,
 * is.
 */
function honorificJi(tokens: readonly Token[], start: number, at: number): boolean {
  const next = tokens[at + 1];
  if (at === start || (next?.cap && next.word && next.sent === tokens[at]?.sent)) return false;
  return !isPinyinName(`${(tokens[at - 1] as Token).text} Ji`);
}

/** "Former" opening a sentence: the time word of the title after it ("Former Australian Prime Minister X"). */
function sentenceFormer(t: Token): boolean {
  return t.first && t.lower === 'former';
}

/**
 * "A. A. Gromyko", "Y. S. Rao": a capital letter that is also a function word ("A", "O", "Y"), its period glued to
 * it and a capitalised word right after in the sentence, is a name's initial, as TASS and Indian copy write them.
 */
export function wordInitial(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const dot = tokens[k + 1];
  const after = tokens[k + 2];
  return (
    t !== undefined &&
    t.text.length === 1 &&
    t.text !== 'I' &&
    dot?.text === '.' &&
    dot.start === t.end &&
    after !== undefined &&
    after.cap &&
    after.word &&
    after.sent === t.sent &&
    (after.text.length === 1 || (tokenFlags(after) & FUNCTION_WORD) === 0)
  );
}

export function isStarter(t: Token): boolean {
  // "US Treasury Secretary": the country's capitals are not the pronoun "us".
  // "WHO Director-General": nor are the World Health Organization's the pronoun "who".
  if (t.text === 'US' || t.text === 'WHO') return false;
  // "Jan Kowal": a given name ("Jan." or "Jan 5" is a date: no capital follows to make a run).
  if (t.text === 'Jan') return false;
  // "entrepreneur Do Kwang": mid-sentence, a capitalised particle ("Do", "De") opens a name; English does not
  // capitalise its function words there.
  if (!t.first && NAME_PARTICLES.has(t.lower)) return false;
  // "was joined by Under Secretary of State X": mid-sentence, a capitalised "Under" opens the title, as "U.S. Under
  // Secretary" does (English does not capitalise the preposition there).
  if (!t.first && t.text === 'Under') return false;
  // The token's word lists, which the name rules read anyway, hold the function words: a lookup in a large set
  // (~150 ns on a busy machine) is spared, and the starters are a small set.
  return (tokenFlags(t) & FUNCTION_WORD) !== 0 || STARTERS.has(t.lower);
}

export function isKnownPlaceOrOrg(lowerPhrase: string): boolean {
  // "Cheong Wa Dae said …": a seat of government named like a person speaks for the government.
  return (
    isGazetteerPlace(lowerPhrase) ||
    knownOrganizations.has(lowerPhrase) ||
    institutionCountry.has(lowerPhrase)
  );
}

/**
 * Words of a name that count towards its length: not the particles, which make Arab names long ("Mohammed bin
 * Khalid bin Saad Al Mansour" has five).
 */
export function nameWords(tokens: readonly Token[], start: number, end: number): number {
  let n = 0;
  // Nor the periods of initials ("K. P. Raj Adhikari" has four).
  for (let k = start; k < end; k++) {
    const t = tokens[k] as Token;
    if (!NAME_PARTICLES.has(t.lower) && t.text !== '.') n++;
  }
  return n;
}

/**
 * "Das", "Do", "Van": a capitalised particle that closes a name is the family name (Indian, Korean, Dutch); "Bin"
 * closing one is a Chinese given name ("Li Bin"), no father's name following.
 */
export function particleSurname(t: Token): boolean {
  return t.cap && t.word && t.text.length >= 2 && (!ARTICLE_PARTICLES.has(t.lower) || t.text === 'Bin');
}

/** "de la Vega", "bin Salman", "van der Berg": one or two lower-case name particles at `at`, then a capitalised word. */
export function particledSurname(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (
    k < at + 2 &&
    tokens[k] &&
    !(tokens[k] as Token).cap &&
    NAME_PARTICLES.has((tokens[k] as Token).lower)
  )
    k++;
  const t = tokens[k];
  return k > at && t !== undefined && t.cap && t.word && t.sent === (tokens[at] as Token).sent;
}

/** "San", "Santa", "Santo", "São": a saint's style before a given name, which opens Spanish and Portuguese places. */
const SAINT_WORDS: ReadonlySet<string> = new Set(['san', 'santa', 'santo', 'são', 'sao']);

/**
 * A single capital letter: an initial when a period follows ("S. Raghavan"); also "Ma.", the Philippine
 * abbreviation of "María" ("Ma. Lourdes Reyes"), which the tokenizer keeps in the sentence only before a given name,
 * and "Md.", the South Asian one of "Mohammad" ("Md. Rafiqul Zaheer").
 */
function isInitial(t: Token): boolean {
  return (
    t.word &&
    t.cap &&
    (t.text.length === 1 || DIGRAPH_INITIALS.has(t.text) || t.text === 'Ma' || t.text === 'Md')
  );
}

/** Whether `digit` opens the suffix "2d" or "3d", its "d" glued on, after `before`, a capitalised name word. */
function generationSuffix(before: Token | undefined, digit: Token, d: Token | undefined): boolean {
  return (
    (digit.text === '3' || digit.text === '2') &&
    before?.cap === true &&
    d?.text === 'd' &&
    d.start === digit.end
  );
}

/** Could this token be part of a person's name? */
export function nameLike(t: Token, position: number, next?: Token, prev?: Token): boolean {
  // The period of an initial inside a name.
  if (t.text === '.')
    return (
      position > 0 &&
      prev !== undefined &&
      isInitial(prev) &&
      next !== undefined &&
      next.sent === t.sent &&
      (next.cap || (position > 1 && NAME_PARTICLES.has(next.lower)))
    );
  if (!t.word) return false;
  // Particles inside a name ("bin", "von der"); capitalised at the start ("Von der Hagen said").
  // "Y. S. Rao": a capital "Y" or "E" with its glued period is an initial (see wordInitial).
  if (NAME_PARTICLES.has(t.lower))
    return (
      position > 0 ||
      (t.cap &&
        next !== undefined &&
        (next.word || (t.text.length === 1 && next.text === '.' && next.start === t.end)))
    );
  // "James A. Baker 3d": the New York Times' generational suffix ("2d", "3d", read as a digit and a glued "d")
  // closing a name of two words or more.
  if (position > 1 && generationSuffix(prev, t, next)) return true;
  if (position > 2 && t.text === 'd' && prev?.end === t.start && (prev.text === '3' || prev.text === '2'))
    return true;
  if (!t.cap) return false;
  // "leader of Scotland's Roman Catholics", "Biden, a Roman Catholic": a creed's follower, no name word ("Roman" is).
  if (FAITH_WORDS.has(t.lower)) return false;
  // "San Antonio del Tachira", "Santa Maria": a saint's name opening a run names a place (a town, a bridge).
  if (position === 0 && SAINT_WORDS.has(t.lower) && next?.cap && firstNames.has(next.lower)) return false;
  // "Ambassador Extraordinary and Plenipotentiary": the rank of an envoy, written after the title.
  if (ENVOY_RANKS.has(t.lower)) return false;
  // "the General Officer Commanding of the 14 Corps", "Commanding Officer X": the commander's participle, written
  // after the rank or before the office, is the title's.
  if (t.lower === 'commanding') return false;
  // "the Pheu Thai-led government", "a Saudi-backed plan": a name joined to a participle is an adjective.
  if (t.text.includes('-') && COMPOUND_ADJECTIVE_RE.test(t.text)) return false;
  // Cheap first-letter checks spare the regular expressions for most words.
  const c0 = t.text.charCodeAt(0);
  // I, V, X: a regnal numeral after a name ("Alfonso XIV"); before one, with a period, an initial ("V. Raman"), and
  // so is a first V or X before another initial or a name word ("V K Sharma", "V Senthil Kumar"; "I" is a pronoun).
  if ((c0 === 73 || c0 === 86 || c0 === 88) && ROMAN.test(t.text))
    return (
      position > 0 ||
      (t.text.length === 1 &&
        (next?.text === '.' ||
          (c0 !== 73 &&
            next !== undefined &&
            next.cap &&
            next.word &&
            next.sent === t.sent &&
            !ROMAN.test(next.text))))
    );
  const c1 = t.text.charCodeAt(1);
  const lowerSecond = c1 >= 97 && c1 <= 122;
  // "K.P. Raj Adhikari": dotted initials before a name word, unless they abbreviate a country or a body ("U.S."); also
  // before a particle ("J.P. van Rensburg", as "P.W. Venter").
  if (c1 === 46 && DOTTED_INITIALS.test(t.text))
    return (
      next !== undefined &&
      next.word &&
      next.sent === t.sent &&
      (next.cap || NAME_PARTICLES.has(next.lower)) &&
      !countryNames.has(t.lower) &&
      !internationalBodies.has(t.lower) &&
      !internationalBodies.has(t.lower.replace(/\./g, ''))
    );
  if (!lowerSecond && ACRONYM.test(t.text) && !CAPITALISED_WORD.test(t.text))
    return position === 0 && japaneseFamilyFirst(t, next);
  const f = tokenFlags(t);
  if (f & (TITLE_HEAD | HONORIFIC)) {
    // "Sultan bin Saad", "Amir bin Nasser": before "bin", a title word is a given name; after it, the father's
    // ("Omar bin Sultan").
    if (next !== undefined && FILIATIONS.has(next.lower) && next.sent === t.sent) return true;
    if (position === 0 && givenNameBeforeArticle(t, next)) return true;
    if (position > 0 && prev !== undefined && FILIATIONS.has(prev.lower)) return true;
    // "Martin Luther King Jr.", "Ramon Prince Sr.": before a generational suffix, a title word is the surname.
    if (position > 0 && (next?.text === 'Jr' || next?.text === 'Sr') && next.sent === t.sent) return true;
    if (position === 0 && next !== undefined && next.cap && givenNameTitleAfter(t, prev)) return true;
    if (position === 0 && next?.cap && next.word && next.sent === t.sent && bareDukedom(t, prev, next))
      return true;
    // "security advisor Dato Yada": "Dato" may open a name (honorificEnd keeps it when one word follows).
    if (position === 0 && t.lower === 'dato' && next?.cap && next.word && next.sent === t.sent) return true;
    // "Housing Minister Mark Bishop": closing a name right after a given name, a title word is the surname; so after
    // two ("Martin Luther King, who …").
    if (
      (position === 1 || position === 2) &&
      prev !== undefined &&
      plainGivenName(prev) &&
      !(next?.cap && next.word && next.sent === t.sent) &&
      next?.lower !== 'of'
    )
      return true;
    // "Tariq Nadeem Sheikh said": closing a name, "Sheikh" is a family name (Pakistani, Indian).
    if (position > 0 && SHEIKH_STYLES.has(t.lower) && !(next?.cap && next.word)) return true;
    // "Abdi Sheikh Warsame": inside a name, before another name word, "Sheikh" is a name word (Somali, Arab);
    // so is a Malay "Tengku" in a father's name ("Amir Tengku Abdul Rahman").
    return (
      INNER_HONORIFICS.has(t.lower) &&
      position > 0 &&
      next !== undefined &&
      next.cap &&
      next.word &&
      next.sent === t.sent
    );
  }
  // "Jun" is a name ("Ma Jun"); "June 5" or "Jun. 5" is a date.
  if (f & WEEKDAY) return false;
  // Inside a name, a period after "Jun"/"May" ends the sentence ("said Ma Jun.", "Prime Minister Helen May.").
  if (
    f & MONTH &&
    (t.lower.length > 4 || (next?.text === '.' && position === 0) || STARTS_WITH_DIGIT.test(next?.text ?? ''))
  )
    return false;
  // "Seo Jin" is a name; "Capella Hotel" is not. "Julia Hill," after a given name, is: a few place words are
  // common surnames.
  if (f & (ORG_HEAD | PLACE_HEAD) && position > 0 && !placeWordSurname(t, position, next, prev)) return false;
  // "Finance Minister Sri Rahayu Wulandari": "Sri" opens a country's name only before "Lanka" ("Sri Lankan").
  // "Pablo Montenegro", "Tom English": a country or a demonym that ends a name after a given name is a surname.
  if (
    f & (DEMONYM | COUNTRY) &&
    !(t.lower === 'sri' && next?.cap && !next.lower.startsWith('lanka')) &&
    !countrySurname(t, position, next, prev) &&
    !countryGivenName(t, position, next, prev)
  )
    return false;
  // "Ri Il Sok", "Pak Sol Il": mid-sentence, right after a name word, a short capitalised function word is a
  // name syllable (English capitalises none there).
  // "journalist Clara Will in front of": likewise a longer one that closes a name after a known given name is a surname
  // (a title-case headline's "Clara Will Visit" has a name word after it).
  if (f & FUNCTION_WORD && !(f & MONTH))
    return (
      // "A. A. Gromyko": a letter with its glued period opens a name as an initial (see wordInitial).
      (t.text.length === 1 && t.text !== 'I' && next?.text === '.' && next.start === t.end) ||
      (position > 0 &&
        !t.first &&
        prev !== undefined &&
        prev.cap &&
        prev.word &&
        (t.text.length <= 3 ||
          // "Speaker Kyaw Win Than said": a four-letter one closing a name is a syllable too
          // (Burmese "Than", "Tint").
          (t.text.length === 4 && !(next?.cap && next.word && next.sent === t.sent)) ||
          (position === 1 && looksLikeFirstName(prev) && !(next?.cap && next.word && next.sent === t.sent))))
    );
  return true;
}

const COMPOUND_ADJECTIVE_RE = /-(?:led|backed|based|owned|run|born|funded|controlled|made|style)$/;

/**
 * Creeds and their followers, which are no name words: "Roman Catholics", "a Sunni Muslim". "Christian" and "Baptist"
 * are given names as often ("Hans Christian X", "Jean-Baptiste") and stay out.
 */
const FAITH_WORDS = new Set(
  'catholic|catholics|protestant|protestants|muslim|muslims|jews|anglican|anglicans|orthodox|evangelical|evangelicals|buddhist|buddhists|hindu|hindus|sikh|sikhs|sunni|sunnis|shiite|shiites|lutheran|lutherans|methodist|methodists|presbyterian|presbyterians|mormon|mormons'.split(
    '|',
  ),
);

/** Honorifics that, inside a name, are part of it: "Abdi Sheikh Warsame", "Amir Tengku Abdul Rahman". */
const INNER_HONORIFICS = new Set([...SHEIKH_STYLES, 'tengku']);

/** "Pablo Montenegro": a one-word country or demonym right after a given name (not a place), ending the name. */
function countrySurname(t: Token, position: number, next?: Token, prev?: Token): boolean {
  return (
    position === 1 &&
    prev !== undefined &&
    prev.sent === t.sent &&
    looksLikeFirstName(prev) &&
    !isGazetteerPlace(prev.lower) &&
    !(next?.cap && next.word && next.sent === t.sent) &&
    !(tokenFlags(prev) & (TITLE_HEAD | HONORIFIC | DEMONYM | COUNTRY))
  );
}

/** Place words that are common English surnames ("Julia Hill", "Anne Hall", "Rosa Wood", "Kay Ward"). */
const PLACE_WORD_SURNAMES = new Set([
  'hill',
  'hall',
  'ward',
  'wood',
  'woods',
  'field',
  'ford',
  'church',
  'castle',
  'lane',
]);
/** Such a word closing a name right after a given name ("Julia Hill", not "Capitol Hill"). */
function placeWordSurname(t: Token, position: number, next?: Token, prev?: Token): boolean {
  return PLACE_WORD_SURNAMES.has(t.lower) && countrySurname(t, position, next, prev);
}

/** Words of an ambassador's rank that follow the title ("Ambassador Extraordinary and Plenipotentiary"). */
const ENVOY_RANKS = new Set(['extraordinary', 'plenipotentiary']);

/** End (exclusive) of an envoy's rank at `at` ("Extraordinary and Plenipotentiary", "Extraordinary"), or `at`. */
export function envoyRankEnd(tokens: readonly Token[], at: number): number {
  if (!tokens[at]?.cap || !ENVOY_RANKS.has((tokens[at] as Token).lower)) return at;
  const after = tokens[at + 2];
  return tokens[at + 1]?.lower === 'and' && after?.cap && ENVOY_RANKS.has(after.lower) ? at + 3 : at + 1;
}

/**
 * End (exclusive) of "a.i." at `at` right after a chargé d'affaires' title ("Chargé d'Affaires a.i. X"), the mark of
 * one heading an embassy ad interim; or -1.
 */
export function adInterimEnd(tokens: readonly Token[], at: number): number {
  const head = tokens[at - 1]?.lower;
  if (!AFFAIRES.has(head ?? '')) return -1;
  return tokens[at]?.text === 'a' &&
    tokens[at + 1]?.text === '.' &&
    tokens[at + 2]?.text === 'i' &&
    tokens[at + 3]?.text === '.'
    ? at + 4
    : -1;
}

/**
 * The envoy's title before a rank ending at `at` ("Ambassador" of "Ambassador Extraordinary and Plenipotentiary"),
 * or the token at `at` itself when it is no rank after an envoy's title.
 */
function rankedEnvoy(tokens: readonly Token[], at: number): Token | undefined {
  // "Chargé d'Affaires a.i. of the United States …": the interim mark closes the title, whose head is before it.
  if (tokens[at]?.text === '.' && adInterimEnd(tokens, at - 3) === at + 1) return tokens[at - 4];
  const t = tokens[at];
  // "Consul General of the People's Republic of China in Lahore X": the consul's title in two words.
  if (t?.lower === 'general' && tokens[at - 1]?.lower === 'consul' && tokens[at - 1]?.cap)
    return tokens[at - 1];
  if (!t || !t.cap || !ENVOY_RANKS.has(t.lower)) return t;
  let k = at - 1;
  if (tokens[k]?.lower === 'and' && ENVOY_RANKS.has(tokens[k - 1]?.lower ?? '')) k -= 2;
  const head = tokens[k];
  return head?.cap && TO_HEADS.has(head.lower) ? head : t;
}

/**
 * Countries that are also given names ("Israel Mizrahi", "Jordan Hale", "Georgia Lind"), and a demonym that is one
 * too: "German", the Spanish "Germán" as English copy writes it without its accent (and the Russian "German").
 */
const GIVEN_NAME_COUNTRIES = new Set(['israel', 'jordan', 'georgia', 'german']);
/**
 * "Foreign Minister Israel Mizrahi": right after a title head, such a country opens a name when a surname follows;
 * "Ambassador to Israel X" never gets here (the complement is the title's).
 */
function countryGivenName(t: Token, position: number, next?: Token, prev?: Token): boolean {
  return (
    position === 0 &&
    GIVEN_NAME_COUNTRIES.has(t.lower) &&
    prev !== undefined &&
    prev.cap &&
    prev.sent === t.sent &&
    (tokenFlags(prev) & TITLE_HEAD) !== 0 &&
    next !== undefined &&
    next.cap &&
    next.word &&
    next.sent === t.sent &&
    (tokenFlags(next) &
      (COUNTRY | DEMONYM | CITY | REGION | ORG_HEAD | PLACE_HEAD | TITLE_HEAD | COMMON_WORD)) ===
      0
  );
}

export interface TitledName {
  /** First token of the title inside the run (after sentence starters). */
  titleStart: number;
  /** Last token of the title (the head, or its "of State" tail). */
  titleEnd: number;
  nameStart: number;
  nameEnd: number;
}

/**
 * "Chief Adewale Okonkwo": a lone "Chief" opening a run, right before a full name of words no list knows, is a Nigerian
 * chieftaincy style, no office (as "Alhaji"); "Chief Justice X" and "Army Chief Y" keep theirs.
 */
function chieftaincyStyle(tokens: readonly Token[], at: number, end: number): boolean {
  if (tokens[at]?.text !== 'Chief' || end - at < 3 || end - at > 4) return false;
  for (let k = at + 1; k < end; k++) {
    const t = tokens[k] as Token;
    if (!t.cap || !t.word || tokenFlags(t) !== 0) return false;
  }
  return true;
}

/**
 * "Pandit Jawaharlal X", "Pandit X": the Hindi style of a learned man, which the wires of the time put before
 * India's first prime minister's name, opening a name before a capitalised word. Not a name's last word ("Mrs. Vijaya
 * Lakshmi Pandit", a surname), which no style opens.
 */
function learnedStyle(tokens: readonly Token[], at: number, end: number): boolean {
  const t = tokens[at] as Token;
  const next = tokens[at + 1];
  return (
    t.text === 'Pandit' && at + 1 < end && next !== undefined && next.cap && next.word && next.sent === t.sent
  );
}

/**
 * Where an honorific with its stop ("Dr.", "Mr.") opens a name after a portfolio's capitalised words from `from`
 * ("Special Envoy of the Minister of Foreign Affairs for Counterterrorism and Mediation Dr. X"), within fifteen words
 * of the sentence, the portfolio's joiners between them; -1 otherwise. Not over "in", which the places read as
 * opening a place ("… Mediation in Conflict Resolution Dr. X" would make "Conflict Resolution" one). A style
 * written out with no stop opens the name too when two capitalised words follow it and no "the" comes before it
 * ("the Leader of the Islamic Revolution Sayyed Ali X"; "the Sheikh Zayed Mosque" is a place's name).
 */
function honorificAfterPortfolio(tokens: readonly Token[], from: number): number {
  const t = tokens[from];
  if (!t || (!(t.cap && t.word) && !PORTFOLIO_JOINERS.has(t.lower)) || honorifics.has(t.lower)) return -1;
  for (let j = from + 1; j < from + 16; j++) {
    const w = tokens[j];
    if (!w || w.sent !== t.sent) return -1;
    if (honorifics.has(w.lower) && tokens[j + 1]?.text === '.' && tokens[j + 2]?.cap) return j;
    if (honorifics.has(w.lower) && styleBeforeName(tokens, j)) return j;
    if (!(w.cap && w.word) && !PORTFOLIO_JOINERS.has(w.lower)) return -1;
  }
  return -1;
}

/** A capitalised style at `j` with two capitalised words after it, and no "the" before it. */
function styleBeforeName(tokens: readonly Token[], j: number): boolean {
  const a = tokens[j + 1];
  const b = tokens[j + 2];
  return (
    tokens[j]!.cap &&
    tokens[j - 1]?.lower !== 'the' &&
    a !== undefined &&
    a.cap &&
    a.word &&
    b !== undefined &&
    b.cap &&
    b.word &&
    b.sent === a.sent
  );
}

/**
 * End (exclusive) of the honorifics from `at` before a name, within `end`: "Mr.", "Sheikh", "Tan Sri", "Datuk
 * Seri", "Tun Dr", and Burmese "U" ("U Than Zaw": a lone capital with no period, before a capitalised word).
 */
export function honorificEnd(tokens: readonly Token[], at: number, end: number): number {
  let k = at;
  let samdech = false;
  while (k < end) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (next && k + 1 < end && honorificPairs.get(t.lower)?.has(next.lower)) k += 2;
    else if (samdech && KHMER_STYLE_WORDS.has(t.lower)) k++;
    else if (malayTun(tokens, k, at)) k++;
    else if (k === at && chieftaincyStyle(tokens, k, end)) k++;
    else if (k === at && learnedStyle(tokens, k, end)) k++;
    else if (givenNameDato(tokens, k)) break;
    // "DR Congo": in capitals, "DR" abbreviates a country's name, not "Doctor".
    else if (
      (honorifics.has(t.lower) && t.text !== 'DR') ||
      (t.text === 'U' && next?.cap && next.word) ||
      senatorAt(tokens, k, at)
    )
      k++;
    else break;
    if (t.lower === 'samdech' || t.lower === 'preah') samdech = true;
    if (k < end && tokens[k]?.text === '.') k++;
  }
  return k;
}

/**
 * "security advisor Dato Yada": "Dato" alone before one word is a given name; the Malaysian honour, written without
 * its apostrophe, comes before a name of two or more words ("Dato Ali Rahman") or in a pair ("Dato Seri").
 */
function givenNameDato(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (t.lower !== 'dato') return false;
  const next = tokens[k + 1];
  const after = tokens[k + 2];
  return !!next?.cap && next.word && !(after?.cap && after.word && after.sent === t.sent);
}

/**
 * "Tun Kamal Yusof": the Malaysian federal honour alone ("Tun Dr", "Tun Sri" are pairs) before a name of two or more
 * words; not Burmese "U Tun Myint" nor "Tun Tun Oo", where "Tun" is a name syllable.
 */
function malayTun(tokens: readonly Token[], k: number, at: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  const after = tokens[k + 2];
  const before = tokens[at - 1];
  return (
    t.text === 'Tun' &&
    k === at &&
    next !== undefined &&
    next.cap &&
    next.word &&
    next.lower !== 'tun' &&
    after !== undefined &&
    after.cap &&
    after.word &&
    after.sent === t.sent &&
    !(before?.text === 'U' || before?.lower === 'daw')
  );
}

/**
 * "Minister of State at the Ministry of Foreign Affairs Dr. X", "Minister of Foreign Affairs, Foreign Employment and
 * Tourism Mr. X": the start of the nearest title head before the department at `dept`, over capitalised words,
 * commas and the joiners of a portfolio ("of", "the", "at", "for", "and"), within a dozen tokens of one sentence;
 * -1 when there is none.
 */
function titleAtBody(tokens: readonly Token[], dept: number): number {
  const sent = (tokens[dept] as Token).sent;
  for (let b = dept - 1; b >= 0 && b > dept - 13; b--) {
    const t = tokens[b] as Token;
    if (t.sent !== sent) return -1;
    if (t.cap && t.word) {
      if (!titleHeads.has(t.lower)) continue;
      // "Deputy Minister of …": the head's modifiers belong to the title.
      while (b > 0 && tokens[b - 1]?.cap && titleModifiers.has((tokens[b - 1] as Token).lower)) b--;
      return b;
    }
    if (t.text !== ',' && !PORTFOLIO_JOINERS.has(t.lower)) return -1;
  }
  return -1;
}
const PORTFOLIO_JOINERS = new Set(['of', 'the', 'at', 'for', 'and']);

/**
 * End of the name that starts at `at`, read on from `from` (a word after `at` already taken as the name's, or `at`):
 * its name-like words, up to six besides particles, before `end`.
 */
function nameEndFrom(tokens: readonly Token[], at: number, end: number, from = at): number {
  let e = from;
  while (
    e < end &&
    nameLike(tokens[e] as Token, e - at, tokens[e + 1], tokens[e - 1]) &&
    nameWords(tokens, at, e) < 6
  )
    e++;
  return e;
}

/** Sittings of a body, named after a title word ("General Debate"): no name. */
// "the APEC CEO Summit": nor a summit held for an office's holders.
// "after the 14th General Election": nor a poll (Malaysia's and Britain's word for a national one).
const SITTINGS = new Set([
  'debate',
  'debates',
  'session',
  'sessions',
  'summit',
  'summits',
  'election',
  'elections',
]);
/** "the General Headquarters", "the General Staff": a body's seat or staff after a rank word. */
const BODY_SEATS = new Set(['headquarters', 'staff', 'command', 'secretariat']);

/**
 * End of a region named right after a title head at `at` ("Punjab", "Khyber Pakhtunkhwa"), with a body word after
 * it ("Punjab Assembly"), or of a house ("Senate", "National Assembly"), when a name of two words or more follows
 * before `end`; else -1. Not a given name
 * ("Governor Victoria X Y" is Victoria X Y).
 */
function provinceAfterTitle(tokens: readonly Token[], at: number, end: number): number {
  const t = tokens[at];
  if (!t?.cap || tokenLists(t) & FIRST_NAME) return -1;
  const next = tokens[at + 1];
  let e = -1;
  if (next?.cap && at + 1 < end && regionNames.has(`${t.lower} ${next.lower}`)) e = at + 2;
  else if ((tokenFlags(t) & REGION) !== 0) e = at + 1;
  // Pakistan's "Chairman Senate X Y", "Speaker National Assembly X Y": the house itself after the head.
  else if (t.lower === 'senate') return end - at - 1 >= 2 ? at + 1 : -1;
  else if (t.lower === 'national' && next?.lower === 'assembly') return end - at - 2 >= 2 ? at + 2 : -1;
  if (e < 0) return -1;
  if ((tokenFlags(tokens[e] as Token) & ORG_HEAD) !== 0) e++;
  return end - e >= 2 ? e : -1;
}

/**
 * "Housing Minister Mark Bishop", "Minister Peter Major": after a title head and a given name, a title word is the
 * surname (a given name sits between two titles only in "Minister Sultan …", read as a name anyway).
 */
function surnameAfterTitledGivenName(tokens: readonly Token[], h: number, k: number): boolean {
  return h >= 0 && k - 1 > h && plainGivenName(tokens[k - 1] as Token);
}

/**
 * "Dr. Martin Luther King, who led …": a title word closing the run right after two given names the lexicon knows is
 * the surname, with no title before it.
 */
function surnameAfterGivenNames(tokens: readonly Token[], a: number, k: number, end: number): boolean {
  return (
    k === end - 1 &&
    k - 2 >= a &&
    plainGivenName(tokens[k - 1] as Token) &&
    plainGivenName(tokens[k - 2] as Token)
  );
}

/** A given name the lexicon knows that is no title or honorific ("Mark", not "Sultan" or "Sheikh"). */
function plainGivenName(t: Token): boolean {
  return (tokenLists(t) & FIRST_NAME) !== 0 && (tokenFlags(t) & (TITLE_HEAD | HONORIFIC)) === 0;
}

/**
 * "Her Majesty Queen X The Queen Mother": a capitalised "The" inside a run, after a title head and a name word, opens
 * a title of its own; the run ends before it. The run unchanged otherwise.
 */
function titledNameBeforeThe(tokens: readonly Token[], run: Run): Run {
  for (let k = run.start + 2; k < run.end - 1; k++) {
    if ((tokens[k] as Token).text !== 'The') continue;
    for (let j = run.start; j < k - 1; j++)
      if ((tokenFlags(tokens[j] as Token) & (TITLE_HEAD | HONORIFIC)) === TITLE_HEAD)
        return { ...run, end: k };
    return run;
  }
  return run;
}

/**
 * "Major Jane Roe": the army's rank opening a run, before a name of two or three words none of which is a title's,
 * a body's or a place's word ("Major General X" and "Major League" are no such names; "John Major" ends with it).
 */
function majorRank(tokens: readonly Token[], k: number, end: number): boolean {
  if ((tokens[k] as Token).text !== 'Major' || end - k < 3 || end - k > 4) return false;
  for (let j = k + 1; j < end; j++) {
    const t = tokens[j] as Token;
    if (
      !t.word ||
      (tokenFlags(t) & (TITLE_HEAD | ORG_HEAD | PLACE_HEAD | COUNTRY | DEMONYM | CITY | COMMON_WORD)) !== 0
    )
      return false;
  }
  return true;
}

/**
 * "Dean Virginia C. Roe of Barnard College": a college's dean opening a run, before a given name the lexicon knows and
 * at least one more name word (an initial's letter counts) none of which is a title's, a body's or a place's word.
 * "Dean" is also a given name: "Dean Rusk", "Dean Martin" (two words) and "the singer Dean X Y" keep it as theirs.
 */
function deanTitle(tokens: readonly Token[], k: number, end: number): boolean {
  const given = tokens[k + 1];
  if ((tokens[k] as Token).text !== 'Dean' || !given || (tokenLists(given) & FIRST_NAME) === 0) return false;
  // "the singer Dean Martin Roe": after a lower-case occupation, "Dean" opens the name.
  const before = tokens[k - 1];
  if (before?.word && !before.cap && ((tokenFlags(before) & TITLE_HEAD) !== 0 || isOccupation(before.lower)))
    return false;
  let words = 0;
  for (let j = k + 2; j < end; j++) {
    const t = tokens[j] as Token;
    if (!t.word) continue;
    if ((tokenFlags(t) & (TITLE_HEAD | ORG_HEAD | PLACE_HEAD | COUNTRY | DEMONYM | CITY)) !== 0) return false;
    words++;
  }
  return words > 0;
}

/** Finds "Title Name" inside a run: the name follows the last title head. */
/** "Father of the Nation X": a state's founder by his epithet, capitalised, before a name in the same run. */
function nationsFather(tokens: readonly Token[], k: number): boolean {
  return (
    tokens[k]?.text === 'Father' &&
    tokens[k + 1]?.text === 'of' &&
    tokens[k + 2]?.text === 'the' &&
    tokens[k + 3]?.text === 'Nation'
  );
}

/**
 * "greeted by its founder, Father Raymond X": a capitalised "Father" opening a run before a given name and a surname is
 * a priest's style of address, his role ("Father's Day", "Father of …" are no such run).
 */
function priestsFather(tokens: readonly Token[], k: number, end: number): boolean {
  const given = tokens[k + 1];
  return tokens[k]?.text === 'Father' && k + 2 < end && given !== undefined && looksLikeFirstName(given);
}

export function splitTitledRun(tokens: readonly Token[], whole: Run): TitledName | null {
  const run = titledNameBeforeThe(tokens, whole);
  let a = run.start;
  while (
    a < run.end &&
    isStarter(tokens[a] as Token) &&
    !wordInitial(tokens, a) &&
    !sentenceFormer(tokens[a] as Token) &&
    !ordinalTitle(tokens, a) &&
    !styled(tokens, a) &&
    !opensPlace(tokens, a)
  )
    a++;
  a = placeBeforeNationality(tokens, a, run.end);
  let h = -1;
  for (let k = a; k < run.end; k++) {
    const t = tokens[k] as Token;
    if (
      // A title head that is no honorific, by the token's word lists (two set lookups spared for every word).
      ((tokenFlags(t) & (TITLE_HEAD | HONORIFIC)) === TITLE_HEAD &&
        !clockPm(tokens, k) &&
        !(k === a && chieftaincyStyle(tokens, k, run.end)) &&
        // "Minister of State Sultan bin Saad X": before "bin", "Sultan" (or "Amir") is a given name; after it
        // ("Omar bin Sultan"), the father's.
        !FILIATIONS.has(tokens[k + 1]?.lower ?? '') &&
        !FILIATIONS.has(tokens[k - 1]?.lower ?? '') &&
        !givenNameBeforeArticle(t, tokens[k + 1]) &&
        !givenNameAfterOccupation(tokens, k) &&
        !surnameAfterTitledGivenName(tokens, h, k) &&
        !surnameAfterGivenNames(tokens, a, k, run.end) &&
        // "Martin Luther King Jr.": after a name word and before a generational suffix, the title word is a surname.
        !(k > a && tokens[k - 1]?.cap && (tokens[k + 1]?.text === 'Jr' || tokens[k + 1]?.text === 'Sr')) &&
        !bareDukedom(tokens[k] as Token, tokens[k - 1], tokens[k + 1])) ||
      amirTitle(tokens, k) ||
      marineTitle(tokens, k) ||
      (k === a && majorRank(tokens, k, run.end)) ||
      (k === a && deanTitle(tokens, k, run.end)) ||
      stateSenatorAt(tokens, k, a) ||
      senatorAt(tokens, k, a) ||
      // "Then-premier X", "Ex-President Y": a sentence's first word, an office at another time.
      (k === a && timedTitle(t)) ||
      (nationsFather(tokens, k) && k + 4 < run.end) ||
      (k === a && priestsFather(tokens, k, run.end))
    ) {
      h = k;
      // "Director of the General Office Cao Ping": a title word inside the body ("General") is not the head.
      const bodyEnd = titleBodyEnd(tokens, k + 1);
      if (bodyEnd > 0 && bodyEnd < run.end) k = bodyEnd - 1;
    }
  }
  if (h < 0) {
    // "Mr. Hadley", "Tan Sri Ahmad Rosli": honorifics alone give a name but no role.
    let n = honorificEnd(tokens, a, run.end);
    // "Minister of State at the Ministry of Foreign Affairs Dr. X": a department's words, then the honorific.
    if (n === a) {
      let q = a;
      while (q < run.end && departmentWords.has((tokens[q] as Token).lower)) q++;
      const styled = q > a ? honorificEnd(tokens, q, run.end) : q;
      if (styled > q) {
        const title = titleAtBody(tokens, a);
        if (title >= 0) {
          const nameEnd = closedNameEnd(tokens, styled, nameEndFrom(tokens, styled, run.end), run.end);
          return nameEnd < 0 ? null : { titleStart: title, titleEnd: q - 1, nameStart: styled, nameEnd };
        }
        a = q;
        n = styled;
      }
    }
    // "Japan's Minister of Economy, Trade and Industry X": after the comma or "and" of a title's list of portfolios,
    // the run opens with the list's last departments ("Industry"); the name is the rest.
    if (n === a && (tokens[a - 1]?.text === ',' || tokens[a - 1]?.lower === 'and')) {
      let q = a;
      while (
        q < run.end &&
        (departmentWords.has((tokens[q] as Token).lower) ||
          (q > a && tokens[q]?.lower === 'and' && departmentWords.has(tokens[q + 1]?.lower ?? '')))
      )
        q++;
      // The list ends in "and" and a department ("The Director, Defence Media Operations, X" lists no portfolios),
      // after "of" or "for" and the title's head.
      const anded = tokens[a - 1]?.lower === 'and' || tokens[q - 2]?.lower === 'and';
      if (anded && q > a && q < run.end && departmentWords.has((tokens[q - 1] as Token).lower)) {
        const title = titleAtBody(tokens, a);
        let remit = false;
        for (let k = title + 1; title >= 0 && k < a && !remit; k++)
          remit = tokens[k]?.lower === 'of' || tokens[k]?.lower === 'for';
        const nameEnd = remit ? closedNameEnd(tokens, q, nameEndFrom(tokens, q, run.end), run.end) : -1;
        // "Coordinating Minister for Political, Legal and Security Affairs Wiranto": one name word ends the run
        // when it is no word of places, bodies, titles or the language.
        const oneWord =
          nameEnd === q + 1 &&
          q + 1 === run.end &&
          (tokenFlags(tokens[q] as Token) &
            (COUNTRY | DEMONYM | CITY | REGION | ORG_HEAD | PLACE_HEAD | TITLE_HEAD | COMMON_WORD)) ===
            0;
        if (nameEnd > q + 1 || oneWord) return { titleStart: title, titleEnd: q - 1, nameStart: q, nameEnd };
      }
    }
    if (n === a || n >= run.end) return null;
    // "U Than Zaw": right after an honorific a capitalised function word is a name syllable.
    const e = closedNameEnd(
      tokens,
      n,
      nameEndFrom(tokens, n, run.end, n < run.end - 1 && surnameAfterTitle(tokens, n, true) ? n + 1 : n),
      run.end,
    );
    if (e < 0) return null;
    // "former prime minister Sheikh Nasrin": after a lower-case title and before a lone name word, "Sheikh" is part
    // of the name (as after a title below); "a cable to Sheikh Fahad" styles a Gulf royal.
    const sheikh = tokens[n - 1];
    const title = tokens[a - 1];
    if (
      e - n === 1 &&
      n - 1 >= a &&
      SHEIKH_STYLES.has(sheikh?.lower ?? '') &&
      title !== undefined &&
      !title.cap &&
      titleHeads.has(title.lower)
    )
      return { titleStart: a, titleEnd: a - 1, nameStart: n - 1, nameEnd: e };
    return { titleStart: a, titleEnd: a - 1, nameStart: n, nameEnd: e };
  }
  let titleEnd = h;
  let k = h + 1;
  // The title runs on to token `end` (exclusive) when a name still follows it in the run (titleEnd is k - 1
  // throughout, so an end at `k` itself changes nothing).
  const titleTo = (end: number): boolean => {
    if (end <= 0 || end >= run.end) return false;
    titleEnd = end - 1;
    k = end;
    return true;
  };
  // A portfolio's department from token `from` (past its "of"/"for") is the title's, up to the run's end.
  const portfolioFrom = (from: number): void => {
    k = Math.min(departmentEnd(tokens, theDepartment(tokens, from)), run.end);
    titleEnd = k - 1;
  };
  // "Father of the Nation Bangabandhu Sheikh X": the epithet is the title, up to "Nation".
  if (nationsFather(tokens, h)) {
    titleEnd = h + 3;
    k = h + 4;
  }
  // "Ambassador Extraordinary and Plenipotentiary of …": the envoy's rank belongs to the title.
  if (TO_HEADS.has((tokens[h] as Token).lower)) titleTo(envoyRankEnd(tokens, k));
  // "Chargé d'Affaires a.i. X": the interim mark belongs to the title.
  titleTo(adInterimEnd(tokens, k));
  const of = tokens[k];
  const bodyEnd = titleBodyEnd(tokens, k);
  // A body or a region right after the head ends the title; else an "of" or a "for" opens a portfolio.
  const placed = titleTo(bodyEnd) || (bodyEnd <= 0 && titleTo(forRegionEnd(tokens, k)));
  if (!placed && of && (of.lower === 'of' || of.lower === 'for')) {
    portfolioFrom(k + 1);
    // "Chairman of State Affairs of the DPRK Ri Chol Su": the department's state.
    titleTo(titleBodyEnd(tokens, k));
    // "Minister of State for Road Transport and Highways X": a junior minister's portfolio after "of State".
    if (
      of.lower === 'of' &&
      tokens[k]?.lower === 'for' &&
      tokens[k - 1]?.lower === 'state' &&
      k + 1 < run.end
    )
      portfolioFrom(k + 1);
    // "Special Envoy for Counterterrorism and Mediation Dr. X": a portfolio of words no list knows runs up to the
    // honorific that opens the name.
    titleTo(honorificAfterPortfolio(tokens, k));
  }
  // Pakistan's "Governor Punjab X Y", "Speaker Punjab Assembly X Y": a province right after the head, and its body.
  const provinceEnd = k === h + 1 ? provinceAfterTitle(tokens, k, run.end) : -1;
  if (provinceEnd > 0) {
    titleEnd = provinceEnd - 1;
    k = provinceEnd;
  }
  const toEnd = toCountryEnd(tokens, k);
  if (toEnd > 0 && toEnd <= run.end) {
    titleEnd = toEnd - 1;
    k = toEnd;
  }
  if (k === h + 1) titleTo(governmentSecretaryEnd(tokens, h));
  if (
    tokens[k]?.text === '.' &&
    (rankAbbreviations.has((tokens[k - 1] as Token).lower) ||
      stateSenatorAt(tokens, k - 1, a) ||
      (senatorAt(tokens, k - 1, a) && h === k - 1))
  )
    k++;
  // Malaysia's "Finance Minister II Datuk Seri X": a numbered post keeps its numeral.
  const numeral = tokens[k];
  if (
    k === titleEnd + 1 &&
    numeral !== undefined &&
    numeral.text.length >= 2 &&
    ROMAN.test(numeral.text) &&
    k + 1 < run.end
  ) {
    titleEnd = k;
    k++;
  }
  k = honorificEnd(tokens, k, run.end);
  // "Chief Statistician Datuk Seri Dr Mohd Azlan": an occupation, then honorifics and a name — the occupation ends
  // the title (not a given name: "President Hassan Sheikh Warsame").
  const styledAt =
    k < run.end - 2 && isOccupation((tokens[k] as Token).lower) ? honorificEnd(tokens, k + 1, run.end) : k;
  if (
    styledAt > k + 1 &&
    styledAt < run.end &&
    nameLike(tokens[styledAt] as Token, 0, tokens[styledAt + 1], tokens[styledAt - 1])
  ) {
    titleEnd = k;
    k = styledAt;
  }
  const nameStart = k;
  // The title ends right before k, whatever its last word ("Minister of Agriculture He Zhiqiang"); "Vice President
  // JT Harlan": two capitals before a surname are initials.
  const e = closedNameEnd(
    tokens,
    nameStart,
    nameEndFrom(
      tokens,
      nameStart,
      run.end,
      k < run.end - 1 && (surnameAfterTitle(tokens, k, true) || initialsBeforeName(tokens, k)) ? k + 1 : k,
    ),
    run.end,
  );
  if (e < 0) return null;
  // "UN General Assembly": a lone body or place word after a title is not a name.
  const only = tokens[nameStart] as Token;
  // "the UNGA's General Debate": nor is a sitting of one; nor "National Executive Councils", a plural body word.
  if (
    e - nameStart === 1 &&
    (orgHeads.has(only.lower) ||
      placeHeads.has(only.lower) ||
      SITTINGS.has(only.lower) ||
      BODY_SEATS.has(only.lower) ||
      (only.lower.endsWith('s') && orgHeads.has(only.lower.slice(0, -1))))
  )
    return null;
  // "Deputy Foreign and Expatriates Minister X", "Deputy Health and Population Minister Y": a department's word after a
  // title, with "and" and another capitalised word after it, is a portfolio joined to the next, not a name ("Foreign
  // Secretary Lord Home and …": after a style it is the name).
  if (
    e - nameStart === 1 &&
    e === run.end &&
    only.cap &&
    !honorifics.has(tokens[nameStart - 1]?.lower ?? '') &&
    departmentWords.has(only.lower) &&
    tokens[e]?.lower === 'and' &&
    tokens[e + 1]?.cap === true
  )
    return null;
  // "the Justice and Equality Movement", "the Justice Movement": a "Movement" or a "Front" after a title word closes a
  // group's name, not a person's (as a "Declaration" closes a document's).
  if (BODY_OR_TEXT_HEADS.has((tokens[e - 1] as Token).lower)) return null;
  // "Prime Minister Sheikh Nasrin": before a lone name word, "Sheikh" is part of the name.
  const hon = tokens[nameStart - 1];
  if (e - nameStart === 1 && nameStart - 1 > titleEnd && SHEIKH_STYLES.has(hon?.lower ?? ''))
    return { titleStart: a, titleEnd, nameStart: nameStart - 1, nameEnd: e };
  // The name must reach the end of the run or stop at a clear non-name ("Liu Zhiwei Thursday").
  return { titleStart: a, titleEnd, nameStart, nameEnd: e };
}

/**
 * End of the titled name nameStart..e once its trailing particles are dropped (a capitalised one is a surname:
 * "Governor Arindam Das"); -1 when no name is left or the run is a venue or body named after a titled person.
 */
function closedNameEnd(tokens: readonly Token[], nameStart: number, e: number, runEnd: number): number {
  while (
    e > nameStart &&
    NAME_PARTICLES.has((tokens[e - 1] as Token).lower) &&
    !particleSurname(tokens[e - 1] as Token)
  )
    e--;
  if (e === nameStart) return -1;
  // "King Fahd International Stadium", "Queen Elizabeth Hospital": a venue or body named after a titled person (a
  // lone head word after the name must be a building's: "President Eaune Dune" keeps a surname that is a place word).
  if (
    e < runEnd &&
    tokenFlags(tokens[runEnd - 1] as Token) & (PLACE_HEAD | ORG_HEAD) &&
    (runEnd - e >= 2 || NAMED_BUILDINGS.has((tokens[e] as Token).lower))
  )
    return -1;
  return namedVenue(tokens, e, runEnd) || lowerCaseShrine(tokens, nameStart, e, runEnd) ? -1 : e;
}

/** Lower-case words for a building named after the person whose name stands before it ("the Imam Reza shrine"). */
const SHRINE_WORDS: ReadonlySet<string> = new Set(['shrine', 'mausoleum', 'tomb']);
/**
 * "buried at the Imam Reza shrine": after "the", a titled name right before a lower-case shrine, mausoleum or tomb
 * names the building, not a person of the story ("visited the tomb of Imam Reza" keeps him: the word comes after).
 */
function lowerCaseShrine(tokens: readonly Token[], nameStart: number, e: number, runEnd: number): boolean {
  const after = tokens[runEnd];
  if (e !== runEnd || after === undefined || after.cap || !SHRINE_WORDS.has(after.lower)) return false;
  let s = nameStart;
  while (s > 0 && (tokens[s - 1] as Token).cap && (tokens[s - 1] as Token).word) s--;
  return tokens[s - 1]?.lower === 'the' && tokens[s - 1]?.sent === after.sent;
}

const BUILDINGS: ReadonlySet<string> = new Set([
  'airport',
  'hospital',
  'university',
  'stadium',
  'mosque',
  'palace',
  'center',
  'centre',
  'museum',
]);
/**
 * "King Faisal Specialist Hospital", "Sheikh Zayed Grand Mosque": capitalised words after the name that close the
 * run with a place's or a body's head word make the whole run a venue or a body named after someone.
 */
function namedVenue(tokens: readonly Token[], nameEnd: number, runEnd: number): boolean {
  if (nameEnd >= runEnd) return false;
  const last = (tokens[runEnd - 1] as Token).lower;
  if (!placeHeads.has(last) && !orgHeads.has(last)) return false;
  // One word after the name is more often the rest of the name ("President Eaune Dune") than a building's.
  if (runEnd - nameEnd === 1 && !BUILDINGS.has(last)) return false;
  for (let k = nameEnd; k < runEnd; k++) if (!(tokens[k] as Token).word) return false;
  return true;
}

/**
 * "Secretary of the Ha Tinh provincial Party Committee Le Van Hai", "Chairman of the provincial People’s Committee
 * Do Minh Tuan": a title whose body ends in a body word ("Committee") right before a name. The run holds the body
 * word and the name; the title head, "of the" and the body's other words (lower-case or capitalised) stand before
 * it in the sentence. The title reaches from its head (before the run) to the body word.
 */
export function bodyTitledRun(tokens: readonly Token[], run: Run): TitledName | null {
  // The last body word in the run with only capitalised words before it and two to five name words after it.
  let o = -1;
  for (let k = run.start; k < run.end - 2; k++) {
    const f = tokenFlags(tokens[k] as Token);
    if (f & TITLE_HEAD) return null;
    if (f & ORG_HEAD) o = k;
  }
  if (o < 0 || run.end - o - 1 > 5) return null;
  for (let e = o + 1; e < run.end; e++)
    if (!nameLike(tokens[e] as Token, e - o - 1, tokens[e + 1], tokens[e - 1])) return null;
  const sent = (tokens[run.start] as Token).sent;
  // Back over the body's words ("Lao Cai provincial", "provincial People ’s") to "<Title> of the" (or "in the":
  // "Opposition Leader in the National Assembly X").
  let k = run.start - 1;
  for (let n = 0; n < 8 && k >= 2; n++, k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent) return null;
    if (t.lower === 'the') break;
    if (t.lower === "'s" || t.lower === '’s') continue;
    if (!t.word || (!t.cap && (functionWords.has(t.lower) || verbWords.has(t.lower)))) return null;
  }
  let headAt = k - 2;
  // "Leader of the Opposition in the Lok Sabha X": a title with a body of its own before "in the".
  if (
    tokens[k - 1]?.lower === 'in' &&
    tokens[headAt]?.cap &&
    tokens[headAt - 1]?.lower === 'the' &&
    tokens[headAt - 2]?.lower === 'of' &&
    tokenFlags(tokens[headAt - 3] as Token) & TITLE_HEAD
  )
    headAt -= 3;
  // "Secretary (East) in the External Affairs Ministry X": India's foreign ministry qualifies a title by its region.
  if (tokens[headAt]?.text === ')') {
    let q = headAt - 1;
    while (q >= headAt - 3 && tokens[q]?.cap && tokens[q]?.word) q--;
    if (q < headAt - 1 && tokens[q]?.text === '(') headAt = q - 1;
  }
  const head = tokens[headAt];
  if (tokens[k]?.lower !== 'the' || (tokens[k - 1]?.lower !== 'of' && tokens[k - 1]?.lower !== 'in') || !head)
    return null;
  // "Permanent member of the Party Central Committee's Secretariat X": a capitalised rank before "member"; or one of
  // the ranks of a standing body written in lower case ("and permanent member of …").
  const member =
    head.lower === 'member' &&
    !head.cap &&
    (tokens[headAt - 1]?.cap === true || MEMBER_RANKS.has(tokens[headAt - 1]?.lower ?? ''));
  if (!member && !(head.cap && tokenFlags(head) & TITLE_HEAD)) return null;
  return { titleStart: member ? headAt - 1 : headAt, titleEnd: o, nameStart: o + 1, nameEnd: run.end };
}

/**
 * "of the Halk Maslahaty of the Milli Gengesh of Turkmenistan X": where the words from `from` to the "of" at `of` are
 * a body's capitalised name (no title's word among them, "of the" between its parts) and "of" closes it with a
 * country's name, then a capitalised word of the sentence (the name), the end of the country's name; else -1.
 */
function stateClosingBody(tokens: readonly Token[], from: number, of: number): number {
  const sent = (tokens[of] as Token).sent;
  const country = countryEnd(tokens, of + 1, sent);
  const name = tokens[country];
  if (country < 0 || !name?.cap || !name.word || name.sent !== sent) return -1;
  for (let k = from; k < of; k++) {
    const t = tokens[k] as Token;
    if (t.cap ? !t.word || titleHeads.has(t.lower) : t.lower !== 'of' && t.lower !== 'the') return -1;
  }
  return country;
}

/** Ranks of a body's members written in lower case before "member" ("permanent member", "standing member"). */
const MEMBER_RANKS = new Set(['permanent', 'standing', 'alternate']);

/** "at 5 PM Friday": "PM" after a number is a clock time's, not a prime minister's. */
function clockPm(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.lower;
  // "98.5 FM Radio Liberty": after a frequency, "FM" is the band's, no foreign minister.
  return (w === 'pm' || w === 'fm') && /\d$/.test(tokens[k - 1]?.text ?? '');
}

/**
 * "the Amir Sheikh X", "Amir Sheikh Y", "Amir of Kuwait": the Gulf agencies' spelling of "Emir" is a title
 * after "the", before "Sheikh" or before "of"; otherwise "Amir" is a given name ("Amir Peretz").
 */
function amirTitle(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'amir') return false;
  const next = tokens[k + 1]?.lower;
  // "Amir of Qatar Sheikh X": the title of a state (no given name is followed by "of").
  return tokens[k - 1]?.lower === 'the' || SHEIKH_STYLES.has(next ?? '') || next === 'of';
}

/**
 * "Grand Duke X", "the Duke of Kent": a royal dukedom is written with its rank or its territory; a bare "Duke" or
 * "Duchess" before a name is a given name or a nickname ("a concert of music by Duke X" names Duke X).
 */
function bareDukedom(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  return (t.lower === 'duke' || t.lower === 'duchess') && prev?.lower !== 'grand' && next?.lower !== 'of';
}

/**
 * "former US Marine X", "a British Royal Marine": after a country or a nationality (or "Royal") "Marine" is a
 * service member's title; otherwise it is a given name ("Marine Duval").
 */
function marineTitle(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'marine') return false;
  const before = tokens[k - 1];
  if (!before?.cap) return false;
  const w = before.lower;
  return w === 'royal' || demonymCountry.has(w) || countryNames.has(w);
}

/** "New Zealand Prime Minister X", "New York Mayor Y": "New" opens a place's name, it is not a sentence starter. */
function opensPlace(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return (
    tokens[at]?.lower === 'new' && next !== undefined && next.cap && isGazetteerPlace(`new ${next.lower}`)
  );
}

/**
 * "received in Dhahran U.S. National Security Advisor X", "in Jeddah Chinese Foreign Minister Y": after "in", a
 * city (or any one word that is no given name, title word or common word) right before the nationality that opens
 * the title is where the act took place, not part of the title. Returns where the title starts.
 */
export function placeBeforeNationality(tokens: readonly Token[], at: number, end: number): number {
  // "received in the Kremlin Chinese Defense Minister X" (TASS) too.
  const prep = tokens[at - 1]?.lower === 'the' ? tokens[at - 2] : tokens[at - 1];
  const t = tokens[at];
  if (t === undefined) return at;
  // A seat of government is a common word to the lexicon ("kremlin"), and a place "at" as well as "in".
  const seat = institutionCountry.has(t.lower);
  if (prep?.lower !== 'in' && !(seat && prep?.lower === 'at')) return at;
  const next = tokens[at + 1];
  let e = at + 1;
  if (next?.cap && next.word && isGazetteerPlace(`${t.lower} ${next.lower}`)) e = at + 2;
  else if (
    !isGazetteerPlace(t.lower) &&
    !seat &&
    (firstNames.has(t.lower) ||
      titleHeads.has(t.lower) ||
      titleModifiers.has(t.lower) ||
      (tokenFlags(t) & (COMMON_WORD | DEMONYM | COUNTRY)) !== 0)
  )
    return at;
  const nationality = tokens[e];
  return e < end - 2 && nationality !== undefined && (tokenFlags(nationality) & (DEMONYM | COUNTRY)) !== 0
    ? e
    : at;
}

/** "His Highness Sheikh X": "His" opens an honorific pair, it is not a sentence starter. */
function styled(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return next !== undefined && honorificPairs.get((tokens[at] as Token).lower)?.has(next.lower) === true;
}

/** "First Lady Grace Otieno", "First Vice Premier Tao": "First" opens the title, it is not a sentence starter. */
function ordinalTitle(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return (
    tokens[at]?.lower === 'first' &&
    next !== undefined &&
    next.cap &&
    (titleHeads.has(next.lower) || titleModifiers.has(next.lower))
  );
}

const RANK_NUMBERS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** "world number one Ana Ruiz": a player's ranking right before the name is their title (3 words), or 0. */
export function rankingBefore(tokens: readonly Token[], at: number): number {
  const [world, number, rank] = [tokens[at - 3], tokens[at - 2], tokens[at - 1]];
  if (!rank || !RANK_NUMBERS.has(rank.text) || number?.text !== 'number' || world?.lower !== 'world')
    return 0;
  return world.sent === tokens[at]?.sent ? 3 : 0;
}

// "Then-premier X" opens a sentence with the time word capitalised and the title not.
const TIMED_TITLE_RE = /^(?:then|ex|former|Then|Ex|Former)-(\p{L}[\p{L}-]*)$/u;
/** "then-President", "ex-Premier": an office at another time, joined to its time word by a hyphen. */
export function timedTitle(t: Token): boolean {
  const m = t.text.includes('-') ? TIMED_TITLE_RE.exec(t.text) : null;
  return m !== null && titleHeads.has((m[1] as string).toLowerCase());
}

/**
 * "Petroleum and Natural Gas Minister X", "Communications and Informatics Minister Y": capitalised portfolio words and
 * "and" right before a title that starts with a portfolio (no title head, no nationality) are the first half of one
 * portfolio, not a title of their own; so are those before a body's name ending in its head word ("International Ski
 * and Snowboard Federation head X"). The index of the first portfolio word, or `at`.
 */
export function portfolioConjunctStart(tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  if (tokens[at - 1]?.lower !== 'and' || !first || titleHeads.has(first.lower)) return at;
  if (demonymCountry.has(first.lower) || countryNames.has(first.lower)) return at;
  // "International Ski and Snowboard Federation head X": the first half of a body's name, whatever its words.
  let body = false;
  for (let j = at; j < at + 4 && !body; j++) {
    const t = tokens[j];
    if (!t?.cap || t.sent !== first.sent || titleHeads.has(t.lower)) break;
    body = orgHeads.has(t.lower);
  }
  let k = at - 2;
  let limit = at - 4;
  while (k >= limit) {
    const t = tokens[k];
    if (
      !t ||
      !t.cap ||
      !t.word ||
      t.sent !== first.sent ||
      !(departmentWords.has(t.lower) || (body && bodyWord(t)))
    )
      break;
    k--;
    // "Investment, Trade and Industry Minister X": a list of portfolios before the "and".
    const prev = tokens[k - 1];
    if (tokens[k]?.text === ',' && prev?.cap && prev.sent === first.sent && departmentWords.has(prev.lower)) {
      k--;
      limit = k - 2;
    }
  }
  if (k === at - 2) return at;
  // The portfolio opens its run: a capitalised word before it would make it the end of another name or body, and
  // "the Ministry of Energy and …" is a body's (not "in the hands of Asylum and Migration Minister X").
  const before = tokens[k];
  if (
    before &&
    before.sent === first.sent &&
    ((before.cap && before.word) || (before.lower === 'of' && tokens[k - 1]?.cap === true))
  )
    return at;
  return k + 1;
}

/** A word of a body's name ("International", "Ski"): an English word, no title head and no given name. */
function bodyWord(t: Token): boolean {
  return isCommon(t) && !titleHeads.has(t.lower) && !looksLikeFirstName(t);
}

/** A body's unit named before its head's title ("political bureau chief"). */
const UNIT_WORDS = new Set(['bureau', 'wing']);

/** "outgoing Prime Minister X", "the incoming governor Y": a tenure word belongs to the title as "former" does. */
const TENURE = new Set(['outgoing', 'incoming']);

/** Words a verb's bare form follows ("would press"). */
const MODALS = new Set(['would', 'will', 'could', 'should', 'can', 'may', 'might', 'must']);
/** "as will outgoing Vice President X": before these, a modal has its subject after it, the title with it. */
const INVERTING = new Set(['as', 'so', 'nor', 'neither', 'than']);

/** The lower-case title words right before a token ("former", "presidential chief of staff", "first lady"). */
export function titlePrefixStart(tokens: readonly Token[], at: number): number {
  let j = at - 1;
  const sent = tokens[at]?.sent;
  const occupation = occupationBefore(tokens, at) || rankingBefore(tokens, at);
  j -= occupation;
  while (j >= 0) {
    const t = tokens[j] as Token;
    if (t.sent !== sent || (t.cap && !sentenceFormer(t)) || !t.word) break;
    // "he would press U.S. President X": right after a modal, a lower-case word is the verb ("press" is a title's
    // word in "press secretary").
    if (MODALS.has(tokens[j - 1]?.lower ?? '') && !INVERTING.has(tokens[j - 2]?.lower ?? '')) break;
    // "the trade policy of U.S. President X": "of" joins a lower-case title only after its head ("chief of staff X",
    // "head of state Y"); after any other lower-case word it opens what the title is the complement of (a body's name
    // keeps it: "University of Dunmore Principal X", "People's Bank of China Governor Y").
    const ofOwner = t.lower === 'of' ? tokens[j - 1] : undefined;
    if (ofOwner && !ofOwner.cap && !titleHeads.has(ofOwner.lower)) break;
    // "with host Brazilian President X": the event's host, not a word of the title.
    if (t.lower === 'host' && hostNoTitle(tokens, j)) break;
    // "under-20 coach X": a team's age group is a word of the title.
    if (ageGroupEndsAt(tokens, j)) {
      j -= 3;
      continue;
    }
    // "national police chief X", "army chief Y", "Hamas political bureau chief Z": a force's or a unit's word before
    // a title head belongs to the title.
    const force =
      (departmentWords.has(t.lower) || UNIT_WORDS.has(t.lower)) &&
      j + 1 < at &&
      titleHeads.has((tokens[j + 1] as Token).lower);
    // "charge d'affaires X": the title's first word written without its accent (an English word otherwise).
    const charge = t.lower === 'charge' && AFFAIRES.has(tokens[j + 1]?.lower ?? '');
    if (
      !titleModifiers.has(t.lower) &&
      !titleHeads.has(t.lower) &&
      !timedTitle(t) &&
      !force &&
      !charge &&
      !TENURE.has(t.lower)
    )
      break;
    j--;
  }
  // "UN relief chief", "U.N. human rights chief": the field of an international body's office between the body
  // and the title.
  if (j + 1 < at) j = internationalFieldStart(tokens, j, sent);
  // "Chinese Foreign Ministry spokesperson Hou Lan": the body before a lower-case title belongs to it.
  if (j + 1 < at) {
    let k = j;
    while (k >= 0) {
      const t = tokens[k] as Token;
      // "Constitutional Democratic Party of Japan leader": "of" after a body's head is inside its name.
      if (t.lower === 'of' && t.sent === sent && k < j && k > 0) {
        const bodyHead = tokens[k - 1] as Token;
        if (bodyHead.cap && bodyHead.sent === sent && orgHeads.has(bodyHead.lower)) {
          k--;
          continue;
        }
      }
      // "New York Times reporter": "New" opening a place's name is the outlet's, no sentence starter.
      if (t.sent !== sent || !t.cap || !t.word || (isStarter(t) && !opensPlace(tokens, k))) break;
      k--;
    }
    const last = tokens[j];
    if (
      k < j &&
      last &&
      // "Manchester City manager", "Real Madrid midfielder": the body, club or outlet of an occupation.
      (occupation ||
        orgHeads.has(last.lower) ||
        demonymCountry.has(last.lower) ||
        countryNames.has(last.lower) ||
        institutionCountry.has(last.lower) ||
        institutionCountry.has(`${tokens[j - 1]?.lower ?? ''} ${last.lower}`))
    )
      // "International Ski and Snowboard Federation head": with the first half of the body's name.
      j = portfolioConjunctStart(tokens, k + 1) - 1;
    // "former Portuguese prime minister X": a word of time before the nationality belongs to the title too, also
    // when it opens the sentence ("Former Japanese prime minister X") or follows the dateline's dash ("(Xinhua) --
    // Former Argentine president Y").
    while (
      j >= 0 &&
      tokens[j]?.sent === sent &&
      (!tokens[j]?.cap || tokens[j]?.first || tokens[j - 1]?.word === false) &&
      TIMED_BEFORE_NATIONALITY.has(tokens[j]?.lower ?? '')
    )
      j--;
  }
  // "Russia's deputy ambassador Anna …", "North Korea's U.N. Ambassador Pak Song": a country's possessive
  // before the title belongs to it (it says whom the title holder represents).
  const owner = tokens[j];
  if (owner && (owner.text === "'s" || owner.text === '’s') && owner.sent === sent) {
    // The longest country wins: "Papua New Guinea's", "South Sudan's" are not Guinea's or Sudan's.
    let key = '';
    let ownerStart = -1;
    for (let k = j - 1; k >= 0 && k >= j - 4; k--) {
      const t = tokens[k] as Token;
      if (t.sent !== sent || !t.cap || !t.word) break;
      key = key ? `${t.lower} ${key}` : t.lower;
      if (countryNames.get(key)) ownerStart = k;
    }
    if (ownerStart >= 0) j = ownerStart - 1;
  }
  let s = j + 1;
  while (s < at && (tokens[s] as Token).lower === 'of') s++;
  return s;
}

const TIMED_BEFORE_NATIONALITY = new Set([
  'former',
  'late',
  'then',
  'outgoing',
  'acting',
  'interim',
  'incoming',
]);

/**
 * The index before an international body that up to three lower-case field words ending at `j` follow ("UN" of "UN
 * relief") in sentence `sent` (the title's), or `j` when there is none.
 */
function internationalFieldStart(tokens: readonly Token[], j: number, sent: number | undefined): number {
  // "UN relief chief": the field ("relief") already read as the title's.
  const own = tokens[j];
  if (own?.cap && own.sent === sent && internationalBodies.has(own.lower.replace(/\./g, ''))) return j - 1;
  for (let k = j; k >= 0 && k > j - 3; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent || !t.word || t.cap || tokenFlags(t) & FUNCTION_WORD) return j;
    const body = tokens[k - 1];
    if (body?.cap && body.sent === sent && internationalBodies.has(body.lower.replace(/\./g, '')))
      return k - 2;
  }
  return j;
}

/**
 * "kissing forward X", "former women's national team coach X", "defeating ruling coalition candidate X": where
 * titlePrefixStart finds no title, a lower-case occupation or title head right before the name at `at`, with the
 * lower-case nouns and adjectives (and nationalities) that qualify it, as far back as a verb, an article, a
 * preposition, a capitalised word or punctuation. Returns `at` when there is none. Used for roles only: it never
 * makes a person.
 */
const PHRASAL_FORWARD = new Set(
  'put|puts|putting|bring|brings|brought|bringing|come|comes|came|coming|step|stepped|stepping|move|moved|moving|look|looks|looked|looking|carry|carried|push|pushed|send|sent|set|go|goes|went|going|brought'.split(
    '|',
  ),
);
/**
 * Sports, trades and bodies' work named by an "-ing" noun, which qualify a title before a name ("figure skating
 * champion", "mining tycoon", "organising committee president"); not verbs of a clause ("beating", "visiting").
 */
const FIELD_GERUNDS: ReadonlySet<string> = new Set(
  'skating|swimming|boxing|cycling|sailing|wrestling|fencing|rowing|diving|skiing|weightlifting|snowboarding|surfing|bowling|curling|canoeing|bobsleighing|tunnelling|tunneling|engineering|nursing|banking|accounting|marketing|publishing|broadcasting|mining|shipping|farming|manufacturing|sporting|organising|organizing|polling|lobbying|planning|advertising|fundraising|scouting|coaching|refereeing|mountaineering|climbing'.split(
    '|',
  ),
);
const DEPICTS = new Set(['features', 'shows', 'bears', 'portrays', 'pictures', 'honours', 'honors']);
/**
 * Words after which "to" marks an infinitive ("is scheduled to host X", "were to host Y", "was named to head Z"): a
 * title's head right after such a "to" is the verb, not the title of the name after it ("handed the trophy to
 * captain X" keeps it).
 */
const INFINITIVE_BEFORE = new Set(
  'is|are|was|were|be|been|am|has|have|had|scheduled|expected|due|set|ready|going|able|unable|likely|unlikely|about|plans|plan|planned|planning|wants|want|wanted|hopes|hope|hoped|agreed|agrees|elected|chosen|named|picked|tapped|nominated|appointed|invited|asked|decided|promised|offered|tried|trying|seeks|sought|refused|prepared|preparing|eager|keen|proud|pleased|delighted|honoured|honored|happy|continues|continued|began|begins|used|chose|choose|chooses|needs|needed'.split(
    '|',
  ),
);
/** "d'Or", "d’Ivoire", "l'Équipe": a French article elided before a capitalised word, all one token. */
const ELIDED_ARTICLE = /^[dl]['’]\p{Lu}/u;
/** Whether the lower-case word at `k` is a verb's infinitive after "scheduled to", "were to" (INFINITIVE_BEFORE). */
export function infinitiveVerbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return (
    t !== undefined &&
    !t.cap &&
    tokens[k - 1]?.lower === 'to' &&
    INFINITIVE_BEFORE.has(tokens[k - 2]?.lower ?? '') &&
    tokens[k - 2]?.sent === t.sent
  );
}

/** Words for a broadcast before its "host" ("talk show host X", "radio host Y", "TV host Z"). */
const BROADCASTS = new Set(['show', 'radio', 'tv', 'television', 'podcast', 'news', 'programme', 'program']);
/**
 * Whether "host" at `k` is no title of the name after it. A broadcaster's host is one ("talk show host X", "radio
 * host Y", "Fox News host Z": a broadcast's word or an outlet's name before it); any other host is a verb ("Belmora
 * will host X next week") or the host of an event, a relation as "counterpart" is ("summit host X" is still read
 * as before where a comma sets it off); and "with host Brazilian President X", "host President Y": the office or
 * nationality after it is the title.
 */
export function hostNoTitle(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (next !== undefined && next.cap && (tokenFlags(next) & (TITLE_HEAD | DEMONYM | COUNTRY)) !== 0)
    return true;
  const before = tokens[k - 1];
  if (!before?.word || before.sent !== tokens[k]?.sent) return true;
  if (before.cap) return (tokenFlags(before) & (DEMONYM | COUNTRY | FUNCTION_WORD)) !== 0 || before.first;
  return !BROADCASTS.has(before.lower);
}

export function lowerTitleStart(tokens: readonly Token[], at: number): number {
  let head = tokens[at - 1];
  if (!head || head.cap || !head.word || head.sent !== tokens[at]?.sent) return at;
  if (infinitiveVerbAt(tokens, at - 1)) return at;
  if (head.lower === 'host' && hostNoTitle(tokens, at - 1)) return at;
  const speaker = speakerForBodyStart(tokens, at);
  if (speaker < at) return speaker;
  let headAt = at - 1;
  // "the federation's former head of marketing X": a title head with a lower-case field after "of".
  if (!isOccupation(head.lower) && !titleHeads.has(head.lower)) {
    const owner = tokens[at - 3];
    const ofBody = headOfPossessedBody(tokens, at);
    if (ofBody >= 0) {
      head = tokens[ofBody] as Token;
      headAt = ofBody;
    } else if (
      tokens[at - 2]?.lower !== 'of' ||
      !owner?.word ||
      owner.sent !== head.sent ||
      owner.cap ||
      !titleHeads.has(owner.lower) ||
      (tokenFlags(head) & FUNCTION_WORD) !== 0
    )
      return at;
    else {
      head = owner;
      headAt = at - 3;
    }
  }
  // "put forward X's plan": an adverb after a phrasal verb, not a player's position.
  if (head.lower === 'forward' && PHRASAL_FORWARD.has(tokens[headAt - 1]?.lower ?? '')) return at;
  let j = headAt - 1;
  for (; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.sent !== head.sent) break;
    // "women's national team coach": a lower-case possessive inside the title.
    if ((t.text === "'s" || t.text === '’s') && tokens[j - 1]?.word && !tokens[j - 1]?.cap) continue;
    if (!t.word) break;
    if (t.cap) {
      if ((tokenFlags(t) & DEMONYM) !== 0) continue;
      // "North Korean leader X", "South Sudanese president Y": a compass word before a demonym is part of it.
      if (
        COMPASS_WORDS.has(t.lower) &&
        j + 1 < headAt &&
        (tokenFlags(tokens[j + 1] as Token) & DEMONYM) !== 0
      )
        continue;
      // "Brazil striker X", "defeating INDIA bloc candidate Y": a country's name (or a bloc's, written as one) too;
      // "UN weapons inspector Z": an international body's.
      if (
        !t.first &&
        (((tokenFlags(t) & COUNTRY) !== 0 && (tokenFlags(t) & FUNCTION_WORD) === 0) ||
          internationalBodies.has(t.lower.replace(/\./g, '')))
      )
        continue;
      // "Ruling party candidate X": a sentence's first word (or the first after a dash), capitalised only there,
      // opens the title.
      if ((t.first || afterDash(tokens, j)) && j < headAt - 1 && sentenceQualifier(t)) j--;
      break;
    }
    // "Palme d'Or winner X", "Côte d'Ivoire striker Y": an elided French article joins the capitalised words before it
    // into one name, the prize's or the country's.
    if (ELIDED_ARTICLE.test(t.text)) {
      while (j > headAt - 6 && tokens[j - 1]?.cap && tokens[j - 1]?.word && tokens[j - 1]?.sent === head.sent)
        j--;
      j--;
      break;
    }
    if (titleModifiers.has(t.lower) && t.lower !== 'of') continue;
    // "figure skating legend X", "tunnelling expert Y", "organising committee president Z": a sport's or a trade's
    // name in "-ing" is a noun of the title, not a verb's participle.
    if (FIELD_GERUNDS.has(t.lower)) continue;
    // "the rights activist X", "ruling party candidate Y": a word the verb list holds, as a noun of the title.
    if (
      verbWords.has(t.lower) &&
      (tokenFlags(t) & FUNCTION_WORD) === 0 &&
      nounOpenerAt(tokens, j - 1, head.sent)
    )
      continue;
    // "(two-time) defending champion X": a participle that qualifies the title opens it ("will face defending
    // champion Y": a verb the lists lack may come before it), though the verb list holds it ("ruling").
    if (QUALIFYING_PARTICIPLES.has(t.lower)) {
      if (TIMES_COUNT.test(tokens[j - 1]?.lower ?? '') && tokens[j - 1]?.sent === head.sent) j--;
      j--;
      break;
    }
    if ((tokenFlags(t) & FUNCTION_WORD) !== 0 || verbWords.has(t.lower)) break;
    // "won by a wide margin over leftist candidate X": a preposition the function words lack ends the title too.
    if (QUALIFIER_STOPS.has(t.lower)) break;
    if (ING_ED_ENDING.test(t.lower)) break;
    // "under-20 coach X", "U-21 captain Y": a team's age group belongs to the title.
    if (ageGroupEndsAt(tokens, j)) {
      j -= 2;
      continue;
    }
    if (STARTS_WITH_DIGIT.test(t.lower) && !NUMBER_COMPOUND.test(t.lower)) break;
    // "the note features educator X": after a noun, a verb of showing the word lists lack ("the features editor").
    const prev = tokens[j - 1];
    if (DEPICTS.has(t.lower) && prev?.word && !prev.cap && (tokenFlags(prev) & FUNCTION_WORD) === 0) break;
  }
  return j + 1;
}

/**
 * Words that end a title's lower-case qualifiers though no word list marks them: prepositions and adverbs missing from
 * the function words ("chip over goalkeeper X", "brought together intelligence chief Y"), a contest's verb ("beat
 * farm minister Z") and spans of time ("in stoppage time goalkeeper W").
 */
const QUALIFIER_STOPS = new Set([
  'over',
  'under',
  'beside',
  'together',
  'about',
  'against',
  'versus',
  'time',
  'year',
  'years',
]);
/** "under-20", "U-23": a team's age group, written before its coach's or its players' title. */
const AGE_GROUP = new Set(['under', 'u']);
const AGE_GROUP_AGE = /^(?:1[5-9]|2[0-3])$/;
/** Whether "under-20" ("U-21") ends at `k`, its age. */
function ageGroupEndsAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return (
    t !== undefined &&
    AGE_GROUP_AGE.test(t.lower) &&
    tokens[k - 1]?.text === '-' &&
    AGE_GROUP.has(tokens[k - 2]?.lower ?? '') &&
    tokens[k - 2]?.sent === t.sent
  );
}
/** "two-time", "three-time": how often a title was won or held. */
const TIMES_COUNT = /^[a-z]+-time$/;
/** Prepositions before a place: "in Oslo police chief X" is no title of Oslo's. */
const PLACE_BEFORE = new Set(['in', 'at', 'from', 'to', 'near']);

/** A sentence's first word that would be a lower-case qualifier of a title mid-sentence ("National", "Ad", "Ruling"). */
function sentenceQualifier(t: Token): boolean {
  const lower = t.lower;
  // "Former economic security minister X": a word of time opens the title, though it is no name's start ("Then"
  // opening a sentence is the adverb as often).
  if (TIMED_BEFORE_NATIONALITY.has(lower) && lower !== 'then') return true;
  if (firstNames.has(lower) || STARTERS.has(lower) || QUALIFIER_STOPS.has(lower)) return false;
  if (titleModifiers.has(lower) || QUALIFYING_PARTICIPLES.has(lower)) return true;
  const flags = tokenFlags(t);
  if ((flags & FUNCTION_WORD) !== 0 || (flags & COMMON_WORD) === 0) return false;
  return (
    !verbWords.has(lower) && !ING_ED_ENDING.test(lower) && !/ly$/.test(lower) && !ADVERBS_OF_PLACE.has(lower)
  );
}
const ADVERBS_OF_PLACE = new Set(['here', 'there', 'tonight', 'elsewhere', 'overseas', 'abroad']);

/** Participles that qualify a title rather than act: "defending champion X", "ruling coalition candidate Y". */
const QUALIFYING_PARTICIPLES = new Set([
  'defending',
  'reigning',
  'ruling',
  'governing',
  'outgoing',
  'incoming',
]);

/**
 * "central bank chief X", "parliament speaker Y", "Russian opposition politician Z": up to three words that qualify
 * the lower-case title starting at `from` right before the name at `at` (lower-case nouns and adjectives, a title's
 * own modifiers, a nationality or a place's name). Kept only when a clear edge opens them — a
 * sentence's start, punctuation, a function word, a verb or a sentence's first word — so that a word the lists miss
 * ("the 1,000 yen note bacteriologist", "Sunday features Dutch star") stays out. Returns the new start, or `from`.
 */
export function titleQualifierStart(tokens: readonly Token[], from: number, at: number): number {
  const sent = tokens[at]?.sent;
  let j = from - 1;
  let words = 0;
  /** Where a nationality opening the title stands ("British pop singer"), if one does. */
  let demonymAt = tokens[from]?.cap && (tokenFlags(tokens[from] as Token) & DEMONYM) !== 0 ? from : -1;
  /** The first word of the title's field in "-ing", which a word list could not say was no verb ("organising"). */
  let fieldAt = -1;
  for (; j >= 0 && words < 3; j--) {
    const t = tokens[j] as Token;
    if (t.sent !== sent) break;
    if (!t.word) break;
    if (t.cap) {
      const flags = tokenFlags(t);
      // "Taiwan regional leader X", "Delhi police chief Y": a nationality or a place's name qualifies the title too.
      if ((flags & (DEMONYM | COUNTRY | CITY | REGION)) !== 0 && (flags & FUNCTION_WORD) === 0 && !t.first) {
        words++;
        if ((flags & DEMONYM) !== 0) demonymAt = j;
        continue;
      }
      // "National police chief X", "Ad hoc prosecutor Y": a sentence's first word, capitalised only there, opens it;
      // so does the first after the dateline's dash ("TOKYO (Kyodo) -- Former economic security minister Z").
      if ((t.first || afterDash(tokens, j)) && sentenceQualifier(t)) j--;
      break;
    }
    // "former regional leader X": a title's own modifiers before its qualifiers.
    if (titleModifiers.has(t.lower) && t.lower !== 'of') {
      words++;
      continue;
    }
    // "the rights activist X", "senior party leader Y", "Polish party chief Z": a word the verb list holds is a noun
    // of the title after an article, a title's modifier or a nationality (no verb follows those). "defeating ruling
    // coalition candidate X": a participle that qualifies a title is no verb there.
    if (
      (verbWords.has(t.lower) &&
        (tokenFlags(t) & FUNCTION_WORD) === 0 &&
        nounOpenerAt(tokens, j - 1, sent)) ||
      QUALIFYING_PARTICIPLES.has(t.lower)
    ) {
      words++;
      continue;
    }
    // "figure skating champion X", "team sporting director Y": a sport's or a trade's "-ing" noun.
    if (FIELD_GERUNDS.has(t.lower)) {
      fieldAt = j;
      words++;
      continue;
    }
    if ((tokenFlags(t) & FUNCTION_WORD) !== 0 || STARTERS.has(t.lower) || verbWords.has(t.lower)) break;
    if (QUALIFIER_STOPS.has(t.lower) || CONTEST_VERBS.has(t.lower) || STARTS_WITH_DIGIT.test(t.lower)) break;
    if (ING_ED_ENDING.test(t.lower) && !QUALIFYING_PARTICIPLES.has(t.lower)) break;
    // "Before kick-off British pop singer X": a nationality opens the title; a lower-case word before it, other than
    // the title's own modifiers ("former", taken above), belongs to the sentence.
    if (demonymAt >= 0) return demonymAt;
    words++;
  }
  if (j === from - 1) return from;
  const edge = tokens[j];
  // "beat farm minister X", "ousted veteran president Y": a contest's verb or a participle the verb list lacks opens
  // the qualifiers as a listed verb does.
  if (
    edge &&
    edge.sent === sent &&
    !edge.cap &&
    (CONTEST_VERBS.has(edge.lower) || PARTICIPLE_EDGE.test(edge.lower))
  )
    return j + 1;
  // "met in Oslo police chief X": a place after "in" is where, not whose.
  const opener = tokens[j + 1] as Token;
  if (opener.cap && !opener.first && PLACE_BEFORE.has(edge?.lower ?? '') && !(tokenFlags(opener) & DEMONYM))
    return from;
  // A capital edge only as a sentence's first word ("In", "The"): mid-sentence "Sunday" is a function word too.
  const clean =
    edge === undefined ||
    edge.sent !== sent ||
    !edge.word ||
    ((!edge.cap || edge.first) &&
      ((tokenFlags(edge) & FUNCTION_WORD) !== 0 || STARTERS.has(edge.lower) || verbWords.has(edge.lower)));
  // "Tokyo 2020 organising committee president X": the field's own words at least, where the edge before them is unclear.
  return clean ? j + 1 : fieldAt >= 0 ? fieldAt : from;
}

/** Whether the token before `k`, in its sentence, is a dash (one that opens a story after its dateline, "(Kyodo) --",
 * "(AFP) –", or sets off a clause): the word at `k` is capitalised as a sentence's first. */
function afterDash(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return prev !== undefined && !prev.word && DASHES.has(prev.text) && prev.sent === tokens[k]?.sent;
}

/** A past participle or a gerund with three letters or more before its ending ("ousted"): a verb the lists lack. */
const PARTICIPLE_EDGE = /^[a-z]{3,}(?:ing|ed)$/;
/** Words after which a word the verb list holds is a noun: "the rights activist", "his party leader". */
const NOUN_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);

/**
 * Whether the token at `k` (in sentence `sent`) makes the word after it a noun of a title: an article or a possessive
 * pronoun, a title's modifier ("senior", "former"), a qualifying participle ("ruling"), a nationality or a country
 * mid-sentence ("Polish party chief"), or a sentence's first word that would be one of those.
 */
function nounOpenerAt(tokens: readonly Token[], k: number, sent: number | undefined): boolean {
  const t = tokens[k];
  if (!t || t.sent !== sent || !t.word) return false;
  // "The rights activist X", "Ruling party candidate Y": a sentence's first word, capitalised only there.
  if (t.cap && t.first) return NOUN_OPENERS.has(t.lower) || sentenceQualifier(t);
  if (t.cap) return (tokenFlags(t) & (DEMONYM | COUNTRY)) !== 0 && (tokenFlags(t) & FUNCTION_WORD) === 0;
  return (
    NOUN_OPENERS.has(t.lower) ||
    (titleModifiers.has(t.lower) && t.lower !== 'of') ||
    QUALIFYING_PARTICIPLES.has(t.lower)
  );
}

/** The possessive's own token, "'s" (both quote forms), without the bare apostrophe of "Hamas'". */
export const POSSESSIVE_S: ReadonlySet<string> = new Set(["'s", '’s']);
/** The possessive's marks as tokens: "'s", and the bare apostrophe of "Hamas'" (both quote forms). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set([...POSSESSIVE_S, "'", '’']);
/** A word that ends in one of those marks, written glued to it as a role's words are ("Hamas'", "Kremlin's"). */
export const ENDS_IN_POSSESSIVE = new RegExp(`(?:${[...POSSESSIVE_MARKS].join('|')})$`);

/** Plural possessors that open a name rather than own what follows: "People's Republic of China", "Women's League". */
const NAME_POSSESSORS = new Set(['people', 'women', 'children']);

/**
 * The "'s" at `at` is inside a state's or a body's name ("People's Republic of China", "People's Bank of China"):
 * a capital run stops at it, but a title that follows the name starts before its possessor.
 */
export function namePossessive(tokens: readonly Token[], at: number): boolean {
  const mark = tokens[at]?.text;
  const owner = tokens[at - 1];
  const next = tokens[at + 1];
  return (
    (mark === "'s" || mark === '’s') &&
    owner !== undefined &&
    owner.cap &&
    NAME_POSSESSORS.has(owner.lower) &&
    next !== undefined &&
    next.cap &&
    next.word &&
    next.sent === owner.sent
  );
}

/**
 * "the head of Hamas' political bureau X", "deputy chief of the Party's international department Y": a lower-case
 * title head, "of", a named body's possessive and up to three lower-case words of its unit right before the name at
 * `at`. The index of the head, or -1.
 */
function headOfPossessedBody(tokens: readonly Token[], at: number): number {
  const sent = tokens[at]?.sent;
  let j = at - 1;
  while (j >= at - 3) {
    const t = tokens[j];
    if (!t || t.sent !== sent || !t.word || t.cap) break;
    if ((tokenFlags(t) & FUNCTION_WORD) !== 0 || verbWords.has(t.lower)) return -1;
    j--;
  }
  if (j === at - 1 || !POSSESSIVE_MARKS.has(tokens[j]?.text ?? '')) return -1;
  let k = j - 1;
  while (k >= j - 4) {
    const t = tokens[k];
    if (!t || t.sent !== sent || !t.word || !t.cap) break;
    k--;
  }
  if (k === j - 1) return -1;
  if (tokens[k]?.lower === 'the') k--;
  const head = tokens[k - 1];
  if (tokens[k]?.lower !== 'of' || !head || head.sent !== sent || head.cap || !head.word) return -1;
  return titleHeads.has(head.lower) || isOccupation(head.lower) ? k - 1 : -1;
}

/** The lower-case bodies a spokesperson speaks for ("Spokesperson for the Armenian foreign ministry X"). */
const SPOKEN_FOR_BODIES = new Set(['ministry', 'department', 'office', 'presidency', 'government']);

/**
 * "Spokesperson for the Armenian foreign ministry X": a spokesperson's title whose body is written in lower case
 * (with a nationality) right before the name at `at`. The index of the title's head, or `at`.
 */
function speakerForBodyStart(tokens: readonly Token[], at: number): number {
  if (!SPOKEN_FOR_BODIES.has(tokens[at - 1]?.lower ?? '')) return at;
  const sent = tokens[at]?.sent;
  for (let j = at - 2; j >= 0 && j >= at - 6; j--) {
    const t = tokens[j] as Token;
    if (t.sent !== sent || !t.word) return at;
    if (t.lower === 'the') {
      const head = tokens[j - 2];
      return tokens[j - 1]?.lower === 'for' && head?.sent === sent && spokesWords.has(head.lower)
        ? j - 2
        : at;
    }
    // Only a nationality may be capitalised inside the body ("Armenian foreign ministry").
    if (t.cap && (tokenFlags(t) & DEMONYM) === 0) return at;
    if ((tokenFlags(t) & FUNCTION_WORD) !== 0) return at;
  }
  return at;
}

/**
 * "Norwegian striker Lars Bakke", "Xinhua reporter Chen Lu", "presidential aide Igor Fomin": an
 * occupation right before the name at `at`, after a nationality, a body, a title word or a possessive; or after a
 * nationality and up to two words of its trade ("South Korean cryptocurrency entrepreneur"). The number of
 * lower-case words the occupation spans, or 0.
 */
const OCCUPATION_ONLY = /^[a-z]{4,}(?:ist|ologist|ician)$/;
/** "-ist" words that describe a party or a movement before its name ("the leftist Broad Front"). */
const IDEOLOGY_ADJECTIVES = new Set(
  'leftist rightist centrist socialist communist nationalist populist separatist extremist islamist marxist maoist zionist unionist loyalist royalist federalist secularist reformist revisionist imperialist colonialist capitalist fascist'.split(
    ' ',
  ),
);
function occupationBefore(tokens: readonly Token[], at: number): number {
  const t = tokens[at - 1];
  const before = tokens[at - 2];
  if (!t || !before || t.cap || !t.word || !isOccupation(t.lower)) return 0;
  // In the name's sentence: a paragraph that ends in "photographer" gives no title to the next one's first name.
  if (before.sent !== t.sent || t.sent !== tokens[at]?.sent) return 0;
  if (titleModifiers.has(before.lower)) return 1;
  // "under-20 coach X": a team's age group before its coach or its player.
  if (ageGroupEndsAt(tokens, at - 2)) return 1;
  // "features chemist Kenta Oshiro", "the note bacteriologist X": a word that can only name a trade ("-ist",
  // "-ologist", "-ician") before a name of two words, whatever precedes it.
  const first = tokens[at];
  const second = tokens[at + 1];
  if (
    OCCUPATION_ONLY.test(t.lower) &&
    !IDEOLOGY_ADJECTIVES.has(t.lower) &&
    first !== undefined &&
    second !== undefined &&
    second.sent === t.sent &&
    nameLike(first, 0, second) &&
    nameLike(second, 1, tokens[at + 2], first)
  )
    return 1;
  if (before.text === "'s" || before.text === '’s') return tokens[at - 3]?.cap === true ? 1 : 0;
  if (before.cap) return before.word && !isStarter(before) ? 1 : 0;
  // "Brazilian singer and writer X": the second of two occupations joined by "and" (the first is a role of its own).
  if (before.lower === 'and') return occupationBefore(tokens, at - 2) > 0 ? 1 : 0;
  for (let m = at - 2; m >= at - 3; m--) {
    const w = tokens[m];
    // None: the story opens with the occupation's word before ("longtime goalkeeper X …").
    if (
      !w ||
      w.cap ||
      !w.word ||
      w.sent !== t.sent ||
      tokenFlags(w) & FUNCTION_WORD ||
      verbWords.has(w.lower)
    )
      return 0;
    const b = tokens[m - 1];
    if (b?.cap && b.sent === t.sent && demonymCountry.has(b.lower)) return at - m;
  }
  return 0;
}

/**
 * "Vice Premier He Wenjun", "national security advisor Le Duc Chinh", "talks with To Van Hai": right after a title or
 * a lower-case word, a capitalised word that is also a function word ("He", "Le", "To") starts a name when a name
 * word follows it.
 */
function surnameAfterTitle(tokens: readonly Token[], at: number, titleEndsBefore: boolean): boolean {
  const t = tokens[at];
  const prev = tokens[at - 1];
  const next = tokens[at + 1];
  return (
    !!t &&
    !!prev &&
    !!next &&
    t.cap &&
    t.word &&
    prev.sent === t.sent &&
    next.sent === t.sent &&
    // Asked of the first word of every run: the function-word test rules out most of them at once.
    (tokenFlags(t) & FUNCTION_WORD) !== 0 &&
    (titleEndsBefore ||
      // "talks with To Van Hai": mid-sentence, after a lower-case word, English never capitalises "To" or "He".
      (prev.word && !prev.cap && !t.first) ||
      (titleHeads.has(prev.lower) && !honorifics.has(prev.lower))) &&
    nameLike(next, 1, tokens[at + 2])
  );
}

/** "JT" of "Vice President JT Harlan": two capitals that name no country or body, before a name word. */
function initialsBeforeName(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at] as Token;
  const next = tokens[at + 1];
  return (
    TWO_CAPITALS.test(t.text) &&
    !countryNames.has(t.lower) &&
    !internationalBodies.has(t.lower) &&
    !knownOrganizations.has(t.lower) &&
    next !== undefined &&
    next.sent === t.sent &&
    nameLike(next, 1, tokens[at + 2], t)
  );
}

/**
 * "R.T. Carden was granted parole": dotted initials (no country's or body's, which nameLike refuses) before one
 * capitalised word that is no common word, place, body or title name a person, as a given name does.
 */
export function initialledSurname(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at] as Token;
  const next = tokens[at + 1];
  return (
    DOTTED_INITIALS.test(t.text) &&
    next !== undefined &&
    next.cap &&
    next.word &&
    (tokenFlags(next) &
      (COMMON_WORD |
        COUNTRY |
        CITY |
        REGION |
        DEMONYM |
        ORG_HEAD |
        PLACE_HEAD |
        TITLE_HEAD |
        MONTH |
        WEEKDAY)) ===
      0
  );
}

/** Bare name (no title): every token name-like. */
export function bareName(tokens: readonly Token[], run: Run): Run | null {
  let a = run.start;
  const surnameFirst = surnameAfterTitle(tokens, a, false);
  if (!surnameFirst) while (a < run.end && isStarter(tokens[a] as Token) && !wordInitial(tokens, a)) a++;
  if (a >= run.end) return null;
  // "congratulating JT Harlan on …": two capitals before a name word are initials here too.
  const initials = !surnameFirst && a + 1 < run.end && initialsBeforeName(tokens, a);
  for (let k = surnameFirst || initials ? a + 1 : a; k < run.end; k++)
    if (!nameLike(tokens[k] as Token, k - a, tokens[k + 1], tokens[k - 1])) return null;
  if (nameWords(tokens, a, run.end) > 5) return null;
  // "Jordan's Islamic Action Front said": a group's or a document's head word closes no one's name.
  if (run.end - a > 1 && BODY_OR_TEXT_HEADS.has((tokens[run.end - 1] as Token).lower)) return null;
  return { start: a, end: run.end };
}

const NON_ASCII = /[^\u0020-\u007e]/;
const MARKS = /[\u0300-\u036f]/g;
export function looksLikeFirstName(t: Token): boolean {
  if (tokenLists(t) & FIRST_NAME) return true;
  // "Mélanie", "François-Philippe", "Jean-Pierre": the lexicon's names are written without accents, and a
  // hyphenated given name starts with one.
  const folded = NON_ASCII.test(t.lower) ? t.lower.normalize('NFD').replace(MARKS, '') : t.lower;
  const hyphen = folded.indexOf('-');
  return (
    (folded !== t.lower && firstNames.has(folded)) || (hyphen > 1 && firstNames.has(folded.slice(0, hyphen)))
  );
}

const NOT_REGNAL_NAME =
  COUNTRY | CITY | REGION | DEMONYM | ORG_HEAD | PLACE_HEAD | TITLE_HEAD | MONTH | WEEKDAY;

/** Words numbered in Roman numerals that are no names ("World War II", "Phase III", "Title IX", "Apollo XI"). */
const NUMBERED_NOUNS = new Set(
  'war|world|phase|title|stage|type|class|chapter|article|part|book|volume|level|grade|schedule|mark|model|series|episode|act|section|annex|category|division|league|round|game|bowl|super|cup|generation|gen|pillar|tier|block|unit|reactor|star|council|operation|exercise|plan|program|programme|project|version|edition|era|apollo|gemini|soyuz|vostok|luna|vatican|rocky'.split(
    '|',
  ),
);

/**
 * "Gregory XVII", "John Paul III": names before a regnal number are a monarch's or a pope's, even when no
 * first-name list knows them (popes' names are often dictionary words: "Benedict", "Leo", "Innocent").
 */
export function regnalName(tokens: readonly Token[], run: Run): boolean {
  const n = run.end - run.start;
  const last = tokens[run.end - 1] as Token;
  // A regnal number of two letters or more ("II", "XVI", "XXIII"): "I", "V" and "X" alone may be a pronoun or an initial.
  if (n < 2 || n > 3 || last.text.length < 2 || !ROMAN.test(last.text)) return false;
  for (let k = run.start; k < run.end - 1; k++) {
    const t = tokens[k] as Token;
    if (!t.cap || !t.word || NUMBERED_NOUNS.has(t.lower) || tokenFlags(t) & NOT_REGNAL_NAME) return false;
  }
  return true;
}

export function isCommon(t: Token): boolean {
  return (tokenFlags(t) & COMMON_WORD) !== 0;
}

/** Titles that are also common given names in the Gulf and South Asia ("Sultan", "Amir", "Malik"). */
const GIVEN_NAME_TITLES = new Set(['sultan', 'amir', 'malik']);
/** Heads of an office held by appointment or election, never a ruler's ("President", "Minister", "Chairman"). */
const OFFICE_HEADS_BEFORE_GIVEN = new Set([
  'president',
  'minister',
  'secretary',
  'chairman',
  'chairperson',
  'director',
  'ambassador',
  'governor',
  'envoy',
  'adviser',
  'advisor',
]);
/** Lower-case nouns of a ruler, after which such a word is the ruler's title ("Johor ruler Sultan Hamzah"). */
const RULER_NOUNS = new Set(['ruler', 'monarch', 'king', 'leader', 'emir', 'head']);

/**
 * "Emirati astronaut Sultan Rashidi": right after an occupation written in lower case, a title word that is also a
 * given name opens the name — the person already has their role.
 */
function givenNameAfterOccupation(tokens: readonly Token[], k: number): boolean {
  return givenNameTitleAfter(tokens[k] as Token, tokens[k - 1]);
}

/** The Arabic article opening a family name: "Al" ("Al Jaber"), or glued to it ("Al-Jaber", "al-Jaber"). */
const ARABIC_ARTICLE_NAME = /^(?:Al|al|El|el)-\p{Lu}/u;

/**
 * "The COP28 president, Sultan Al Jaber": before the Arabic article of a family name, a title word that is also a
 * given name is the given name (a ruler's title is followed by his given name: "Sultan Haitham bin Tarik").
 */
function givenNameBeforeArticle(t: Token, next: Token | undefined): boolean {
  return (
    GIVEN_NAME_TITLES.has(t.lower) &&
    next !== undefined &&
    next.sent === t.sent &&
    (next.text === 'Al' || ARABIC_ARTICLE_NAME.test(next.text))
  );
}

function givenNameTitleAfter(t: Token, prev: Token | undefined): boolean {
  if (!GIVEN_NAME_TITLES.has(t.lower) || prev === undefined || prev.sent !== t.sent) return false;
  // "Dr. Sultan Ahmed X", "Dr Amir Y": after a style's abbreviation, the word is a given name, not an office.
  if (prev.text === '.' || prev.lower === 'dr') return true;
  // "COP28 President Sultan X": after an office's capitalised head that is no ruler's, the word is a given name.
  if (prev.cap && OFFICE_HEADS_BEFORE_GIVEN.has(prev.lower)) return true;
  return prev.word && !prev.cap && isOccupation(prev.lower) && !RULER_NOUNS.has(prev.lower);
}
