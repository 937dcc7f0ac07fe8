// Rule-based extraction of the people (name, aliases, roles, country, participant), organisations and
// places of one parsed article. Tokenises once and works on tokens with Map/Set lookups; see
// extract/RULES.md for the rules and their known limits.
import type { ArticlePerson, Knowledge } from '../common/dataset.ts';
import { mergeSpouseFullNames, surnameToNamedThrough } from './extract/spouse-names.ts';
import { mergeReversedNames } from './extract/patronymics.ts';
import { mergeBirthNames } from './extract/birth-names.ts';
import { findTitleMentions, resolvePronouns } from './extract/coreference.ts';
import { roleSpanCountry } from './extract/country-context.ts';
import { decideCountries } from './extract/decide-countries.ts';
import { findPeople } from './extract/find-people.ts';
import { firstSeen, sameArticleVariants } from './extract/article-variants.ts';
import { addHanAliases } from './extract/han-aliases.ts';
import { findHeadlineList, findHeadlineOnlyPeople, headlineGroupMembers } from './extract/headline-people.ts';
import { extractOrganizationsAndPlaces } from './extract/organizations-places.ts';
import { countryNames, placeHeads } from './extract/lexicon.ts';
import { isChrome, withoutCapsLabel } from './extract/page-chrome.ts';
import {
  decideParticipants,
  headlineEnvoys,
  headlineOfficeHolders,
  joinDelegations,
  joinNegotiators,
} from './extract/participants.ts';
import { notPeopleKeys } from './extract/people-finder.ts';
import { dropEmployerNames } from './extract/employer-names.ts';
import { dropClauseRoles, dropSenatorStyles, ladyGivenNames, ladyStageNames } from './extract/roles.ts';
import type { Mention, PersonRecord } from './extract/person-record.ts';
import { possessorCountries } from './extract/possessor-country.ts';
import { dropPersonPossessors } from './extract/role-possessors.ts';
import { doublesPair } from './extract/sport-cues.ts';
import {
  acronymedBodyRoles,
  ledeTitleSubject,
  referredRoles,
  describedLeaderRoles,
  describedStateOfficeRoles,
  describedSubjectCountry,
  describedLateLeaderCountry,
  describedEnvoyCountry,
  describedSpouseRoles,
  pronounSubjectRoles,
  respectiveOffices,
} from './extract/story-roles.ts';
import { tokenize } from './extract/tokenize.ts';
import type { ParsedArticle } from './parse-article.ts';

export interface Extraction {
  people: Omit<ArticlePerson, 'id'>[];
  organizations: string[];
  places: string[];
}

// A run of two or more capitalised words in a caption ("Chinese President Xi Jinping").
const CAPTION_NAME_RE = /\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)+/gu;

/**
 * Captions that name someone the story only calls by one word: "Chinese President Xi Jinping holds a video call …"
 * above a story that says only "Xi announced …". Such a caption is read after the story, so the full name is found
 * and the story's word joins it; a caption whose names the story writes out in full adds nothing and is left out (its
 * pairs of leaders would only muddle their countries).
 */
function captionsNamingOthers(captions: readonly string[], paragraphs: readonly string[]): string[] {
  if (captions.length === 0) return [];
  const body = paragraphs.join('\n');
  const out: string[] = [];
  for (const c of captions) {
    for (const m of c.matchAll(CAPTION_NAME_RE)) {
      // The run's last two words (the name, after any title) the story never writes together, one of which it uses
      // alone ("Xi announced").
      const words = m[0].split(' ').slice(-2);
      if (body.includes(words.join(' '))) continue;
      // The word's own expression is built only when the story holds the word at all.
      const alone = words.some(
        (w) =>
          w.length >= 2 &&
          body.includes(w) &&
          new RegExp(`(?<!\\p{Lu}[\\p{L}'’-]* )\\b${w}\\b(?! \\p{Lu})`, 'u').test(body),
      );
      if (alone) {
        out.push(c);
        break;
      }
    }
  }
  return out;
}

/** "Nuku'alofa, Tonga": a place of one to four capitalised words, a comma and a country's name, alone on a line. */
const PLACE_LINE_RE =
  /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}), (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})$/u;

/**
 * A page's place line opening a story with no dateline ("Nuku'alofa, Tonga", in the paper's own case, over the lede):
 * it says where the story is told from, as a dateline does, and is no sentence of the story (no lede). The article
 * with that dateline and the story without the line; else null. (A city, not a country, after the comma — "The
 * Kremlin, Moscow" — names a building, not the story's place.)
 */
function placeLineDateline(article: ParsedArticle, paragraphs: readonly string[]): ParsedArticle | null {
  const line = paragraphs[0];
  if (article.dateline !== null || line === undefined || line.length > 48 || paragraphs.length < 2)
    return null;
  const m = PLACE_LINE_RE.exec(line);
  if (
    !m ||
    !countryNames.has((m[2] as string).toLowerCase()) ||
    countryNames.has((m[1] as string).toLowerCase())
  )
    return null;
  return { ...article, dateline: { place: line, date: null }, paragraphs: paragraphs.slice(1) };
}

export function extractEntities(parsed: ParsedArticle, knowledge: Knowledge): Extraction {
  let article = parsed;
  let paragraphs = article.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    // Copy only when a paragraph is dropped (rare).
    if (isChrome(paragraphs[i] as string)) {
      paragraphs = article.paragraphs.filter((p) => !isChrome(p));
      break;
    }
  }
  // A factbox's items open with a label in capitals ("OPENING: "), no word of their sentences.
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as string;
    const bare = withoutCapsLabel(p);
    if (bare !== p) {
      if (paragraphs === article.paragraphs) paragraphs = [...paragraphs];
      paragraphs[i] = bare;
    }
  }
  // A file whose line 1 held the lede: make sure the lede is read as story text.
  if (article.titleDerived && article.title) {
    const probe = article.title.slice(0, 40);
    if (!paragraphs.some((p) => p.includes(probe))) paragraphs = [article.title, ...paragraphs];
  }
  const placed = placeLineDateline(article, paragraphs);
  if (placed) {
    article = placed;
    paragraphs = placed.paragraphs;
  }
  const named = captionsNamingOthers(article.captions, paragraphs);
  // Organisations and places are the story's own: they are read without the captions (rarely tokenised twice).
  const storyDoc = named.length ? tokenize(paragraphs) : null;
  if (named.length) paragraphs = [...paragraphs, ...named];
  const doc = tokenize(paragraphs);
  const notPeople = notPeopleKeys(knowledge);
  const people: PersonRecord[] = [];
  const mentions: Mention[] = [];
  findPeople(doc, knowledge, notPeople, people, mentions, article.dateline?.place);
  ladyStageNames(doc.tokens, people, mentions);
  mergeSpouseFullNames(people, mentions);
  mergeReversedNames(people, mentions);
  surnameToNamedThrough(doc.tokens, people);
  ladyGivenNames(doc.tokens, people, mentions);
  dropClauseRoles(people);
  dropEmployerNames(people, mentions);
  if (article.captions.length > 0) completeNamesFromCaptions(article.captions, people, knowledge, notPeople);
  referredRoles(doc, people, mentions);
  acronymedBodyRoles(doc, people, mentions);
  respectiveOffices(doc, people);
  dropSenatorStyles(doc.tokens, people);
  const titleDoc = article.titleDerived || !article.title ? null : tokenize([article.title]);
  if (titleDoc) findTitleMentions(titleDoc, people);
  if (titleDoc) findHeadlineOnlyPeople(titleDoc, doc, people, notPeople);
  if (titleDoc) findHeadlineList(titleDoc, doc, people, notPeople);
  if (titleDoc) mergeBirthNames(doc, people, mentions);
  // "… Pardon to Two U.S. Journalists" over "the two journalists, X and Y": the headline's group, of its country.
  const group = titleDoc ? headlineGroupMembers(article.title, doc, people) : null;
  if (group)
    for (const [p, country] of group)
      if (country !== null && !p.countrySettled) {
        p.country = country;
        p.countrySettled = true;
      }
  resolvePronouns(doc, people, mentions);
  addHanAliases(doc, people);
  const ledeSubject = ledeTitleSubject(doc, people);
  decideParticipants(doc, people, article);
  if (ledeSubject && !ledeSubject.spokesperson) ledeSubject.participant = true;
  joinDelegations(people);
  describedSubjectCountry(doc, people);
  describedLateLeaderCountry(doc, people);
  describedEnvoyCountry(doc, people);
  decideCountries(doc, people, mentions, article, titleDoc);
  possessorCountries(doc.tokens, people, mentions);
  // After the countries: a side's negotiator joins the talks a compatriot takes part in.
  joinNegotiators(people);
  describedSpouseRoles(doc, people);
  describedLeaderRoles(doc, people);
  describedStateOfficeRoles(doc, people);
  pronounSubjectRoles(doc, people, mentions);
  dropPersonPossessors(people);
  if (titleDoc) for (const p of headlineOfficeHolders(article.title, people)) p.participant = true;
  if (titleDoc) for (const p of headlineEnvoys(article.title, people)) p.participant = true;
  if (group) for (const p of group.keys()) p.participant = true;
  // Known people fill what the text leaves open.
  for (const p of people) {
    if (!p.known) continue;
    if (p.country === null && !p.international && p.known.country) p.country = p.known.country;
    if (p.roles.length === 0) p.roles.push(...(p.known.roles ?? []));
  }

  const order = people
    .map((p, i) => ({ p, i, pos: firstSeen(p) }))
    .sort((a, b) => a.pos - b.pos || a.i - b.i);
  // "Chaudhry Sarwar" after "Chaudhry Muhammad Sarwar": one person, whatever other files the folder holds.
  const variants = sameArticleVariants(doc.tokens, people);
  // A loop rather than flatMap, whose generic flattening cost more than the rest of this step.
  const out: Extraction['people'] = [];
  const outOf = variants.size > 0 ? new Map<PersonRecord, Extraction['people'][number]>() : null;
  for (const { p } of order) {
    const person = {
      name: p.name,
      aliases: p.aliases,
      roles: p.roles,
      // Never an empty country: the steps that read a nationality from the lexicon ("his Korean and Japanese
      // counterparts, X and Y", "the Georgian and Armenian prime ministers X and Y") settle its '' (ambiguous:
      // which Korea?) as they would a country, so no later step guesses one; the reader gets none.
      country: p.country || null,
      participant: p.participant,
    };
    const named = p.tokens.length > 2 ? p.mentions.find((m) => m.kind !== 'pronoun') : undefined;
    const sentence = named && doc.sentences[named.sent];
    const pair = sentence ? doublesPair(p.tokens, doc.tokens, sentence) : null;
    if (pair) for (const name of pair) out.push({ ...person, name, aliases: [] });
    else {
      out.push(person);
      outOf?.set(p, person);
    }
  }
  if (outOf) joinVariants(out, outOf, variants, order);
  const { organizations, places } = storyDoc
    ? extractOrganizationsAndPlaces(
        storyDoc,
        titleDoc,
        article,
        people,
        mentions.filter((m) => m.end <= storyDoc.tokens.length),
      )
    : extractOrganizationsAndPlaces(doc, titleDoc, article, people, mentions);
  if (article.captions.length > 0) captionVenues(article, people, organizations, places);
  return { people: out, organizations, places };
}

/** Lower case, letters and digits only: a name's form for telling whether the story's names hold a caption's. */
const looseForm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * "Xi Jinping holds talks with X at the Great Hall of the People in Beijing, … (Xinhua/…)": a venue a photo caption
 * names and the story does not is the article's place too (the golds list it). Only venues are taken — names of two
 * words or more with a word that heads a place's name ("Hall", "Airport", "Palace") —, read from the captions on
 * their own after the story: the captions' people are the story's, their other names too often a headline's shorthand.
 */
function captionVenues(
  article: ParsedArticle,
  people: PersonRecord[],
  organizations: readonly string[],
  places: string[],
): void {
  const found = extractOrganizationsAndPlaces(
    tokenize([...article.captions]),
    null,
    article,
    people,
    [],
  ).places;
  let known: string[] | null = null;
  for (const place of found) {
    if (!place.includes(' ') || !place.split(' ').some((w) => placeHeads.has(w.toLowerCase()))) continue;
    known ??= [...organizations, ...places].map(looseForm);
    const key = looseForm(place);
    if (known.some((k) => k.includes(key) || key.includes(k))) continue;
    places.push(place);
    known.push(key);
  }
}

/**
 * Each person a shorter form or another spelling of their name in the same article named joins the person of the
 * fuller form: the form becomes an alias, its roles are added, its country fills one not known, and either's
 * participation counts. Arrays are copied: the records are still read after this (organisations and places).
 */
function joinVariants(
  out: Extraction['people'],
  outOf: Map<PersonRecord, Extraction['people'][number]>,
  variants: Map<PersonRecord, PersonRecord>,
  order: readonly { p: PersonRecord }[],
): void {
  const joined = new Set<Extraction['people'][number]>();
  for (const { p } of order) {
    const target = variants.get(p);
    const person = target && outOf.get(target);
    const variant = outOf.get(p);
    if (!person || !variant) continue;
    person.aliases = [...person.aliases];
    for (const form of [variant.name, ...variant.aliases])
      if (form !== person.name && !person.aliases.includes(form)) person.aliases.push(form);
    person.roles = [...person.roles];
    for (const role of variant.roles) if (!person.roles.includes(role)) person.roles.push(role);
    person.country ??= variant.country;
    person.participant ||= variant.participant;
    joined.add(variant);
  }
  if (joined.size === 0) return;
  let w = 0;
  for (const person of out) if (!joined.has(person)) out[w++] = person;
  out.length = w;
}

/**
 * "Ambassador Hùng" in a story whose photo caption reads "Vietnamese Ambassador to Laos Nguyễn Bá Hùng speaks …": a
 * person the story names by one word is the one person of the captions whose full name opens or closes with it, and
 * takes that full name (the word stays an alias) and the caption's titles for them. One the story names in full with no
 * title takes the caption's titles for the same name. Captions are read only when someone is named by one word or
 * with no title.
 */
function completeNamesFromCaptions(
  captions: readonly string[],
  people: PersonRecord[],
  knowledge: Knowledge,
  notPeople: Set<string>,
): void {
  const single = people.filter((p) => p.tokens.length === 1 && !p.known);
  // "Palau's Foreign Minister Ana Rivel speaks at the plenary …" above a story that names "Ana Rivel" with no title:
  // the caption's titles are the only ones the page gives them.
  const untitled = people.filter((p) => p.tokens.length >= 2 && p.roles.length === 0 && !p.known);
  if (single.length === 0 && untitled.length === 0) return;
  const found: PersonRecord[] = [];
  const captionDoc = tokenize([...captions]);
  findPeople(captionDoc, knowledge, notPeople, found, []);
  for (const p of untitled) {
    const c = found.find((o) => o.name === p.name);
    if (!c || c.roles.length === 0) continue;
    p.roles.push(...c.roles);
    // The country the caption's title names ("Palau's"), read there, as a title in the story would be (rule 1).
    const span = c.roleSpans[0];
    const country = span ? roleSpanCountry(captionDoc.tokens, span) : null;
    if (country !== null) {
      p.country = country;
      p.countrySettled = true;
    }
  }
  for (const p of single) {
    const word = (p.tokens[0] as string).toLowerCase();
    const full = found.filter(
      (c) =>
        c.tokens.length >= 2 &&
        ((c.tokens[0] as string).toLowerCase() === word ||
          (c.tokens[c.tokens.length - 1] as string).toLowerCase() === word),
    );
    if (full.length !== 1 || people.some((o) => o.name === (full[0] as PersonRecord).name)) continue;
    const c = full[0] as PersonRecord;
    if (!p.aliases.includes(p.name)) p.aliases.push(p.name);
    p.name = c.name;
    p.tokens = [...c.tokens];
    // The caption's title for them ("Vietnamese Ambassador to Laos") says more than the story's bare one.
    for (const r of c.roles) if (!p.roles.includes(r)) p.roles.unshift(r);
  }
}
