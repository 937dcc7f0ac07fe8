// Later mentions of people already found: their names in the headline, and he/his/she/her in the story.
import { FILIATIONS, NAME_PARTICLES, ROMAN, looksLikeFirstName } from './names.ts';
import { SPEECH_AFTER } from './person-cues.ts';
import type { Mention, PersonRecord } from './person-record.ts';
import type { Token, TokenizedText } from './tokenize.ts';

export const PRONOUNS = new Map<string, 'm' | 'f'>([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['she', 'f'],
  ['her', 'f'],
]);
const TITLE_CITED =
  /^[^\s]*\s*['’]s\s+(?:[\w’'-]+\s+){0,3}?(?:absence|letter|message|envoy|emissary|representative|initiative|proposal|vision|thought|policy|policies|idea|concept|remarks|comments|claims|accusations|criticism|tweets?|posts?|op-ed|article|book|sister|brother|wife|husband|widow|son|daughter|mother|father)\b/i;
/**
 * "… funeral for former PM X", "World leaders bury X", "… farewell to late President X", "… commemorating X's
 * birth", "…, replacing X", "… after X resigns", "… in blow to X", "… ahead of X's trip", "… looks forward to X's
 * visit" (not made yet), "… recalls struggle with X" (a memory), "A briefs B on his call with X" (an earlier call),
 * "Mainland slams X's speech", "US … sanctions its leader X" (TITLE_SANCTIONED_BEFORE), "leaders agree X will
 * succeed Y": a headline naming the dead, the one honoured, the one replaced, an earlier event's actor, the one an
 * outcome hurts, the one criticised, the one sanctioned or the one a decision is about cites them.
 */
const TITLE_CITED_BEFORE =
  /\b(?:funeral (?:of|for)|memorial (?:of|for)|bur(?:y|ies|ied)|(?:lay|lays|laid) to rest|tributes? to|late|farewell to|mourns?|commemorat(?:e|es|ed|ing)|(?:anniversary|birth) of|in hono(?:u)?r of|hono(?:u)?ring|replac(?:ing|es)|succeed(?:ing|s)|after|(?:blow|setback|rebuke) to|on (?:his|her|their) (?:[\w-]+\s+)?(?:call|talks|meeting|conversation|summit) with|ahead of|preparations? for|prepar(?:e|es|ing) for|looks? forward to|looking forward to|awaits?|agree(?:s|d)?(?: that)?|decide(?:s|d)?(?: that)?|recalls?|recalling|remembers?|slams?|denounces?|condemns?|criticizes?|criticises?|rebukes?|lambasts?|blasts?)\s+(?:[\p{L}.'’-]+\s+){0,3}$/iu;
/** "… sanctions its leader X", "sanctions on Russian President Y": the one sanctioned (not "sanctions on Russia as Y meets …"). */
const TITLE_SANCTIONED_BEFORE =
  /\bsanction(?:s|ed)?(?:\s+(?:on|against))?\s+(?:(?:\p{Lu}[\p{L}.'’-]*|(?!(?:as|and|while|amid|when|after|before|with|over|for|to|in|at|on|by)\b)[a-z]+(?:'s|’s)?)\s+){0,3}$/u;
/**
 * "… at House hearing on Hadley shooting", "probe into X killing": a headline naming someone through an earlier act
 * done to them, as the topic of what it reports; "hints at X deal", "talks on Y swap": one a prisoner deal would free.
 */
const TITLE_TOPIC_ACT =
  /^\s*(?:shooting|assassination|attack|killing|murder|stabbing|poisoning|death|deal|swap)\b/i;
const TITLE_TOPIC_BEFORE = /\b(?:on|into|over|about|at)\s+$/i;
/**
 * "Freed hostages reach Algiers; Carter to greet them in Germany": a headline's second clause, after a semicolon,
 * that opens with a name (and at most a title) and a future ("to greet", "will fly") tells what is still to come; the
 * one it names is cited, not at the event the first clause reports.
 */
const CLAUSE_AFTER_SEMICOLON = /;\s*(?:[\p{L}.'’-]+\s+){0,3}$/u;
const FUTURE_AFTER_NAME = /^\s+(?:to|will) (?!be\b)[a-z]+\b/;

/**
 * "Tang meets party chief Odrana, receives letter from Brelik": under a headline meeting, the one whose letter or
 * message a visitor brings is cited (a headline of the message alone, "… receives message from President X", reports
 * its exchange).
 */
const LETTER_FROM_BEFORE = /\b(?:letter|message)s? from\s+(?:[\p{L}.'’-]+\s+){0,3}$/iu;
const TITLE_MEETING = /\b(?:meets|met|holds talks|held talks)\b/i;
/**
 * "Baker-Aziz talks fail; Iraqi refuses to accept Bush letter to Saddam": under a headline of talks, the one whose
 * letter (a surname before "letter", with no possessive) was brought to them is cited, as "receives letter from X" is.
 */
const ATTRIBUTIVE_LETTER = /^\s+(?:letter|message)s?\b/i;
/**
 * "PM receives X Peace Prize", "… wins Y Memorial Award": a name right before a prize's capitalised name is the
 * prize's namesake, cited, not at the ceremony (case-sensitive: "X prize pledge" is no prize's name).
 */
const PRIZE_NAMESAKE = /^\s+(?:(?:Peace|Memorial|International)\s+)?(?:Prize|Award|Medal|Trophy|Lecture)\b/;
const TITLE_TALKS = /\b(?:meets|met|talks|meeting)\b/i;

/**
 * "X offers to carry Y's message to Z after Kyiv talks": the one a message is for, who has not got it yet (not
 * "Envoy delivers X's letter to Z", handed over in person).
 */
const MESSAGE_TO_BEFORE = /\b(?:letter|message)s? (?:to|for)\s+(?:[\p{L}.'’-]+\s+){0,3}$/iu;
const HANDED_OVER_TITLE = /\b(?:deliver|hand|present|receiv|pass)/i;

function citedBefore(before: string, title: string): boolean {
  return (
    TITLE_CITED_BEFORE.test(before) ||
    (before.includes('anction') && TITLE_SANCTIONED_BEFORE.test(before)) ||
    (LETTER_FROM_BEFORE.test(before) && TITLE_MEETING.test(title)) ||
    (MESSAGE_TO_BEFORE.test(before) && !HANDED_OVER_TITLE.test(title))
  );
}

/**
 * "Wang: A-B meeting in Bali candid and constructive": a headline opened by a speaker's name and a colon gives their
 * words; whoever the words name after the colon is cited, not reported taking part. The offset of that colon, or -1
 * (a name of the story, at most three words, must stand alone before it: not "Exclusive:" nor "UPDATE 2:").
 */
function speakerColon(title: TokenizedText, people: PersonRecord[]): number {
  const colon = title.text.indexOf(':');
  if (colon < 0) return -1;
  const words = title.text.slice(0, colon).trim().split(/\s+/);
  if (words.length > 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return -1;
  const last = words[words.length - 1] ?? '';
  return people.some((p) => p.tokens.includes(last) || p.aliases.includes(last)) ? colon : -1;
}

/** Whether a regnal name ("John XXIII") is followed in the headline by a capitalised word that is not its own next. */
function otherRegnalName(name: readonly string[], next: Token | undefined): boolean {
  if (name.length < 2 || !ROMAN.test(name[name.length - 1] as string)) return false;
  return next !== undefined && next.cap && next.word && next.text !== name[1];
}

/** Headline mentions (by full name or a name token) of people found in the story. */
export function findTitleMentions(title: TokenizedText, people: PersonRecord[]): void {
  const tokens = title.tokens;
  const colon = speakerColon(title, people);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.cap || !t.word || NAME_PARTICLES.has(t.lower)) continue;
    for (const person of people) {
      let k = person.tokens.indexOf(t.text);
      // "Sultan of Oman" in the headline and "Zayed bin Sultan" in the story: a father's name after "bin" is no way
      // to name the son on its own.
      if (k > 0 && FILIATIONS.has((person.tokens[k - 1] as string).toLowerCase())) k = -1;
      // "Pope John Paul II laid to rest" names no "John XXIII": a regnal name's first word followed by another
      // name's word (not its own next one) is the other's.
      if (k === 0 && otherRegnalName(person.tokens, tokens[i + 1])) k = -1;
      if (k < 0) {
        // "Quinzinho, Brazil's three-time world champion, dies" for Joaquim Alves do Prado, "Quinzinho" in the story.
        if (person.titleMention < 0 && person.aliases.includes(t.text)) {
          person.titleMention = i;
          break;
        }
        continue;
      }
      if (person.titleMention < 0) person.titleMention = i;
      // "Sato Hiroshi elected …" over a story of "Hiroshi Sato": the headline writes the name family name first,
      // the order it is first written in; the story's order is another form of it.
      if (
        person.tokens.length === 2 &&
        k === 1 &&
        tokens[i + 1]?.text === person.tokens[0] &&
        !person.known &&
        person.mentions.length > 0
      ) {
        person.aliases.push(person.name);
        person.name = title.text.slice(t.start, (tokens[i + 1] as Token).end);
        i++;
        break;
      }
      // "Do Nam Lam meets …": the whole name from a particle-like first word the loop passed over ("Do", "Le").
      const from = i - k;
      const full = from >= 0 && person.tokens.every((x, q) => tokens[from + q]?.text === x);
      // "Wu's letter read at forum", "… as Wu's special representative", "delegation led by Choe Song-il's sister":
      // the headline cites them, it does not report them taking part.
      const nameEnd = full ? (tokens[from + person.tokens.length - 1] as Token).end : t.end;
      if (
        TITLE_CITED.test(title.text.slice(nameEnd, nameEnd + 40)) ||
        (ATTRIBUTIVE_LETTER.test(title.text.slice(nameEnd, nameEnd + 12)) && TITLE_TALKS.test(title.text)) ||
        PRIZE_NAMESAKE.test(title.text.slice(nameEnd, nameEnd + 30)) ||
        (TITLE_TOPIC_ACT.test(title.text.slice(t.end, t.end + 20)) &&
          TITLE_TOPIC_BEFORE.test(title.text.slice(Math.max(0, t.start - 10), t.start))) ||
        (person.titleMention === i &&
          citedBefore(title.text.slice(Math.max(0, t.start - 60), t.start), title.text)) ||
        (colon >= 0 && t.start > colon && person.titleMention === i) ||
        (person.titleMention === i &&
          FUTURE_AFTER_NAME.test(title.text.slice(nameEnd, nameEnd + 30)) &&
          CLAUSE_AFTER_SEMICOLON.test(title.text.slice(Math.max(0, t.start - 60), t.start)))
      )
        person.titleCited = true;
      if (full) {
        i = from + person.tokens.length - 1;
        break;
      }
      // "von der Hagen": particles before the matched token belong to the alias.
      let a = i;
      while (a > 0 && k - (i - a) > 0 && NAME_PARTICLES.has(tokens[a - 1]?.lower ?? '')) a--;
      // "Tang meets Valdorian governor Harry Pell" for Henry J. Pell Jr.: a given name the story does not use, right
      // before the surname, makes the headline's name an alias.
      const given = tokens[a - 1];
      if (k > 0 && given?.cap && looksLikeFirstName(given) && !person.tokens.includes(given.text)) a--;
      const alias = tokens
        .slice(a, i + 1)
        .map((x) => x.text)
        .join(' ');
      // "Do Kwang": a particle-like given name ("Do") before the surname makes the full name, no alias.
      const lower = alias.toLowerCase();
      if (
        person.tokens.length > 1 &&
        lower !== person.name.toLowerCase() &&
        !person.aliases.some((x) => x.toLowerCase() === lower)
      )
        person.aliases.push(alias);
      break;
    }
  }
}

/** The first of `list` ending by `end` whose person can be referred to by a pronoun of gender `g`. */
function firstCompatible(
  list: Mention[] | undefined,
  people: PersonRecord[],
  g: 'm' | 'f',
  end: number,
): Mention | undefined {
  if (!list) return undefined;
  for (const m of list) {
    if (m.end > end) continue;
    const pg = (people[m.person] as PersonRecord).gender;
    if (pg === null || pg === g) return m;
  }
  return undefined;
}

/**
 * The opening mark of a quotation that closes right before token `at` ("… sides,\" he said"), or -1. Straight
 * marks are told apart by the punctuation before the closing one; a quotation is looked for within 120 tokens.
 */
function quoteOpenedBefore(tokens: readonly Token[], at: number): number {
  const close = tokens[at - 1];
  if (!close || (close.text !== '"' && close.text !== '”')) return -1;
  const p = tokens[at - 2]?.text;
  if (p !== ',' && p !== '?' && p !== '!' && p !== '.') return -1;
  for (let k = at - 2; k >= 0 && k >= at - 120; k--) {
    const x = (tokens[k] as Token).text;
    if (x === '“' || (x === '"' && close.text === '"')) return k;
    if (x === '”') return -1;
  }
  return -1;
}

/** he/his/him/she/her -> the subject of the current or a recent sentence with a compatible person. */
export function resolvePronouns(doc: TokenizedText, people: PersonRecord[], mentions: Mention[]): void {
  if (people.length === 0) return;
  const bySent = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySent.get(m.sent);
    if (list) list.push(m);
    else bySent.set(m.sent, [m]);
  }
  const added: Mention[] = [];
  for (const i of doc.pronouns) {
    const t = doc.tokens[i] as Token;
    const g = PRONOUNS.get(t.lower);
    if (!g) continue;
    // "… the death of Marco Salvi, he said.": a closing speech tag refers back to the speaker of the
    // sentences before, not to a name inside the words reported.
    const next = doc.tokens[i + 2];
    const closingTag =
      doc.tokens[i - 1]?.text === ',' &&
      SPEECH_AFTER.has(doc.tokens[i + 1]?.lower ?? '') &&
      (next === undefined || next.sent !== t.sent || next.text === '.');
    // "'Garrick understands,' he said.": after a quotation, the speaker is named before its opening mark, never
    // inside the words reported (which may run over several sentences).
    const open = SPEECH_AFTER.has(doc.tokens[i + 1]?.lower ?? '') ? quoteOpenedBefore(doc.tokens, i) : -1;
    const from = open >= 0 ? (doc.tokens[open] as Token).sent : t.sent;
    let target =
      closingTag && open < 0 ? undefined : firstCompatible(bySent.get(from), people, g, open >= 0 ? open : i);
    for (let s = from - 1; !target && s >= 0 && s >= from - 6; s--) {
      target = firstCompatible(bySent.get(s), people, g, Infinity);
    }
    if (!target) continue;
    const m: Mention = { person: target.person, start: i, end: i + 1, sent: t.sent, kind: 'pronoun' };
    added.push(m);
    // "She said the plan, which President Liu set out, works. 'Hope,' she said.": a later pronoun chains to the
    // subject pronoun before a name inside its clause, so a resolved "she"/"he" is a mention of its sentence.
    if (t.lower === 'she' || t.lower === 'he') {
      const list = bySent.get(t.sent);
      if (!list) bySent.set(t.sent, [m]);
      else {
        let at = list.length;
        while (at > 0 && (list[at - 1] as Mention).start > i) at--;
        list.splice(at, 0, m);
      }
    }
  }
  if (added.length === 0) return;
  // Names and pronouns are each in text order: merge them, names first at the same token (as a stable sort by
  // position would), and give every person theirs in that order.
  const names = mentions.slice();
  mentions.length = 0;
  for (let a = 0, b = 0; a < names.length || b < added.length;) {
    const name = names[a];
    const pronoun = added[b];
    if (pronoun === undefined || (name !== undefined && name.start <= pronoun.start)) {
      mentions.push(name as Mention);
      a++;
    } else {
      mentions.push(pronoun);
      b++;
    }
  }
  for (const p of people) p.mentions.length = 0;
  for (const m of mentions) (people[m.person] as PersonRecord).mentions.push(m);
}
