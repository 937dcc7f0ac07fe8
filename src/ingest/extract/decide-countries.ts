// Each person's country, decided from their roles, the text around their mentions, the headline and the dateline;
// see README ("How people and roles are extracted").
import type { ParsedArticle } from '../parse-article.ts';
import {
  SPACED_BODIES,
  servesInternationalOffice,
  headsNamedBody,
  namedBodies,
  whoseBody,
  itsBody,
  isInternationalBody,
  nowHeadsInternationalBody,
  officeBody,
  sameBody,
  officeUnderAt,
  envoyTo,
  companyFormCountries,
  bodyHomeCountry,
  namesABody,
} from './body-countries.ts';
import { datelineCountry, findCountries, isPinyinName, outletCountry, type CountryHit } from './countries.ts';
import {
  STUDY_WORDS,
  ownCounterpart,
  cityFrameCountry,
  TOPIC_PREPOSITIONS,
  BEING_IN,
  namesCountryOnlyAt,
  headlineAbout,
  sentenceCountries,
  subnationalAt,
  previousSentenceCountry,
  successionCountry,
  roleSpanCountry,
  pairedDemonym,
  clauseBreakBetween,
  inQuote,
  describesGroup,
  countryOfAnother,
  otherSideAt,
  withBetween,
  representedCountry,
  accompaniedBy,
  commaAfter,
  reportedBefore,
  inaugurationCountry,
  domesticCountry,
  namesChina,
  seatOfMentions,
  possessiveCountryBefore,
  headlineCountry,
  headlineHomeCountry,
  ledeText,
  ledeCountry,
} from './country-context.ts';
import { demonymCountry } from './lexicon.ts';
import { listedWithChinese, nameShapeCountry } from './name-shapes.ts';
import { itsBodyCountry, possessedBodyCountry, lacksOffice, namesPublicBody } from './office-countries.ts';
import {
  bareTitle,
  SPOUSE_TITLES,
  isPresidentRole,
  SINGLE_HOLDER_TITLES,
  atAnotherTime,
  cabinetPost,
  TEAM_POSTS,
  titleCountry,
  pastHolderCountry,
  heldByAnother,
  currentHolders,
  headlineSideOffice,
  isBareSingleHolder,
} from './one-holder-offices.ts';
import { isMatchReport } from './participants.ts';
import { SPEECH_AFTER, COUNTERPART, RULE_NOUNS, SUCCESSION } from './person-cues.ts';
import type { Mention, PersonRecord } from './person-record.ts';
import { agencyCountry, institutionCountry, isOccupation, roleCountry, titleHeads } from './roles.ts';
import { SPORTING_DISTINCTIONS, OPPONENT_CUES, hasScore } from './sport-cues.ts';
import type { Token, TokenizedText } from './tokenize.ts';
import { COUNTRY, DEMONYM, tokenFlags } from './word-classes.ts';

/** Capitalised words after a place's name that make it part of another name: a body's subject or a sea. */
const NAMED_AFTER_PLACE = new Set([
  ...STUDY_WORDS,
  'strait',
  'straits',
  'sea',
  'gulf',
  'bay',
  'ocean',
  'channel',
  'peninsula',
  'river',
]);
const CHINA_PLACES = new Set([
  'beijing',
  'shanghai',
  'guangzhou',
  'shenzhen',
  'tianjin',
  'chongqing',
  'hangzhou',
  'wuhan',
]);

const ALL_CAPS = /^[A-Z]{2,}$/;
/** Words for another party of a story after "the" and a nationality ("the Indonesian leader", "the Thai side"). */
const OTHER_PARTY = new Set([
  'leader',
  'guest',
  'guests',
  'visitor',
  'visitors',
  'delegation',
  'side',
  'head',
]);

/** National bodies named without their country ("president of the Chamber of Deputies", "Senate leader"). */
const NATIONAL_BODY_RE =
  /\b(?:Chamber of Deputies|Senate|National Assembly|Parliament|Congress|Supreme Court|Constitutional Court|Cabinet)\b/;

const lastWord = (role: string): string => role.slice(role.lastIndexOf(' ') + 1).toLowerCase();
const CENTURY_RE = /\b\d{1,2}(?:st|nd|rd|th)[- ]century\b/i;
/**
 * "Republican candidate", "Democratic presidential nominee": a member of one of the two US parties, written with a
 * lower-case office after it — not a party whose name holds the word ("Social Democrat leader", "Republican People's
 * Party", "Democratic Party").
 */
const US_PARTY_ROLE = /(?<!\p{Lu}[\p{L}'’.-]* )\b(?:Republican|Democrat|Democratic) (?=\p{Ll})/u;
export function decideCountries(
  doc: TokenizedText,
  people: PersonRecord[],
  mentions: Mention[],
  article: ParsedArticle,
  titleDoc: TokenizedText | null,
): void {
  const { tokens } = doc;
  // A Chinese dateline makes a Chinese story unless another country's national agency files it ("Beijing (VNA)").
  const chineseContext =
    /xinhua|china|people's daily|cgtn|global times|ecns/i.test(article.source ?? '') ||
    (CHINA_PLACES.has((article.dateline?.place ?? '').toLowerCase()) &&
      outletCountry(article.source) === null);
  // A national agency's own officials are written with a bare title, as Xinhua writes "Premier Li" (rule 7).
  const home = chineseContext ? null : outletCountry(article.source);
  let chinaInHeadline: boolean | undefined;
  let matchReport: boolean | undefined;
  let storyBodies: string[] | undefined;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (p.countrySettled) continue;
    // "WHO Director-General X, who served as Ethiopia's health minister": introduced by an international body's
    // office, they are its official, whatever national office they held before.
    const introduced = p.roles[0];
    const introducedSpan = p.roleSpans[0];
    if (
      introduced !== undefined &&
      internationalOffice(introduced) &&
      (introducedSpan === undefined || roleSpanCountry(tokens, introducedSpan) === null)
    ) {
      settleInternational(p);
      continue;
    }
    // "Brazil's former president X, who now heads the New Development Bank": a past national office gives no
    // country to one who now heads an international body. "The IMF, whose Managing Director X": an office of the
    // international body ", whose" follows.
    // Not a person's ("Tanabe, whose adviser X").
    const owners = p.roleSpans.map((r) =>
      mentions.some((o) => o.end === r.start - 2) ? null : whoseBody(tokens, r.start),
    );
    // "… the court and placed its chief prosecutor, X" after "the International Criminal Court": likewise.
    const its = p.roleSpans.map((r) =>
      itsBody(tokens, doc.sentences[tokens[r.start]?.sent ?? 0]?.[0] ?? 0, r.start),
    );
    // Not where another title names their country ("its president, Maltese Ambassador X").
    const bodyOfficial = (b: string | null) =>
      b !== null && (isInternationalBody(b) || INTERNATIONAL_BODY_RE.test(b));
    if (
      ((owners.some(bodyOfficial) || its.some(bodyOfficial)) &&
        p.roleSpans.every((r) => roleSpanCountry(tokens, r) === null)) ||
      (p.roles.length > 0 &&
        p.roles.every((r) => PAST_OFFICE_RE.test(r)) &&
        p.mentions.some((m) => m.kind !== 'pronoun' && nowHeadsInternationalBody(tokens, m.end)))
    ) {
      settleInternational(p);
      continue;
    }
    // "The Kremlin, whose spokesman X": a seat of government's office is its country's; "The M23, whose political
    // leader X": one of another named body says nothing of a country (a ministry's is left to the rules below).
    const seat = owners.map((b) => b && institutionCountry.get(b.toLowerCase())).find((c) => c);
    if (seat) {
      p.country = seat;
      p.countrySettled = true;
      continue;
    }
    if (owners.some((b) => b !== null && namesABody(b))) p.bodyOffice = true;
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
    if (!found) {
      for (const role of p.roles) {
        // "ambassador to Washington": the seat an envoy is sent to is not theirs.
        const to = ENVOY_TO_RE.exec(role);
        const r = to ? role.slice(0, to.index + to[0].length - 4) : role;
        const words = r.toLowerCase().split(/\s+/);
        const written = r.split(/\s+/);
        for (let k = 0; k < words.length; k++) {
          const w = words[k] as string;
          const c =
            roleCountry.get(w) ??
            institutionCountry.get(w) ??
            (ALL_CAPS.test(written[k] ?? '') ? agencyCountry.get(w) : undefined) ??
            (k + 1 < words.length
              ? (institutionCountry.get(`${w} ${words[k + 1]}`) ?? roleCountry.get(`${w} ${words[k + 1]}`))
              : undefined) ??
            // "the Workers' Party of Korea": a body whose name holds an ambiguous country name.
            (k + 3 < words.length
              ? institutionCountry.get(`${w} ${words[k + 1]} ${words[k + 2]} ${words[k + 3]}`)
              : undefined) ??
            // "California Governor", "Bavarian state premier", "New South Wales Premier".
            subnationalAt(words, k);
          if (c) found = c;
        }
      }
    }
    // "Secretary of State Daniel Mercer": written capitalised and bare, the title is the American one (the
    // Vatican's is "the Vatican secretary of state", Britain's "Secretary of State for …").
    if (
      !found &&
      p.roles.some((r) => r.includes('Secretary of State') && bareTitle(r) === 'secretary of state')
    )
      found = 'United States';
    if (found) {
      p.country = found;
      p.countrySettled = true;
      continue;
    }
    if (p.roles.length === 0) continue;
    if (
      internationalOffice(p.roles.join(' ')) ||
      p.roles.some((r) => headsNamedBody(r, () => (storyBodies ??= namedBodies(doc.text))))
    )
      p.international = true;
    if (p.international) {
      p.country = null;
      p.countrySettled = true;
    }
  }
  // "Rwanda's Kagame, DR Congo's Tshisekedi meet in Qatar": a country's possessive right before a name in the
  // headline says whom they represent.
  if (titleDoc)
    for (const p of people) {
      if (p.countrySettled || p.international || p.titleMention < 2) continue;
      const c = possessiveCountryBefore(titleDoc.tokens, p.titleMention);
      if (c) {
        p.country = c;
        p.countrySettled = true;
      }
    }
  // "Pierre Lambert, spokesperson for the secretary-general" beside "UN Secretary-General X": an office of the
  // office of a body's official belongs to that body, whatever countries the sentence names.
  if (people.some((q) => q.international))
    for (const p of people) {
      if (p.countrySettled || !p.roles.some((r) => servesInternationalOffice(r, people))) continue;
      settleInternational(p);
    }
  // "X will succeed Y, the outgoing chairperson" where X was elected "chairperson of the AU Commission": the one
  // an international body's official succeeds held that office, whatever country they come from.
  for (const p of people) {
    if (p.countrySettled || p.international) continue;
    const successor = successorOf(p, people, mentions, tokens);
    const office = successor?.roles.find((r) => internationalOffice(r));
    if (office === undefined) continue;
    const words = office.toLowerCase().split(/\s+/);
    if (p.roles.every((r) => words.includes(bareTitle(r).split(' ').pop() ?? ''))) {
      settleInternational(p);
    }
  }
  // "Premier Sun Hao, Japanese Prime Minister Kenji Tanabe and …": a nationality inside the title of someone
  // named later is theirs, not a clue for the name before it.
  const inRoles = new Set<number>();
  // Token -> the end of the role span holding it, per owner: "Spanish King Alfonso XIV … a letter from Ortiz
  // Campos" — on a later mention, a nationality inside another person's title, before that person, describes
  // them (where a person is introduced, "Uruguayan President X … led by Foreign Minister Y" may describe both).
  const roleEndAt = new Map<number, { owner: PersonRecord; end: number }>();
  for (const q of people)
    for (const r of q.roleSpans)
      for (let k = r.start; k < r.end; k++) {
        inRoles.add(k);
        roleEndAt.set(k, { owner: q, end: r.end });
      }
  // "Brazil's Supreme Court sentences …" datelined "Brasilia, Sep 11 (Prensa Latina)": a national outlet's
  // correspondent reporting the host country's own affairs, in a story that never names the outlet's country,
  // writes the host's officials bare; its home country is no default there. (Otherwise a foreign dateline is
  // often the outlet's own leader abroad: "Anwar received by Emir of Qatar", datelined Doha.) Nor where it names
  // its country only in its compatriots' titles: "Warsaw (dpa) - … German Chancellor X congratulated …" writes
  // its own with their nationality.
  const datelineHome = datelineCountry(article.dateline?.place);
  const homeDefault =
    home !== null &&
    datelineHome !== null &&
    datelineHome !== home &&
    headlineAbout(titleDoc, datelineHome, home) &&
    namesCountryOnlyAt(doc, home, inRoles)
      ? null
      : home;
  const countryCache = new Map<number, CountryHit[]>();
  // "Pablo Montenegro called for an election": a country word inside a person's name names no country there.
  for (const m of mentions) {
    if (m.kind === 'pronoun' || m.end - m.start < 2 || countryCache.has(m.sent)) continue;
    let inside = false;
    for (let k = m.start + 1; k < m.end && !inside; k++)
      inside = (tokenFlags(tokens[k] as Token) & COUNTRY) !== 0;
    if (!inside) continue;
    const named = mentions.filter((o) => o.sent === m.sent && o.kind !== 'pronoun');
    const hits = sentenceCountries(doc, m.sent, countryCache);
    countryCache.set(
      m.sent,
      hits.filter((h) => !named.some((o) => h.at >= o.start && h.at < o.end)),
    );
  }
  const mentionsBySent = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = mentionsBySent.get(m.sent);
    if (list) list.push(m);
    else mentionsBySent.set(m.sent, [m]);
  }
  // Whether each name is Mandarin-romanised, asked of every pair of names in a sentence below.
  const pinyinOf = people.map((q) => isPinyinName(q.name));
  // "country|title" -> who holds that one-holder office with a settled country ("Lao Prime Minister X"); built
  // when first needed (most stories never ask).
  let heldBy: Map<string, PersonRecord> | undefined;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (p.countrySettled) continue;
    const pinyin = pinyinOf[pi] as boolean;
    // 2. Family and shared surnames: "his father, Baek Ki-tae", "Kim Sol Hwa".
    const first = p.tokens[0];
    const last = p.tokens[p.tokens.length - 1];
    let kin: PersonRecord | undefined;
    if (p.tokens.length > 1) {
      const introduced = p.mentions[0]?.start ?? 0;
      for (let qi = 0; qi < people.length && !kin; qi++) {
        const q = people[qi] as PersonRecord;
        if (
          qi !== pi &&
          q.country &&
          q.tokens.length > 1 &&
          (q.tokens[0] === first || q.tokens[q.tokens.length - 1] === last) &&
          (q.mentions[0]?.start ?? 0) < introduced
        )
          kin = q;
      }
    }
    if (kin) {
      p.country = kin.country;
      continue;
    }
    // "Tanabe's wife Emiko Tanabe" (any surname): the relative they were introduced with.
    const relative = people[p.relativeOf];
    if (relative?.country) {
      p.country = relative.country;
      continue;
    }
    // "first lady Seo Min-ji": the country of the story's president, when only one country has one.
    if (p.roles.some((r) => SPOUSE_TITLES.has(bareTitle(r)))) {
      const countries = new Set<string>();
      for (const q of people)
        if (q !== p && q.country && q.roles.some(isPresidentRole)) countries.add(q.country);
      if (countries.size === 1) {
        p.country = [...countries][0] ?? null;
        continue;
      }
    }
    // 3. Coordination with a person whose country is known: "Crane and President Dean Whitaker". Only where a
    // full name is written: "Ding and Wong also co-chaired" pairs the two sides of a meeting by surname.
    let coord: string | null = null;
    for (const m of p.mentions) {
      if (m.kind !== 'name') continue;
      for (const o of mentionsBySent.get(m.sent) ?? []) {
        if (o.person === pi || o.kind === 'pronoun') continue;
        const q = people[o.person] as PersonRecord;
        // "Song Weiguo and Mark Dalton": a Chinese and a Western name are the two sides, not compatriots.
        if (!q.country || pinyinOf[o.person] !== pinyin) continue;
        // "President X and Y, Prime Minister of India,": a titled name beside one whose own title names its country
        // is the other side.
        if (
          p.roles.length > 0 &&
          q.countrySettled &&
          o.start > m.start &&
          tokens[o.end]?.text === ',' &&
          tokens[o.end + 1]?.cap
        )
          continue;
        const from = Math.min(m.end, o.end);
        const to = Math.max(m.start, o.start);
        if (to - from > 4 || to <= from) continue;
        let gap = 0;
        let and = false;
        // "President Yoon and Japanese Prime Minister Kishida": a nationality on one side marks a contrast.
        let contrast = false;
        for (let k = from; k < to; k++) {
          const t = tokens[k] as Token;
          if (tokenFlags(t) & (DEMONYM | COUNTRY)) contrast = true;
          if (titleHeads.has(t.lower) || t.cap) continue;
          gap++;
          and = t.lower === 'and';
        }
        // "Belarusian spaceflight participant X and NASA astronaut Y": a nationality in X's own title.
        for (let k = m.start - 1; m.start < o.start && k >= 0 && k >= m.start - 3; k--) {
          const t = tokens[k] as Token;
          if (!t.word) break;
          if (tokenFlags(t) & (DEMONYM | COUNTRY)) contrast = true;
        }
        if (gap === 1 && and && !contrast) coord = q.country;
      }
      if (coord) break;
    }
    // "the Faisal al-Nouri regime", "the X administration": named only by their rule.
    const byRule = p.mentions.every(
      (m) => m.kind === 'pronoun' || RULE_NOUNS.has(tokens[m.end]?.lower ?? ''),
    );
    // 4. The sentence around a mention: the nearest adjectival country ("Chinese", "U.S.", "China's").
    let ctx: string | null = null;
    // In a national outlet's story a person is placed where they are introduced: later sentences mix the sides.
    let introduced: Mention | undefined;
    if (home)
      for (const m of p.mentions)
        if (m.kind !== 'pronoun') {
          introduced = m;
          break;
        }
    // "Prime Minister Anwar … in Vientiane, where Laos is hosting" beside "Lao Prime Minister Sonexay": a country
    // whose one-holder office (the same as theirs, at the same time) someone else holds is not theirs.
    let heldTitles: string[] = [];
    for (const r of p.roles) {
      const t = bareTitle(r);
      if (SINGLE_HOLDER_TITLES.has(t)) heldTitles.push(t);
    }
    if (heldTitles.length > 0) {
      heldBy ??= currentHolders(people, tokens);
      if (heldBy.size === 0 || atAnotherTime(p, tokens)) heldTitles = [];
    }
    const held = heldBy;
    // "the ouster of former prime minister X … the extradition of X, who fled Bangladesh": someone who holds no
    // office today and takes no part is no side of the outlet's event; a later sentence may place them.
    const laterToo =
      introduced !== undefined && !p.participant && (p.roles.length === 0 || atAnotherTime(p, tokens));
    for (const m of p.mentions) {
      if (ctx) break;
      if (m.kind === 'pronoun' || (introduced && m !== introduced && !laterToo)) continue;
      const [s] = doc.sentences[m.sent] ?? [0, 0];
      // "In Tokyo, Chief Cabinet Secretary X told reporters that …": a city opening the sentence places its subject.
      if (p.roles.length > 0) {
        const framed = cityFrameCountry(tokens, s, m.start);
        if (framed) {
          ctx = framed;
          break;
        }
      }
      // "President Sudarmo and Chinese leaders of the older generation": after "X and", nationalities describe
      // the other conjunct.
      const conjoined = tokens[m.end]?.lower === 'and' || tokens[m.end]?.lower === 'or';
      const sentHits = sentenceCountries(doc, m.sent, countryCache);
      const later = m !== p.mentions[0];
      // "Indonesia was represented by Vice President X": the country a delegate stands for.
      const represented = representedCountry(tokens, sentHits, m.start);
      if (represented) {
        ctx = represented;
        break;
      }
      // "Y, who is accompanied by Foreign Minister X, is expected to raise the situation in Myanmar": past the comma
      // closing the companion's clause, the sentence is about the one accompanied.
      const companionEnd = accompaniedBy(tokens, m.start) ? commaAfter(tokens, m.end) : -1;
      // The nearest hit, adjectival ones first, then the others, then destinations; the earlier one on a tie.
      let best: CountryHit | undefined;
      let bestRank = 6;
      let bestDist = 0;
      for (const h of sentHits) {
        if (h.at >= m.start && h.at < m.end) continue;
        if (h.at >= m.end && (conjoined || inRoles.has(h.at))) continue;
        if (companionEnd >= 0 && h.at > companionEnd) continue;
        // "the Taiwan Affairs Office", "the Taiwan Strait": a body's subject, a sea or strait named after a place.
        if (tokens[h.at + 1]?.cap && NAMED_AFTER_PLACE.has(tokens[h.at + 1]?.lower ?? '')) continue;
        // "Chinese and Japanese leaders agreed … when President X met …": a Chinese-romanised name is not of the
        // pair's other nationality; "Xi said … the US gain from cooperation": nor of a country in their own
        // reported words, in a Chinese outlet's story.
        if (pinyin && h.country !== 'China') {
          if (h.adjectival && pairedDemonym(tokens, h.at)) continue;
          if (chineseContext && h.at > m.end && SPEECH_AFTER.has(tokens[m.end]?.lower ?? '')) continue;
          // "China will work with the new US administration, spokesman X said": nor of one in the words reported
          // before the name; "X attended the ceremony in Washington", "spoke in Davos, Switzerland": nor of a
          // foreign place they are at.
          if (chineseContext && !h.adjectival) continue;
          if (chineseContext && h.at < m.start && reportedBefore(tokens, h.at, m)) continue;
        }
        // "the delegation's first visit to Türkiye since the fall of the X regime": a ruler named by their rule goes
        // nowhere; where others go is not whom they ruled.
        if (byRule && h.destination) continue;
        // "X briefed the visitors on North Korea's recent launches": after the name, a country that a preposition
        // makes the topic of what they do is not theirs.
        if (h.at >= m.end && TOPIC_PREPOSITIONS.has(tokens[h.at - 1]?.lower ?? '')) continue;
        // "President X, who is in Laos for a summit": where someone is staying is not whom they represent.
        if (h.at >= m.end && tokens[h.at - 1]?.lower === 'in' && BEING_IN.has(tokens[h.at - 2]?.lower ?? ''))
          continue;
        // "X signed the pact at the Japanese defense ministry": after the name, a nationality of the venue where
        // they are is not whom they represent (one "in the Italian Air Force" serves in it).
        if (
          h.adjectival &&
          h.at >= m.end &&
          tokens[h.at - 1]?.lower === 'the' &&
          tokens[h.at - 2]?.text === 'at'
        )
          continue;
        // "was signed in the South African capital Pretoria by X": nor, mid-sentence, the capital it is in.
        if (inTheCapital(tokens, h.at)) continue;
        // "X, commander of the group, said fierce fighting continued where Russian forces …": in a national outlet's
        // story, the troops of a country in the words someone reports are the other side's.
        if (
          home &&
          h.at > m.end &&
          h.adjectival &&
          FORCES.has(tokens[h.at + 1]?.lower ?? '') &&
          speechBetween(tokens, m.end, h.at)
        )
          continue;
        // "… trying to reach the border with Ukraine": the neighbour across a border is the other side.
        if (h.at > m.end && tokens[h.at - 1]?.lower === 'with' && tokens[h.at - 2]?.lower === 'border')
          continue;
        // "X held talks with … Bangladesh's interim government Y": after "talks with", a country's possessive or
        // adjective describes the other side.
        if (h.adjectival && h.at >= m.end && otherSideAt(tokens, m.end, h.at)) continue;
        const r = roleEndAt.get(h.at);
        // "the then ambassador to Washington, X": where one's own title sends them is not whom they represent.
        if (r !== undefined && r.owner === p && h.destination) continue;
        if (
          r !== undefined &&
          r.owner !== p &&
          r.end <= m.start &&
          (later ||
            withBetween(tokens, h.at, m.start) ||
            clauseBreakBetween(tokens, r.end, m.start) ||
            // "Dutch Ambassador X cut the ribbon together with Zhang Hao": in a Chinese outlet's story, another's
            // foreign title does not describe a Chinese-romanised name.
            (pinyin && chineseContext && h.country !== 'China'))
        )
          continue;
        // "“Ethiopia is our partner,” Kurtulmus said, recalling … talks with President Erdogan": in a national
        // outlet's story, a country in someone's quoted words does not place a bare title outside the quote.
        if (home && p.roles.length > 0 && inQuote(tokens, s, h.at) !== inQuote(tokens, s, m.start)) continue;
        // "X chaired a welcome ceremony for the Indonesian leader": after the name, "the" and a nationality before a
        // word for a visitor or leader describe someone else.
        if (
          h.adjectival &&
          h.at >= m.end &&
          tokens[h.at - 1]?.lower === 'the' &&
          OTHER_PARTY.has(tokens[h.at + 1]?.lower ?? '')
        )
          continue;
        // "his Japanese counterpart": the counterpart's nationality, by definition not the subject's.
        if (COUNTERPART.has(tokens[h.at + 1]?.lower ?? '') && !ownCounterpart(tokens, h.at + 2, m.start))
          continue;
        // "The Turkish president … met then-President X": a nationality before a title that is no one's named role
        // describes that office's holder, not another person of the sentence.
        if (
          h.adjectival &&
          !inRoles.has(h.at) &&
          titleHeads.has(tokens[h.at + 1]?.lower ?? '') &&
          (m.start > h.at + 3 || m.end <= h.at)
        )
          continue;
        if (h.country === 'China' && !pinyin && p.tokens.length > 1) continue;
        // "X of Ethiopia … ahead of Belgium's Y, while Z failed to finish": a country written onto another
        // person's name is theirs alone.
        if (countryOfAnother(h, pi, mentionsBySent.get(m.sent) ?? [], tokens)) continue;
        // "Spain won that final 1-0 against England, with X scoring": with a score, the team beaten is the other side
        // (but "beat India's X 21-19" names the one beaten).
        if (
          OPPONENT_CUES.has(tokens[h.at - 1]?.lower ?? '') &&
          !(h.at < m.start && possessiveCountryBefore(tokens, m.start) === h.country) &&
          hasScore(tokens, s, doc.sentences[m.sent]?.[1] ?? s)
        )
          continue;
        // "some 30 Japanese lawmakers had traveled to Taipei for the inauguration of X": a nationality of a group
        // others make up is not an untitled name's further on.
        if (
          p.roles.length === 0 &&
          h.adjectival &&
          h.at + 2 < m.start &&
          describesGroup(tokens, h.at, m.start)
        )
          continue;
        if (held && heldTitles.some((t) => (held.get(`${h.country}|${t}`) ?? p) !== p)) continue;
        // "President X against Cuba's inclusion in the US list", Cuba's president and a Colombian minister named: a
        // bare one-holder office belongs to a side of the story before a country no one of the story represents.
        const offSide =
          heldTitles.length > 0 &&
          !people.some((q) => q !== p && q.countrySettled && q.country === h.country);
        const rank = (h.adjectival ? 0 : h.destination ? 2 : 1) + (offSide ? 3 : 0);
        const dist = h.at < m.start ? m.start - h.at : h.at - m.end + 1;
        if (rank < bestRank || (rank === bestRank && dist < bestDist)) {
          best = h;
          bestRank = rank;
          bestDist = dist;
        }
      }
      // "DOHA (Bernama) -- Prime Minister X … was received by the Emir of Qatar": a national outlet writes its own
      // head of government, the subject of its lede, with a bare title; a country named only as a noun nearby is the
      // other side.
      const homeLede =
        home !== null &&
        m.sent === 0 &&
        bestRank > 0 &&
        p.roles.some(isBareSingleHolder) &&
        // "First Secretary of the Communist Party of Cuba … President X": a country before the name is in their title.
        best !== undefined &&
        best.at > m.start;
      if (best && !(homeLede && best.country !== home)) ctx = best.country;
    }
    // 5. Named in someone's reported words with nothing else to go on: "He said President Yoon had asked him
    // to convey his greetings" speaks of the speaker's own president; "Sharma was accompanied by External
    // Affairs Minister Anil Kapoor" names a member of Sharma's delegation.
    let speaker: string | null = null;
    let firstNamed: Mention | undefined;
    for (const m of p.mentions)
      if (m.kind !== 'pronoun') {
        firstNamed = m;
        break;
      }
    if (!coord && !ctx && firstNamed) {
      const [s0] = doc.sentences[firstNamed.sent] ?? [0, 0];
      let by = -1;
      // "X was accompanied by his sister Y, the secretary general of the presidency, and by Foreign Minister Z": the
      // list after "accompanied by" may be long.
      for (let k = firstNamed.start - 1; k > s0 && k >= firstNamed.start - 30; k--)
        if ((tokens[k] as Token).lower === 'by' && (tokens[k - 1] as Token).lower === 'accompanied')
          by = k - 1;
      for (const o of mentionsBySent.get(firstNamed.sent) ?? []) {
        if (o.start >= firstNamed.start || o.person === pi) continue;
        const q = people[o.person] as PersonRecord;
        if (!q.countrySettled || !q.country) continue;
        // "Zhu said that under the guidance of General Secretary Ri Chol Su …": a Chinese-romanised speaker
        // speaks of a name not so romanised as of another country's (and the other way round).
        if (pinyinOf[o.person] !== pinyin) continue;
        if (SPEECH_AFTER.has(tokens[o.end]?.lower ?? '') || (by > 0 && o.end <= by)) speaker = q.country;
      }
    }
    // 6. A bare title ("then Chancellor Greta Lindner") takes the country of the first person in the story
    // who holds the same title with a nationality ("German Chancellor Jonas Falk").
    // "Liu recalled that President Sudarmo … work with Indonesia" beside "Indonesian President Harjono": a bare
    // single-holder title in a sentence naming one of the countries whose holder of that office is in the story
    // is a past holder of that country's office.
    const heldAlike =
      (coord ?? ctx ?? speaker)
        ? null
        : (titleCountry(p, people, tokens, (matchReport ??= isMatchReport(article.title, ledeText(doc)))) ??
          // A past holder of an office takes no part in today's event.
          (p.participant ? null : pastHolderCountry(p, people, firstNamed, countryCache, doc)));
    // "Vice President Zhou Wen … congratulating X on his election as US vice president", "President Zhou … said
    // China and the US …": in a Chinese outlet's story a Chinese-romanised name holds its title in China, whoever
    // else holds it (rule 7).
    // Nor, the other way round, is a name not so romanised ("outgoing President Tom Hadley") China's by its title.
    const sameTitle =
      chineseContext && (pinyin ? heldAlike !== 'China' : heldAlike === 'China' && p.tokens.length > 1)
        ? null
        : heldAlike;
    // 7. A Chinese-romanised name in a Chinese outlet's story with nothing else to go on.
    // "sworn in …, succeeding Bambang Wiryono": the predecessor in an office held the same country's office.
    const predecessor =
      (coord ?? ctx ?? speaker ?? sameTitle) || !firstNamed
        ? null
        : successionCountry(firstNamed, people, mentionsBySent, tokens);
    p.country =
      coord ??
      ctx ??
      speaker ??
      sameTitle ??
      predecessor ??
      // "Chinese Premier Li … received by the King" in Bernama: the visitors' bare-titled pinyin names are China's;
      // so is "President Liu Zhiwei had also stayed away" in a PTI story that names China.
      (pinyin && (chineseContext || (home !== null && (chinaInHeadline ??= namesChina(titleDoc, doc))))
        ? 'China'
        : // "Businessman X also attended": a trade, unlike an office, is not the outlet's country's.
          byRule || (p.roles.length > 0 && p.roles.every(sentenceTrade))
          ? null
          : homeDefault) ??
      (firstNamed ? previousSentenceCountry(doc, firstNamed.sent, countryCache) : null);
  }
  // 7a. "X was sworn in as the island's leader … Y took office as his deputy": one who takes office as someone's
  // deputy (aide, spokesperson …) serves that person's country.
  for (const p of people) {
    if (p.country !== null || p.international) continue;
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
  // 7b. "Wrobel, 42, …, succeeding Tomasz Zielak": a successor placed only after their predecessor was looked at.
  for (const p of people) {
    if (p.country !== null || p.countrySettled || p.international) continue;
    const named = p.mentions.find((m) => m.kind !== 'pronoun');
    if (named) p.country = successionCountry(named, people, mentionsBySent, tokens);
  }
  // 8. "Deputy Treasury Secretary X" in a story whose people, China's aside, represent one country: an office
  // holder with no nationality anywhere near and a name that is not Chinese is from that country (a Chinese
  // outlet's untitled officials are Chinese by rule 7; a foreign one's are the other side's).
  let otherSide: string | null | undefined;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (p.country !== null || p.international || p.roles.length === 0 || pinyinOf[pi]) continue;
    // "Apple Chief Executive", "Hamas political chief": an office in a named body says nothing of a country.
    if (p.bodyOffice || p.roles.some((r) => namesABody(r))) continue;
    if (otherSide === undefined) {
      const sides = new Set<string>();
      for (const q of people) if (q.country && q.country !== 'China') sides.add(q.country);
      // Beside an official of the UN or the EU, an untitled office may be that body's ("spokesperson for the
      // secretary-general").
      const body = people.some((q) => q.international);
      otherSide = sides.size === 1 && !body ? ([...sides][0] ?? null) : null;
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
    // One president or prime minister at a time: a bare "President X" beside "Swiss President Y" is not Swiss.
    const held = p.roles.map(bareTitle).filter((t) => SINGLE_HOLDER_TITLES.has(t));
    if (!heldByAnother(people, p, otherSide, held)) p.country = otherSide;
  }
  // 8b. "… attended by Foreign Minister A, Defense Minister B and Qatari Prime Minister and Foreign Minister C" in a
  // story whose participants are of two countries: a bare cabinet post or one-holder office (in a match report, a
  // team's captain or coach) that one side's named holder fills is the other side's; a bare title listed right
  // after a bare title placed so shares its country.
  let twoSides: string[] | null | undefined;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (p.country !== null || p.international || !p.participant || pinyinOf[pi]) continue;
    matchReport ??= isMatchReport(article.title, ledeText(doc));
    const offices = p.roles
      .map(bareTitle)
      .filter((t) => SINGLE_HOLDER_TITLES.has(t) || cabinetPost(t) || (matchReport && TEAM_POSTS.has(t)));
    if (offices.length === 0 || atAnotherTime(p, tokens)) continue;
    if (twoSides === undefined) {
      const sides = new Set<string>();
      for (const q of people) if (q.participant && q.country) sides.add(q.country);
      twoSides = sides.size === 2 ? [...sides] : null;
    }
    if (twoSides === null) break;
    const [a, b] = twoSides as [string, string];
    const holds = (c: string) =>
      people.some((q) => q !== p && q.country === c && q.roles.some((r) => offices.includes(bareTitle(r))));
    const takenA = holds(a);
    if (takenA !== holds(b)) {
      // "President Trump" beside Ukraine's president in a British story: not an office Britain has.
      if (!offices.some((t) => lacksOffice(takenA ? b : a, t))) p.country = takenA ? b : a;
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
  // 9. "…, says Kenyan scholar" / "a Kenyan scholar has said": the person the story then introduces first is
  // the one described.
  const lead = people.reduce<PersonRecord | undefined>((best, q) => {
    const at = q.mentions[0]?.start ?? Infinity;
    return best === undefined || at < (best.mentions[0]?.start ?? Infinity) ? q : best;
  }, undefined);
  if (lead && lead.country === null && !lead.international && lead.mentions.length > 0) {
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
  // 10. "Their predecessors, Song Weiguo and Mark Dalton" under "Chinese, U.S. defense chiefs …": an untitled
  // non-Chinese name listed with a Chinese one stands for a side the headline names other than China; with
  // several such sides, the one whose names it is shaped like ("Kenzo Ono", "Baek Sung-min").
  // 11. "Lucia Herrera, president of the Chamber of Deputies" under "Villalobos sworn in as Mexico's first
  // female president": an office in a national body that names no country is in the one country the headline names.
  if (titleDoc) {
    let sides: Set<string> | undefined;
    for (let pi = 0; pi < people.length; pi++) {
      const p = people[pi] as PersonRecord;
      if (p.country !== null || p.international || pinyinOf[pi]) continue;
      const listed = p.roles.length === 0 && listedWithChinese(pi, people, pinyinOf, mentionsBySent, tokens);
      if (!listed && !p.roles.some((r) => NATIONAL_BODY_RE.test(r))) continue;
      // The sides, not where they meet ("… hold talks in Singapore").
      if (sides === undefined) {
        sides = new Set<string>();
        for (const h of findCountries(titleDoc.tokens, 0, titleDoc.tokens.length))
          if (!h.destination) sides.add(h.country);
      }
      if (!listed) {
        if (sides.size === 1) p.country = [...sides][0] ?? null;
        continue;
      }
      if (!sides.has('China')) continue;
      const others = new Set(sides);
      others.delete('China');
      p.country = others.size === 1 ? ([...others][0] ?? null) : nameShapeCountry(p.tokens, others);
    }
  }
  // 11b. "Rongsheng Petrochemical Chairman X" after "China's Rongsheng Petrochemical": an officer of a body the
  // story introduces as a country's ("China's X", "Chinese firm X") is from that country;
  // "president and CEO of Siemens AG" in a story that names Germany: a company's legal form says which few
  // countries it can be registered in, and the story names one of them.
  let storyCountries: Set<string> | undefined;
  for (const p of people) {
    if (p.country !== null || p.international) continue;
    for (const r of p.roles) {
      let c = bodyHomeCountry(r, tokens);
      const forms = c ? undefined : companyFormCountries(r);
      if (forms) {
        storyCountries ??= new Set(findCountries(tokens, 0, tokens.length).map((h) => h.country));
        const named = forms.filter((f) => storyCountries?.has(f));
        if (named.length === 1) c = named[0] ?? null;
      }
      if (c) {
        p.country = c;
        break;
      }
    }
  }
  // 12. "LONDON (AP) — … The foreign secretary, Tom Ashby, …": a title with no country anywhere in the story is
  // the country the dateline places the story in (a foreign outlet's own officials are not written bare); with no
  // such dateline, the one country the headline names.
  let fromDateline: string | null | undefined;
  let datelineCity: string | undefined;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (p.country !== null || p.international || p.roles.length === 0 || (pinyinOf[pi] && chineseContext))
      continue;
    // "the 19th-century independence leader": a figure of history holds no office where the story is set.
    if (p.roles.every((r) => CENTURY_RE.test(r))) continue;
    // "PARIS (AP) — … defending champion X failed to finish": a sporting distinction is no office of the host's.
    if (p.roles.every((r) => SPORTING_DISTINCTIONS.has(lastWord(r)))) continue;
    // "Apple Chief Executive": an office in a named body alone says nothing of a country.
    datelineCity ??= (article.dateline?.place ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
    // "director of the Institute for Fiscal Studies", "president of the INE" (the National Electoral Institute): a
    // public institution, not a brand, is the country's own.
    if (p.roles.every((r) => namesABody(r, datelineCity) && !namesPublicBody(r, doc.text)) || p.bodyOffice)
      continue;
    // "MEXICO CITY (AP) — … Republican candidate X has threatened tariffs": a US party's member abroad.
    if (p.roles.some((r) => US_PARTY_ROLE.test(r))) {
      p.country = 'United States';
      continue;
    }
    fromDateline ??=
      datelineCountry(article.dateline?.place) ??
      headlineHomeCountry(titleDoc, people) ??
      (article.dateline ? null : ledeCountry(doc));
    if (!fromDateline) break;
    // One president or prime minister at a time: not the office another person of that country holds.
    // "Former President X" beside "President Y" holds no office now.
    const held = atAnotherTime(p, tokens)
      ? []
      : p.roles.map(bareTitle).filter((t) => SINGLE_HOLDER_TITLES.has(t));
    // "LONDON (AP) — … Vice President JT Harlan … in Washington": a monarchy has no president; the seat or capital
    // named beside them says whose they are.
    const titles = p.roles.map(bareTitle);
    if (titles.some((t) => lacksOffice(fromDateline as string, t))) {
      p.country = seatOfMentions(p, doc, (c) => titles.some((t) => lacksOffice(c, t)));
      continue;
    }
    if (!heldByAnother(people, p, fromDateline, held, tokens)) p.country = fromDateline;
  }
  // 12a. "X, Chairman and Chief Executive of Emirates Airline and Group … Y, President of Emirates Airline": officers
  // of one body share the country of the one placed.
  for (const p of people) {
    if (p.country !== null || p.international) continue;
    for (const r of p.roles) {
      const body = officeBody(r);
      const q =
        body &&
        people.find(
          (o) => o.country && !o.international && o.roles.some((or) => sameBody(officeBody(or), body)),
        );
      if (q) {
        p.country = q.country;
        break;
      }
    }
  }
  // 12b. "China, U.S. agree to cut tariffs" over "… tariffs imposed by President Frank Delmont": a bare one-holder
  // office takes the one side the headline names that could be theirs.
  // A Reuters lede-only file has no headline: its lede names the sides.
  if (titleDoc) headlineSideOffice(people, pinyinOf, titleDoc.tokens, 0, titleDoc.tokens.length, tokens);
  else if (article.titleDerived && doc.sentences[0])
    headlineSideOffice(people, pinyinOf, tokens, doc.sentences[0][0], doc.sentences[0][1], tokens);
  // 12d. "… before X takes office in Taipei", "lawmakers had traveled to Taipei for the inauguration of X": the
  // capital someone is sworn in at is their country's.
  for (const p of people) if (p.country === null && !p.international) p.country = inaugurationCountry(p, doc);
  // 12c. "WASHINGTON (AP) — … The gunman, X, …" in a story whose placed people are all of the dateline's country:
  // a domestic story; the others it names, with no country of their own, are that country's too. Not in a Chinese
  // outlet's story, where a foreign visitor is often named bare beside Chinese officials. "The Hague (AFP) – …"
  // under "… most right-wing Dutch government": a dateline that places nothing leaves the headline's one country.
  if (!chineseContext)
    domesticCountry(people, datelineCountry(article.dateline?.place) ?? headlineCountry(titleDoc));
  // 13. "Chief Executive John Lee": Hong Kong and Macao are China's special administrative regions, and their
  // officials represent China.
  for (const p of people) if (p.country === 'Hong Kong' || p.country === 'Macao') p.country = 'China';
}

/** "Kenyan scholar", "Egyptian experts": a nationality describing someone the story quotes. */
const DESCRIBED_RE =
  /\b([A-Z][a-z]+)\s+(?:scholars?|experts?|analysts?|officials?|diplomats?|professors?|researchers?|economists?|journalists?|lawmakers?|politicians?|entrepreneurs?|businessman|businesswoman|athletes?|artists?|students?)\b/g;

/** Verbs that report what someone says or learned ("said", "reported to the president that …"). */
const REPORTING = new Set([...SPEECH_AFTER, 'reported', 'announced', 'warned', 'claimed', 'wrote']);

/** Whether a verb of speech stands between tokens `from` and `to` ("X, commander of …, said … Russian"). */
function speechBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (REPORTING.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** An envoy's title up to " to " and the place they are sent to ("ambassador to Washington"). */
const ENVOY_TO_RE = /\b(?:ambassador|envoy|representative|consul(?:-general)?|emissary) to /i;
/** Armed forces named by their country ("Russian forces", "Israeli troops"). */
const FORCES = new Set([
  'forces',
  'troops',
  'soldiers',
  'units',
  'army',
  'drones',
  'missiles',
  'warplanes',
  'warships',
]);

/**
 * Whether the country hit at `at` is "in the <Nationality> capital" or the capital's name after it ("in the South
 * African capital Pretoria"), mid-sentence: where an event is held.
 */
function inTheCapital(tokens: readonly Token[], at: number): boolean {
  let k = at;
  if (tokens[k - 1]?.lower === 'capital') {
    k -= 2;
    while (k > 0 && tokens[k]?.cap && tokens[k - 1]?.cap) k--;
  } else if (tokens[k + 1]?.lower !== 'capital' && tokens[k + 2]?.lower !== 'capital') return false;
  const prep = tokens[k - 2]?.text;
  return tokens[k - 1]?.lower === 'the' && (prep === 'in' || prep === 'at');
}

/** An international body's official represents no country, whatever the rules after this would find. */
function settleInternational(p: PersonRecord): void {
  p.international = true;
  p.country = null;
  p.countrySettled = true;
}

/**
 * Whether role text `roles` names an international body's office; "ambassador to the United Nations" is a
 * country's envoy to a body, not the body's official.
 */
function internationalOffice(roles: string): boolean {
  const roleText = ` ${roles.toLowerCase().replace(/[^\p{L}\d. ]+/gu, ' ')} `;
  for (const body of SPACED_BODIES) if (roleText.includes(body) && !envoyTo(roleText, body)) return true;
  // "president of the International Tunnelling and Underground Space Association", "International Cycling Union
  // President": a body named "International …" is no one country's, unless an envoy is sent to it.
  const named = INTERNATIONAL_BODY_RE.exec(roles);
  return named !== null && !envoyTo(roleText, ' international ');
}
const INTERNATIONAL_BODY_RE =
  /\bInternational(?: (?:and |of |for )?\p{Lu}[\p{L}'’-]*){0,5}? (?:Committee|Court|Union|Federation|Association|Organi[sz]ation|Agency|Fund|Council|Tribunal)\b/u;

/** "former president", "ex-minister", "then premier": an office held at another time. */
const PAST_OFFICE_RE = /\b(?:former|ex|then|late)\b/i;

/** Words before a predecessor's name: "succeeding X", "will succeed X", "replaces X". */
const SUCCEEDS = new Set([...SUCCESSION, 'succeed', 'replace']);

/** "A will succeed B", "A took office, succeeding B": the person named last before B in that sentence, A. */
function successorOf(
  p: PersonRecord,
  people: readonly PersonRecord[],
  mentions: readonly Mention[],
  tokens: readonly Token[],
): PersonRecord | undefined {
  for (const m of p.mentions) {
    if (m.kind === 'pronoun' || !SUCCEEDS.has(tokens[m.start - 1]?.lower ?? '')) continue;
    let best: Mention | undefined;
    for (const o of mentions)
      if (o.sent === m.sent && o.end <= m.start && o.kind !== 'pronoun' && (!best || o.start > best.start))
        best = o;
    const q = best && people[best.person];
    if (q && q !== p) return q;
  }
  return undefined;
}

/** "Businessman", "Astronomer": a one-word trade capitalised only by its sentence's start, not a title head. */
function sentenceTrade(role: string): boolean {
  const lower = role.toLowerCase();
  return !role.includes(' ') && role !== lower && isOccupation(lower) && !titleHeads.has(lower);
}
