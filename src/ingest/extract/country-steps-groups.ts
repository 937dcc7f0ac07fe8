// Countries a sentence gives a group of people at once: "All four are citizens of Tajikistan" after the sentence
// that names the four, and the business leaders who "traveled with" a president; see decide-countries.ts for the
// order.
import { namesInternationalBody, namesABody } from './body-countries.ts';
import { INTERNATIONAL_COURT_RE, settleInternational } from './country-steps-roles.ts';
import { ENVOY_WORDS, MET_VERBS, familyName, pairedForeignNationality } from './country-steps-story.ts';
import { datelineCity, findCountries, sideCountries } from './countries.ts';
import { CROWNED, namesPublicBody, seatCountry } from './office-countries.ts';
import { broadcastClause } from './broadcast-clause.ts';
import { possessorOfRole, storyNameEdges, type CountryStory } from './country-story.ts';
import {
  HAND_FORMS,
  PLAY_FORMS,
  LEAD_VERBS,
  HIS_HER,
  THIRD_POSSESSIVES,
  countryNames,
  CROWN_NOUNS,
  demonymCountry,
  FORMER_WORDS,
  subnationalCountry,
  verbWords,
} from './lexicon.ts';
import { bareTitle, isPresidentRole, SINGLE_HOLDER_TITLES } from './one-holder-offices.ts';
import { POSSESSIVE_MARKS } from './names.ts';
import { awaitsCountry, normKey, type Mention, type PersonRecord } from './person-record.ts';
import { institutionCountry, relationWords, residenceCountry, titleHeads } from './roles.ts';
import { CITIZENS_CUE, storyCues } from './story-cues.ts';
import type { Token } from './tokenize.ts';
import { CLOSING_QUOTES } from './tokenize.ts';

/** "All four are citizens of Tajikistan", "Both were Kenyan nationals": the group, then the country. */
const CITIZENS_OF =
  /^(?:(?:All|The) (two|three|four|five|six|seven|eight|nine|ten)|Both|They|All of them|The (?:suspects|men|women|accused|detainees))(?: men| suspects)? (?:are|were) (?:all )?(?:(?:citizens|nationals) of (\p{Lu}[\p{L}'’ -]*?)|(\p{Lu}[\p{L}-]+) (?:citizens|nationals))\s*[.,;]/u;
const NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * "The court arrested A, B, C and D. … All four are citizens of Tajikistan.": a sentence that gives a group its
 * citizenship settles the country of the people the nearest sentence before it names together (as many as the
 * number says). Settled after the roles and before the sentence rules, which would give them the country where
 * they are held or tried.
 */
export function settleByStatedCitizenship(story: CountryStory): void {
  const { doc, tokens, people, mentionsBySent } = story;
  // What CITIZENS_OF needs, looked for in the whole story first (with the other rules' rare words).
  if (people.length < 2 || (storyCues(doc.text) & CITIZENS_CUE) === 0) return;
  for (let s = 1; s < doc.sentences.length; s++) {
    const [a, e] = doc.sentences[s] as [number, number];
    if (a >= e) continue;
    const first = (tokens[a] as Token).text;
    if (first !== 'All' && first !== 'Both' && first !== 'They' && first !== 'The') continue;
    const m = CITIZENS_OF.exec(doc.text.slice((tokens[a] as Token).start, (tokens[e - 1] as Token).end));
    if (!m) continue;
    const country = m[2]
      ? countryNames.get(m[2].toLowerCase())
      : demonymCountry.get((m[3] ?? '').toLowerCase());
    if (!country) continue;
    const count = m[1] ? NUMBERS.indexOf(m[1]) + 2 : first === 'Both' ? 2 : 0;
    // The nearest sentence before, within three, that names two people or more.
    for (let b = s - 1; b >= 0 && b >= s - 3; b--) {
      const group: PersonRecord[] = [];
      for (const o of mentionsBySent.get(b) ?? []) {
        const q = people[o.person] as PersonRecord;
        if (o.kind !== 'pronoun' && !group.includes(q)) group.push(q);
      }
      if (group.length < 2) continue;
      if (count === 0 || group.length === count)
        for (const q of group)
          if (!q.countrySettled && !q.international) {
            q.country = country;
            q.countrySettled = true;
          }
      break;
    }
  }
}

/**
 * "X's son Y, a forward at a club, chose to play for the United States": the country whose side someone plays (played,
 * chose to play) for is theirs, a national team being a tie (the conventions' "equalized for the Elephants"), over a
 * relative they are named through or the story's country. Read after the person's own name or surname, within the
 * sentence and before anyone else's mention; "for" may be followed by "the" ("for the United States") but by no other
 * word, so "played for Chelsea" or "played for his country" settles nothing. Settled beside the stated citizenship.
 */
export function settleByNationalSidePlayedFor(story: CountryStory): void {
  const { doc, tokens, people, mentionsBySent } = story;
  for (const p of people) {
    if (p.countrySettled || p.international) continue;
    for (const m of p.mentions) {
      if (m.kind !== 'name' && m.kind !== 'alias') continue;
      const end = (doc.sentences[m.sent] as [number, number])[1];
      const others = mentionsBySent.get(m.sent) ?? [];
      let country: string | undefined;
      for (let k = m.end; k < end && k < m.end + 16; k++) {
        if (others.some((o) => o.start === k && people[o.person] !== p)) break;
        if (!PLAY_FORMS.has((tokens[k] as Token).lower) || tokens[k + 1]?.lower !== 'for') continue;
        const at = tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
        const hit = findCountries(tokens, at, Math.min(at + 3, end))[0];
        if (hit && hit.at === at && !hit.adjectival) country = hit.country;
        break;
      }
      if (country) {
        p.country = country;
        p.countrySettled = true;
        break;
      }
    }
  }
}

/**
 * "seven Iranians convicted of violating US sanctions, among them A, B and C", "the two US citizens, A and her daughter
 * B": a counted group named by its nationality (a demonym in the plural, or a country's citizens or nationals), then
 * the names that list it. The number and the nationality come first, the list after "among them", "including" or the
 * group's own comma.
 */
const COUNTED_GROUP =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}) (?:(\p{Lu}[\p{L}.]*) (?:citizens|nationals)|(\p{Lu}\p{Ll}+(?:ans|is|ians)))\b/gu;
/** COUNTED_GROUP's numbers by their last letter, for a test of a token's end without an expression. */
const COUNT_WORDS_BY_LAST = new Map<number, readonly string[]>(
  Object.entries({
    o: ['two'],
    e: ['three', 'five', 'nine', 'twelve'],
    r: ['four'],
    x: ['six'],
    n: ['seven', 'ten', 'eleven'],
    t: ['eight'],
  }).map(([last, words]) => [last.charCodeAt(0), words]),
);
/**
 * Whether tokens a…e hold a token that ends as COUNTED_GROUP's number does (a digit, or one of its number words)
 * followed by a capitalised token: what any match of it needs, so a sentence without one is not searched.
 */
function hasCountBeforeCapital(tokens: readonly Token[], a: number, e: number): boolean {
  for (let k = a; k < e - 1; k++) {
    if (!(tokens[k + 1] as Token).cap) continue;
    const s = (tokens[k] as Token).text;
    const c = s.charCodeAt(s.length - 1);
    if (c >= 48 && c <= 57) return true;
    const words = COUNT_WORDS_BY_LAST.get(c);
    if (words) for (const w of words) if (s.endsWith(w)) return true;
  }
  return false;
}
/** What opens the list after the group: "among them", "including", or the comma right after the group. */
const LIST_OPENERS = new Set(['among', 'including']);
/** Words that may stand inside the list between its names ("A and her daughter B"). */
const LIST_JOINERS = new Set([
  'and',
  'his',
  'her',
  'their',
  'wife',
  'husband',
  'son',
  'daughter',
  'mother',
  'father',
  'sister',
  'brother',
  'them',
]);

/**
 * The people listed after a counted group of one nationality are of that country. Settled after the roles (a
 * "Russian pilot" keeps his own word) and before the sentence rules, which would give them the country of the
 * government that freed or held them.
 */
export function settleListedNationals(story: CountryStory): void {
  const { doc, tokens, people, mentionsBySent } = story;
  for (const [sent, ms] of mentionsBySent) {
    const [a, e] = doc.sentences[sent] as [number, number];
    // Cheap tests first: most sentences name no counted group. COUNTED_GROUP's number ends a token (a space follows
    // it) and a capitalised word opens the next.
    if (!hasCountBeforeCapital(tokens, a, e)) continue;
    const named = ms.filter((o) => o.kind !== 'pronoun');
    if (named.length === 0) continue;
    const from = (tokens[a] as Token).start;
    const t = doc.text.slice(from, (tokens[e - 1] as Token).end);
    if (!t.includes('ans') && !t.includes('is ') && !t.includes('tizens') && !t.includes('tionals')) continue;
    for (const g of t.matchAll(COUNTED_GROUP)) {
      const country = g[1]
        ? (countryNames.get(g[1].toLowerCase()) ?? demonymCountry.get(g[1].toLowerCase()))
        : demonymCountry.get((g[2] as string).toLowerCase().replace(/s$/, ''));
      if (!country) continue;
      const groupEnd = from + (g.index as number) + g[0].length;
      // The token after the group, then the list's opener within fifteen tokens.
      let k = a;
      while (k < e && (tokens[k] as Token).start < groupEnd) k++;
      let open = -1;
      if (tokens[k]?.text === ',') open = k + 1;
      else
        for (let j = k; j < e && j < k + 15; j++) {
          if (tokens[j]?.text !== ',' || !LIST_OPENERS.has(tokens[j + 1]?.lower ?? '')) continue;
          open = tokens[j + 1]?.lower === 'among' && tokens[j + 2]?.lower === 'them' ? j + 3 : j + 2;
          break;
        }
      if (open < 0) continue;
      // The names from the opener on, while only commas and the joiners stand between them.
      let at = open;
      const listed: PersonRecord[] = [];
      while (at < e) {
        const o = named.find((m) => m.start === at);
        if (o) {
          listed.push(people[o.person] as PersonRecord);
          at = o.end;
          continue;
        }
        const w = tokens[at] as Token;
        if (w.text !== ',' && !LIST_JOINERS.has(w.lower)) break;
        at++;
      }
      for (const q of listed)
        if (!q.countrySettled && !q.international) {
          q.country = country;
          q.countrySettled = true;
        }
    }
  }
}

/** After "both <Demonym>" or "all <Demonym>": what closes the shared nationality (a stop, or its plural noun). */
const SHARED_NATIONALITY_END = new Set([',', '.', ';', 'nationals', 'citizens']);
/** Lower-case words that never stand between two listed names ("A and guitarist B" may; "A met B" may not). */
const NOT_IN_LIST = new Set([
  'who',
  'whom',
  'which',
  'that',
  'with',
  'by',
  'to',
  'of',
  'for',
  'said',
  'says',
]);

/**
 * The names that end right before token `end` as a list: "A and B", "A, B and C", "singer A and guitarist B" (at
 * most two lower-case words of a person's station before each name), nearest last.
 */
function listEndingAt(named: readonly Mention[], tokens: readonly Token[], end: number): Mention[] {
  const listed: Mention[] = [];
  let at = end;
  for (;;) {
    const o = named.find((m) => m.end === at);
    if (!o) break;
    listed.push(o);
    let k = o.start - 1;
    for (let words = 0; words < 2 && stationWord(tokens[k]); words++) k--;
    // Only a list's joiners stand before a station and a name: a comma, "and", or both.
    if (tokens[k]?.text !== ',' && tokens[k]?.lower !== 'and') break;
    if (tokens[k]?.lower === 'and' && tokens[k - 1]?.text === ',') k--;
    at = k;
  }
  return listed;
}

/** A lower-case word that may stand before a listed name as its station ("guitarist", "opposition leader"). */
function stationWord(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.word &&
    !t.cap &&
    t.lower !== 'and' &&
    !NOT_IN_LIST.has(t.lower) &&
    !verbWords.has(t.lower)
  );
}

/**
 * "singer A and guitarist B, both British, performed …", "A, B and C, all Kenyan nationals,": the names listed right
 * before ", both <Demonym>" (or ", all …") share that nationality. Settled after the roles, with the other groups
 * given a citizenship, before the sentence rules (which would give them the story's host).
 */
export function settleBySharedNationality(story: CountryStory): void {
  const { doc, tokens, people, mentionsBySent } = story;
  for (const [sent, ms] of mentionsBySent) {
    if (ms.length < 2) continue;
    const [a, e] = doc.sentences[sent] as [number, number];
    for (let k = a + 2; k < e - 1; k++) {
      const w = (tokens[k] as Token).lower;
      // A cheap word test first: most sentences hold neither word.
      if ((w !== 'both' && w !== 'all') || tokens[k - 1]?.text !== ',') continue;
      const nationality = tokens[k + 1] as Token;
      const country = nationality.cap ? demonymCountry.get(nationality.lower) : undefined;
      if (!country || !(k + 2 >= e || SHARED_NATIONALITY_END.has(tokens[k + 2]?.lower ?? ''))) continue;
      const named = ms.filter((o) => o.kind !== 'pronoun');
      const listed = listEndingAt(named, tokens, k - 1);
      if (listed.length < 2 || (w === 'both' && listed.length !== 2)) continue;
      for (const o of listed) {
        const q = people[o.person] as PersonRecord;
        if (q.countrySettled || q.international) continue;
        q.country = country;
        q.countrySettled = true;
      }
    }
  }
}

/** "who has since moved to Florida", "who later emigrated to Canada": a new home, named after the verb's "to". */
const MOVED = new Set(['moved', 'emigrated', 'relocated']);

/**
 * "X, whose family put the visitor up in 1985 and who has since moved to Florida, flew back": one nothing else placed
 * whose own clause says they moved to a country or a state of a federal one lives there, and is of it. After the
 * defaults, for those still without a country; a word test per mention's next twenty tokens.
 */
export function placeByNewHome(story: CountryStory): void {
  const { doc, tokens, people } = story;
  for (const p of people) {
    if (p.country !== null || p.international) continue;
    for (const m of p.mentions) {
      if (m.kind === 'pronoun' || tokens[m.end]?.text !== ',') continue;
      const e = (doc.sentences[m.sent] as [number, number])[1];
      let found: string | undefined;
      for (let k = m.end + 1; k < e - 2 && k < m.end + 20 && found === undefined; k++) {
        if (!MOVED.has((tokens[k] as Token).lower) || tokens[k + 1]?.lower !== 'to') continue;
        const a = tokens[k + 2] as Token;
        const b = tokens[k + 3];
        if (!a.cap) break;
        const two = b?.cap ? `${a.lower} ${b.lower}` : '';
        found =
          (two ? (countryNames.get(two) ?? subnationalCountry.get(two)) : undefined) ??
          countryNames.get(a.lower) ??
          subnationalCountry.get(a.lower);
        break;
      }
      if (found) {
        p.country = found;
        break;
      }
    }
  }
}

/**
 * "The group includes A, B and C", "Among them were A and B": a sentence that opens by listing the members of a group
 * named before.
 */
const GROUP_LIST_OPENING =
  /^(?:(?:The|This) (?:group|crew|detainees|hostages|captives|prisoners) (?:includes|included|include)|They (?:include|included)|Among them (?:are|were))\b/;
/**
 * "15 British sailors and marines", "three detained French aid workers": a count, perhaps a word, a nationality and a
 * plural noun. The last one before a sentence is the group it lists.
 */
const COUNTED_NATIONALS =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})(?: [\p{Ll}-]+)? (\p{Lu}\p{Ll}+) (?:[\p{Ll}-]+ )?\p{Ll}+s\b/gu;

/**
 * "… freed 15 British sailors … The group includes Leading Seaman A, Lieutenant B and Able Seaman C": the people a
 * sentence lists as the members of a counted group of one nationality, named in the headline or an earlier sentence,
 * are of that country. Settled, as the listed nationals are, before the sentence rules (which would give them the
 * country of the government that held them).
 */
export function settleMembersOfCountedGroup(story: CountryStory): void {
  const { doc, tokens, people, mentionsBySent, titleDoc } = story;
  for (const [sent, ms] of mentionsBySent) {
    const [a] = doc.sentences[sent] as [number, number];
    const first = (tokens[a] as Token).lower;
    // A cheap word test first: most sentences open otherwise.
    if (first !== 'the' && first !== 'this' && first !== 'they' && first !== 'among') continue;
    const from = (tokens[a] as Token).start;
    if (!GROUP_LIST_OPENING.test(doc.text.slice(from, from + 40))) continue;
    let country: string | undefined;
    for (const text of [titleDoc?.text ?? '', doc.text.slice(0, from)])
      for (const g of text.matchAll(COUNTED_NATIONALS)) {
        const c = demonymCountry.get((g[1] as string).toLowerCase());
        if (c) country = c;
      }
    if (country === undefined) continue;
    for (const o of ms) {
      const q = people[o.person] as PersonRecord;
      if (o.kind === 'pronoun' || q.countrySettled || q.international) continue;
      q.country = country;
      q.countrySettled = true;
    }
  }
}

const AUXILIARIES = new Set(['will', 'would', 'has', 'had', 'is', 'was', 'who', 'can', 'could', 'also']);

const TRAVEL_VERBS = new Set(['traveled', 'travelled', 'flew', 'came', 'accompanied']);

/**
 * "Samsung Electronics Chairman X and other business leaders traveled with Baek": one who travels with a leader,
 * or accompanies them, is of that leader's delegation. For those rules 1–7 leave without a country, before the
 * story-wide defaults (a company's office says nothing of a country by itself).
 */
export function placeTravelCompanions(story: CountryStory): void {
  const { doc, tokens, people, mentionsBySent } = story;
  for (const p of people) {
    if (p.country !== null || p.international) continue;
    for (const m of p.mentions) {
      if (m.kind === 'pronoun') continue;
      const e = (doc.sentences[m.sent] as [number, number])[1];
      let k = m.end;
      while (k < e && k < m.end + 24 && !TRAVEL_VERBS.has((tokens[k] as Token).lower)) k++;
      // "X, the assistant secretary of state for …, who accompanied Y,": past a long appositive, the name's own
      // relative clause.
      if (k >= e || k >= m.end + 24 || (k >= m.end + 8 && tokens[k - 1]?.lower !== 'who')) continue;
      const at = (tokens[k] as Token).lower === 'accompanied' ? k + 1 : k + 2;
      if ((tokens[k] as Token).lower !== 'accompanied' && tokens[k + 1]?.lower !== 'with') continue;
      const q = (mentionsBySent.get(m.sent) ?? []).find((o) => o.start === at && o.kind !== 'pronoun');
      const companion = q && (people[q.person] as PersonRecord);
      if (companion && companion !== p && companion.country !== null) {
        p.country = companion.country;
        break;
      }
    }
  }
  placeCompanionsListedAfter(story);
}

/**
 * "The Minister was accompanied by Foreign Secretary X and High Commissioner Y", "Mrs. X arrived …, accompanied by her
 * mother, Y, and her daughters Z and W": those listed after "accompanied by" are of the side of the one accompanied,
 * the sentence's subject (a title standing for them too). Asked before 2–7, for the subjects already settled (the
 * sentence's destination is no country of the party), and again with the travel companions.
 */
export function placeCompanionsListedAfter(story: CountryStory): void {
  const { tokens, people, mentionsBySent } = story;
  for (const p of people) {
    if (p.country !== null || p.international || p.countrySettled) continue;
    for (const m of p.mentions) {
      if (m.kind === 'pronoun') continue;
      const by = accompaniedByBefore(tokens, m.start);
      if (by < 0) continue;
      const subject = (mentionsBySent.get(m.sent) ?? []).find((o) => o.end <= by - 1);
      // "X met with Cardinal Y, accompanied by Archbishop Z": after a meeting's object, the participle is the object's.
      if (subject && tokens.slice(subject.end, by).some((t) => MET_VERBS.has(t.lower))) continue;
      const principal = subject ? (people[subject.person] as PersonRecord) : titledSubject(story, by);
      if (principal && principal !== p && principal.country !== null) {
        p.country = principal.country;
        // Over 2–7, which place everyone not settled, once the one accompanied is.
        p.countrySettled = principal.countrySettled;
        break;
      }
    }
  }
}

/**
 * "The Minister was accompanied by …" opening a sentence, no one named before it: the story's main holder of such a
 * title, the one of them it names most often (a tie names no one).
 */
function titledSubject(story: CountryStory, by: number): PersonRecord | undefined {
  const { tokens, people } = story;
  let k = by - 1;
  if (tokens[k]?.lower === 'accompanied') k--;
  if (tokens[k]?.lower === 'was') k--;
  const head = tokens[k];
  if (!head?.cap || tokens[k - 1]?.lower !== 'the' || tokens[k - 2]?.sent === head.sent) return undefined;
  let best: PersonRecord | undefined;
  let most = 0;
  let tie = false;
  for (const q of people) {
    if (!q.roles.some((r) => r.split(' ').pop() === head.text)) continue;
    const n = q.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').length;
    if (n === most) tie = true;
    if (n > most) [best, most, tie] = [q, n, false];
  }
  return tie ? undefined : best;
}

/**
 * Where "by" stands in "[was] accompanied by" before a listed name at `start` (titles, names, commas and "and"
 * between, in one sentence), else -1.
 */
function accompaniedByBefore(tokens: readonly Token[], start: number): number {
  const sent = tokens[start]?.sent;
  for (let k = start - 1; k >= 0 && k >= start - 20; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent) return -1;
    if (t.lower === 'by') return tokens[k - 1]?.lower === 'accompanied' ? k : -1;
    // "accompanied by her mother, Y, and her daughters Z and W": a relative's noun and its pronoun too.
    if (
      t.word &&
      !t.cap &&
      t.lower !== 'and' &&
      !THIRD_POSSESSIVES.has(t.lower) &&
      !relationWords.has(t.lower)
    )
      return -1;
    if (!t.word && t.text !== ',' && t.text !== '.') return -1;
  }
  return -1;
}

/** Words that open the list of a delegation's members ("The delegation, which includes …"). */
const INCLUDES = new Set(['include', 'includes', 'included', 'including', 'comprising', 'comprises']);

/**
 * "a delegation of the X Party led by its leader A … The delegation, which includes B and C, …", "Members of the
 * delegation included B": one listed as a delegation's member is of the side of the one who leads it (the nearest
 * "delegation … led by"/"headed by" before, or the one "accompanied by" it). For those rules 1–7 leave without a
 * country, and for those listed
 * whom they gave only the outlet's own country ("the delegation included Senators B and C" in a Ukrainian
 * agency's story of a US Senate delegation to Kyiv).
 */
export function placeDelegationMembers(story: CountryStory): void {
  const { doc, tokens, people, homeDefault } = story;
  for (const p of people) {
    if (p.international) continue;
    const byOutlet = p.country !== null && !p.countrySettled && p.country === homeDefault;
    if (p.country !== null && !byOutlet) continue;
    for (const m of p.mentions) {
      if (m.kind === 'pronoun') continue;
      const s0 = (doc.sentences[m.sent] as [number, number])[0];
      let k = m.start - 1;
      while (k >= s0 && k >= m.start - 30 && !INCLUDES.has((tokens[k] as Token).lower)) k--;
      const listed = k >= s0 && k >= m.start - 30 && delegationBefore(tokens, k, Math.max(s0, k - 10));
      // "Reps. A, B and C also made the trip": after a delegation's leader is named, those who made the trip too.
      if (
        !listed &&
        (byOutlet || !madeTheTrip(tokens, m.end, (doc.sentences[m.sent] as [number, number])[1]))
      )
        continue;
      const leader = (listed && accompaniedLeader(story, s0, k)) || delegationLeader(story, s0);
      if (leader && leader !== p && leader.country !== null) {
        p.country = leader.country;
        break;
      }
    }
  }
}

/**
 * "Yoon is accompanied on the trip by a business delegation that includes A and B": the one named right before "is
 * accompanied" (or "was", "has been") in the words from `from` to `to` leads the delegation listed after it.
 */
function accompaniedLeader(story: CountryStory, from: number, to: number): PersonRecord | null {
  const { tokens, people, mentionsBySent } = story;
  for (let k = from + 1; k < to; k++) {
    if ((tokens[k] as Token).lower !== 'accompanied') continue;
    let v = k - 1;
    if (tokens[v]?.lower === 'been') v--;
    if (!ACCOMPANIED_AUX.has(tokens[v]?.lower ?? '')) continue;
    const sent = (tokens[k] as Token).sent;
    const q = (mentionsBySent.get(sent) ?? []).find((o) => o.end === v);
    if (q) return people[q.person] as PersonRecord;
  }
  return null;
}
const ACCOMPANIED_AUX = new Set(['is', 'was', 'are', 'were', 'has', 'have']);

/** "also made the trip", "made the two-day trip": within twelve tokens after `from`, before `end`. */
function madeTheTrip(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 12; k++) {
    if ((tokens[k] as Token).lower !== 'made' || tokens[k + 1]?.lower !== 'the') continue;
    if (tokens[k + 2]?.lower === 'trip' || tokens[k + 3]?.lower === 'trip') return true;
  }
  return false;
}

function delegationBefore(tokens: readonly Token[], at: number, from: number): boolean {
  for (let k = at - 1; k >= from; k--) if ((tokens[k] as Token).lower === 'delegation') return true;
  return false;
}

const ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'their']);

/** "a delegation", "a congressional delegation", "a high-level business delegation": within three words of `at`. */
function delegationAfter(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 3; k++) {
    const t = tokens[k];
    if (!t?.word) return false;
    if (t.lower === 'delegation') return true;
  }
  return false;
}

/**
 * The one named after the last "delegation … led by"/"headed by" that ends before token `before`, or right before
 * the last "led a … delegation".
 */
function delegationLeader(story: CountryStory, before: number): PersonRecord | null {
  const { tokens, people, mentionsBySent } = story;
  for (let k = before - 2; k > 0; k--) {
    const verb = (tokens[k] as Token).lower;
    // "Speaker X led a delegation of lawmakers to …": the one named right before the verb leads it.
    if (LEAD_VERBS.has(verb) && ARTICLES.has(tokens[k + 1]?.lower ?? '') && delegationAfter(tokens, k + 2)) {
      for (const o of mentionsBySent.get((tokens[k] as Token).sent) ?? [])
        if (o.kind !== 'pronoun' && o.end === k) return people[o.person] ?? null;
      continue;
    }
    if ((verb !== 'led' && verb !== 'headed') || tokens[k + 1]?.lower !== 'by') continue;
    if (!delegationBefore(tokens, k, Math.max(0, k - 12))) continue;
    // The name may follow a title ("led by its chairman A").
    for (const o of mentionsBySent.get((tokens[k] as Token).sent) ?? [])
      if (o.kind !== 'pronoun' && o.start > k + 1 && o.start <= k + 6) return people[o.person] ?? null;
    return null;
  }
  return null;
}

/**
 * "Coach X, who is away on leave, missed the training session. The Italian will have …": a sentence that opens with "The"
 * and a nationality used as a noun goes on about the subject of the sentence before, who is of that country. For
 * those rules 1–7 leave without one.
 */
export function placeByNationalityNoun(story: CountryStory): void {
  const { doc, tokens, people, mentionsBySent } = story;
  // The subject of sentence `s` (the first person it names, not a pronoun) is of `country`, unless placed already.
  const placeSubjectOf = (s: number, country: string) => {
    const o = (mentionsBySent.get(s) ?? []).find((m) => m.kind !== 'pronoun');
    const subject = o && people[o.person];
    if (subject && subject.country === null && !subject.international) subject.country = country;
  };
  for (let s = 1; s < doc.sentences.length; s++) {
    const [a, e] = doc.sentences[s] as [number, number];
    const noun = tokens[a + 1];
    if (e - a < 3 || tokens[a]?.text !== 'The' || !noun?.cap) continue;
    const country = demonymCountry.get(noun.lower);
    const next = tokens[a + 2] as Token;
    // "The Italian will have …", "The Italian, who …" (not "The Brazilian first lady", a title, nor "The US State
    // Department has …", a body whose capitalised word is also a verb).
    if (
      !country ||
      !(next.text === ',' || (!next.cap && (AUXILIARIES.has(next.lower) || verbWords.has(next.lower))))
    )
      continue;
    placeSubjectOf(s - 1, country);
  }
  // "Coach X said his players … "We believed," the Italian told reporters.": the speaker of a quotation, named by
  // nationality in its closing tag, is the one the sentence before names first.
  if (!QUOTE_THEN_THE.test(doc.text)) return;
  for (let k = 2; k + 2 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.lower !== 'the' || !CLOSING_QUOTES.has((tokens[k - 1] as Token).text)) continue;
    const country = demonymCountry.get((tokens[k + 1] as Token).lower);
    if (!country || !(tokens[k + 1] as Token).cap || !SPEECH_TAG.has((tokens[k + 2] as Token).lower))
      continue;
    placeSubjectOf(t.sent - 1, country);
  }
}
// The pass above reads every token; ~2% of stories hold a quotation mark followed by "the", in any case (between
// them only what is no ASCII letter: spaces, or a Chinese gloss the tokenizer drops); a search for it costs less.
const QUOTE_THEN_THE = /["”'’][^a-z]*the/i;
const SPEECH_TAG = new Set(['said', 'told', 'added', 'says', 'tells', 'adds']);

/**
 * "X had a conversation with President of Chile Y … Y informed his Russian counterpart about …": in a meeting of two
 * sides, a counterpart named by nationality alone is the other side; the one side left without a country is of that
 * nationality (when it is not the placed side's). For those rules 1–7 leave without one.
 */
export function placeByCounterpartNationality(story: CountryStory): void {
  const { tokens, people } = story;
  const sides = people.filter((p) => p.participant && !p.international);
  if (sides.length !== 2) return;
  const unplaced = sides.find((p) => p.country === null);
  const other = sides.find((p) => p.country !== null);
  if (!unplaced || !other) return;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k + 1]?.lower !== 'counterpart' || !HIS_HER.has(tokens[k - 1]?.lower ?? '')) continue;
    // "his Russian counterpart Sergei X", "his Russian counterpart, Sergei X": that one is named.
    const after = tokens[k + 2];
    if (after?.cap || (after?.text === ',' && tokens[k + 3]?.cap)) continue;
    const country = demonymCountry.get((tokens[k] as Token).lower);
    if (!country || country === other.country) continue;
    unplaced.country = country;
    return;
  }
}

/**
 * "Milley last spoke to his Chinese counterpart at the time, Gen. X, in July": the one named right after "his
 * <nationality> counterpart" (set off by a comma or not, "at the time" or not, after a rank or title in capitals) is
 * of that nationality. For those rules 1–7 leave without a country (the counterpart is no role, so the roles do not
 * give it).
 */
export function placeByCounterpartDemonym(story: CountryStory): void {
  const { tokens, people } = story;
  for (const p of people) {
    if (!awaitsCountry(p)) continue;
    for (const m of p.mentions) {
      if (m.kind === 'pronoun') continue;
      let k = m.start - 1;
      // Past a title or rank in capitals ("Gen.", "Defence Minister").
      while (k > m.start - 6 && (tokens[k]?.cap || tokens[k]?.text === '.')) k--;
      if (tokens[k]?.text === ',') k--;
      if (tokens[k]?.lower === 'time' && tokens[k - 1]?.lower === 'the' && tokens[k - 2]?.lower === 'at')
        k -= 3;
      if (tokens[k]?.lower !== 'counterpart') continue;
      const one = tokens[k - 1]?.lower ?? '';
      const two = `${tokens[k - 2]?.lower ?? ''} ${one}`;
      const country = demonymCountry.get(two) ?? demonymCountry.get(one);
      const owner = demonymCountry.has(two) ? tokens[k - 3] : tokens[k - 2];
      if (!country || !THIRD_POSSESSIVES.has(owner?.lower ?? '')) continue;
      p.country = country;
      break;
    }
  }
}

/**
 * "Cabinet Secretary X and her Tanzanian counterpart Y": the nationality of one's counterpart is by definition not
 * one's own. One left with that country (or none) takes the one other country of the story's participants, when
 * there is exactly one. After every other rule: a correction of what they gave, not evidence they weigh.
 */
export function placeOtherSideOfCounterpart(story: CountryStory): void {
  const { tokens, people } = story;
  let hasCounterpart = false;
  for (const t of tokens)
    if (t.lower === 'counterpart') {
      hasCounterpart = true;
      break;
    }
  for (const p of people) {
    if (p.countrySettled || p.international) continue;
    let theirs: string | undefined;
    for (const m of p.mentions) {
      if (
        m.kind === 'pronoun' ||
        tokens[m.end]?.lower !== 'and' ||
        !HIS_HER.has(tokens[m.end + 1]?.lower ?? '')
      )
        continue;
      if (tokens[m.end + 3]?.lower !== 'counterpart') continue;
      theirs = demonymCountry.get(tokens[m.end + 2]?.lower ?? '');
      if (theirs) break;
    }
    if (!theirs && hasCounterpart) theirs = counterpartLaterInSentence(story, p);
    if (!theirs || (p.country !== null && p.country !== theirs)) continue;
    const others = new Set<string>();
    for (const q of people)
      if (q !== p && q.participant && !q.international && q.country && q.country !== theirs)
        others.add(q.country);
    if (others.size === 1) p.country = [...others][0] as string;
  }
}

/**
 * "X had accused German authorities of …, drawing a sharp rebuke from his German counterpart Y": the nationality of
 * "his <nationality> counterpart" later in a sentence X opens, with nobody else named between, is the other side's.
 */
function counterpartLaterInSentence(
  story: CountryStory,
  p: CountryStory['people'][number],
): string | undefined {
  const { tokens, people } = story;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    const sent = tokens[m.start]?.sent;
    // X opens the sentence: at most a title in capitals before the name.
    let b = m.start - 1;
    while (b >= 0 && tokens[b]?.sent === sent && tokens[b]?.cap) b--;
    if (b >= 0 && tokens[b]?.sent === sent) continue;
    for (let k = m.end; k < m.end + 40; k++) {
      const t = tokens[k];
      if (t === undefined || t.sent !== sent) break;
      if (t.lower !== 'counterpart') continue;
      if (!HIS_HER.has(tokens[k - 2]?.lower ?? '')) break;
      const theirs = demonymCountry.get(tokens[k - 1]?.lower ?? '');
      if (!theirs) break;
      // Nobody else named between X and the counterpart: "his" is X's.
      for (const q of people) {
        if (q === p) continue;
        for (const n of q.mentions)
          if (n.kind !== 'pronoun' && n.start > m.end && n.start < k) return undefined;
      }
      return theirs;
    }
  }
  return undefined;
}

/**
 * "Prime Minister X, who is to hand power on Friday to the new party leader, Y, said …": one a leader hands power to
 * takes the leader's office, so the leader's country (a nationality elsewhere in the sentence, "the U.S. levies", is
 * not theirs). Y is named within a few words after "to"; X is the one placed person named last before the verb in
 * the sentence. A correction after the other rules, run only in a story that writes "power".
 */
export function placeByHandover(story: CountryStory): void {
  const { tokens, people, mentionsBySent } = story;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]?.lower !== 'power') continue;
    // "hand power", "handed over power".
    const verb = tokens[k - 1]?.lower === 'over' ? tokens[k - 2] : tokens[k - 1];
    if (!HAND_FORMS.has(verb?.lower ?? '')) continue;
    const sent = tokens[k]?.sent;
    // "to" within a few words of time after "power": "hand power on Friday to …".
    let to = k + 1;
    while (to < k + 5 && tokens[to]?.lower !== 'to' && tokens[to]?.sent === sent) to++;
    if (tokens[to]?.lower !== 'to') continue;
    const mentions = sent === undefined ? undefined : mentionsBySent.get(sent);
    if (!mentions) continue;
    let giver: Mention | undefined;
    let taker: Mention | undefined;
    for (const m of mentions) {
      if (m.kind === 'pronoun') continue;
      if (m.end <= k && people[m.person]?.country && (!giver || m.start > giver.start)) giver = m;
      if (m.start > to && m.start <= to + 10 && (!taker || m.start < taker.start)) taker = m;
    }
    if (!giver || !taker || giver.person === taker.person) continue;
    const g = people[giver.person] as PersonRecord;
    const t = people[taker.person] as PersonRecord;
    if (t.countrySettled || t.international || g.international) continue;
    t.country = g.country;
  }
}

/**
 * "President X and Indian Prime Minister Y held talks", "the late President X and then Indian Prime Minister Y":
 * beside a leader the story names by nationality, one named only by a one-holder office is not of that nationality
 * (the writer qualifies only the foreigner); with two countries in the story, they are of the other. Before rule 8,
 * which reads the one side the story's placed people make as everyone's.
 */
export function placeBareLeadersBesideForeignOnes(story: CountryStory): void {
  const { tokens, people } = story;
  for (const p of people) {
    if (!awaitsCountry(p) || p.roles.length === 0) continue;
    const theirs = pairedForeignNationality(tokens, p);
    if (!theirs) continue;
    // The other country by its name ("Sri Lanka"), not a nationality ("the Russian proverb he quoted"), and none but
    // the dateline's.
    const others = new Set<string>();
    for (const h of findCountries(tokens, 0, tokens.length))
      if (!h.adjectival && h.country !== theirs) others.add(h.country);
    const [other] = others;
    if (others.size === 1 && other && (story.datelineHome === null || story.datelineHome === other))
      p.country = other;
    // "Carlucci, Yazov Open First Talks Between U.S., Soviet Defense Chiefs": else the other of the two sides the
    // headline names, wherever the talks are held.
    else p.country = otherHeadlineSide(story, theirs);
  }
}

/** The other of the two countries a headline names as sides (not as where they meet), or null. */
function otherHeadlineSide(story: CountryStory, side: string): string | null {
  if (story.titleDoc === null) return null;
  const sides = sideCountries(story.titleDoc.tokens);
  if (sides.size !== 2 || !sides.delete(side)) return null;
  return [...sides][0] ?? null;
}

/** "senior adviser to President X", "an aide to Y": one who serves the person named after "to". */
const SERVES_NAMED =
  /\b(?:advis[eo]r|aide|assistant|envoy|spokes(?:man|woman|person))s? to (?:\p{Lu}[\p{L}.'’-]* )*$/u;

/**
 * "X, a senior adviser to President Tom Varga": the one an adviser or envoy serves is of the adviser's country. For
 * those rules 1–7 leave without one.
 */
export function placeByAdviserServed(story: CountryStory): void {
  const { people } = story;
  let servedBy: Map<string, PersonRecord[]> | undefined;
  for (const q of people) {
    if (!awaitsCountry(q)) continue;
    // The first of those who serve q, in the story's order, who has a country by now (one placed here counts).
    servedBy ??= advisersByServed(people);
    for (const p of servedBy.get(q.name) ?? []) {
      if (p === q || p.country === null || p.international) continue;
      q.country = p.country;
      break;
    }
  }
}

/**
 * "adviser to the head of Lima's office", "spokesman for President Tom Varga": the words naming whom the role
 * serves.
 */
const SERVES_WHOM = /\b(?:advis[eo]r|aide|assistant|spokes(?:man|woman|person))s? (?:to|for) (.+)$/u;
/** "Varga's spokesman", "Varga's senior adviser": the same, with the served person's possessive before the role. */
const SERVES_POSSESSOR =
  /^(\p{Lu}[\p{L}.'’ -]*?)['’]s? (?:[\p{Ll}-]+ )?(?:advis[eo]r|aide|assistant|spokes(?:man|woman|person))$/u;
/** "the head of Lima's office", "Lima's office": the possessor's name in the served words. */
const SERVED_OFFICE = /^(?:the (?:[\p{Ll}-]+ )+of )?(\p{Lu}[\p{L}.'’ -]*?)['’]s?(?: [\p{Ll}-]+)+$/u;

/**
 * "X, an adviser to the head of Lima's office", "X, a spokesman for President Tom Varga": one whose role serves a
 * named person, or that person's office, is of that person's country — the mirror of placeByAdviserServed. Settled
 * right after the roles when the principal's own role settled theirs (the sentence rules would give the aide the
 * outlet's or the dateline's country); placed after rules 1–7 when the principal was placed by those.
 */
export function settleAidesOfSettledPrincipals(story: CountryStory): void {
  aidesByPrincipal(story, true);
}

/** See settleAidesOfSettledPrincipals: the aides of principals rules 2–7 placed, for those left without a country. */
export function placeAidesByPrincipal(story: CountryStory): void {
  aidesByPrincipal(story, false);
}

function aidesByPrincipal(story: CountryStory, settled: boolean): void {
  const { people } = story;
  for (const p of people) {
    if (!awaitsCountry(p)) continue;
    for (const r of p.roles) {
      const served = SERVES_WHOM.exec(r)?.[1] ?? SERVES_POSSESSOR.exec(r)?.[1];
      if (served === undefined) continue;
      const q = principalNamed(people, SERVED_OFFICE.exec(served)?.[1] ?? served);
      if (!q || q === p || q.country === null || q.international || (settled && !q.countrySettled)) continue;
      p.country = q.country;
      p.countrySettled = settled;
      break;
    }
    if (p.country !== null) continue;
    const q = possessorOfRole(story, p);
    if (!q || q.country === null || q.international || (settled && !q.countrySettled)) continue;
    p.country = q.country;
    p.countrySettled = settled;
  }
}

/** The person whose name or alias closes `words` ("President Tom Varga": Tom Varga, or Varga), if any. */
function principalNamed(people: readonly PersonRecord[], words: string): PersonRecord | undefined {
  const parts = words.split(' ');
  for (let k = 0; k < parts.length; k++) {
    const tail = normKey(parts.slice(k).join(' '));
    const q = people.find((o) => normKey(o.name) === tail || o.aliases.some((a) => normKey(a) === tail));
    if (q) return q;
  }
  return undefined;
}

/**
 * "Tavani's parents, A and B, and her brother C" when Tavani is placed after them (rules 2–7 go in the order people
 * were found, and one found late, by a later lone "Tavani", comes after their relatives): rule 2 gives a relative the
 * country of the one they were introduced with only if that one has it by then, so a relative left without one
 * takes it here, following chains (C is B's, B Tavani's). For those rules 1–7 and the steps above leave without one.
 */
export function placeRelativesOfPlaced(story: CountryStory): void {
  const { people } = story;
  for (const p of people) {
    if (p.country !== null || p.countrySettled || p.relativeOf < 0) continue;
    // At most as many steps as there are people: relatives never loop back, but a chain must end.
    let q = people[p.relativeOf];
    for (let steps = 0; q && q.country === null && q !== p && steps < people.length; steps++)
      q = people[q.relativeOf];
    if (q && q !== p && q.country !== null && !q.international) p.country = q.country;
  }
}

/**
 * "President Hallam … Joan Hallam gave the guests a tour", "The President's wife, Joan Hallam": a full name without
 * a title, still unplaced once the bare offices are, takes the country of those of its surname introduced before it
 * (rule 2 reads a full name only, and before the outlet's defaults placed "President Hallam"), when they share one.
 */
export function placeNamesakesLeft(story: CountryStory): void {
  const { people } = story;
  for (const p of people) {
    if (
      p.country !== null ||
      p.countrySettled ||
      p.international ||
      p.roles.length > 0 ||
      p.tokens.length < 2
    )
      continue;
    const family = familyName(p.tokens);
    const introduced = p.mentions[0]?.start ?? 0;
    let country: string | null = null;
    for (const q of people) {
      if (q === p || q.international || familyName(q.tokens) !== family) continue;
      if ((q.mentions[0]?.start ?? 0) >= introduced) continue;
      if (q.country === null || (country !== null && q.country !== country)) {
        country = null;
        break;
      }
      country = q.country;
    }
    if (country !== null) p.country = country;
  }
}

/** Words for the spouses of the leaders named before them ("the leaders and their wives, A and B"). */
const SPOUSES = new Set(['wives', 'spouses', 'husbands']);

/**
 * "In the evening, the leaders and their wives, A Tanabe and B, were to attend a dinner": of two spouses listed after
 * the leaders, one placed (by a shared surname) leaves the other to the other leader's country, when the story's
 * leaders taking part (president, prime minister, king …) are of two countries. For those still without one.
 */
export function placeLeadersSpouses(story: CountryStory): void {
  const { people } = story;
  for (const p of people) {
    if (p.country !== null || p.countrySettled) continue;
    const o = spouseListedBefore(story, p);
    if (!o) continue;
    const placed = (people[o.person] as PersonRecord).country;
    if (placed === null) continue;
    const leaders = leadersTakingPart(people);
    if (leaders.size !== 2 || !leaders.has(placed)) continue;
    for (const c of leaders.keys()) if (c !== placed) p.country = c;
  }
}

/** Royal titles a consort pair is written with ("King X and Queen Y of Spain"). */
const ROYAL_PAIR_TITLES = new Set([...CROWNED, 'prince', 'princess', 'grand duke', 'grand duchess']);

/** "queen consort" → "queen": a consort's title, as the royal pair's set holds it. */
const withoutConsort = (title: string): string =>
  title.endsWith(' consort') ? title.slice(0, -' consort'.length) : title;

/**
 * "King Juan Carlos and Queen Sofia of Spain", "King Albert II and Queen Paola of Belgium": the throne's country
 * written once, after the second of a royal couple, is the first's too. Only a royal left without a country, right
 * before "and", a royal title and the other's name, which "of" and a country follow.
 */
export function placeRoyalCouples(story: CountryStory): void {
  const { people, tokens } = story;
  for (const p of people) {
    if (
      p.country !== null ||
      p.countrySettled ||
      !p.roles.some((r) => ROYAL_PAIR_TITLES.has(r.toLowerCase()))
    )
      continue;
    for (const m of p.mentions) {
      if (m.kind !== 'name' || tokens[m.end]?.lower !== 'and') continue;
      let k = m.end + 1;
      while (k < m.end + 4 && tokens[k]?.cap && titleHeads.has(tokens[k]?.lower ?? '')) k++;
      if (k === m.end + 1) continue;
      const o = storyNameEdges(story).startingAt(k, people.indexOf(p));
      const q = o ? people[o.person] : undefined;
      if (!o || !q || q.country === null || tokens[o.end]?.lower !== 'of') continue;
      const named = findCountries(tokens, o.end + 1, Math.min(tokens.length, o.end + 4));
      if (named.some((h) => h.country === q.country)) {
        p.country = q.country;
        break;
      }
    }
  }
}

/**
 * "Britain's King Charles III and Queen Camilla": the consort named right after a royal whose title names the
 * throne's country in the possessive shares it, whatever country the sentence is set in. Settled.
 */
export function settleRoyalConsorts(story: CountryStory): void {
  const { people, tokens } = story;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (p.countrySettled || !p.roles.some((r) => ROYAL_PAIR_TITLES.has(withoutConsort(r.toLowerCase()))))
      continue;
    const m = p.mentions.find((x) => x.kind === 'name');
    // "and Queen Consort Camilla": the consort's title is one word longer.
    const consort = m !== undefined && tokens[m.start - 1]?.lower === 'consort' ? 1 : 0;
    const and = m ? m.start - 2 - consort : -1;
    if (!m || !ROYAL_PAIR_TITLES.has(tokens[and + 1]?.lower ?? '') || tokens[and]?.lower !== 'and') continue;
    const o = storyNameEdges(story).endingAt(and, pi);
    const q = o ? people[o.person] : undefined;
    if (!o || !q || q.country === null || !q.countrySettled) continue;
    // The first royal's possessive country right before their title: "Britain's King".
    const title = o.start - 1;
    if (
      !ROYAL_PAIR_TITLES.has(tokens[title]?.lower ?? '') ||
      !POSSESSIVE_MARKS.has(tokens[title - 1]?.text ?? '')
    )
      continue;
    const owner = tokens[title - 2]?.lower ?? '';
    if (countryNames.get(owner) !== q.country) continue;
    p.country = q.country;
    p.countrySettled = true;
  }
}

/** "… their wives, A and B": the mention of A, where p is B; or null. */
function spouseListedBefore(story: CountryStory, p: PersonRecord): Mention | null {
  const { people, tokens } = story;
  const m = p.mentions.find((x) => x.kind === 'name');
  if (!m || tokens[m.start - 1]?.lower !== 'and') return null;
  const o = storyNameEdges(story).endingAt(m.start - 1, people.indexOf(p));
  if (!o || tokens[o.start - 1]?.text !== ',' || !SPOUSES.has(tokens[o.start - 2]?.lower ?? '')) return null;
  return o;
}

/**
 * The countries of the story's leaders taking part (president, prime minister, king …; with `leader`, "North Korean
 * leader" too), in order of first mention.
 */
function leadersTakingPart(people: readonly PersonRecord[], leader = false): Map<string, PersonRecord> {
  const leaders = new Map<string, PersonRecord>();
  for (const q of people)
    if (
      q.participant &&
      q.country &&
      !leaders.has(q.country) &&
      q.roles.some(
        (r) =>
          isPresidentRole(r) ||
          SINGLE_HOLDER_TITLES.has(bareTitle(r)) ||
          (leader && r.toLowerCase().endsWith(' leader')),
      )
    )
      leaders.set(q.country, q);
  return leaders;
}

/**
 * "… the two leaders planted a tree. Their wives, A and B, joined them": the spouses listed after the leaders'
 * "their" are in the leaders' order, the first the first-named leader's, when the leaders taking part are of two
 * countries. Settled before rules 2–7, whose nearest-country and surname readings would give both one side ("Kim" is
 * no husband's name in Korea) — unless the first shares the second leader's surname ("Akiko Tanabe" after
 * "Kenji Tanabe"), which the rules after decide.
 */
export function settleLeadersSpousesInOrder(story: CountryStory): void {
  const { people, tokens } = story;
  for (const p of people) {
    if (p.country !== null || p.countrySettled) continue;
    const o = spouseListedBefore(story, p);
    if (!o || tokens[o.start - 3]?.lower !== 'their') continue;
    const first = people[o.person] as PersonRecord;
    if (first.country !== null || first.countrySettled) continue;
    const leaders = [...leadersTakingPart(people, true)];
    if (leaders.length !== 2) continue;
    const [[firstCountry], [secondCountry, second]] = leaders as [
      [string, PersonRecord],
      [string, PersonRecord],
    ];
    if (familyName(first.name.split(' ')) === familyName(second.name.split(' '))) continue;
    first.country = firstCountry;
    p.country = secondCountry;
    first.countrySettled = p.countrySettled = true;
  }
}

/**
 * Each name a role serves ("adviser to President Tom Varga": "Tom Varga", "President Tom Varga" and "Varga") and
 * the people holding such a role, in the story's order: one pass over the roles rather than one per unplaced person.
 */
function advisersByServed(people: readonly PersonRecord[]): Map<string, PersonRecord[]> {
  const servedBy = new Map<string, PersonRecord[]>();
  for (const p of people)
    for (const r of p.roles) {
      // The name served is the role's tail after "to " and any capitalised words, so it starts after a space.
      for (let at = r.indexOf(' to ') + 4; at > 3 && at < r.length; at = r.indexOf(' ', at) + 1) {
        if (!SERVES_NAMED.test(r.slice(0, at))) continue;
        const name = r.slice(at);
        const holders = servedBy.get(name);
        if (!holders) servedBy.set(name, [p]);
        else if (holders[holders.length - 1] !== p) holders.push(p);
      }
    }
  return servedBy;
}

/** "The judges are A of Uganda, B of Peru …": a sentence listing the members of a group named before. */
const THE_MEMBERS_ARE = /^The (\p{Ll}+s) (?:are|were|include|included)\b/u;

/**
 * "Washington barred three judges of the International Criminal Court from entry. … The judges are A of
 * Ghana, B of Chile …": the members of an international body, listed as such, act for it, whatever country each is
 * from. Settled before the roles, whose "of Uganda" would otherwise settle them.
 */
export function settleMembersOfInternationalBody(story: CountryStory): void {
  const { doc, tokens, people, mentionsBySent } = story;
  for (let s = 1; s < doc.sentences.length; s++) {
    const [a, e] = doc.sentences[s] as [number, number];
    if (e - a < 4 || tokens[a]?.text !== 'The') continue;
    const start = (tokens[a] as Token).start;
    const m = THE_MEMBERS_ARE.exec(doc.text.slice(start, (tokens[a + 3] as Token).end));
    if (!m) continue;
    const of = new RegExp(
      `\\b${m[1]} of (?:the )?(\\p{Lu}[\\p{L}'’-]*(?: (?:of |for |and |on )?\\p{Lu}[\\p{L}'’-]*)*)`,
      'u',
    );
    const body = of.exec(doc.text.slice(0, start))?.[1];
    if (body === undefined || !namesInternationalBody(body)) continue;
    for (const o of mentionsBySent.get(s) ?? []) {
      const q = people[o.person] as PersonRecord;
      // Over "of Uganda", which settled them as they were found: the office outranks the nationality.
      if (o.kind === 'pronoun' || q.international) continue;
      settleInternational(q);
    }
  }
}

/** A bench's titles: "Judge X of Ghana", "Professor Y of the Netherlands", "Arbitrator Z", the court's registrar. */
const BENCH_TITLE_RE = /^(?:[Jj]udges?|[Aa]rbitrators?|(?:Deputy )?[Rr]egistrar|[Pp]rofessor|Prof\.?)$/;
/** Of those, the titles that only a bench's member holds (a professor sits on one only beside them). */
const JUDGE_TITLE_RE = /^(?:[Jj]udges?|[Aa]rbitrators?)$/;
/** Words that name a court or its bench in the sentence that lists its members. */
const BENCH_WORDS = new Set(['tribunal', 'court', 'bench', 'panel', 'chamber', 'arbitration']);

/**
 * "The Tribunal, presided over by Judge A of Ghana, with Judge B of France, Professor C of the Netherlands … as
 * members": the judges, arbitrators and registrar of a court or tribunal of states sit for it, not for the country
 * "of Ghana" names (the conventions' judges of the ICC). Only in a sentence that names the court or its bench and
 * lists a judge or an arbitrator among them, in a story that names an international court or an arbitral tribunal;
 * over "of Ghana", which settled them as they were found. A professor listed beside them is one of the bench.
 */
export function settleBenchOfInternationalCourt(story: CountryStory): void {
  const { doc, tokens, people, mentionsBySent } = story;
  // Cheap first: someone settled by "of <country>" whose titles are all a bench's, one of them a judge's.
  if (
    !people.some((p) => p.countrySettled && p.country !== null && p.roles.some((r) => JUDGE_TITLE_RE.test(r)))
  )
    return;
  if (!INTERNATIONAL_COURT_RE.test(doc.text)) return;
  for (const [s, ms] of mentionsBySent) {
    const bench: PersonRecord[] = [];
    let judge = false;
    for (const o of ms) {
      const q = people[o.person] as PersonRecord;
      if (o.kind === 'pronoun' || tokens[o.end]?.lower !== 'of' || !q.countrySettled || q.country === null)
        continue;
      if (q.roles.length === 0 || !q.roles.every((r) => BENCH_TITLE_RE.test(r))) continue;
      if (q.roles.some((r) => JUDGE_TITLE_RE.test(r))) judge = true;
      bench.push(q);
    }
    if (!judge) continue;
    const [a, e] = doc.sentences[s] as [number, number];
    let named = false;
    for (let k = a; k < e && !named; k++) named = BENCH_WORDS.has((tokens[k] as Token).lower);
    if (named) for (const q of bench) settleInternational(q);
  }
}

const SUMMON_VERBS = new Set(['summoned', 'summons', 'summoning']);

/**
 * "Vice Foreign Minister X summoned U.S. Ambassador Y to lodge a protest": one summons a foreign envoy to their own
 * ministry, so X is of the country the story last named before, in their sentence or the one before, that is not the
 * envoy's ("China's Foreign Ministry said …"); never of the dateline's country when that is the envoy's.
 */
export function placeSummonersOfEnvoys(story: CountryStory): void {
  const { doc, tokens, people, mentions } = story;
  for (const m of mentions) {
    const p = people[m.person] as PersonRecord;
    if (!awaitsCountry(p)) continue;
    if (!SUMMON_VERBS.has(tokens[m.end]?.lower ?? '')) continue;
    let k = m.end + 1;
    while (k < m.end + 5 && tokens[k]?.sent === m.sent && !ENVOY_WORDS.has(tokens[k]?.lower ?? '')) k++;
    if (!ENVOY_WORDS.has(tokens[k]?.lower ?? '')) continue;
    const envoy = findCountries(tokens, m.end + 1, k)[0]?.country;
    if (envoy === undefined) continue;
    const [from = 0] = doc.sentences[Math.max(0, m.sent - 1)] ?? [];
    const host = findCountries(tokens, from, m.start)
      .filter((h) => h.country !== envoy)
      .at(-1);
    if (host) p.country = host.country;
  }
}

/** Words naming a group of business people after its nationality ("U.S. business leaders", "Japanese executives"). */
const BUSINESS_GROUP = new Set(['executives', 'ceos', 'businessmen', 'businesspeople', 'industrialists']);
const BUSINESS_NOUNS = new Set(['leaders', 'executives', 'community', 'delegation', 'people']);
const COMPANY_TITLES = new Set([
  'ceo',
  'chief executive',
  'chief executive officer',
  'chairman',
  'chairwoman',
  'founder',
]);

/** The country of "<nationality> business leaders" (or "… executives") in tokens[from, to), or null. */
function businessGroupCountry(tokens: readonly Token[], from: number, to: number): string | null {
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i] as Token;
    let at = -1;
    if (BUSINESS_GROUP.has(t.lower)) at = i;
    else if (t.lower === 'business' && BUSINESS_NOUNS.has(tokens[i + 1]?.lower ?? '')) at = i;
    if (at < 0) continue;
    const hit = findCountries(tokens, Math.max(from, at - 2), at).at(-1);
    if (hit?.adjectival) return hit.country;
  }
  return null;
}

/**
 * "Xi meets U.S. business leaders … Qualcomm CEO X; FedEx CEO Y": a story about one country's business people,
 * named in its headline or lede, places every officer of a company it names there (an office in a brand alone says
 * nothing of a country), before the story's other countries can.
 */
export function settleOfficersOfBusinessGroup(story: CountryStory): void {
  const { doc, people, titleDoc, article } = story;
  if (!people.some((p) => p.country === null && p.roles.length > 0)) return;
  const [a = 0, b = 0] = doc.sentences[0] ?? [];
  const c =
    (titleDoc ? businessGroupCountry(titleDoc.tokens, 0, titleDoc.tokens.length) : null) ??
    businessGroupCountry(doc.tokens, a, b);
  if (c === null) return;
  const city = datelineCity(article.dateline?.place);
  for (const p of people) {
    if (!awaitsCountry(p) || p.roles.length === 0) continue;
    // "Blackstone chairman and CEO X": a bare company title beside the one naming the company.
    const ofBrand = (r: string): boolean => namesABody(r, city) && !namesPublicBody(r, doc.text);
    if (!p.roles.some(ofBrand) || !p.roles.every((r) => ofBrand(r) || COMPANY_TITLES.has(r.toLowerCase())))
      continue;
    p.country = c;
    p.countrySettled = true;
  }
}

/**
 * "X of the State Department and Y of the Soviet Foreign Ministry", "X of the Pentagon": a seat of government (one to
 * three capitalised words) after a name and "of (the)" is where they work, as good as a role naming it. Undefined if
 * none.
 */
function seatAfterName(tokens: readonly Token[], end: number): string | undefined {
  if (tokens[end]?.lower !== 'of') return undefined;
  const at = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
  for (const len of [3, 2, 1]) {
    const words = tokens.slice(at, at + len);
    if (words.length < len || !words.every((t) => t.cap && t.word)) continue;
    // The seat's words end its name ("of the State Department", not "of the State Department's Bureau").
    const after = tokens[at + len];
    if (after?.cap && after.word) return undefined;
    return institutionCountry.get(words.map((t) => t.lower).join(' '));
  }
  return undefined;
}

/**
 * "In a statement from the White House, President X called on …": a bare office spoken for from a seat of government
 * named right before it is that government's (and one who "watched the speech on television at the White House"),
 * whatever other country the sentence or the story names; so is one the seat's possessive opens ("the Elysee's press
 * secretary X said", after a call with another country's president; a residence's too, "Akorda's press secretary
 * Y"), and anyone named as of a seat ("X of the State Department", `seatAfterName`).
 */
export function settleSpeakersFromSeat(story: CountryStory): void {
  const { tokens, people } = story;
  for (const p of people) {
    if (!awaitsCountry(p)) continue;
    const m = p.mentions.find((o) => o.kind === 'name');
    if (!m) continue;
    const staff = seatAfterName(tokens, m.end);
    if (staff !== undefined) {
      p.country = staff;
      p.countrySettled = true;
      continue;
    }
    if (p.roles.length === 0) continue;
    // "President X, who watched the speech on television at the White House, said …": the seat (or capital) one
    // followed the event from on a broadcast is their government's; a visitor does not watch it there.
    const heard = broadcastClause(tokens, m.end);
    const watchedFrom = heard ? seatCountry(tokens, heard[0], heard[1], () => false) : null;
    if (watchedFrom !== null) {
      p.country = watchedFrom;
      p.countrySettled = true;
      continue;
    }
    const span = p.roleSpans.find((r) => r.end === m.start);
    let k = (span ? span.start : m.start) - 1;
    const owned = span !== undefined && POSSESSIVE_MARKS.has(tokens[k]?.text ?? '');
    if (tokens[k]?.text !== ',' && !owned) continue;
    k--;
    // The seat's one or two words, after "from (the)", or before "'s".
    for (const len of [2, 1]) {
      const first = tokens[k - len + 1];
      if (!first?.cap || first.sent !== m.sent) continue;
      const words = tokens.slice(k - len + 1, k + 1).map((t) => t.lower);
      const seat = words.join(' ');
      const c = institutionCountry.get(seat) ?? (owned ? residenceCountry.get(seat) : undefined);
      let f = k - len;
      if (tokens[f]?.lower === 'the') f--;
      if (c === undefined || (!owned && tokens[f]?.lower !== 'from')) continue;
      p.country = c;
      p.countrySettled = true;
      break;
    }
  }
}

/**
 * The monarchs a colony's crown is held by ("Queen X", "the King"), as bare titles, and the crown's princes ("Prince
 * X" on a tour of a realm that speaks of cutting ties with "the British monarchy").
 */
const CROWN_TITLES = new Set(['queen', 'king', 'prince', 'princess']);

/**
 * "Ghana, until last night the British colony of the Gold Coast, … a message from Queen X", "the first break by a
 * British colony … loyal to Queen X": in a story about a colony of one power, a monarch known by the bare title is
 * the colonial power's (the colony has no throne of its own). Not a "former" colony's story, whose king may be its
 * own; only a royal no earlier step placed. Settled. So in a realm's story that names the crown as another nation's
 * ("ending 400 years of rule by the British Crown", "ties with the British monarchy", "on the British throne"): not
 * "the Saudi Crown Prince", a crown with a capitalised word after it.
 */
export function settleColonialCrown(story: CountryStory): void {
  const { people, tokens, doc } = story;
  const { text } = doc;
  if (
    !text.includes('colony') &&
    !text.includes('Crown') &&
    !text.includes('monarchy') &&
    !text.includes('throne')
  )
    return;
  let power: string | null = null;
  for (let k = 1; k < tokens.length && power === null; k++) {
    const w = tokens[k]?.lower;
    if (w !== 'colony' && !(w !== undefined && CROWN_NOUNS.has(w) && !tokens[k + 1]?.cap)) continue;
    let a = k - 1;
    if (w === 'colony' && tokens[a]?.lower === 'crown') a--;
    const c = tokens[a]?.cap ? demonymCountry.get(tokens[a]?.lower ?? '') : undefined;
    if (c && !FORMER_WORDS.has(tokens[a - 1]?.lower ?? '') && tokens[a - 1]?.text !== '-') power = c;
  }
  if (power === null) return;
  for (const p of people)
    if (
      p.country === null &&
      !p.countrySettled &&
      p.roles.length > 0 &&
      p.roles.every((r) => CROWN_TITLES.has(r.toLowerCase()))
    ) {
      p.country = power;
      p.countrySettled = true;
    }
}
