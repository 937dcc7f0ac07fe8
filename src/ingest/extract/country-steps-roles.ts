// The first steps of decideCountries: countries a person's own roles settle (rule 1), international bodies'
// officials, and the headline's possessives; see decide-countries.ts for the order.
import {
  SPACED_BODIES,
  servesInternationalOffice,
  headsNamedBody,
  servesNamedBodyHead,
  namedBodies,
  whoseBody,
  itsBody,
  namesInternationalBody,
  INTERNATIONAL_BODY_RE,
  nowHeadsInternationalBody,
  teamOfInternationalBodyLedBy,
  ledInternationalTeam,
  envoyTo,
  namesABody,
  officeOfBareBody,
  officeOfPrefixedBody,
  spelledOutBodyCountry,
} from './body-countries.ts';
import {
  GOVERNMENTS,
  subnationalAt,
  roleSpanCountry,
  possessiveCountryBefore,
  subjectOfWorkAt,
} from './country-context.ts';
import { ofPrivateOutlet, officeHolderOf } from './country-steps-story.ts';
import type { CountryStory } from './country-story.ts';
import { itsBodyCountry, possessedBodyCountry } from './office-countries.ts';
import { bareTitle } from './one-holder-offices.ts';
import { SUCCESSION } from './appositive.ts';
import { OFFICE_RELATIONS } from './person-cues.ts';
import type { Mention, PersonRecord } from './person-record.ts';
import {
  HINDI_STYLES,
  agencyCountry,
  institutionCountry,
  ofInternationalNgo,
  roleCountry,
  titleHeads,
} from './roles.ts';
import { OF_FOR_AND, HIS_HER, countryNames, demonymCountry, orgHeads } from './lexicon.ts';
import { cityCountryAt, findCountries } from './countries.ts';
import { ENDS_IN_POSSESSIVE, ROMAN } from './names.ts';
import type { Token } from './tokenize.ts';

const ALL_CAPS = /^[A-Z]{2,}$/;

/** Names popes have reigned under, each borne by many ("Benedict", "Pius"), before a regnal number. */
const PAPAL_NAMES = new Set([
  'benedict',
  'pius',
  'leo',
  'gregory',
  'clement',
  'innocent',
  'urban',
  'boniface',
]);

/**
 * "The last pope to visit was Benedict XVI", "after the resignation of Benedict XVI": in a story of a pope, a papal
 * name with its regnal number and no role is another pope's, so the Vatican's. Settled, as "Pope" settles it.
 */
export function settlePopesByRegnalName(story: CountryStory): void {
  const { people } = story;
  if (!people.some((q) => q.country === 'Vatican' && q.roles.some((r) => /\bpope\b/i.test(r)))) return;
  for (const p of people) {
    if (p.countrySettled || p.roles.length > 0 || p.tokens.length !== 2) continue;
    const [name = '', numeral = ''] = p.tokens;
    if (!PAPAL_NAMES.has(name.toLowerCase()) || numeral === '' || !ROMAN.test(numeral)) continue;
    p.country = 'Vatican';
    p.countrySettled = true;
  }
}

/**
 * Rule 1: a country the roles name ("Chinese President", "secretary of Iran's …", "of the DPRK", "Pope") settles
 * it; an international body's official, however introduced, settles on none. First, because a person's own title
 * outweighs anything around their name.
 */
export function settleByRoles(story: CountryStory): void {
  const { doc, tokens, people, mentions } = story;
  // Read once a story (most have no envoy summoned): whether summonerCountry is worth asking.
  let summons: boolean | undefined;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (p.countrySettled) continue;
    // "the former UN economist X", named as a country's pick for its government: a body they no longer work for, and
    // a role that names no country.
    if (p.roles.length === 1 && isPastOffice(p.roles[0]!) && pickedForOffice(tokens, p)) continue;
    // "survived by his daughters, among them former WHO chief scientist Y X": one who no longer serves a body, named
    // after a relative who shares their surname, is of the family's country (read by the later rules).
    if (p.roles.length > 0 && everyOfficePast(tokens, p) && familyNamedBefore(p, people)) continue;
    // "WHO Director-General X, who served as Ethiopia's health minister": introduced by an international body's
    // office, they are its official, whatever national office they held before.
    const introduced = p.roles[0];
    const introducedSpan = p.roleSpans[0];
    // "High Representative for Bosnia and Herzegovina X": the country after "for" is the one they oversee for the
    // powers that named them, not theirs.
    if (
      introduced !== undefined &&
      internationalOffice(introduced) &&
      (introducedSpan === undefined ||
        HIGH_REPRESENTATIVE_RE.test(introduced) ||
        roleSpanCountry(tokens, introducedSpan) === null)
    ) {
      settleInternational(p);
      continue;
    }
    // "The EU, speaking through X (European Commission), said": a negotiations bulletin's delegate of an international
    // body, written in brackets after the name where a state's delegate has the state's name.
    if (p.mentions.some((m) => m.kind === 'name' && bodyInBrackets(tokens, m.end))) {
      settleInternational(p);
      continue;
    }
    // "General Assembly President X, a former prime minister of Cameroon", "The assembly's president, Slovak diplomat
    // Y" in a story of the UN General Assembly, "Inter-Parliamentary Union (IPU) President Z": the body's office held
    // now is what they act for, not the country of an office held before or of a nationality their trade is given
    // with ("even when the text gives their nationality").
    if (nowOfficeOfBareBody(p, doc.text)) {
      settleInternational(p);
      continue;
    }
    // "former Sierra Leone president X, head of the mission of ECOWAS", "former British PM X, now envoy of the Middle
    // East Quartet": a body's office held now, after offices held before, is what they act for; a country's office
    // held now ("former UN envoy X, now Foreign Minister") keeps theirs.
    if (
      p.roles.length > 1 &&
      introduced !== undefined &&
      isPastOffice(introduced) &&
      nowInternational(story, p)
    ) {
      settleInternational(p);
      continue;
    }
    // "Ugandan judge X" in a story of the International Court of Justice: a judge named by nationality alone sits on
    // the international court the story names (as "The judges are X of Uganda, …" of the ICC).
    if (
      p.roles.some(isNationalityJudge) &&
      p.roles.every(isJudgeOrInternationalCourt) &&
      INTERNATIONAL_COURT_RE.test(doc.text)
    ) {
      settleInternational(p);
      continue;
    }
    // "Brazil's former president X, who now heads the New Development Bank": a past national office gives no
    // country to one who now heads an international body. "The IMF, whose Managing Director X": an office of the
    // international body ", whose" follows.
    // Not a person's ("Tanabe, whose adviser X").
    // Loops and module functions rather than closures made for every person (each costs a `__name` under tsx).
    const owners: (string | null)[] = [];
    for (const r of p.roleSpans)
      owners.push(mentionEndsAt(mentions, r.start - 2) ? null : whoseBody(tokens, r.start));
    // "… the court and placed its chief prosecutor, X" after "the International Criminal Court": likewise.
    const its: (string | null)[] = [];
    for (const r of p.roleSpans)
      its.push(itsBody(tokens, doc.sentences[tokens[r.start]?.sent ?? 0]?.[0] ?? 0, r.start));
    // Not where another title names their country ("its president, Maltese Ambassador X").
    if (
      ((owners.some(isInternationalBodyName) || its.some(isInternationalBodyName)) &&
        noRoleSpanCountry(tokens, p)) ||
      (p.roles.length > 0 &&
        p.roles.every(isPastOffice) &&
        (p.mentions.some((m) => m.kind !== 'pronoun' && nowHeadsInternationalBody(tokens, m.end)) ||
          p.roleSpans.some((r) => nowHeadsInternationalBody(tokens, r.end, true)))) ||
      // "X, who led the IMF mission to Pakistan, said": the body's staff, named with no title.
      (p.roles.length === 0 && ledInternationalTeamAtName(tokens, p)) ||
      // "A delegation of ECOWAS led by former Nigerian head of state General X": the body's envoy, whatever they were.
      (p.roles.some(isPastOffice) && ledForInternationalBody(story, p))
    ) {
      settleInternational(p);
      continue;
    }
    // "the AU High Representative for the Horn of Africa, former Nigerian President X": a past national office set off
    // after an international body's office is that official's career, not a country they act for.
    if (
      p.roles.length > 0 &&
      p.roles.every(isPastOffice) &&
      p.roleSpans.some((r) => internationalOfficeBefore(story, r.start))
    ) {
      settleInternational(p);
      continue;
    }
    // "The Kremlin, whose spokesman X": a seat of government's office is its country's; "The M23, whose political
    // leader X": one of another named body says nothing of a country (a ministry's is left to the rules below).
    let seat: string | undefined;
    for (const b of owners) {
      seat = b ? institutionCountry.get(b.toLowerCase()) : undefined;
      if (seat) break;
    }
    if (seat) {
      p.country = seat;
      p.countrySettled = true;
      continue;
    }
    if (owners.some(isBodyName)) p.bodyOffice = true;
    // "X of NBC News Radio, chairman of the White House Press Club": named by a private news outlet, they act for
    // it, for no country (not for the seat a press body is named after, nor a domestic story's).
    if (ofPrivateOutlet(tokens, p) && noRoleSpanCountry(tokens, p)) {
      p.countrySettled = true;
      continue;
    }
    // 1. The roles: "Chinese President", "secretary of Iran's …", "of the DPRK", "Pope".
    let found: string | null = null;
    for (const r of p.roleSpans) {
      found = roleSpanCountry(tokens, r);
      if (found) break;
    }
    // "… Court of China … its President Ma Jun": the body "its" refers back to; "the academy's permanent
    // secretary" after "the Swedish Academy".
    for (const r of p.roleSpans) {
      if (found) break;
      found =
        itsBodyCountry(tokens, doc.sentences[tokens[r.start]?.sent ?? 0]?.[0] ?? 0, r.start) ??
        possessedBodyCountry(tokens, r.start);
      if (found) p.bodyOffice = true;
    }
    // "US President-elect's Special Envoy to the Middle East X": the envoy or aide of a country's office holder.
    for (const r of p.roleSpans) {
      if (found) break;
      found = possessiveCountryBefore(tokens, r.start);
    }
    if (!found) found = roleWordsCountry(p.roles);
    // "CCG spokesperson X" after "China Coast Guard (CCG) ships": the body the story spells out names the country.
    if (!found) found = spelledOutBodyCountry(p.roles, doc.text);
    // "Foreign Minister X summoned South Korean Ambassador to Japan Y": who summons an envoy is of the host country.
    if (!found && (summons ??= doc.text.includes(' summoned '))) found = summonerCountry(p, tokens, doc.text);
    // "Secretary of State Daniel Mercer", "Secretary of Defense Y": written capitalised and bare, the title is the
    // American one (the Vatican's is "the Vatican secretary of state", Britain's "Secretary of State for …").
    if (!found && p.roles.some(isBareSecretaryOfState)) found = 'United States';
    if (!found) found = judgeSeatCountry(tokens, p);
    if (found) {
      p.country = found;
      p.countrySettled = true;
      continue;
    }
    if (headsInternationalMission(p, tokens, doc.text)) {
      settleInternational(p);
      continue;
    }
    // "Iran project director at a policy group", "senior China economist at a bank": a country
    // named only as the subject of their work at a body ties them to none, not even a domestic story's.
    let subject = false;
    for (const r of p.roleSpans) if ((subject = subjectOfWorkAt(tokens, r))) break;
    // "a climate adviser at Greenpeace" in a Beijing story: the staff of an international campaign or
    // aid group act for it, for no country, wherever they work.
    if (subject || (p.roles.length > 0 && p.roles.every(ofInternationalNgo))) {
      p.countrySettled = true;
      continue;
    }
    if (p.roles.length === 0) continue;
    // "Foreign Minister X, the incoming U.N. secretary-general": an office still to be taken is no body's office
    // held now, beside one held.
    const acting = p.roles.filter((r) => !FUTURE_OFFICE.test(r));
    const held = acting.length > 0 ? acting : p.roles;
    if (
      internationalOffice(held.join(' ')) ||
      held.some((r) => headsNamedBody(r, () => (story.storyBodies ??= namedBodies(doc.text)))) ||
      held.some((r) => servesNamedBodyHead(r, () => (story.storyBodies ??= namedBodies(doc.text)))) ||
      held.some((r) => officeOfPrefixedBody(r, doc.text) || officeOfBareBody(r, doc.text))
    )
      settleInternational(p);
  }
}

/**
 * "X (European Commission)", "Y (UNEP)": an international body's name alone in brackets right after a name (up to
 * six capitalised words, "of", "for" and "and" inside).
 */
function bodyInBrackets(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== '(') return false;
  let k = end + 1;
  const words: string[] = [];
  for (; k < tokens.length && k <= end + 6 && tokens[k]?.text !== ')'; k++) {
    const w = tokens[k] as Token;
    if (!w.word || (!w.cap && (k === end + 1 || !OF_FOR_AND.has(w.lower)))) return false;
    words.push(w.text);
  }
  return tokens[k]?.text === ')' && words.length > 0 && namesInternationalBody(words.join(' '));
}

/** "the movement's choice for prime minister, the former UN economist X": chosen for an office, in the sentence before the name. */
function pickedForOffice(tokens: readonly Token[], p: PersonRecord): boolean {
  const span = p.roleSpans[0];
  if (!span) return false;
  const sent = tokens[span.start]?.sent;
  for (let k = span.start - 1; k >= 0 && k > span.start - 12; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent) return false;
    if (
      (t.lower === 'choice' || t.lower === 'pick' || t.lower === 'nominee' || t.lower === 'candidate') &&
      tokens[k + 1]?.lower === 'for'
    )
      return true;
  }
  return false;
}

/** An office to be taken: "incoming U.N. secretary-general", "next president", "Secretary-General-designate". */
const FUTURE_OFFICE = /^(?:incoming|next|future)\b|-(?:designate|elect)\b/i;

/**
 * A judge's title with at most a nationality before it ("Judge", "Ugandan judge"), or the court's registrar ("Court
 * Registrar", "Deputy Registrar"), its officer.
 */
const NATIONALITY_JUDGE_RE = /^(?:\p{Lu}[\p{L}-]+ )?(?:[Jj]udges?|[Rr]egistrar)$/u;
/**
 * A court or tribunal of states: the ICJ and the ICC, and the arbitral tribunals of states' disputes ("the Arbitral
 * Tribunal constituted under Annex VII of UNCLOS", the Permanent Court of Arbitration, the Law of the Sea tribunal).
 */
export const INTERNATIONAL_COURT_RE =
  /\bInternational (?:Criminal )?Court\b|\bICJ\b|\bPermanent Court of Arbitration\b|\bArbitral Tribunal\b|\bInternational Tribunal\b|\bITLOS\b/;
const isNationalityJudge = (r: string) => NATIONALITY_JUDGE_RE.test(r);
const isJudgeOrInternationalCourt = (r: string) =>
  NATIONALITY_JUDGE_RE.test(r) || INTERNATIONAL_COURT_RE.test(r);
const isInternationalBodyName = (b: string | null) => b !== null && namesInternationalBody(b);
const isBodyName = (b: string | null) => b !== null && namesABody(b);

/**
 * American cabinet secretaries as written capitalised and bare ("Secretary of State", "Secretary of Defense"): no other
 * government writes them so (Britain's "Secretary of State for Defence", Manila's "Secretary of National Defense").
 */
const US_SECRETARIES = new Set([
  'secretary of state',
  'secretary of defense',
  'secretary of homeland security',
  'secretary of veterans affairs',
  'secretary of housing and urban development',
]);
/**
 * "Deputy Secretary of State X", "Under (Assistant) Secretary of State Y": the State Department's officers, as bare,
 * also with their brief ("Under Secretary of State for Arms Control and International Security Z"; Britain's junior
 * ministers are "Parliamentary Under-Secretary of State for …", hyphenated and qualified).
 */
const US_STATE_OFFICER = /^(?:deputy|under|assistant) secretary of state(?: for [a-z ,'’-]+)?$/;
// "Secretary of State-designate X": the nominee for the same American office.
const isBareSecretaryOfState = (r: string) => {
  if (!r.includes('Secretary of ')) return false;
  const title = bareTitle(r).replace(/-designate$/, '');
  return US_SECRETARIES.has(title) || US_STATE_OFFICER.test(title);
};

function ledInternationalTeamAtName(tokens: readonly Token[], p: PersonRecord): boolean {
  for (const m of p.mentions) if (m.kind !== 'pronoun' && ledInternationalTeam(tokens, m.end)) return true;
  return false;
}

/**
 * Whether p's first name mention, or the role written right before it, follows "led by" after an international
 * body's team, and only the text of offices held before names p's country.
 */
function ledForInternationalBody(story: CountryStory, p: PersonRecord): boolean {
  const m = p.mentions.find((o) => o.kind === 'name');
  if (!m) return false;
  let start = m.start;
  for (const r of p.roleSpans) if (r.end === m.start && r.start < start) start = r.start;
  // "led by former Nigerian head of state General X": a rank between the role and the name.
  for (const r of p.roleSpans) if (r.end === start && r.start < start) start = r.start;
  return teamOfInternationalBodyLedBy(story.tokens, start) && pastOfficesNameCountry(story, p);
}

function mentionEndsAt(mentions: readonly Mention[], end: number): boolean {
  for (const o of mentions) if (o.end === end) return true;
  return false;
}

function noRoleSpanCountry(tokens: readonly Token[], p: PersonRecord): boolean {
  for (const r of p.roleSpans) if (roleSpanCountry(tokens, r) !== null) return false;
  return true;
}

/** An international organisation's body, then ", headed by" or ", led by" right before a name. */
const INTERNATIONAL_MISSION_HEAD =
  /\b(?:UN|U\.N\.|United Nations|AU|African Union|EU|European Union|OSCE|IAEA)\b[^,;.]*, (?:headed|led) by $/;

/** "The UN Verification Mission in Colombia, headed by X": the head of an international organisation's mission. */
function headsInternationalMission(p: PersonRecord, tokens: readonly Token[], text: string): boolean {
  const m = p.mentions.find((q) => q.kind === 'name');
  if (!m || tokens[m.start - 1]?.lower !== 'by') return false;
  const at = (tokens[m.start] as Token).start;
  return INTERNATIONAL_MISSION_HEAD.test(text.slice(Math.max(0, at - 80), at));
}

/** A pope of a church other than Rome's: "Pope of Alexandria", "Coptic Pope", "Coptic Orthodox Pope". */
const OTHER_POPE_RE = /\bPope of (?!Rome\b)\p{Lu}|\bCoptic (?:Orthodox )?Pope\b/u;
/** A bishop of a see ("Archbishop of Lyon"): a cardinal who leads a diocese stands for its country, not the Vatican. */
const SEE_RE = /\b(?:Arch)?[Bb]ishop of \p{Lu}/u;
/**
 * Royal dukedoms and the heir's principality of the British crown ("the Duke of Cambridge", "Camilla, the Duchess of
 * Cornwall", "the Prince of Wales"): titles only Britain's royal family holds, wherever they travel.
 */
const BRITISH_ROYAL_TITLE_RE =
  /\b(?:Duke|Duchess) of (?:Cambridge|Cornwall|Edinburgh|Sussex|York|Gloucester|Kent|Rothesay)\b|\bPrin(?:ce|cess) of Wales\b/;

/** "summoned (the) … Ambassador to Japan", after a name: the country the envoy is posted to. */
const SUMMONED_ENVOY_TO =
  /^,?\s+(?:also\s+|then\s+|later\s+)?summoned\s+[^,.;]{0,40}?\b(?:[Aa]mbassador|[Ee]nvoy)\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)(?:\s+(\p{Lu}[\p{L}.]*))?/u;

/**
 * "Foreign Minister X summoned South Korean Ambassador to Japan Y to lodge a protest": one who summons a foreign
 * envoy acts for the country the envoy is posted to. Read from the words right after a mention of the name that
 * carry "summoned" (a word test first); null if none names such a country.
 */
function summonerCountry(p: PersonRecord, tokens: readonly Token[], text: string): string | null {
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    const after = (tokens[m.end - 1] as Token).end;
    const words = text.slice(after, after + 120);
    if (!words.includes('summoned')) continue;
    const hit = SUMMONED_ENVOY_TO.exec(words);
    if (!hit) continue;
    const one = (hit[1] as string).toLowerCase();
    const two = hit[2] ? `${one} ${hit[2].toLowerCase()}` : '';
    const c = (two && countryNames.get(two)) || countryNames.get(one);
    if (c) return c;
  }
  return null;
}

/**
 * The country a word or phrase of the roles names ("Kremlin spokesman", "California Governor"), the last one
 * found; null if none.
 */
function roleWordsCountry(roles: readonly string[]): string | null {
  let found: string | null = null;
  // "Pope Shenouda IV, Pope of Alexandria", "Coptic Pope": a pope of another church is not the Vatican's.
  const otherChurch = roles.some((r) => OTHER_POPE_RE.test(r));
  const holdsSee = roles.some((r) => SEE_RE.test(r));
  for (const role of roles) {
    if (role.includes(' of ') && BRITISH_ROYAL_TITLE_RE.test(role)) {
      found = 'United Kingdom';
      continue;
    }
    // "ambassador to Washington": the seat an envoy is sent to is not theirs.
    const to = ENVOY_TO_RE.exec(role);
    const r = to ? role.slice(0, to.index + to[0].length - 4) : role;
    const words = r.toLowerCase().split(/\s+/);
    const written = r.split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as string;
      const c =
        roleCountry.get(w) ??
        // "head of Hamas' political bureau": a body's possessive names it too.
        institutionCountry.get(w.replace(ENDS_IN_POSSESSIVE, '')) ??
        (ALL_CAPS.test(written[k] ?? '') ? agencyCountry.get(w) : undefined) ??
        (k + 1 < words.length
          ? (institutionCountry.get(`${w} ${words[k + 1]}`) ?? roleCountry.get(`${w} ${words[k + 1]}`))
          : undefined) ??
        // "Cheong Wa Dae spokesman": a seat of government named in three words.
        // "African National Congress deputy president": a movement named in three words.
        (k + 2 < words.length
          ? (institutionCountry.get(`${w} ${words[k + 1]} ${words[k + 2]}`) ??
            roleCountry.get(`${w} ${words[k + 1]} ${words[k + 2]}`))
          : undefined) ??
        // "the Workers' Party of Korea": a body whose name holds an ambiguous country name.
        (k + 3 < words.length
          ? institutionCountry.get(`${w} ${words[k + 1]} ${words[k + 2]} ${words[k + 3]}`)
          : undefined) ??
        // "California Governor", "Bavarian state premier", "New South Wales Premier".
        subnationalAt(words, k);
      if (c && !(c === 'Vatican' && (otherChurch || (holdsSee && w === 'cardinal')))) found = c;
    }
  }
  return found;
}

/**
 * "Rwanda's Habimana, DR Congo's Mukendi meet in Qatar": a country's possessive right before a name in the
 * headline says whom they represent. After the roles, which name a country more surely than the headline.
 */
export function placeByHeadlinePossessive(story: CountryStory): void {
  const { people, titleDoc } = story;
  if (titleDoc)
    for (const p of people) {
      if (p.countrySettled || p.international || p.titleMention < 0) continue;
      const c =
        (p.titleMention >= 2 ? possessiveCountryBefore(titleDoc.tokens, p.titleMention) : null) ??
        possessiveAppositiveAfter(titleDoc.tokens, p.titleMention, people);
      if (c) {
        p.country = c;
        p.countrySettled = true;
      }
    }
}

/**
 * "Quinzinho, Brazil's three-time world champion, dies aged 82": a country's possessive opening the appositive set off
 * after the headline's name at `at`; or null.
 */
function possessiveAppositiveAfter(
  tokens: readonly Token[],
  at: number,
  people: readonly PersonRecord[],
): string | null {
  let k = at;
  while (tokens[k]?.cap && tokens[k]?.word) k++;
  if (tokens[k]?.text !== ',') return null;
  for (let e = k + 2; e <= k + 4; e++)
    if (tokens[e]?.text === "'s" || tokens[e]?.text === '’s') {
      // "PM Verma, Nepal's Thapa hold talks": the possessive is the next listed person's, not an appositive (a
      // name follows it, not a title).
      const next = tokens[e + 1];
      if (
        people.some((q) => q.titleMention === e + 1) ||
        (next?.cap && next.word && !titleHeads.has(next.lower))
      )
        return null;
      return possessiveCountryBefore(tokens, e + 1);
    }
  return null;
}

/**
 * "Pierre Lambert, spokesperson for the secretary-general" beside "UN Secretary-General X", "his spokesperson Y"
 * after X: an office of the office of a body's official belongs to that body, whatever countries the sentence names. After rule 1, which
 * finds the body's officials.
 */
export function settleAidesOfInternationalOfficials(story: CountryStory): void {
  const { people } = story;
  if (people.some((q) => q.international))
    for (const p of people) {
      if (p.countrySettled) continue;
      if (p.roles.some((r) => servesInternationalOffice(r, people))) {
        settleInternational(p);
        continue;
      }
      // "UN Secretary-General X was encouraged by the statement, his spokesperson Y said": an office "his" ties to
      // an international official (as the pronouns were resolved) is that official's, for no country.
      const named = p.roles.length > 0 ? p.mentions.find((m) => m.kind === 'name') : undefined;
      if (named && officeHolderOf(story, named)?.international) settleInternational(p);
    }
}

/**
 * "X will succeed Y, the outgoing chairperson" where X was elected "chairperson of the AU Commission": the one an
 * international body's official succeeds held that office, whatever country they come from. Before the sentence
 * rules, which would give them the successor's or the sentence's country. Likewise the one who succeeds them ("X
 * will be succeeded by Y of Kuwait") and one set off as their predecessor or successor ("X thanked his predecessor,
 * Y"). One named by nothing but that tie keeps no nationality written beside the name ("succeeding Y of Chad"): the
 * body's officials have none (corpus README).
 */
export function settlePredecessorsOfInternationalOfficials(story: CountryStory): void {
  const { tokens, people, mentions } = story;
  for (const p of people) {
    if (p.international || (p.countrySettled && p.roles.length > 0)) continue;
    const successor = successorOf(p, people, mentions, tokens);
    const office = successor?.roles.find((r) => internationalOffice(r));
    if (office === undefined) continue;
    const words = office.toLowerCase().split(/\s+/);
    if (p.roles.every((r) => words.includes(bareTitle(r).split(' ').pop() ?? ''))) {
      settleInternational(p);
    }
  }
}

/**
 * "He reached Chile on Monday and succeeds former Ambassador X, who had served in Santiago", "Y took over as chargé
 * d'affaires on January 1, after X, who had led the embassy": the one an envoy succeeds headed the same embassy, sent
 * by the same state — not the host, which the sentences around them name. Only for one whose own roles are an
 * envoy's or none, after an envoy whose country their roles settled (rule 1, before this); before the sentence rules.
 */
export function settlePredecessorsOfEnvoys(story: CountryStory): void {
  const { tokens, people, mentions } = story;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (p.countrySettled || p.international || !p.roles.every((r) => ENVOY_ROLE_RE.test(r))) continue;
    for (const m of p.mentions) {
      if (m.kind === 'pronoun') continue;
      const q = envoySucceeding(m, pi, people, mentions, tokens) ?? recalledEnvoysSender(story, p, m);
      if (!q) continue;
      p.country = q.country;
      p.countrySettled = true;
      break;
    }
  }
}

const RECALLED_AUX = new Set(['was', 'were', 'is', 'has', 'had', 'been']);

/**
 * "The post of ambassador has been vacant since X was recalled from Ukraine": one recalled from a country was an
 * envoy posted there, sent by the state of the story's envoys in that country — when the envoys whose roles settled
 * them (rule 1) are all of one other state. That envoy, or undefined.
 */
function recalledEnvoysSender(story: CountryStory, p: PersonRecord, m: Mention): PersonRecord | undefined {
  const { tokens, people } = story;
  let k = m.end;
  while (RECALLED_AUX.has(tokens[k]?.lower ?? '') && k < m.end + 2) k++;
  if (k === m.end || tokens[k]?.lower !== 'recalled' || tokens[k + 1]?.lower !== 'from') return undefined;
  // "recalled from Ukraine", "recalled from the United States": the country's name of up to three words.
  const from = tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
  let post: string | undefined;
  let words = '';
  for (let j = from; j < from + 3 && tokens[j]?.cap && post === undefined; j++) {
    words = words ? `${words} ${(tokens[j] as Token).lower}` : (tokens[j] as Token).lower;
    post = countryNames.get(words);
  }
  if (post === undefined) return undefined;
  let sender: PersonRecord | undefined;
  for (const q of people) {
    if (q === p || !q.countrySettled || !q.country || q.international || q.country === post) continue;
    if (!q.roles.some((r) => ENVOY_ROLE_RE.test(r))) continue;
    if (sender && sender.country !== q.country) return undefined;
    sender ??= q;
  }
  return sender;
}

/** An envoy's title, held or once held ("former Ambassador", "Chargé d'Affaires a.i. of …", "envoy to Japan"). */
const ENVOY_ROLE_RE = /\b(?:ambassador|envoy|charg[eé] d['’]affaires)\b/i;
/**
 * Verbs of taking over a post, whose predecessor follows "from" or "after" ("took over … after X"); not "taken", which
 * TAKE_FORMS has.
 */
const TAKING_OVER = new Set(['took', 'takes', 'taking', 'take']);

/**
 * The envoy, settled in a country by their roles, whose predecessor `m` names: after "succeeds (replaced …)" and
 * perhaps a former title ("succeeds former Ambassador X"), or after "from" or "after" in a sentence where the envoy
 * "took over"; the envoy named (or a pronoun for them) last before the cue in that sentence.
 */
function envoySucceeding(
  m: Mention,
  self: number,
  people: readonly PersonRecord[],
  mentions: readonly Mention[],
  tokens: readonly Token[],
): PersonRecord | undefined {
  let k = m.start - 1;
  while (k > m.start - 4 && (tokens[k]?.cap || tokens[k]?.lower === 'former') && tokens[k]?.sent === m.sent)
    k--;
  const cue = tokens[k]?.lower ?? '';
  const succeeds = SUCCEEDS.has(cue);
  if (!succeeds && cue !== 'after' && cue !== 'from') return undefined;
  let best: Mention | undefined;
  for (const o of mentions)
    if (o.sent === m.sent && o.end <= k && o.person !== self && (!best || o.start > best.start)) best = o;
  if (!best) return undefined;
  if (!succeeds) {
    let over = false;
    for (let j = best.end; j < k - 1 && !over; j++)
      over = TAKING_OVER.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'over';
    if (!over) return undefined;
  }
  const q = people[best.person];
  return q?.countrySettled && q.country && !q.international && q.roles.some((r) => ENVOY_ROLE_RE.test(r))
    ? q
    : undefined;
}

/**
 * "… criticism from the incoming U.S. administration. X, incoming national security adviser to President-elect Y": the
 * administration (government) the story calls "incoming" with one nationality is the one a president- or prime
 * minister-elect is about to form, so theirs — beside other presidents of the story, whose office tells no one's
 * country (rule 1's step; before the title rule, which would give them the first president's).
 */
export function settleElectByIncomingGovernment(story: CountryStory): void {
  let incoming: string | null | undefined;
  for (const p of story.people) {
    if (p.countrySettled || p.international || !p.roles.some((r) => ELECT_RE.test(r))) continue;
    incoming ??= incomingGovernmentCountry(story.tokens);
    if (incoming === null) return;
    p.country = incoming;
    p.countrySettled = true;
  }
}

/** A title to be taken up, "-elect" ("President-elect", "Prime Minister-elect"). */
const ELECT_RE = /-elect$/i;
/** "the incoming U.S. administration", "the new U.S. administration": the government a leader-elect forms. */
const INCOMING = new Set(['incoming', 'new']);

/** The one country of the story's "incoming (new) <nationality> administration (government)", or null. */
function incomingGovernmentCountry(tokens: readonly Token[]): string | null {
  let found: string | null = null;
  for (let k = 0; k < tokens.length; k++) {
    if (!INCOMING.has(tokens[k]?.lower ?? '')) continue;
    for (let e = k + 2; e <= k + 3; e++) {
      if (!GOVERNMENTS.has(tokens[e]?.lower ?? '')) continue;
      const hit = findCountries(tokens, k + 1, e).at(-1);
      if (hit?.adjectival) {
        if (found !== null && found !== hit.country) return null;
        found = hit.country;
      }
      break;
    }
  }
  return found;
}

/** Whether someone named before p, with a name of two words or more, has p's last name. */
function familyNamedBefore(p: PersonRecord, people: readonly PersonRecord[]): boolean {
  const last = p.tokens[p.tokens.length - 1];
  const introduced = p.mentions[0]?.start ?? 0;
  return (
    p.tokens.length > 1 &&
    people.some(
      (q) =>
        q !== p &&
        q.tokens.length > 1 &&
        q.tokens[q.tokens.length - 1] === last &&
        (q.mentions[0]?.start ?? 0) < introduced,
    )
  );
}

/** An envoy's title up to " to " and the place they are sent to ("ambassador to Washington"). */
// "Chargé d'Affaires a.i. in Ukraine", "Ambassador in Ukraine": the post an envoy holds "in" a country, too.
const ENVOY_TO_RE =
  /\b(?:ambassador|envoy|representative|consul(?:-general)?|emissary|d['’]affaires(?: a\.i\.)?) (?:to|in) /i;

/** A judge's title: the court they sit on is their country's. */
const JUDGE_ROLE_RE =
  /^(?:(?:federal|district|high court|supreme court|presiding|chief|senior) )?(?:judge|magistrate)$/i;

/**
 * "a federal judge in Washington, X, sentenced her": the city a judge sits in, between the title and the comma before
 * the name (no part of the role), is the court's country, as a national court's name would be. Null otherwise.
 */
function judgeSeatCountry(tokens: readonly Token[], p: PersonRecord): string | null {
  for (const r of p.roleSpans) {
    if (tokens[r.end]?.lower !== 'in') continue;
    const words: string[] = [];
    for (let j = r.start; j < r.end; j++) words.push((tokens[j] as Token).text);
    if (!JUDGE_ROLE_RE.test(bareTitle(words.join(' ')))) continue;
    let k = r.end + 1;
    while (k < r.end + 4 && tokens[k]?.cap && tokens[k]?.word) k++;
    if (k === r.end + 1 || tokens[k]?.text !== ',') continue;
    if (!p.mentions.some((m) => m.start === k + 1)) continue;
    const c = cityCountryAt(tokens, r.end + 1, k);
    if (c) return c;
  }
  return null;
}

/** The first person of a statement's own voice. */
const FIRST_PERSON = new Set(['we', 'our', 'us']);

/**
 * "Antony J. Blinken, Secretary of State" on a page's first line, over "We welcome the release today of …": a statement
 * signed by an officer whose title places them, from no outlet and with no dateline, is their government's own page;
 * its bare offices ("President X", "Ambassador Y and the team at our embassy") are that government's, as a national
 * agency's are its country's. Read right after rule 1 has placed the signer.
 */
export function adoptSignersHome(story: CountryStory): void {
  const { article, tokens, doc, people } = story;
  if (story.home !== null || article.source !== null || article.dateline !== null || story.chineseContext)
    return;
  let signer: PersonRecord | undefined;
  for (const p of people) if (p.mentions.some((m) => m.start === 0 && m.kind !== 'pronoun')) signer = p;
  if (!signer?.countrySettled || signer.country === null || signer.international) return;
  const m = signer.mentions.find((o) => o.start === 0) as Mention;
  // The name, a comma, and the title ending the line.
  const span = signer.roleSpans.find((r) => r.start === m.end + 1);
  if (tokens[m.end]?.text !== ',' || span === undefined) return;
  const last = tokens[span.end - 1] as Token;
  const next = tokens[span.end];
  if (next !== undefined && !doc.text.slice(last.end, next.start).includes('\n')) return;
  if (!tokens.some((t) => FIRST_PERSON.has(t.lower))) return;
  story.home = signer.country;
  story.homeDefault = signer.country;
}

/** An international body's official represents no country, whatever the rules after this would find. */
export function settleInternational(p: PersonRecord): void {
  p.international = true;
  p.country = null;
  p.countrySettled = true;
}

/** SPACED_BODIES by their first word (" un " under "un"): a role's text is looked up word by word. */
const BODIES_BY_FIRST_WORD = new Map<string, string[]>();
for (const body of SPACED_BODIES) {
  const first = body.slice(1, body.indexOf(' ', 1));
  const bodies = BODIES_BY_FIRST_WORD.get(first);
  if (bodies) bodies.push(body);
  else BODIES_BY_FIRST_WORD.set(first, [body]);
}

/**
 * Whether role text `roles` names an international body's office; "ambassador to the United Nations" is a
 * country's envoy to a body, not the body's official. Keeps dots (unlike namedBodies and isInternationalBody in
 * body-countries.ts): envoyTo measures its 40-character window in this text, and only "U.N." is listed dotted, so
 * the dotless form would newly make "E.U. foreign policy chief" an office of the EU. Turns hyphens into spaces
 * (unlike isInternationalBody), so "UN-appointed envoy" is the UN's.
 */
function internationalOffice(roles: string): boolean {
  // Offices recur from article to article ("President", "Foreign Minister"), and a person's first role is asked
  // again with their roles joined: each text is judged once.
  let v = officeJudged.get(roles);
  if (v === undefined) {
    v = judgeInternationalOffice(roles);
    if (officeJudged.size >= OFFICES_KEPT) officeJudged.clear();
    // A copy of the key (as ingest.ts's detach makes): a role cut from a story would keep the whole story alive.
    officeJudged.set(roles.length < 13 ? roles : (roles + ' ').slice(0, -1), v);
  }
  return v;
}
/** internationalOffice's answers by role text; emptied when full. */
const officeJudged = new Map<string, boolean>();
const OFFICES_KEPT = 20_000;

/**
 * "Director for EU Affairs", "Minister of State for UN Affairs": a body's affairs are a national ministry's portfolio
 * (the body `body` matched at `at`, "affairs" right after it), no office of the body.
 */
function bodyAffairs(roleText: string, at: number, body: string): boolean {
  return roleText.startsWith('affairs ', at + body.length);
}

function judgeInternationalOffice(roles: string): boolean {
  const roleText = ` ${roles.toLowerCase().replace(/[^\p{L}\d. ]+/gu, ' ')} `;
  // A body (" world health organization ") starts at a space: only those whose first word follows one are tried.
  for (let at = 0; at < roleText.length - 1;) {
    const end = roleText.indexOf(' ', at + 1);
    const bodies = BODIES_BY_FIRST_WORD.get(roleText.slice(at + 1, end));
    if (bodies)
      for (const body of bodies)
        if (roleText.startsWith(body, at) && !envoyTo(roleText, body) && !bodyAffairs(roleText, at, body))
          return true;
    at = end;
  }
  // "president of the International Tunnelling and Underground Space Association", "International Cycling Union
  // President": a body named "International …" is no one country's, unless an envoy is sent to it.
  // "European Environment Commissioner", "European Commissioner for Trade": a member of the EU's Commission.
  if (EUROPEAN_COMMISSIONER_RE.test(roles)) return true;
  // "PACE President X": the Council of Europe's assembly by its initials, upper-case only ("pace" is a word and a
  // surname, so not in internationalBodies, which other readers look up by lower-case word).
  if (/\bPACE\b/.test(roles)) return true;
  // "High Representative for Bosnia and Herzegovina", "High Representative for Disarmament Affairs": the title the
  // EU, the AU, the UN and the powers overseeing Bosnia give their envoys; no government names its own so.
  if (HIGH_REPRESENTATIVE_RE.test(roles)) return true;
  // "Special Envoy of the Secretary-General for the Great Lakes Region", "Personal Representative of the
  // Secretary-General": one sent by a secretary-general is the envoy of the body they lead (a government's
  // secretaries-general have staff, not envoys).
  if (roleText.includes(' of the secretary general ') && SECRETARY_GENERALS_ENVOY.test(roleText)) return true;
  const named = INTERNATIONAL_BODY_RE.exec(roles);
  return named !== null && !envoyTo(roleText, ' international ');
}
/**
 * Whether a role of p is the office of an international body the story names by its bare noun (`officeOfBareBody`)
 * or of the Inter-Parliamentary Union, and each other role an office held before or a nationality with a trade
 * ("Slovak diplomat"). The IPU's president is elected from the national Speakers: one named also as "Speaker of the
 * National Assembly" keeps that country (not in `internationalBodies` for that).
 */
function nowOfficeOfBareBody(p: PersonRecord, text: string): boolean {
  let body = false;
  for (const r of p.roles) {
    if (officeOfBareBody(r, text) || IPU_RE.test(r)) body = true;
    else if (!isPastOffice(r) && !nationalityTrade(r)) return false;
  }
  return body;
}
const IPU_RE = /\b(?:Inter-Parliamentary Union|IPU)\b/;

/** "Slovak diplomat", "Nigerian lawyer": a nationality and a trade, no office. */
function nationalityTrade(r: string): boolean {
  const m = NATIONALITY_TRADE_RE.exec(r);
  return m !== null && demonymCountry.get((m[1] as string).toLowerCase()) !== undefined;
}
const NATIONALITY_TRADE_RE =
  /^(\p{Lu}[\p{L}-]+) (?:career |veteran |senior )?(?:diplomat|lawyer|jurist|economist)$/u;

/** A role that opens with the title "High Representative", capitalised, nothing before it. */
const HIGH_REPRESENTATIVE_RE = /^High Representative\b/;
const SECRETARY_GENERALS_ENVOY =
  / (?:envoy|representative|emissary|adviser|advisor) of the secretary general /;
const EUROPEAN_COMMISSIONER_RE = /\bEuropean (?:\p{Lu}[\p{L}'’-]* (?:and )?){0,3}Commissioner\b/u;

/**
 * Whether every role of p is an office held before or a body's office held now, at least one of these, and only the
 * text of offices held before names a country.
 */
function nowInternational(story: CountryStory, p: PersonRecord): boolean {
  let body = false;
  for (const r of p.roles) {
    if (isPastOffice(r)) continue;
    if (!internationalOffice(r)) return false;
    // Set off after the name ("X, head of …", "X, now envoy of …"); not an office taken at an event ("the
    // inauguration of former Brazilian President X as president of the New Development Bank").
    const at = story.doc.text.indexOf(r);
    if (at < 0 || !SET_OFF_BEFORE.test(story.doc.text.slice(Math.max(0, at - 8), at))) return false;
    body = true;
  }
  return body && pastOfficesNameCountry(story, p);
}

const SET_OFF_BEFORE = /(?:,|\bnow) $/;

/** Whether only role text of offices held before names a country (or none does). */
function pastOfficesNameCountry(story: CountryStory, p: PersonRecord): boolean {
  const { doc, tokens } = story;
  for (const span of p.roleSpans) {
    if (roleSpanCountry(tokens, span) === null) continue;
    const text = doc.text.slice((tokens[span.start] as Token).start, (tokens[span.end - 1] as Token).end);
    if (!isPastOffice(text)) return false;
  }
  return true;
}

/** "former president", "ex-minister", "then premier": an office held at another time. */
const PAST_OFFICE_RE = /\b(?:former|ex|then|late)\b/i;
const isPastOffice = (r: string) => PAST_OFFICE_RE.test(r);
/**
 * Every office p holds is a past one, or joined by "and" right after a past one, whose "former" it shares ("the
 * daughter of X, a former prime minister and European Commissioner").
 */
function everyOfficePast(tokens: readonly Token[], p: PersonRecord): boolean {
  if (p.roles.every(isPastOffice)) return true;
  if (p.roleSpans.length !== p.roles.length) return false;
  return p.roleSpans.every(
    (r, i) =>
      isPastOffice(p.roles[i] ?? '') ||
      (tokens[r.start - 1]?.lower === 'and' &&
        p.roleSpans.some((q, j) => q.end === r.start - 1 && isPastOffice(p.roles[j] ?? ''))),
  );
}

/**
 * "…, the AU High Representative for the Horn of Africa, former …": the clause right before a role set off by a
 * comma names an international body's office (a body and a title word), and no one's name ends it.
 */
function internationalOfficeBefore(story: CountryStory, start: number): boolean {
  const { tokens, mentions } = story;
  if (tokens[start - 1]?.text !== ',' || mentions.some((o) => o.end === start - 1)) return false;
  const sent = tokens[start - 1]?.sent;
  let k = start - 2;
  let titled = false;
  while (k >= 0 && k > start - 20 && tokens[k]?.sent === sent && tokens[k]?.text !== ',') {
    if (titleHeads.has((tokens[k] as Token).lower)) titled = true;
    k--;
  }
  if (!titled) return false;
  const clause = story.doc.text.slice((tokens[k + 1] as Token).start, (tokens[start - 2] as Token).end);
  return internationalOffice(clause);
}

/** Words before a predecessor's name: "succeeding X", "will succeed X", "replaces X". */
const SUCCEEDS = new Set([...SUCCESSION, 'succeed', 'replace']);

/** Words before "by" that make the one named after it a successor: "will be succeeded by X", "replaced by Y". */
const SUCCEEDED_BY = new Set(['succeeded', 'replaced']);

/**
 * Whether the words right before mention `m` tie it to the office of one named before it in the sentence: "succeeding
 * B", "succeeded by B", "his predecessor, B", "A's successor, B".
 */
function namedAsOfficeKin(tokens: readonly Token[], m: Mention): boolean {
  const before = tokens[m.start - 1]?.lower ?? '';
  if (SUCCEEDS.has(before)) return true;
  if (before === 'by') return SUCCEEDED_BY.has(tokens[m.start - 2]?.lower ?? '');
  if (before !== ',' || !OFFICE_RELATIONS.has(tokens[m.start - 2]?.lower ?? '')) return false;
  const owner = tokens[m.start - 3]?.lower ?? '';
  return HIS_HER.has(owner) || owner === "'s" || owner === '’s';
}

/**
 * "A will succeed B", "A took office, succeeding B", "A will be succeeded by B", "A thanked his predecessor, B": the
 * person named last before B in that sentence, A.
 */
function successorOf(
  p: PersonRecord,
  people: readonly PersonRecord[],
  mentions: readonly Mention[],
  tokens: readonly Token[],
): PersonRecord | undefined {
  for (const m of p.mentions) {
    if (m.kind === 'pronoun' || !namedAsOfficeKin(tokens, m)) continue;
    let best: Mention | undefined;
    for (const o of mentions)
      if (o.sent === m.sent && o.end <= m.start && o.kind !== 'pronoun' && (!best || o.start > best.start))
        best = o;
    const q = best && people[best.person];
    if (q && q !== p) return q;
  }
  return undefined;
}

/**
 * Burmese "U" and "Daw" before a name ("Union Minister U Than Zaw", "Daw Khin Myat Noe"): Myanmar's own styles, which
 * outrank the role words (Myanmar's ministers are "Union Ministers" as India's are). Bodies' officials are settled
 * before this.
 */
export function settleByBurmeseStyle(story: CountryStory): void {
  settleByStyle(story, 'Myanmar', (tokens, m) => {
    const style = tokens[m.start - 1];
    return (
      m.kind === 'name' &&
      (style?.text === 'U' || style?.text === 'Daw') &&
      style.sent === tokens[m.start]?.sent
    );
  });
}

/**
 * A country's own style of address before a name settles the person as that country's: each unsettled person with a
 * mention `styled` reads as styled takes `country`.
 */
function settleByStyle(
  story: CountryStory,
  country: string,
  styled: (tokens: readonly Token[], m: Mention) => boolean,
): void {
  for (const p of story.people) {
    if (p.countrySettled || !p.mentions.some((m) => styled(story.tokens, m))) continue;
    // "United Nations Secretary General U Thant": a body's office held now outranks the style (settled so by the
    // role words after this).
    if (p.roles.some((r) => !isPastOffice(r) && internationalOffice(r))) continue;
    p.country = country;
    p.countrySettled = true;
  }
}

/** Hindi honorifics of Indian official releases ("Shri Ajit Rao", "Smt. Meera Iyer"): India's own styles. */

/**
 * "Prime Minister Shri X held talks with President Y of Sri Lanka": an Indian government release styles India's
 * officials (and no foreign guest) with a Hindi honorific; the one so introduced is India's, whatever country the
 * story's context names nearer. Only the Hindi styles: Tamil "Thiru" and "Tmt." style Sri Lanka's Tamils too.
 */
export function settleByIndianHonorific(story: CountryStory): void {
  settleByStyle(story, 'India', (tokens, m) => {
    if (m.kind === 'pronoun') return false;
    let k = m.start - 1;
    if (tokens[k]?.text === '.') k--;
    return HINDI_STYLES.has(tokens[k]?.lower ?? '');
  });
}

/**
 * "the killers of Father of the Nation Bangabandhu Sheikh X, saying one … living in the United States": Bengali
 * "Bangabandhu" styles Bangladesh's founder, whatever country the sentence names nearer.
 */
export function settleByBengaliStyle(story: CountryStory): void {
  settleByStyle(
    story,
    'Bangladesh',
    (tokens, m) => m.kind === 'name' && tokens[m.start - 1]?.lower === 'bangabandhu',
  );
}

/**
 * The Gulf's ruling houses, by the family name that closes their members' names ("X bin Y Al Khalifa", "X Al-Sabah"):
 * a family, not a person, and every member of it is of that state.
 */
const RULING_HOUSES = new Map([
  ['al khalifa', 'Bahrain'],
  ['al sabah', 'Kuwait'],
  ['al thani', 'Qatar'],
  ['al saud', 'Saudi Arabia'],
  ['al nahyan', 'United Arab Emirates'],
  ['al maktoum', 'United Arab Emirates'],
  ['al qasimi', 'United Arab Emirates'],
  ['al nuaimi', 'United Arab Emirates'],
  ['al sharqi', 'United Arab Emirates'],
  ['al mualla', 'United Arab Emirates'],
  ['al said', 'Oman'],
]);
/** Whether a role has a capitalised body word ("Confederation", "Council", "Court"). */
function namesBodyWord(role: string): boolean {
  for (const w of role.split(' ')) if (/^\p{Lu}/u.test(w) && orgHeads.has(w.toLowerCase())) return true;
  return false;
}
const HOUSE_END_RE = /\bal[\s-]+([a-z]+)$/i;

/**
 * "Prince Y bin Z Al Khalifa, the Crown Prince and Prime Minister, attended": one whose name ends in a Gulf ruling
 * house's is of that state, whatever other country the sentence names (the house's own state hosts, or a
 * neighbour's story names another).
 */
export function settleByRulingHouse(story: CountryStory): void {
  for (const p of story.people) {
    if (p.countrySettled || p.tokens.length < 3) continue;
    // "Asian Football Confederation President X Al Khalifa": the office of a named body is the body's, for none or for
    // its own country.
    if (p.roles.some(namesBodyWord)) continue;
    const house = HOUSE_END_RE.exec(p.name);
    const country = house ? RULING_HOUSES.get(`al ${house[1]!.toLowerCase()}`) : undefined;
    if (country === undefined) continue;
    p.country = country;
    p.countrySettled = true;
  }
}

/**
 * The offices a city's name opens or closes: "Berlin Mayor", "Tokyo Governor", "Jakarta Gov.", "Governor of Bangkok"
 * (a capital run by a governor, as Tokyo, Jakarta and Bangkok are).
 */
const CITY_HEADS = new Set(['mayor', 'governor', 'gov']);

/**
 * "Berlin Mayor X", "Mayor of Berlin Y", "Tokyo Governor Z": a city's mayor or governor is of the country the
 * gazetteer places the city in, whatever state the sentences around name ("who grew up in the former East Germany.
 * She was joined by Berlin Mayor X"; "handed the flag on to Paris").
 */
export function settleMayorsByCity(story: CountryStory): void {
  const { tokens, people } = story;
  for (const p of people) {
    if (p.countrySettled || p.country !== null) continue;
    for (const r of p.roleSpans) {
      // "Jakarta Gov.": the abbreviation's period is a token of its own.
      const end = tokens[r.end - 1]?.text === '.' ? r.end - 1 : r.end;
      const last = tokens[end - 1];
      let city: string | undefined;
      if (CITY_HEADS.has(last?.lower ?? '') && end - r.start >= 2 && tokens[r.start]?.cap)
        city = cityCountryAt(tokens, r.start, end - 1);
      else if (
        CITY_HEADS.has(tokens[r.start]?.lower ?? '') &&
        tokens[r.start + 1]?.lower === 'of' &&
        r.end - r.start >= 3
      )
        city = cityCountryAt(tokens, r.start + 2, r.end);
      if (city) {
        p.country = city;
        p.countrySettled = true;
        break;
      }
    }
    if (p.countrySettled) continue;
    // "after the San Francisco Board of Supervisors voted to accept it and the late Mayor X signed": a bare mayor's
    // city is the one city named before them in the sentence they are introduced in.
    const bareCity = p.roles.some((r) => BARE_MAYOR_RE.test(r)) ? cityBeforeBareMayor(story, p) : undefined;
    if (bareCity) {
      p.country = bareCity;
      p.countrySettled = true;
    }
  }
}

/** A mayor's title with no city: "Mayor", "late Mayor", "former mayor". */
const BARE_MAYOR_RE = /^(?:(?:late|former|then|deputy|acting) )?mayor$/i;

/**
 * The country of the one city named before `p`'s first named mention in its sentence (not one travelled to or from:
 * "flew from Tokyo to see Mayor X"), or undefined when there is none or the cities named lie in different countries.
 */
function cityBeforeBareMayor(story: CountryStory, p: PersonRecord): string | undefined {
  const { doc, tokens } = story;
  const m = p.mentions.find((x) => x.kind !== 'pronoun');
  if (!m) return undefined;
  const [s] = doc.sentences[m.sent] ?? [0, 0];
  let found: string | undefined;
  for (let k = s; k < m.start; k++) {
    const t = tokens[k] as Token;
    if (!t.cap || !t.word || (k > s && tokens[k - 1]?.cap)) continue;
    const prep = tokens[k - 1]?.lower === 'the' ? tokens[k - 2]?.lower : tokens[k - 1]?.lower;
    if (prep === 'to' || prep === 'from') continue;
    const c = cityCountryAt(tokens, k, m.start);
    if (c === undefined) continue;
    if (found !== undefined && found !== c) return undefined;
    found = c;
  }
  return found;
}

/**
 * Offices of Hong Kong's and Macao's governments as their own outlets write them, bare: the chief executive, the
 * chief secretary and the financial secretary, and the bureaux' "Secretary for <Portfolio>" (not Britain's
 * "Secretary of State for …").
 */
const SAR_OFFICE_RE =
  /^(?:Chief Executive|Chief Secretary for Administration|Financial Secretary|Secretary for Justice|Secretary for \p{Lu}[\p{L} ,]*)$/u;

/**
 * "Chief Executive X on Tuesday met Singaporean Prime Minister Y", "Secretary for Security Z joined the talks" in a
 * story that names Hong Kong or Macao: the special region's officers, of China (where rule 13 folds the regions),
 * whatever country the sentence around them names. The story is scanned for the region only when someone holds such
 * an office.
 */
export function settleSpecialRegionOfficers(story: CountryStory): void {
  const { tokens, people } = story;
  let sar: boolean | undefined;
  for (const p of people) {
    if (p.countrySettled || !p.roles.some((r) => SAR_OFFICE_RE.test(r))) continue;
    sar ??= namesSpecialRegion(tokens);
    if (!sar) return;
    p.country = 'China';
    p.countrySettled = true;
  }
}

/** Whether the story names Hong Kong or Macao (Macau). */
function namesSpecialRegion(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.cap) continue;
    if (t.lower === 'macao' || t.lower === 'macau') return true;
    if (t.lower === 'hong' && tokens[k + 1]?.lower === 'kong') return true;
  }
  return false;
}

/** The White House press pool's shorthand for the offices of the United States ("Vice President of the U.S."). */
const US_OFFICE_SHORTHAND = new Set(['POTUS', 'VPOTUS', 'FLOTUS', 'SLOTUS']);

/**
 * "VPOTUS (Vice President X) arrived at 11:42": a pool report spells out its shorthand for a U.S. office in brackets
 * after it; the one named there holds the office of the United States, whatever the sentence's other countries.
 */
export function settleByUsOfficeShorthand(story: CountryStory): void {
  const { tokens, people } = story;
  for (const p of people) {
    if (p.countrySettled) continue;
    for (const m of p.mentions) {
      if (m.kind === 'pronoun') continue;
      let k = m.start;
      for (const r of p.roleSpans) if (r.end === m.start && r.start < k) k = r.start;
      if (tokens[k - 1]?.text === '(' && US_OFFICE_SHORTHAND.has(tokens[k - 2]?.text ?? '')) {
        p.country = 'United States';
        p.countrySettled = true;
        break;
      }
    }
  }
}

const MONARCH_TITLES = 'sultan|emir|amir|king|queen|emperor|shah|grand duke';
/** A monarch's bare title after "late": "the late Sultan X", "the late Emir Y". */
const LATE_MONARCH_RE = new RegExp(`^late (${MONARCH_TITLES})$`, 'i');
/** A monarch's title, bare or with the country it reigns over: "Sultan", "Sultan of Oman". */
const MONARCH_RE = new RegExp(`^(${MONARCH_TITLES})(?: of |$)`, 'i');

/**
 * "… laid by the late Sheikh Z and the late Sultan X" in a story whose guest is "Sultan Y, Sultan of Oman": a late
 * monarch named only by the bare title that another person holds over a named country sat on that throne before
 * them, whatever country the sentence around names. Only when every other holder of the title is settled in that one
 * country ("the late Amir X" beside "Amir Y" of one country and "Amir of Qatar Z" is left to the steps after).
 */
export function settleLateMonarchsByThrone(story: CountryStory): void {
  const { people } = story;
  for (const p of people) {
    if (p.countrySettled || p.roles.length !== 1) continue;
    const late = LATE_MONARCH_RE.exec(p.roles[0]!);
    if (late === null) continue;
    const title = late[1]!.toLowerCase();
    let country: string | null = null;
    let named = false;
    for (const q of people) {
      if (q === p) continue;
      let holds = false;
      for (const r of q.roles) {
        const m = MONARCH_RE.exec(r);
        if (m === null || m[1]!.toLowerCase() !== title) continue;
        holds = true;
        if (r.length > m[0].length) named = true;
      }
      if (!holds) continue;
      if (!q.countrySettled || q.country === null || (country !== null && q.country !== country)) {
        country = null;
        named = false;
        break;
      }
      country = q.country;
    }
    if (country === null || !named) continue;
    p.country = country;
    p.countrySettled = true;
  }
}

/** What a crew flies or sails: "the Indian spacecraft Vyom", "the Chilean frigate Almirante Cochrane". */
const CRAFT_NOUN_LIST = [
  'spacecraft',
  'spaceship',
  'capsule',
  'ship',
  'vessel',
  'submarine',
  'frigate',
  'destroyer',
  'icebreaker',
  'yacht',
  'airship',
];
const CRAFT_NOUNS: ReadonlySet<string> = new Set(CRAFT_NOUN_LIST);
/**
 * Whether a story's text holds one of those nouns as a word, any case: a story that holds none (most) is not read
 * token by token for a craft. Whole words: "ship" of "relationship" is none.
 */
const HAS_CRAFT_NOUN = new RegExp(`\\b(?:${CRAFT_NOUN_LIST.join('|')})\\b`, 'i');
/** The first word of a craft's name, "Zarya" of "Zarya-7": how its crew's titles name it. */
const craftWord = (t: Token | undefined): string => (t?.cap ? (t.lower.split('-')[0] ?? '') : '');

/**
 * "The Russian capsule Zarya-7 met the Indian spacecraft Vyom in orbit … Vyom commander X … Y and Z of the Vyom
 * crew": a craft the story introduces with a nationality is that country's, and so is its crew — one whose title
 * opens with the craft's name ("Vyom commander") or who is "of the Vyom crew" (past the names listed with
 * them). Settled, as a title's country is; a craft named twice with two nationalities names none.
 */
export function settleCrewsByCraft(story: CountryStory): void {
  const { tokens, people } = story;
  // Only someone not yet settled can be settled here, and only in a story that names a craft.
  if (people.every((p) => p.countrySettled) || !HAS_CRAFT_NOUN.test(story.doc.text)) return;
  let crafts: Map<string, string | null> | null = null;
  for (let i = 2; i < tokens.length - 1; i++) {
    if (!CRAFT_NOUNS.has((tokens[i] as Token).lower)) continue;
    const country = demonymCountry.get((tokens[i - 1] as Token).lower);
    const name = craftWord(tokens[i + 1]);
    // "the American ship President Lincoln": a craft named with a title would claim every president.
    if (!country || !name || tokens[i - 2]?.lower !== 'the' || titleHeads.has(name)) continue;
    crafts ??= new Map();
    const had = crafts.get(name);
    crafts.set(name, had === undefined || had === country ? country : null);
  }
  if (!crafts) return;
  for (const p of people) {
    if (p.countrySettled) continue;
    let country: string | null | undefined;
    for (const r of p.roleSpans) {
      if (r.end - r.start < 2) continue;
      country = crafts.get(craftWord(tokens[r.start]));
      if (country) break;
    }
    if (!country)
      for (const m of p.mentions) {
        if (m.kind !== 'name') continue;
        country = crewOf(tokens, m.end, crafts);
        if (country) break;
      }
    if (country) {
      p.country = country;
      p.countrySettled = true;
    }
  }
}

/** A warship or a naval group in a headline: "US aircraft carrier makes port call", "Chinese warships dock". */
const HEADLINE_VESSELS = new Set([
  'carrier',
  'carriers',
  'warship',
  'warships',
  'destroyer',
  'destroyers',
  'frigate',
  'frigates',
  'cruiser',
  'submarine',
  'corvette',
  'flotilla',
]);
/**
 * Who commands a ship or its group: "the carrier's commanding officer", "commander of Carrier Strike Group 1", "the
 * frigate's captain".
 */
const SHIP_COMMAND =
  /\bcommanding officer\b|\bcommander of (?:the )?(?:[\w'’-]+ ){0,3}(?:Strike Group|Task Group|Task Force|Flotilla|Squadron)\b|\b(?:ship|carrier|vessel|frigate|destroyer|submarine)['’]s (?:captain|skipper|commander)\b/i;

/**
 * "US aircraft carrier makes port call in Vietnam … Rear Adm. X, commander of Carrier Strike Group 1": under a headline
 * naming a warship or a naval group by its nationality, those who command the ship or its group are of that country,
 * as a craft's crew is. Settled.
 */
export function settleCommandersOfHeadlineVessel(story: CountryStory): void {
  const { titleDoc, people } = story;
  if (
    titleDoc === null ||
    !people.some((p) => !p.countrySettled && p.roles.some((r) => SHIP_COMMAND.test(r)))
  )
    return;
  const tt = titleDoc.tokens;
  let country: string | null = null;
  for (let i = 1; i < tt.length && country === null; i++) {
    if (!HEADLINE_VESSELS.has((tt[i] as Token).lower)) continue;
    // The nationality right before the vessel, or before one or two words of its kind ("aircraft", "navy").
    const hit = findCountries(tt, Math.max(0, i - 3), i).at(-1);
    if (hit?.adjectival) country = hit.country;
  }
  if (country === null) return;
  for (const p of people)
    if (!p.countrySettled && p.roles.some((r) => SHIP_COMMAND.test(r))) {
      p.country = country;
      p.countrySettled = true;
    }
}

/** "X of the Vyom crew", "X and Y of the Vyom crew": the craft's country, past the capitalised names after "and". */
function crewOf(
  tokens: readonly Token[],
  at: number,
  crafts: ReadonlyMap<string, string | null>,
): string | null | undefined {
  let k = at;
  if (tokens[k]?.lower === 'and') {
    k++;
    while (tokens[k]?.cap && tokens[k]?.word && k - at < 6) k++;
  }
  if (tokens[k]?.lower !== 'of' || tokens[k + 1]?.lower !== 'the') return undefined;
  const craft = crafts.get(craftWord(tokens[k + 2]));
  return craft && CREW_WORDS.has(tokens[k + 3]?.lower ?? '') ? craft : undefined;
}
const CREW_WORDS = new Set(['crew', 'crews', 'team']);
