// Each person's country, decided from their roles, the text around their mentions, the headline and the dateline;
// see RULES.md here ("The rules").
import type { ParsedArticle } from '../parse-article.ts';
import {
  placeDeputies,
  placeSuccessors,
  placeBareOfficesOfOneSide,
  placeBareOfficesOfTwoSides,
  placeDescribedLead,
  placeByHeadlineSides,
  placeOfficersOfNationalBodies,
  placeOfficesByDateline,
  placeFellowOfficers,
  placeOfficesByHeadlineSides,
  placeByInauguration,
  placeDomesticStory,
  placeCalendarHighlight,
  placeByBirthplace,
  placeDigestItemOffices,
  foldSpecialRegionsIntoChina,
  foldRepublicsIntoUnionOfTheTime,
  settleUsPartyMembers,
} from './country-steps-defaults.ts';
import {
  adoptSignersHome,
  settleByRoles,
  settlePopesByRegnalName,
  placeByHeadlinePossessive,
  settleAidesOfInternationalOfficials,
  settlePredecessorsOfInternationalOfficials,
  settlePredecessorsOfEnvoys,
  settleElectByIncomingGovernment,
  settleByBurmeseStyle,
  settleByIndianHonorific,
  settleByBengaliStyle,
  settleByRulingHouse,
  settleMayorsByCity,
  settleSpecialRegionOfficers,
  settleByUsOfficeShorthand,
  settleLateMonarchsByThrone,
  settleCrewsByCraft,
  settleCommandersOfHeadlineVessel,
} from './country-steps-roles.ts';
import {
  placeByNationalityNoun,
  placeByCounterpartDemonym,
  placeBareLeadersBesideForeignOnes,
  placeByCounterpartNationality,
  placeOtherSideOfCounterpart,
  placeByHandover,
  placeByAdviserServed,
  placeAidesByPrincipal,
  settleAidesOfSettledPrincipals,
  placeRelativesOfPlaced,
  placeLeadersSpouses,
  placeRoyalCouples,
  settleRoyalConsorts,
  settleColonialCrown,
  settleLeadersSpousesInOrder,
  placeNamesakesLeft,
  placeTravelCompanions,
  placeCompanionsListedAfter,
  placeDelegationMembers,
  placeSummonersOfEnvoys,
  settleListedNationals,
  settleBySharedNationality,
  placeByNewHome,
  settleMembersOfCountedGroup,
  settleOfficersOfBusinessGroup,
  settleSpeakersFromSeat,
  settleByStatedCitizenship,
  settleByNationalSidePlayedFor,
  settleMembersOfInternationalBody,
  settleBenchOfInternationalCourt,
} from './country-steps-groups.ts';
import { settleBySideBodies } from './country-steps-sides.ts';
import { settleByDescribedOffice } from './country-steps-described.ts';
import { settleByDescribedStateBody } from './country-steps-bodies.ts';
import { placeGreetingBearers } from './country-steps-greetings.ts';
import { placeSalutedLeaders } from './country-steps-salutations.ts';
import {
  placeByHomeCity,
  placeByStoryContext,
  placeOfficeRelationsLeft,
  placeSharedClauseSubjects,
  placePresidentsSpouses,
  settleBareKoreansAtHome,
  placeAidesOfTitledPrincipals,
  settleHostsMetInTheCapital,
} from './country-steps-story.ts';
import { countryStory } from './country-story.ts';
import { setOfficeYear } from './office-countries.ts';
import type { Mention, PersonRecord } from './person-record.ts';
import type { TokenizedText } from './tokenize.ts';

/**
 * The steps in order, numbered as their comments number the rules. A step that "settles" a person fixes their
 * country for every later step; one that "places" them gives a country to those the steps before left without one
 * (rules 2–7: to everyone not settled). Each step's comment says why it sits where it does; a new rule goes where
 * the evidence it weighs outranks the steps after it.
 */
export function decideCountries(
  doc: TokenizedText,
  people: PersonRecord[],
  mentions: Mention[],
  article: ParsedArticle,
  titleDoc: TokenizedText | null,
): void {
  // "the Prime Minister, Dr. X" in Accra in 1957: which offices a country has is asked of the story's year.
  setOfficeYear(article.date);
  const story = countryStory(doc, people, mentions, article, titleDoc);
  settleMembersOfInternationalBody(story);
  // Likewise before the roles: "Judge X of Ghana" on a tribunal of states sits for it, not for Ghana.
  settleBenchOfInternationalCourt(story);
  // Before the role words, which read "Union Minister" as India's: a Burmese style names Myanmar's.
  settleByBurmeseStyle(story);
  settleByRoles(story); // 1
  // Right after 1, which places a statement's signer by their title: their government is the page's home.
  adoptSignersHome(story);
  // Right after 1, which settles the living monarch by "Sultan of Oman": a late one by the bare title is of that throne.
  settleLateMonarchsByThrone(story);
  settlePopesByRegnalName(story);
  // Before the outlet's and the dateline's defaults: "Vyom commander X" of "the Indian spacecraft Vyom".
  settleCrewsByCraft(story);
  // Beside the crews: "US aircraft carrier makes port call …" gives the ship's and its group's commanders.
  settleCommandersOfHeadlineVessel(story);
  settleMayorsByCity(story);
  // Beside the mayors: Hong Kong's "Chief Executive X" in the region's own outlet, before the sentence's countries.
  settleSpecialRegionOfficers(story);
  // Beside the mayors: a pool report's "VPOTUS (Vice President X)" is the U.S. office, before the dateline's defaults.
  settleByUsOfficeShorthand(story);
  settleAidesOfSettledPrincipals(story);
  placeByHeadlinePossessive(story);
  settleAidesOfInternationalOfficials(story);
  settlePredecessorsOfInternationalOfficials(story);
  settlePredecessorsOfEnvoys(story);
  settleElectByIncomingGovernment(story);
  settleByStatedCitizenship(story);
  // Beside the stated citizenship: "chose to play for the United States", over a relative's country.
  settleByNationalSidePlayedFor(story);
  settleListedNationals(story);
  settleBySharedNationality(story);
  settleMembersOfCountedGroup(story);
  settleBySideBodies(story);
  settleByIndianHonorific(story);
  settleByBengaliStyle(story);
  settleByRulingHouse(story);
  settleOfficersOfBusinessGroup(story);
  // Beside the business group's officers: "X, chief executive of Y, Norland's state oil company," is Norland's.
  settleByDescribedStateBody(story);
  settleSpeakersFromSeat(story);
  settleUsPartyMembers(story);
  placeDigestItemOffices(story); // 1b
  settleLeadersSpousesInOrder(story);
  // Before 2–7, which read the nationalities listed around a bare office: "the Iranian president" elsewhere.
  settleByDescribedOffice(story);
  // Before 2–7, which read the host's country around a visiting royal couple: the consort of "Britain's King X".
  settleRoyalConsorts(story);
  // Beside the consorts: a colony's bare-titled monarch is the colonial power's ("the British colony … Queen X").
  settleColonialCrown(story);
  // Before 2–7, which read a "North Korean" in the sentence: a Yonhap story's bare offices are the South's.
  settleBareKoreansAtHome(story);
  // Before 2–7, which give a bare office the outlet's home: one met "in the Malaysian capital" is the host's.
  settleHostsMetInTheCapital(story);
  // Before 2–7, which read the sentence's destination: "Mrs. X arrived in Beijing, accompanied by her mother, Y" is
  // of Mrs. X's side (asked again after 2–7 with the travel companions, for subjects those rules place).
  placeCompanionsListedAfter(story);
  placeByStoryContext(story); // 2–7
  // Right after 2–7: a plural clause after "X and Y" read Y's country; X, left unplaced, shares it.
  placeSharedClauseSubjects(story);
  // Right after 2–7, which place everyone not settled: for those they leave without a country, the lede's list of
  // states in the salutations' order.
  placeSalutedLeaders(story);
  // After 2–7, which read the host's country around a visitor: one conveying their leader's greetings is the leader's.
  placeGreetingBearers(story);
  placeTravelCompanions(story);
  placeDelegationMembers(story);
  placeByNationalityNoun(story);
  placeByCounterpartDemonym(story);
  placeByCounterpartNationality(story);
  placeByAdviserServed(story);
  placeAidesByPrincipal(story);
  placeRelativesOfPlaced(story);
  placeLeadersSpouses(story);
  placeRoyalCouples(story);
  // Before the bare-office defaults (7a–12), which read the envoy's country as the story's one side.
  placeSummonersOfEnvoys(story);
  placeDeputies(story); // 7a
  placeSuccessors(story); // 7b
  placeBareLeadersBesideForeignOnes(story);
  placeBareOfficesOfOneSide(story); // 8
  placeBareOfficesOfTwoSides(story); // 8b
  placeDescribedLead(story); // 9
  placeByHeadlineSides(story); // 10, 11
  placeOfficersOfNationalBodies(story); // 11b
  placeOfficesByDateline(story); // 12
  // After 12, which places a bare "President X": "First lady Y X" left unplaced until he was, by him.
  placePresidentsSpouses(story);
  // Likewise: "the President's national security adviser, X", left unplaced until "President Y" was, by him.
  placeAidesOfTitledPrincipals(story);
  placeFellowOfficers(story); // 12a
  placeOfficesByHeadlineSides(story); // 12b
  placeByInauguration(story); // 12d
  // Before 12c, which would make one born elsewhere a local of a domestic story.
  placeByBirthplace(story); // 12d'
  placeDomesticStory(story); // 12c
  placeCalendarHighlight(story); // 12e
  // After the defaults (8–12e), which may place the one a relative is named through only now ("their daughter, X"
  // of a president and a first lady placed by the dateline): the relative shares that country.
  placeRelativesOfPlaced(story);
  placeOtherSideOfCounterpart(story);
  placeByHandover(story);
  placeByHomeCity(story);
  placeByNewHome(story);
  placeNamesakesLeft(story);
  placeOfficeRelationsLeft(story);
  foldSpecialRegionsIntoChina(story); // 13
  // Last, over whatever placed them: a republic of a union that still stood is the union's (13a).
  foldRepublicsIntoUnionOfTheTime(story);
}
