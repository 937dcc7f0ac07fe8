// Records of a story's people and their mentions while they are extracted, and the name key they are matched by.
import type { KnownPerson } from '../../common/dataset.ts';
import type { RoleSpan } from './appositive.ts';
import { femaleWords, maleWords, spokesWords, titleHeads, titleModifiers } from './roles.ts';

export interface Mention {
  person: number;
  start: number;
  end: number;
  sent: number;
  kind: 'name' | 'alias' | 'pronoun' | 'title';
}

export interface PersonRecord {
  name: string;
  tokens: string[];
  aliases: string[];
  roles: string[];
  roleSpans: RoleSpan[];
  country: string | null;
  /** Country settled by a role, a "of Spain" tail or knowledge: context must not override it. */
  countrySettled: boolean;
  international: boolean;
  gender: 'm' | 'f' | null;
  mentions: Mention[];
  titleMention: number;
  spokesperson: boolean;
  participant: boolean;
  /** The headline only cites them ("Wu's letter …"). */
  titleCited: boolean;
  /** The seeds/people.json entry this person matched, if any. */
  known: KnownPerson | null;
  /** "Tanabe's wife Emiko Tanabe": the person they are introduced as a relative of (index), else -1. */
  relativeOf: number;
  /** "its President": the office is a body's ("Supreme People's Court"), not the country's one-holder office. */
  bodyOffice?: boolean;
  /** Named in passing (a work's credit, a story filed from abroad): no domestic story's local. */
  inPassing?: boolean;
  /** "Chea Vuthy's father, Chea Sen": the relation word they are introduced by ("father"). */
  relation?: string;
}

const NON_ASCII = /[^\u0020-\u007e]/;
export function normKey(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase().trim();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .trim();
}

/**
 * The names (not pronouns) in `mentions` by the token they end at and the one they start at, in the array's order:
 * what a `mentions.find` of the first name ending (or starting) at a token gives, without a scan of every mention for
 * each question (a list of relatives, teammates or a summit's guests asks once per name, for each name beside it).
 * Read lazily up to the array's length; the array may grow by push while an index is in use, but one made before a
 * sort would answer in the old order.
 */
export class NameEdges {
  /** The index in `mentions` of the first name at each token, by the edge asked about (each read when first asked). */
  private readonly firstAt = { start: new Map<number, number>(), end: new Map<number, number>() };
  private readonly read = { start: 0, end: 0 };
  constructor(private readonly mentions: readonly Mention[]) {}

  /** The first name ending right at token `end` of another person than `self` (-1: of anyone). */
  endingAt(end: number, self = -1): Mention | undefined {
    return this.first('end', end, self);
  }

  /** The first name starting at token `start` of another person than `self` (-1: of anyone). */
  startingAt(start: number, self = -1): Mention | undefined {
    return this.first('start', start, self);
  }

  private first(edge: 'start' | 'end', at: number, self: number): Mention | undefined {
    const { mentions } = this;
    const firstAt = this.firstAt[edge];
    let read = this.read[edge];
    for (; read < mentions.length; read++) {
      const m = mentions[read] as Mention;
      if (m.kind !== 'pronoun' && !firstAt.has(m[edge])) firstAt.set(m[edge], read);
    }
    this.read[edge] = read;
    const from = firstAt.get(at);
    if (from === undefined) return undefined;
    // Past the first only where it is `self`'s (rare: a second name at the same token is rarer still).
    for (let i = from; i < read; i++) {
      const m = mentions[i] as Mention;
      if (m[edge] === at && m.kind !== 'pronoun' && m.person !== self) return m;
    }
    return undefined;
  }
}

// ------------------------------------------------------------------------------------------ people
/**
 * The words of a name: "Kh.Dorj", as Mongolian outlets glue a patronymic initial to the name, has the words of
 * "Kh. Dorj", so "Dorj" alone is that person.
 */
export const personNameWords = (name: string): string[] =>
  // Without a full stop only spaces part the words, and the plain split is the cheaper (PERFORMANCE.md, perf33).
  name.includes('.') ? name.split(/\s+|(?<=\p{Lu}\p{Ll}?\.)(?=\p{Lu}\p{Ll})/u) : name.split(/\s+/);

/** A person of the story named `name`, before anything else is known of them. */
/**
 * Whether a later country step may still place `p`: no country yet, none settled on ("settled with none", as a foreign
 * firm's chief is) and no international office. Every default step asks this first.
 */
export function awaitsCountry(p: PersonRecord): boolean {
  return p.country === null && !p.countrySettled && !p.international;
}

export function newPerson(name: string, known: KnownPerson | null): PersonRecord {
  return {
    name,
    tokens: personNameWords(name),
    aliases: [],
    roles: [],
    roleSpans: [],
    country: null,
    countrySettled: false,
    international: false,
    gender: null,
    mentions: [],
    titleMention: -1,
    spokesperson: false,
    participant: false,
    known,
    titleCited: false,
    relativeOf: -1,
  };
}

/** A role as a person holds it: "the elder Chea, now president of the Senate,": the office, not when it is held. */
export function roleText(role: string): string {
  // "then-President X": the hyphened "then" is dropped as the spaced one is (the corpus README's convention);
  // "X, previously ambassador to the UN,": so is "previously", another word of when.
  return role.replace(/^(?:(?:the|a|an|also|then|now|our|previously)\s+|then-(?=\w))/i, '').trim();
}

/** Where p holds `role` (as roleText gives it), case aside, as addRole keeps one of each; -1 if p does not. */
export function roleIndex(p: PersonRecord, role: string): number {
  const lower = role.toLowerCase();
  return p.roles.findIndex((x) => x.toLowerCase() === lower);
}

const TIME_ONLY_ROLE = /^(?:late|former|outgoing)$/i;

/**
 * "Crown Prince of Abu Dhabi and Deputy Supreme Commander of the Armed Forces", "Minister of Finance and Coordinating
 * Minister of the Economy": two offices joined by "and" are two roles (the corpus README's convention), when a
 * capitalised title head comes before the "and" and a capitalised title (a head, or up to two modifiers and a head)
 * right after it. "Minister of Trade and Industry", "Minister for Culture and the Arts" stay whole.
 */
function splitOffices(r: string): string[] {
  const at = r.indexOf(' and ');
  if (at < 0) return [r];
  const before = r.slice(0, at).split(' ');
  const after = r.slice(at + 5).split(' ');
  const capHead = (w: string | undefined) =>
    w !== undefined && /^\p{Lu}/u.test(w) && titleHeads.has(w.toLowerCase());
  if (!before.some(capHead)) return [r];
  let k = 0;
  while (k < 2 && /^\p{Lu}/u.test(after[k] ?? '') && titleModifiers.has((after[k] as string).toLowerCase()))
    k++;
  if (!capHead(after[k])) return [r];
  return [r.slice(0, at), ...splitOffices(r.slice(at + 5))];
}

export function addRole(p: PersonRecord, role: string): void {
  const parts = splitOffices(role);
  if (parts.length > 1) {
    for (const part of parts) addRole(p, part);
    return;
  }
  const r = roleText(role);
  // "the late Mr X", "the former Dr Y": a word of time before an honorific is no role of its own. "the great X" only
  // praises ("judo great Y" holds a title): the finder reads "great" as a title's head, so that the name starts
  // after it, but "great" alone is kept as no role.
  if (!r || TIME_ONLY_ROLE.test(r) || r === 'great' || r === 'Great' || roleIndex(p, r) >= 0) return;
  const lower = r.toLowerCase();
  p.roles.push(r);
  for (const w of lower.split(/[\s-]+/)) {
    if (femaleWords.has(w)) p.gender ??= 'f';
    else if (maleWords.has(w)) p.gender ??= 'm';
    if (spokesWords.has(w)) p.spokesperson = true;
  }
  // "Akorda's press secretary X said": a press secretary speaks for someone else, as a spokesperson does.
  if (lower.includes('press secretar')) p.spokesperson = true;
}
