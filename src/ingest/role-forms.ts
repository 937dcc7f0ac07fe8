// One person's titles across articles, each office once however it was written: the person's merged list, the
// article sidebar and article rows (distinctRoles) and the person page's roles table (src/site/role-table.ts).
import { countryNames, demonymCountry, demonymPhrases } from './extract/lexicon.ts';
import { spokesWords, titleHeads } from './extract/roles.ts';

/**
 * Words that change what a title means, so "former president", "first female foreign minister" or "new Foreign
 * Minister" do not stand for the bare title.
 */
const RANK_OR_TIME =
  /\b(?:former|ex|deputy|vice|acting|interim|outgoing|incoming|late|assistant|under|co|associate|first|new|founding)\b/i;

/** Words that join a title to its body however it is written ("Minister of/for Foreign Affairs"). */
const JOINING_WORDS = new Set(['of', 'the', 'for']);

/** Words after a bare title that start the body or post it is held in ("Ambassador to …", "Attorney for …"). */
const BODY_AFTER = /^(?:of|for|to|at|in) /;

/**
 * One word for the spellings of a title word: transliterations (Amir/Emir), British and American spelling
 * (Defence/Defense), the gendered forms of a title (chairwoman, spokesman) and the wire's abbreviated ranks ("Gen."
 * is General). A title's spelling tells nothing about the office.
 */
const SAME_WORD = new Map<string, string>([
  ['amir', 'emir'],
  ['shaikh', 'sheikh'],
  ['shaykh', 'sheikh'],
  ['czar', 'tsar'],
  ['defence', 'defense'],
  ['adviser', 'advisor'],
  ['counsellor', 'counselor'],
  ['councillor', 'councilor'],
  ['labour', 'labor'],
  ['organisation', 'organization'],
  ['programme', 'program'],
  ['centre', 'center'],
  ['chairman', 'chair'],
  ['chairwoman', 'chair'],
  ['chairperson', 'chair'],
  ...[...spokesWords].map((word): [string, string] => [word, 'spokesperson']),
]);
/** The wire's abbreviated titles (roles.ts's rankAbbreviations, and "Sen."), spelled out. */
const ABBREVIATED_TITLES = new Map<string, string>([
  ['gen', 'general'],
  ['adm', 'admiral'],
  ['col', 'colonel'],
  ['maj', 'major'],
  ['capt', 'captain'],
  ['brig', 'brigadier'],
  ['cmdr', 'commander'],
  ['sgt', 'sergeant'],
  ['lt', 'lieutenant'],
  ['gov', 'governor'],
  ['rep', 'representative'],
  ['sen', 'senator'],
]);
for (const [abbreviation, word] of ABBREVIATED_TITLES) SAME_WORD.set(abbreviation, word);

/** Whether `role` is the shorter written form; one with an abbreviated title ("Gen") never beats it spelled out. */
function shorter(role: string, than: string): boolean {
  const a = abbreviated(role);
  const b = abbreviated(than);
  return a !== b ? b : role.length < than.length;
}
const abbreviated = (role: string) =>
  role
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => ABBREVIATED_TITLES.has(word));

/** "People's Republic of China", "Kyrgyz Republic": the words of a state's official name around its country. */
const STATE_NOUNS = new Set(['republic', 'kingdom', 'federation']);
const STATE_ADJECTIVES = new Set([
  'democratic',
  'people',
  'islamic',
  'federal',
  'socialist',
  'united',
  'arab',
]);

/** A word of a role, lower-cased and spelled one way; `acronym` when written in capitals ("CEO", "U.N."). */
interface Word {
  word: string;
  acronym: boolean;
}

/**
 * The words of a role: accents, full stops, hyphens, possessives and brackets around an acronym dropped ("U.S." is
 * "US", "Sinn Féin" "sinn fein", "Hamas'" "hamas"); "his", "its" or "the country's" before a title say nothing of
 * it; a plural title head read as one ("members of the Standing Committee" beside "member of …"). Joining words
 * are kept, for the bare-title reading ("President of …").
 */
function words(role: string): Word[] {
  const out: Word[] = [];
  const text = role
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // "Communist Party of China (CPC)": the acronym repeats the words before it.
    .replace(/\s*\([A-Z]{2,8}\)/g, '')
    .replace(/\b(?:the\s+)?(?:country|nation)['’]s\b|\b(?:his|her|its|their)\s/giu, ' ')
    .replace(/\./g, '')
    .replace(/['’]s\b/g, '');
  for (const raw of text.split(/[^\p{L}\p{N}'’]+/u)) {
    const trimmed = raw.replace(/^['’]+|['’]+$/g, '');
    if (!trimmed) continue;
    const word = trimmed.toLowerCase();
    // Not a regnal or ordinal number ("Finance Minister II").
    out.push({
      word: SAME_WORD.get(word) ?? word,
      acronym: /^[A-Z]{2,8}$/.test(trimmed) && !/^[IVX]+$/.test(trimmed),
    });
  }
  // "members of the Standing Committee" is a member's title written for two; not "College of Cardinals".
  out.forEach((w, i) => {
    if (!w.word.endsWith('s') || titleHeads.has(w.word) || out[i + 1]?.word !== 'of') return;
    const single = w.word.slice(0, -1);
    if (titleHeads.has(single) || single === 'member') w.word = SAME_WORD.get(single) ?? single;
  });
  return out;
}

/** Country names and nationalities of the lexicon as word sequences, by their first word, longest first. */
const COUNTRY_PHRASES = new Map<string, { words: string[]; country: string }[]>();
{
  const add = (name: string, country: string) => {
    if (!country) return; // "Korea", "Congolese": ambiguous, read as written
    const phrase = words(name).map((w) => w.word);
    if (!phrase.length) return;
    const list = COUNTRY_PHRASES.get(phrase[0]!) ?? [];
    if (!list.some((p) => p.words.join(' ') === phrase.join(' '))) list.push({ words: phrase, country });
    COUNTRY_PHRASES.set(phrase[0]!, list);
  };
  for (const [name, country] of countryNames) add(name, country);
  for (const [name, country] of demonymCountry) add(name, country);
  for (const [name, country] of demonymPhrases) add(name, country);
  for (const list of COUNTRY_PHRASES.values()) list.sort((a, b) => b.words.length - a.words.length);
}

/** The country whose name or nationality starts at `at` (and the words it takes), or undefined. */
function countryAt(list: readonly string[], at: number): { country: string; end: number } | undefined {
  for (const phrase of COUNTRY_PHRASES.get(list[at]!) ?? []) {
    if (phrase.words.every((w, k) => list[at + k] === w))
      return { country: phrase.country, end: at + phrase.words.length };
  }
  return undefined;
}

/** The end of state-name words at `at` ("People's Democratic Republic" after "Lao"), or `at` for none. */
function stateNameEnd(list: readonly string[], at: number): number {
  let i = at;
  while (STATE_ADJECTIVES.has(list[i]!)) i++;
  return STATE_NOUNS.has(list[i]!) ? i + 1 : at;
}

/**
 * A country at `at`, with the words of its official name: "Russian Federation", "the French Republic", "Islamic
 * Republic of Iran", "Lao People's Democratic Republic". The lexicon's own long names ("People's Republic of China",
 * "Democratic Republic of the Congo") come first, so they are never cut to another country.
 */
function stateAt(list: readonly string[], at: number): { country: string; end: number } | undefined {
  let found = countryAt(list, at);
  if (!found) {
    // "Republic of India", "Islamic Republic of Iran": the state's kind, "of", the country.
    let i = stateNameEnd(list, at);
    if (i === at || list[i] !== 'of') return undefined;
    i++;
    if (list[i] === 'the') i++;
    found = countryAt(list, i);
  }
  if (!found) return undefined;
  return { country: found.country, end: stateNameEnd(list, found.end) };
}

/** Office words that say nothing more: "Minister of Foreign Affairs" is the Foreign Minister. */
const AFFAIRS = 'affairs';

/** A role read as one office: its plain form (for bare titles) and its sorted key words, countries as `@country`. */
interface Form {
  plain: string;
  key: string[];
}

/**
 * Acronyms the person's roles spell out: "CPC" is "Communist Party of China" once a role reads so, "CEO" "chief
 * executive officer", "FEMA" "Federal Emergency Management Agency" (the initials of words in a row, joining words
 * skipped).
 */
function spelledOut(roles: readonly Word[][]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!roles.some((role) => role.some((w) => w.acronym))) return out;
  for (const role of roles) {
    const list = role.map((w) => w.word);
    for (let start = 0; start < list.length; start++) {
      if (JOINING_WORDS.has(list[start]!)) continue;
      let initials = '';
      for (let end = start; end < list.length && initials.length < 8; end++) {
        if (JOINING_WORDS.has(list[end]!)) continue;
        initials += list[end]![0];
        if (initials.length > 1 && !out.has(initials)) out.set(initials, list.slice(start, end + 1));
      }
    }
  }
  return out;
}

/** The person's roles as offices (see roleKeys). */
function formsOf(roles: readonly string[]): Form[] {
  const written = roles.map(words);
  const acronyms = spelledOut(written);
  return written.map((role) => {
    const list: string[] = [];
    for (const { word, acronym } of role) {
      const expanded = acronym && !countryAt([word], 0) ? acronyms.get(word) : undefined;
      if (expanded) list.push(...expanded);
      else list.push(word);
    }
    const key: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const state = stateAt(list, i);
      if (state) {
        const token = `@${state.country.toLowerCase()}`;
        // "the Republic of Korea (ROK)" once.
        if (key[key.length - 1] !== token) key.push(token);
        i = state.end - 1;
        continue;
      }
      const word = list[i]!;
      if (JOINING_WORDS.has(word) || word === AFFAIRS) continue;
      // "Minister of National Defense" is the Defense Minister.
      if (word === 'national' && list[i + 1] === 'defense') continue;
      key.push(word);
    }
    return { plain: role.map((w) => w.word).join(' '), key: key.sort() };
  });
}

/** Whether the words before a shared title only narrow it ("Indonesian", "Crown", "Bank of Japan"). */
function qualifies(prefix: string): boolean {
  return !RANK_OR_TIME.test(prefix) && !prefix.split(' ').some((w) => titleHeads.has(w));
}

/**
 * Whether `other` narrows the bare title `role`: it ends with the title after words that only narrow it ("President"
 * beside "Indonesian President", "Prince" beside "Crown Prince"), starts it before a body or post ("General
 * Secretary" beside "general secretary of the Party", "Ambassador" beside "Ambassador to Ruritania"), or is the same
 * office with a country said ("Minister of Foreign Affairs" beside "Ruritanian Foreign Minister", "former
 * president" beside "former Ruritanian President"). Not beside "Deputy Prime Minister" or "former president"
 * (another office or time), nor beside a stack of two titles the extractor left joined ("Defence Minister
 * Marshal"), which says nothing more about it.
 */
function narrows(other: Form, role: Form): boolean {
  if (other.plain.startsWith(`${role.plain} `) && BODY_AFTER.test(other.plain.slice(role.plain.length + 1)))
    return true;
  if (other.plain.endsWith(` ${role.plain}`) && qualifies(other.plain.slice(0, -role.plain.length - 1)))
    return true;
  return countryAdded(other.key, role.key);
}

/** Whether the sorted key `wider` is `key` with one or more countries added. */
function countryAdded(wider: readonly string[], key: readonly string[]): boolean {
  if (wider.length <= key.length) return false;
  let k = 0;
  for (const word of wider) {
    if (word === key[k]) k++;
    else if (!word.startsWith('@')) return false;
  }
  return k === key.length;
}

/**
 * One key per office: roles with the same key are one office written differently. The key is the role's words
 * (see `words`), in any order, without the words joining a title to its body or the "Affairs" of a ministry, with a
 * nationality, country name or state's official name read as its country ("Chinese President", "President of
 * China", "President of the People's Republic of China") and acronyms that another of the person's roles spells out
 * expanded: "general secretary of the CPC Central Committee", "... of the Central Committee of the Communist Party
 * of China" and "... of the Communist Party of China (CPC) Central Committee" are one office.
 */
export function roleKeys(roles: readonly string[]): string[] {
  return formsOf(roles).map((form) => form.key.join(' '));
}

/** One office of a person's roles: its written forms and the bare titles that stand for it. */
export interface Office {
  /** The fullest written form (the longest: it carries the spelled-out acronym or the body's full name). */
  role: string;
  /** The shortest written form (the people index shows it). */
  shortest: string;
  /** Indexes of the roles written for the office, in order. */
  forms: number[];
  /** Indexes of bare titles that only this office narrows ("President" beside only "Ruritanian President"). */
  bare: number[];
}

/**
 * Each office once, in order of first appearance. A bare title another role narrows is no office of its own: it
 * stands for the one office narrowing it, or for none when several do (which one it was is not known). Ties keep
 * the form met first.
 */
export function offices(roles: readonly string[]): Office[] {
  // Most people have one role.
  if (roles.length < 2) return roles.map((role, i) => ({ role, shortest: role, forms: [i], bare: [] }));
  const forms = formsOf(roles);
  const keys = forms.map((form) => form.key.join(' '));
  // An office is a key with a form no other role narrows; its other forms are its own, not bare titles.
  const officeKeys = new Set<string>();
  forms.forEach((form, i) => {
    if (!forms.some((other, j) => keys[j] !== keys[i] && narrows(other, form))) officeKeys.add(keys[i]!);
  });
  const byKey = new Map<string, FoundOffice>();
  const bare: number[] = [];
  roles.forEach((role, i) => {
    const key = keys[i]!;
    if (!officeKeys.has(key)) {
      bare.push(i);
      return;
    }
    const office = byKey.get(key);
    if (!office) {
      byKey.set(key, { role, shortest: role, forms: [i], bare: [], shownAt: i });
      return;
    }
    office.forms.push(i);
    if (role.length > office.role.length) {
      office.role = role;
      office.shownAt = i;
    }
    if (shorter(role, office.shortest)) office.shortest = role;
  });
  const found = joinDescribed([...byKey.values()], forms);
  for (const i of bare) {
    const narrower = found.filter((office) => office.forms.some((j) => narrows(forms[j]!, forms[i]!)));
    if (narrower.length === 1) narrower[0]!.bare.push(i);
  }
  // A shown form that another office's shown form narrows adds nothing.
  return found
    .filter(
      (office) =>
        !found.some((other) => other !== office && narrows(forms[other.shownAt]!, forms[office.shownAt]!)),
    )
    .map(({ role, shortest, forms: written, bare: standing }) => ({
      role,
      shortest,
      forms: written,
      bare: standing,
    }));
}

/**
 * Words an office written more fully may add and still be the same office: not a title ("Vice", "Chief", "Staff"),
 * a rank or a time ("deputy", "former", "new", "newly elected", "President-elect"), an ordinal or superlative ("42nd",
 * "eighth", "longest-serving") nor the place a title was held at ("at the Istana"); what is left describes the body
 * or the post ("ruling", "state", "AG", "and Trade", "Extraordinary and Plenipotentiary").
 */
function describes(word: string): boolean {
  let known = describing.get(word);
  if (known === undefined) {
    known = !titleHeads.has(word) && !RANK_OR_TIME.test(word) && !NOT_DESCRIPTIVE.test(word);
    describing.set(word, known);
  }
  return known;
}
/** Role words repeat across people: each is read once. */
const describing = new Map<string, boolean>();
const NOT_DESCRIPTIVE =
  /^(?:at|newly|elect|elected|designate|then|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\p{L}{3,}est)$/u;

/** Whether the sorted key `wider` is `key` (two words or more) with words that only describe the office added. */
function describedMore(wider: readonly string[], key: readonly string[]): boolean {
  if (key.length < 2 || wider.length <= key.length) return false;
  let k = 0;
  for (const word of wider) {
    if (word === key[k]) k++;
    else if (!describes(word)) return false;
  }
  return k === key.length;
}

type FoundOffice = Office & { shownAt: number };

/**
 * Offices that another office only describes more fully become that office ("president of the Liberal Democratic
 * Party" and "president of the ruling Liberal Democratic Party", "Siemens CEO" and "CEO of Siemens AG", "Hungarian
 * Foreign Minister" and "Hungarian Minister of Foreign Affairs and Trade"), when exactly one office does; fuller
 * offices first, so chains settle into the fullest. In order of first appearance.
 */
function joinDescribed(found: FoundOffice[], forms: readonly Form[]): FoundOffice[] {
  const n = found.length;
  // Each office's own key, before any joins (a joined office's first form may be another's).
  const keys = found.map((office) => forms[office.forms[0]!]!.key);
  const into = (i: number, gone: readonly boolean[] | null): number => {
    let wider = -1;
    for (let j = 0; j < n; j++) {
      if (j === i || gone?.[j] || !describedMore(keys[j]!, keys[i]!)) continue;
      if (wider >= 0) return -1;
      wider = j;
    }
    return wider;
  };
  // Most people's offices hold none of another's words: nothing to order or copy.
  let any = false;
  for (let i = 0; i < n && !any; i++) any = into(i, null) >= 0;
  if (!any) return found;
  const gone: boolean[] = found.map(() => false);
  const order = found.map((_, i) => i).sort((x, y) => keys[y]!.length - keys[x]!.length);
  for (const i of order) {
    const j = into(i, gone);
    if (j < 0) continue;
    const office = found[i]!;
    const wider = found[j]!;
    wider.forms = [...wider.forms, ...office.forms].sort((x, y) => x - y);
    if (office.role.length > wider.role.length) {
      wider.role = office.role;
      wider.shownAt = office.shownAt;
    }
    if (shorter(office.shortest, wider.shortest)) wider.shortest = office.shortest;
    gone[i] = true;
  }
  return found.filter((_, i) => !gone[i]).sort((x, y) => x.forms[0]! - y.forms[0]!);
}

/**
 * Each office once, in order of first appearance, as its fullest written form, bare titles that another role
 * narrows left out (the article sidebar, a person's article rows and merged list).
 */
export function distinctRoles(roles: readonly string[]): string[] {
  if (roles.length < 2) return roles.slice();
  return offices(roles).map((office) => office.role);
}
