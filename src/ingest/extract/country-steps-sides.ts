// The sides of a country's own conflict: a movement or armed group the story introduces as one country's ("the
// Colombian guerrilla National Liberation Army (ELN)", "The Ethiopian government and the Tigray People's Liberation
// Front (TPLF)") and the delegations that speak for a side; see decide-countries.ts for the order.
import { LED_HEADED, LEAD_VERBS, ARTICLE_WORDS } from './lexicon.ts';
import { findCountries } from './countries.ts';
import type { CountryStory } from './country-story.ts';
import type { Mention, PersonRecord } from './person-record.ts';
import { delegationListNoun } from './person-cues.ts';
import { institutionCountry } from './roles.ts';
import type { Token, TokenizedText } from './tokenize.ts';

const ACRONYM = /^[A-Z]{2,6}$/;
/** The words a side's team goes by ("the Hamas delegation was headed by X"). */
const SIDE_TEAMS = new Set(['delegation', 'team', 'negotiators']);

/**
 * The bodies the story ties to a country, by the lower-cased word a role names them with: an acronym defined right
 * after a nationality ("the Colombian guerrilla National Liberation Army (ELN)": "eln" → Colombia), a body
 * coordinated with a government in a story whose headline names that government's country ("The Ethiopian government
 * and the Tigray People's Liberation Front (TPLF)": "tplf" → Ethiopia, and "government" → Ethiopia).
 */
function storySideBodies(doc: TokenizedText, titleDoc: TokenizedText | null): Map<string, string> {
  const sides = new Map<string, string>();
  const { tokens } = doc;
  const inHeadline = titleDoc
    ? new Set(findCountries(titleDoc.tokens, 0, titleDoc.tokens.length).map((h) => h.country))
    : new Set<string>();
  for (let i = 2; i < tokens.length; i++) {
    if ((tokens[i] as Token).text !== '(' || tokens[i + 2]?.text !== ')') continue;
    const acronym = tokens[i + 1] as Token;
    if (!ACRONYM.test(acronym.text) || institutionCountry.has(acronym.lower)) continue;
    // Back over the body's name (capitalised words and their "of", "'s") and up to two lower-case words
    // ("guerrilla", "armed group") to a nationality, or to "the X government and the".
    let k = i - 1;
    while (k > 0 && k > i - 10 && ((tokens[k] as Token).cap || NAME_JOINERS.has((tokens[k] as Token).lower)))
      k--;
    for (let lower = 0; lower < 2 && tokens[k] && !(tokens[k] as Token).cap && tokens[k]?.word; lower++) {
      if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'and') break;
      k--;
    }
    const nationality = findCountries(tokens, k, k + 1)[0];
    if (nationality?.adjectival) {
      sides.set(acronym.lower, nationality.country);
      k--;
    } else {
      // "A China Coast Guard (CCG) vessel", "the Kenya Defence Forces (KDF)": a body whose name opens with its
      // country's name (not a sea's, "Oman Sea …"; nor a nationality, "Swedish People's Party (SPP)" of Finland).
      let first = k + 1;
      while (first < i && ARTICLE_WORDS.has((tokens[first] as Token).lower)) first++;
      const own = first < i - 1 ? findCountries(tokens, first, first + 1)[0] : undefined;
      if (own && !own.adjectival && !WATERS.has((tokens[first + 1] as Token).lower))
        sides.set(acronym.lower, own.country);
    }
    // "The Colombian government and the …": the other side of that government's own conflict.
    if (tokens[k]?.lower !== 'the' || tokens[k - 1]?.lower !== 'and') continue;
    if (tokens[k - 2]?.lower !== 'government') continue;
    const government = findCountries(tokens, k - 3, k - 2)[0];
    if (!government?.adjectival || !inHeadline.has(government.country)) continue;
    if (!nationality?.adjectival) sides.set(acronym.lower, government.country);
    sides.set('government', government.country);
  }
  return sides;
}

/** Waters named after a country ("Oman Sea", "Korea Strait"), whose bodies are no country's. */
const WATERS = new Set(['ocean', 'sea', 'gulf', 'bay', 'strait']);

/** Words inside a body's capitalised name that are not capitalised themselves. */
const NAME_JOINERS = new Set(['of', "'s", '’s', 'for', 'and']);

/**
 * "TPLF spokesman X", "head of the ELN delegation, Y", "a member of the government delegation": a role naming a body
 * the story ties to a country, and no country of its own, is that country's; so is "the Hamas delegation was headed
 * by Z" for one introduced with no role. Settled before the sentence rules, which would give them the country of
 * the talks' host ("the support of Cuba as guarantor and host").
 */
export function settleBySideBodies(story: CountryStory): void {
  const { tokens, people } = story;
  sidesStory = story;
  sides = undefined;
  for (const p of people) {
    if (p.countrySettled || p.international) continue;
    let found: string | null = null;
    for (const r of p.roleSpans) {
      for (let k = r.start; k < r.end && found === null; k++) {
        const t = tokens[k] as Token;
        if (t.lower !== 'government' && !ACRONYM.test(t.text)) continue;
        found = storySides().get(t.lower) ?? null;
      }
      if (found !== null) break;
    }
    found ??= delegationHeadCountry(story, p);
    if (found === null) continue;
    p.country = found;
    p.countrySettled = true;
  }
  // Let the story go: the module state would otherwise hold it until the next call.
  sidesStory = null;
  sides = undefined;
}

// The story settleBySideBodies reads and its sides' bodies, found when first asked: module state rather than a
// closure made for every story (under tsx each closure made also costs a `__name` call).
let sidesStory: CountryStory | null = null;
let sides: Map<string, string> | undefined;
function storySides(): Map<string, string> {
  const { doc, titleDoc } = sidesStory as CountryStory;
  // Most stories define no acronym: their bodies are never looked for.
  return (sides ??= doc.text.includes('(') ? storySideBodies(doc, titleDoc) : new Map<string, string>());
}

/** Words that open a short complement of a team's noun: "the U.S. delegation to the coronation". */
const TEAM_COMPLEMENT = new Set(['to', 'at', 'for', 'in']);
/**
 * "The U.S. delegation to the coronation was led by X", "the French team at the talks, led by Y": the team's noun
 * before a complement of at most four words that ends at token `k`, else `k`.
 */
function teamBeforeComplement(tokens: readonly Token[], k: number): number {
  for (let j = k; j >= k - 3 && j > 0; j--)
    if (TEAM_COMPLEMENT.has(tokens[j]?.lower ?? '') && SIDE_TEAMS.has(tokens[j - 1]?.lower ?? ''))
      return j - 1;
  return k;
}

/**
 * "the Hamas delegation was headed by X", "the ELN delegation, led by Y": the side whose team the person heads; "the
 * Hamas delegation … included X and Y": the side whose team they are in. A role that names a country of its own
 * ("Palestinian minister of civil affairs") is left to the role rules; one that names none ("member of the
 * movement's Central Committee") is not.
 */
function delegationHeadCountry(story: CountryStory, p: PersonRecord): string | null {
  const { tokens } = story;
  if (
    p.roles.length > 0 &&
    (p.roleSpans.length === 0 || p.roleSpans.some((r) => findCountries(tokens, r.start, r.end).length > 0))
  )
    return null;
  let first: Mention | undefined;
  for (const m of p.mentions)
    if (m.kind !== 'pronoun') {
      first = m;
      break;
    }
  if (!first) return null;
  let k = first.start - 1;
  // "The U.S. delegation was led by first lady X": past the title written before the name.
  for (const r of p.roleSpans)
    if (r.end === first.start && tokens[r.start - 1]?.lower === 'by') k = r.start - 1;
  if (tokens[k]?.lower === 'by' && LED_HEADED.has(tokens[k - 1]?.lower ?? '')) {
    k -= 2;
    if (tokens[k]?.lower === 'was' || tokens[k]?.lower === 'were' || tokens[k]?.text === ',') k--;
    if (!SIDE_TEAMS.has(tokens[k]?.lower ?? '')) k = teamBeforeComplement(tokens, k);
  } else k = delegationListNoun(tokens, first.start);
  // "Vice President X led the U.S. delegation": the team the name leads, right after it.
  if (
    k < 0 &&
    LEAD_VERBS.has(tokens[first.end]?.lower ?? '') &&
    ARTICLE_WORDS.has(tokens[first.end + 1]?.lower ?? '')
  )
    k = first.end + 3;
  if (!SIDE_TEAMS.has(tokens[k]?.lower ?? '')) return null;
  const body = tokens[k - 1];
  if (!body?.cap) return null;
  const side = institutionCountry.get(body.lower) ?? storySides().get(body.lower) ?? null;
  if (side !== null) return side;
  // "The U.S. delegation", "the French delegation": a country's own team.
  const hit = findCountries(tokens, k - 1, k)[0];
  return hit?.at === k - 1 ? hit.country : null;
}
