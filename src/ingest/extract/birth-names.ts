// A birth name that opens a sentence ("Born Jorge X in Buenos Aires …, he was …") names the story's subject as they
// were born, no person of its own.
import { mergePersonInto } from './patronymics.ts';
import type { Mention, PersonRecord } from './person-record.ts';
import type { TokenizedText } from './tokenize.ts';
import { HE_SHE } from './lexicon.ts';

/**
 * Merges each person named only once, right after a sentence's opening "Born" and before a comma and "he"/"she"
 * later in that sentence, into the one other person the headline names: the name becomes their alias. Called once the
 * headline's people are known; indices in `mentions` and `relativeOf` are renumbered. A name first written after ",
 * born" ("The pontiff, born Jorge X in Buenos Aires, …") is likewise the birth name of whom the sentence opens with
 * (`bornAfterComma`).
 */
export function mergeBirthNames(doc: TokenizedText, people: PersonRecord[], mentions: Mention[]): void {
  const { tokens } = doc;
  for (let a = people.length - 1; a >= 0; a--) {
    const p = people[a] as PersonRecord;
    const m = p.mentions[0];
    if (p.known || !m || m.kind !== 'name') continue;
    const born = tokens[m.start - 1];
    if (born?.text === 'born' && tokens[m.start - 2]?.text === ',') {
      const into = bornAfterComma(doc, people, a, m.start - 2);
      if (into < 0) continue;
      // "… born Jorge X", then "X succeeded …": the birth name's surname is the same person's alias.
      const q = people[into] as PersonRecord;
      for (const alias of p.aliases) if (!q.aliases.includes(alias)) q.aliases.push(alias);
      mergePersonInto(people, mentions, a, into);
      continue;
    }
    if (p.mentions.length !== 1) continue;
    if (born?.text !== 'Born' || !born.first) continue;
    // "Born X in Y on December 17, 1936, he was": the comma before the pronoun, past a date's.
    let k = m.end;
    while (
      k < m.end + 20 &&
      tokens[k]?.sent === m.sent &&
      !(tokens[k]?.text === ',' && HE_SHE.has(tokens[k + 1]?.lower ?? ''))
    )
      k++;
    if (tokens[k]?.text !== ',' || tokens[k + 1]?.sent !== m.sent) continue;
    let into = -1;
    for (let b = 0; b < people.length; b++) {
      if (b === a || (people[b] as PersonRecord).titleMention < 0) continue;
      if (into >= 0) {
        into = -1;
        break;
      }
      into = b;
    }
    if (into >= 0) mergePersonInto(people, mentions, a, into);
  }
}

/** Words that open a sentence's subject as a description of one person: "The pontiff, born …", "The new king, born …". */
const DESCRIBED_SUBJECT =
  /^(?:the|a) (?:[a-z'’-]+ ){0,2}(?:pope|pontiff|king|queen|monarch|emperor|empress|sultan|emir|amir|patriarch|prince|princess|cardinal|archbishop|imam|lama|president|leader)$/;

/**
 * Whom a birth name after ", born" at `comma` belongs to: the person whose name ends right at the comma ("Pope Leo
 * XIV, born Robert X"), or, when the sentence opens with a description of one holder of an office ("The pontiff,
 * born …"), the one person the headline names; -1 when neither.
 */
function bornAfterComma(doc: TokenizedText, people: PersonRecord[], a: number, comma: number): number {
  const { tokens } = doc;
  for (let b = 0; b < people.length; b++) {
    if (b === a) continue;
    if ((people[b] as PersonRecord).mentions.some((x) => x.end === comma && x.kind !== 'pronoun')) return b;
  }
  const sent = tokens[comma]?.sent;
  let first = comma;
  while (first > 0 && tokens[first - 1]?.sent === sent) first--;
  if (comma - first > 4) return -1;
  const subject = tokens
    .slice(first, comma)
    .map((t) => t.text)
    .join(' ');
  if (!DESCRIBED_SUBJECT.test(subject.toLowerCase()) || subject[0] !== subject[0]?.toUpperCase()) return -1;
  let into = -1;
  for (let b = 0; b < people.length; b++) {
    if (b === a || (people[b] as PersonRecord).titleMention < 0) continue;
    if (into >= 0) return -1;
    into = b;
  }
  return into;
}
