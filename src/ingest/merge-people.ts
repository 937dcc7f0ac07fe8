// Merges the people of every article into one list of persons with stable ids.
// Linear in the corpus: one pass to group by key (Maps only), one over the distinct full names to join their
// variants (name-variants.ts), one to resolve lone surnames, one to collect.

import type { ArticlePerson, Knowledge, Person } from '../common/dataset.ts';
import { hash64, nameKey as foldKey, slugify } from './ids.ts';
import { givenNameSpelling, joinNameVariants, spellingWords, type FullName } from './name-variants.ts';
import { distinctRoles } from './role-forms.ts';
import { SINGLE_HOLDER_TITLES, bareTitle } from './extract/one-holder-offices.ts';

export interface MergeArticle {
  id: string;
  /** YYYY-MM-DD, YYYY-MM or "" when unknown. */
  date: string;
  people: Omit<ArticlePerson, 'id'>[];
}

export interface MergeResult {
  /** Merged persons, sorted by id. */
  people: Person[];
  /** For each input article, the merged person id of each of its people (same order). */
  personIds: string[][];
}

interface Group {
  key: string;
  knownName: string | null;
  names: Map<string, number>;
  /** Shorter forms joined to the fullest ("Bola Adeyemi"), by how many times they are written. */
  shorter: Map<string, number> | null;
  /** Lowercased form -> form as first written, in order of first appearance by date. */
  aliases: Map<string, string>;
  roles: Map<string, string>;
  countries: Map<string, number>;
  articleIds: string[];
  /** The merged person's id, set once every group is known. */
  id: string;
}

type ArchiveName = FullName & { countries: Set<string>; forms: string[]; listedBeside?: Set<string> };

const undatedLast = (date: string) => date || '\uffff';
/** One-word aliases remember this many distinct full names claiming them; more is many people. */
const ALIAS_OWNERS_KEPT = 8;

/**
 * People are the same when their full names match ignoring accents, case and punctuation, or when
 * seeds/people.json lists one form as an alias of the other, or when one full name is a spelling, another way of
 * writing (the Arabic article left out, family name first in Japan) or a shorter form of another that no one else
 * in the archive could be (name-variants.ts; "Rami bin Fahd" for the fuller name ending "… Al Qasimi"). A
 * one-word name ("Tinho") joins a fuller name only when exactly one person in the corpus uses it as an alias and the
 * countries agree, so three Kims stay three people and "Zhao" never merges Zhao Lin with Zhao Wenbo.
 * Kept apart on purpose (two people on one page being the worse mistake): a father and a son ("Jr", a father's name
 * inside the son's, regnal numbers), a shorter form two fuller names could be, names whose countries disagree,
 * Chinese, Korean and Vietnamese names that differ at all, and nicknames ("Mike" is not always Michael).
 */
export function mergePeople(articles: MergeArticle[], knowledge: Knowledge): MergeResult {
  const state = new MergeState(knowledge);

  // Pass 1: a provisional key for every article person, which fuller names claim each one-word alias, and what
  // the archive says of each full name.
  const provisional: string[][] = [];
  for (const article of articles) provisional.push(state.claim(article.people, article.date));

  // Pass 2: full names join the name they are a spelling or a shorter form of; one-word names that a single
  // person claims join that person.
  state.joinVariants();
  const finalKeys: string[][] = [];
  for (let a = 0; a < articles.length; a++)
    finalKeys.push(state.resolveAll(provisional[a]!, articles[a]!.people, articles[a]!.date));

  // Pass 3: collect, oldest article first so roles and aliases keep their order of first appearance. Each article
  // person keeps its group, so the passes after this one look no key up again (at ~15,000 people the Maps are out
  // of cache and each lookup costs a few hundred ns).
  const order = articles.map((_, i) => i);
  order.sort((x, y) => compareArticles(articles[x]!, articles[y]!));
  const groupsOf: Group[][] = articles.map(() => []);
  for (const a of order) {
    groupsOf[a] = state.collect(articles[a]!.people, provisional[a]!, finalKeys[a]!);
  }
  // Article ids newest first (undated last, ties by id): one more pass in that order, no per-person sort.
  const newestFirst = order.slice().sort((x, y) => compareNewestFirst(articles[x]!, articles[y]!));
  for (const a of newestFirst) addArticleId(groupsOf[a]!, articles[a]!.id);

  // Ids: the slug of the name shown (of the merged key when every form has that key, as for most people, and of
  // the spelling shown when spellings were joined); the (rare) ids that clash get a hash suffix, in key order.
  const sortedGroups = [...state.groups.values()].sort((x, y) =>
    x.key < y.key ? -1 : x.key > y.key ? 1 : 0,
  );
  const shownNames: string[] = [];
  for (const group of sortedGroups) shownNames.push(state.assignId(group));

  const people: Person[] = [];
  for (let g = 0; g < sortedGroups.length; g++) people.push(personOf(sortedGroups[g]!, shownNames[g]!));
  people.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

  return { people, personIds: groupsOf.map((groups) => groups.map((group) => group.id)) };
}

/**
 * The merge's maps, and its work per article, person and group as methods: mergePeople runs once per dataset, and
 * as one large function V8 compiled it loop by loop (on-stack replacement), throwing the code away as each next
 * loop was first met; small methods called per person are compiled once each.
 */
class MergeState {
  /** Names repeat across thousands of articles: each distinct form is folded once. */
  private readonly keyCache = new Map<string, string>();
  readonly knownKeys = new Map<string, { key: string; name: string }>();
  private readonly aliasOwners = new Map<string, Set<string>>();
  private readonly fullNames = new Map<string, ArchiveName>();
  private joinedTo = new Map<string, string>();
  /** The countries of each person: a full name's own, or all its joined names' (few). */
  private readonly joinedCountries = new Map<string, Set<string>>();
  private readonly spellings = new Map<string, string>();
  /** Each full name's givenNameSpelling ("" for none): most keys are looked up many times. */
  private readonly givenSpellings = new Map<string, string>();
  /** Full names an article names beside another transliteration of the same name: two people. */
  private readonly apart = new Set<string>();
  /** Each full name's words as spellingWords writes them, for the names an article lists beside each other. */
  private readonly spellingWordsOf = new Map<string, readonly string[]>();
  /** The roles written with each full name that claims a one-word alias. */
  private readonly rolesOf = new Map<string, Set<string>>();
  /** titlesOf's answers, by full name. */
  private readonly heldTitles = new Map<string, ReadonlySet<string>>();
  /** bareTitle's answers, by role as written: one role recurs across many articles. */
  private readonly bareTitles = new Map<string, string>();
  readonly groups = new Map<string, Group>();
  private readonly taken = new Set<string>();
  /** The earliest date an article calls a full name "late": dead by then. */
  private readonly diedBy = new Map<string, string>();
  /** The latest date a full name takes part in an article's events: alive then. */
  private readonly activeUntil = new Map<string, string>();
  /** The dates a full name holds a one-holder office now ("President", not "former President"), by bare title. */
  private readonly heldOn = new Map<string, Map<string, string[]>>();

  constructor(knowledge: Knowledge) {
    for (const known of knowledge.people) {
      const entry = { key: this.nameKey(known.name), name: known.name };
      if (!entry.key) continue;
      for (const form of [known.name, ...(known.aliases ?? [])]) {
        const key = this.nameKey(form);
        if (key && !this.knownKeys.has(key)) this.knownKeys.set(key, entry);
      }
    }
  }

  nameKey(form: string): string {
    let key = this.keyCache.get(form);
    if (key === undefined) this.keyCache.set(form, (key = foldKey(form)));
    return key;
  }

  /** Pass 1 for one article's people: their provisional keys. */
  claim(people: readonly MergeArticle['people'][number][], date: string): string[] {
    const keys: string[] = [];
    /** Spelling with the given name folded -> the article's key that has it (only where one has). */
    let givenNamed: Map<string, string> | null = null;
    for (const person of people) {
      const raw = this.nameKey(person.name);
      const known = this.knownKeys.get(raw);
      const key = known ? known.key : raw || `#${person.name}`;
      keys.push(key);
      if (!key.includes(' ')) continue;
      const given = this.givenSpelling(key);
      if (given) {
        const other = (givenNamed ??= new Map()).get(given);
        if (other === undefined) givenNamed.set(given, key);
        else if (other !== key) this.apart.add(other).add(key);
      }
      for (const alias of person.aliases) {
        const aliasKey = this.nameKey(alias);
        if (!aliasKey || aliasKey === key || aliasKey.includes(' ')) continue;
        let owners = this.aliasOwners.get(aliasKey);
        if (!owners) this.aliasOwners.set(aliasKey, (owners = new Set()));
        // Enough owners to see that they are not all spellings of one person.
        if (owners.size < ALIAS_OWNERS_KEPT) owners.add(key);
      }
      if (person.aliases.length > 0 && person.roles.length > 0) {
        let held = this.rolesOf.get(key);
        if (!held) this.rolesOf.set(key, (held = new Set()));
        for (const role of person.roles) held.add(role);
      }
      if (date) this.noteTimes(key, person, date);
      let full = this.fullNames.get(key);
      if (!full) {
        full = { key, mentions: 0, countries: new Set(), forms: [], known: !!known };
        this.fullNames.set(key, full);
      }
      full.mentions++;
      if (person.country) full.countries.add(person.country);
      // A name is written in one or two ways: a short list.
      if (!full.forms.includes(person.name)) full.forms.push(person.name);
    }
    if (people.length > 1) this.noteListedBeside(keys);
    return keys;
  }

  /**
   * Two full names one article lists as two people, sharing a word once spellings are folded (the only names the
   * archive could join): never one person. The article joined its own forms of one name (article-variants.ts), so
   * whatever two names it still lists apart ("George W Bush" and his father "George Bush") stay apart everywhere.
   */
  private noteListedBeside(keys: readonly string[]): void {
    let byWord: Map<string, string[]> | null = null;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (!key.includes(' ') || keys.indexOf(key) !== i) continue;
      let words = this.spellingWordsOf.get(key);
      if (words === undefined) this.spellingWordsOf.set(key, (words = [...new Set(spellingWords(key))]));
      for (const word of words) {
        const others = (byWord ??= new Map()).get(word);
        if (others === undefined) {
          byWord.set(word, [key]);
          continue;
        }
        for (const other of others) {
          (this.fullNames.get(other)!.listedBeside ??= new Set()).add(key);
          (this.fullNames.get(key)!.listedBeside ??= new Set()).add(other);
        }
        others.push(key);
      }
    }
  }

  /**
   * What one article says of when a full name lived and held office: "the late President X" was dead by its date;
   * one who takes part in its events was alive then; "President X" (no "former", "late", "then") held the office
   * then.
   */
  private noteTimes(key: string, person: MergeArticle['people'][number], date: string): void {
    if (person.participant) {
      const until = this.activeUntil.get(key);
      if (until === undefined || until < date) this.activeUntil.set(key, date);
    }
    for (const role of person.roles) {
      if (LATE_ROLE.test(role)) {
        const died = this.diedBy.get(key);
        if (died === undefined || date < died) this.diedBy.set(key, date);
        continue;
      }
      if (PAST_ROLE.test(role)) continue;
      const title = this.bareTitle(role);
      if (!SINGLE_HOLDER_TITLES.has(title)) continue;
      let held = this.heldOn.get(key);
      if (!held) this.heldOn.set(key, (held = new Map()));
      const dates = held.get(title);
      if (dates === undefined) held.set(title, [date]);
      else if (!dates.includes(date)) dates.push(date);
    }
  }

  /** Whether one of two full names took part in events after an article called the other "late": two people. */
  private outlived(a: string, b: string): boolean {
    const died = this.diedBy.get(b);
    const active = this.activeUntil.get(a);
    return died !== undefined && active !== undefined && active > died;
  }

  private givenSpelling(key: string): string {
    let spelling = this.givenSpellings.get(key);
    if (spelling === undefined) this.givenSpellings.set(key, (spelling = givenNameSpelling(key) ?? ''));
    return spelling;
  }

  joinVariants(): void {
    for (const key of this.apart) this.fullNames.get(key)!.apart = true;
    this.joinedTo = joinNameVariants([...this.fullNames.values()]);
    // "Carl Benning" taking part in a 2023 visit is not the "late President Carl T. Benning" of a 2013 story.
    for (const [from, to] of this.joinedTo)
      if (this.outlived(from, to) || this.outlived(to, from)) this.joinedTo.delete(from);
    for (const [from, to] of this.joinedTo) {
      let set = this.joinedCountries.get(to);
      if (!set) this.joinedCountries.set(to, (set = new Set(this.fullNames.get(to)!.countries)));
      for (const country of this.fullNames.get(from)!.countries) set.add(country);
    }
  }

  resolveAll(
    keys: readonly string[],
    people: readonly MergeArticle['people'][number][],
    date: string,
  ): string[] {
    const out: string[] = [];
    for (let p = 0; p < people.length; p++) {
      const person = people[p]!;
      const key = this.resolve(keys[p]!, person.country, person.roles);
      // A one-word name joined to a fuller one must fit the fuller one's times.
      out.push(
        key !== keys[p] && !keys[p]!.includes(' ') && date && !this.fitsTimes(key, person, date)
          ? keys[p]!
          : key,
      );
    }
    // A one-word name the article lists beside the person it would join stays its own: the article kept them
    // apart, and whether the archive has other owners of the word must not fold them here.
    for (let p = 0; p < people.length; p++) {
      if (out[p] === keys[p] || keys[p]!.includes(' ')) continue;
      for (let q = 0; q < people.length; q++) {
        if (q !== p && out[q] === out[p]) {
          out[p] = keys[p]!;
          break;
        }
      }
    }
    return out;
  }

  /**
   * Whether a one-word name of an article dated `date` can be the person `owner`: not one who takes part in events
   * after an article called the owner "late", and not a holder of a one-holder office ("President Harlan" in
   * 1989) that the owner's articles give them now only more than OFFICE_YEARS years away (a son's presidency of 2001–09).
   */
  private fitsTimes(owner: string, person: MergeArticle['people'][number], date: string): boolean {
    const died = this.diedBy.get(owner);
    if (person.participant && died !== undefined && date > died) return false;
    const held = this.heldOn.get(owner);
    if (held === undefined) return true;
    const year = Number(date.slice(0, 4));
    for (const role of person.roles) {
      if (LATE_ROLE.test(role) || PAST_ROLE.test(role)) continue;
      const dates = held.get(this.bareTitle(role));
      if (dates !== undefined && dates.every((d) => Math.abs(Number(d.slice(0, 4)) - year) > OFFICE_YEARS))
        return false;
    }
    return true;
  }

  private resolve(key: string, country: string | null, roles: readonly string[]): string {
    if (key.includes(' ')) return this.joinedTo.get(key) ?? key;
    const owners = this.aliasOwners.get(key);
    if (!owners || owners.size >= ALIAS_OWNERS_KEPT) return key;
    let owner: string | null = null;
    for (const fullKey of owners) {
      const person = this.joinedTo.get(fullKey) ?? fullKey;
      if (owner !== null && person !== owner) {
        owner = roles.length > 0 ? this.ownerByTitle(key, owners, roles) : null;
        if (owner === null) return key;
        break;
      }
      owner = person;
    }
    const ownerCountries = this.joinedCountries.get(owner!) ?? this.fullNames.get(owner!)?.countries;
    if (country && ownerCountries && ownerCountries.size > 0 && !ownerCountries.has(country)) return key;
    return owner!;
  }

  /**
   * "President Biden" where Joe and Jill Biden both go by "Biden": of the people whose surname the word is, the one
   * whose roles hold the bare title the word's article gives ("president"), when exactly one does. Null otherwise:
   * George H. W. and George W. Bush were both presidents.
   */
  private ownerByTitle(word: string, owners: ReadonlySet<string>, roles: readonly string[]): string | null {
    let owner: string | null = null;
    for (const fullKey of owners) {
      if (!fullKey.endsWith(` ${word}`)) continue;
      const person = this.joinedTo.get(fullKey) ?? fullKey;
      if (person === owner) continue;
      const held = this.titlesOf(fullKey);
      if (!roles.some((role) => held.has(this.bareTitle(role)))) continue;
      if (owner !== null) return null;
      owner = person;
    }
    return owner;
  }

  /** The bare titles of a full name's roles, read once. */
  private titlesOf(fullKey: string): ReadonlySet<string> {
    let titles = this.heldTitles.get(fullKey);
    if (titles === undefined) {
      const read = new Set<string>();
      for (const role of this.rolesOf.get(fullKey) ?? []) read.add(this.bareTitle(role));
      this.heldTitles.set(fullKey, (titles = read));
    }
    return titles;
  }

  private bareTitle(role: string): string {
    let title = this.bareTitles.get(role);
    if (title === undefined) this.bareTitles.set(role, (title = bareTitle(role)));
    return title;
  }

  private spelling(key: string): string {
    let folded = this.spellings.get(key);
    if (folded === undefined) this.spellings.set(key, (folded = spellingWords(key).join(' ')));
    return folded;
  }

  /** Pass 3 for one article's people: each joins its group; their groups, in order. */
  collect(
    people: readonly MergeArticle['people'][number][],
    provisional: readonly string[],
    finalKeys: readonly string[],
  ): Group[] {
    const out: Group[] = [];
    for (let p = 0; p < people.length; p++) {
      const person = people[p]!;
      const key = finalKeys[p]!;
      const group = this.groups.get(key) ?? this.newGroup(key);
      out.push(group);
      // The display name comes from the forms of the fullest name; a one-word name merged in ("Tinho") or a
      // shorter form ("Bola Adeyemi") is an alias.
      const from = provisional[p]!;
      if (from === key || (from.includes(' ') && this.spelling(from) === this.spelling(key))) {
        group.names.set(person.name, (group.names.get(person.name) ?? 0) + 1);
      } else {
        addOnce(group.aliases, person.name);
        if (COMMON_NAME_FORM.test(person.name)) {
          const shorter = (group.shorter ??= new Map());
          shorter.set(person.name, (shorter.get(person.name) ?? 0) + 1);
        }
      }
      for (const alias of person.aliases) addOnce(group.aliases, alias);
      for (const role of person.roles) addOnce(group.roles, role);
      if (person.country) group.countries.set(person.country, (group.countries.get(person.country) ?? 0) + 1);
    }
    return out;
  }

  private newGroup(key: string): Group {
    const known = this.knownKeys.get(key);
    const group: Group = {
      key,
      knownName: known && known.key === key ? known.name : null,
      names: new Map(),
      shorter: null,
      aliases: new Map(),
      roles: new Map(),
      countries: new Map(),
      articleIds: [],
      id: '',
    };
    this.groups.set(key, group);
    return group;
  }

  /** Sets the group's id (groups in key order); returns the name shown. */
  assignId(group: Group): string {
    // One form written is the group key's own (a joined spelling adds a form).
    const shownName = displayName(group);
    const plain =
      group.knownName || group.key.startsWith('#') || (group.names.size < 2 && group.names.has(shownName));
    const shown = plain ? group.key : this.nameKey(shownName);
    const base = slugify(shown.startsWith('#') ? shown.slice(1) : shown, 60);
    // The hash only when the slug is empty or taken (a few people in thousands).
    let id = base || `person-${hash64(group.key).slice(0, 8)}`;
    if (this.taken.has(id)) id = `${id}-${hash64(group.key).slice(0, 6)}`;
    if (this.taken.has(id)) id = `${id}-${hash64(group.key)}`;
    this.taken.add(id);
    group.id = id;
    return shownName;
  }
}

/** "the late President", "late King": dead by the article's date. */
const LATE_ROLE = /^(?:the )?late\b/i;
/** An office held at another time: "former President", "then-President", "ex-Premier", "outgoing". */
const PAST_ROLE = /\b(?:former|then|ex|outgoing|previous)\b/i;
/** How many years apart two articles may give one person the same one-holder office now (two long terms). */
const OFFICE_YEARS = 10;

function addArticleId(groups: readonly Group[], articleId: string): void {
  for (const group of groups) {
    const ids = group.articleIds;
    if (ids[ids.length - 1] !== articleId) ids.push(articleId);
  }
}

function personOf(group: Group, shownName: string): Person {
  const name = group.knownName ?? shownName;
  const nameLower = name.toLowerCase();
  const aliases = new Map<string, string>();
  for (const form of group.names.keys()) if (form.toLowerCase() !== nameLower) addOnce(aliases, form);
  // The group's aliases are keyed by their lower case already.
  for (const [lower, alias] of group.aliases)
    if (lower !== nameLower && !aliases.has(lower)) aliases.set(lower, alias);
  return {
    id: group.id,
    name,
    aliases: [...aliases.values()],
    roles: distinctRoles([...group.roles.values()]),
    countries: byCount(group.countries),
    articleIds: group.articleIds,
  };
}

/** The keys, most counted first, ties in code-unit order. */
function byCount(counts: Map<string, number>): string[] {
  // Most people have one country or none.
  if (counts.size < 2) return [...counts.keys()];
  return [...counts.entries()]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([key]) => key);
}

function compareArticles(x: MergeArticle, y: MergeArticle): number {
  const dx = undatedLast(x.date);
  const dy = undatedLast(y.date);
  if (dx !== dy) return dx < dy ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

function compareNewestFirst(x: MergeArticle, y: MergeArticle): number {
  if (x.date !== y.date) return !x.date ? 1 : !y.date ? -1 : x.date > y.date ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

function addOnce(map: Map<string, string>, value: string): void {
  const lower = value.toLowerCase();
  if (value && !map.has(lower)) map.set(lower, value);
}

/**
 * A shorter form that can head a person page: two words or more, the first not an initial ("Pavel Sorokin", not
 * "Sorokin" or "S. Raghavan").
 */
const COMMON_NAME_FORM = /^\p{L}[\p{L}'’-]+ \S/u;

/**
 * The form written most often, so a page is headed as readers know the person ("Pavel Sorokin", though one article
 * wrote his patronymic); the fullest name's own forms win ties, then the first written.
 */
function displayName(group: Group): string {
  let best = '';
  let bestCount = -1;
  for (const [name, count] of group.names) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  if (group.shorter === null) return best;
  for (const [name, count] of group.shorter) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
