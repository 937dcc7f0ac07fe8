// One who conveys a leader's greetings is of that leader's side (RULES.md, "Session 30: round 50 leftovers").
import type { CountryStory } from './country-story.ts';
import { POSSESSIVE_MARKS } from './names.ts';
import type { Mention, PersonRecord } from './person-record.ts';
import { RareSearch } from './rare-search.ts';
import type { Token } from './tokenize.ts';

const CONVE = new RareSearch('conve', 3);
const RELAYED = new RareSearch('relayed', 4);
const EXTENDED = new RareSearch('extended', 1);
const CONVEYS = new Set(['conveyed', 'conveys', 'relayed', 'extended']);
/** What a leader sends by another's mouth. */
const SENT_WORDS = new Set(['greetings', 'regards', 'wishes', 'message', 'invitation', 'condolences']);

/**
 * "X met President Y of A in A's capital. The Vice President conveyed President Z's greetings …": one who conveys a
 * leader's greetings (regards, message, invitation) brings them from their own side, and is of the leader's
 * country, whatever the sentences around them named (2–7 read the host's country there). The one conveying is a
 * name right before the verb, or "The <title>" opening the sentence for the latest person named before it after
 * that same title ("Vice President X"). Not for anyone a role or knowledge settled.
 */
export function placeGreetingBearers(story: CountryStory): void {
  const { doc, tokens, people, mentions } = story;
  // Most stories have none of the verbs: skip their tokens.
  if (!CONVE.in(doc.text) && !RELAYED.in(doc.text) && !EXTENDED.in(doc.text)) return;
  for (let k = 1; k < tokens.length; k++) {
    const verb = tokens[k] as Token;
    if (!CONVEYS.has(verb.lower)) continue;
    const leader = senderAfter(story, k);
    if (!leader || leader.country === null) {
      placeSendersNamedAfter(story, k);
      continue;
    }
    const bearer = subjectBefore(tokens, people, mentions, k);
    if (!bearer || bearer === leader || bearer.countrySettled || bearer.international) continue;
    bearer.country = leader.country;
  }
}

/**
 * "X conveyed the greetings of Leader Y and President Z to President W": the leaders whose greetings are named after
 * "of" (up to the "to" of the one greeted) are of the side of the one who brings them, once a role placed him.
 */
function placeSendersNamedAfter(story: CountryStory, verb: number): void {
  const { tokens, people, mentions, mentionsBySent } = story;
  const at = tokens[verb + 1]?.lower === 'the' ? verb + 2 : verb + 1;
  if (!SENT_WORDS.has(tokens[at]?.lower ?? '') || tokens[at + 1]?.lower !== 'of') return;
  const bearer = subjectBefore(tokens, people, mentions, verb);
  if (!bearer || !bearer.countrySettled || bearer.country === null) return;
  const sent = (tokens[verb] as Token).sent;
  let to = at + 2;
  while (tokens[to] && tokens[to]!.sent === sent && tokens[to]!.lower !== 'to') to++;
  for (const m of mentionsBySent.get(sent) ?? []) {
    if (m.kind === 'pronoun' || m.start <= at + 1 || m.end > to) continue;
    const p = people[m.person] as PersonRecord;
    if (p === bearer || p.countrySettled || p.international) continue;
    p.country = bearer.country;
  }
}

/** "conveyed President Z's greetings": the person whose possessive name, within six words, owns what is sent. */
function senderAfter(story: CountryStory, verb: number): PersonRecord | null {
  const { tokens, people, mentionsBySent } = story;
  const sent = (tokens[verb] as Token).sent;
  for (const m of mentionsBySent.get(sent) ?? []) {
    if (m.kind === 'pronoun' || m.start <= verb || m.start > verb + 6) continue;
    if (!POSSESSIVE_MARKS.has(tokens[m.end]?.text ?? '')) continue;
    const sentWord = tokens[m.end + 1]?.lower === 'best' ? tokens[m.end + 2] : tokens[m.end + 1];
    if (SENT_WORDS.has(sentWord?.lower ?? '')) return people[m.person] ?? null;
  }
  return null;
}

/** The one who conveys: a name ending right before the verb (or "also"), or a sentence's "The <title>". */
function subjectBefore(
  tokens: readonly Token[],
  people: readonly PersonRecord[],
  mentions: readonly Mention[],
  verb: number,
): PersonRecord | null {
  const end = tokens[verb - 1]?.lower === 'also' ? verb - 1 : verb;
  const named = mentions.find((m) => m.kind !== 'pronoun' && m.end === end);
  if (named) return people[named.person] ?? null;
  // "The Vice President conveyed …": "The", then only capitalised title words, from the sentence's start.
  let start = end - 1;
  while (start >= 0 && (tokens[start] as Token).cap && (tokens[start] as Token).lower !== 'the') start--;
  const the = tokens[start];
  if (!the || the.lower !== 'the' || the.sent !== (tokens[verb] as Token).sent || start + 1 >= end)
    return null;
  if (start > 0 && tokens[start - 1]?.sent === the.sent) return null;
  const title = tokens.slice(start + 1, end).map((t) => t.lower);
  let found: Mention | null = null;
  for (const m of mentions) {
    if (
      m.kind === 'pronoun' ||
      m.start >= start ||
      m.start < title.length ||
      (found && found.start > m.start)
    )
      continue;
    if (title.every((w, i) => tokens[m.start - title.length + i]?.lower === w)) found = m;
  }
  return found ? (people[found.person] ?? null) : null;
}
