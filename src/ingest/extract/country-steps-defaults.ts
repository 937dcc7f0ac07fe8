// Rules 7a–13 of decideCountries: story-wide defaults for the people rules 1–7 left without a country (deputies,
// successors, the sides of the story, the headline, the dateline); see decide-countries.ts for the order.
import {
  companyFormCountries,
  bodyHomeCountry,
  namesABody,
  officeBody,
  sameBody,
  officeUnderAt,
} from './body-countries.ts';
import {
  headlineAbout,
  roleSpanCountry,
  successionCountry,
  inaugurationCountry,
  domesticCountry,
  seatOfMentions,
  headlineCountry,
  headlineHomeCountry,
  ledeText,
  ledeCountry,
  ledeCityCountry,
  storyPlacesCountry,
  namedAlongWith,
  sentenceCountries,
} from './country-context.ts';
import {
  INTERNATIONAL_SEATS,
  countryOfTheTime,
  datelineCity,
  seatHostCountry,
  datelineCountry,
  findCountries,
  sideCountries,
  stateless,
} from './countries.ts';
import { storyCountries, storyNameEdges, type CountryStory } from './country-story.ts';
import {
  envoyPostCountry,
  institutionElsewhere,
  rememberedInPassing,
  shapedAbroad,
} from './country-steps-story.ts';
import { demonymCountry } from './lexicon.ts';
import { listedWithChinese, nameShapeCountry } from './name-shapes.ts';
import { namesPublicBody, receivingSeatAfter } from './office-countries.ts';
import {
  bareTitle,
  SINGLE_HOLDER_TITLES,
  atAnotherTime,
  cabinetPost,
  nationalCabinetPost,
  TEAM_POSTS,
  heldByAnother,
  headlineSideOffice,
  holdsOfficeLacking,
  lacksOneOf,
} from './one-holder-offices.ts';
import { digestItemPlaces, isCalendarColumn, isMatchReport } from './participants.ts';
import { awaitsCountry, type PersonRecord } from './person-record.ts';
import { capitalOffice } from './roles.ts';
import type { Token, TokenizedText } from './tokenize.ts';
import { YEAR } from './years.ts';
import { SPORTING_DISTINCTIONS, TEAM_POSITIONS } from './sport-cues.ts';

/**
 * 7a. "X was sworn in as the island's leader … Y took office as his deputy": one who takes office as someone's
 * deputy (aide, spokesperson …) serves that person's country. After rules 2–7, which place the one they serve.
 */
export function placeDeputies(story: CountryStory): void {
  const { tokens, people, mentions } = story;
  for (const p of people) {
    if (!awaitsCountry(p)) continue;
    for (const m of p.mentions) {
      if (m.kind === 'pronoun') continue;
      const at = officeUnderAt(tokens, m.end);
      if (at < 0) continue;
      // "his" resolved to the name before it in its own sentence: the subject of the sentence before is meant.
      const owner = mentions.find((o) => o.start === at && o.kind === 'pronoun' && people[o.person] !== p);
      const gender = tokens[at]?.lower === 'his' ? 'm' : 'f';
      const subject =
        owner ??
        mentions.find(
          (o) =>
            o.sent === m.sent - 1 &&
            people[o.person] !== p &&
            (people[o.person]?.gender ?? gender) === gender,
        );
      const q = subject && people[subject.person];
      if (q && q !== p && q.country && !q.international) {
        p.country = q.country;
        break;
      }
    }
  }
}

/**
 * 7b. "Wrobel, 42, …, succeeding Tomasz Zielak": a successor placed only after their predecessor was looked at.
 * After rules 2–7 and 7a, which may place the predecessor.
 */
export function placeSuccessors(story: CountryStory): void {
  const { tokens, people, mentionsBySent } = story;
  for (const p of people) {
    if (!awaitsCountry(p)) continue;
    const named = p.mentions.find((m) => m.kind !== 'pronoun');
    if (named) p.country = successionCountry(named, people, mentionsBySent, tokens);
  }
}

/**
 * 8. "Deputy Treasury Secretary X" in a story whose people, China's aside, represent one country: an office holder
 * with no nationality anywhere near and a name that is not Chinese is from that country (a Chinese outlet's
 * untitled officials are Chinese by rule 7; a foreign one's are the other side's). After the rules that place
 * people one by one, whose countries make the sides.
 */
export function placeBareOfficesOfOneSide(story: CountryStory): void {
  const { people, titleDoc, datelineHome, pinyinOf } = story;
  let otherSide: string | null | undefined;
  let bodyInStory = false;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (!awaitsCountry(p) || p.roles.length === 0 || pinyinOf[pi]) continue;
    // "Apple Chief Executive", "Hamas political chief": an office in a named body says nothing of a country; a
    // public body's ("chairman of the High Council for National Reconciliation") is of the story's one side.
    if (p.bodyOffice || p.roles.some((r) => namesABody(r) && !namesPublicBody(r, story.doc.text))) continue;
    if (otherSide === undefined) {
      const sides = new Set<string>();
      // A US party's member is settled American before this step wherever the story is set ("Republican candidate
      // X has threatened tariffs" in a Mexican inauguration): no side of the story by that alone.
      // "Nadia X, the Pakistani teenager who …" met by "President Y": one described only by who they are, holding no
      // post or trade, is a guest of a side, not a side of the story.
      for (const q of people)
        if (
          q.country &&
          q.country !== 'China' &&
          !q.roles.some((r) => US_PARTY_ROLE.test(r)) &&
          (q.roles.length === 0 || q.roles.some(holdsPost))
        )
          sides.add(q.country);
      // Beside an official of the UN or the EU, an untitled office may be that body's ("spokesperson for the
      // secretary-general").
      bodyInStory = people.some((q) => q.international);
      otherSide = sides.size === 1 ? ([...sides][0] ?? null) : null;
      // "Mexico City (EFE) … Bank of Mexico cuts key rate … Federal Reserve Chair X said": a story its dateline
      // and headline place in one country writes that country's officials bare; a foreigner it quotes is not
      // their side (rule 12 gives them the dateline's country).
      if (
        otherSide !== null &&
        datelineHome !== null &&
        datelineHome !== otherSide &&
        headlineAbout(titleDoc, datelineHome, otherSide)
      )
        otherSide = null;
    }
    if (!otherSide) continue;
    // "X, a senior fellow at the Brookings Institution in Washington": a commentator at an institution in another
    // country's city is no office holder of the side; "the late journalist Y" none at all.
    if (institutionElsewhere(story, p, otherSide) || rememberedInPassing(story, p)) continue;
    // "PYONGYANG (AFP) – … Leader Pak Song-Chol did not attend" among Americans: a name shaped like the
    // dateline country's (Korean, Japanese) is that country's office holder, not the foreign side's (rule 12 places
    // them).
    if (
      datelineHome !== null &&
      datelineHome !== otherSide &&
      !story.deskDateline &&
      nameShapeCountry(p.tokens, new Set([datelineHome])) !== null
    )
      continue;
    // "US President X … thanked the Amir Sheikh Y": a republic has no emir (nor a king) for Y to be. "Britain's King
    // … a banquet hosted by President X at State House, Nairobi": nor a monarchy a president; the seat or capital
    // named beside them says whose they are (as in rule 12).
    // "First Lady Y and Deputy President Z were among the guests": else the one republic whose president (or other
    // office the monarchy lacks) the story has placed.
    // Here a "First Lady" is a president's spouse (a monarchy's outlet may call its prime minister's wife so, and
    // rules 2–7 have placed her then).
    const titles = p.roles.map(bareTitle).map((t) => (t === 'first lady' ? 'president' : t));
    const lacks = lacksOneOf(titles);
    if (lacks(otherSide)) {
      p.country = seatOfMentions(p, story.doc, lacks) ?? holderOfLackedOffice(people, otherSide);
      continue;
    }
    const held = p.roles.map(bareTitle).filter((t) => SINGLE_HOLDER_TITLES.has(t));
    // "Treasury Secretary X" beside the IMF's managing director: a cabinet post is never the body's; nor a bare
    // "President" when no international official of the story is a president.
    if (
      bodyInStory &&
      !p.roles.some((r) => nationalCabinetPost(bareTitle(r))) &&
      !(
        held.length > 0 &&
        !people.some((q) => q.international && q.roles.some((r) => held.includes(bareTitle(r))))
      )
    )
      continue;
    // One president or prime minister at a time: a bare "President X" beside "Swiss President Y" is not Swiss;
    // "the Act of 1930, signed by President X" names a holder of an earlier year.
    // "Former President X" beside "President Y": one who held the office before shares it with no one (an
    // "outgoing" one still holds it).
    if (
      !heldByAnother(people, p, otherSide, held, story.tokens) ||
      earlierYearBefore(story, p) ||
      p.roles.every((r) => FORMER_RE.test(r))
    )
      p.country = otherSide;
  }
}

/** Words that describe a person by age or station, no post or trade ("the Pakistani teenager", "a student"). */
const DESCRIPTIONS = new Set([
  'teenager',
  'teen',
  'girl',
  'boy',
  'schoolgirl',
  'schoolboy',
  'student',
  'child',
  'youth',
]);

/** Whether a role names a post or a trade ("Rovers manager", "Tesla CEO"), not only a description ("teenager"). */
function holdsPost(role: string): boolean {
  return !DESCRIPTIONS.has(role.slice(role.lastIndexOf(' ') + 1).toLowerCase());
}

/**
 * The one country but `side` of the people whose offices `side` lacks ("President X" beside a visiting king), or
 * null.
 */
function holderOfLackedOffice(people: readonly PersonRecord[], side: string): string | null {
  let found: string | null = null;
  for (const q of people) {
    const c = q.country;
    if (c === null || c === side || !holdsOfficeLacking(q.roles, side)) continue;
    if (found !== null && found !== c) return null;
    found = c;
  }
  return found;
}

/** "Former President", "ex-Prime Minister": an office held before. */
const FORMER_RE = /^(?:former|ex-)/i;
/** Whether p's first named mention follows a year before the story's in its sentence ("the Act of 1930, signed by"). */
function earlierYearBefore(story: CountryStory, p: PersonRecord): boolean {
  const named = p.mentions.find((m) => m.kind !== 'pronoun');
  if (!named) return false;
  const { tokens } = story;
  const year = Number.parseInt(story.article.date.slice(0, 4), 10);
  const sent = (tokens[named.start] as Token).sent;
  for (let k = named.start - 1; k >= 0 && (tokens[k] as Token).sent === sent; k--) {
    const t = (tokens[k] as Token).text;
    if (t.length === 4 && YEAR.test(t) && Number.parseInt(t, 10) < year) return true;
  }
  return false;
}

/**
 * 8b. "… attended by Foreign Minister A, Defense Minister B and Qatari Prime Minister and Foreign Minister C" in a
 * story whose participants are of two countries: a bare cabinet post or one-holder office (in a match report, a
 * team's captain or coach) that one side's named holder fills is the other side's; a bare title listed right
 * after a bare title placed so shares its country. After rule 8, which settles stories of one side.
 */
export function placeBareOfficesOfTwoSides(story: CountryStory): void {
  const { doc, tokens, people, mentions, article, pinyinOf } = story;
  let twoSides: string[] | null | undefined;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (!awaitsCountry(p) || !p.participant || pinyinOf[pi]) continue;
    const matchReport = (story.matchReport ??= isMatchReport(article.title, ledeText(doc)));
    const offices = p.roles
      .map(bareTitle)
      .filter((t) => SINGLE_HOLDER_TITLES.has(t) || cabinetPost(t) || (matchReport && TEAM_POSTS.has(t)));
    if (offices.length === 0 || atAnotherTime(p, tokens)) continue;
    if (twoSides === undefined) {
      const sides = new Map<string, number>();
      for (const q of people)
        if (q.participant && q.country) sides.set(q.country, (sides.get(q.country) ?? 0) + 1);
      // "Maltese Prime Minister Z, who greeted both leaders" at a Malta summit of two delegations: the dateline's
      // country with a lone participant beside two delegations is the venue's host, no third side; so is the
      // country of an international body's seat ("GENEVA (AP) -- … Swiss President Z, the host, stood between them").
      const venue = story.datelineHome ?? seatHostCountry(datelineCity(article.dateline?.place)) ?? null;
      if (sides.size === 3 && venue !== null && sides.get(venue) === 1) {
        sides.delete(venue);
        // Delegations, not a lone leader each (a host's three-way talks).
        if ([...sides.values()].reduce((a, n) => a + n, 0) < 3) sides.set(venue, 1);
      }
      twoSides = sides.size === 2 ? [...sides.keys()] : null;
    }
    if (twoSides === null) break;
    const [a, b] = twoSides as [string, string];
    const holds = (c: string) =>
      people.some((q) => q !== p && q.country === c && q.roles.some((r) => offices.includes(bareTitle(r))));
    // "Secretary of State X and Foreign Minister Y" at American–Soviet talks: the side that has the office, unless
    // another holds it there.
    const lacks = lacksOneOf(offices);
    const lacksA = lacks(a);
    if (lacksA !== lacks(b)) {
      if (!holds(lacksA ? b : a)) p.country = lacksA ? b : a;
      continue;
    }
    const takenA = holds(a);
    if (takenA !== holds(b)) {
      // "President Hadley" beside Ukraine's president in a British story: not an office Britain has.
      if (!lacks(takenA ? b : a)) p.country = takenA ? b : a;
      continue;
    }
    const named = p.mentions.find((m) => m.kind !== 'pronoun');
    const span = named && p.roleSpans.find((r) => r.end === named.start);
    if (!span || tokens[span.start - 1]?.text !== ',') continue;
    const prev = mentions.find((m) => m.end === span.start - 1 && m.kind !== 'pronoun');
    const q = prev ? people[prev.person] : undefined;
    const qSpan = prev && q?.roleSpans.find((r) => r.end === prev.start);
    if (q && q !== p && q.country && qSpan && roleSpanCountry(tokens, qSpan) === null) p.country = q.country;
  }
}

/** "Kenyan scholar", "Egyptian experts": a nationality describing someone the story quotes. */
const DESCRIBED_RE =
  /\b([A-Z][a-z]+)\s+(?:scholars?|experts?|analysts?|officials?|diplomats?|professors?|researchers?|economists?|journalists?|lawmakers?|politicians?|entrepreneurs?|businessman|businesswoman|athletes?|artists?|students?)\b/g;

/**
 * 9. "…, says Kenyan scholar" / "a Kenyan scholar has said": the person the story then introduces first is the
 * one described. A guess from the headline and lede, so after every rule that reads the person's own sentences.
 */
export function placeDescribedLead(story: CountryStory): void {
  const { doc, people, article } = story;
  const lead = people.reduce<PersonRecord | undefined>((best, q) => {
    const at = q.mentions[0]?.start ?? Infinity;
    return best === undefined || at < (best.mentions[0]?.start ?? Infinity) ? q : best;
  }, undefined);
  if (lead && awaitsCountry(lead) && lead.mentions.length > 0) {
    const lede = ledeText(doc);
    const described = new Set<string>();
    for (const text of [article.titleDerived ? '' : article.title, lede]) {
      DESCRIBED_RE.lastIndex = 0;
      for (let m = DESCRIBED_RE.exec(text); m; m = DESCRIBED_RE.exec(text)) {
        const c = demonymCountry.get((m[1] ?? '').toLowerCase());
        if (c) described.add(c);
      }
    }
    if (described.size === 1) lead.country = [...described][0] ?? null;
  }
}

/** National bodies named without their country ("president of the Chamber of Deputies", "Senate leader"). */
const NATIONAL_BODY_RE =
  /\b(?:Chamber of Deputies|Senate|National Assembly|Parliament|Congress|Supreme Court|Constitutional Court|Cabinet)\b/;

/**
 * "Chairman Senate X" placed (Pakistan) under "Chairman Senate, Chinese Ambassador discuss …": another officer of
 * the same national body ("Chairman of the Senate Standing Committee on Defence Y") is of X's country, not the one
 * side the headline names. Null if no one placed holds an office in that body.
 */
function sameHouseCountry(p: PersonRecord, people: readonly PersonRecord[]): string | null {
  for (const r of p.roles) {
    const house = NATIONAL_BODY_RE.exec(r)?.[0];
    if (!house) continue;
    for (const q of people)
      if (q !== p && q.country && !q.international && q.roles.some((o) => o.includes(house)))
        return q.country;
  }
  return null;
}

/**
 * 10. "Their predecessors, Song Weiguo and Mark Dalton" under "Chinese, U.S. defense chiefs …": an untitled
 * non-Chinese name listed with a Chinese one stands for a side the headline names other than China; with several
 * such sides, the one whose names it is shaped like ("Kenzo Ono", "Baek Sung-min").
 * 11. "Lucia Herrera, president of the Chamber of Deputies" under "Villalobos sworn in as Mexico's first female
 * president": an office in a national body that names no country is in the one country the headline names.
 * After the rules that read the text around the name, which outweigh the headline.
 */
export function placeByHeadlineSides(story: CountryStory): void {
  const { tokens, people, titleDoc, pinyinOf } = story;
  if (titleDoc) {
    let sides: Set<string> | undefined;
    for (let pi = 0; pi < people.length; pi++) {
      const p = people[pi] as PersonRecord;
      if (!awaitsCountry(p) || pinyinOf[pi]) continue;
      const listed =
        p.roles.length === 0 && listedWithChinese(pi, people, pinyinOf, storyNameEdges(story), tokens);
      if (!listed && !p.roles.some((r) => NATIONAL_BODY_RE.test(r))) continue;
      // The sides, not where they meet ("… hold talks in Singapore").
      sides ??= sideCountries(titleDoc.tokens);
      if (!listed) {
        if (sides.size === 1) p.country = sameHouseCountry(p, people) ?? [...sides][0] ?? null;
        continue;
      }
      if (!sides.has('China')) continue;
      const others = new Set(sides);
      others.delete('China');
      p.country = others.size === 1 ? ([...others][0] ?? null) : nameShapeCountry(p.tokens, others);
    }
  }
}

/**
 * 11b. "Rongsheng Petrochemical Chairman X" after "China's Rongsheng Petrochemical": an officer of a body the
 * story introduces as a country's ("China's X", "Chinese firm X") is from that country; "president and CEO of
 * Siemens AG" in a story that names Germany: a company's legal form says which few countries it can be registered
 * in, and the story names one of them. Before rule 12, which would give a company's officer the dateline's country.
 */
export function placeOfficersOfNationalBodies(story: CountryStory): void {
  const { tokens, people } = story;
  for (const p of people) {
    if (!awaitsCountry(p)) continue;
    for (const r of p.roles) {
      let c = bodyHomeCountry(r, tokens);
      const forms = c ? undefined : companyFormCountries(r);
      if (forms) {
        const named = forms.filter((f) => storyCountries(story).has(f));
        if (named.length === 1) c = named[0] ?? null;
        // "Ryanair Holdings Plc Chief Executive Officer X" in a story of a US strike: a firm registered in none of
        // the story's countries is a foreign one, whose officer the story's defaults (rules 12, 12c) must not place.
        else if (named.length === 0 && !forms.some((f) => f === storyDefault(story))) {
          p.countrySettled = true;
          break;
        }
      }
      if (c) {
        p.country = c;
        break;
      }
    }
  }
}

const lastWord = (role: string): string => role.slice(role.lastIndexOf(' ') + 1).toLowerCase();
const CENTURY_RE = /\b\d{1,2}(?:st|nd|rd|th)[- ]century\b/i;
/**
 * "Republican candidate", "Democratic presidential nominee": a member of one of the two US parties, written with a
 * lower-case office after it — not a party whose name holds the word ("Social Democrat leader", "Republican People's
 * Party", "Democratic Party"). "Republican Senator", "Democratic Congresswoman": or with a seat in Congress, which
 * only those two parties' members hold, capitalised.
 */
const US_PARTY_ROLE =
  /(?<!\p{Lu}[\p{L}'’.-]* )\b(?:Republican|Democrat|Democratic) (?=\p{Ll}|(?:Senator|Sen\.|Congressman|Congresswoman|Representative|Rep\.)$)/u;

/**
 * "MEXICO CITY (AP) — … Republican candidate X has threatened tariffs", "WARSAW (PAP) - … delayed by Republican
 * Senator Y": a member of a US party is American wherever the story is datelined, before the story's own country
 * places them (rules 2–7, which read Y as Polish). Settled, as a nationality would be.
 */
export function settleUsPartyMembers(story: CountryStory): void {
  for (const p of story.people) {
    if (!awaitsCountry(p)) continue;
    if (p.roles.some((r) => US_PARTY_ROLE.test(r))) {
      p.country = 'United States';
      p.countrySettled = true;
    }
  }
}

/**
 * A story datelined at an international body's seat, where that body's official takes part, and which never names the
 * dateline's country: it is not set in that country. "LIMA, Peru (Reuters) … Peru, rebels hold first talks": one
 * whose headline names the dateline's country is set there, whatever body's delegate takes part.
 */
function atInternationalSeat(story: CountryStory): boolean {
  const { datelineHome, people, titleDoc } = story;
  if (datelineHome === null || !people.some((q) => q.international && q.participant)) return false;
  if (storyCountries(story).has(datelineHome)) return false;
  return !(
    titleDoc &&
    findCountries(titleDoc.tokens, 0, titleDoc.tokens.length).some((h) => h.country === datelineHome)
  );
}

/**
 * "KUWAIT (KUNA) -- … congratulated Iran's President-elect X … after President Y was killed": the office a monarchy
 * lacks is held on the story's one other side where someone holds it, or is elected to it, with a country.
 */
function otherSide(people: readonly PersonRecord[], home: string, titles: readonly string[]): string | null {
  const lacks = lacksOneOf(titles);
  let found: string | null = null;
  for (const q of people) {
    const c = q.country;
    if (c === null || c === home || q.international || lacks(c)) continue;
    if (!q.roles.some((r) => titles.some((t) => bareTitle(r).startsWith(t)))) continue;
    if (found !== null && found !== c) return null;
    found = c;
  }
  return found;
}

/** The one country the lede names, where things happen ("the coup in Niger") included; or null. */
function ledeOneCountry(doc: CountryStory['doc']): string | null {
  const [a = 0, b = 0] = doc.sentences[0] ?? [];
  let found: string | null = null;
  for (const h of findCountries(doc.tokens, a, b)) {
    if (found !== null && found !== h.country) return null;
    found = h.country;
  }
  return found;
}

/**
 * 12. "LONDON (AP) — … The foreign secretary, Tom Ashby, …": a title with no country anywhere in the story is the
 * country the dateline places the story in (a foreign outlet's own officials are not written bare); with no such
 * dateline, the one country the headline names. The broadest default for an office, so after every narrower one.
 */
export function placeOfficesByDateline(story: CountryStory): void {
  const { doc, tokens, people, article, titleDoc, chineseContext, pinyinOf } = story;
  let fromDateline: string | null | undefined;
  let seatTopic: string | null | undefined;
  let storyCity: string | undefined;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    // Settled with none ("Acme Chairman X, who announced that the United States technology giant will invest"): the
    // steps before found whom they act for, and it is no country.
    if (!awaitsCountry(p) || p.roles.length === 0) continue;
    if (pinyinOf[pi] && chineseContext) continue;
    // "the 19th-century independence leader": a figure of history holds no office where the story is set.
    if (p.roles.every((r) => CENTURY_RE.test(r))) continue;
    // "PARIS (AP) — … defending champion X failed to finish": a sporting distinction is no office of the host's.
    if (p.roles.every((r) => SPORTING_DISTINCTIONS.has(lastWord(r)))) continue;
    // "EAST RUTHERFORD, New Jersey (Reuters) - … goalkeeper X": nor is a player's position in a team, in a final
    // played abroad.
    if (p.roles.every((r) => TEAM_POSITIONS.has(lastWord(r)))) continue;
    // "New Delhi (PTI) … X, a senior fellow at the Brookings Institution in Washington": nor a commentator's post at
    // an institution in another country's city.
    if (story.datelineHome !== null && institutionElsewhere(story, p, story.datelineHome)) continue;
    // "the late paleoanthropologist X": nor one remembered by a trade.
    if (rememberedInPassing(story, p)) continue;
    // "… was expected to be received by President X at the Quirinale": a head who receives at their own seat is that
    // country's, wherever the story is filed from.
    const seat = receivedBySeat(story, p);
    if (seat !== null) {
      p.country = seat;
      continue;
    }
    // "Apple Chief Executive": an office in a named body alone says nothing of a country.
    storyCity ??= datelineCity(article.dateline?.place);
    // "director of the Institute for Fiscal Studies", "president of the INE" (the National Electoral Institute): a
    // public institution, not a brand, is the country's own.
    if (p.roles.every((r) => namesABody(r, storyCity) && !namesPublicBody(r, doc.text)) || p.bodyOffice)
      continue;
    fromDateline ??=
      (story.deskDateline ? null : story.datelineHome) ??
      // "Indian Ambassador to Nepal X paid a farewell call on Prime Minister Y" with no dateline: before the headline's
      // country, which names the envoy's ("Outgoing Indian envoy X pays farewell call on …").
      (article.dateline ? null : envoyPostCountry(story)) ??
      headlineHomeCountry(titleDoc, people) ??
      // "Cannes (AFP) – French director X won …": in a world wire's story (no home country), a dateline whose
      // country is not known defers to the lede's one.
      (article.dateline &&
      !(story.home === null && !chineseContext && unplacedDateline(article.dateline.place))
        ? null
        : ledeHomeCountry(story)) ??
      // "(Bloomberg) -- … Acting Labor Secretary X …" with no dateline: where the story's cities and states are.
      undatedPlacesCountry(story);
    if (!fromDateline || stateless(fromDateline, article.date)) break;
    // "ADDIS ABABA (APS) - The AU Commission's Chairperson … condemned the coup in Niger, where …
    // President Y": at an international body's seat, one the story is about (not one met there) is the lede's country's.
    if (!p.participant) {
      // Found once: `??=` would ask again for every person while the answer is null.
      if (seatTopic === undefined) seatTopic = atInternationalSeat(story) ? ledeOneCountry(doc) : null;
      if (seatTopic && seatTopic !== fromDateline) {
        p.country = seatTopic;
        continue;
      }
    }
    // "KUWAIT (KUNA) — … President X was killed …, along with Foreign Minister Y": one named along with a placed
    // holder of an office the dateline's country lacks is on that holder's side (as rule 6 reads it for the outlet's
    // home), now that "KUWAIT" names a country.
    const companion = namedAlongWith(p, people, tokens);
    if (
      companion?.country &&
      companion.country !== fromDateline &&
      holdsOfficeLacking(companion.roles, fromDateline as string)
    ) {
      p.country = companion.country;
      continue;
    }
    // "SEOUL (AP) — … his Liberal Democratic Party … Candidates include former Defense Minister X": a name shaped like
    // another country's the story names (a Japanese name in Hepburn syllables, a Korean given name with a hyphen),
    // and not like the dateline's, holds that country's office (one in capitals: "cellist Yo-Yo Ma" is a guest's
    // trade), as at the outlet's home (rules 2–7).
    const shaped = p.roles.some(capitalOffice) ? shapedAbroad(story, p, fromDateline) : null;
    if (shaped !== null) {
      p.country = shaped;
      continue;
    }
    // One president or prime minister at a time: not the office another person of that country holds.
    // "Former President X" beside "President Y" holds no office now.
    const held = atAnotherTime(p, tokens)
      ? []
      : p.roles
          // "Congress (I) president X": a title in lower case before a name, the body it heads lost to the
          // parenthesis, is that body's office, not the state's one holder's.
          .filter((r) => !LOWER_CASE_ONE_WORD.test(r))
          .map(bareTitle)
          .filter((t) => SINGLE_HOLDER_TITLES.has(t));
    // "LONDON (AP) — … Vice President JT Harlan … in Washington": a monarchy has no president; the seat or capital
    // named beside them says whose they are.
    const titles = p.roles.map(bareTitle);
    const lacks = lacksOneOf(titles);
    if (lacks(fromDateline as string)) {
      p.country = seatOfMentions(p, doc, lacks) ?? otherSide(people, fromDateline, titles);
      continue;
    }
    // "… adviser to President A in 1969 … President B": a holder named in a sentence of an earlier year held the
    // office then, not beside the one named now.
    const now = people.filter((q) => !inEarlierYear(q, story));
    if (!heldByAnother(now, p, fromDateline, held, tokens)) p.country = fromDateline;
    // "SEOUL (Yonhap) -- President X … U.S. President-elect Y … the administration of President Z": the office the
    // dateline's own holder has, another holds where it has a president-elect.
    else
      p.country =
        electedSuccessorCountry(people, p, held) ??
        visitorsOffice(story, now, p, held, fromDateline) ??
        ledeTopicOffice(story, now, p, held, fromDateline) ??
        // "New Delhi (PTI) … reached in 1974 by … Prime Minister X" beside today's Prime Minister Y: named only in a
        // sentence of an earlier year that names no other country, X held the office before Y, not beside them.
        (inEarlierYear(p, story) && namesOnlyCountry(story, p, fromDateline) ? fromDateline : null);
  }
}

/** A role of one lower-case word, as the text wrote it before the name ("president"). */
const LOWER_CASE_ONE_WORD = /^[a-z]+$/;

/**
 * "received by President X at the Quirinale": the country of the seat after the first name of one who holds a bare
 * one-holder office and receives there ("by" right before their title); not of a seat whose country lacks the office
 * (a president received at Buckingham Palace is a guest). Null otherwise.
 */
function receivedBySeat(story: CountryStory, p: PersonRecord): string | null {
  const { tokens } = story;
  const titles = p.roles.map(bareTitle);
  if (!titles.some((t) => SINGLE_HOLDER_TITLES.has(t))) return null;
  const named = p.mentions.find((m) => m.kind === 'name');
  if (!named) return null;
  let k = named.start - 1;
  while (k > 0 && tokens[k]?.cap && tokens[k]?.word) k--;
  if (tokens[k]?.lower !== 'by') return null;
  return receivingSeatAfter(tokens, named.end, lacksOneOf(titles));
}

/**
 * "KYIV (AP) — House Speaker X led a delegation of U.S. lawmakers … Ukrainian President Y … President Z asked
 * Congress": where the dateline's holder of a bare office is another, the office is that of the lede's subject's
 * country, the visitors', when it has one and no one else holds it there.
 */
function visitorsOffice(
  story: CountryStory,
  people: readonly PersonRecord[],
  p: PersonRecord,
  held: readonly string[],
  dateline: string,
): string | null {
  const lede = (story.mentionsBySent.get(0) ?? []).find((m) => m.kind !== 'pronoun');
  const visitors = story.people[lede?.person ?? -1]?.country;
  if (!visitors || visitors === dateline || held.length === 0) return null;
  if (holdsOfficeLacking(p.roles, visitors)) return null;
  return heldByAnother(people, p, visitors, held, story.tokens) ? null : visitors;
}

/**
 * "ABUJA (NAN) - ECOWAS … to restore constitutional order in Niger … The Nigerian leader demanded the release of
 * President X": a one-holder office the dateline's country has filled by another, in a story whose lede is about
 * one other country, is that country's (not where the office is lacking or filled there too).
 */
function ledeTopicOffice(
  story: CountryStory,
  people: readonly PersonRecord[],
  p: PersonRecord,
  held: readonly string[],
  dateline: string,
): string | null {
  if (held.length === 0) return null;
  const topic = ledeOneCountry(story.doc);
  if (topic === null || topic === dateline) return null;
  if (holdsOfficeLacking(p.roles, topic)) return null;
  return heldByAnother(people, p, topic, held, story.tokens) ? null : topic;
}

/** Whether every sentence naming q holds a year before the story's own ("President X in 1969"). */
/** Whether the sentences naming p name no country but `country`. */
function namesOnlyCountry(story: CountryStory, p: PersonRecord, country: string): boolean {
  return p.mentions.every(
    (m) =>
      m.kind === 'pronoun' ||
      sentenceCountries(story.doc, m.sent, story.countryCache).every((h) => h.country === country),
  );
}

function inEarlierYear(q: PersonRecord, story: CountryStory): boolean {
  const year = Number(story.article.date?.slice(0, 4));
  if (!year) return false;
  const named = q.mentions.filter((m) => m.kind === 'name');
  return (
    named.length > 0 &&
    named.every((m) => {
      const [from, to] = story.doc.sentences[m.sent] ?? [0, 0];
      for (let k = from; k < to; k++) {
        const w = story.tokens[k]?.text ?? '';
        if (YEAR.test(w) && Number(w) < year) return true;
      }
      return yearsAgoParagraph(story.doc, m.sent);
    })
  );
}

/**
 * "Thirty-two years ago this month, X arrived in Washington. President Y welcomed him …", "Seven years before that,
 * President Z had traveled to Beijing": a sentence opened by a count of years back, and the rest of its paragraph
 * (unless a sentence there comes back to "today" or "now"), tell of that earlier time.
 */
function yearsAgoParagraph(doc: TokenizedText, sent: number): boolean {
  const { text, tokens, sentences } = doc;
  for (let s = sent; s >= 0; s--) {
    const [a, e] = sentences[s] ?? [0, 0];
    const t = text.slice((tokens[a] as Token).start, (tokens[e - 1] as Token).end);
    if (YEARS_BACK.test(t)) return true;
    if (NOW_AGAIN.test(t)) return false;
    const prev = sentences[s - 1];
    // The paragraph's first sentence: a blank line before it.
    if (!prev || text.slice((tokens[prev[1] - 1] as Token).end, (tokens[a] as Token).start).includes('\n'))
      return false;
  }
  return false;
}
const YEARS_BACK = /^(?:\d+|[A-Z][a-z]+(?:-[a-z]+)?) years? (?:ago|earlier|before that|before)\b/;
const NOW_AGAIN = /\b(?:today|now|this week|this year)\b/i;

/**
 * The lede's one country as the home of the story's bare titles, or null: with no dateline, "X had a conversation
 * with President of China Y" is told from the side of its subject, not of the country in the other side's title.
 */
function ledeHomeCountry(story: CountryStory): string | null {
  const { doc, people, mentionsBySent } = story;
  const country = ledeCountry(doc);
  const lede = doc.sentences[0];
  if (country === null || !lede) return country;
  const named = (mentionsBySent.get(0) ?? []).filter((m) => m.kind !== 'pronoun');
  const subject = people[named[0]?.person ?? -1];
  if (!subject?.participant || subject.country === null || subject.country === country) return country;
  const inOthersTitle = findCountries(doc.tokens, lede[0], lede[1]).every((h) =>
    named.some(
      (m) =>
        m.person !== named[0]?.person &&
        people[m.person]?.participant &&
        people[m.person]?.roleSpans.some((r) => r.start <= h.at && h.at < r.end),
    ),
  );
  return inOthersTitle ? subject.country : country;
}

/** The country of someone elected to one of the offices `held` ("U.S. President-elect"), other than p; or null. */
function electedSuccessorCountry(
  people: readonly PersonRecord[],
  p: PersonRecord,
  held: readonly string[],
): string | null {
  for (const q of people) {
    if (q === p || !q.country) continue;
    for (const r of q.roles) {
      const t = bareTitle(r);
      if (t.endsWith('-elect') && held.includes(t.slice(0, -'-elect'.length))) return q.country;
    }
  }
  return null;
}

/**
 * 12a. "X, Chairman and Chief Executive of Emirates Airline and Group … Y, President of Emirates Airline": officers
 * of one body share the country of the one placed; so do the members of one caretaker or interim cabinet
 * ("Caretaker Foreign Minister X … Caretaker Prime Minister Y"). After rule 12, which may place one of them.
 */
export function placeFellowOfficers(story: CountryStory): void {
  const { people } = story;
  for (const p of people) {
    if (!awaitsCountry(p)) continue;
    for (const r of p.roles) {
      const body = officeBody(r);
      const cabinet = CARETAKER_RE.exec(r)?.[1]?.toLowerCase();
      const q =
        (body &&
          people.find(
            (o) => o.country && !o.international && o.roles.some((or) => sameBody(officeBody(or), body)),
          )) ||
        (cabinet &&
          people.find(
            (o) =>
              o !== p &&
              o.country &&
              !o.international &&
              o.roles.some((or) => CARETAKER_RE.exec(or)?.[1]?.toLowerCase() === cabinet),
          ));
      if (q) {
        p.country = q.country;
        break;
      }
    }
  }
}

/** "Caretaker Prime Minister", "Interim Foreign Minister": an office in a government that holds it until another. */
const CARETAKER_RE = /^(caretaker|interim) (?:\p{L}+ )*(?:minister|premier)\b/iu;

/**
 * 12b. "China, U.S. agree to cut tariffs" over "… tariffs imposed by President Frank Delmont": a bare one-holder
 * office takes the one side the headline names that could be theirs. A Reuters lede-only file has no headline:
 * its lede names the sides. After the rules that place the sides' other people, whose offices it weighs.
 */
export function placeOfficesByHeadlineSides(story: CountryStory): void {
  const { doc, tokens, people, article, titleDoc, pinyinOf } = story;
  // "GERMANY TO BE RUN AS ONE ECONOMIC UNIT" in 1945: an occupied country with no government is no one's side.
  if (titleDoc)
    headlineSideOffice(people, pinyinOf, titleDoc.tokens, 0, titleDoc.tokens.length, tokens, article.date);
  else if (article.titleDerived && doc.sentences[0])
    headlineSideOffice(
      people,
      pinyinOf,
      tokens,
      doc.sentences[0][0],
      doc.sentences[0][1],
      tokens,
      article.date,
    );
}

/**
 * 12d. "… before X takes office in Taipei", "lawmakers had traveled to Taipei for the inauguration of X": the
 * capital someone is sworn in at is their country's. Before 12c, which would give them the story's country.
 */
export function placeByInauguration(story: CountryStory): void {
  const { doc, people } = story;
  for (const p of people) if (awaitsCountry(p)) p.country = inaugurationCountry(p, doc);
}

/**
 * 12d'. "The British-born singer X performed …": one the rules before left without a country, whose own role gives
 * only where they were born, is of that country — the text's one tie. (Where a nationality follows, "a
 * Pakistani-born Canadian businessman", or any other tie placed them, the birthplace gives nothing.) Before 12c, which
 * would make a visitor to a domestic story one of its locals.
 */
export function placeByBirthplace(story: CountryStory): void {
  for (const p of story.people) {
    if (!awaitsCountry(p)) continue;
    for (const r of p.roles) {
      const born = BORN_ROLE.exec(r)?.[1];
      const country = born ? demonymCountry.get(born.toLowerCase()) : undefined;
      if (!country) continue;
      p.country = country;
      break;
    }
  }
}
/** "British-born singer": a demonym glued to "-born", then lower-case words only (no nationality after it). */
const BORN_ROLE = /^(\p{Lu}\p{L}+)-born(?: \p{Ll}[\p{L}-]*)+$/u;

/**
 * 12c. "WASHINGTON (AP) — … The gunman, X, …" in a story whose placed people are all of the dateline's country: a
 * domestic story; the others it names, with no country of their own, are that country's too. Not in a Chinese
 * outlet's story, where a foreign visitor is often named bare beside Chinese officials. "The Hague (AFP) – …"
 * under "… most right-wing Dutch government": a dateline that places nothing leaves the headline's one country.
 * Last but one: it reads the countries every rule before has given.
 */
export function placeDomesticStory(story: CountryStory): void {
  const { people, chineseContext, datelineHome } = story;
  // A Chinese outlet's desk abroad ("LAGOS, Jan. 23 (Xinhua) --") reports that country's own events too.
  const abroad = datelineHome !== null && datelineHome !== 'China';
  if ((chineseContext && !abroad) || !people.some((p) => p.country === null)) return;
  domesticCountry(people, storyDefault(story), story.home !== null && story.home === datelineHome, story.doc);
}

/**
 * The country a domestic story's locals take: the dateline's, the headline's one country, or with no dateline where
 * the story's cities and states are (as rule 12 reads them).
 */
function storyDefault(story: CountryStory): string | null {
  return story.datelineHome ?? headlineCountry(story.titleDoc) ?? undatedPlacesCountry(story);
}

/** With no dateline, and no national outlet's home, where the story's cities and states are (found once). */
function undatedPlacesCountry(story: CountryStory): string | null {
  if (story.article.dateline !== null || story.home !== null || story.chineseContext) return null;
  // "… led a national tribute at the Invalides in Paris": else the city the lede sets its event in.
  if (story.undatedPlaces === undefined)
    story.undatedPlaces = storyPlacesCountry(story.doc) ?? ledeCityCountry(story.doc);
  return story.undatedPlaces;
}

/**
 * 1b. "Kyodo News Digest: …" with an item "MANILA - … Senate President X and House Speaker Y welcomed him": a bare
 * title in a digest item's dateline paragraph is the office of the item's dateline country, as rule 12 reads a
 * story's dateline; not the outlet's, whose home the other items keep. Before rules 2–7, which would read the file
 * as one story.
 */
export function placeDigestItemOffices(story: CountryStory): void {
  const { doc, tokens, people, article } = story;
  const items = digestItemPlaces(article.title, doc.text);
  if (items.length === 0) return;
  const itemOf = (offset: number): number => {
    let i = -1;
    while (i + 1 < items.length && (items[i + 1] as [number, string])[0] <= offset) i++;
    // Only the dateline's own paragraph.
    if (i < 0 || doc.text.slice((items[i] as [number, string])[0], offset).includes('\n\n')) return -1;
    return i;
  };
  for (const p of people) {
    if (!awaitsCountry(p) || p.roles.length === 0) continue;
    let item = -2;
    for (const m of p.mentions) {
      if (m.kind === 'pronoun') continue;
      const i = itemOf((tokens[m.start] as Token).start);
      if (i < 0 || (item !== -2 && i !== item)) {
        item = -1;
        break;
      }
      item = i;
    }
    const country = item >= 0 ? datelineCountry((items[item] as [number, string])[1]) : null;
    if (country) {
      p.country = country;
      p.countrySettled = true;
    }
  }
}

/**
 * 12e. "Today in History: …": the column's highlight is one story and the items after it others, so the story-wide
 * rules find no one side. Those the highlight names (its participants) with no country take the one country of
 * the highlight's others ("American astronauts X and Y …, while the third member of the crew, Z, …").
 */
export function placeCalendarHighlight(story: CountryStory): void {
  const { people, article } = story;
  if (!isCalendarColumn(article.title)) return;
  let home: string | null = null;
  for (const p of people) {
    if (!p.participant || p.country === null || p.international) continue;
    if (home !== null && home !== p.country) return;
    home = p.country;
  }
  if (home === null) return;
  for (const p of people) if (p.participant && awaitsCountry(p)) p.country = home;
}

/**
 * 13. "Chief Executive Peter Chan": Hong Kong and Macao are China's special administrative regions, and their
 * officials represent China. Last, so that every rule before still sees the region (its offices, its people). A
 * governor of either is the colonial power's ("the former Hong Kong governor"): the office ended with the handover,
 * its head has been a Chief Executive since (not a bank's governor).
 */
export function foldSpecialRegionsIntoChina(story: CountryStory): void {
  for (const p of story.people) {
    if (p.country !== 'Hong Kong' && p.country !== 'Macao') continue;
    const colonial = p.roles.some(
      (role) => COLONIAL_GOVERNOR.test(role) && !BANK_WORDS.test(role) && !DEPUTY.test(role),
    );
    p.country = colonial ? (p.country === 'Hong Kong' ? 'United Kingdom' : 'Portugal') : 'China';
  }
}
const COLONIAL_GOVERNOR = /\bgovernor\b/i;
/** A bank's governor ("Hong Kong Monetary Authority governor", "deputy governor of the central bank"). */
const BANK_WORDS = /\b(?:bank|monetary)\b/i;
/** "Deputy governor": the colonial office read here is the governor's alone; a deputy governor in a story of Hong
 * Kong or Macao is read as a central bank's or a mainland province's, often named without either ("the deputy
 * governor told the forum"). */
const DEPUTY = /\bdeputy\b/i;

/**
 * "Leonid M. Zamyatin, the Kremlin's chief spokesman," in 1985: a republic's country read from a seat of government,
 * a city or a default is the union's of the story's year (`countryOfTheTime`: the Soviet Union before 1992,
 * Yugoslavia before 1991, Czechoslovakia before 1993), as the golds name a state that is gone by its own name. Not one
 * whose role names the republic itself ("Russian President X" in 1991): the republic stood for itself in the title.
 */
export function foldRepublicsIntoUnionOfTheTime(story: CountryStory): void {
  const date = story.article.date;
  if (date >= '1992') foldSupremeSovietsIntoRepublic(story);
  if (date >= '1993') return;
  for (const p of story.people) {
    const own = p.country;
    if (own === null) continue;
    const union = countryOfTheTime(own, date);
    if (union === null || union === own) continue;
    if (p.roles.some((r) => roleNamesCountry(r, own))) continue;
    p.country = union;
  }
}
/**
 * "Supreme Soviet Chairman X" in Moscow in 1993: after the union's end a republic's parliament kept the name, so the
 * word "Soviet" in it is no tie to the Soviet Union; the chairman is the dateline's republic's (one that was in the
 * union), where no other word of their roles says otherwise.
 */
function foldSupremeSovietsIntoRepublic(story: CountryStory): void {
  const home = story.datelineHome;
  if (home === null || countryOfTheTime(home, '1991') !== 'Soviet Union' || home === 'Soviet Union') return;
  for (const p of story.people)
    if (
      p.country === 'Soviet Union' &&
      p.roles.length > 0 &&
      p.roles.every((r) => SUPREME_SOVIET.test(r) && !OTHER_SOVIET.test(r.replace(SUPREME_SOVIET, '')))
    )
      p.country = home;
}
const SUPREME_SOVIET = /\bSupreme Soviet\b/;
/** A word of a role that still names the union ("USSR", "former Soviet", "of the Soviet Union"). */
const OTHER_SOVIET = /\b(?:Soviet|USSR|former)\b/i;

/** Whether a word of `role` is `country`'s name or nationality ("Russian", "Ukraine's"). */
function roleNamesCountry(role: string, country: string): boolean {
  for (const w of role.toLowerCase().split(/[^\p{L}]+/u))
    if (w && (demonymCountry.get(w) === country || w === country.toLowerCase())) return true;
  return false;
}

/** A dateline place no country is known for, and no international body sits in ("Cannes", not "Geneva"). */
function unplacedDateline(place: string | null): boolean {
  if (!place) return true;
  const city = place.split(',')[0]?.trim().toLowerCase() ?? '';
  return datelineCountry(place) === null && !INTERNATIONAL_SEATS.has(city) && !place.includes(',');
}
