// A birth name that opens a sentence ("Born Jorge X in Buenos Aires …, he was …") names the story's subject as they
// were born, no person of its own.
import { mergePersonInto } from './patronymics.ts';
import type { Mention, PersonRecord } from './person-record.ts';
import type { TokenizedText } from './tokenize.ts';

const SUBJECT_PRONOUNS = new Set(['he', 'she']);

/**
 * Merges each person named only once, right after a sentence's opening "Born" and before a comma and "he"/"she"
 * later in that sentence, into the one other person the headline names: the name becomes their alias. Called once the
 * headline's people are known; indices in `mentions` and `relativeOf` are renumbered.
 */
export function mergeBirthNames(doc: TokenizedText, people: PersonRecord[], mentions: Mention[]): void {
  const { tokens } = doc;
  for (let a = people.length - 1; a >= 0; a--) {
    const p = people[a] as PersonRecord;
    const m = p.mentions[0];
    if (p.known || p.mentions.length !== 1 || !m || m.kind !== 'name') continue;
    const born = tokens[m.start - 1];
    if (born?.text !== 'Born' || !born.first) continue;
    // "Born X in Y on December 17, 1936, he was": the comma before the pronoun, past a date's.
    let k = m.end;
    while (
      k < m.end + 20 &&
      tokens[k]?.sent === m.sent &&
      !(tokens[k]?.text === ',' && SUBJECT_PRONOUNS.has(tokens[k + 1]?.lower ?? ''))
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
