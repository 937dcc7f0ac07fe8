// Redundant forms of one person's titles across articles, for the person's merged list and their page's roles table.
import { titleHeads } from './extract/roles.ts';

/**
 * Words that change what a title means, so "former president", "first female foreign minister" or "new Foreign
 * Minister" do not stand for the bare title.
 */
const RANK_OR_TIME =
  /\b(?:former|ex|deputy|vice|acting|interim|outgoing|incoming|late|assistant|under|co|associate|first|new|founding)\b/i;

/**
 * The person page's list: a role that another of the person's roles ends with ("President" beside "Indonesian
 * President", "Prince" beside "Crown Prince") adds nothing and is dropped. Articles keep both, as the golds do. The
 * bare title stays beside "Deputy Prime Minister" or "former president" (another office or time) and beside a stack
 * of two titles the extractor left joined ("Defence Minister Marshal"), which says nothing more about it.
 */
export function withoutShorterForms(roles: readonly string[]): string[] {
  if (roles.length < 2) return roles.slice();
  const lower = roles.map((r) => r.toLowerCase());
  return roles.filter((_, i) => {
    const tail = ` ${lower[i]}`;
    return !lower.some(
      (other, j) => j !== i && other.endsWith(tail) && qualifies(other.slice(0, -tail.length)),
    );
  });
}

/** Whether the words before a shared title only narrow it ("Indonesian", "Crown", "Bank of Japan"). */
function qualifies(prefix: string): boolean {
  return !RANK_OR_TIME.test(prefix) && !prefix.split(' ').some((w) => titleHeads.has(w));
}
