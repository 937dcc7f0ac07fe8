// The bookkeeping of one story's people while its capitalised runs are read: people, their mentions, names and
// aliases, and the seeds' known people and non-people by name key.
import type { Knowledge, KnownPerson } from '../../common/dataset.ts';
import { AGE_RE, appositiveRoles, asRoles, isDistinction, officeAfterApposedObject } from './appositive.ts';
import { findCountries } from './countries.ts';
import { subnationalAt } from './country-context.ts';
import { familyNameFirst } from './name-shapes.ts';
import { ARTICLE_WORDS, femaleNames, firstNames, maleNames } from './lexicon.ts';
import {
  FILIATIONS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  POSSESSIVE_MARKS,
  namePossessive,
  particleSurname,
  placeBeforeNationality,
  titleBodyEnd,
  titlePrefixStart,
  type Run,
} from './names.ts';
import { SPOUSE_TITLES } from './one-holder-offices.ts';
import { PATRONYMIC } from './patronymics.ts';
import {
  PERSONAL_STYLES,
  isOccupation,
  rankAbbreviations,
  relationWords,
  titleHeads,
  titleModifiers,
  SHEIKH_STYLES,
} from './roles.ts';
import {
  type Mention,
  type PersonRecord,
  normKey,
  newPerson,
  addRole,
  personNameWords,
} from './person-record.ts';
import type { PluralTitleGroup } from './plural-titles.ts';
import type { Token, TokenizedText } from './tokenize.ts';

/** ", the grandson of", ", a younger son of": a relation set off after a name, with one word before it at most. */
const RELATION_SET_OFF = /^,\s+(?:the\s+|a\s+)?(?:[a-z]+\s+)?([a-z]+)\s+of\b/;

/** Known people of seeds/people.json by normKey of name and aliases, built once per knowledge object. */
const knownIndexes = new WeakMap<Knowledge, Map<string, KnownPerson>>();
export function knownByKey(knowledge: Knowledge): Map<string, KnownPerson> {
  let known = knownIndexes.get(knowledge);
  if (!known) {
    known = new Map();
    for (const k of knowledge.people) {
      known.set(normKey(k.name), k);
      for (const a of k.aliases ?? []) known.set(normKey(a), k);
    }
    knownIndexes.set(knowledge, known);
  }
  return known;
}
/** Names that are never people, by normKey, built once per knowledge object. */
const notPeopleIndexes = new WeakMap<Knowledge, Set<string>>();
export function notPeopleKeys(knowledge: Knowledge): Set<string> {
  let keys = notPeopleIndexes.get(knowledge);
  if (!keys) {
    keys = new Set(knowledge.notPeople.map(normKey));
    notPeopleIndexes.set(knowledge, keys);
  }
  return keys;
}

/** The Arabic article joined to a surname ("al-Masri", "el-Sharif"), written without it on later mentions. */
const ARTICLE_PREFIX = /^(?:al|el)-/i;
/** The second word of a Gulf name: a "bin" or the "Al-" of a father's or family name ("Omar bin Ali", "Omar Al-Salem"). */
const GULF_SECOND_WORD = /^(?:bin|bint|ibn|al|al-\S+)$/i;
/** Styles a Gulf royal is called by with the given name ("Sheikh Omar", "Sultan Ali", "Amir Sheikh Omar"). */
const GIVEN_NAME_STYLES: ReadonlySet<string> = new Set([
  ...SHEIKH_STYLES,
  'sultan',
  'emir',
  'amir',
  'sayyid',
]);

/** A one-letter initial with its period ("k. varadan"), or without it ("k varadan"), in a name's key. */
const INITIAL_DOT = /(?:^|\s)\p{L}\. /u;
const HYPHENS = /-/g;
const CAPS_NAME = /^[A-Z]{2,}$/;
/** A second letter in capitals: the cheap test before a word is compared in capitals ("MORI" but not "Mori"). */
const capitalsAt1 = (w: string): boolean => {
  const c = w.charCodeAt(1);
  return c >= 65 && c <= 90;
};
const INITIAL_DOT_G = /(?<=^|\s)(\p{L})\. /gu;
const INITIAL_BARE = /(?:^|\s)\p{L} /u;
const INITIAL_BARE_G = /(?<=^|\s)(\p{L}) /gu;

/**
 * The bookkeeping of one story's people while its capitalised runs are read. One object per article with
 * methods, rather than helper closures made inside findPeople: closures cost an allocation (and, under tsx's
 * keepNames, a defineProperty) each time they are created.
 */
export class PeopleFinder {
  readonly tokens: Token[];
  readonly text: string;
  readonly people: PersonRecord[];
  readonly mentions: Mention[];
  readonly byName = new Map<string, number>();
  /** normKey of each person's name and aliases, by person index: compared for every mention. */
  readonly nameKeys: string[] = [];
  readonly aliasKeys: Set<string>[] = [];
  /** Title runs that end in a head with no name ("Chinese State Councilor"), by end token. */
  readonly roleOnly = new Map<number, Run>();
  /** The shared plural titles already read ("Presidents A and B"). */
  readonly pluralRead = new Set<PluralTitleGroup>();

  constructor(doc: TokenizedText, people: PersonRecord[], mentions: Mention[]) {
    this.tokens = doc.tokens;
    this.text = doc.text;
    this.people = people;
    this.mentions = mentions;
  }

  span(s: number, e: number): string {
    return this.text.slice((this.tokens[s] as Token).start, (this.tokens[e - 1] as Token).end);
  }

  /** The person named `name` (whose normKey is `key`), added when new. */
  addPerson(name: string, key: string, knownPerson?: KnownPerson): number {
    const existing = this.byName.get(key);
    if (existing !== undefined) return existing;
    if (!knownPerson) {
      const named = this.surnameFirst(name, key);
      if (named >= 0) return named;
      const given = this.givenNameFirst(name, key);
      if (given >= 0) return given;
    }
    const p = newPerson(knownPerson ? knownPerson.name : name, knownPerson ?? null);
    const first = p.tokens[0]?.toLowerCase() ?? '';
    if (femaleNames.has(first) && !maleNames.has(first)) p.gender = 'f';
    else if (maleNames.has(first) && !femaleNames.has(first)) p.gender = 'm';
    this.people.push(p);
    const idx = this.people.length - 1;
    this.nameKeys.push(knownPerson ? normKey(knownPerson.name) : key);
    this.aliasKeys.push(new Set());
    this.byName.set(key, idx);
    for (const a of knownPerson?.aliases ?? []) this.byName.set(normKey(a), idx);
    return idx;
  }

  /** A new person of a name another already answers to ("the mother of President X"); later uses of the name are the
   * new person's. */
  addNamesake(name: string, key: string): number {
    this.byName.delete(key);
    return this.addPerson(name, key);
  }

  /**
   * "Syrian Foreign Minister al-Hamdani calls for … / … Syrian Foreign Minister Omar Hassan al-Hamdani": a person
   * first named by surname alone (in a standfirst) is the one a later full name ends with. Takes the full name for
   * that person and returns its index, or -1.
   */
  surnameFirst(name: string, key: string): number {
    const tokens = personNameWords(name);
    if (tokens.length < 2) return -1;
    const last = tokens[tokens.length - 1] as string;
    let found = -1;
    for (let i = 0; i < this.people.length; i++) {
      const q = this.people[i] as PersonRecord;
      if (q.tokens[q.tokens.length - 1] !== last) continue;
      // A full name that ends so already: the surname is theirs.
      if (q.tokens.length > 1 || q.known || found >= 0) return -1;
      found = i;
    }
    // Only a titled surname: "Sultan Hamzah" or "Pope Leonides" is named by a given name, and "Anwar Hamzah" is
    // someone else.
    const only = this.people[found];
    if (!only || only.roles.length === 0 || firstNames.has(last.toLowerCase())) return -1;
    // "President Harlow … Martha Harlow gave … a tour", "Ada Brekke, the mother of President Brekke": a woman's
    // full name with no title of its own after a titled surname is a relative's (not "Chancellor Greta Vogt").
    const given = (tokens[0] as string).toLowerCase();
    if (femaleNames.has(given) && !maleNames.has(given) && only.gender !== 'f' && !this.titledAt(name))
      return -1;
    // "Imam Harlow … Omar Harlow, the grandson of the late Imam": a full name a relation sets off is a relative's.
    if (this.relationSetOffAt(name)) return -1;
    return this.takeFullName(found, name, tokens, key);
  }

  /** Whether the text's first `name` is set off by a relation of someone ("X, the grandson of", ", a son of"). */
  private relationSetOffAt(name: string): boolean {
    const at = this.text.indexOf(name);
    if (at < 0) return false;
    const after = RELATION_SET_OFF.exec(this.text.slice(at + name.length, at + name.length + 40))?.[1];
    return after !== undefined && relationWords.has(after);
  }

  /**
   * "General Secretary of the Communist Party of China (CPC) Central Committee and President of China X": a title
   * and the body it heads, capitalised throughout, right before the "and" at `and` — the first of two offices (not
   * after "the": "met the President of France and Prime Minister X" names two people).
   */
  private bodyTitleBefore(and: number): Run | undefined {
    const { tokens } = this;
    const last = tokens[and - 1];
    if (!last || !(last.cap || last.text === ')')) return undefined;
    // "Secretary of State X and Defense Secretary Y": a name closes the first title; it is that person's.
    if (this.mentions.some((m) => m.end === and)) return undefined;
    const sent = last.sent;
    for (let k = and - 2; k > 0 && k >= and - 16; k--) {
      const t = tokens[k] as Token;
      if (t.sent !== sent) return undefined;
      if (t.lower === 'of') {
        const head = tokens[k - 1] as Token;
        if (!head.cap || !titleHeads.has(head.lower)) continue;
        let from = k - 1;
        // "General Secretary", "First Vice President": the capitalised words that qualify the head; "Secretary
        // General", "Deputy Director General": and a head the last head completes.
        for (
          let q = tokens[from - 1];
          q?.cap && q.sent === sent && (titleModifiers.has(q.lower) || titleHeads.has(q.lower));
          q = tokens[from - 1]
        )
          from--;
        from = titlePrefixStart(tokens, from);
        const opener = tokens[from - 1];
        return opener?.sent === sent && (opener.lower === 'the' || opener.lower === 'of')
          ? undefined
          : { start: from, end: and };
      }
      if (!(t.cap || t.lower === 'the' || t.text === '(' || t.text === ')' || POSSESSIVE_MARKS.has(t.text)))
        return undefined;
    }
    return undefined;
  }

  /** Whether the text's first `name` follows a title head ("Chancellor Greta Vogt"). */
  private titledAt(name: string): boolean {
    const at = this.text.indexOf(name);
    const before = /([\p{L}-]+)\s+$/u.exec(this.text.slice(Math.max(0, at - 40), at))?.[1];
    return at >= 0 && before !== undefined && titleHeads.has(before.toLowerCase());
  }

  /**
   * "the Sultan Ali and Sheikh Omar summit, in honour of the late Sultan Ali bin Khalid …": a Gulf royal first named
   * by the given name alone after a title is the one a later "bin" name opens with. Takes the full name for that
   * person and returns its index, or -1.
   */
  givenNameFirst(name: string, key: string): number {
    const tokens = personNameWords(name);
    if (tokens.length < 3 || !GULF_SECOND_WORD.test(tokens[1] as string)) return -1;
    const first = tokens[0] as string;
    const found = this.people.findIndex((q) => q.tokens.length === 1 && q.tokens[0] === first && !q.known);
    const only = this.people[found];
    // Named by a title ("Sultan Ali") or a style ("Sheikh Omar"), not a bare word that may be someone else's.
    const styled = (m: Mention) => GIVEN_NAME_STYLES.has(this.tokens[m.start - 1]?.lower ?? '');
    if (!only || (only.roles.length === 0 && !only.mentions.some(styled))) return -1;
    return this.takeFullName(found, name, tokens, key);
  }

  /**
   * Ramon "Nick" Dela Rosa: the words after a quoted nickname that follows person `found`'s name finish that
   * name (the nickname is already an alias); `start`–`end` become a mention of the whole name. The old, partial
   * name is no alias: the text never uses it on its own.
   */
  finishNameAfterNickname(found: number, start: number, end: number, surface: string): void {
    const p = this.people[found] as PersonRecord;
    const name = `${p.name} ${surface}`;
    const key = normKey(name);
    p.name = name;
    p.tokens = personNameWords(name);
    this.nameKeys[found] = key;
    this.byName.set(key, found);
    this.mention(found, start, end, surface, key);
  }

  /** Person `found`, so far named by one word, takes the full name `name`; the old name becomes an alias. */
  private takeFullName(found: number, name: string, tokens: string[], key: string): number {
    const p = this.people[found] as PersonRecord;
    const old = p.name;
    p.name = name;
    p.tokens = tokens;
    p.aliases.push(old);
    (this.aliasKeys[found] as Set<string>).add(this.nameKeys[found] as string);
    this.nameKeys[found] = key;
    this.byName.set(key, found);
    for (const m of p.mentions) if (m.kind === 'name') m.kind = 'alias';
    return found;
  }

  /** A mention of `person` by tokens [start, end), whose text is `surface` and normKey `key`. */
  mention(person: number, start: number, end: number, surface: string, key: string): void {
    const kind: Mention['kind'] = key === this.nameKeys[person] ? 'name' : 'alias';
    const m: Mention = { person, start, end, sent: (this.tokens[start] as Token).sent, kind };
    this.mentions.push(m);
    const p = this.people[person] as PersonRecord;
    p.mentions.push(m);
    const seenAliases = this.aliasKeys[person] as Set<string>;
    if (kind === 'alias' && !seenAliases.has(key)) {
      seenAliases.add(key);
      p.aliases.push(surface);
    }
  }

  /** An existing person tokens [s, e) name (normKey `key`): full name, a contiguous part of it, or an alias. */
  resolveExisting(s: number, e: number, key: string): number {
    const direct = this.byName.get(key);
    if (direct !== undefined) return direct;
    // "Dr. K. Varadan" after "K Varadan" (and the other way round): an initial with or without its period.
    if (e - s >= 2) {
      const other = INITIAL_DOT.test(key)
        ? key.replace(INITIAL_DOT_G, '$1 ')
        : INITIAL_BARE.test(key)
          ? key.replace(INITIAL_BARE_G, '$1. ')
          : undefined;
      const found = other === undefined ? undefined : this.byName.get(other);
      if (found !== undefined) return found;
      // "Ri Chol Ho" in another agency's quoted words after "Ri Chol-ho": the same name with a hyphen or without.
      const hyphenFree = key.includes('-') ? key.replace(HYPHENS, ' ') : key;
      const spelled = this.nameKeys.findIndex(
        (k) => k !== key && (k.includes('-') || key.includes('-')) && k.replace(HYPHENS, ' ') === hyphenFree,
      );
      if (spelled >= 0) return spelled;
    }
    const { tokens, people } = this;
    const n = e - s;
    // A lone particle ("de") is part of too many names to name anyone; capitalised, it is the surname that closes
    // a name ("Das said" after "Governor Arindam Das").
    const lone = tokens[s] as Token;
    if (n === 1 && NAME_PARTICLES.has(lone.lower))
      return particleSurname(lone)
        ? people.findIndex((p) => p.tokens[p.tokens.length - 1] === lone.text)
        : -1;
    if (n === 1) {
      const blend = blendedName(people, lone.text);
      if (blend >= 0) return blend;
    }
    // "Sheikh Omar" beside "Khalid Al-Hamad Al-Omar": after a Gulf style, one word is a given name, never the family
    // name without its "Al-".
    const article = n !== 1 || !GIVEN_NAME_STYLES.has(tokens[s - 1]?.lower ?? '');
    for (let i = 0; i < people.length; i++) {
      const pt = (people[i] as PersonRecord).tokens;
      for (let k = 0; k + n <= pt.length; k++) {
        let ok = true;
        for (let q = 0; q < n && ok; q++) {
          const a = pt[k + q] ?? '';
          const b = (tokens[s + q] as Token).text;
          ok =
            a === b ||
            // "Mori said" after "MORI Kenji": a family name in capitals, as Japan's government writes it.
            (a.length === b.length && capitalsAt1(a) && a === b.toUpperCase() && CAPS_NAME.test(a)) ||
            (a.length === b.length &&
              NAME_PARTICLES.has(a.toLowerCase()) &&
              a.toLowerCase() === b.toLowerCase()) ||
            // "Masri said" after "Abdel Karim al-Masri": a surname without its article; "Al-Masri, who …" opening a
            // sentence: with its article capitalised.
            (article && n === 1 && a.length === b.length + 3 && a.endsWith(b) && ARTICLE_PREFIX.test(a)) ||
            (n === 1 &&
              a.length === b.length &&
              ARTICLE_PREFIX.test(a) &&
              a.toLowerCase() === b.toLowerCase());
        }
        // "Faisal bin Saad bin Nasser Al Mansour … King Saad bin Nasser Al Mansour": what follows a
        // "bin" names the father, not the son. (Asked after the words match: most do not, and it lower-cases.)
        if (ok && !(k > 0 && FILIATIONS.has((pt[k - 1] as string).toLowerCase())))
          return n !== 1
            ? i
            : referenceWordAt(pt, k)
              ? this.nearerNamesake(i, k, s)
              : this.referencedBy(i, lone.text, k);
      }
    }
    // "Pavel Orlov" after "Pavel Sergeyevich Orlov": the given name and surname without the patronymic.
    if (n === 2) {
      const given = lone.text;
      const surname = (tokens[s + 1] as Token).text;
      return people.findIndex(
        (p) =>
          p.tokens.length === 3 &&
          p.tokens[0] === given &&
          p.tokens[2] === surname &&
          PATRONYMIC.test(p.tokens[1] as string),
      );
    }
    return -1;
  }

  /**
   * "Peng Hong … Hong Woo-soo … Hong said", "Veiolio Coseira … Rosil Veiolio … Veiolio said": a bare word that is a
   * given or middle name of person `first` (word `at` of the name) names, rather, a later person whose surname it is
   * (`first` when none). Not one whose name has the word in the same place: "Yoon Suk Yeol" and "Yoon Kab-keun" both
   * open with their family name, whatever the code knows of the first's order.
   */
  private referencedBy(first: number, word: string, at: number): number {
    const { people } = this;
    for (let i = first + 1; i < people.length; i++) {
      const pt = (people[i] as PersonRecord).tokens;
      const k = pt.indexOf(word);
      if (k >= 0 && k !== at && referenceWordAt(pt, k)) return i;
    }
    return first;
  }

  /**
   * "Sun Yun said … Earlier, Minister Sun Shu met with X. Sun said …": a bare surname that two people share (word
   * `at` of their names) names the one whose full name was written last, when that was in the sentence before the
   * bare word at `s`, in the same paragraph; else person `first`. Not in the same sentence: "Nikolai Sokolov met with
   * Sokolov" is the other one.
   */
  private nearerNamesake(first: number, at: number, s: number): number {
    const { people, tokens } = this;
    const word = (people[first] as PersonRecord).tokens[at];
    let best = -1;
    let bestEnd = -1;
    for (let j = 0; j < people.length; j++) {
      const q = people[j] as PersonRecord;
      if (q.tokens.length < 2 || q.tokens[at] !== word) continue;
      for (const m of q.mentions)
        if (m.end <= s && m.end - m.start > 1 && m.end > bestEnd) {
          bestEnd = m.end;
          best = j;
        }
    }
    if (best < 0 || best === first) return first;
    const last = tokens[bestEnd - 1] as Token;
    const here = tokens[s] as Token;
    return last.sent === here.sent - 1 && !this.text.slice(last.end, here.start).includes('\n')
      ? best
      : first;
  }

  attachRolesAfter(person: number, at: number): void {
    const { tokens } = this;
    const p = this.people[person] as PersonRecord;
    // "Robert F. Dale Jr., the nominee …": the period of "Jr." before the appositive's comma; "X, 42, a
    // historian": the age before it.
    let end =
      tokens[at]?.text === '.' &&
      tokens[at + 1]?.text === ',' &&
      NAME_SUFFIXES.has(tokens[at - 1]?.lower ?? '')
        ? at + 1
        : at;
    if (
      tokens[end]?.text === ',' &&
      AGE_RE.test(tokens[end + 1]?.text ?? '') &&
      tokens[end + 2]?.text === ','
    )
      end += 2;
    // "Rep. X, D-Mich., chairman of …": a member of Congress's party and state, then the appositive.
    const tagged = congressTagEnd(tokens, end);
    if (tagged > 0) {
      if (!p.countrySettled) {
        p.country = 'United States';
        p.countrySettled = true;
      }
      end = tagged;
    }
    const after = tokens[end];
    // "Richard Roe of Indiana, the panel's senior Republican,": the appositive after the state or country one is of.
    // "X of CBS News Radio, president of the correspondents' association,": past the body one works for, too.
    const comma =
      after?.text === ','
        ? end
        : after?.lower === 'of'
          ? Math.max(placeOfCommaAt(tokens, end + 1), bodyOfCommaAt(tokens, end + 1))
          : -1;
    if (comma >= 0) {
      const { roles } = appositiveRoles(tokens, comma);
      for (const r of roles) {
        // "X, the first UN chief to attend the forum,": a distinction, not an office.
        if (isDistinction(tokens, r)) continue;
        // "King X of Spain, the President of Portugal, Y, …": past the place, a title set off before the next name
        // of a list is that name's.
        if (comma !== end && tokens[r.end]?.text === ',' && tokens[r.end + 1]?.cap) continue;
        addRole(p, this.span(r.start, r.end));
        p.roleSpans.push(r);
      }
    }
    const named = p.mentions[p.mentions.length - 1];
    const apposedAs = named?.end === at ? officeAfterApposedObject(tokens, named.start, end) : [];
    for (const r of [...asRoles(tokens, end), ...apposedAs]) {
      if (isDistinction(tokens, r)) continue;
      addRole(p, this.span(r.start, r.end));
      p.roleSpans.push(r);
    }
    // "King Alfonso XIV of Spain", "Governor Mark Ellison of California"
    if (after?.lower === 'of' && !p.countrySettled) {
      const hits = findCountries(tokens, end + 1, end + 5);
      const hit = hits[0];
      const state = hit ? undefined : subnationalAfter(tokens, end + 1);
      // "President X of the Comoros", "King X of the Netherlands": the article before a country's name.
      let at = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
      // "Premier X of Communist China" in older copy: the state's regime written before its name.
      if (tokens[at]?.cap && REGIME_WORDS.has(tokens[at]?.lower ?? '')) at++;
      if (hit && hit.at === at) {
        p.country = hit.country;
        p.countrySettled = true;
      } else if (state) {
        p.country = state;
        p.countrySettled = true;
      }
    }
  }

  addTitleRoles(p: PersonRecord, start: number, end: number): void {
    if (start >= end) return;
    const { tokens } = this;
    // "Chinese State Councilor and Foreign Minister Xu Bo": the first title ends right before "and"; "WEF founder
    // and Executive Chairman X": so does a lower-case one after the body it belongs to ("the president and Prime
    // Minister X" are two people).
    const and = tokens[start - 1];
    if (and?.lower === 'and') {
      const lowerHead = tokens[start - 2];
      const lowerTitle =
        lowerHead !== undefined &&
        !lowerHead.cap &&
        (titleHeads.has(lowerHead.lower) || isOccupation(lowerHead.lower)) &&
        tokens[titlePrefixStart(tokens, start - 1)]?.cap === true;
      const before =
        this.roleOnly.get(start - 2) ??
        (lowerTitle ? { start: start - 1, end: start - 1 } : undefined) ??
        this.bodyTitleBefore(start - 1);
      if (before) {
        // "hosted in the Elysee Indian Foreign Minister and Deputy Premier X": not the place of the act.
        const s = placeBeforeNationality(tokens, titlePrefixStart(tokens, before.start), before.end + 1);
        let a = s;
        // "HE Prime Minister and Minister of Foreign Affairs X": nor the abbreviated "His Excellency".
        while (
          a < before.end &&
          /^(?:the|a|an|also|then|and|with|by|of|HE|HM|HH)$/i.test((tokens[a] as Token).text)
        )
          a++;
        if (a < before.end) {
          addRole(p, this.span(a, before.end));
          p.roleSpans.push({ start: a, end: before.end });
        }
      }
    }
    start = principalTitleStart(tokens, start, end);
    // "People's Republic of China Foreign Minister X": the run stopped at a possessive inside the state's name.
    // "All-China Women's Federation President X", "National People's Congress Chairman Y": and the words before it.
    if (namePossessive(tokens, start - 1)) {
      start -= 2;
      const sent = (tokens[start] as Token).sent;
      for (let k = 0; k < 3 && tokens[start - 1]?.cap && tokens[start - 1]?.word; k++) {
        if ((tokens[start - 1] as Token).sent !== sent) break;
        start--;
      }
    }
    // "his running mate X", "First lady Y" (capitalised at a sentence's start, so no title run took it): the word
    // before a compound title's head is part of it, not a role of "mate" or "lady".
    const lead = tokens[start - 1];
    if (
      lead?.word &&
      lead.sent === (tokens[start] as Token).sent &&
      COMPOUND_TITLES.has(`${lead.lower} ${(tokens[start] as Token).lower}`)
    )
      start--;
    // "Custodian of the Two Holy Mosques King X": a title with its body, then another title, are two roles.
    for (let k = start; k < end - 3; k++) {
      if (!titleHeads.has((tokens[k] as Token).lower) || tokens[k + 1]?.lower !== 'of') continue;
      const b = titleBodyEnd(tokens, k + 1);
      if (b > k + 1 && b < end && (tokens[b] as Token).cap && titleHeads.has((tokens[b] as Token).lower)) {
        addRole(p, this.span(start, b));
        p.roleSpans.push({ start, end: b });
        start = b;
      }
      break;
    }
    // "Saudi Foreign Minister Prince X", "Supreme Leader Ayatollah Y", "Defense Minister Army General Z": an office,
    // then the rank or style the person is addressed by, are two roles.
    const style = trailingStyleStart(tokens, start, end);
    if (style > start) {
      const office = officeStart(tokens, start, style);
      if (office >= 0) {
        addRole(p, this.span(office, style));
        p.roleSpans.push({ start: office, end: style });
        start = style;
      }
    }
    // "Gen. X", "North Carolina Gov. Y", "Delaware Sen. Z", "Sen. W": an abbreviated title keeps its period, as the
    // text writes it (a role span ends at "Sen" only where the title reader took it for the abbreviated "Senator").
    const dot = tokens[end];
    const last = tokens[end - 1] as Token;
    if (
      dot?.text === '.' &&
      dot.start === last.end &&
      (rankAbbreviations.has(last.lower) || last.text === 'Sen')
    )
      end++;
    addRole(p, this.span(start, end));
    p.roleSpans.push({ start, end });
  }
}

/**
 * A regime written before its state's name ("Communist China", "Socialist Romania"); not "Nationalist China", which
 * older copy wrote for Taiwan.
 */
const REGIME_WORDS = new Set(['communist', 'socialist']);

/**
 * Military ranks ("General", "Gen.", "Admiral") and the words that make a longer rank of them ("Lt. Gen.", Russia's
 * "Army General").
 */
const RANKS = new Set(['general', 'gen', 'admiral', 'adm']);
/** The words before "Marshal" in an air force's or an army's rank ("Air Vice Marshal", "Field Marshal"). */
const MARSHAL_QUALIFIERS = new Set(['air', 'chief', 'vice', 'field']);
/** Styles of address after an office that are no military rank: "Professor", "Justice". */
const TRAILING_STYLES = new Set(['professor', 'justice']);
const RANK_QUALIFIERS = new Set([
  'lieutenant',
  'lt',
  'major',
  'maj',
  'brigadier',
  'brig',
  'senior',
  'army',
  'colonel',
  'rear',
  'vice',
  // Thailand's police ranks ("Pol Gen", "Pol Lt Gen", "Police General").
  'pol',
  'police',
]);
/**
 * Offices a bare rank may follow ("Chief of Army Staff General", "Defense Minister General"); others make one title
 * with "General" ("Secretary General", "Attorney General", "Governor General", "Director General").
 */
const OFFICES_BEFORE_RANK = new Set([
  'minister',
  // "Chairman Joint Chiefs of Staff Committee General X".
  'committee',
  // "Minister of National Defense General X": the portfolio ends the office, the rank follows.
  'defense',
  'defence',
  'staff',
  'chief',
  'leader',
  'commander',
  'president',
  'head',
  // "former head of state General X".
  'state',
]);

/** The word before `at`, past an abbreviation's dot ("Gen. Rtd"). A module function: a closure per run costs. */
function wordBefore(tokens: readonly Token[], at: number): number {
  return tokens[at - 1]?.text === '.' ? at - 2 : at - 1;
}

/**
 * Where a style or rank that closes the title [start, end) begins, or -1: "Prince" after "Foreign Minister", "Army
 * General" after "Defense Minister"; never "Crown Prince", which is the office itself.
 */
function trailingStyleStart(tokens: readonly Token[], start: number, end: number): number {
  const last = tokens[end - 1];
  if (!last?.cap || end - start < 2) return -1;
  if (PERSONAL_STYLES.has(last.lower)) {
    const before = wordBefore(tokens, end - 1);
    const word = tokens[before]?.lower;
    if (word === 'crown') return -1;
    return word === 'grand' ? before : end - 1;
  }
  // "Chief Adviser Professor X", "puisne judge Justice Y": an academic or judicial style right after a title head is
  // how the person is addressed ("Chief Justice", "Supreme Court Justice" are offices: a modifier or a body before it).
  if (TRAILING_STYLES.has(last.lower)) {
    const prev = tokens[end - 2];
    return prev && titleHeads.has(prev.lower) && !titleModifiers.has(prev.lower) ? end - 1 : -1;
  }
  // "Chief of Air Staff Air Marshal X", "Air Chief Marshal Y": a marshal's rank opens with its service and grade.
  if (last.lower === 'marshal') {
    let s = end - 1;
    for (let k = s - 1; k >= start && MARSHAL_QUALIFIERS.has((tokens[k] as Token).lower); k--) s = k;
    const prev = tokens[s - 1];
    return s > start && OFFICES_BEFORE_RANK.has(prev?.lower ?? '') ? s : -1;
  }
  // "the kingdom's founder King X", "party leader President Y": a capitalised title right after a lower-case title's
  // head (no modifier: "vice President", "chief Minister" are one title) is the office the person is addressed by.
  const prevHead = tokens[end - 2];
  if (
    end - 1 > start &&
    prevHead?.word &&
    !prevHead.cap &&
    titleHeads.has(prevHead.lower) &&
    !titleModifiers.has(prevHead.lower) &&
    titleHeads.has(last.lower) &&
    !titleModifiers.has(last.lower)
  )
    return end - 1;
  const rank = RANKS.has(last.lower);
  // "JCS spokesperson Col. X", "party spokesperson Rep. Y", "head of state General Z": a rank (or the AP's "Rep.")
  // after a lower-case title is how the person is addressed, not the title's last word.
  if (!rank && !rankAbbreviations.has(last.lower)) return -1;
  let s = end - 1;
  for (
    let k = wordBefore(tokens, s);
    k >= start && RANK_QUALIFIERS.has((tokens[k] as Token).lower);
    k = wordBefore(tokens, k)
  )
    s = k;
  const prev = tokens[wordBefore(tokens, s)];
  if (prev && prev.word && !prev.cap && !titleModifiers.has(prev.lower)) return s;
  if (!rank || (s === end - 1 && !OFFICES_BEFORE_RANK.has(prev?.lower ?? ''))) return -1;
  return s;
}

/**
 * Where the office before a style at `style` starts: at `start` when [start, style) holds a title word; "Minister of
 * Sport" when the title's run began after "of" ("Minister of Sport Prince X"); -1 when there is no office.
 */
function officeStart(tokens: readonly Token[], start: number, style: number): number {
  for (let k = start; k < style; k++) {
    const w = (tokens[k] as Token).lower;
    if (titleHeads.has(w) || isOccupation(w)) return start;
  }
  let k = start - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'of') return -1;
  const head = tokens[k - 1];
  if (!head?.cap || !titleHeads.has(head.lower) || head.sent !== (tokens[start] as Token).sent) return -1;
  return titlePrefixStart(tokens, k - 1);
}

/** Those who act for someone else, named before "of/to/for" and their principal ("special envoy of …"); bodies too. */
const DELEGATES = new Set([
  'envoy',
  'representative',
  'emissary',
  'adviser',
  'advisor',
  'aide',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'messenger',
  'delegate',
  // "the new Cabinet of Prime Minister X": a body named after its leader is no title of theirs either.
  'cabinet',
  'government',
  'administration',
]);

/** Titles of two words whose head alone is no title ("mate", "lady"). */
const COMPOUND_TITLES = new Set([...SPOUSE_TITLES, 'running mate']);

/**
 * "as the special envoy of Chinese President X", "senior adviser to President X": the title right before the name is
 * the principal's, and the delegate's role before "of/to/for" is someone else's. Where X's own title starts.
 */
function principalTitleStart(tokens: readonly Token[], start: number, end: number): number {
  const last = tokens[end - 1];
  if (!last?.cap || !titleHeads.has(last.lower)) return start;
  for (let k = end - 2; k > start; k--) {
    const w = (tokens[k] as Token).lower;
    if (w !== 'of' && w !== 'to' && w !== 'for') continue;
    if (!DELEGATES.has((tokens[k - 1] as Token).lower)) return start;
    let s = k + 1;
    while (s < end - 1 && ARTICLE_WORDS.has((tokens[s] as Token).lower)) s++;
    return s;
  }
  return start;
}

/**
 * "Budiwi" for Budi Wicaksono: a one-word nickname made of someone's given name and the start of their surname (at
 * least two letters of it). The index of that person, or -1.
 */
/**
 * Whether word `k` of a name is the one a later bare mention calls its bearer by: the first of a name written family
 * name first (Chinese, Korean: "Hong" of "Hong Woo-soo"), else the last ("Veiolio" of "Rosil Veiolio", "Phong" of a
 * Vietnamese "Dang Dung Phong", called by the given name that closes it).
 */
function referenceWordAt(pt: readonly string[], k: number): boolean {
  if (pt.length < 2) return true;
  const familyFirst = familyNameFirst(pt);
  return familyFirst ? k === 0 : k === pt.length - 1;
}

function blendedName(people: readonly PersonRecord[], word: string): number {
  for (let i = 0; i < people.length; i++) {
    const pt = (people[i] as PersonRecord).tokens;
    if (pt.length < 2) continue;
    const given = pt[0] as string;
    const rest = word.slice(given.length).toLowerCase();
    if (
      rest.length >= 2 &&
      word.startsWith(given) &&
      (pt[pt.length - 1] as string).toLowerCase().startsWith(rest)
    )
      return i;
  }
  return -1;
}

/** The country of a capitalised state or province name of one to three words at `at` ("California"). */
/**
 * The AP's party-and-state tag of a member of Congress ("D-Mich.", "R-N.Y.", "I-Vt.", "R-Texas"): the party's
 * initial, a hyphen and the state as the AP abbreviates it (or its whole name when short).
 */
const CONGRESS_TAG =
  /^[DRI]-(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo|Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah)\.?$/;

/**
 * Where the name's appositive goes on after ", D-Mich." set off at `end` (the comma after the tag, or the token after
 * it), or -1 if no such tag follows.
 */
function congressTagEnd(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.text !== ',' || !CONGRESS_TAG.test(tokens[end + 1]?.text ?? '')) return -1;
  return tokens[end + 2]?.text === '.' ? end + 3 : end + 2;
}

/**
 * "of Indiana, …", "of the Netherlands, …": where the comma after a country or a state (one to three capitalised words
 * from `at`) stands, or -1.
 */
function placeOfCommaAt(tokens: readonly Token[], at: number): number {
  const from = tokens[at]?.lower === 'the' ? at + 1 : at;
  let k = from;
  while (k < from + 3 && tokens[k]?.cap && tokens[k]?.word) k++;
  if (k === from || tokens[k]?.text !== ',') return -1;
  const hit = findCountries(tokens, from, k)[0];
  return (hit?.at === from && !hit.adjectival) || subnationalAfter(tokens, from) !== undefined ? k : -1;
}

/**
 * "X of CBS News Radio, …", "Y of the University of Lagos, …": the comma closing a body's name of one to five
 * capitalised words (linked by "of", "for" or "&") right after "of", or -1. Only an appositive's role read
 * past that comma is taken from it.
 */
function bodyOfCommaAt(tokens: readonly Token[], at: number): number {
  const from = tokens[at]?.lower === 'the' ? at + 1 : at;
  let k = from;
  let words = 0;
  while (k < from + 8 && words < 5) {
    const t = tokens[k];
    if (t?.cap && t.word) {
      words++;
      k++;
    } else if (words > 0 && BODY_LINKS.has(t?.lower ?? '') && tokens[k + 1]?.cap && tokens[k + 1]?.word) k++;
    else break;
  }
  return words > 0 && tokens[k]?.text === ',' ? k : -1;
}
// Not "and": "Grand Duke X of Y and Prince Z, Duke of W," is a list, whose last title is Z's.
const BODY_LINKS = new Set(['of', 'for', '&']);

function subnationalAfter(tokens: readonly Token[], at: number): string | undefined {
  const words: string[] = [];
  for (let k = at; k < at + 3 && tokens[k]?.cap && tokens[k]?.word; k++)
    words.push((tokens[k] as Token).lower);
  return words.length ? subnationalAt(words, 0) : undefined;
}
