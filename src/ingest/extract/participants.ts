// Who took part in the main event: evidence-based. A person is a participant when the headline names
// them, when the lede sentence does, when a sentence reporting participation ("held talks", "attended",
// "by video link", "led by") names them, or when they speak at the event — unless that sentence is about
// another time (an earlier meeting, a past year, another weekday or month, "before the meeting") or the
// mention itself is negated ("on behalf of", "an initiative of", "is also absent", "his father,"). Time
// markers and evidence are scoped to a clause: a relative clause or appositive after a name is judged apart
// from the rest of its sentence.
import type { Mention, PersonRecord } from './person-record.ts';
import type { ParsedArticle } from '../parse-article.ts';
import {
  APPOINT_VERBS,
  TITLE_LINK_WORDS,
  OF_FOR_AND,
  HE_SHE,
  THIRD_POSSESSIVES,
  cityNames,
  countryNames,
  demonymCountry,
  isFunctionWord,
  isGazetteerPlace,
  orgHeads,
  QUESTION_WORDS,
  reportingVerbs,
  verbWords,
  ARTICLE_WORDS,
} from './lexicon.ts';
import { cityCountry, datelineCity, findCountries } from './countries.ts';
import { NAME_SUFFIXES, POSSESSIVE_MARKS, lowerTitleStart } from './names.ts';
import {
  INTERNATIONAL_NGO_RE,
  ofInternationalNgo,
  personalTies,
  relationWords,
  titleHeads,
  titleModifiers,
} from './roles.ts';
import { bareTitle } from './one-holder-offices.ts';
import { broadcastClause } from './broadcast-clause.ts';
import { LetterPairs, pairsOf } from './letter-pairs.ts';
import { CLOSING_QUOTES, WEEKDAYS, type Token, type TokenizedText } from './tokenize.ts';
import { RareSearch } from './rare-search.ts';
import { keyedAlternatives } from './keyed-alternatives.ts';
import { COUNTRIES_LISTED_CUE, WHICH_CUE, WHOSE_CUE, storyCues } from './story-cues.ts';
import { CENTURIES_AGO, HAS_YEAR, YEAR, YEAR_IN_TEXT } from './years.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, monthIndex } from './months.ts';
import { LIVING_SPOUSES } from './spouse-names.ts';

// Words that report taking part. "accepted the prize on their behalf" is taking part in the ceremony; "a book
// written together with X" names a co-author, not a companion at the event.
// "the team held discussions with X": as "held talks with".
// "in front of around 800 guests": whoever the clause names did it before the event's audience; one who "sat in the
// front row" (or "sat together in the front row: A, B and C") or "applauded as the result was read out" was there. "Reps. A and B also made the trip": they went along.
// "told reporters at the venue": said there; "Foreign Minister X read a message from …": delivered it at the event;
// "A and B read out a joint statement": the two sides voiced the outcome there (not one read "on television").
// "proposed a toast to the king and Queen X": at the banquet, to those at the table.
// "Among the Americans in the hall were X and Y": in the audience of the concert (or the debate) reported.
// "Also seated at the table were the leaders of A, X, and B, Y": with the hosts at the summit's table.
// "Nicaragua, speaking through X (Nicaragua), objected": a negotiations bulletin's delegate, speaking in the session.
// "who shuttled between the two camps for most of the night": a go-between at the talks; "opened the plenary", "led
// the working sessions": at the conference.
// "X was flanked at the conference table by A, B and C"; "Across from them sat A; B; …": at the table.
// "an agreement exchanged by X and Y", "X and Y exchanged the signed documents": at the signing the leaders witnessed.
// "X appeared on stage at the forum alongside Y": both at it.
// "With him were X and Y", "On the Chinese side were …", "Facing them across the table were …", "sat alone with their
// interpreters": those at the table; "spoke at the graveside", "stood a few yards from X": at the funeral;
// "sat a few seats away from X", "sat two places away from the premier": at the table; "Y sat at X's side on the
// podium": beside the one sworn in, as "at his side" was; "sat at Mr. X's right throughout the talks": at the table.
// "sat in the gallery with the Egyptian party": in the chamber's gallery; "Opposition leader X also spoke, telling Y …":
// a further speaker of the session. "X signed last. He was followed by Sen. A and Sen. B": the next to do it in turn
// (not one's son or successor, "followed by his son", who comes after in another time).
// "X gave a farewell banquet in the Exhibition Hall in honour of President Y": the host of the guest's meal.
// "the fight against it led by President X": a cause someone leads is no event they are at; nor is "an amendment led
// by X" (a rebellion, a petition, a lawsuit): what they lead is a cause, not the event.
// "X and Y were among the leaders around the table": at it; "put their signatures to the agreement": signed it;
// "X and Y held a joint press conference": side by side at the event; "A, B and C adopted a joint statement": its
// authors, at the talks it closed (one who "issued" one may have done so elsewhere, "At the same time, in Kabul").
// "A passed the Olympic flag to B, who in turn gave it to C": a flag, a torch or a baton passes from hand to hand.
// "captain X, who handed him the trophy": handed it to the one receiving the team, there.
// "the king, who is making a three-day state visit with Queen X,": the one the visit is made with came along.
// "The ministers were sworn in later in the day, among them X", "was then formally appointed by President Y": a new
// government's oaths and appointment on the day it was elected.
// "Vice President X, presiding over the chamber, read out the tally", "Y also voted no": a vote's chair and voters.
// "leaving Secretary of State X to lead the mediation in his absence", "envoy Y had shuttled between the two
// delegations' cabins for much of the summit": a mediator at the talks.
// "Secretary Y presented a summary of the working group's meetings": a report made to the meeting.
// "X, who was on the tarmac when the two men were exchanged", "Y stood at the eastern end of the bridge", "Z, who had
// been waiting for him on the Western side": at the scene of a handover.
// "X was accompanied in the talks by Y and Z", "A and B sat on Tobin's side of the table" (or "sat at the council
// table"), "C interpreted for the vice premier": at the table.
// "Present there was X, minister of …": Pyongyang's agency's line of those present at a reception. "The summit was held
// under the chairmanship of President X", "continued with the participation of the delegations, including Y": the
// chair and the delegations' members.
// "X, the bloc's chair, brokered the meeting with Y", "the ministers were sworn in one by one before Speaker Z": those
// who brought the sides together that day, and the one an oath is taken before ("X, who brokered the meeting, said …"
// recalls how it came about, and places no one there).
// "…, while Saudi Arabia sent its foreign minister, X": the one a country sends to the event is there for it.
// "The king also had words for A, … and joked with B": the host's words to a guest in the room.
// "The meeting between X and his Indian counterpart Y was kept under wraps": the sides of the meeting reported, as
// the sentence's subject (not "He highlighted the outcomes of the talks between X and Y on December 12").
export const CUE =
  /\b(?:held (?:talks|a (?:phone|telephone|video) (?:call|conversation|talk)|(?:an?|the) (?:\w+ )?(?:meeting|ceremony|summit|dialogue|call))|(?:were|was) (?:also )?on the ballot|(?:other|rival|presidential) candidates,? (?:among them|including|were|are|included)|posed for (?:a|the) (?:[\w-]+ )?(?:family |group )?photo|observed (?:the |a )?(?:[\w-]+ ){0,3}(?:drills?|exercises?|parade|demonstration|rehearsal|maneuvers|manoeuvres)|holds? talks|talks with|^The (?:[\w-]+ )?(?:meeting|talks) between|(?:held|holds|holding) (?:[\w-]+ )?discussions with|exchanged views|met with|met|meets|hosted|hosts|hosting|attended|attends|attending|signed|co-chaired|chaired|chairs|presided|presid(?:es|ing) over|under the (?:co-)?chairmanship of|with the participation of|(?:brought|brings|bring|bringing) down the gavel|opened the (?:[\w'’-]+ ){0,2}(?:meeting|session|sitting|plenary|debate|summit|conference|forum|gathering|high-level week|talks|negotiations|consultations)|declared the (?:[\w'’-]+ ){1,3}(?:open|opened|closed)|(?<!(?:that|which) )(?:took|takes) part|taking part|participated|represented|(?<!now )(?<!(?:squad|side|club) )(?<!\b(?:fight|campaign|war|struggle|battle|crusade|drive)(?: (?:against|on)(?: [\w'’-]+){1,3})? )(?<!\b(?:amendment|rebellion|revolt|petition|lawsuit) )led by|(?<!now )headed by|(?:leading|led|to lead) (?:the|his|her|their|its|an?) (?:[\w'’-]+ ){0,3}(?:delegations?|team|talks|negotiations|mediation|meeting|summit|mission|visit|side|sessions?|ceremony|parade|prayers?|discussions?|dialogue|mourners|procession|cortege|cortège)|sat in on|sat in(?=\s*[.;,])|(?:telephoned|phoned|called) (?:[\w.'’-]+ ){1,12}?(?:(?:several|many|three|four|five) times |repeatedly |twice )?(?:overnight|through the night|during the (?:talks|negotiations))(?! to (?:congratulate|thank|offer|express|convey))|(?:also )?made the (?:[\w-]+ )?trip|phone (?:call|talk|conversation)|telephone (?:call|talk|conversation)|video link|video call|via video|in the presence of|oaths? (?:of (?:office|allegiance) )?(?:was |were )?taken before|(?:was|were|is|are) (?:also |both |all )?present|present at|(?:also )?present (?:there )?(?:(?:in|at) (?:the )?(?:[\w'’-]+ ){1,3})?(?:from the (?:[\w'’-]+ ){1,2}side )?(?:were|was)|(?:took|takes|taking|take) over (?:the )?(?:[\w-]+ ){0,3}(?:chairmanship|presidency|chair)|(?:was|were|is|are) (?:re-)?elected|(?:leaders|delegates|members|lawmakers|assembly|parliament|council) (?:re-)?elected|told the (?:(?:opening|closing|plenary|final|first|inaugural) )?(?:assembly|summit|meeting|conference|forum|session|gathering|delegates|plenary|chamber|house|parliament|senate|congress|Dáil|Dail|Seanad|Knesset|Duma|Bundestag|Sejm|Majlis|Diet|Lok Sabha|Rajya Sabha|Commons|Lords)|(?:sat|sits|served|serves) on (?:the|this year['’]s) (?:[\w'’-]+ )?(?:jury|panel)|told (?:a|the) (?:closing|final|concluding) (?:news|press) conference|said in (?:his|her|their) (?:opening |keynote |closing )?address(?! (?:to|at|in|on) (?!the (?:conference|meeting|session|summit|assembly|plenary)))|(?:was|were|is|are) (?:also )?(?:in|part of|among|a member of|members of) the (?:[\w.'’-]+ ){0,2}delegation|(?:was|were) (?:also )?in the audience|negotiated (?:face[- ]to[- ]face )?with|(?:secluded|closeted|sequestered) (?:together )?(?:with|in)\b|shuttled between the (?:[\w-]+ ){0,3}(?:delegations|sides|parties|camps)['’]?(?: [\w-]+)? (?:for|during|throughout) (?:much of |most of |all of )?the (?:summit|talks|negotiations|conference|night)|(?:was|were) (?:also )?in the room\b|\bat the (?:[\w-]+ )?table (?:were|was)\b|speaking through|(?:said|spoke) at the (?:opening|closing|final|plenary) (?:meeting|session|ceremony)|accompanied by|accompanying (?:the|him|her|them) (?:[\w-]+ ){0,2}(?:were|was)\b|accompanied (?:at|to|in) the (?:[\w-]+ ){0,2}(?:table|talks|meeting) by|sat (?:on|at) (?:the|[A-Z][\w-]+['’]s) (?:[\w-]+ )?side of the table|sat at the (?:[\w-]+ )?table|interpreted for|sat (?:down |alone )?with|(?:\bwith (?:him|her|them|the(?: [\w'’-]+){1,2})|\bon the (?:[\w.'’-]+ ){1,2}side|\bfacing (?:him|her|them)\b[^.;]{0,50}) (?:were|was)|spoke in favou?r of|accompanied (?:the|his|her|their) (?:president|prime minister|premier|leader|king|queen|crown prince|emir|amir|sultan|emperor|empress|monarch|pope|pontiff|patriarch|head of state|delegation|mayor|governor|speaker|senator)|put (?:his|her|their) (?:signatures?|names?) (?:to|on)|(?:held|gave) (?:a|their) joint (?:press|news) conference|adopted (?:a|their) joint (?:statement|declaration|communiqu[eé])|initial(?:l)?ed (?:the|a) (?:[\w'’-]+ ){0,2}(?:text|agreement|deal|accord|treaty|draft)|(?:was|were) initial(?:l)?ed\b|handed (?:[\w'’-]+ )?the (?:[\w-]+ )?(?:sash|baton|sword|instruments? of (?:power|office))|followed the (?:ceremony|proceedings|swearing-in|inauguration|speech|address|debate) from the|(?:was|were) (?:then |also )?sworn in later (?:in|that) (?:the )?day|(?:was|were) (?:then )?formally appointed by|welcomed|greeted|hugged|(?:fell|falls|falling) into the arms of|(?:stood|waited|waiting|was waiting|were waiting|was|were) (?:[\w'’-]+ ){0,3}on the tarmac|(?:on|at) the (?:pier|quay|quayside|dockside|wharf|jetty)|(?:was|were) (?:also )?(?:at|on) the (?:[\w-]+ ){0,2}(?:airport|tarmac|runway|bridge|border crossing|gangway) to (?:welcome|greet|meet|receive)|(?:had been |was |were )?waiting for (?:him|her|them) (?:on|at) the (?:[\w'’-]+ ){0,2}(?:side|end|foot|tarmac|airport|bridge|border|crossing|gates?|door|steps)\b|(?:stood|waited) (?:[\w'’-]+ ){0,2}at the (?:[\w'’-]+ ){0,2}(?:end|foot|edge|head|entrance|gates?|door) of the (?:[\w'’-]+ ){0,2}(?:bridge|ramp|steps|stairs|gangway|runway|tarmac|border crossing|crossing)|(?:stepped|came|walked) (?:off|down from) (?:the|a|an|his|her|their) (?:[\w.'’-]+ ){0,3}(?:plane|aircraft|jet|airliner)|(?:was|were) (?:also )?(?:on|aboard) the (?:[\w-]+ )?(?:plane|flight|aircraft) with|handed over|handed [\w'’-]+ (?:a|an|the) (?:[\w'’-]+ ){0,2}(?:letter|message|invitation|gift)s?|addressed the|received|witnessed|joined|shook hands|embraced|joked with|had (?:a few |kind |warm |special )?words for|(?<!after the )ceremony|swore (?:(?:him|her|them) )?in|swears (?:(?:him|her|them) )?in|(?:sat|stood|stayed) (?:[\w'’-]+ ){0,4}(?:next to|beside|alongside|across from|opposite|between (?:them|the two (?:men|women|leaders|presidents|ministers|signatories|signers))\b)|appeared (?:on (?:the )?stage )?(?:at the (?:[\w'’-]+ ){1,2})?(?:alongside|beside|next to|with)\b|(?:was|were) seated (?:near|next to|beside|alongside|between)|(?:walked|came|went|stepped) (?:onto|on to) the (?:stage|podium|dais) with|hand (?:over )?the (?:[\w-]+ )?(?:trophy|cup|medals?)|handed (?:him|her|them) the (?:[\w-]+ )?(?:trophy|cup)|handed (?:him|her|them) (?:his|her|their|the) (?:[\w-]+ ){0,2}(?:certificate|decree|instrument)s? of (?:appointment|office)|handed the (?:president|prime minister|premier|governor|mayor)-elect (?:his|her|their|the) (?:[\w-]+ ){0,2}(?:certificate|credentials)|(?:sat|stood) (?:together )?in the (?:(?:centre|center|middle) of the )?(?:front|first|back) rows?|(?:watched|looked on) from the (?:front|first) rows?|(?:watched|followed) (?:it|the (?:[\w-]+ )?(?:ceremony|signing)) from the (?:[\w-]+ ){0,2}(?:side|back|gallery|balcony|floor) of the (?:hall|room|chamber)|(?:standing|stood) (?:just |directly )?behind (?:them|the (?:two |three |four )?(?:leaders|presidents|ministers|signatories|signers))(?: (?:were|was))?|(?:looked|looking) on(?! (?:from|in) (?:the )?(?:distance|afar|abroad|television|TV))|applauded (?:as|when) the|shar(?:ed|es|ing) (?:the )?(?:stage|dais|podium) with|(?:session|panel|stage|podium|dais),? which (?:he|she|they) shar(?:ed|es) with|made (?:his|her|their) debut|among the (?:[\w'’-]+ ){0,3}(?:guests|attendees|participants|dignitaries|mourners|congregation|worshippers)|among (?:(?:more than|some|about|around|over|nearly|almost) )?[\d,]+ (?:[\w'’-]+ ){0,2}(?:guests|attendees|participants|dignitaries|mourners|heads of state)|flanked at the (?:[\w-]+ )?table by|exchanged by|exchanged (?:the|their) (?:[\w-]+ ){0,2}(?:agreements?|documents?|memoranda|memorandums?|instruments|MoUs?|copies)\b|across (?:the table )?from (?:him|her|them) (?:sat|were|was)\b|flanked by (?:[\w.'’-]+ ){0,3}(?:president|prime minister|premier|chancellor|king|queen|leaders?|ministers?|counterparts?|heads? of (?:state|government))|among the (?:[\w'’-]+ ){0,2}(?:leaders|delegates|heads of (?:state|government)|ministers|officials|guests) (?:at|around the table|attending|present|in the (?:plenary|hall|chamber|audience|front rows?|galleries|gallery|stands)\b|who (?:attended|arrived (?:for|at)|spoke|addressed|paid (?:tribute|(?:their )?(?:last )?respects)|laid wreaths?))|among those (?:attending|present)|(?:was|were) (?:also )?on the (?:[\w'’-]+ ){0,2}guest list|among the (?:[\w'’-]+ ){1,2}in the (?:hall|audience|room|theatre|theater|auditorium|chamber|stands|arena|stadium)|brought together|(?:co-)?moderated by|(?:carried|carrying|carries) (?:the )?(?:\w+ )?(?:commander|astronauts?|cosmonauts?|taikonauts?|crew)|presented by|presented (?:a|the) (?:[\w-]+ ){0,2}(?:summary|overview|findings) of|presented (?:his|her|their|the) (?:[\w-]+ ){0,2}(?:credentials|letters? of credence)|lifted the (?:trophy|cup|title)|(?:handed|presented|gave|awarded) (?:(?:the|a) (?:[\w-]+ )?(?:trophy|cup|medals?|prizes?|awards?)|(?:the |their )?(?:[\w-]+ ){0,2}caps) to|(?:passed|handed|gave) (?:the (?:[\w'’-]+ ){0,2}(?:flag|torch|baton)|(?<=in turn \w+ )it) (?:on |over )?to|(?<!(?:written|co-written|compiled|edited) )together with|(?:accepted|received|collected) (?:the|an?) (?:[\w-]+ ){0,2}(?:prize|award|trophy|medal)|(?:travell?(?:ed|ing)|flew|flying|flies) (?:to [\w.'’-]+(?: [\w.'’-]+)? )?with|\bon an? (?:[\w-]+ ){0,3}visit with|(?:was|were) briefed by|briefed (?:the (?:visiting )?(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|crown prince|governor|visitors?|delegations?|leaders)|him|her|them) (?:on|about)\b|(?:trip|visit|delegation|entourage|side|team)(?: (?:at|to|for) the [\w'’-]+)?(?: (?:he|she|they) (?:is|are|was|were) (?:leading|heading))?(?:, [^,;.]+,)?(?:, which| that)? (?:also )?(?:would |will )?includ(?:ed|es|e)|showed (?:\w+ ){1,3}around|from the stands|watched the (?:[\w-]+ ){0,2}(?:launch|lift-?off|match|final|game|race|ceremony|parade|proceedings)(?! on (?:television|TV))|in the chamber|at the venue|at the graveside|(?:crowned|anointed|enthroned|consecrated) by|(?:was|were) (?:also )?(?:crowned|anointed|enthroned) in the same (?:service|ceremony|rite)|read (?:a|the) (?:[\w-]+ )?(?:lesson|reading|eulogy)|(?:stood|sat|was|were) at (?:his|her|their|[A-Z][\w-]+['’]s) side|(?:stood|sat) at (?:(?:Mr|Mrs|Ms|Dr)\. )?[A-Z][\w-]+['’]s (?:right|left)(?: hand)?|(?:gave|hosted|held) an? (?:[\w-]+ ){0,2}(?:banquet|dinner|luncheon|lunch|reception) (?:[\w'’-]+ ){0,5}in hono(?:u)?r of|^(?:He|She|They) (?:was|were) (?:then |in turn )?followed by(?! (?:his|her|their) (?:[\w-]+ )?(?:son|daughter|successor|brother|nephew|heir))|(?:sat|stood) (?:[\w'’-]+ ){0,2}in the (?:[\w'’-]+ ){0,3}(?:gallery|galleries)|also (?:spoke|addressed (?:it|them|the (?:[\w-]+ )?(?:session|meeting|summit|conference|assembly|gathering)))(?=\s*[,.;])|\bwith (?:his|her|their) (?:wife|husband|son|daughter|spouse) [^,;.]{3,40} at (?:his|her|their) side|^From (?:[\w'’-]+ ){1,3}came|watched from (?:a|the) (?:[\w-]+ )?(?:window|balcony)|left (?:shortly |soon |right |immediately )?after the (?:burial|funeral|ceremony|service|banquet)|(?:first|last) to sign|(?:stood|sat|is|are|was|were) (?:only |just )?(?:a few|several|some|a|two|three|four|five) (?:yards|feet|metres|meters|paces|steps|seats|rows|places|chairs) (?:away )?from|(?:proposed|raised|offered) a toast to|read (?:out )?(?:a|the|his|her|their) (?:[\w'’-]+ ){0,2}(?:message|statement(?! (?:on|over) (?:(?:state|national|public) )?(?:television|TV|radio)))|(?:followed|watched) the (?:voting|vote|count|debate) in the hall|(?:hand(?:ed)?|submit(?:ted)?|tender(?:ed)?|accept(?:ed)?) (?:his|her|their|the) resignation|stood in (?:as|for)\b|(?:was|were) (?:also )?(?:convicted|acquitted|sentenced|found guilty)|acquitted|voted (?:to|for|against|in favou?r|no|yes|nay|aye)|cast (?:his|her|their|the) (?:deciding |casting |decisive )?(?:ballots?|votes?)|(?:oversaw|supervised) the (?:count|vote|voting|election)|followed (?:his|her|the) vote|(?:won|received|secured|garnered|took) [\d,]+ (?:of the [\d,]+ )?votes|among the (?:[\w'’-]+ ){0,3}(?:candidates|contenders)|(?<!, )defeat(?:ed|s)|(?:motion|resolution)s? (?:[\w'’-]+ ){0,4}(?:had been |was |were )?(?:moved|seconded|tabled) by|(?:moved|seconded|tabled) (?:a|the) (?:[\w'’-]+ )?(?:motion|resolution)|declared (?:[\w.'’-]+ ){1,3}(?:duly )?elected|escorted|in front of (?:(?:some|around|about|nearly|over|more than|an?|the) )?(?:[\d,]+ |thousands of |hundreds of )?(?:[\w'’-]+ ){0,2}(?:guests|audience|crowd|mourners|attendees|spectators|fans|people)|(?:other )?members of the (?:panel|committee|board|commission|council|jury) (?:are|were|include|included)|\b(?:its|their) (?:other )?members (?:are|were|include|included)|(?:stand|stands|stood|standing) (?:[\w'’-]+ ){0,2}(?:by|beside|next to|near) the (?:[\w-]+ )?(?:coffin|casket|bier|grave|catafalque)|listen(?:s|ed|ing)? to the (?:[\w-]+ )?(?:speeches|speech|address|eulogy|eulogies|sermon|homily|tributes)|(?:speaks|spoke|speaking) from the (?:rostrum|podium|lectern|pulpit|dais)|(?:walked|walks|walking|marched|rode|followed|follows) (?:[\w'’-]+ ){0,3}behind the (?:[\w-]+ ){0,2}(?:coffin|casket|caisson|hearse|gun carriage|cortege|cortège|procession|family|bier)|(?:walked|walks|walking|marched|knelt|kneeling) (?:[\w'’-]+ ){0,4}(?:next to|beside|alongside)|(?:celebrated|conducted|officiated at|presided over) (?:the|a) (?:[\w-]+ ){0,3}(?:Mass|mass|requiem|liturgy|service|prayers)|(?:delivered|gave|preached) (?:the|a|an) (?:[\w-]+ ){0,2}(?:eulogy|homily|sermon|benediction|keynote address|oration)|master of ceremonies|(?:sat|stood|knelt) (?:together )?(?:at|during|through) the (?:[\w-]+ )?(?:Mass|mass|service|funeral|requiem|memorial)|(?:sat|stood) (?:near|at) the front|in the stands|spotted (?:in|at|among) the|(?:is|are) (?:also )?here(?: too| as well)?(?=[.;])|\bpresence of|(?:inspected|reviewed|commanded) by|laid (?:a|the|their) (?:[\w-]+ )?wreaths?|laid wreaths|lit (?:an?|the) (?:[\w-]+ )?(?:flame|candle)|as the (?:coffin|casket|caisson|cortege|hearse) (?:was carried|passed|went)|(?:stood|sat|walked|knelt) with (?:his|her|their) (?:mother|father|wife|husband|widow|family|children|sons?|daughters?)|(?:close(?:ly)? )?followed(?=[.;]|$)|representing|performed|sang(?= (?:a|an|the|at|during|before)\b| [“"])|(?:spoke|speaking) (?:as (?:a|the) (?:[\w-]+ )?representative|on behalf) of|among those (?:at|in) the (?:[\w'’-]+ ){0,2}(?:ceremony|funeral|service|memorial|mass|Mass|requiem|rites?|burial|parade|reception|signing)|^(?:also )?at the (?:[\w-]+ ){0,2}(?:meeting|talks|ceremony|signing|reception|dinner|banquet|reunion) (?:were|was)|\b(?:was|were) (?:also )?at the (?:[\w-]+ ){0,2}(?:meeting|talks|ceremony|signing|reception|dinner|banquet|reunion)(?=[,.;]|$)|(?:flew|came|travell?ed) (?:back|in) (?:[\w'’-]+ ){0,2}for the (?:occasion|reunion|ceremony|event|meeting|talks|visit)|(?<!who )(?:brokered|mediated|facilitated) the (?:[\w'’-]+ ){0,2}(?:meeting|talks|negotiations|dialogue|summit|discussions|encounter)|sworn in (?:[\w'’-]+ ){0,4}before|sent (?:its|their) (?:[\w'’-]+ ){0,3}(?:ministers?|envoys?|representatives?|delegations?|deputy|ambassador|vice[- ]presidents?|premier|prime minister|crown prince))\b/i;
/**
 * `CUE.test`, each alternative run only when the sentence holds a word it needs (keyed-alternatives.ts): the whole
 * expression is 1.7 MB of bytecode, and a sentence's test walked through it cold (PERFORMANCE.md, session 39).
 */
const cueWords = keyedAlternatives(CUE);
// "Meanwhile, X said fighting continued elsewhere": the story turns to another thread; "Reacting, X told NAN …" (or
// "Reacting to the decision, …") gives a reaction from elsewhere. "During his visit, …" sets a stop of someone's
// trip; "During the visit, the team held discussions with X" is the visit reported. "Before him, X thanked the
// volunteers" orders the speakers of one event, and sets no other time.
const NEG_START =
  /^(?:Before(?! (?:him|her|them)\b)|Prior to|Earlier on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=,)|Earlier(?=,)(?!,? (?:in|during) (?:his|her|their|the) (?:opening|welcoming|keynote) (?:remarks|address|speech|statement))|Meanwhile(?=,)|Reacting(?=,| to\b)|Briefing (?:reporters|journalists|the (?:media|press))(?=,| after\b)|In (?:a )?reaction(?=,| to\b)|Earlier this (?:week|month|year)|Last (?:week|month|year)|Previously|Ahead of|During (?:his|her|their) (?:visit|stay|trip|tour))\b/;
// "Briefing reporters, Foreign Secretary X said the talks covered …": one who reports the talks to the press.
// "who met the ambassador at the time": the time another story is about; "X said earlier on Tuesday that …": before
// the event.
// "briefed the host on the outcome of his talks with X": talks held before, reported at this one.
// "said he looked forward to working with X": ongoing work together, not a further meeting.
// "also met with", "is scheduled to meet", "was due to leave for Paris to attend", "looks forward to attending", "said
// he would meet the delegation, led by X",
// "hoped to hold talks soon with", "will chair", "will take part in the monitoring", "two decades ago": a further
// (or far earlier) meeting or act beside (or after) the one reported; "arrived from Wellington, where he met X" (or
// "had taken part in a conference co-hosted by X"): one at the visit's last stop; "said in letters to both leaders": a
// reaction from elsewhere, as is "In a separate video message, X said" (not "adopted a joint statement on A and a
// separate statement on B", both adopted there); "the announcement followed days of talks attended by X": the talks before it; "speaking
// at a news conference after the summit": remarks apart from the event. "X sent the crews a letter of welcome"
// (or "sent them a letter"): the sender writes from elsewhere, as "sent a message" says.
// "Foreign Minister X said later that Spain was expelling 25 diplomats": words after the event, apart from it (not
// "sat two places away from the premier and said later …": the act before places them; nor "X later told reporters
// that he had been close to tears", one at the summit speaking of it, 015).
// "The treaty must still be ratified by the Senate, where Majority Leader X said …": the later act's people.
// "went on to Riga for talks with President X": the next stop's talks, after the event; "had earlier travelled to
// Riga, where he held talks with Y": an earlier stop's.
// "Other Pacific ministers pressed the same case in Glasgow: A, B and C told a press conference …", "X made the same
// point in a speech": an act of their own like the one reported, not a part in it. Not "flew in from Helsinki only hours
// before the ceremony": arriving for it, the same day (while "Hours before the summit, X told reporters" stays apart).
const NEG_ANY =
  /\b(?:(?:made|makes|make|making|pressed|presses|press|pressing|echoed|echoes|echoing|repeated|repeats|repeating) the same (?:case|point|argument|message|plea|appeal|call|demand)s?|who (?:did not|didn't|could not|couldn't) (?:attend|travel|come|join|take part)|until (?:he|she|they|I|we) (?:met|meets|meet|had met)\b|(?:news|press) conference after the (?:summit|talks|meeting|session|ceremony|signing)|(?<!\badopted (?:a|their) joint (?:statement|declaration|communiqu[eé])\b[^.;]{0,80}\band a )separate(?:ly)?(?: bilateral| video| written)? (?:meetings?|talks|interviews?|briefings?|remarks|statements?|messages?|sessions?|panels?)|separately|courtesy call|(?:days|weeks|months) (?:after|before) (?:hosting|attending|chairing)|(?:followed|came after) (?:[\w-]+ ){0,2}(?:days|weeks|months|rounds) of|(?:years?|decades?) ago|at (?:the|that) time\b(?! of)|(?:said|says|told (?:reporters|journalists|the press)|announced|stated) earlier|(?:several|many|numerous) times(?! (?:overnight|through the night|during the (?:night|talks|negotiations|summit|meeting)))|on (?:several|many|numerous) occasions|sent (?:a|an|his|her|their) (?:[\w-]+ )?(?:delegation|envoy|representative|message|letter)|sent (?:them|him|her|the (?:[\w-]+ )?[a-z]+s) (?:a|an|his|her|their) (?:[\w-]+ )?(?:message|letter)|(?:recent|previous|earlier) (?:talks|meetings?|visits?|trips?|(?:phone )?calls?|conversations?|summit)|(?:results?|outcomes?) of (?:his|her|their) (?:[\w-]+ )?(?:talks|meetings?|discussions) with|earlier this (?:week|month|year)|(?:said|told|announced|stated) (?:reporters |journalists )?this (?:week|month)|earlier in the (?:case|probe|investigation|inquiry)|last (?:week|month|year)|later this (?:week|month|year)|next (?:week|month|year)|before arriving|(?<!\b(?:arriv(?:ed|es|ing)|fl(?:ew|own|ies|ying) in|landed|came) [^.;]{0,40}\b(?:hours|minutes|moments) )before the (?:summit|talks|meeting|session|ceremony|call)(?! (?:began|begins|started|starts|opened|opens))|(?:briefing|briefed|told) (?:reporters|journalists|the media|the press) after the (?:summit|talks|meeting|session|ceremony|call)|prior to|the day before|in recent (?:weeks|months|years)|(?:needs?|needed|has|have|had|is yet|are yet|remains?) to be (?:signed|approved|ratified|endorsed|published) by|must (?:still |yet |first )?be (?:signed|approved|ratified|endorsed) by|also (?:met|meets|received(?! by\b)|receives|held talks|holds talks)|(?<!\b(?:and|they|leaders|sides) )then (?:met|meets) with|(?<!\b(?:and|they|leaders|sides) )later (?:met|meets)\b|(?<!\band )(?:said|told (?:reporters|journalists|the (?:press|media))) later\b|also (?:held|had|holds|has) an? (?:(?:phone|telephone|video) )?(?:call|conversation|talks?) with|also (?:spoke|speaks) (?:by|on the|over the) (?:phone|telephone)|(?:is|are|was|were) (?:also |then )?(?:scheduled|expected|due|set|slated|planning|going|arranging|preparing) to (?:meet|visit|hold|attend|travel|leave (?:for|with)|depart for|fly to|join|inaugurate|open|sign|launch|host|chair|address|speak|talk|take|arrive|lay)|looks? forward to(?! (?:working|cooperating|continuing)\b)|looked forward to(?! (?:working|cooperating|continuing)\b)|expected (?:at|for) the|told (?:investigators|police|prosecutors|interrogators)|will (?:then |also |later |next |soon )?(?:attend|visit|meet|hold|travel|leave for|depart for|fly to|host|chair|join|take part|participate)|would (?:then |also |later |only )?meet(?: with)? (?:the|him|her|them)\b|will be (?:received|welcomed|greeted|met|hosted)|(?:is|are) (?:also )?to be (?:received|welcomed|greeted|met|hosted)|plans? to (?:attend|visit|meet|hold|travel)|hop(?:e|es|ed|ing) to (?:meet|visit|hold|attend|travel|talk)|in (?:an? |(?:his|her|their) )?(?:written |separate |video )?(?:(?:Facebook|Instagram|Telegram|Twitter|WeChat|Weibo|X) )?(?:statements?|messages?|letters?|posts?|tweets?)|on social media|on (?:X|Facebook|Instagram|Telegram|Twitter|WeChat|Weibo)(?=[,.;]|$| to | that )|(?:wrote|posted) on|from [\w'’-]+(?: [\w'’-]+)?, where (?:he|she|they) (?:had )?(?:met|held|received|attended|taken part|took part|joined)|(?:flew|flies|flying|travell?ed|travels|went|goes|headed|heads|continued) on to (?:[\w'’-]+ ){1,3}for (?:talks|a meeting|meetings)|had (?:earlier|previously|already) (?:travell?ed|flown|gone|been) to [\w'’-]+(?: [\w'’-]+)?, where)\b/i;
/** "In an interview with China Daily reporter X", "told Xinhua reporter X": the interviewer takes part too. */
const INTERVIEWER =
  /\b(?:interview(?:ed)? with|told) (?:the )?(?:[\w'’.-]+ ){0,3}(?:reporters?|correspondents?|journalists?) \p{Lu}/u;
/**
 * "X told reporters after meeting Governor Y": on a visit or a tour (not beside a meeting of two sides, where it is
 * a meeting of its own), those met along the way take part.
 */
const MEETING_ON_VISIT =
  /\b(?:after|while|when) meeting (?!(?:with )?(?:the )?(?:press|reporters|journalists)\b)/i;
/**
 * "Executives at the forum included X", "Mourners with X at the graveside included Y": those a gathering included
 * took part (tested after "includ" or "compris" is seen); "The group comprises lawmakers including X": the visiting
 * group's members too.
 */
const INCLUDED =
  /\b(?:(?:at|attending) the (?:[\w'’-]+ ){0,4}(?:summit|forum|meetings?|conference|ceremony|talks|gathering|session|banquet|reception)|(?:the|his|her|their) (?:[\w'’-]+ ){0,2}(?:delegation|panel)|\bthe (?:[\w'’-]+ )?(?:party|side) present|(?:^|[Ff]oreign |[Oo]ther |[Tt]he )(?:guests|attendees|mourners|dignitaries|participants|royals|signers|signatories)|^(?:[Ff]oreign |[Oo]ther )?(?:[Gg]uests|[Mm]ourners|[Dd]ignitaries) (?:with|beside|alongside|at|in) [^.;,]{1,40}) (?:also )?includ(?:ed|e)\b|^(?:[Ff]oreign |[Oo]ther )?(?:[Gg]uests|[Mm]ourners|[Dd]ignitaries|[Aa]ttendees),? including\b|^(?:The|Their|His|Her) (?:[\w'’-]+ ){0,2}(?:delegation|group|panel|bench) (?:also )?(?:includes|comprises|comprised)\b/i;
/**
 * "Addressing a press conference along with Minister X": doing the event beside someone named (not "along with
 * aircraft", nor "X condemned the attack, along with EU leaders").
 */
const ALONG_WITH =
  /\b(?:[Aa]ddress(?:ing|ed)|[Aa]ttend(?:ing|ed)|[Hh]eld|[Hh]olding|[Cc]hair(?:ing|ed)|[Vv]isit(?:ing|ed)|[Tt]our(?:ing|ed)|[Ii]nspect(?:ing|ed)|[Ww]atch(?:ing|ed)|[Ss]igned|[Ss]igning)\b[^.;]{0,60}\balong with (?:(?:his|her|their|the) )?\p{Lu}/u;
/**
 * "laid a wreath at the memorial alongside President X", "A and B stood behind them": beside, or right behind, those
 * performing the rite.
 */
const SIDE_BY_SIDE =
  /\b(?:laid (?:a|the) (?:[\w-]+ )?wreath (?:[\w'’-]+ ){0,5}alongside|(?:sat|stood) (?:just |directly |immediately )?behind (?:him|her|them)\b(?! (?:on|in|over)\b))/i;
/**
 * "X left without speaking to the press", "Y left the guesthouse without speaking to reporters": one who leaves the
 * event (or its venue) without a word was there.
 */
const LEFT_WITHOUT =
  /\bleft (?:the (?:[\w-]+ )?(?:guesthouse|hall|room|venue|building|chamber|hotel|palace|meeting|talks|session|summit|conference|residence|ministry|court|courtroom) )?without (?:speaking|talking|comment(?:ing)?|answering|taking questions)\b/i;
/** "At the close, X handed the pro tempore presidency of the bloc to Y": the chair passed on at the event. */
/**
 * "Mayor X presented Y with a key to the city": a gift handed over in person (tested after "presented " is seen); so
 * is one given to a new head of state named by the title alone at the inauguration ("presented the new President with
 * the Standard"; not "presented the Queen with a painting" at another stop of a visit).
 */
const PRESENTED_WITH =
  /\bpresented (?:him|her|them|\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}|the (?:new|newly[- ]elected|newly[- ]inaugurated|incoming) (?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Kk]ing|[Qq]ueen|[Ee]mir|[Aa]mir|[Ss]ultan|[Gg]overnor-[Gg]eneral|[Hh]ead of [Ss]tate)) with (?:a|an|the|his|her|their)\b/u;
const HANDED_CHAIR = /\bhanded (?:over )?the (?:[\w-]+ ){0,3}(?:presidency|chairmanship|chair)\b[^.;]* to\b/i;
/** "The question came from X, a reporter for …": one who asks at a news conference is at it. */
const ASKED_THE_QUESTION =
  /\b(?:the|that|a) question (?:came from|was (?:asked|put) by)\b|\basked (?:the|a) question\b/i;
/**
 * "X had announced the unofficial results", "Y read out the result": where a statement or a vote is the event,
 * announcing results makes it.
 */
const ANNOUNCED_RESULTS = /\b(?:announced|read out) the (?:[\w-]+ ){0,3}results?\b/i;
/** "X won the Yashin Trophy": at an award ceremony, the winners of its prizes take part. */
const AWARD_WON =
  /\b(?:(?:won|wins|claimed|claims|took|takes|collected|collects) (?:the|a|an|his|her|their) (?:[\w'’-]+ ){0,4}(?:trophy|award|prize|medal)|(?:won|wins|(?:was|were|is|are) named) best (?:actor|actress|director|screenplay|film|player|newcomer|documentary|picture|performance)|(?:prize|award|trophy|medal|Grand Prix|Palme d['’]Or) went to)\b/i;
/**
 * "sworn in", "took the oath", "administered the oath": taking part in an inauguration the headline or lede reports (or a ceremony); beside
 * another event ("The mainland denounced X's inaugural speech … X was sworn in on Monday") it is X's own event.
 */
const OATH =
  /\b(?:sworn in|took (?:the|(?:his|her|their)(?: own)?) oaths?|administered (?:the|his|her|their) oaths?|oaths? (?:of office |of office and secrecy )?(?:was|were) administered by)\b/i;
/**
 * "Cricket great Sir X was awarded the Order of Freedom of Barbados" under a swearing-in: an order or a medal
 * conferred at the ceremony (capitalised, an honour's name) places its holder there.
 */
const HONOUR_AWARDED = /\b(?:was|were) (?:also )?awarded the (?:[\w'’-]+ ){0,3}(?:Order|Medal|Cross|Star)\b/;
const OATH_STORY =
  /\b(?:sworn|oath|inaugurat(?:ion|ions|ed|es)|swearing|ceremony|(?:takes?|took|assum\w+) office)\b/i;
const AWARD_STORY = /\b(?:awards?|prizes?|trophy|ceremony|gala|Ballon d['’]Or)\b/i;
/** A match report: a score ("3-2") and a word of sport in the headline or the lede. */
const MATCH_SCORE = /\b\d{1,2}-\d{1,2}\b/;
const MATCH_WORD =
  /\b(?:match|game|final|semifinals?|quarterfinals?|qualif(?:ier|ying)|league|cup|derby|friendly|beat|beats|edge|edges|defeat(?:s|ed)?|draw|drew|thrash(?:es|ed)?|rout(?:s|ed)?|win|wins|won)\b/i;
/** In a match report, what the players did on the pitch ("opened the scoring", "headed in a cross from X"). */
const MATCH_PLAY =
  /\b(?:scored|scores|netted|nets|headed (?:in|home)|equali[sz]ed|equali[sz]es|pulled one back|opened the scoring|doubled the lead|restored the lead|put (?:[\w'’-]+ ){1,2}ahead|assisted|saved|off the bench|(?:came|come|coming) on|(?:was|were) replaced by|went off|a (?:[\w-]+ )?(?:cross|pass) from|anchored|was sent off|in goal|(?:was|were) (?:also )?at the (?:stadium|arena|ground))\b/i;
/**
 * A headline reporting a dismissal ("DFB sacks Germany coach Kessler after 4-1 defeat"): a decision of the body that
 * made it, whose officers speak for it; a match named as its cause is no match report, and those quoted "after the
 * game" speak of that other day.
 */
const DISMISSAL = /\b(?:sack(?:s|ed)|dismiss(?:es|ed)|oust(?:s|ed))\b/i;
/**
 * Under a dismissal, those who go with the one dismissed ("His assistants X and Y also have to go") and those who
 * take over in the meantime ("is to take charge of the team on an interim basis, supported by Z").
 */
const DISMISSAL_PART =
  /\b(?:(?:also )?(?:has|have|had|must) to go|(?:was|were|is|are|has been|have been) (?:also )?(?:sacked|dismissed|ousted|let go|relieved)|(?:take|takes|took|taking) (?:charge|over)\b[^.;]{0,50}\b(?:interim|caretaker)\b|(?:named|appointed|installed) (?:as )?(?:the )?(?:interim|caretaker))\b/i;
const AFTER_THE_GAME = /\bafter the (?:game|match|race|defeat|loss)\b/i;
// Opening the sentence, or after a meeting of its own ("X met the delegations … after the ceremony"); not "left
// shortly after the ceremony", which places the leaver at it.
const AFTER_THE_CEREMONY =
  /^After the (?:ceremony|swearing-in|inauguration|signing),|\b(?:met|meets|held talks|holds talks|received|hosted)\b[^.;]* after the (?:ceremony|swearing-in|inauguration|signing)\b/;
/** Talks held after a welcome ceremony or an audience (the event of a WELCOME_TITLE). */
const TALKS_AFTER_WELCOME =
  /\b(?:held talks|holds talks|met|meets)\b[^.;]* after the (?:[\w-]+ )?(?:welcome )?(?:ceremony|audience)\b/;
/** A headline that reports a welcome or an audience rather than talks. */
const WELCOME_TITLE = /\b(?:welcom(?:es|ed)|receives|received|audience)\b/i;
/** A headline or lede that reports an oath, an inauguration or a signing, and no talks. */
const CEREMONY_EVENT =
  /\b(?:sworn in|swearing-in|inaugurat(?:ed|ion)|signs?|signed|signing|took office|takes office)\b/i;
const TALKS_LEDE = /\b(?:talks|met|meets|meeting|welcom(?:ed|es|ing)|visit(?:s|ed|ing)?)\b/i;
let ceremonyEvent: boolean | undefined;
/** Whether the headline reports a ship's visit or passage, found when first needed. */
let vesselHeadline: boolean | undefined;
function ceremonyIsTheEvent(): boolean {
  ceremonyEvent ??= (CEREMONY_EVENT.test(title) || CEREMONY_EVENT.test(lede)) && !TALKS_LEDE.test(lede);
  return ceremonyEvent;
}
/**
 * "Following the papal audience, X met with Cardinal Y", "After the talks, X received Z": a meeting of its own, after
 * the event's audience, talks or meeting.
 */
const MET_AFTER_THE_MEETING =
  /^(?:After|Following) the (?:[\w-]+ )?(?:audience|talks|meeting),? [^.;]*\b(?:met|meets|held talks|holds talks|received|receives)\b/;
/**
 * "The Pope later flew on to Mexico, where he was received by President X": a host of the journey's next stop; so is
 * one in "From the palace the team went to City Hall, where the mayor received the players".
 */
const RECEIVED_AT_NEXT_STOP =
  /(?:\b(?:later|then) |^From [^.;,]{1,40}? )(?:flew|flies|travell?ed|travels|went|goes|headed|heads|left|leaves) (?:on )?(?:to|for) [^.;]*, where [^.;]*\b(?:received|met|welcomed|hosted|greeted)\b/;
/**
 * "X traveled on to Nicaragua, where he was to meet President Y": the one met at the journey's next stop, in a meeting
 * the sentence plans ("was to meet", "is due to hold talks with"); or "X left by air for Rangoon, where he will have
 * talks with Prime Minister Y": a stop the traveller has left for, where the talks are still to come.
 */
const MEETING_AT_NEXT_STOP =
  /\b(?:(?:flew|flies|travell?ed|travels|went|goes|headed|heads|continued|continues|moved|moves) on to|(?:left|leaves) (?:by (?:air|plane|train|sea) )?for) [^.;]*, where (?:he|she|they) (?:(?:was|were|is|are|will be) (?:due |scheduled |expected |set )?to (?:meet|hold talks|have talks|be received)|will (?:meet|hold talks|have talks|be received))\b/;
/** "After the Mass, the coffin was buried … in a private ceremony led by X": a rite of its own, after the event. */
const AFTER_EVENT_PRIVATE_RITE =
  /^After the (?:[\w-]+ )?(?:Mass|mass|service|funeral|ceremony|summit|talks|meeting|signing)\b[^.;]*\b(?:private|separate|smaller) (?:ceremony|service|rite|burial|meeting)\b/;
/** Under a match report, "X took the bronze earlier on Saturday by defeating Y": a match earlier that day is another. */
const EARLIER_THAT_DAY =
  /\bearlier (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in the day|that day|the same day)\b/;
/** A race report: a race won or run in the headline or the lede; or a medal won ("X wins Olympic gold in …"). */
const RACE_STORY =
  /\b(?:marathon|half-marathon|triathlon|grand prix|slalom|downhill|time trial|(?:wins?|won|winning) (?:the |a )?(?:[\w'’-]+ ){0,3}(?:race|stage|sprint|relay|\d[\d,]* ?(?:m|meters|metres|km))\b|(?:wins?|won|claims?|claimed) (?:an? |the )?(?:[\w'’-]+ ){0,2}(?:gold|silver|bronze)\b)/i;
/**
 * A headline or lede reporting the opening of a games or a tournament ("declares Tokyo Olympics open", "watch joint
 * Korean march at PyeongChang opening", "Olympics opening ceremony: …").
 */
const OPENING_STORY =
  /\b(?:opening(?: ceremony)?|opener|opens|opened|declares? [^.;:]{0,40}\bopen)\b[^.;:]{0,60}$|^[^.;:]{0,80}\b(?:Olympics?|Olympic Games|Paralympics?|Games|World Cup|Asian Cup|Asiad|Universiade|Euro \d{4})\b[^.;:]{0,40}\bopening\b/;
const OPENING_GAMES = /\b(?:Olympics?|Olympiad|Paralympics?|Games|World Cup|Asiad|Universiade)\b/;
/**
 * At a games' opening, taking part in its ceremony: lighting the cauldron or carrying the flag or the flame, singing
 * or performing there, declaring the games open, or being among the guests in the stands; giving a speech, or a live
 * blog's "X, the IOC president, speaks: …" (the present tense of one on the stage, its words after the colon).
 */
const OPENING_PART =
  /\b(?:l[io]t the (?:[\w-]+ )?(?:cauldron|flame)|(?:carried|carrying|carries|bore|handed) (?:the|it|them)\b[^.;]{0,40}\b(?:flag|torch|flame|stadium|relay)|(?:carried|brought|passed) (?:[\w'’-]+ ){0,4}by|(?:handed|passed) it (?:on )?to|flag ?bearers?|(?:sang|sings|performed|performs|marched|march)\b|speaks:|(?:gave|gives|delivered|delivers) (?:a|an|his|her|the) (?:[\w-]+ )?(?:speech|address)|declared (?:the )?(?:[\w-]+ ){0,3}open|(?:were|was) (?:also )?(?:in the stands|among (?:the )?(?:guests|dignitaries))|among them|in the stands|in the (?:vip|royal|presidential) box)/i;
/** In a race report, running it: finishing, placing, taking a medal, or dropping out. */
const RACE_PLAY =
  /\b(?:finished|crossed the line|ahead of|took (?:the )?(?:gold|silver|bronze)|won (?:the )?(?:gold|silver|bronze)|(?:failed|unable) to finish|dropped out|stepped off the course|pulled (?:clear|away)|led the (?:race|field))\b/i;
/** A meeting "on the sidelines of" a gathering: chairing or addressing that gathering is not taking part in it. */
const SIDELINES = /\bon the sidelines of\b/i;
/** Headlines drop the article: "… on sidelines of AU summit". */
const SIDELINES_TITLE = /\bon (?:the )?sidelines of\b/i;
// Taking over a gathering's rotating chairmanship happens at the gathering too.
const GATHERING_PART = /\b(?:summit|opening|session|assembly|plenary|chairmanship)\b/i;
/** "On the sidelines of the summit, X met separately with Y and Z" (tested after "separate" is seen). */
const SIDELINE_MEETING =
  /\bon the sidelines of the (?:[\w'’-]+ ){0,3}(?:summit|gathering|forum|conference|meetings?|session|assembly)\b/i;
const SEPARATE = /\bseparate(?:ly)?\b/i;
const SEPARATE_G = /\bseparate(?:ly)? /gi;
/** A routine briefing is an event of its own ("X told a regular briefing that …"), not the one reported. */
const ROUTINE_BRIEFING = /\b(?:regular|daily|weekly) (?:press |news )?(?:briefing|conference)\b/i;
/**
 * "a day before", "two days later", "the next day", a bare "days before" ("The reception came days before X met Y",
 * "Days later, X met Y"), "a week earlier", "months later" (not "two weeks after the quake", a time since): another
 * day (tested after "day", "week" or "month" is seen).
 */
const DAYS_APART =
  /\b(?:(?:(?:a|one|two|three|several) days?|days) (?:before|after|earlier|later)|(?:(?:a|one|two|three|several) (?:weeks?|months?)|weeks|months) (?:earlier|later)|the (?:next|following) day)\b/i;
/** The lede reports a spokesperson's own briefing: that briefing is the event. */
const BRIEFING =
  /\b(?:press conference|news conference|press briefing|news briefing|regular briefing|daily briefing)\b/i;
/**
 * "X delivered a eulogy", "Y and Z also delivered keynote speeches", "W raised the issue of …", "V read a farewell
 * message": at a funeral, a summit, a ceremony or multi-party talks the speaker takes part (not so beside talks of two
 * sides).
 */
const DELIVERED =
  /\b(?:delivered (?:a |the |their |his |her )?(?:eulogy|eulogies|speech|speeches|keynote speech|keynote speeches|address|addresses|keynote address|keynote addresses)|raised the (?:issue|question|matter|case) of|read (?:out )?(?:a|the|his|her) (?:[\w-]+ ){0,2}(?:message|speech|address|statement|declaration|communique|resolution|eulogy|tribute))\b/i;
// "His speech was read out on Saturday by Cardinal X": past the day and the reader's title.
const READ_BY =
  /\b(?:eulogy|speech|address|message|letter|statement)\b[^.;]*\b(?:was|were) read (?:out )?(?:on \w+ )?by (?:(?:his|her|their) [a-z]+ )?(?:\p{Lu}[\p{L}.'’-]* ){0,3}$/iu;
/** A headline that labels an opinion piece ("Commentary: …"): it reports no event. */
const COMMENTARY_TITLE =
  /^(?:Commentary|Opinion|Editorial|Op-[Ee]d|Viewpoint|Analysis|COMMENTARY|OPINION|EDITORIAL|VIEWPOINT|ANALYSIS)\s*:/;
/**
 * "Quad leaders' summit in Sydney called off after …", "Minister postpones visit to …": a headline reporting that
 * the meeting did not happen reports no event anyone took part in.
 */
const CALLED_OFF_TITLE =
  /^(?:[\w'’.-]+ ){0,6}(?:(?:summit|meeting|talks|visit|trip|conference|dialogue)(?: [\w'’.-]+){0,4} (?:(?:is|was|has been|have been) )?(?:called off|cancell?ed|postponed|scrapped|put off)|(?:cancels|calls off|postpones|scraps|puts off) (?:[\w'’.-]+ ){0,4}(?:summit|meeting|talks|visit|trip))\b/i;
/** A headline (or lede) that reports someone's death. */
const OBITUARY = /\b(?:dies|died|dead at|passes away|passed away)\b/i;
/** Events of mourning that people attend or hold. */
const MOURNING =
  /\b(?:funeral|memorial|burial|buried|laid to rest|vigil|wake|mourners|condolences?|tributes? (?:ceremony|service)|service|ceremony|met|meets|talks|visit(?:s|ed)?|pays? respects)\b/i;
/** An office outside the field of play: a sports body's or a government's ("Olympic Committee President"). */
const SPORTS_OFFICIAL = /\b(?:President|Minister|Chairman|Chairwoman|Chairperson|Secretary[- ]General)\b/;
// "The Minority Leader, X, said ordinary people were bearing the cost": the opposition comments on what the
// government did (in the chamber, "told parliament", it is found by the cues first).
// "Irish rock star X, who organised the concerts, called the outcome a qualified success": a celebrity or a
// campaigner with no office comments on what the leaders did. "Chief Cabinet Secretary X said Japan would …": Japan's
// government spokesman speaks at his own press conferences (at the event, the cues find him first). "Executive
// director of the Center of Economic and Law Studies X said the market would watch …": a think tank's head comments;
// so do its fellows and project directors ("Sahel programme director at the Crisis Group").
const COMMENTATOR_RE =
  /\b(?:(?:Minority|Opposition) Leader|Leader of the Opposition|analysts?|experts?|professors?|scholars?|researchers?|lecturers?|economists?|commentators?|academics?|(?:rock|pop) stars?|singers?|musicians?|campaigners?|Chief Cabinet Secretary|think[- ]tanks?|(?:Center|Centre|Institute|School) (?:of|for) (?:[A-Z][\w'’-]* |and ){0,5}(?:Studies|Economics|Research)|(?:senior |research |visiting )?fellows?|(?:project|program|programme) directors?|Crisis Group|Brookings Institution|Carnegie Endowment|Chatham House|Council on Foreign Relations|Atlantic Council|RAND Corporation|Center for Strategic and International Studies)\b/i;
/** A module function: a closure made at every call costs a `__name` under tsx. */
const isCommentatorRole = (r: string) => COMMENTATOR_RE.test(r);
const isSportsOfficialRole = (r: string) => SPORTS_OFFICIAL.test(r);
const AT_EVENT =
  /\b(?:at|during|on the sidelines of) the (?:[\w'’-]+ ){0,3}(?:forum|ceremony|conference|symposium|seminar|opening|event|exhibition|meeting|summit|session|dialogue|workshop|launch|gala|reception|talks|roundtable|round table|panel)\b/i;
/** "over the death of President X", "the funeral of X", "the hangings of X": the one who died. */
const DEATH_NOUNS = new Set([
  'death',
  'killing',
  'assassination',
  'murder',
  'passing',
  'funeral',
  'execution',
  'executions',
  'hanging',
  'hangings',
]);
// "the killing of a dissident, X,": the one killed may follow the role set off by a comma.
// "a state funeral for former Prime Minister X": the one a funeral is held for.
const DEATH_BEFORE =
  /\b(?:(?:death|killing|assassination|murder|passing|funeral|executions?|hangings?) of|funeral for) (?:[^\s,;.]+ ){0,6}(?:[^\s,;.]+, (?:[A-Z][\w'’-]* )?)?$/i;
// "X, 22, died on Sept. 16": an age set off by commas before the verb. "President X was buried Monday", "Y was laid to
// rest": the one a funeral buries.
const DIED_AFTER =
  /^\s*(?:,\s*(?:\d{1,3}\s*,\s*)?who\s+|,\s*\d{1,3}\s*,\s*)?(?:died|passed away|(?:was|were|had been) (?:killed|assassinated|shot dead|buried|laid to rest))\b/i;
/** "Earlier on Monday, X received Y": an earlier meeting of its own (an earlier session of the same event,
 * "Earlier in the day, X addressed the council", is still the event). */
// "Earlier the same day, X had a meeting with Y", "Earlier in the day, X held a meeting with Y" too. (Not "Later in the day, X met Y": under "Tanabe meets Chinese
// leaders", the leader met later that day is one of them.) "Earlier in the day, X inaugurated the four-day event": the
// opening of the exhibition or week where the deal reported was signed, another act. "Earlier in the day, X chaired a
// high-level meeting …, attended by Y": a meeting of one's own before the call reported.
// "Xi, who earlier in the day held talks with X at …, said …": a meeting in a clause that dates it before the event.
const EARLIER_MEETING =
  /(?:^Earlier|\bwho (?:had )?earlier)\b[^.;]*\b(?:received|met|meets|chaired (?:a|an) (?:[\w-]+ ){0,3}meeting|held talks|holds talks|talks with|paid a visit|(?:had|held) (?:a|an) (?:[\w-]+ )?meeting with|(?:phone|telephone|video) (?:call|conversation|talks?)|spoke (?:by|on the|over the) (?:phone|telephone)|(?:inaugurated|opened) the (?:[\w'’-]+ ){0,3}(?:event|week|expo|exhibition|fair|festival|show))\b/;
/**
 * "Earlier in the day, Ayatollah X led the funeral prayers …" under "… attend Tehran ceremony …": a rite of its own
 * that the headline does not report (group 1), before the event.
 */
const EARLIER_RITE =
  /^Earlier\b[^.;]*\b(?:led|conducted|performed|celebrated|officiated at|presided over) the (?:[\w-]+ ){0,2}(prayers?|funeral|mass|procession|service|burial)\b/i;
/** The verbs of a meeting held, closing LATER_MEETING and CEREMONY_SIDELINE_TALKS. */
const HELD_MEETING = String.raw`(?:received|met|meets|held talks|holds talks|talks with|had (?:a|an) (?:[\w-]+ )?meeting with)\b`;
/** "Later in the day, X met with Y": a meeting after the one reported (tested with the headline's sides). */
// "He later held talks with Prime Minister X", "Smith later met Y" too (the subject of the story, not the people the
// sentence names).
// "The same day, X was received by Y" (VNA) opens another meeting the same way.
// "Later in the day, X handed over power to Y at a ceremony at the presidential palace": a later ceremony too.
const LATER_MEETING = new RegExp(
  String.raw`(?:^(?:Later|(?:On )?(?:The|That) same day)\b[^.;]*\b|\b(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w'’-]+) later )` +
    `(?:${HELD_MEETING}|[^.;]*\\bat a (?:separate )?ceremony\\b)`,
);
/** A headline reporting what one side said ("X calls for openness at Davos", "Y urges …"). */
const SPEECH_TITLE = /\b(?:calls? for|urges?|says|stresses|pledges|vows|warns)\b/i;
/** "X took part in a panel debate later in the day": a session after the one reported. */
const LATER_SESSION =
  /\b(?:took|takes) part in an? (?:[\w-]+ ){0,2}(?:panel|discussion|session|forum|dialogue|roundtable|meeting)\b[^.;]*\blater (?:in the day|that day|on)\b/i;
/** "On the sidelines, X met with Y": a meeting of the speaker's own (tested with the headline's kind). */
const SIDELINE_TALKS = new RegExp(String.raw`^On the sidelines, [^.;]*\b${HELD_MEETING}`);
/**
 * "Later on Monday, X chaired the "SCO Plus" meeting, which brought the leaders together with …": a later meeting in
 * another format (named in quotes, a "Plus" or an outreach session), with guests of its own.
 */
const LATER_FORMAT =
  /^Later\b[^.;]*\b(?:chaired|hosted|held|opened)\b[^.;]*?(?:["“][^"”]+["”]|\bPlus|\boutreach) (?:meeting|session|dialogue|summit)\b/;
/** "On the sidelines of the ceremony, X held talks with Y": a meeting beside a ceremony, not the ceremony. */
const CEREMONY_SIDELINE_TALKS = new RegExp(
  String.raw`^On the sidelines of the (?:[\w'’-]+ ){0,2}(?:ceremony|inauguration|swearing-in|funeral|celebrations?|parade)\b[^.;]*\b` +
    HELD_MEETING,
);
/**
 * "X, who addressed the summit later the same day, said …": a speech at another session of the gathering, after the
 * one reported (not a meeting: "Later in the day, X met Y" is judged by LATER_MEETING).
 */
const SPOKE_LATER =
  /\b(?:spoke|speaks|speaking|addressed|addresses|addressing)\b[^.;]*\blater (?:that|the same|in the) day\b/;
const LEADERS_RE = /\bleaders?\b/i;
/** "visited Augusta, Georgia, the same day, where she met …" (tested after "visited" is seen). */
const VISITED_RE = /\bvisited (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/gu;
const VISITED_WHERE_RE = /\bvisited \p{Lu}[^.;]*, where\b/u;
/**
 * "… a day after X's Oval Office meeting with Y ended in …", "the decree came hours after X announced her resignation",
 * "…, days after X and Y agreed to …": the words after another time's marker.
 */
const OTHER_DAY_BEFORE =
  /\b(?:(?:a|one|two|three|four|five|several|a few) (?:days?|weeks?)|days|weeks|(?:just |only |a few |several |two |three )?hours) (?:after|before)\b(?![^,;]*[,;])[^,;]*$/i;
/**
 * "That round followed a meeting between X and Y", "The meeting comes less than a month after commissions led by
 * X and Y agreed …": the sentence sets the reported event after an earlier one, whose people took no part in it.
 */
const AFTER_EARLIER_EVENT =
  /\b(?:(?:followed|follows) (?:a|an|the|their|his|her) (?:[\w'’-]+ ){0,3}(?:meetings?|talks|summits?|calls?|visits?|rounds?|agreements?|deals?|sessions?|conversations?)|(?:comes?|came) (?:(?:less|more) than |just |only |about )?(?:a|an|one|two|three|four|five|six|several|a few) (?:[\w-]+ )?(?:days?|weeks?|months?|years?) after)\b/i;
/** "Garrick met the crown prince before the talks": a meeting of its own (a welcome before them is not). */
const MET_BEFORE =
  /\b(?:met|meets|received|receives|held talks with|holds talks with)\b[^.;]*\bbefore the (?:talks|meeting|summit|signing)\b/;
/**
 * "Before the talks, X chaired an official welcome ceremony for Y", "Earlier, a welcome ceremony was held …": the
 * welcome that opens a visit is part of the talks it opens, whatever the sentence's time opener says.
 */
const WELCOME_CEREMONY = /\b(?:welcome ceremony|welcoming ceremony|ceremonial welcome|official welcome)\b/i;
const WELCOME_OPENER =
  /^(?:Before (?:the|their) (?:talks|meeting)|Prior to (?:the|their) (?:talks|meeting)|Earlier(?: (?:in|on) the day| the same day)?),\s*/;
/**
 * "Before the Leader's speech, X addressed the ceremony": a speech at the event is part of it, so one who addressed
 * the gathering before it did so at the event.
 */
const SPEECH_OPENER =
  /^Before (?:the |his |her |their )?(?:[\w'’-]+ ){0,2}(?:speech|address|remarks),\s*(?=[^.;]*\baddressed the (?:ceremony|gathering|crowd|rally|audience|commemoration)\b)/;
/**
 * "Before kick-off British pop singer X performed …": in a match report or under a games' opening, the minutes before
 * the whistle are at the ground, part of the event (not "Before the match", which may be the day before).
 */
const KICK_OFF_OPENER = /^Before (?:the )?kick-?off,?\s*/i;
/**
 * "X hosted a lunch in honour of Y", "Y arrived in the evening for a banquet hosted by X", "a lunch of the ministers'
 * grouping hosted by X": a meal is a program of its own beside the talks.
 */
const HOSTED_MEAL =
  /\b(?:host(?:s|ed|ing)?|gave|gives) an? (?:[\w-]+ ){0,2}(?:lunch|luncheon|dinner|banquet|breakfast|tea)\b|\b(?:lunch|luncheon|dinner|banquet|breakfast)(?: of the [^.;,]{1,50}?)? hosted by\b/i;
const MEAL_TITLE = /\b(?:lunch|luncheon|dinner|banquet|breakfast)\b/i;
/**
 * "X pays unofficial visit to China, holds talks with Y": a headline reporting a visit covers its welcoming banquet
 * (held or hosted for the visitor), and the spouses at the table.
 */
const PAYS_VISIT = /\b(?:pays?|paid|makes?|made) (?:an? )?(?:[\w-]+ ){0,2}visit\b/i;
const WELCOMING_MEAL = /\b(?:held|hosted) an? (?:welcom(?:e|ing)|state) (?:banquet|dinner|luncheon)\b/i;
/** "… at the end of the visit to China by President X from February 21 to February 28": a lede's visit of days. */
const VISIT_WORD = /\bvisit\b/;
function visitStory(): boolean {
  return PAYS_VISIT.test(title) || (ledeDateSpan !== null && VISIT_WORD.test(lede));
}
/** "X hosts this year's APEC meetings": hosting the wider gathering, not taking part in a bilateral. */
// "the G7 Summit hosted by X" in a story of talks elsewhere: likewise.
const HOSTS_GATHERING =
  /\bhost(?:s|ed|ing)? (?:this|next) year['’]s (?:[\w'’-]+ ){0,4}(?:meetings?|summit|gathering|games|forum|conference|events?|week)\b|\b(?:summit|forum|games|conference|gathering)(?: (?:is|was|were))? hosted by\b/i;
/** "Zelenskyy sits down with NATO leaders": talks with a gathering's leaders, its host among them. */
const WITH_LEADERS = /\bwith (?:the )?(?:[\w'’-]+ ){0,2}leaders\b/i;
/** "X, the summit's host, welcomed the leaders": the same host named by a role. */
const GATHERING_HOST_ROLE =
  /\b(?:summit|forum|games|conference|gathering)['’]s host\b|\bhost of the (?:[\w'’-]+ ){0,3}(?:summit|forum|games|conference|gathering)\b/i;
/** The lede's event is a gathering that may span days ("at a summit in Washington"). */
const GATHERING_LEDE = /\b(?:summit|gathering|conference|forum|meetings?|talks)\b/i;
/** Attending the gathering itself: with a gathering lede, another weekday is another day of the same event. */
const ATTENDANCE =
  /\b(?:attend(?:s|ed|ing)? the (?:[\w'’-]+ ){0,3}(?:summit|meetings?|gathering|talks|conference|forum)|joined the (?:leaders|talks|meeting|summit|gathering)|made (?:his|her|their) debut at the (?:[\w'’-]+ ){0,2}(?:summit|gathering|meeting|talks|conference|forum)|who hosted the (?:summit|gathering|meeting|talks|conference|forum)|(?:addressed|told) the (?:leaders|ministers|summit|gathering|meeting|conference|forum|session|delegates)|took part in the (?:[\w'’-]+ ){0,2}(?:summit|gathering|meeting|talks|conference|forum))\b/i;
/** A relative or participial clause opening right after a name's comma: "X, who met Y last week, …". */
// A list ("X, Y and Z") or a coordinated clause (", and …") is not such a clause.
const CLAUSE_SKIP = new Set(['and', 'or', 'but', 'nor', 'saying', 'adding']);
/** "X attended, as President Y is preparing to …": a subordinate clause after a name runs to the sentence's end. */
const SUBORDINATORS = new Set(['as', 'while', 'whereas', 'although', 'though', 'because']);
/** After "as", what opens a clause ("as Y prepares", "as the two …"), not "as did Y" or "as a result". */
const AS_SUBJECT = new Set(['he', 'she', 'they', 'it', 'the', 'his', 'her', 'their']);
/**
 * A lede reporting one person's act (a budget unveiled or delivered, an oath taken, an election won, changes to a law
 * imposed by an envoy's decree): the others quoted react to it from outside ("the shadow chancellor said families
 * would pay"), unless a cue places them there.
 */
const SOLO_EVENT =
  /\b(?:unveil(?:s|ed|ing)(?! (?:a|the) (?:[\w-]+ )?(?:plaque|statue|monument|bust|memorial|foundation stone))|resign(?:s|ed)|impos(?:es|ed) (?:[\w-]+ ){0,2}(?:amendments|changes)|sworn in|took the oath|(?:was|is|been) (?:on \w+day )?(?:re-)?elected|(?:won|wins) (?:[\w'’-]+ ){0,3}(?:election|run-?off|presidency|ballot)|(?:deliver(?:s|ed|ing)?|present(?:s|ed|ing)?|tabl(?:e|es|ed|ing)) (?:the|his|her|a) (?:[\w-]+ ){0,2}budget|(?:was|were|is|been) (?:[\w-]+ )?inaugurated|inaugurated (?!(?:the|an?) (?:[\w'’-]+ ){0,4}(?:port|plant|bridge|airport|railway|highway|road|hospital|factory|station|project|terminal|dam|stadium|facility|complex|centre|center)))\b/i;
/**
 * A headline or lede reporting an arrest, an impeachment or a removal from office, a coup or a prisoner exchange: those who comment
 * on it were not part of it; those arrested, freed or exchanged, and who ruled, were. (At a sentencing, as at a
 * council session, whoever speaks in court takes part.)
 */
// "Abducted pupils regain freedom": an abduction and a release are acts like an arrest; so is an attack on someone
// ("Minister X stabbed by suspected militant", "… shot dead", "assassinated"). "The army that once kept her under
// house arrest for 15 years" describes a past confinement; only being placed (put) under it is an act.
const CUSTODY =
  /\b(?:(?<!back-)stabbed|(?<!back-)stabbing|assassinat(?:ed|ion)|shot dead|gunned down|(?<!house )arrest(?:s|ed)?(?! warrants?)|(?:place[sd]?|puts?) (?:[\w'’-]+ ){0,4}under house arrest|detain(?:s|ed)|abduct(?:s|ed|ion)|kidnap(?:s|ped|ping)|regain(?:s|ed)? (?:their |his |her )?freedom|seiz(?:e|es|ed) power|(?:prisoner|hostage) (?:swap|exchange)|(?:swap|swaps|swapped|exchange|exchanges|exchanged|trade|trades|traded) (?:[\w'’-]+ ){0,2}(?:prisoners|detainees|hostages|captives|spies)|(?:swap|exchange) for (?:[\w'’-]+ ){0,2}(?:prisoners|detainees|hostages|captives|spies)|(?:walks?|walked|walking) to freedom|(?<!(?:funds?|money|cash|assets|capacity|space|time) )freed (?:by|in|from|after)\b|(?:after|ending) [\d,]+ (?:days|weeks|months|years) (?:in|of) (?:[\w'’-]+ ){0,2}(?:detention|captivity|prison|jail)|(?:hostages?|prisoners?|captives|detainees) (?:were |are )?(?:freed|released)|(?:frees|freed|releases|released) (?:[\w'’-]+ ){0,3}(?:hostages?|prisoners?|captives|detainees)|remov(?:es|ed) (?:[\w'’-]+ ){0,3}from office|impeach(?:es|ed))\b/i;
/**
 * What the arrested, sentenced, freed or exchanged, the judges who ruled, and the coup's leader "named … as
 * transition president", did or underwent.
 */
const CUSTODY_PART =
  /\b(?:(?:was|were|been|is|are) (?:also )?(?:arrested|detained|sentenced|convicted|jailed|freed|released|exchanged|impeached|stabbed|shot|wounded|injured)|(?:police|officers|court|agents|forces) (?:have |had )?(?:arrested|detained)|to arrest|(?:freed|released|handed over) (?:by|to)|(?:(?:was|were) )?among (?:those|the [\w-]+) (?:freed|released|exchanged|arrested|detained)|pardon(?:s|ed)|(?:dropped|drops) (?:the |all )?charges against|(?:secured|won) the release of|received the same sentence|(?:announced|read|delivered|handed down) (?:the|its|his|her) (?:verdict|ruling|sentence|judgment)|at the hearing|(?:asked|argued|pleaded) for (?:a |an |the )?(?:[\w-]+ ){0,2}(?:sentence|leniency|acquittal)|argued the case|told the (?:court|judges?|jury)|(?:listened|watched) (?:from|in) the (?:[\w-]+ ){0,3}(?:side|gallery|benches|hall|courtroom)\b|(?:named|installed|declared|appointed) (?:[\w.'’-]+ ){1,6}(?:as )?["“]?(?:transition(?:al)?|interim) (?:president|leader|head of state))\b/i;
/**
 * "In return, the United States released X, a Russian pilot …": under a release or an exchange, the one freed by name
 * (a capitalised word right after the verb: not "released a statement") underwent it, as "was released" says.
 */
const RELEASED_NAMED = /\b(?:freed|released|exchanged) (?=\p{Lu})/u;
/**
 * A headline or lede reporting a verdict or a sentence: the hearing is the event, an act like an arrest (CUSTODY).
 * Those judged and whoever speaks in the case as judge, prosecutor or lawyer take part; a party's chairman or an
 * adviser who comments on it speaks from outside the hearing ("PTI chairman X told reporters, calling the trial a
 * sham").
 */
const COURT_STORY =
  /\b(?:sentenc(?:es|ed)|convicts|plead(?:s|ed)? (?:not )?guilty|pled (?:not )?guilty|(?:was|were|been|is|are) convicted|found (?:[\w-]+ ){0,2}guilty|acquit(?:s|ted)|court (?:on \w+day )?(?:ruled|rules|upheld|upholds|removes|removed|overturned|overturns|orders|ordered)|court['’]s (?:ruling|verdict)|remand(?:s|ed) (?!prisoners?\b)|(?:told|tells|addressed|addresses) the (?:[\w-]+ ){0,3}(?:court|tribunal)(?: of justice)?(?: \([A-Z]+\))? (?:on \w+day )?that)\b/i;
/** Who speaks in a case: a judge, a prosecutor, a lawyer (not a "Justice Minister" nor an "Attorney General"). */
const COURT_ROLE =
  /\b(?:judges?|justices?(?! (?:minister|ministry|secretary|department))|magistrates?|prosecutors?|counsel|lawyers?|advocates?|attorneys?(?![- ]general)|barristers?|solicitors?)\b/i;
/**
 * A lede reporting a disaster or an accident: officials who comment on it were not in it, but whoever escaped,
 * survived or was hurt, and whoever rescued or received the victims, was.
 */
const DISASTER =
  /\b(?:collided|collision|crash(?:ed|es)?|earthquake|quake|(?:volcanic )?eruptions?|erupt(?:s|ed)|lava|tsunami|typhoon|cyclone|hurricane|mudslides?|ablaze|floods?|flooding|(?<!by a |in a )landslides?(?! (?:victory|win|majority))|avalanche|wildfires?|(?:forest|bush) fires?|explosion|blast|derailed|sank|capsized|(?:tunnel|building|bridge|mine) (?:collapse|collapsed)|trapped|recover(?:s|ed)? (?:the )?bod(?:y|ies))\b/i;
const DISASTER_PART =
  /\b(?:at the (?:site|scene)|arrived (?:at|in) the (?:[\w-]+ ){0,2}(?:zone|area|site|scene)|inspected (?:the )?(?:[\w-]+ ){0,2}(?:damage|damaged|destroyed|collapsed)|visited (?:a |the )?(?:[\w-]+ ){0,2}(?:hospital|shelter|relief|evacuation|rescue)|(?:rushed|hurried) to the (?:[\w-]+ ){0,2}(?:site|scene|airport|area|town|village)|to reach the (?:trapped|injured|victims|survivors)|escaped|survived|(?:was|were) (?:seriously |badly |slightly )?(?:injured|hurt|rescued|trapped)|rescued|pulled out|brought out|(?:victims?|dead|bodies) (?:were|was|have been|has been) identified as)\b/i;
/**
 * A headline reporting an act (a launch, a spacewalk, a walkout; an arrest is CUSTODY's): as after a disaster, those
 * who comment on it ("President Y congratulated the crew", "the president said at a Cabinet meeting") took no part in
 * it. Unlike SOLO_EVENT, these words are no cue of taking part.
 */
const REPORTED_ACT =
  /\b(?:(?:blast(?:s|ed)?|lift(?:s|ed)?|blasting|lifting) off|(?:spacecraft|probe|lander|rover|module|capsule)\b[^.;]{0,40}\btouch(?:es|ed)? down|land(?:s|ed)? (?:a|an|its|the) (?:[\w-]+ ){0,3}(?:spacecraft|probe|lander|rover|module)|space-?walks?|walk(?:s|ed)? off (?:the )?jobs?|(?:go|goes|went) on strike)\b/i;
/**
 * Under a launch or a landing, those who ran it take part: its mission, flight or project directors, and whoever
 * speaks "at the … here", at the control centre of the dateline's city, as the act happens.
 */
const MISSION_ROLE = /\b(?:mission|flight|launch|project) director\b/i;
/**
 * "US aircraft carrier makes port call in Vietnam", "Chinese warships dock in Colombo": a ship's or a flotilla's visit
 * or passage is the headline's act (asked only when the headline names a ship).
 */
const VESSEL_HEADLINE =
  /\b(?:carriers?|warships?|destroyers?|frigates?|cruisers?|submarines?|corvettes?|flotilla|ships?|vessels?)\b/i;
const VESSEL_ACT =
  /\b(?:port calls?|docks?|docked|arrives?|arrived|anchors?|anchored|berths?|berthed|sails?|sailed|calls? at|transits?|transited|visits?|visited)\b/i;
/**
 * The ship's and the group's commanders: "the carrier's commanding officer", "commander of Carrier Strike Group 1",
 * "the ship's captain". They came with it.
 */
const VESSEL_COMMAND =
  /\b(?:commanding officer|captain|skipper)\b|\bcommander of (?:the )?(?:[\w'’-]+ ){0,3}(?:Strike Group|Task Group|Task Force|Flotilla|Squadron)\b/i;
const SAID_HERE = /\b(?:said|declared|announced|told [\w ]+?) at the [^,;.]+ here\b/;
/**
 * A headline reporting a company's purchase or merger ("X to buy Y for $14 billion", "X and Y agree to merge"):
 * the companies' officers who speak make the deal; a union, lawmakers or analysts who comment on it do not.
 */
const DEAL =
  /\b(?:to (?:buy|acquire|take over|merge with)|agree(?:s|d)? to (?:buy|acquire|merge)|buys|acquires|merg(?:e|es|ed) with|(?:merger|takeover|acquisition) (?:deal|bid|agreement))\b/i;
/** "in a statement", "in a written statement": words given from outside the event reported. */
const IN_STATEMENT = /\bin (?:an? |(?:his|her|their|its) )?(?:written |joint )?statement\b/gi;
/**
 * "Norway announces truce, prisoner swap after a year of mediated talks": the announcement is the event, and
 * the talks that led to it were held before; their delegations, teams and rounds (NEGOTIATING) are no part of it.
 */
const ANNOUNCED_AFTER_TALKS =
  /\b(?:announces?|announced|declares?|declared|unveils?|unveiled)\b[^;]*\bafter (?:[\w-]+ ){0,2}(?:days|weeks|months|years|rounds) of (?:[\w-]+ ){0,2}(?:talks|negotiations)\b/i;
/** "in an interview with CNN", "in an interview with the Financial Times" (not with a reporter, who may be there). */
const INTERVIEW_WITH_OUTLET =
  /\bin an? (?:[\w-]+ )?interview with (?:the )?\p{Lu}[\w'’.&-]*(?: \p{Lu}[\w'’.&-]*){0,3}(?! (?:reporter|correspondent|journalist))\b/u;
const NEGOTIATING = /\b(?:delegations?|team|negotiators?|negotiating|(?:final |last )?rounds)\b/i;
/** A headline whose first clause carries its own attribution ("…, the Ministry of the Interior said on Tuesday."). */
const ATTRIBUTED_TITLE = /^[^;]*\b(?:said|says|announced|announces|declared|declares)\b/i;
/**
 * "X becomes finance minister, Y stays on as …", "X remains Minister of Y", "Z takes over Internal Administration",
 * "the ministers keep their posts": beside a swearing-in, those taking office are sworn in too.
 */
const TAKES_OFFICE =
  /\b(?:becomes|stays on as|remains as|keeps? (?:his|her|their) (?:posts?|portfolios?)|became (?:the )?(?:new )?(?:[\w-]+ ){0,2}(?:minister|secretary)|(?:took|takes) over (?:the )?(?:[\w-]+ ){0,2}(?:ministry|portfolio))\b/i;
const TAKES_NAMED_OFFICE = /\b(?:[Rr]emains|[Tt]akes over) (?:as )?\p{Lu}/u;
const SWEARING_IN = /\b(?:sworn in|took (?:the|his|her|their) oaths?|inaugurated)\b/i;
/**
 * A headline reporting a message or a phone call ("… invites X to visit in letter, official says" too; not "… in letter
 * to World Internet Conference", read out at the gathering): its two sides are named in the headline or the lede, and
 * the others the story names (a predecessor at the ceremony congratulated on, an envoy at the talks the call was
 * about, the signers of an earlier deal) were somewhere else. A third side of the call is said to be on it.
 */
const REMOTE_EXCHANGE =
  /\b(?:congratulat(?:es?|ed|ing|ions|ory)|condolences?|(?:phone|telephone) (?:call|talks?|conversation)|by (?:tele)?phone|(?:sends?|sent|exchanges?|exchanged|replies|replied)(?: [\w'’-]+){0,2} (?:messages?|letters?|cables?) (?:to|with)|\bin (?:an? |(?:his|her|their) )?(?:[\w-]+ )?(?:letters?|messages?|cables?)(?= *(?:[,;:]|$)))\b/i;
/**
 * Condolences offered where the mourning is: a rite attended, a tribute paid in a city (a condolence book signed at an
 * embassy is still a message: those who spoke elsewhere stay away).
 */
const CONDOLENCES_IN_PERSON =
  /\b(?:funeral|memorial service|burial|lying[- ]in[- ]state|wreath|attends|attended|pays? (?:tributes?|homage|respects?|last respects) (?:to (?:[\w'’.-]+ ){1,6})?(?:in|at) \p{Lu})/u;
const ON_THE_CALL =
  /\b(?:joined the (?:call|conversation)|on the (?:call|line)|took part in the (?:call|conversation))\b/i;
/**
 * Whether the words from `from` to a name starting at `nameStart` are only a title ("former US Marine"), so that
 * "A, former US Marine B, C" lists B; "A, an ally of President B, attended" describes A.
 */
function listedName(from: number, nameStart: number | undefined): boolean {
  if (nameStart === undefined || nameStart <= from) return false;
  // "A and B, as well as C, the bloc's foreign policy chief": the list goes on past its joiner.
  let k = from;
  if (tokens[k]?.lower === 'and') k++;
  else if (tokens[k]?.lower === 'as' && tokens[k + 1]?.lower === 'well' && tokens[k + 2]?.lower === 'as')
    k += 3;
  // "A, the head of Hamas' political bureau B, and C": the next listed name with its title written before it.
  const titled = lowerTitleStart(tokens, nameStart);
  if (titled < nameStart && titled <= (tokens[k]?.lower === 'the' ? k + 1 : k)) return true;
  for (; k < nameStart; k++) {
    const t = tokens[k] as Token;
    // "A, as well as Prime Minister of Hungary B, whose …": "of" between capitals is inside the title.
    if (t.lower === 'of' && tokens[k - 1]?.cap && tokens[k + 1]?.cap) continue;
    // "A, singer B, cellist C and figure skating champion D, alongside …": the list's last pair, each with its title
    // before it (lower-case words, a verb's form among them, up to the name).
    if (t.lower === 'and' && k > from && tokens[k - 1]?.cap && lowerWordsUpTo(k + 1, nameStart)) return true;
    if (!t.word || (!t.cap && (isFunctionWord(t.lower) || verbWords.has(t.lower)))) return false;
  }
  return true;
}

/** Whether one to four lower-case words, none a function word, run from `from` up to `to`. */
function lowerWordsUpTo(from: number, to: number): boolean {
  if (to <= from || to > from + 4) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (!t.word || t.cap || isFunctionWord(t.lower)) return false;
  }
  return true;
}

/** Whether `t` reports a vote (a plain scan for its key words first: most stories have none). */
function voteStory(t: string): boolean {
  return (t.includes('eto') || t.includes('esolution')) && VOTE_STORY.test(t);
}

/** The event itself, named in a clause ("who sat in on the meeting", "who followed the speech from the bench"). */
// "who chaired the two-day summit": a length of days is still the event; "who attended the launch (signing,
// forum)": so is an act's or a gathering's name.
const THE_EVENT =
  /\b(?:(?:the|this) (?:(?:one|two|three|four|five)-day )?(?:meeting|talks|summit|session|ceremony|call|conversation|speech|address|signing|launch|forum|conference|inauguration)|this year['’]s (?:jury|panel|festival|edition))\b/i;
/**
 * "X, who attended with his wife, was due to meet …": attending with no other event named is attending the one
 * reported ("who attended in person, said on Twitter" too); the plans in the rest of the sentence are for after it. "X, the envoy, who is attending, said on Sunday
 * …": so is attending now, whenever they spoke.
 */
const BARE_ATTENDANCE =
  /^\s*who (?:also )?(?:attended|(?:was|is) (?:also )?(?:present|attending))(?: with (?:his|her|their) [a-z]+| in person)?\s*$/i;
/**
 * "X, Norland's chief negotiator at the talks, who was in the delegation, said …": the "who" clause after the
 * name's appositive (up to the next comma), read when the clauses found around the name do not reach it; or ''.
 */
function whoClauseAfterAppositive(m: Mention): string {
  if (tokens[m.end]?.text !== ',') return '';
  for (let k = m.end + 1; k < m.end + 24; k++) {
    const t = tokens[k];
    if (!t || t.sent !== m.sent || namedStartByEnd.has(k + 1)) return '';
    if (t.text !== ',') continue;
    if (tokens[k + 1]?.lower !== 'who') return '';
    const close = clauseEnd(k, m.sent);
    return close > 0 ? slice(k + 1, close) : '';
  }
  return '';
}
/** "X, who was part of the delegation in Oslo, told journalists after the meeting …": a member of a delegation at it. */
const IN_DELEGATION_CLAUSE =
  /\bwho (?:was|were) (?:also )?(?:in|part of|a member of|members of|among) the (?:[\w'’-]+ ){0,2}delegation\b/i;
/**
 * "X, who also travelled with the Prime Minister, wrote on Twitter …": one on the leader's trip is at the event the
 * trip was for, whatever they say afterwards, and wherever they say it.
 */
const TRAVELLED_WITH_LEADER =
  /^\s*who (?:also )?(?:travell?ed|flew) with the (?:president|prime minister|premier|chancellor|king|queen|emir|amir|crown prince|leader)\s*$/i;
/**
 * The companion named by such a clause: "who attended with his wife, Y"; "X, who signed with Economy Minister Y, said
 * …" (a co-signer, named by title).
 */
const ATTENDED_WITH_BEFORE =
  /\bwho (?:also )?(?:attended with (?:his|her|their) [a-z]+\s*,|signed with(?: \p{Lu}[\p{L}-]*){1,4})\s*$/iu;
function attendedWith(m: Mention): boolean {
  const before = textBefore(m, 7);
  return (
    (before.includes('attended with') || before.includes('signed with')) && ATTENDED_WITH_BEFORE.test(before)
  );
}
/** "X also met (with) Y", before Y: a meeting of its own. */
const ALSO_MET_BEFORE = /\balso (?:met|meets|held talks|holds talks)\b/i;
/** A body's acronym ("CARICOM", "ASEAN", "BRICS"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;
const BILATERAL_TITLE =
  /\b(?:meets?|met|talks|phone|telephone|call|videoconference|video conference|bilateral|sidelines)\b/i;
/**
 * "6-party talks … open", "four-nation talks": talks of three or more sides are a gathering, where whoever speaks
 * takes part, not a meeting of two named sides.
 */
const MULTIPARTY_TALKS =
  /\b(?:[3-9]|three|four|five|six|seven|eight|nine|ten|multi)-?(?:party|parties|nation|country|way|sided|lateral) (?:[\w-]+ ){0,2}talks\b/i;
/**
 * "… must leave Moldova as strong as it can be ahead of any negotiations with its neighbour": talks that may or may not
 * come are what the event is about, not the event.
 */
const UNHELD_TALKS = /\b(?:any|future|possible|eventual|potential) (?:[\w-]+ )?talks\b/gi;
function bilateralTitle(t: string): boolean {
  const met = t.includes(' met') ? t.replace(CONDITIONS_MET, '') : t;
  const u = met.includes(' me') ? met.replace(BODY_MEETS, '') : met;
  return BILATERAL_TITLE.test(
    u.includes('talks') ? u.replace(MULTIPARTY_TALKS, '').replace(UNHELD_TALKS, '') : u,
  );
}
/**
 * "… as Security Council meets for second time on Ukraine": a council or an assembly in session is a gathering, where
 * whoever speaks takes part, not a meeting of two sides.
 */
const BODY_MEETS =
  /\b(?:Council|Assembly|Parliament|Congress|Senate|Cabinet|Committee|Commission|Board) (?:meets|met)\b/g;
/** "invited to join when conditions are met": a passive "met" with no one meeting is no meeting. */
const CONDITIONS_MET = /\b(?:are|is|were|was|be|been|being) met\b(?! (?:by|with|at|in|on)\b)/gi;
/** "Agency chief visits evacuees": a visit, like a meeting, has its party; others quoted speak from outside it. */
const VISIT_TITLE = /\b(?:visits|tours|inspects)\b/i;
/**
 * "accompanied on the trip by", "accompanied on his four-nation trip by": along on the journey, not at one of its
 * meetings ("accompanied on his tour by" is at the site toured).
 */
const ACCOMPANIED_ON_TRIP = /\baccompanied on (?:the|this|his|her|their) (?:[\w-]+ ){0,2}(?:trip|journey)\b/;
/**
 * "Three ministers — A, B and C — are traveling with him": the party of a journey, in the present of the whole trip,
 * not at one of its meetings (tested after " with " is seen).
 */
const TRAVELLING_WITH = /\b(?:is|are) (?:also )?travell?ing with (?:him|her|them)\b/;
/** "The delegation to the ministerial meeting is led by X" (tested after "delegation" is seen). */
const DELEGATION_TO_GATHERING =
  /\bdelegations? to the (?:[\w-]+ ){1,3}(?:meeting|ministerial|conference|summit|forum|session|assembly)\b[^.;]*\b(?:led|headed) by\b/;
/** A headline about the visit, the trip or the tour itself, whose party took part in it. */
const TRIP_TITLE = /\b(?:trip|visit|visits|visiting|tour|tours|touring|state dinner|arrives?|arrived)\b/i;
function tripTitle(): boolean {
  return TRIP_TITLE.test(title) || visitStory();
}
/**
 * A vote on a resolution: whoever explains a vote speaks at the session, whatever the headline's wording ("US
 * vetoes Council call for truce" is no phone call).
 */
const VOTE_STORY =
  /\b(?:vetoe?[sd]?|vetoing|draft resolution|(?:adopt|pass|reject|block)(?:s|ed|es)? (?:a|the) (?:[\w-]+ ){0,2}resolution)\b/i;
/** Evidence of a meeting or call (not of presence at a ceremony or a gathering). */
const MEETING =
  /\b(?:held talks|holds? talks|talks with|met with|met|meets|received|receives|phone|telephone|video call)\b/i;
const PRESENCE =
  /\b(?:attended|attends|attending|present|accompanied|took part|taking part|participated|joined|witnessed|ceremony|sworn in|co-chaired|chaired)\b/i;
/** A place's name after a preposition, captured: one or two capitalised words ("Abuja", "New Delhi"). */
const PLACE_NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)`;
/**
 * "said in Abuja", "says in Berlin": words said at a place. One phrase, read two ways on purpose: with a dateline,
 * against the dateline's city, for the speaker alone (`ELSEWHERE_RE` in `spokeElsewhere`); without one, against the
 * city the lede names, for the whole sentence (`SAID_IN_RE`: another event's).
 */
const SAID_IN = '(?:said|says) in';
/** "told reporters in Kinshasa": words said at another place than the dateline's (tested after "told" is seen). */
const TOLD_IN_RE =
  /\b(?:told|briefed) (?:reporters|journalists|the press|local media|a (?:news|press) conference) in (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/gu;
/**
 * "Ambassador X said in Washington that …" under a lede that places the event in Beijing and no dateline: words said
 * in another (known) city than the one the lede names. (With a dateline `spokeElsewhere` reads the phrase; a body's
 * head speaking from its seat abroad still takes part by the body's act: "the agency … Director-General X said in
 * Geneva" from Praia.)
 */
const SAID_IN_RE = new RegExp(`\\b${SAID_IN} ${PLACE_NAME}`, 'gu');
const LEDE_IN_RE = /\bin (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/gu;
/** A known city's name (of one or two words) at the start of `words`, lower case; '' for none. */
function knownCity(words: string): string {
  const lower = words.toLowerCase();
  if (cityCountry(lower) || cityNames.has(lower)) return lower;
  const one = lower.split(' ')[0] ?? '';
  return cityCountry(one) || cityNames.has(one) ? one : '';
}
/** The city the lede places the event in, for a story with no dateline; '' otherwise. */
function ledeCityUndated(): string {
  if (eventPlace) return '';
  if (ledeCity === undefined) {
    ledeCity = '';
    LEDE_IN_RE.lastIndex = 0;
    for (let m = LEDE_IN_RE.exec(lede); m && !ledeCity; m = LEDE_IN_RE.exec(lede))
      ledeCity = knownCity(m[1] ?? '');
  }
  return ledeCity;
}
const saidInOtherCity = (m: RegExpExecArray) => {
  const city = knownCity(m[1] ?? '');
  const at = ledeCityUndated();
  return city !== '' && at !== '' && city !== at && !at.startsWith(city);
};
/** "X chaired an emergency cabinet meeting in Mogadishu": a meeting of one's own, in another city than the event's. */
const CHAIRED_IN_RE =
  /\b(?:chaired|convened|called) (?:an? |the )?(?:[\w-]+ ){0,3}(?:meeting|session) in (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/gu;
/**
 * "The treaty was prepared by the delegations at the talks in Geneva, led by Ambassadors X and Y" in a story
 * datelined Moscow: the negotiators of talks held in another (known) city than the event's.
 */
const TALKS_IN_RE =
  /\b(?:delegations?|negotiators|teams?) (?:at|in|to) the (?:[\w-]+ ){0,2}(?:talks|negotiations) in (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/gu;
const otherKnownPlace = (m: RegExpExecArray) => knownCity(m[1] ?? '') !== '' && otherPlace(m);
// Not "until": "remanded in custody until May 22" sets a limit in the future, not another time of the event.
// "In September, X sent envoys …": a sentence may open with the month's preposition.
// China Daily's "on Nov 30": an abbreviation without its period before the day.
const MONTH_RE = new RegExp(
  `\\b(?:(?:[Ii]n|[Oo]n|from|of|early|late|mid|last|the)[- ]|[Oo]n \\d{1,2} )(${MONTH_NAMES}|(?:${MONTH_ABBREVIATIONS})(?:\\.|(?= \\d{1,2}\\b)))`,
  'g',
);
// AP style drops the "on" after a verb of speech: "Speaker X said Sunday that …"; a date "set for Wednesday" is
// another day too.
// "announced the plan Tuesday morning": a weekday before a part of the day is a time, with no preposition before it.
const WEEKDAY_RE =
  /\b(?:on|last|since|from|until|by|(?:set|scheduled|fixed) for|said|says|announced|told reporters)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?=(?:morning|afternoon|evening|night)\b)/gi;
const WEEKDAY_ANY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
// "on behalf of X", "in support of X", "clearing the way for X to …": X is named for someone else's act or a later one.
// "represented China in place of President X", "attended on the directives of X": X sent someone instead.
// "the best way to honor X", "paid tribute to X", "the anniversary of X's birth", "a prize named after X": X is the
// one honoured.
// "conveyed to him the greetings of President X", "best wishes from Y": X and Y sent them from afar.
// "X read a message in which Y proposed …": Y, who sent it, is not there; nor is Z of "the war launched by Z"; nor
// is Y of "offered to carry a message from X to Y", who will get it later.
// "received an invitation from leader X, delivered by his sister", "handed Y a letter from Z": X and Z sent it.
// "as the country buried President X", "the coffin of X": the dead of a funeral are mourned, not mourners.
// "a deal could be reached to free detained reporter X": the one others would free.
// "A, wife of President X, visited a school": X is named to say whose wife A is, as "son of" names a father, and
// "B, the younger sister of leader Y," names a brother.
// "the treaty signed under President X": the time of another's office; "U.S. Under Secretary of State X" is a title;
// "held under the chairmanship of President X" is the meeting's chair, as "Under the patronage of HH the Emir X, … signed"
// is the signing's patron (QNA's style for one who attends it).
// "signed on behalf of the partners by X": X acts for them, in the passive's agent.
// "a statement from the office of President X": X is named for the office; "Head of the Office of the President X" (a
// title) and "the Office of the President X and Minister Y" (a list) name X for no one.
const LOCAL_BEFORE =
  /(?:on behalf of(?![^,;.]* by\b)|to free|in place of|instead of|on the (?:directives?|instructions?|orders?) of|(?:envoy|representative|emissary) of|(?<!\b(?:head|chief|director|deputy head) of )the office of(?![^,;.]* and )|succeed(?:ing|ed|s)|replac(?:ing|ed|es)(?! by\b)|to (?:succeed|replace)|(?:taking|takes|took|taken) over from|(?:son|daughter|widow|wife|husband|nephew|niece|grandson|granddaughter|sister|brother|mother|father) of|in support of|initiative (?:of|by)|put forward by|proposed by|advocated by|the late|funeral (?:prayers? |services? |rites )?(?:of|for)|(?:buried|bury|burying|buries|laid to rest|(?:coffin|body|remains|death) of)|memory of|(?:monument|statue|memorial|mausoleum|tomb|bust) (?:to|of)|(?:tomb|grave|crypt|vault) (?:once |formerly |previously )?(?:occupied|used) by|in hono(?:u)?r of|hono(?:u)?ring|(?:the|his|her|their) absence of|to hono(?:u)?r\b(?! guards?)|tributes? to|named (?:after|for)|(?:anniversary|birth) of|greetings to|(?:greetings|regards|(?:best |good )?wishes) (?:of|from)|invitations? from|handed [\w'’-]+ (?:a|an|the) (?:[\w'’-]+ ){0,2}(?:letter|message)s? from|read (?:out )?(?:a|the) message in which|(?:war|invasion|offensive|aggression) (?:launched|ordered|started|waged) by|(?:clear|pav)(?:e|es|ed|ing) the way for|\bunder(?!-| secretary\b| the (?:co-)?chairmanship of\b| the patronage of\b)|\bsince)\b(?:[^,;.]|\b(?:Mr|Mrs|Ms|Dr|Prof)\.)*$/i;
const LATE = /\bthe late\b/i;
/**
 * LOCAL_BEFORE's "a message to X", "Y's message for X", "a letter from Z to X" (who will get it later, not a sender
 * "delivered" or "read"), kept apart: its "Y's" may start at any letter, which made the whole expression try it at
 * every place of the words (~0.8 against ~0.35 µs a call). Asked only when the words hold "message" or "letter"
 * (`localBefore`). Its end is LOCAL_BEFORE's.
 */
const MESSAGE_BEFORE =
  /(?<!(?:delivered|delivering|delivers|handed|handing|hands|read|reads|reading) )(?:a|the|his|her|[\w-]+['’]s) (?:[\w'’-]+ )?(?:message|letter) (?:from [^,;.]{1,80} )?(?:to|for)\b(?:[^,;.]|\b(?:Mr|Mrs|Ms|Dr|Prof)\.)*$/i;
const MESSAGE = /message|letter/i;
/**
 * "read a message from Queen X welcoming …", "brought a letter from President Y", "refused to accept a letter from
 * President Z": the sender of words someone read out, brought or was handed at the event is not there. (One "received
 * a message from X", a greeting exchanged at a distance, is the other side of it.) Asked only when the words hold
 * " from " (`localBefore`).
 */
const SENT_FROM =
  /\b(?:read|reads|reading|brought|brings|bringing|delivered|delivers|delivering|conveyed|conveys|conveying|accept|accepts|accepted|accepting)(?: out)? (?:an?|the) (?:[\w'’-]+ ){0,2}(?:message|letter|telegram|cable)s? from (?:[^,;.]|\b(?:Mr|Mrs|Ms|Dr|Prof)\.)*$/i;
/** The words before a name say it is named for someone else's act or a later one (LOCAL_BEFORE, MESSAGE_BEFORE, SENT_FROM). */
function localBefore(words: string): boolean {
  return (
    LOCAL_BEFORE.test(words) ||
    (MESSAGE.test(words) && MESSAGE_BEFORE.test(words)) ||
    (words.includes(' from ') && SENT_FROM.test(words))
  );
}
/** "Y represented President X as his special envoy": the one represented is not there. */
const REPRESENTED_BEFORE = /\brepresent(?:ed|s|ing)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,6}$/;
/**
 * "taking over from the outgoing governor, Mr X,", "since the departure of his predecessor, X": the predecessor set
 * off by commas after their office; "took over the finance ministry from X": the minister before, in a new cabinet.
 */
const PREDECESSOR_BEFORE =
  /(?:(?:succeed(?:ing|ed|s)?|replac(?:e|ing|ed|es)|(?:taking|takes|took|taken) over from) (?:the |his |her |their )?[\w'’ -]*|\b(?:since|after) the (?:departure|death|resignation|retirement|exit|ouster|removal|recall) of (?:his|her|their) (?:[\w-]+ )?predecessor),\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen)\.?\s+)?$|\b(?:taking|takes|took|taken) over (?:the )?(?:[\w-]+ ){0,2}(?:ministry|portfolio) from $/i;
/** "the third woman to hold the post after X and Y": the office's earlier holders. */
const EARLIER_HOLDERS_BEFORE =
  /\b(?:hold|held|occupy|occupied|fill|filled) (?:the|this|that) (?:post|office|job|position|seat) after (?:[^\s,;.]+ ){0,3}(?:and |, )?$/i;
/** "which also stars X", "a portrait of X", "a film by X", '"Title" by X': a work's star, subject or maker. */
export const WORK_BEFORE =
  /(?:\bstar(?:s|red|ring)|portrait of|(?:film|films|movie|documentary|novel|book|play|painting|song|album)\s+by|["”]\s+by)\b[^,;.]*$/i;
/**
 * "The mainland denounced the speech of Taiwan leader X", "mocked its leader, Y, as …": the one criticised or mocked
 * is the target, not a party to it (also named in apposition right after the comma).
 */
const CRITICISED_BEFORE =
  /\b(?:slam(?:s|med)?|denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|critici[sz](?:e|es|ed|ing)|rebuk(?:e|es|ed|ing)|lambast(?:s|ed|ing)?|mock(?:s|ed|ing)?|ridicul(?:e|es|ed|ing))\b[^,;.:"“”]*(?:, )?$/i;
/** "a rebuke to the trade policy of President X", "the legacy of Y": whose policy or time is cited, not present. */
const POLICY_OF_BEFORE =
  /\b(?:policy|policies|doctrine|legacy|agenda|era|tenure|rule)\s+of\s+(?:the\s+)?(?:(?:late|former|then)\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$/;
/** "the far-right Vox, led by X, came second": a party's leader named to describe the party, not at the event. */
const PARTY_LED_BY_BEFORE =
  /\b(?:party|far-right|far-left|right-wing|left-wing|centre-right|center-right|centre-left|center-left|populist|nationalist)\b(?: [A-Z][\w'’-]*){0,3}\s*,\s*led by\s*$/;
// "his father, X": a relative named in apposition is cited; "Tanabe's wife Emiko Tanabe … also attended" is not.
const FAMILY_BEFORE =
  /\b(?:father|mother|wife|husband|son|daughter|sister|brother|widow|spouse|uncle|aunt|cousin|grandson|granddaughter)\s*,\s*$/i;
/** Whether `s` ends with a comma and white space at most (FAMILY_BEFORE's end, tested before the expression). */
function endsWithComma(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  return i >= 0 && s.charCodeAt(i) === 44;
}
const SPACE = /\s/;
/** A character of `\s`. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(String.fromCharCode(c)));
}
/**
 * "accompanied by his spouse, X", "greeted Paiva and his wife, X,", "joined by their older daughter, X,", "Y is with
 * his wife, X,": a relative set off by commas who comes along with someone, is with them where they are, or is
 * coordinated with them, is there too (not merely cited).
 */
const COMPANION_BEFORE =
  /\b(?:(?:accompanied|joined) by|(?:is|was|are|were|sat|stood|walked|arrived|came|travell?ing|travell?ed|flew|flying) with|and|embraced|embracing|hugged|hugging|(?:fell|falls|falling) into the arms of) (?:his|her|their) (?:[a-z]+ )?[a-z]+\s*,\s*$/i;
// "Ambani came with his wife Y": a spouse or a child who came along with someone, named right after the relation.
const ACCOMPANYING_BEFORE =
  /\b(?:(?:accompanied|joined) by (?:his|her|their) (?:[a-z]+ )?[a-z]+|(?:came|arrived) with (?:his|her|their) (?:wife|husband|spouse|partner|son|daughter|children|family))\s*,?\s*$/i;
/**
 * "Liu Zhiwei's congratulatory letter", "the Tanabe government's policy", "President X's nominee", "X's far-right
 * Freedom Party", "President-elect X's Special Envoy Y", "the first full day of X's presidency": cited, not present.
 */
const CITED_AFTER =
  /^\s*['’]s\s+(?:(?:[Ss]pecial\s+|[Pp]ersonal\s+)?(?:[Ee]nvoy|[Ee]missary|[Rr]epresentative)\b|(?:[a-z-]+\s+){0,2}(?:absence|letter|message|speech|remarks|statement|congratulations|greetings|regards|condolences|invitation|initiative|proposal|vision|thought|policy|policies|idea|concept|government|administration|office|legacy|doctrine|nominee|pick|party|coalition|victory|presidency)\b|(?:[a-z-]+\s+){0,2}(?:[A-Z][\w-]*\s+){1,3}(?:Party|Coalition|Alliance|Movement|Front)\b|(?:upcoming|forthcoming|planned|proposed|scheduled)\s+(?:[a-z-]+\s+)?(?:visit|trip|tour)\b)/;
/**
 * "The Senate ratified the treaty, handing President X a major victory": the one a vote or a decision hands a
 * victory or a defeat to is who it is for or against, not one of those who made it.
 */
const HANDED_TO_BEFORE =
  /\b(?:hand(?:ing|ed|s)|giv(?:ing|es)|gave|deal(?:ing|t|s))\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
const HANDED_OUTCOME_AFTER =
  /^\s+(?:a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,3}(?:victory|win|triumph|boost|defeat|blow|setback|rebuke|reprieve)\b/i;
/**
 * "Foreign Minister X, attending an ASEAN meeting in Cambodia, warned …" in a story datelined elsewhere: at another
 * gathering ("an", not "the"), in a place neither the dateline nor the lede names; "the" where the gathering has a
 * name of its own ("attending the U.N. General Assembly in New York").
 */
const ATTENDING_ELSEWHERE_AFTER =
  /^\s*,\s*(?:who (?:is|was) )?attending (?:an? (?:[\p{L}'’-]+ ){0,3}(?:meetings?|summit|conference|forum|session|talks)|the (?:[\p{Lu}][\p{L}.'’-]* ){0,3}(?:General Assembly|Assembly|Summit|Conference|Forum)) in (\p{Lu}[\p{L}'’-]+)/u;
/** "He said that the government of Prime Minister X wanted …": X named to say whose government it is. */
const GOVERNMENT_OF_BEFORE =
  /\b(?:the|his|her|their|whose) [Gg]overnment of (?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** "State Minister X, speaking at a separate event, said …": named at another gathering than the one reported. */
const SEPARATE_EVENT_AFTER =
  /^\s*,\s*(?:who (?:was|is) )?(?:speaking|attending|addressing|talking to reporters) (?:at|to) an?(?:other)? separate (?:[\w-]+ )?(?:event|function|ceremony|meeting|programme|program|gathering|conference|forum|rally)\b/i;
function attendingElsewhere(after: string): boolean {
  const place = ATTENDING_ELSEWHERE_AFTER.exec(after)?.[1];
  return (
    place !== undefined &&
    eventPlace !== '' &&
    !eventPlace.startsWith(place.toLowerCase()) &&
    !lede.includes(place)
  );
}
/**
 * "X is absent", "X, another former president, did not attend", "X was not at the ceremony": absent from the event,
 * past an appositive; "after X excused himself on the advice of his doctors" too.
 */
const LOCAL_AFTER =
  /^\s*(?:,[^,;.()“”"]{1,40},\s*)?(?:(?:is|was|were|are|has been|had been)\s+)?(?:also\s+)?(?:absent|not (?:at|present at|in attendance at) the (?:ceremony|signing|talks|meeting|summit|funeral|conference)|(?:did not|didn't|could not|couldn't|would not|will not|does not) (?:attend|travel|come|join|take part|participate)|(?:was|were|is|are) unable to (?:attend|travel|come)|(?:was|were|is|are) not (?:scheduled|expected|due|set|invited) to (?:attend|travel|come|join|take part|participate)|skipped|stayed away|,?\s*(?:remains?|remained|is|was|has been|have been) (?:still )?(?:barred|banned|excluded)|cancel(?:l)?ed (?:his|her|their) (?:trip|visit|attendance|participation)|pulled out|excused (?:himself|herself|themselves))/i;
/**
 * "X, who has clashed repeatedly with Y over trade, skipped the meeting" (or "…, was not at the ceremony"): absent, past a relative clause longer
 * than LOCAL_AFTER's appositive (read only when the name is followed by ", who").
 */
function absentPastWhoClause(end: number): boolean {
  if (!WHO_AFTER.test(text.slice(end, end + 7))) return false;
  return ABSENT_PAST_WHO.test(text.slice(end, end + 200));
}
const WHO_AFTER = /^\s*,\s*who\b/;

/**
 * "Several ministers paid visits to the shrine, …, but X stayed away": away from the place the others visited, which
 * the clause before names, not from the event.
 */
function awayFromOtherVisit(m: Mention): boolean {
  const [a] = sentences[m.sent] ?? [0, 0];
  return m.start > a && OTHERS_VISITED_BUT.test(slice(a, m.start) + ' ');
}
const OTHERS_VISITED_BUT = /\b(?:paid (?:a )?visits? to|visited|went to) [^.;]*,? but $/;

/** "X, 62, who was not in Brussels,", "Y, who was not present,": the name's own clause says they were away. */
function notThere(m: Mention): boolean {
  if (m.kind === 'pronoun') return false;
  const end = (tokens[m.end - 1] as Token).end;
  if (NOT_THERE.test(text.slice(end, end + 80)) && !awayFromOtherVisit(m)) return true;
  if (REMOVED_FROM_EVENT.test(text.slice(end, end + 160))) return true;
  if (LEFT_THE_TALKS.test(text.slice(end, end + 120)) && !WALKOUT_REPORTED.test(title)) return true;
  // "First lady X, who accompanied the president, visited a hospital while the leaders met": elsewhere meanwhile.
  const last = tokens[((sentences[m.sent] as [number, number])[1] ?? m.end) - 1] as Token;
  return WHILE_LEADERS_MET.test(text.slice(end, last.end));
}
const WHILE_LEADERS_MET =
  /\bwhile the (?:two )?(?:leaders|presidents|heads of state|delegations) (?:met|held talks|talked|were meeting|were in talks)\b/;
// "X, who is skipping the summit, …", "A and B both stayed away": the name's own words say they are not there.
// "a ceremony that his predecessor, X, chose to skip" too; "X, who had been expected to attend but did not, …".
const NOT_THERE =
  /^\s*(?:(?:,[^,;.()“”"]{1,40})?,\s*who\s+(?:(?:was|were|is|are)\s+not\s+(?:in\s+\p{Lu}|present\b|there\b)|(?:is|are|was|were)\s+skipping\b|skipped\b|stayed away\b|(?:had\s+been|was|were)\s+(?:expected|due|scheduled)\s+to\s+(?:attend|come|travel|take part)\s+but\s+(?:did not|didn't)\b)|(?:\s+and\s+[^,;.()“”"]{1,60}?)?\s+(?:both\s+|also\s+)?(?:stayed away|skipped the (?:summit|meeting|talks|session|ceremony|gathering)|(?:is|are|was|were)\s+skipping\s+the\s+(?:summit|meet|meeting|talks|session|ceremony|gathering|funeral)\b)|,?\s+(?:chose|decided) (?:to skip|not to (?:attend|come|travel))\b)/u;
/**
 * "X, deputy director general at …, was escorted out of the plenary hall by guards": removed from the
 * event, not taking part in it (an escort into it is still being there).
 */
const REMOVED_FROM_EVENT =
  /^\s*(?:,[^,;()“”"]{1,100},)?\s*(?:was|were|had been)\s+(?:briefly\s+)?(?:escorted|ejected|removed|expelled|thrown|led|marched|dragged|forced)\s+(?:out\s+of|from)\s+the\s+(?:[\w-]+\s+){0,2}(?:hall|chamber|room|venue|summit|meeting|session|plenary|conference|assembly|auditorium|ceremony|building)\b/;
/**
 * "The Rev. X, whose party quit the negotiations in the spring, condemned the accord": one who (or whose party) left or
 * boycotted the talks was not at the agreement they reached, unless the headline reports that walkout.
 */
const LEFT_THE_TALKS =
  /^\s*,\s*who(?:se\s+[^,;.()“”"]{1,60}?)?\s+(?:had\s+)?(?:walked out of|pulled out of|boycotted|withdrew from|quit)\s+the\s+(?:talks|negotiations|peace process|process)\b/;
const WALKOUT_REPORTED = /\b(?:walk(?:s|ed)? out|walkout|boycott|pull(?:s|ed)? out|quits?)\b/i;
const ABSENT_PAST_WHO =
  /^\s*,\s*who\b[^;.()“”"]{1,160}?,\s*(?:skipped|stayed away|(?:did not|didn't) (?:attend|travel|come|join|take part)|(?:was|were) not (?:at|present at) the (?:ceremony|signing|talks|meeting|summit|funeral|conference))\b/i;

/**
 * "X skipped the meeting and travelled instead to Madrid, where he was welcomed by Y": Y is at the event the absent
 * one went to instead, not at the one reported.
 */
function elsewhereInstead(m: Mention, sentStart: number): boolean {
  if (m.start <= sentStart) return false;
  const before = text.slice((tokens[sentStart] as Token).start, (tokens[m.start] as Token).start);
  return before.includes(', where ') && ELSEWHERE_INSTEAD.test(before);
}
const ELSEWHERE_INSTEAD =
  /\b(?:travell?ed|went|flew|headed|was|were) (?:instead|elsewhere) (?:to|in) [^;.“”"]*, where [^;.“”"]*$/i;

/**
 * "X sworn in as president" over "…, hours after lawmakers removed Y from office": under a swearing-in, a removal or
 * an arrest the lede dates before it only leads up to it; the story is not about custody. (Not "brought home … a
 * day after she was arrested": a handover in custody is.)
 */
function custodyBeforeTheEvent(title: string): boolean {
  if (!SWEARING_IN.test(title) || CUSTODY.test(title)) return false;
  const at = lede.search(CUSTODY);
  return at > 0 && OTHER_DAY_BEFORE.test(lede.slice(0, at));
}

/**
 * "World leaders bury X in Jerusalem" over "…, who was assassinated at a rally on Saturday": a funeral is the event;
 * how the one buried died is its occasion, not an arrest or an attack the story reports (unless the headline says so).
 */
const BURIAL = /\b(?:funerals?|burial|bur(?:y|ies|ied)|laid to rest|lay (?:\w+ )?to rest)\b/i;
function burialOfTheKilled(head: string, title: string): boolean {
  return BURIAL.test(head) && !CUSTODY.test(title);
}

const CLOSING_STOP = /[.!?:;"”’)]\s*$/;

/** The kind of each act SOLO_EVENT finds in `t`: an oath however worded, else the verb's first five letters. */
function soloActKinds(t: string): string[] {
  const kinds: string[] = [];
  for (const m of t.matchAll(SOLO_EVENT_G)) {
    const act = m[0].toLowerCase().replace(/^(?:was|is|been) (?:on \w+day )?/, '');
    kinds.push(/^(?:sworn|took|inaug)/.test(act) ? 'oath' : act.slice(0, 5));
  }
  return kinds;
}
const SOLO_EVENT_G = new RegExp(SOLO_EVENT.source, 'gi');

/**
 * A solo act in `t` that is the one the headline or the lede reports: under "X sworn in as president", "minister Y,
 * who resigned" did another thing. With no such act there (a deal, a disaster), any counts, as before.
 */
function sameSoloAct(t: string): boolean {
  if (!SOLO_EVENT.test(t)) return false;
  // "The plane left Tehran moments after Reagan took the oath" under "Freed hostages reach Algiers": beside a release
  // or an arrest, an oath is another day's act (not a coup's "sworn in as interim president", which CUSTODY_PART reads).
  if (soloActs.length === 0 && custody) return soloActKinds(t).some((k) => k !== 'oath');
  return soloActs.length === 0 || soloActKinds(t).some((k) => soloActs.includes(k));
}

/**
 * "… the demands of the Croatian Democratic Union of BiH (HDZ BiH), led by X": a named party's leader, said of the
 * party, is no one leading the event (a delegation "led by" X is, and is left alone).
 */
const PARTY_LED_BY =
  /\b(?:Party|Union|Alliance|Movement|Front|Congress|League)(?: of \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)?(?: \([^()]{1,20}\))?, led by\b/gu;
/** An act SOLO_EVENT finds that is a vote's result ("was elected", "won the presidency"). */
const electionAct = (k: string): boolean =>
  k === 'elect' || k === 're-el' || k.startsWith('won') || k.startsWith('wins');
/** "X was elected", "Y was re-elected" (CUE's alternative, gi for replace). */
const ELECTED_CUE = /\b(?:was|were|is|are) (?:re-)?elected\b/gi;

/** "Representatives of X's relatives attended": a name that only owns the kin who take part (X is often dead). */
const RELATIVES_AFTER = /^['’]s? (?:late )?(?:relatives|family|families|descendants|widow|widower|heirs)\b/i;
const SPEECH = new Set<string>([
  ...reportingVerbs,
  'called',
  'described',
  'thanked',
  'congratulated',
  'pledged',
  'announced',
  'warned',
  'argued',
  'remarked',
  'emphasized',
  'emphasised',
  'highlighted',
  'briefed',
  'reaffirmed',
  'hoped',
  'praised',
  'suggested',
  'proposed',
  'stated',
  'welcomed',
  'invited',
  'vowed',
  'affirmed',
  'underlined',
  'explained',
  'replied',
  'insisted',
  'acknowledged',
  'recalled',
  'wrote',
  // Exchanges across a council table: "X blamed …", "Y countered that …".
  'blamed',
  'accused',
  'countered',
  'criticized',
  'criticised',
  'condemned',
  'denounced',
  'rejected',
  // Questions at a hearing: "Rep. X, R-S.C., pressed the director on …"; "others, among them X, asked for details".
  'asked',
  'pressed',
  'questioned',
  'grilled',
]);
/**
 * Verbs followed by the words reported ("said the launch …", "told reporters that …"). Not `reportingVerbs`:
 * "urged", "expressed" and "asked" take a person or a feeling as their object, not the words said.
 */
const REPORTS_WORDS = new Set([
  'said',
  'says',
  'told',
  'added',
  'stressed',
  'noted',
  'warned',
  'argued',
  'countered',
  'insisted',
]);

/**
 * Whether the lower-cased text `lower` holds one of `words`. Each list below holds a word that every match of its
 * case-insensitive expression contains, so the expression need not run on a text without any: a few substring
 * searches cost less than the expression, and most headlines and ledes hold none.
 * An alternative added to one of these expressions needs its word here too: without it, the alternative never
 * matches a headline or lede. participants-gates.test.ts checks every match in the annotated articles; a new gated
 * expression joins GATED_EXPRESSIONS at the end of this file.
 */
function holds(lower: string, pairs: LetterPairs, gate: Gate): boolean {
  const words = gate[1];
  // The text's letter pairs rule out most words without a search.
  const wordPairs = gate[2];
  for (let i = 0; i < words.length; i++)
    if (pairs.mayHold(wordPairs[i] as Int32Array) && lower.includes(words[i] as string)) return true;
  return false;
}

/**
 * `re` tested on `text`, whose lower-cased form is `lower` and whose letter pairs `pairs` read (the headline's, the
 * lede's or the next sentence's table), once it holds one of the `words` its matches need.
 */
function says(gate: Gate, text: string, lower: string, pairs: LetterPairs): boolean {
  return holds(lower, pairs, gate) && gate[0].test(text);
}

/** `gate` said in the headline or, failing that, in the lede. */
function saysInTitleOrLede(gate: Gate): boolean {
  return says(gate, title, titleLower, titlePairs) || says(gate, lede, ledeLower, ledePairs);
}

/** `re` tested on the sentence after the lede (words as for `says`). */
function saysInSecond(gate: Gate): boolean {
  if (secondLower === undefined) {
    second ??= sentText(1);
    secondLower = second.toLowerCase();
    secondPairs.read(secondLower);
  }
  return says(gate, second as string, secondLower, secondPairs);
}

/**
 * "Bouteflika, who was elected in April, took over the chairmanship …": an election a clause dates to another time is
 * no act of the story, so the second sentence reports none unless the rest of it does.
 */
function soloActDatedElsewhere(): boolean {
  const t = second as string;
  if (!t.includes(', who ')) return false;
  const rest = t.replace(DATED_WHO_CLAUSE, ',');
  return rest !== t && !SOLO_EVENT.test(rest);
}
const DATED_WHO_CLAUSE = new RegExp(
  `, who (?:was|had been) (?:re-)?elected (?:in|on|last) (?:${MONTH_NAMES}|\\d{4}|year|month|week)\\b[^,;]*,`,
  'g',
);

const STATEMENT_ON_MEETING_WORDS = ['statement'];
const AWARD_STORY_WORDS = ['award', 'prize', 'trophy', 'ceremony', 'gala', 'ballon d'];
const OATH_STORY_WORDS = ['sworn', 'oath', 'inaugurat', 'swearing', 'ceremony', 'office'];
const ELECTION_WORDS = ['election', 'runoff', 'run-off', 'referendum', 'polls'];
const MEAL_TITLE_WORDS = ['lunch', 'dinner', 'banquet', 'breakfast'];
const SIDELINES_WORDS = ['on the sidelines of'];
const RACE_STORY_WORDS = [
  'marathon',
  'triathlon',
  'grand prix',
  'slalom',
  'downhill',
  'time trial',
  'win ',
  'wins ',
  'won ',
  'winning ',
  'claim',
];
const SOLO_EVENT_WORDS = [
  'unveil',
  'resign',
  'impos',
  'sworn in',
  'took the oath',
  'elected',
  'won ',
  'wins ',
  'budget',
  'inaugurated',
];
const COURT_STORY_WORDS = ['sentenc', 'convict', 'guilty', 'acquit', 'court', 'remand'];
const CUSTODY_WORDS = [
  'stab',
  'assassinat',
  'shot',
  'gunned',
  'arrest',
  'detain',
  'abduct',
  'kidnap',
  'freedom',
  'power',
  'prisoner',
  'hostage',
  'swap',
  'exchang',
  'trade',
  'freed',
  'detention',
  'captivity',
  'prison',
  'jail',
  'captives',
  'detainees',
  'from office',
  'impeach',
];
const REPORTED_ACT_WORDS = ['blast', 'lift', 'touch', 'land', 'walk', 'strike'];
const DEAL_WORDS = ['buy', 'acquire', 'take over', 'merge', 'takeover', 'acquisition'];
const SWORN_CABINET_WORDS = ['swore', 'swears', 'sworn'];
const REMOTE_EXCHANGE_WORDS = ['congratulat', 'condolence', 'phone', 'message', 'letter', 'cable'];
const INTERVIEW_LEDE_WORDS = ['interview'];

/**
 * Whether some match of the global regular expression `re` in `text` passes `test`. The matches of
 * String.prototype.matchAll, without the copy of the expression it makes on every call.
 */
function someMatch(re: RegExp, text: string, test: (m: RegExpExecArray) => boolean): boolean {
  re.lastIndex = 0;
  let found = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (test(m)) {
      found = true;
      break;
    }
    if (m[0] === '') re.lastIndex++; // an empty match would repeat forever
  }
  re.lastIndex = 0;
  return found;
}

// The article being read. Module state reset by each call, so that the helpers below are made once rather than
// as closures on every call (each closure costs an allocation, and a name definition under tsx).
let tokens: Token[] = [];
/** Where each named mention of the story ends, to its start (set by `decide`). */
let namedStartByEnd = new Map<number, number>();
/** The words of the story's people's names, as written (set by `decide`). */
const nameWords = new Set<string>();
/** Where the mentions of the people named in the lede start (set by `decide`). */
let ledePeopleStarts = new Set<number>();
let text = '';
let sentences: [number, number][] = [];
let year = 0;
let eventMonth = -1;
/** The day of the month of the event (the dateline's, else the article's date), or 0. */
let eventDay = 0;
/** Whether eventDay is the dateline's own day (not the publication date's, often a day or two later). */
let eventDayExact = false;
let lede = '';
let title = '';
let ledeLower = '';
let titleLower = '';
/** The sentence after the lede and its lower-cased form, found when first asked. */
let second: string | undefined;
let secondLower: string | undefined;
/** The letter pairs of titleLower, ledeLower and secondLower (for `holds`). */
const titlePairs = new LetterPairs();
const ledePairs = new LetterPairs();
const secondPairs = new LetterPairs();
/** The article's source, lower case ("lusa"), or ''. */
let sourceName = '';
/** The dateline's place, lower-cased, without a country or state after a comma ("asheville"); '' without one. */
let eventPlace = '';
/** Without a dateline, the first known city the lede places the event in ("told a press conference in Beijing"). */
let ledeCity: string | undefined;
/** The countries the story's first two sentences set something "in", found when first needed (no dateline). */
let openingCountries: Set<string> | undefined;
// Facts of the lede that few texts need, found when first asked (undefined until then).
/** The weekday the lede names, lower-cased, or null. */
let ledeDay: string | null | undefined;
/** The header's date (YYYY-MM-DD), and whether a dateline stands over the story. */
let articleDate = '';
let datelined = false;
/** The story's dateline gives a place and no date ("JERUSALEM (AP) —"). */
let datelineUndated = false;
/** Whether the lede's event is a gathering. */
let gatheringLede: boolean | undefined;
/** The length in days of the gathering the lede reports ("a two-day summit"), or 0 (set by `decide`). */
let ledeSpan = 0;
/** The lede or the sentence after it names a gathering; found when first needed. */
let gatheringStory: boolean | undefined;
/** The headline names a gathering, not one on whose sidelines the story's meeting was held; found when first asked. */
let gatheringTitle: boolean | undefined;
/** The headline's subject is a team by its trade ("IAEA inspectors verify …"); found when first asked. */
let teamTitle: boolean | undefined;
let bilateral = false;
/** The lede reports one person's act (SOLO_EVENT): its actor takes part, those who react do not. */
let soloEvent = false;
/** The kinds of one person's act (SOLO_EVENT) the headline and the lede report, e.g. "oath", "resign". */
let soloActs: string[] = [];
/**
 * "Antony J. Blinken, Secretary of State" over "We welcome the release today of …" on a page with no outlet and no
 * dateline: the first line is the statement's signature (a name, a comma, a title), no standfirst, so its signer made
 * the statement as a lede's subject does.
 */
function signatureLine(people: readonly PersonRecord[], article: ParsedArticle): boolean {
  if (article.source !== null || article.dateline !== null) return false;
  const first = article.paragraphs[0] ?? '';
  if (!SIGNATURE_LINE.test(first)) return false;
  return people.some((p) =>
    p.mentions.some((m) => m.start === 0 && m.kind !== 'pronoun' && tokens[m.end]?.text === ','),
  );
}
const SIGNATURE_LINE = /^\p{Lu}[\p{L}.'’ -]{2,40}, \p{Lu}[\p{L}.'’ -]{2,80}$/u;

/** Whether the first paragraph is a standfirst: a headline-like line with no closing stop, before the story. */
let standfirst = false;
/** The headline or lede reports a disaster or an accident (DISASTER). */
let disaster = false;
let custody = false;
/** The headline (or, without one, the lede) reports a launch, a landing, a walkout or a strike (REPORTED_ACT). */
let reportedAct = false;
/** The headline reports no act, or attributes itself ("…, the commission said"): a statement is the event. */
let statementEvent = false;
/** The headline or lede reports a verdict or a sentence (COURT_STORY). */
let courtStory = false;
/** The headline reports a company's purchase or merger (DEAL): the officers of its companies make it. */
let dealStory = false;
/** The headline or lede reports an interview: one given to an outlet is the event, not words from elsewhere. */
let interviewStory = false;
/** The headline reports an announcement made after long talks (ANNOUNCED_AFTER_TALKS): the talks came before it. */
let talksBefore = false;
/** The headline or lede reports talks, negotiations or a summit (TALKS_WORD): the sides' negotiators were at them. */
let talksStory = false;
const TALKS_WORD = /\b(?:talks|negotiations|summit)\b/i;
/** The headline or lede reports an award ceremony: the winners of its prizes take part. */
let awardStory = false;
/** The headline or lede reports an inauguration or a ceremony, where taking the oath is taking part. */
let oathStory = false;
/** The headline or the lede reports an election (its candidates' shares are taking part). */
let electionStory = false;
/** The headline or the lede reports an election or someone elected; found when first asked. */
let electedTitleOrLede: boolean | undefined;
/** The lede's election is an earlier one ("more than two months after a general election"); found when first asked. */
let electionBefore: boolean | undefined;
/** The headline reports a meal (a lunch or banquet): its host takes part in it. */
let mealTitle = false;
/** The headline reports talks and no other part of a visit (a welcome, a meal, a tour); asked once a story. */
let talksTitle = false;
/** The lede reports a meeting on the sidelines of a gathering. */
let sidelines = false;
/** The headline or lede reports a match: play on the pitch is taking part. */
let matchStory = false;
/** The headline reports a dismissal (DISMISSAL). */
let dismissal = false;
/** The headline or lede reports a race: running it is taking part. */
let raceStory = false;
/** Whether the headline or the lede reports the opening of a games or a tournament. */
let openingStory = false;
/** The headline or lede reports a cabinet reshuffle: the ministers moved or appointed in it underwent it. */
let reshuffleStory = false;
/** The bare titles of the people the headline names as taking part ("prime minister"), lower-cased. */
let headlineTitles: string[] = [];
/** The story's people, in the order of their first mention (those before someone are decided first). */
let storyPeople: readonly PersonRecord[] = [];
/** The lede (or the next sentence) names a press briefing; found when first asked. */
let ledeBriefing: boolean | undefined;
/** The story has the word "statement" (in any case) between spaces, as STATEMENT_BY needs; found when first asked. */
let hasStatement: boolean | undefined;
/** The lede names a court as the one that decided (LEDE_COURT). */
let courtLede = false;
/** The lede's subject is a body outside government that speaks or votes (NON_GOVERNMENT_ACTOR). */
let outsideBody = false;
/** The body a headline attributes itself to ("PCG: China ship rammed …"), when the story spells the acronym out. */
let titleBody = '';
const TITLE_BODY = /^(\p{Lu}{2,6}): /u;
/** The headline reports a statement on a meeting ("joint statement on trade meeting"). */
let statementOnMeeting = false;
// Evidence by text: the same string object serves every mention of a scope, so each text is hashed once.
const negCache = new Map<string, boolean>();
/** locallyNegated by mention: a third of its calls ask again about a mention already judged. */
const negatedCache = new Map<Mention, boolean>();
const cueCache = new Map<string, boolean>();
/** Clauses per sentence: [opening comma, closing comma] token indices, in order. */
const clauses = new Map<number, [number, number][]>();
/** Scope texts: a clause's by its opening comma, the rest of a sentence's by -1 - its number. */
const scopes = new Map<number, string>();

/**
 * "former minister and 2022 running mate X": a year before a noun, after no preposition or "the" ("the 2016
 * agreement" dates its signing), describes the person, not the time of the sentence.
 */
const ATTRIBUTIVE_YEAR_AFTER = /^ (?!(?:and|or|to|when|after|before|that|which|as|with)\b)[a-z]/;
const DATING_BEFORE_YEAR = /\b(?:in|since|from|until|till|by|of|during|between|early|late|mid|the)[ -]$/i;
/** "founded on 15 February 1991 in the town of X", "on February 15, 1991 in …": a month and day before a year. */
const MONTH_DAY_BEFORE_YEAR = new RegExp(`\\b(?:${MONTH_NAMES}|${MONTH_ABBREVIATIONS})\\.?(?: \\d{1,2},)? $`);
/** "where it had stood since March 2023": a span that runs up to the event dates no other time. */
const SINCE_BEFORE_YEAR = /\bsince (?:(?:early|late|mid)[ -])?(?:[A-Z][a-z]+\.? )?$/;
/** "since October 2015, when X attended …": the clause after "when" is set at that date, not in the span since. */
const WHEN_AFTER_YEAR = /^,? when\b/;
/**
 * "affirmed the prison term imposed by the High Court in July 2020": a date right after a sentence "imposed by" a
 * court dates the sentence, not the event the sentence of text reports.
 */
const IMPOSED_BY_BEFORE = /\b(?:imposed|handed down|meted out) by (?:the )?\p{Lu}[^,;.]{0,40}$/u;
const datesAnImposition = (m: RegExpExecArray) =>
  IMPOSED_BY_BEFORE.test(m.input.slice(Math.max(0, m.index - 70), m.index));
/**
 * "welcomed A and B, praising their nations for the bravery of their citizens in 1956": a year inside what someone is
 * thanked (praised, honoured) for dates that deed, not the thanks.
 */
const THANKED_FOR_BEFORE =
  /\b(?:thank|prais|honou?r|commend|hail)(?:es|e|s|ed|ing)?\b[^.;:,]{0,40}\bfor\b[^.;:]*$/i;
const thankedFor = (m: RegExpExecArray) =>
  THANKED_FOR_BEFORE.test(m.input.slice(Math.max(0, m.index - 100), m.index));
/**
 * "handed to pupils from the towns struck by the 1999 floods", "survivors of the 2004 tsunami": a year naming
 * a past disaster or war that describes the people or places touched by it, not the time of the sentence.
 */
const TOUCHED_BY_BEFORE =
  /\b(?:(?:hit|struck|affected|devastated|ravaged|battered|destroyed|damaged|displaced|orphaned|injured|wounded) by|(?:survivors?|victims?|veterans?|orphans?) of) the $/i;
const describesTouched = (m: RegExpExecArray) =>
  m.index > 8 &&
  m.input.startsWith('the ', m.index - 4) &&
  ATTRIBUTIVE_YEAR_AFTER.test(m.input.slice(m.index + 4, m.index + 12)) &&
  TOUCHED_BY_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index));
/**
 * "the guarantors of the 1942 Rio de Janeiro Protocol", "under the 1960 Indus Waters Treaty": a year inside a
 * document's name says when the document was made, not when the sentence's people act; unless the sentence tells
 * of its making ("the 1987 Accord, signed by X and Y": they signed it then).
 */
const NAMED_DOCUMENT_AFTER_YEAR =
  /^ (?:(?:[A-Z][\w'’.-]*|de|del|da|do|of|on|and|the)\s){0,5}(?:Protocol|Treaty|Agreement|Accords?|Convention|Declaration|Charter)\b/;
const DOCUMENT_MADE = /\b(?:signed|concluded|negotiated|brokered|drafted|initialled|initialed)\b/;
const namesDocumentYear = (m: RegExpExecArray) =>
  NAMED_DOCUMENT_AFTER_YEAR.test(m.input.slice(m.index + 4, m.index + 60)) && !DOCUMENT_MADE.test(m.input);
const earlierYear = (m: RegExpExecArray) =>
  Number(m[1]) < year &&
  !datesAnImposition(m) &&
  !namesDocumentYear(m) &&
  !thankedFor(m) &&
  !describesTouched(m) &&
  !(
    ATTRIBUTIVE_YEAR_AFTER.test(m.input.slice(m.index + 4, m.index + 12)) &&
    !DATING_BEFORE_YEAR.test(m.input.slice(Math.max(0, m.index - 8), m.index)) &&
    !MONTH_DAY_BEFORE_YEAR.test(m.input.slice(Math.max(0, m.index - 16), m.index))
  ) &&
  !(
    SINCE_BEFORE_YEAR.test(m.input.slice(Math.max(0, m.index - 22), m.index)) &&
    !WHEN_AFTER_YEAR.test(m.input.slice(m.index + 4, m.index + 12))
  );
/** "on her first trip to Geneva since she took office in May": a span up to the event, as SINCE_BEFORE_YEAR. */
const SINCE_BEFORE_MONTH = /\bsince (?:[a-z][\w'’-]* ){1,3}$/;
const otherMonth = (m: RegExpExecArray) => {
  const mi = monthIndex(m[1] ?? '');
  return (
    mi >= 0 &&
    eventMonth >= 0 &&
    mi !== eventMonth &&
    !datesAnImposition(m) &&
    !SINCE_BEFORE_MONTH.test(m.input.slice(Math.max(0, m.index - 30), m.index))
  );
};
// "elected by the National Assembly on 14 June" in a story of June 19: a day of the event's month days away.
const DAY_DATE_RE = new RegExp(
  `\\bon (?:(\\d{1,2}) (${MONTH_NAMES})|(${MONTH_NAMES}|(?:${MONTH_ABBREVIATIONS})\\.) (\\d{1,2}))\\b`,
  'g',
);
const otherDay = (m: RegExpExecArray) => {
  const mi = monthIndex(m[2] ?? m[3] ?? '');
  const day = Number.parseInt(m[1] ?? m[4] ?? '', 10);
  return eventDay > 0 && mi === eventMonth && Math.abs(day - eventDay) > 3 && !inLedeSpan(mi, day);
};
/**
 * "… the visit to China by President X from February 21 to February 28, 1972": the lede's own span of days, read as
 * [month, first day, month, last day] (the months may differ), or null.
 */
const LEDE_DATE_SPAN = new RegExp(
  `\\bfrom (${MONTH_NAMES}) (\\d{1,2}) (?:to|until|through) (?:(${MONTH_NAMES}) )?(\\d{1,2})\\b`,
);
let ledeDateSpan: [number, number, number, number] | null = null;
function readLedeDateSpan(): [number, number, number, number] | null {
  if (!lede.includes('from ')) return null;
  const m = LEDE_DATE_SPAN.exec(lede);
  if (!m) return null;
  const from = monthIndex(m[1] ?? '');
  const to = m[3] ? monthIndex(m[3]) : from;
  return [from, Number.parseInt(m[2] ?? '', 10), to, Number.parseInt(m[4] ?? '', 10)];
}
/** "met President X on February 21" in a lede's visit "from February 21 to February 28": a day of the event's own. */
function inLedeSpan(month: number, day: number): boolean {
  if (ledeDateSpan === null) return false;
  const [m1, d1, m2, d2] = ledeDateSpan;
  const at = month * 32 + day;
  return at >= m1 * 32 + d1 && at <= m2 * 32 + d2;
}
/** "arrived on September 1" in a story datelined September 2: with the dateline's own day, a day apart is another. */
const nearOtherDay = (m: RegExpExecArray) => {
  const mi = monthIndex(m[2] ?? m[3] ?? '');
  const day = Number.parseInt(m[1] ?? m[4] ?? '', 10);
  return mi === eventMonth && day !== eventDay && Math.abs(day - eventDay) <= 3 && !inLedeSpan(mi, day);
};
const otherWeekday = (m: RegExpExecArray) => (m[1] ?? m[2] ?? '').toLowerCase() !== ledeDay;
/** "wrapped up a two-day summit on Sunday … met Y on Saturday": a day within the gathering's length is its own. */
const otherWeekdayOfSpan = (m: RegExpExecArray) => {
  const day = (m[1] ?? m[2] ?? '').toLowerCase();
  const gap = Math.abs(WEEK.indexOf(day) - WEEK.indexOf(ledeDay ?? day));
  return Math.min(gap, 7 - gap) >= ledeSpan;
};
/** The days in order, Monday first (as tokenize.ts lists them), for how many days apart two are. */
const WEEK = [...WEEKDAYS];
/** "a two-day summit", "the three-day conference": the gathering's length in days. */
const SPAN_LEDE =
  /\b(two|three|four|five)-day (?:[\w'’-]+ ){0,2}(?:summit|conference|forum|gathering|meeting|session|talks)\b/i;
const SPAN_DAYS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
const otherCity = (name: string) => {
  const place = name.toLowerCase();
  return place !== eventPlace && !eventPlace.startsWith(place);
};
const otherPlace = (m: RegExpExecArray) => otherCity(m[1] ?? '');
/** "in A and B, where he met": the cities, each of which must be another than the event's. */
const MET_WHERE_RE =
  /\bin ((?:\p{Lu}[\p{L}'’-]+ ?){1,3}(?:(?:, | and )(?:\p{Lu}[\p{L}'’-]+ ?){1,3}){0,3}), where (?:he|she|they) (?:also )?(?:met|held talks|received)\b/gu;
const otherCities = (m: RegExpExecArray) => (m[1] ?? '').split(/, | and /).every((c) => otherCity(c.trim()));
const byOpeningComma = (x: [number, number], y: [number, number]) => x[0] - y[0];

/** Whether a sentence reports a meeting held "today". */
function meetingToday(): boolean {
  if (!text.includes('today')) return false;
  for (let s = 0; s < sentences.length; s++) {
    const t = sentText(s);
    if (TODAY.test(t) && MEETING.test(t)) return true;
  }
  return false;
}

const TODAY = /\btoday\b/;
const YESTERDAY = /\byesterday\b/;
/** The days Sunday first, as `Date.getUTCDay` counts them. */
const WEEKDAY_NAMES = [...WEEK.slice(6), ...WEEK.slice(0, 6)];

/**
 * "X was sworn in … today" in a story with no dateline: the lede's day is the day it was published, so "had handed
 * over his office on Sunday" in Monday's story is another day. Under a dateline (whose day may be before the
 * header's), "today" is the dateline's own day ("Kathmandu, Oct 13 (RSS): … held talks … today"), when it gives one.
 * Null when the lede names no "today", or the dateline no day.
 */
/**
 * The weekday the lede names, or null. Below a standfirst that names none ("Foreign Ministers … shared the stage for
 * the first time at the conference"), the story's lede is the next paragraph's first sentence ("X on Friday …").
 */
function ledeWeekday(): string | null {
  const own = WEEKDAY_ANY.exec(lede)?.[1];
  if (own !== undefined) return own.toLowerCase();
  if (!standfirst || sentences.length < 2) return null;
  const [b, e] = sentences[0] as [number, number];
  // A line of chrome with no stop ("swissinfo.ch", "By Reuters", a time line) is no standfirst: a standfirst is a
  // sentence, with lower-case words.
  let words = 0;
  for (let k = b; k < e && words < STANDFIRST_WORDS; k++) {
    const t = tokens[k] as Token;
    if (t.word && !t.cap && /^[a-z]/.test(t.text)) words++;
  }
  if (words < STANDFIRST_WORDS) return null;
  const s = (sentences[1] as [number, number])[0];
  if (!text.slice((tokens[e - 1] as Token).end, (tokens[s] as Token).start).includes('\n')) return null;
  return WEEKDAY_ANY.exec(sentText(1))?.[1]?.toLowerCase() ?? null;
}

const STANDFIRST_WORDS = 5;

function publishedToday(): string | null {
  if (articleDate.length !== 10) return null;
  // "His Majesty King X yesterday opened …" in a paper's story with no dateline: the day before the page's date.
  const yesterday = !datelined && !TODAY.test(lede) && YESTERDAY.test(lede);
  if (!yesterday && !TODAY.test(lede)) return null;
  let d = new Date(`${articleDate}T12:00:00Z`);
  if (yesterday) d = new Date(d.getTime() - 86_400_000);
  if (datelined) {
    if (!eventDayExact || eventMonth < 0 || eventDay === 0) return null;
    // A December dateline over a January header is last year's.
    const y = Number.parseInt(articleDate.slice(0, 4), 10) - (eventMonth > d.getUTCMonth() ? 1 : 0);
    d = new Date(Date.UTC(y, eventMonth, eventDay, 12));
  }
  return Number.isNaN(d.getTime()) ? null : (WEEKDAY_NAMES[d.getUTCDay()] ?? null);
}

/**
 * The weekdays "today" may be in a lede under a dateline that gives no date ("JERUSALEM (AP) —"): the header's and
 * the day before; null when the story has another kind of dateline, no "today" in its lede, or no full header date.
 */
function undatedDatelineDays(): [string, string] | null {
  if (!datelineUndated || articleDate.length !== 10 || !TODAY.test(lede)) return null;
  const d = new Date(`${articleDate}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return null;
  const day = d.getUTCDay();
  return [WEEKDAY_NAMES[day] ?? '', WEEKDAY_NAMES[(day + 6) % 7] ?? ''];
}

function sentText(s: number): string {
  const [a, b] = sentences[s] ?? [0, 0];
  if (a >= b) return '';
  return text.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end);
}

function slice(a: number, b: number): string {
  return a < b ? text.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end) : '';
}

/** Whether the headline or the lede reports a match: a score and a word of sport. */
export function isMatchReport(title: string, lede: string): boolean {
  return (
    (MATCH_SCORE.test(title) && MATCH_WORD.test(title)) || (MATCH_SCORE.test(lede) && MATCH_WORD.test(lede))
  );
}

export function decideParticipants(doc: TokenizedText, people: PersonRecord[], article: ParsedArticle): void {
  // Nobody to decide about: nothing below has any other effect.
  if (people.length === 0) return;
  tokens = doc.tokens;
  text = doc.text;
  sentences = doc.sentences;
  negCache.clear();
  negatedCache.clear();
  cueCache.clear();
  clauses.clear();
  scopes.clear();
  decide(people, article);
  // Let the tokens go: the module state would otherwise hold them until the next call.
  tokens = [];
  sentences = [];
  negatedCache.clear();
}

function decide(people: PersonRecord[], article: ParsedArticle): void {
  year = Number.parseInt(article.date.slice(0, 4), 10);
  articleDate = article.date;
  datelined = article.dateline !== null;
  datelineUndated = article.dateline !== null && !article.dateline.date;
  const datelineMonth = article.dateline?.date ? monthIndex(article.dateline.date) : -1;
  eventMonth = datelineMonth >= 0 ? datelineMonth : Number.parseInt(article.date.slice(5, 7), 10) - 1;
  const datelineDay =
    datelineMonth >= 0 ? /\b(\d{1,2})\b/.exec(article.dateline?.date ?? '')?.[1] : undefined;
  eventDay = Number.parseInt(datelineDay ?? (datelineMonth >= 0 ? '' : article.date.slice(8, 10)), 10) || 0;
  // "… held talks with President X at Hyderabad House today." in a release with no dateline: its date is the day of
  // the talks, so "called on the visiting President on 15 December" is the day before.
  eventDayExact = datelineDay !== undefined || (!article.dateline && meetingToday());
  // Below a statement's signature, the statement's first sentence reports what the lede would.
  const signed = signatureLine(people, article);
  lede = sentText(signed ? 1 : 0);
  title = article.title;
  standfirst = article.paragraphs.length > 1 && !CLOSING_STOP.test(article.paragraphs[0] ?? '') && !signed;
  ledeLower = lede.toLowerCase();
  titleLower = title.toLowerCase();
  ledePairs.read(ledeLower);
  titlePairs.read(titleLower);
  second = undefined;
  secondLower = undefined;
  // The headline, or the lede where line 1 held the lede.
  const head = article.titleDerived ? lede : title;
  const headLower = article.titleDerived ? ledeLower : titleLower;
  const headPairs = article.titleDerived ? ledePairs : titlePairs;
  sourceName = (article.source ?? '').toLowerCase();
  eventPlace = datelineCity(article.dateline?.place);
  ledeCity = undefined;
  openingCountries = undefined;
  ledeDay = undefined;
  pastGathering = undefined;
  ceremonyEvent = undefined;
  vesselHeadline = undefined;
  gatheringLede = undefined;
  ledeSpan = SPAN_DAYS[SPAN_LEDE.exec(lede)?.[1]?.toLowerCase() ?? ''] ?? 0;
  ledeDateSpan = readLedeDateSpan();
  gatheringStory = undefined;
  gatheringTitle = undefined;
  teamTitle = undefined;
  ledeBodies = undefined;
  ledeBriefing = undefined;
  electedTitleOrLede = undefined;
  electionBefore = undefined;
  hasStatement = undefined;
  statementOnMeeting = says(GATED_EXPRESSIONS.STATEMENT_ON_MEETING, title, titleLower, titlePairs);
  // Case-sensitive: a capitalised court is named.
  courtLede = (lede.includes('Court') || lede.includes('Tribunal')) && LEDE_COURT.test(lede);
  awardStory = saysInTitleOrLede(GATED_EXPRESSIONS.AWARD_STORY);
  oathStory = saysInTitleOrLede(GATED_EXPRESSIONS.OATH_STORY);
  electionStory = saysInTitleOrLede(GATED_EXPRESSIONS.ELECTION);
  mealTitle = says(GATED_EXPRESSIONS.MEAL_TITLE, title, titleLower, titlePairs);
  talksTitle = titleLower.includes('talks') && TALKS_ONLY_TITLE.test(title);
  sidelines = says(GATED_EXPRESSIONS.SIDELINES, lede, ledeLower, ledePairs);
  dismissal = DISMISSAL.test(head);
  matchStory = !dismissal && isMatchReport(article.title, lede);
  raceStory = saysInTitleOrLede(GATED_EXPRESSIONS.RACE_STORY);
  // Two tests of one word before the expressions (most stories open nothing).
  openingStory =
    (titleLower.includes('open') || ledeLower.includes('open')) &&
    (OPENING_GAMES.test(title) || OPENING_GAMES.test(lede)) &&
    (OPENING_STORY.test(title) || OPENING_STORY.test(lede));
  reshuffleStory = reshuffled(article.title) || reshuffled(lede);
  // The new ministers' oaths close a reshuffle: whoever swore them in took part too.
  if (reshuffleStory) oathStory = true;

  // Only sentences that mention someone are examined. Evidence and time markers are scoped to a clause: a
  // relative clause or appositive set off by commas right after a name ("X, who met Y last week, also
  // attended") is judged on its own, and the rest of the sentence without it.
  bilateral = bilateralTitle(article.title) || bilateralTitle(lede);
  // At a summit, a vote or a ceremony, whoever speaks there takes part. A headline reporting a meeting or a call
  // names its sides; others quoted in the story (officials of bodies, experts, hosts of the wider event) speak
  // from outside it.
  soloEvent =
    saysInTitleOrLede(GATED_EXPRESSIONS.SOLO_EVENT) ||
    (saysInSecond(GATED_EXPRESSIONS.SOLO_EVENT) && !soloActDatedElsewhere());
  disaster = DISASTER.test(article.title) || DISASTER.test(lede);
  reportedAct = says(GATED_EXPRESSIONS.REPORTED_ACT, head, headLower, headPairs);
  if (disaster || reportedAct) soloEvent = true;
  courtStory = saysInTitleOrLede(GATED_EXPRESSIONS.COURT_STORY);
  custody =
    courtStory ||
    (saysInTitleOrLede(GATED_EXPRESSIONS.CUSTODY) &&
      !custodyBeforeTheEvent(article.title) &&
      !burialOfTheKilled(head, article.title));
  if (custody) soloEvent = true;
  dealStory = says(GATED_EXPRESSIONS.DEAL, head, headLower, headPairs);
  talksStory = TALKS_WORD.test(article.title) || TALKS_WORD.test(lede);
  if (dealStory) soloEvent = true;
  talksBefore = headLower.includes(' after ') && ANNOUNCED_AFTER_TALKS.test(head);
  interviewStory = titleLower.includes('interview') || ledeLower.includes('interview');
  soloActs = soloEvent ? [...soloActKinds(title), ...soloActKinds(lede)] : [];
  const speakersTakePart =
    ((!(article.titleDerived ? bilateral : bilateralTitle(article.title)) &&
      (article.titleDerived || !VISIT_TITLE.test(article.title))) ||
      voteStory(article.title) ||
      voteStory(lede)) &&
    !soloEvent &&
    // "World news roundup: …": several stories, none of them the one a speaker is at; each item's lede names its own.
    // "Explainer: What is …?": the answers quote those who reacted, from wherever they spoke.
    !DIGEST_TITLE.test(article.title) &&
    !EXPLAINER_TITLE.test(article.title);
  statementEvent = !soloEvent || ATTRIBUTED_TITLE.test(head);

  // The lede reports a meeting and names both of its sides ("Tanabe held talks with Chinese leaders" names one).
  let ledeNamed = 0;
  for (const p of people) if (firstNamedIn(p, 0) !== undefined) ledeNamed++;
  const ledeMeeting = ledeNamed >= 2 && MEETING.test(lede);

  // Where named mentions end: "A, former US Marine B, and C" lists B after A rather than describing A.
  namedStartByEnd = new Map<number, number>();
  nameWords.clear();
  for (const p of people) for (const w of p.tokens) nameWords.add(w);
  for (const p of people)
    for (const m of p.mentions) if (m.kind !== 'pronoun') namedStartByEnd.set(m.end, m.start);
  ledePeopleStarts = new Set<number>();
  for (const p of people)
    if (p.mentions.some((m) => m.sent === 0 && m.kind !== 'pronoun'))
      for (const m of p.mentions) if (m.kind !== 'pronoun') ledePeopleStarts.add(m.start);
  for (const p of people)
    for (const m of p.mentions) {
      if (m.kind === 'pronoun' || tokens[m.end]?.text !== ',') continue;
      const open = tokens[m.end + 1];
      if (!open || open.sent !== m.sent || open.cap || !open.word || CLAUSE_SKIP.has(open.lower)) continue;
      // "The emperor's father, Haruhito, made a state visit …, when he was hosted by X": after a name set off by
      // commas, a verb is the sentence's own, not a clause about the name.
      // So is a word the word lists lack that takes an object with a possessive ("The Leader …, Ayatollah X, cast his
      // ballot").
      let before = m.start - 1;
      while (before > m.start - 4 && tokens[before]?.cap) before--;
      // "A, the minister, and B, the army chief, also attended the ceremony": a verb after "also" (one in the past
      // tense the word lists lack too).
      const also = open.lower === 'also' ? (tokens[m.end + 2]?.lower ?? '') : '';
      const verb = also
        ? verbWords.has(also) || (also.endsWith('ed') && also.length > 4)
        : verbWords.has(open.lower);
      // "Three members of the staff, A, B and C, were also present": the last of names set off after a noun, before
      // the sentence's verb.
      if (
        !open.lower.endsWith('ing') &&
        (((tokens[m.start - 1]?.text === ',' || tokens[before]?.text === ',' || closesAppositiveNames(m)) &&
          verb) ||
          (tokens[before]?.text === ',' && THIRD_POSSESSIVES.has(tokens[m.end + 2]?.lower ?? '')))
      )
        continue;
      // "Leaders of the member states, including A, B and C, attended the meeting, which …": the comma after C closes
      // the "including" list, and the verb after it (one the word lists lack too) is the sentence's own.
      if (
        !open.lower.endsWith('ing') &&
        (verbWords.has(open.lower) || open.lower.endsWith('ed')) &&
        closesIncludedList(m)
      )
        continue;
      // "The delegation, headed by X, included Y, …": the verb after a participle's agent set off by commas is the
      // sentence's own, not a clause about X.
      if (!open.lower.endsWith('ing') && verbWords.has(open.lower) && agentSetOff(m)) continue;
      if (inIntroPhrase(m)) continue;
      // "X hosted the two countries' foreign ministers, A and B, in New York on September 19, …": the comma after the
      // last of the names set off after a noun closes them; the place and dated day after it are the sentence's.
      // (Not a weekday: "met his counterpart, Y, on Thursday and Friday at …" under a statement of Saturday dates the
      // talks the statement is about.)
      if (PLACE_TIME_OPENERS.has(open.lower) && closesAppositiveNames(m) && datedBeforeComma(m.end + 1))
        continue;
      // "Chinese President A, his wife B, and C watched the ceremony": a relative named in the list of subjects,
      // between its commas, is no clause about A.
      if (
        THIRD_POSSESSIVES.has(open.lower) &&
        relationWords.has(tokens[m.end + 2]?.lower ?? '') &&
        listedOn(m.end + 3)
      )
        continue;
      // "A and her husband B, and Secretary of State C, attended the dinner": the last of a list of subjects, set off
      // by ", and" and a comma, before a verb (one the word lists lack too) that is the sentence's own.
      if (
        (verbWords.has(open.lower) || (open.lower.endsWith('ed') && open.lower.length > 4)) &&
        tokens[m.end + 2]?.lower !== 'by' &&
        lastOfSubjects(m)
      )
        continue;
      // "attended by X, minister of A; Y, minister of B; and Z, …": a semicolon closes the appositive too.
      // "X, who led a delegation to Guangzhou, Nanjing and Beijing in March, and Y were present": the commas of a
      // list of places stay inside the clause.
      let j = m.end + 1;
      while (
        j < tokens.length &&
        j < m.end + 45 &&
        (tokens[j] as Token).sent === m.sent &&
        ((tokens[j]?.text !== ',' && tokens[j]?.text !== ';') || placeListComma(j))
      )
        j++;
      const close = tokens[j];
      if (listedName(m.end + 1, namedStartByEnd.get(j))) continue;
      // "…, while Mr X, <title>, represented …": a subordinator with a new subject opens a clause to the sentence's
      // end; the comma after the subject only sets off its title, and the verb is X's.
      const newSubject =
        SUBORDINATORS.has(open.lower) && open.lower !== 'as' && tokens[m.end + 2]?.cap === true;
      if (newSubject) j = (sentences[m.sent] as [number, number])[1];
      else if ((close?.text !== ',' && close?.text !== ';') || close.sent !== m.sent) {
        const next = tokens[m.end + 2];
        // "from President X, who chaired the AU last year.": a relative clause that ends the sentence is its own;
        // so is "…, whose party joined the coalition last year." and "…, whom X defeated in November."
        const subordinate =
          (SUBORDINATORS.has(open.lower) || RELATIVE_WHO.has(open.lower)) &&
          (open.lower !== 'as' || (next !== undefined && (next.cap || AS_SUBJECT.has(next.lower))));
        if (!subordinate) continue;
        j = (sentences[m.sent] as [number, number])[1];
      }
      const list = clauses.get(m.sent);
      if (list) {
        if (clauseOpenedAt(list, m.end) === undefined) list.push([m.end, j]);
      } else clauses.set(m.sent, [[m.end, j]]);
    }
  // "X, Halloran's national security adviser, who negotiated … in 1978, also attended": a relative clause after the
  // name's appositive is about the name too, and judged on its own.
  for (const p of people)
    for (const r of p.roleSpans) {
      if (tokens[r.end]?.text !== ',' || !RELATIVE_WHO.has(tokens[r.end + 1]?.lower ?? '')) continue;
      const before = tokens[r.start - 1]?.lower === 'the' ? r.start - 2 : r.start - 1;
      if (tokens[before]?.text !== ',' || !p.mentions.some((m) => m.end === before && m.kind !== 'pronoun'))
        continue;
      const sent = (tokens[r.end] as Token).sent;
      let j = r.end + 1;
      while (j < r.end + 45 && tokens[j]?.sent === sent && tokens[j]?.text !== ',' && tokens[j]?.text !== ';')
        j++;
      if (tokens[j]?.sent !== sent) j = (sentences[sent] as [number, number])[1];
      const list = clauses.get(sent);
      if (list) {
        if (clauseOpenedAt(list, r.end) === undefined) list.push([r.end, j]);
      } else clauses.set(sent, [[r.end, j]]);
    }
  // "The 69-year-old veteran, who ran the country from 1995 to 2001, was sworn in before X": a who-clause
  // set off after a description opening the sentence is about the one described; its years are not the sentence's.
  for (let sent = 0; sent < sentences.length; sent++) {
    const k = describedWhoComma(sent);
    if (k < 0) continue;
    const j = clauseEnd(k, sent);
    if (j < 0) continue;
    const list = clauses.get(sent);
    if (list) {
      if (clauseOpenedAt(list, k) === undefined) list.push([k, j]);
    } else clauses.set(sent, [[k, j]]);
  }
  // "Hamas, whose political bureau chief X had urged the summit …, welcomed the resolution": a "whose" clause after a
  // body's name is about the body and the people it names, not the sentence's verb.
  // "Brazil, which chaired the forum in 2016-2019, was represented by X": so is a "which" clause after a country's
  // name, set off by commas; its years are the country's, not X's.
  const cues = storyCues(text);
  const whose = (cues & WHOSE_CUE) !== 0;
  const which = (cues & WHICH_CUE) !== 0;
  for (let k = 1; (whose || which) && k < tokens.length - 1; k++) {
    const t = tokens[k] as Token;
    if (t.text !== ',' || !tokens[k - 1]?.cap) continue;
    const rel = tokens[k + 1]?.lower;
    if (
      !(whose && rel === 'whose') &&
      !(which && rel === 'which' && isCountryWord((tokens[k - 1] as Token).text))
    )
      continue;
    if (namedStartByEnd.has(k)) continue;
    const j = clauseEnd(k, t.sent);
    if (j < 0) continue;
    const list = clauses.get(t.sent);
    if (list) {
      if (clauseOpenedAt(list, k) === undefined) list.push([k, j]);
    } else clauses.set(t.sent, [[k, j]]);
  }
  for (const list of clauses.values()) list.sort(byOpeningComma);

  // "Former minister X dies aged 81": an obituary reports a death, not an event anyone took part in; the tributes
  // quoted are statements from elsewhere (a funeral, a memorial or a condolence visit is an event).
  // "Commentary: Tariffs will backfire": an opinion piece reports no event either; the officials and experts it
  // quotes speak from wherever they said it.
  // "ANALYSIS: After Wuhan, X and Y bet on …" over "X and Y ended their two-day summit …": an analysis of a meeting
  // its lede reports keeps the meeting's sides that both name; the experts it quotes still comment from elsewhere.
  if (COMMENTARY_TITLE.test(article.title)) {
    const met = MEETING.test(lede) || GATHERING_LEDE.test(lede);
    for (const p of people)
      p.participant = met && p.titleMention >= 0 && !p.titleCited && firstNamedIn(p, 0) !== undefined;
    return;
  }
  if (
    CALLED_OFF_TITLE.test(article.title) ||
    (OBITUARY.test(head) && !MOURNING.test(article.title) && !MOURNING.test(lede))
  ) {
    for (const p of people) p.participant = false;
    return;
  }

  // "Foreign Ministry spokesperson Hou Lan on Thursday called … at a regular press conference": the
  // spokesperson holding the briefing is its one participant; the leaders they speak about are not.
  let ledeSubject: PersonRecord | undefined;
  let first = Infinity;
  // Below a standfirst that names no one ("The group's spokesman showed his face for the first time"), the lede is
  // the sentence after it.
  const named0 = people.some((p) => p.mentions.some((m) => m.sent === 0 && m.kind !== 'pronoun'));
  const ledeSent = standfirst && !named0 ? 1 : 0;
  for (const p of people)
    for (const m of p.mentions)
      if (m.sent === ledeSent && m.kind !== 'pronoun' && m.start < first) {
        first = m.start;
        ledeSubject = p;
      }
  // The briefing may be named only in the next sentence ("Asked at a regular press briefing about …, Lin said").
  if (ledeSubject?.spokesperson && isBriefingLede()) {
    for (const p of people) p.participant = p === ledeSubject;
    return;
  }
  // "China hopes …, a Chinese Foreign Ministry spokesperson said Friday, a day after the leaders met in Lima."
  // then "Spokesperson X told a regular press briefing …": a lede naming no one voices an unnamed spokesperson, the
  // one the next sentence names at the briefing; the leaders whose meeting they spoke about are not at it.
  if (ledeSubject === undefined && UNNAMED_SPOKESPERSON_SAID.test(lede) && isBriefingLede()) {
    const briefer = people.find(
      (p) => p.spokesperson && p.mentions.some((m) => m.kind !== 'pronoun' && m.sent === ledeSent + 1),
    );
    if (briefer) {
      for (const p of people) p.participant = p === briefer;
      return;
    }
  }
  // "South Korea's foreign ministry on Thursday expressed concern over a treaty signed by X and Y … “…,” ministry
  // spokesperson Z said at a regular press briefing": a body's statement, voiced before anyone is named, made at a
  // briefing by its spokesperson; X and Y are what it is about.
  // The briefing may be named only where the spokesperson is, a few sentences down ("China on Tuesday said X
  // should …; X said on Monday …; “…,” spokeswoman Z told a regular press conference").
  if (ledeSubject && !ledeSubject.spokesperson && !bilateral && statementBefore(first)) {
    const briefer = people.find(
      (p) =>
        p.spokesperson &&
        p.mentions.some(
          (m) =>
            m.kind !== 'pronoun' &&
            ((m.sent <= 1 && isBriefingLede()) || (m.sent <= 3 && ROUTINE_BRIEFING.test(sentText(m.sent)))),
        ),
    );
    if (briefer) {
      for (const p of people) p.participant = p === briefer;
      return;
    }
  }

  // "The King swore in X and his ministers": the cabinet named with its bare titles took the oath too.
  const cabinetSworn =
    says(GATED_EXPRESSIONS.SWORN_CABINET, lede, ledeLower, ledePairs) ||
    saysInSecond(GATED_EXPRESSIONS.SWORN_CABINET);
  headlineTitles = [];
  for (const p of people)
    if (p.titleMention >= 0 && !p.titleCited) for (const r of p.roles) headlineTitles.push(bareTitle(r));
  // Someone the headline or the lede names as taking part, before any other evidence is weighed (a spokesperson
  // there speaks for someone else).
  let actorNamed = false;
  for (const p of people) {
    if (p.spokesperson) continue;
    const m = firstNamedIn(p, 0);
    if ((p.titleMention >= 0 && !p.titleCited) || (m !== undefined && !locallyNegated(m))) actorNamed = true;
  }
  storyPeople = people;
  // "… pays tribute to late President X in Tehran, conveys condolences": condolences offered in person, at a rite,
  // are no message sent from afar.
  const remote =
    says(GATED_EXPRESSIONS.REMOTE_EXCHANGE, head, headLower, headPairs) && !CONDOLENCES_IN_PERSON.test(head);
  const ceremonyTitle = CEREMONY_TITLE.test(head);
  const groupMet = VISIT_TITLE.test(article.title) ? VISIT_GROUP_MET.exec(text) : null;
  outsideBody = speakersTakePart && NON_GOVERNMENT_ACTOR.test(lede);
  const acronym = TITLE_BODY.exec(article.title)?.[1];
  titleBody = acronym !== undefined && text.includes(`(${acronym})`) ? acronym : '';
  // "CTBTO chief condemns DPRK's nuclear test": a headline of one side's condemnation reports a statement; others
  // quoted after the lede ("Japanese Prime Minister X said the test was unacceptable") make statements of their own.
  const condemnation = CONDEMNATION_TITLE.test(article.title);
  for (const p of people) {
    if (p.titleMention >= 0 && !p.titleCited && !addressedFromAfar(p)) p.participant = true;
    // The evidence can only make a participant: someone already one needs none.
    if (
      !p.participant &&
      hasEvidence(
        p,
        (speakersTakePart && !(condemnation && p.titleMention < 0 && firstNamedIn(p, 0) === undefined)) ||
          (!soloEvent && gatheringOfficial(p)) ||
          ledeGatheringOfficial(p) ||
          (courtStory &&
            p.roles.some((r) => COURT_ROLE.test(r)) &&
            !p.mentions.some(atNewsConference) &&
            !chairsAnInquiry(p)) ||
          (reportedAct && p.roles.some((r) => MISSION_ROLE.test(r))),
        ledeMeeting,
      )
    )
      p.participant = true;
    // "Special Judge X passed the order …", "the prosecutor, Y, had sought 20 days": under a verdict or a court
    // order, the case's judges, prosecutors and lawyers took part in the hearing, speaking or not, unless their
    // mention places them at another time or outside it.
    if (
      !p.participant &&
      courtStory &&
      p.roles.some((r) => COURT_ROLE.test(r)) &&
      inTheCase(p) &&
      !chairsAnInquiry(p)
    )
      p.participant = true;
    if (!p.participant && cabinetSworn && p.roles.some(isNewCabinetPost)) p.participant = true;
    // "… eased pressure on Russia coach X", "said Saudi coach Y, the Argentine who took over last year": under a
    // match report, the coach (or manager) of a side named by its country or club was at the match.
    if (
      !p.participant &&
      matchStory &&
      p.roles.some((r) => SIDE_COACH.test(r)) &&
      p.mentions.some((m) => m.kind !== 'pronoun' && !locallyNegated(m)) &&
      !p.mentions.some(died)
    )
      p.participant = true;
    // "said X, president of the PyeongChang organizing committee": under a headline or lede reporting a games'
    // opening, the head of the committee that stages it was at the ceremony, quoted or not.
    if (
      !p.participant &&
      openingStory &&
      p.roles.some((r) => ORGANIZING_COMMITTEE.test(r)) &&
      p.mentions.some((m) => m.kind !== 'pronoun' && !locallyNegated(m))
    )
      p.participant = true;
    if (!p.participant && memberOfLedeDelegation(p) && inTheCase(p)) p.participant = true;
    if (!p.participant && ceremonyTitle && p.mentions.some(relativeActing)) p.participant = true;
    if (!p.participant && groupMet !== null && ofGroupMet(p, groupMet) && inTheCase(p)) p.participant = true;
    if (!p.participant && dealStory && dealOfficer(p, article.title)) p.participant = true;
    if (!p.participant && delegationHeadSpeaking(p)) p.participant = true;
    if (!p.participant && p.mentions.some(leadsHeadlineTeam)) p.participant = true;
    if (!p.participant && p.roles.length > 0 && vesselStory() && p.roles.some((r) => VESSEL_COMMAND.test(r)))
      p.participant = true;
    // Only a participant has anything to lose (and looking for a death around every mention costs).
    // "the late founder of the republic, Imam X": one whose role says they have died took no part, whoever the
    // headline names.
    if (
      p.participant &&
      ((p.spokesperson && !signedBy(p) && !chairedTheEvent(p)) ||
        p.roles.some(lateRole) ||
        p.mentions.some(died))
    )
      p.participant = false;
    // "Moreau, 62, who was not in Brussels, …": said to be away from the event, whoever the headline names.
    if (p.participant && p.mentions.some(notThere)) p.participant = false;
    if (
      p.participant &&
      remote &&
      p.titleMention < 0 &&
      firstNamedIn(p, 0) === undefined &&
      !onTheCall(p) &&
      !receivedTheVisitor(p)
    )
      p.participant = false;
  }
  // "… took part in a session with the leaders of guest countries including Kenya, Chile and Vietnam": the
  // leaders whose titles name one of those countries were there (unless their own words say otherwise).
  const invited = invitedCountries();
  if (invited.size > 0)
    for (const p of people)
      if (
        !p.participant &&
        !p.spokesperson &&
        p.roleSpans.some((r) => findCountries(tokens, r.start, r.end).some((h) => invited.has(h.country))) &&
        p.mentions.some((m) => m.kind !== 'pronoun' && !locallyNegated(m) && !notThere(m))
      )
        p.participant = true;
  // "CBK Governor X said in a statement that the decision …" under "CBK cuts discount rate": when the headline
  // reports a statement or a decision (no meeting, call or act; or a headline that attributes itself, "…, the
  // ministry said"), the statement is the event and the story's first speaker, in the lede or the sentence after
  // it, made it: they take part, a spokesperson or "in a statement" too. Others quoted are judged as before. Not
  // where the headline or the lede names someone taking part ("Leaders sign pact …", then "X welcomed the pact in a
  // statement": a reaction).
  // "Premier Will Fly to Oslo Saturday, Norway Says", "Premier to visit Oslo next week": a headline announcing a
  // visit or a meeting yet to come reports nothing anyone has taken part in yet; only an announcement has a maker.
  const future = futureHeadline(head);
  if (future) for (const p of people) p.participant = false;
  if ((speakersTakePart || ATTRIBUTED_TITLE.test(head)) && (!actorNamed || future)) {
    const maker = firstSpeaker(people);
    if (maker) maker.participant = true;
    // "…, the Ministry of Foreign Affairs said in a statement" with no one named there: the ministry's spokesperson,
    // named later, speaks for the statement.
    const body = maker ? undefined : STATEMENT_BODY.exec(lede)?.[1];
    if (body)
      for (const p of people)
        if (p.spokesperson && p.roles.some((r) => r.includes(body))) p.participant = true;
  }
  // "Palestinian Prime Minister X described the day as …" under "A, B sign accords with C at the White House": a
  // signing's sides are the headline's and the lede's; a speaker of another country, first named later with no word
  // of being there, reacts to it.
  // Not at a signing of many states ("35 leaders sign …", "Leaders of 33 European states … signed"): every speaker
  // there may have signed for their own.
  if (SIGNING_TITLE.test(title) && !MANY_SIGNATORIES.test(title) && !MANY_SIGNATORIES.test(lede)) {
    let sides: Set<string> | undefined;
    for (const p of people) {
      if (!p.participant || p.titleMention >= 0 || !speaksOnlyFromOutside(p)) continue;
      sides ??= signingSides();
      const own = p.roles.map(roleNationality).find((c) => c !== undefined);
      if (own !== undefined && !sides.has(own)) p.participant = false;
    }
  }
  // "X said …, in an interview with the Y newspaper": the interview is the event, given by the lede's subject to
  // whoever the sentences about it name; the people X talks about ("the commission led by Z") were not there.
  // "X has said that …" over "“…,” X told Y, host of Z, in an exclusive interview on the sidelines of the forum": the
  // lede's words given in an interview a sentence just after it names, with its subject, are that interview's too.
  if (
    says(GATED_EXPRESSIONS.INTERVIEW_LEDE, lede, ledeLower, ledePairs) ||
    (ledeSubject !== undefined &&
      text.includes(' interview') &&
      !MEETING.test(lede) &&
      interviewAfterLede(ledeSubject))
  )
    for (const p of people)
      if (p.participant && p !== ledeSubject && p.titleMention < 0 && !p.mentions.some(inInterviewSentence))
        p.participant = false;
  // "X said in an interview with TASS First Deputy Director General Y": the interviewer the story's opening
  // sentences name took part in the interview with X (the corpus README's "the interviewer").
  if (INTERVIEW.in(text))
    for (const p of people)
      if (!p.participant && !p.mentions.some(died) && p.mentions.some(interviewerAt)) p.participant = true;
  transcriptSpeakers(people);
  // "Your Excellency President X, Your Excellency President Y, Dear Colleagues": a speech's salutations name those
  // it was given to, there; "The Meeting was co-chaired by X and attended by: - H.E. Y, …; - H.E. Z, …": a
  // statement's list of who attended its meeting.
  const salutes = text.includes('Your ');
  const attended = ATTENDED_BY.in(text);
  // The sentence naming someone first, which reports the meeting below a header or a date line.
  firstNamedSent = Infinity;
  attendeeItems = undefined;
  for (const p of people)
    for (const m of p.mentions) if (m.kind !== 'pronoun' && m.sent < firstNamedSent) firstNamedSent = m.sent;
  // "Telephone conversation with US President X" over "Y had a telephone conversation with US President X": a
  // readout's headline names the other side only; the first person its first sentence names is the host's side.
  if (READOUT_TITLE.test(title)) {
    let host: PersonRecord | undefined;
    let at = Infinity;
    for (const p of people)
      for (const m of p.mentions)
        if (m.kind !== 'pronoun' && m.sent === firstNamedSent && m.start < at) {
          at = m.start;
          host = p;
        }
    if (host && !host.spokesperson && !host.mentions.some(died)) host.participant = true;
  }
  if (attended) {
    const sides = attendingDelegations();
    if (sides.size > 0)
      for (const p of people) if (!p.participant && envoyOfAttendingSide(p, sides)) p.participant = true;
  }
  if (salutes || attended)
    for (const p of people)
      if (
        !p.participant &&
        p.mentions.some((m) => (salutes && addressed(m)) || (attended && attendedBy(m))) &&
        !p.mentions.some(died)
      )
        p.participant = true;
  for (const p of people)
    if (!p.participant && (withTheOneThere(p, people) || spokeInTurn(p, people))) p.participant = true;
  multiStoryShapes(people);
}

/**
 * "…, where he appeared with his wife, X, and their two daughters", "Y, who sat in the same box a few seats away
 * with his wife Z": a relative named after "with his/her <relation>" that closes a clause whose subject is the one
 * they are named through (by name or by "he"/"she") and whose verb says where that one is, is there with them.
 * Not "is due to leave with his wife" (another time), "He had lived in Paris with his wife" (an earlier one), nor
 * "presented the Queen with a painting showing her … with her father" (the one named through is no subject there).
 */
function withTheOneThere(p: PersonRecord, people: readonly PersonRecord[]): boolean {
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    const before = textBefore(m, 6);
    const w = WITH_RELATIVE.exec(before);
    const relation = (w?.[1] ?? '').toLowerCase();
    if (!w || (!relationWords.has(relation) && !personalTies.has(relation))) continue;
    // The clause's subject: the last person named (or "he"/"she") before "with" in the sentence, the one the
    // relative is named through where the finder tied them to someone.
    const withAt = (tokens[m.start] as Token).start - (before.length - w.index);
    let subject: Mention | undefined;
    let holder: PersonRecord | undefined;
    for (const q of p.relativeOf >= 0 ? [people[p.relativeOf] as PersonRecord] : people) {
      if (q === p) continue;
      for (const n of q.mentions) {
        if (n.sent !== m.sent || (tokens[n.end - 1] as Token).end > withAt) continue;
        if (n.kind === 'pronoun' && !HE_SHE.has((tokens[n.start] as Token).lower)) continue;
        if (!subject || n.start > subject.start) {
          subject = n;
          holder = q;
        }
      }
    }
    if (!subject || !holder?.participant) continue;
    const between = text.slice((tokens[subject.end - 1] as Token).end, withAt);
    if (THERE_WITH.test(between) && !OTHER_TIME_WITH.test(between) && !negativeAt(m) && !setElsewhere(m.sent))
      return true;
  }
  return false;
}
/**
 * "X, by tradition the first speaker of the week, spoke just before Y.", "X, speaking after Y, thanked …": one who
 * spoke right before or after someone taking part spoke at the same session (not "spoke after Y's speech", a
 * reaction to it).
 */
function spokeInTurn(p: PersonRecord, people: readonly PersonRecord[]): boolean {
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    const from = (tokens[m.end - 1] as Token).end;
    const after = text.slice(from, from + 120);
    if (!after.includes('spok') && !after.includes('speak')) continue;
    for (const q of people) {
      if (q === p || !q.participant) continue;
      for (const n of q.mentions) {
        if (n.kind === 'pronoun' || n.sent !== m.sent || n.start < m.end) continue;
        const at = (tokens[n.start] as Token).start;
        if (at - from > 120 || POSSESSIVE_MARKS.has(tokens[n.end]?.text ?? '')) continue;
        if (SPOKE_IN_TURN.test(text.slice(from, at))) return true;
      }
    }
  }
  return false;
}
const SPOKE_IN_TURN =
  /^\s*(?:,[^,;.]{1,80},\s*)?(?:also\s+)?(?:spoke|speaks|speaking)\s+(?:just\s+|shortly\s+|immediately\s+|right\s+)?(?:before|after)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** "with his wife, ", "with her partner ": group 1 the relation. */
const WITH_RELATIVE = /\bwith (?:his|her|their) (?:[a-z]+ )?([a-z]+)\s*,?\s*$/i;
/**
 * ", who was in the courtroom ", " appeared ", " sat in the same box a few seats away ": a verb of being there ("was
 * reunited with his wife" tells of another meeting).
 */
const THERE_WITH =
  /^\s*(?:,\s*who\s+)?(?:also\s+)?(?:(?:was|were|is|are)\s+(?:in|at|on|inside|among|there|here|present)|sat|sits|stood|stands|appeared|appears|arrived|came|walked|waited|stayed)\b[^,;:()“”"]*$/i;
/** Words that set the clause at another time than the event's ("is due to leave", "will travel", "in 1975"). */
const OTHER_TIME_WITH = /\b(?:to|will|would|due|later|earlier|\d{4})\b/i;

/** Whether the headline reports a ship's visit or passage (its commanders came with it); asked once a story. */
function vesselStory(): boolean {
  vesselHeadline ??= VESSEL_HEADLINE.test(title) && VESSEL_ACT.test(title);
  return vesselHeadline;
}

/** A readout's headline of a meeting or a call with someone, and no subject ("Meeting with X", "Talks with Y"). */
const READOUT_TITLE =
  /^(?:(?:Telephone|Phone|Video) (?:conversation|call|talks?)|Conversation|Meeting|Talks|Call) with \p{Lu}/u;

/**
 * "The meeting was … attended by the delegations of Iran and the 4+1 group of countries – Britain, France, Germany,
 * Russia and China": the list of countries whose delegations the meeting had (up to the sentence's end).
 */
const DELEGATIONS_OF = /\battended by (?:the )?delegations of ([^.;]{3,200})/;
function attendingDelegations(): Set<string> {
  const out = new Set<string>();
  const list = DELEGATIONS_OF.exec(text)?.[1];
  if (list === undefined) return out;
  for (const item of list.split(/,|\band\b|[–—]|\bthe\b/)) {
    const c = countryNames.get(item.trim().toLowerCase());
    if (c !== undefined) out.add(c);
  }
  return out;
}
/** An envoy's post: "Russia's permanent representative to …", "China's ambassador to …", "the British delegate". */
const SIDE_ENVOY_ROLE = /\b(?:ambassador|(?:permanent )?representative|envoy|delegate|negotiator)\b/i;
/**
 * "Y, China's ambassador to the international organizations in Vienna, said the talks should proceed …": an envoy
 * whose role opens with one of the attending delegations' countries ("China's", "Chinese") speaks for it at the
 * meeting, where nothing says otherwise.
 */
function envoyOfAttendingSide(p: PersonRecord, sides: ReadonlySet<string>): boolean {
  if (p.spokesperson) return false;
  const own = p.roles.some((r) => {
    if (!SIDE_ENVOY_ROLE.test(r)) return false;
    const first = (r.split(' ')[0] ?? '').replace(/['’]s$/, '').toLowerCase();
    const c = countryNames.get(first) ?? demonymCountry.get(first);
    return c !== undefined && sides.has(c);
  });
  return (
    own &&
    p.mentions.some(
      (m) =>
        m.kind !== 'pronoun' &&
        !locallyNegated(m) &&
        !notThere(m) &&
        !negativeAt(m) &&
        !(eventPlace !== '' && setElsewhere(m.sent)),
    )
  );
}
/** "attended by", searched from its "b" (most stories have none). */
const ATTENDED_BY = new RareSearch('attended by', 9);
/** "interview", searched from its "v" (most stories have none): ~2.3 against ~0.8 µs a story (session 34). */
const INTERVIEW = new RareSearch('interview', 5);
const SALUTATION = new Set(['excellency', 'excellencies', 'majesty', 'highness', 'holiness']);

/** "Your Excellency President X": the name after a salutation and at most three words of title. */
function addressed(m: Mention): boolean {
  return salutedMention(tokens, m);
}

/** Whether a mention is of a name saluted ("Your Excellency President X,"), as a speech's opening lines address it. */
export function salutedMention(tokens: readonly Token[], m: Mention): boolean {
  if (m.kind === 'pronoun') return false;
  for (let k = m.start - 1; k >= m.start - 4 && k > 0; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== (tokens[m.start] as Token).sent || !t.cap) return false;
    if (SALUTATION.has(t.lower)) return tokens[k - 1]?.lower === 'your';
  }
  return false;
}

let firstNamedSent = Infinity;
let attendeeItems: Set<number> | undefined;

/**
 * A name after "attended by" in the sentence first naming anyone or the next (the meeting reported, who was there),
 * or in the list of lines after one that ends "attended by:".
 */
function attendedBy(m: Mention): boolean {
  if (m.kind === 'pronoun') return false;
  if (attendeeItems === undefined) {
    attendeeItems = new Set();
    for (let s = firstNamedSent; s <= firstNamedSent + 1 && s < sentences.length; s++) {
      const [, e] = sentences[s] as [number, number];
      if (tokens[e - 1]?.text !== ':' || tokens[e - 2]?.lower !== 'by' || tokens[e - 3]?.lower !== 'attended')
        continue;
      // Each item a line of its own (its bullet dropped by the parser), ending ";" (or "; and") but the last.
      for (let k = s + 1; k < sentences.length; k++) {
        const [a, b] = sentences[k] as [number, number];
        if (
          !text.slice(Math.max(0, (tokens[a] as Token).start - 4), (tokens[a] as Token).start).includes('\n')
        )
          break;
        attendeeItems.add(k);
        const last = tokens[b - 1]?.lower;
        if (last !== ';' && !(last === 'and' && tokens[b - 2]?.text === ';')) break;
      }
    }
  }
  if (attendeeItems.has(m.sent)) return true;
  if (m.sent > firstNamedSent + 1) return false;
  const [a] = sentences[m.sent] as [number, number];
  for (let k = m.start - 1; k > a; k--)
    if ((tokens[k] as Token).lower === 'by' && (tokens[k - 1] as Token).lower === 'attended') return true;
  return false;
}

/** A transcript's turn: "Q:", "A:", "QUESTION:", "MR HALE:", "CARSON:" opening a paragraph. */
const TURN_LABEL = /^(?:(?:MR|MS|MRS|DR)\.? )?\p{Lu}[\p{Lu}'’-]*(?: \p{Lu}[\p{Lu}'’-]*){0,2}:[ \t]/u;
const BRIEFING_TITLE = /\b(?:press conference|news conference|press briefing|briefing)\b/i;
const LABEL_HONORIFIC = new Set(['mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'dr', 'dr.']);
/**
 * A ministry's transcript labels its turns in title case: "Mao Ning: …" for the spokesperson, "CCTV: …", "Kyodo
 * News: …" for the outlets asking. Read only where a person of the story labels two turns or more ("Source: X",
 * "Photo: Y", "Posted On: …" label no one).
 */
const TURN_LABEL_MIXED = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}:[ \t]/u;

/**
 * Excerpts of a briefing or an interview as a transcript ("Q: …" / "A: …", "QUESTION: …" / "MR HALE: …", "CARSON:
 * …" / "LIND: …"): its speakers took part in it, named by their turns' labels or, for a briefing's answers, as the
 * spokesperson its headline or header names; people named only inside the turns are what was asked and answered
 * about ("Prime Minister X said on Monday …", "X came to Kiev and told them …").
 */
function transcriptSpeakers(people: PersonRecord[]): void {
  if (!text.includes(':')) return;
  const turns: [number, number][] = [];
  const labels = new Set<string>();
  let count = 0;
  // Title-case turns, kept apart until a person of the story is found to label two of them.
  let mixed: [string, number, number][] | undefined;
  for (let at = 0; at < text.length;) {
    let end = text.indexOf('\n\n', at);
    if (end < 0) end = text.length;
    const head = text.slice(at, Math.min(end, at + 40));
    const label = TURN_LABEL.exec(head);
    if (label) {
      count++;
      turns.push([at + label[0].length, end]);
      for (const w of label[0].slice(0, -2).toLowerCase().split(' '))
        if (!LABEL_HONORIFIC.has(w)) labels.add(w);
    } else {
      const titled = TURN_LABEL_MIXED.exec(head);
      if (titled) (mixed ??= []).push([titled[0].slice(0, -2), at + titled[0].length, end]);
    }
    at = end + 2;
  }
  if (mixed && mixed.length >= 2) {
    const speaking = (name: string) =>
      (mixed as [string, number, number][]).filter(([l]) => l === name).length >= 2;
    if (people.some((p) => speaking(p.name)))
      for (const [l, a, b] of mixed) {
        count++;
        turns.push([a, b]);
        for (const w of l.toLowerCase().split(' ')) if (!LABEL_HONORIFIC.has(w)) labels.add(w);
      }
  }
  // Three turns by two speakers at least: a lone "NOTE:" or "WASHINGTON:" opens no transcript.
  if (count < 3 || labels.size < 2) return;
  const inTurn = (m: Mention) => {
    const c = (tokens[m.start] as Token).start;
    return turns.some(([a, b]) => c >= a && c < b);
  };
  const briefing = BRIEFING_TITLE.test(title) && (labels.has('a') || labels.has('answer'));
  for (const p of people) {
    const named = p.mentions.filter((m) => m.kind !== 'pronoun');
    // A label's word of more than one letter, not "Question": "Q" and "A" name no one ("John A. Hale").
    const speaker =
      p.tokens.some((w) => w.length > 1 && w.toLowerCase() !== 'question' && labels.has(w.toLowerCase())) ||
      (briefing && p.spokesperson && (p.titleMention >= 0 || named.some((m) => !inTurn(m))));
    if (speaker) {
      if (!p.mentions.some(died)) p.participant = true;
    } else if (p.participant && p.titleMention < 0 && named.length > 0 && named.every(inTurn))
      p.participant = false;
  }
}

const SIGNING_TITLE = /\b(?:sign|signs|signed|ink|inks|inked)\b/i;
/** "35 leaders", "Leaders of 33 European states": a gathering of many states, by their number. */
const MANY_SIGNATORIES =
  /\b(?:[1-9]\d+|dozens of) (?:[\w-]+ )?(?:leaders|states|nations|countries|governments|heads of state)\b/i;

/** A headline's subject (capitalised words) then "will" or "to" and a verb of going or meeting: an event to come. */
const FUTURE_TITLE = /^((?:\p{Lu}[\p{L}.'’-]*,? ){1,5}?)(?:will|Will|WILL|to|To|TO) (\p{L}+)\b/u;
const FUTURE_VERBS = new Set([
  'visit',
  'fly',
  'meet',
  'travel',
  'attend',
  'hold',
  'arrive',
  'go',
  'come',
  'pay',
]);

/**
 * Verbs of a promise before "to" that compromise lists as nouns only: "X, Y Pledge to Meet Again" reports the pledge
 * made, as "X, Y Agree To Meet" does.
 */
const PROMISE_VERBS = new Set(['pledge', 'pledges', 'vow', 'vows', 'hope', 'hopes']);

/** Whether `head` announces a visit or a meeting to come ("X Will Fly to Y", "X to visit Y"), not "X, Y Agree To Meet". */
function futureHeadline(head: string): boolean {
  const m = FUTURE_TITLE.exec(head);
  if (!m || !FUTURE_VERBS.has((m[2] as string).toLowerCase())) return false;
  const words = (m[1] as string).trim().split(' ');
  const last = (words[words.length - 1] as string).replace(/,$/, '').toLowerCase();
  return !verbWords.has(last) && !PROMISE_VERBS.has(last);
}

/** The countries a headline's and a lede's words name ("UAE, Bahrain sign … with Israel", "Israeli"). */
function signingSides(): Set<string> {
  const sides = new Set<string>();
  const words = title.toLowerCase().split(/[^\p{L}]+/u);
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    const c = countryNames.get(w) ?? demonymCountry.get(w) ?? countryNames.get(`${w} ${words[k + 1] ?? ''}`);
    if (c) sides.add(c);
  }
  const [s0, e0] = sentences[0] ?? [0, 0];
  for (const h of findCountries(tokens, s0, e0)) sides.add(h.country);
  return sides;
}

/** The country a role's first word names as a nationality ("Palestinian Prime Minister"), if any. */
function roleNationality(role: string): string | undefined {
  const space = role.indexOf(' ');
  const first = (space < 0 ? role : role.slice(0, space)).toLowerCase();
  return demonymCountry.get(first);
}

/**
 * One first named after the lede, in one sentence, that says nothing of being there (no cue of taking part or of
 * presence): a speaker, not a side.
 */
function speaksOnlyFromOutside(p: PersonRecord): boolean {
  let sent = -1;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    if (m.sent === 0 || (sent >= 0 && m.sent !== sent)) return false;
    sent = m.sent;
  }
  if (sent < 0) return false;
  const t = sentText(sent);
  return (
    speechVerbAt(p.mentions.find((m) => m.kind !== 'pronoun') as Mention) >= 0 && !PRESENCE.test(t) && !cue(t)
  );
}

/**
 * "The Bank of Japan on Tuesday raised rates …", "Boeing Co. factory workers voted to accept …": a lede whose
 * subject is a central bank or a workforce, a body outside government, makes the decision or the vote reported.
 */
// "In a divided vote, the Central Bank's Monetary Policy Committee on Wednesday cut …": past an opening phrase.
const NON_GOVERNMENT_ACTOR =
  /^(?:In [^,;]{1,40}, )?(?:The |the )?(?:\p{Lu}[\w.'’&-]* ){0,4}(?:[Cc]entral [Bb]ank|(?:Reserve )?Bank of|Federal Reserve|(?:[a-z]+ )?(?:workers|employees|machinists)(?: [\w-]+){0,2} voted|union members voted)\b/u;
/** A cabinet post ("Finance Minister", "Acting Labor Secretary"), not the head of government nor a party's secretary. */
const CABINET_POST = /\b(?:Minister|Secretary)\b/;
const NOT_CABINET_POST = /\b(?:Prime Minister|General Secretary|Secretary[- ]General|Press Secretary)\b/i;

/**
 * "Finance Minister X told reporters the government would work closely with the central bank": under a decision or
 * a vote of a body outside government, a minister's words comment on it from another body, not at it.
 */
function governmentOfficer(p: PersonRecord): boolean {
  if (p.titleMention >= 0 || firstNamedIn(p, 0) !== undefined) return false;
  return p.roles.length > 0 && p.roles.every((r) => CABINET_POST.test(r) && !NOT_CABINET_POST.test(r));
}

/** A headline reporting a funeral or a ceremony, where the family of the one honoured is present. */
const CEREMONY_TITLE =
  /\b(?:funeral|memorial service|burial|bury|buries|buried|laid to rest|wedding|ceremony)\b/i;
/** "His widow, Mrs. ": a relative set off by a comma, with an honorific. */
const RELATIVE_BEFORE =
  /\b(?:(?:grand)?(?:father|mother|son|daughter)|wife|husband|sister|brother|widow|widower|spouse)\s*,\s*(?:(?:Mrs|Mr|Ms|Madam|Madame|Dr)\.?\s+)?$/i;

/**
 * "His widow, Mrs. X, carried an urn …" at a funeral: a relative named in apposition who does something in the story
 * of the ceremony is there (a relative merely named, "his father, X,", is cited).
 */
function relativeActing(m: Mention): boolean {
  if (m.kind === 'pronoun' || !subjectOfVerbAfter(m)) return false;
  return RELATIVE_BEFORE.test(textBefore(m, 6)) && !negativeAt(m);
}

/**
 * "after meeting Ishikawa Gov. X and local mayors", "At a working session with provincial leaders": on a visit, the
 * local officials met as a group (group 1 the qualifier, group 2 the office).
 */
const VISIT_GROUP_MET =
  /\b(?:meeting|met|meets|session with|talks with) (?:[^;\n]{0,60}? and )?(local|provincial|regional|district|municipal|state) (mayors|governors|leaders|officials)\b/i;

/** Whether one of p's roles is of the group met: "Suzu Mayor" of "local mayors", "… provincial …" of "provincial leaders". */
function ofGroupMet(p: PersonRecord, group: RegExpExecArray): boolean {
  const qualifier = (group[1] as string).toLowerCase();
  const office = (group[2] as string).toLowerCase().slice(0, -1);
  // The qualifier as a lower-case word ("provincial", not "Secretary of State"); the office as the role's head.
  return p.roles.some((r) => {
    const words = r.split(' ');
    return (
      words.includes(qualifier) ||
      (office !== 'leader' && office !== 'official' && words.at(-1)?.toLowerCase() === office)
    );
  });
}

/** "was banned … by the Court of Arbitration for Sport": the lede names the court that decided. */
const LEDE_COURT =
  /\bby the (?:\p{Lu}[\w'’-]*\s+)*(?:Court|Tribunal)\b|^(?:The\s+)?(?:\p{Lu}[\w'’-]*\s+)*(?:Court|Tribunal)\b/u;
/** A body in a role: "chief executive of the U.S. Anti-Doping Agency" (group 1 the body's name). */
const ROLE_BODY =
  /((?:\p{Lu}[\w.'’-]*\s+)+(?:Agency|Committee|Commission|Council|Union|Federation|Association|Organi[sz]ation|Ministry|Authority|Bureau|Institute|Foundation))\b/u;

/**
 * "X, the head of the U.S. Anti-Doping Agency, said it was a dark day" after a court's decision: an officer
 * of a body that the lede does not name as a party speaks from outside the case (unless "at the hearing").
 */
function ofBodyOutsideCase(p: PersonRecord): boolean {
  if (!courtLede || p.roles.length === 0 || firstNamedIn(p, 0) !== undefined) return false;
  return p.roles.every((r) => {
    const body = ROLE_BODY.exec(r)?.[1];
    return body !== undefined && !lede.includes(body);
  });
}

/**
 * "X of Greenpeace called the targets weak", "Y, a climate adviser at Oxfam, said": the staff of an international
 * campaign or aid group comment on the event from outside it, as a think tank's do; by their roles, or, with none, by
 * the group named right after their name.
 */
function campaignGroupStaff(p: PersonRecord): boolean {
  if (p.roles.length > 0) return p.roles.every(ofInternationalNgo);
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    const of = tokens[m.end]?.lower ?? '';
    if (of !== 'of' && of !== 'from' && of !== 'at') continue;
    const lastTok = tokens[m.end - 1] as Token;
    if (CAMPAIGN_GROUP_AFTER.test(text.slice(lastTok.end, lastTok.end + 50))) return true;
  }
  return false;
}
const CAMPAIGN_GROUP_AFTER = new RegExp(
  String.raw`^ (?:of|from|at) (?:the )?${INTERNATIONAL_NGO_RE.source.slice(2)}`,
);

/** "member of the government delegation": a role in a delegation; group 1 is "the government delegation". */
const DELEGATION_MEMBER = /\bmember of (the (?:[\w'’-]+ ){0,3}delegation)\b/i;

/**
 * "Senator X, a member of the government delegation, told …" where the lede or the sentence after it names that
 * delegation at the event ("signed by the head of the government delegation"): one of its members was there.
 */
function memberOfLedeDelegation(p: PersonRecord): boolean {
  for (const r of p.roles) {
    const d = DELEGATION_MEMBER.exec(r)?.[1];
    if (d && (lede.includes(d) || sentText(1).includes(d))) return true;
  }
  return false;
}

/** "a member of Barak's delegation": the possessive names whose delegation. */
const PERSON_DELEGATION_MEMBER = /\bmember of (\p{Lu}[\p{L}-]*)['’]s? (?:[\w'’-]+ ){0,2}delegation\b/u;

/**
 * "X, a member of Barak's delegation, said …": once the participants are decided (the lede's subject too), a member
 * of the delegation of someone taking part was there with them.
 */
export function joinDelegations(people: readonly PersonRecord[]): void {
  for (const p of people) if (!p.participant && memberOfPartyDelegation(p, people)) p.participant = true;
}

/** "Senior Palestinian negotiator", "Sudanese negotiator": a side's negotiator named by the side's nationality. */
const SIDE_NEGOTIATOR = /(?:^|\s)(\p{Lu}[\p{L}-]+) negotiator$/u;

/**
 * "Senior Palestinian negotiator X told reporters that the summit had failed": under a headline or lede reporting
 * talks or a summit, once the countries are decided, a side's negotiator named by the nationality of someone taking
 * part negotiated there with them, whatever they said after. Not a former one ("former chief negotiator"), nor one
 * titled by no nationality ("chief nuclear negotiator", who may be the predecessor).
 */
export function joinNegotiators(people: readonly PersonRecord[]): void {
  if (!talksStory) return;
  for (const p of people) {
    if (p.participant || p.country === null) continue;
    const side = p.roles.some((r) => {
      const word = SIDE_NEGOTIATOR.exec(r)?.[1];
      return (
        word !== undefined && !/^former\b/i.test(r) && demonymCountry.get(word.toLowerCase()) === p.country
      );
    });
    if (side && people.some((q) => q !== p && q.participant && q.country === p.country)) p.participant = true;
  }
}

function memberOfPartyDelegation(p: PersonRecord, people: readonly PersonRecord[]): boolean {
  for (const r of p.roles) {
    const whose = PERSON_DELEGATION_MEMBER.exec(r)?.[1];
    if (whose === undefined) continue;
    for (const q of people)
      if (q !== p && q.participant && (q.name.endsWith(` ${whose}`) || q.aliases.includes(whose)))
        return true;
  }
  return false;
}

/**
 * Whether p's mentions all place them in the event reported (a court officer's in the case, a delegation member's at
 * the signing): none negated or at another time.
 */
function inTheCase(p: PersonRecord): boolean {
  for (const m of p.mentions)
    if (m.kind !== 'pronoun' && (locallyNegated(m) || caseNegativeAt(m) || atNewsConference(m))) return false;
  return true;
}

/**
 * "The inquiry, chaired by Deputy Chief Justice X, is investigating …": who heads an inquiry or a commission holds an
 * office; chairing it is not the event reported (the words are dropped before the cues are sought).
 */
const INQUIRY_CHAIR = String.raw`\b(?:inquiry|probe|investigation|commission),? (?:which is |that is )?(?:co-)?(?:chaired|headed|led) by`;
const CHAIRED_INQUIRY = new RegExp(`${INQUIRY_CHAIR}\\b`, 'gi');
/** The words before a name that an inquiry's chair ends ("The inquiry, chaired by Deputy Chief Justice"). */
const CHAIRED_INQUIRY_BEFORE = new RegExp(`${INQUIRY_CHAIR}(?: [\\w.'’-]+){0,4}$`, 'i');

/**
 * A judge named only as the head of an inquiry or a commission sits on that, not on the case a court story reports
 * (the case's judges take part by their title).
 */
function chairsAnInquiry(p: PersonRecord): boolean {
  let named = false;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    named = true;
    const [s] = sentences[m.sent] ?? [0, 0];
    if (!CHAIRED_INQUIRY_BEFORE.test(slice(Math.max(s, m.start - 10), m.start))) return false;
  }
  return named;
}

/** "U.S. Attorney X said at a news conference that …": a prosecutor's words to the press, not in the hearing. */
function atNewsConference(m: Mention): boolean {
  return AT_NEWS_CONFERENCE.test(scopeOf(m.sent, m.start));
}

/**
 * "…, had asked for 20 days of custody, telling the court that … the plot behind the attacks": what an
 * officer of the court argues there is about the case, whose years are those of the crime, not of the hearing.
 */
const TOLD_THE_COURT =
  /,?\s*\b(?:telling|told|arguing|argued|submitting|submitted) (?:the (?:court|judge|bench) )?that\b.*$/;

function caseNegativeAt(m: Mention): boolean {
  return negativeAt(m) && negativeAt(m, withoutCourtArgument);
}

function withoutCourtArgument(scope: string): string {
  return scope.replace(TOLD_THE_COURT, '');
}

/** "in an interview with", "in an exclusive interview": the lede reports an interview. */
const INTERVIEW_LEDE = /\bin an (?:exclusive |online |televised |written )?interview\b/i;
/** Whether `p` is named in one of the three sentences after the lede that says "in an (exclusive) interview". */
function interviewAfterLede(p: PersonRecord): boolean {
  return p.mentions.some(
    (m) => m.kind !== 'pronoun' && m.sent > 0 && m.sent <= 3 && INTERVIEW_LEDE.test(sentText(m.sent)),
  );
}
function inInterviewSentence(m: Mention): boolean {
  return m.kind !== 'pronoun' && /\binterview/i.test(sentText(m.sent));
}

/** "…, a Chinese Foreign Ministry spokesperson said Tuesday": a lede's words voiced by a spokesperson it does not name. */
// "a spokesperson for the Foreign Ministry said": the body named after the noun, as before it.
const UNNAMED_SPOKESPERSON_SAID =
  /\ban? (?:[\p{L}'’-]+ ){0,5}spokes(?:person|man|woman) (?:(?:for|of|at) (?:[\p{L}'’-]+ ){1,6}?)?(?:said|says|told)\b/u;

/** "in an interview with [the Y newspaper's] [title words]" right before a name. */
const INTERVIEW_WITH_BEFORE = /\binterview (?:with|by) (?:(?:the )?\p{Lu}[\p{L}.'’-]*\s+){0,6}$/u;
/** A name in the story's first three sentences given as the one who conducted an interview. */
function interviewerAt(m: Mention): boolean {
  if (m.kind === 'pronoun' || m.sent > 2) return false;
  const [a] = sentences[m.sent] ?? [0, 0];
  return INTERVIEW_WITH_BEFORE.test(slice(a, m.start) + ' ');
}

/** "the Ministry of Foreign Affairs said in a statement": the body a lede attributes its statement to. */
const STATEMENT_BODY =
  /\bthe ((?:Ministry|Department|Office) of (?:the )?\p{Lu}[\p{L}'’]*(?: (?:and |of )?\p{Lu}[\p{L}'’]*){0,4}) (?:said|announced|stated)\b/u;

/** Whether the lede reports a statement ("expressed", "said", "slammed") before token `at`. */
function statementBefore(at: number): boolean {
  const [a] = sentences[0] ?? [0, 0];
  for (let k = a; k < at; k++) {
    const w = (tokens[k] as Token).lower;
    if (SPEECH.has(w) || w === 'expressed' || w === 'voiced') return true;
  }
  return false;
}

/** The person whose words the lede or the sentence after it reports first, said at the event's time, or undefined. */
function firstSpeaker(people: PersonRecord[]): PersonRecord | undefined {
  let first: PersonRecord | undefined;
  let start = Infinity;
  for (const p of people)
    for (const m of p.mentions) {
      if (m.sent > 1) break;
      if (m.kind === 'pronoun' || m.start >= start || speechVerbAt(m) < 0) continue;
      if (locallyNegated(m) || died(m)) continue;
      if (negative(scopeOf(m.sent, m.start).replace(IN_STATEMENT, '')) && !closingSpeechNow(m)) continue;
      first = p;
      start = m.start;
    }
  return first;
}

/**
 * "GDP reached 126 trillion yuan last year, X, head of the bureau, told a news conference": the words before a
 * closing attribution date the figures, not the speaking; only the words from the name to what it reports can.
 */
function closingSpeechNow(m: Mention): boolean {
  const [a, e] = sentences[m.sent] ?? [0, 0];
  const v = speechVerbAt(m);
  if (v < 0 || !closingAttribution(m, a)) return false;
  return !negative(slice(m.start, wordsReportedFrom(v, e)));
}

const WITH_BEFORE = /\bwith (?:[\w'’.-]+ ){0,5}$/i;
const AS_MATE_AFTER = /^ as (?:(?:his|her|the) )?(?:vice[- ]president|running mate)\b/i;

/** A cabinet reshuffle ("Cabinet reshuffle: …", "announced a reshuffle of his Cabinet", "a cabinet shake-up"). */
const RESHUFFLE_STORY = /\b(?:reshuffl(?:e|es|ed|ing)|(?:cabinet|government|ministerial) shake-?up)\b/i;
/**
 * What a minister moved in a reshuffle does, right after the name (or its own clause set off by commas): "moves
 * to", "replaces", "takes over", "becomes", "heading the new …", "was named", "as the new Trade Minister". Not
 * "stays on as": who keeps a post was not moved. The one replaced is not placed by it (they may have left earlier).
 */
const MOVED_AFTER =
  /^(?:\s*,\s*who)?\s+(?:also\s+)?(?:(?:mov(?:es|ed|ing)|return(?:s|ed|ing)?|switch(?:es|ed|ing)) to|replac(?:es|ed|ing)|(?:tak(?:es|ing)|took) over|becom(?:es|ing)|became|head(?:s|ing)? the|swap(?:s|ped|ping)|(?:is|was|were|has been|have been) (?:also )?(?:named|appointed|moved|promoted|reassigned|shifted|dropped|sacked|given)|as (?:the )?(?:new )?\p{Lu})/u;
/** "A and B swapped portfolios": a clause that moves everyone it names. */
const SWAPPED =
  /\b(?:swap(?:s|ped)?|exchang(?:es|ed)|trad(?:es|ed)) (?:their )?(?:portfolios|posts|ministries|jobs)\b/i;

/** Whether `t` reports a reshuffle (a plain scan for its key words first: most stories have none). */
function reshuffled(t: string): boolean {
  return (t.includes('eshuffl') || t.includes('shake')) && RESHUFFLE_STORY.test(t);
}

/** Whether mention `m`, in a reshuffle story, names a minister moved or appointed in it. */
function movedInReshuffle(m: Mention): boolean {
  const [, e] = sentences[m.sent] ?? [0, 0];
  const last = tokens[m.end - 1] as Token;
  const stop = (tokens[Math.min(e, m.end + 8) - 1] as Token).end;
  if (MOVED_AFTER.test(text.slice(last.end, stop))) return true;
  // "X, whom Y succeeds as Health Minister, becomes …": past the name's own clause.
  const clause = clauseOpenedAt(clauses.get(m.sent) ?? [], m.end);
  if (clause && clause[1] < e) {
    const close = tokens[clause[1]] as Token;
    const to = (tokens[Math.min(e, clause[1] + 8) - 1] as Token).end;
    if (MOVED_AFTER.test(text.slice(close.end, to))) return true;
  }
  return SWAPPED.test(scopeOf(m.sent, m.start)) || appointedAs(m);
}

/**
 * "Moon also named Rep. X of the ruling party as culture minister and Y, another ruling party lawmaker, as minister of
 * SMEs": the objects of a verb of appointing, each with "as" and the post after it, in a reshuffle were moved in it.
 */
function appointedAs(m: Mention): boolean {
  if (m.kind === 'pronoun') return false;
  const [a, e] = sentences[m.sent] ?? [0, 0];
  let verb = -1;
  for (let k = m.start - 1; k >= a && k > m.start - 30; k--)
    if (APPOINT_VERBS.has((tokens[k] as Token).lower)) {
      verb = k;
      break;
    }
  if (verb < 0) return false;
  // The name is the verb's object: past its honorific (and, in a list, the one before's "as <post> and").
  let b = m.start - 1;
  while (b > verb && ((tokens[b] as Token).cap || (tokens[b] as Token).text === '.')) b--;
  if (b !== verb && (tokens[b] as Token).lower !== 'and') return false;
  for (let k = m.end; k < e && k < m.end + 14; k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'as') {
      // "as Trade Minister", "as minister of …", "as culture minister" (a portfolio's word before the title's head).
      const n = tokens[k + 1];
      return (
        n !== undefined &&
        (n.cap ||
          titleHeads.has(n.lower) ||
          titleModifiers.has(n.lower) ||
          titleHeads.has(tokens[k + 2]?.lower ?? ''))
      );
    }
    if (t.text === ';') return false;
  }
  return false;
}

/**
 * "together with his running mate, retired Colonel X", "His running mate was former mayor Y": under a story of an
 * election, a candidate's running mate ran in it too, whenever the sentence is set.
 */
const RUNNING_MATE_BEFORE = /\brunning[- ]mates?(?:,| (?:was|is|were|are))? (?:[\w'’.-]+ ){0,4}$/i;
const ELECTED =
  /\b(?:re-)?elected\b|\bwins? (?:an? |the |(?:his|her|their) )?(?:[\w-]+ ){0,2}(?:term|election|race|mandate|presidency)\b|\b(?:gubernatorial|presidential|mayoral|parliamentary|legislative) (?:race|vote|contest)\b/i;
/**
 * "X was elected prime minister …, over two months after a general election": the vote reported is the
 * parliament's, and the general election only dates it.
 */
function earlierElection(): boolean {
  electionBefore ??=
    ELECTION_BEFORE.test(lede) && !ELECTION.test(title) && !ELECTION.test(lede.replace(ELECTION_BEFORE, ''));
  return electionBefore;
}
const ELECTION_BEFORE =
  /\b(?:after|since|following) (?:a|an|the|last|this|its) (?:[\w-]+ ){0,2}(?:elections?|polls)\b/i;

function electedStory(): boolean {
  electedTitleOrLede ??= electionStory || ELECTED.test(title) || ELECTED.test(lede);
  return electedTitleOrLede;
}

/**
 * "X, a former chief of staff, finished fourth": under a story of an election, a candidate's place in it; not one set
 * at another time, in its own words or by the opening phrase of the sentence before ("In the first round on May 9, no
 * candidate took a majority. Y came third").
 */
const PLACED =
  /\b(?:finished|came|placed) (?:a )?(?:distant |close )?(?:second|third|fourth|fifth|sixth|seventh|last)\b/;
function placedInElection(m: Mention): boolean {
  return (
    electedStory() && PLACED.test(scopeOf(m.sent, m.start)) && !negativeAt(m) && !continuesOtherTime(m.sent)
  );
}

/**
 * "The Social Democratic Party (PSD) led by X won Sunday's regional election", "The PS, led in the archipelago by Y,
 * came third, followed by the Unity Party (UP) of Z": under a story of an election, the leader of a party
 * whose result the sentence reports headed its list (a party "led by" someone named in passing is no such leader).
 */
const PARTY_LED_BEFORE =
  /(?:\b(?:Party|Alliance|Front|Movement|Coalition|Union|Bloc|Congress)(?: \(\p{Lu}+\))?|\(\p{Lu}+\)),? (?:(?:led|headed)(?: [\w'’-]+){0,3} by|of) (?:\p{Lu}[\w'’.-]* ){0,2}$/u;
const PARTY_RESULT =
  /\b(?:won|wins|came (?:first|second|third|fourth|fifth|last)|finished (?:first|second|third|fourth|fifth|last)|followed by)\b/;
function partyLeaderPlaced(m: Mention): boolean {
  return (
    electedStory() &&
    PARTY_LED_BEFORE.test(textBefore(m, 10)) &&
    PARTY_RESULT.test(sentText(m.sent)) &&
    !continuesOtherTime(m.sent)
  );
}

/** "X, Y hold talks in Paris": talks, and no welcome, meal, tour or visit the headline would cover too. */
const TALKS_ONLY_TITLE =
  /^(?![^;]*\b(?:visits?|welcom\w*|ceremony|banquet|dinner|lunch|luncheon|reception|tours?)\b)[^;]*\btalks\b/i;
/** "At the arrival ceremony, …": the welcome on the lawn, apart from the talks a headline reports. */
const WELCOME_SCENE = /^At the (?:arrival|welcome|welcoming|official welcome) ceremony,/;
/**
 * "Earlier in the day, X and his wife Y held a welcome ceremony for …", "In the evening, X and Y hosted a state
 * banquet …", "After the ceremony, Mrs. X escorted Mrs. Z on a tour …": another part of the visit's programme (not
 * "Before the talks, …", which opens the talks).
 */
const PROGRAMME_OPENER =
  /^(?:Earlier(?: (?:in|on) the day| the same day| on \w+)?|In the evening|(?:Later|Earlier) (?:in the day|that day|in the evening)|After the (?:welcome |welcoming |arrival )?ceremony|Tonight)\b,?/;
/**
 * "In the afternoon the Russian President was received by X at his home, where they had a long conversation": under a
 * headline of talks, a meeting the later hours of the day hold is one of its own (a welcome ceremony is not read here:
 * its hosts are at the talks' opening).
 */
const LATER_HOURS_OPENER =
  /^(?:In the (?:afternoon|evening)|Later (?:in the day|that day|in the (?:afternoon|evening)))\b/;
const MEETING_OF_ITS_OWN = /\b(?:received|met|meets|held talks|had talks)\b/;
function laterMeetingApart(t: string): boolean {
  return LATER_HOURS_OPENER.test(t) && MEETING_OF_ITS_OWN.test(t) && !WELCOME_CEREMONY.test(t);
}

/**
 * Under a headline of talks (TALKS_ONLY_TITLE), whether sentence `sent` is set at another part of the visit's
 * programme for p: a welcome scene ("At the arrival ceremony, …", and the sentence after it in its paragraph) for
 * anyone, and for a spouse ("his wife Y") the welcome, the banquet or the tour a time opener sets apart too — a
 * spouse's programme runs beside the talks (round 73's golds; "Before the talks, X welcomed Y and his spouse Z" opens
 * the talks and is not set apart).
 */
function programmeApart(p: PersonRecord, sent: number): boolean {
  const scene = (s: number) =>
    WELCOME_SCENE.test(sentText(s)) ||
    (LIVING_SPOUSES.has(p.relation ?? '') && PROGRAMME_OPENER.test(sentText(s))) ||
    laterMeetingApart(sentText(s));
  if (scene(sent)) return true;
  if (sent < 2) return false;
  // The sentence after, in the same paragraph, goes on at the same scene.
  const e = (sentences[sent - 1] as [number, number])[1];
  const s = (sentences[sent] as [number, number])[0];
  return (
    !text.slice((tokens[e - 1] as Token).end, (tokens[s] as Token).start).includes('\n') && scene(sent - 1)
  );
}

/**
 * "In the first round on May 9, no candidate took a majority. Y came third.", "Hours before the summit, the
 * North notified Japan of a launch. X told reporters that Seoul was watching it": a sentence that goes on, in its
 * paragraph, from one whose opening phrase sets another time is set then too.
 */
function continuesOtherTime(sent: number): boolean {
  if (sent === 0) return false;
  const [a, e] = sentences[sent - 1] as [number, number];
  const s = (sentences[sent] as [number, number])[0];
  if (text.slice((tokens[e - 1] as Token).end, (tokens[s] as Token).start).includes('\n')) return false;
  let k = a;
  while (k < e && k < a + 10 && (tokens[k] as Token).text !== ',') k++;
  // "On the night of Nov. 9, 1989, …": the year after the day's comma belongs to the opening date.
  if (tokens[k + 2]?.text === ',' && YEAR.test(tokens[k + 1]?.text ?? '')) k += 2;
  return k < e && (tokens[k] as Token).text === ',' && negative(slice(a, k + 1));
}

/**
 * "The leaders of Spain and France made clear at an EU summit in Brussels that … “…,” Spanish Prime Minister X said":
 * the sentence before, in the same paragraph, sets what follows at a gathering of its own ("at an EU summit", an
 * indefinite one), which the headline and the lede do not report; its speakers spoke there.
 */
function quotedAtOtherGathering(sent: number): boolean {
  if (sent < 2) return false;
  const [a, e] = sentences[sent - 1] as [number, number];
  const s = (sentences[sent] as [number, number])[0];
  if (text.slice((tokens[e - 1] as Token).end, (tokens[s] as Token).start).includes('\n')) return false;
  const before = slice(a, e);
  if (!before.includes(' at a')) return false;
  const noun = AT_A_GATHERING.exec(before)?.[1]?.toLowerCase();
  return noun !== undefined && !titleLower.includes(noun) && !ledeLower.includes(noun);
}
const AT_A_GATHERING = /\bat an? (?:[\w-]+ ){0,2}(summit|conference|congress|forum|gathering|ministerial)\b/i;

/**
 * "X attended the opening of the conference on Nov 30 … There he met Y": a sentence opened by "There" (not "There
 * is/was …") goes back, in its paragraph, to the place and time of the sentence before; set at another time, so is it.
 */
function thereAtOtherTime(sent: number): boolean {
  if (sent === 0) return false;
  const [a, e] = sentences[sent - 1] as [number, number];
  const s = (sentences[sent] as [number, number])[0];
  if ((tokens[s] as Token).text !== 'There' || EXISTENTIAL_BE.has(tokens[s + 1]?.lower ?? '')) return false;
  if (text.slice((tokens[e - 1] as Token).end, (tokens[s] as Token).start).includes('\n')) return false;
  return negative(slice(a, e));
}
const EXISTENTIAL_BE = new Set([
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'has',
  'have',
  'had',
  'may',
  'might',
]);

/**
 * "Wang also met Investment Minister X later in the day … X said Chinese firms had invested $4 billion": one first
 * named, in the sentence before in the same paragraph, as met at another meeting speaks at that meeting.
 */
function speaksAtMeetingJustReported(m: Mention, firstNamed: Mention | undefined): boolean {
  if (!firstNamed || m.kind === 'pronoun' || firstNamed.sent !== m.sent - 1) return false;
  const [, e] = sentences[firstNamed.sent] as [number, number];
  const s = (sentences[m.sent] as [number, number])[0];
  if (text.slice((tokens[e - 1] as Token).end, (tokens[s] as Token).start).includes('\n')) return false;
  const before = sentText(firstNamed.sent);
  return MEETING.test(before) && negative(before);
}

/**
 * "The government approved the deal after a night-long cabinet meeting in Tel Aviv. Prime Minister X said the war
 * would go on": one first named in the sentence after one that sets another meeting in another city than the
 * event's, in the same paragraph, speaks at that meeting (a reaction, not a part in the event reported).
 */
function speaksAfterMeetingElsewhere(m: Mention, firstNamed: Mention | undefined): boolean {
  if (!firstNamed || m !== firstNamed || m.sent < 2) return false;
  const [, e] = sentences[m.sent - 1] as [number, number];
  const s = (sentences[m.sent] as [number, number])[0];
  if (text.slice((tokens[e - 1] as Token).end, (tokens[s] as Token).start).includes('\n')) return false;
  const place = MEETING_IN.exec(sentText(m.sent - 1))?.[1];
  return place !== undefined && notTheEventPlace(place);
}
const MEETING_IN =
  /\b(?:meeting|session|talks|summit|conference)s? in (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/u;

/** "with former mayor X as vice president": the name between "with" and the office of a running mate. */
function runningMate(m: Mention): boolean {
  const [a] = sentences[m.sent] ?? [0, 0];
  const from = Math.max(a, m.start - 6);
  if (from >= m.start) return false;
  const lastTok = tokens[m.end - 1] as Token;
  return (
    AS_MATE_AFTER.test(text.slice(lastTok.end, lastTok.end + 30)) &&
    WITH_BEFORE.test(text.slice((tokens[from] as Token).start, (tokens[m.start] as Token).start))
  );
}

/**
 * "X was arrested on Sunday …, Interior Secretary Y announced.": under a headline reporting an act that does not
 * name its source, the lede's closing attribution names who reported the act, not one who took part in it.
 */
function ledeSource(m: Mention): boolean {
  const v = attributionVerbAt(m);
  if (v < 0) return false;
  const end = (sentences[0] as [number, number])[1];
  // "…, X announced on Monday.": the day it was said closes the lede too.
  let e = v + 1;
  while (e < end && e < v + 4 && SAID_WHEN.test((tokens[e] as Token).text)) e++;
  return (
    (e === end || (e + 1 === end && !(tokens[e] as Token).word)) &&
    !ATTRIBUTED_TITLE.test(title) &&
    !CREDITED_TITLE.test(title)
  );
}

/**
 * "…, according to early figures released by the chairman of the National Electoral Board, X.": the lede credits
 * its figures to X, who announced them; X is its source, not a side of the vote or the event.
 */
function creditedSource(m: Mention): boolean {
  if (m.kind === 'pronoun') return false;
  const [a] = sentences[m.sent] ?? [0, 0];
  const from = Math.max(a, m.start - 24);
  // The words hold "according to": looked for back from the name first, as few ledes do (PERFORMANCE.md, perf33).
  if (
    from >= m.start ||
    text.lastIndexOf('according to', (tokens[m.start] as Token).start) < (tokens[from] as Token).start
  )
    return false;
  return CREDITED_BEFORE.test(slice(from, m.start) + ' ');
}
const CREDITED_BEFORE =
  /\baccording to (?:the |preliminary |official |unofficial |final |provisional )*(?:results|figures|data|count) (?:announced|released|published|read out) by (?:the )?[^.;“”"]{0,80}$/;

/** A headline that credits its words to a speaker after a dash ("… before crash - Roscosmos chief", "… — Kremlin"). */
const CREDITED_TITLE = /\s[-–—]\s+[^-–—|:,.]{2,40}$/;

/** A closing attribution's present perfect ("…, Prime Minister X has announced."). */
const HAS_HAVE = new Set(['has', 'have']);
/** A name's own verb of speech after the perfect's auxiliary, past or present ("X had said on Thursday that …"). */
const PERFECT_AUX = new Set(['has', 'have', 'had']);
/**
 * The verb of speech of a closing attribution: speechVerbAt's, or one after the perfect's auxiliary ("…, Prime
 * Minister X has announced.").
 */
function attributionVerbAt(m: Mention): number {
  return HAS_HAVE.has(tokens[m.end]?.lower ?? '') && SPEECH.has(tokens[m.end + 1]?.lower ?? '')
    ? m.end + 1
    : speechVerbAt(m);
}

/** The words of when something was said: "on Monday", "late on Sunday", "today". */
const SAID_WHEN =
  /^(?:on|late|early|today|yesterday|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night)$/;

/**
 * "Prime Minister X says the island has been flattened after the hurricane made landfall": under a disaster, a lede
 * that opens on its speaker's words reports it through them (a survivor's own part is found by the disaster's
 * cues; "…, the agency's chief said on Monday" under a headline quoting that chief is left to the other rules).
 */
function speakerOnDisaster(m: Mention): boolean {
  const [a] = sentences[0] ?? [0, 0];
  // The name, with only its title before it, opens the lede.
  for (let k = a; k < m.start; k++)
    if (!(tokens[k] as Token).cap && (tokens[k] as Token).text !== "'s") return false;
  return (
    m.kind !== 'pronoun' &&
    speechVerbAt(m) === m.end &&
    SPEECH.has((tokens[m.end] as Token).lower) &&
    !DISASTER_PART.test(sentText(0))
  );
}

/**
 * "X acknowledged Monday that her agency failed to protect Y at a rally": a lede mention inside the words its
 * speaker reports is what the statement is about, not a side of it.
 */
function reportedInLede(m: Mention): boolean {
  const [a, e] = sentences[0] ?? [0, 0];
  if (m.start < closingSpeakerComma(a, e)) return true;
  // "X on Tuesday briefed reporters on the meeting between A and B held the day before": what the briefing is about.
  if (BRIEFED_ON.test(slice(a, m.start))) return true;
  if (possessorAfterPreposition(m)) return true;
  for (let k = a + 1; k < m.start; k++) {
    // "…, defending her policy and describing her dealings with X as a struggle": what the participle's words are about.
    if (LEDE_SPEECH_PARTICIPLES.has((tokens[k] as Token).lower)) {
      const before = tokens[k - 1] as Token;
      if (before.text === ',' || before.lower === 'and') return true;
    }
    if ((tokens[k] as Token).lower !== 'that') continue;
    const verb = tokens[k - 1] as Token;
    const spoke = WEEKDAY_ANY.test(verb.text) ? (tokens[k - 2] as Token | undefined) : verb;
    if (spoke && SPEECH.has(spoke.lower)) return true;
    // "Leaders … agreed at a retreat at Windsor Castle that X will succeed Y as head": whom a decision is about.
    for (let j = k - 1; j > a && j >= k - 8 && (tokens[j] as Token).word; j--)
      if (DECIDED.has((tokens[j] as Token).lower)) return true;
  }
  return false;
}
const DECIDED = new Set(['agreed', 'decided', 'resolved']);

/**
 * "…, as the country grapples with the fallout from impeached President X's imposition of martial law": a possessor
 * after "of" or "from" (past two lower-case words of the title) names what is theirs, not an act of theirs.
 */
function possessorAfterPreposition(m: Mention): boolean {
  if (m.kind === 'pronoun' || !POSSESSIVE_MARKS.has(tokens[m.end]?.text ?? '')) return false;
  const [a] = sentences[m.sent] ?? [0, 0];
  const { s } = wordsBeforeTitle(a, m.start);
  for (let k = s - 1; k >= a && k >= s - 3; k--) {
    const t = tokens[k] as Token;
    if (t.lower === 'of' || t.lower === 'from') return true;
    if (!t.word || t.cap || t.lower === 'and') return false;
  }
  return false;
}

const BRIEFED_ON = /\bbrief(?:ed|s|ing) (?:[\w'’-]+ ){0,2}on (?:the|his|her|their) /i;

/** Participles that report words about what follows them ("…, calling X a friend"). */
const LEDE_SPEECH_PARTICIPLES = new Set([
  'describing',
  'calling',
  'saying',
  'accusing',
  'praising',
  'criticising',
  'criticizing',
  'recalling',
  'blaming',
  'denouncing',
]);

/**
 * "X's upcoming visit will open a new chapter, Foreign Minister Y has said.": the comma before a lede's closing
 * speaker (a title and name of two words or more, then "said"), whose words come before it; -1 without one.
 */
function closingSpeakerComma(a: number, e: number): number {
  let v = e - 1;
  if (!(tokens[v] as Token).word) v--;
  if (v <= a || (tokens[v] as Token).lower !== 'said') return -1;
  let b = v - 1;
  if (tokens[b]?.lower === 'has' || tokens[b]?.lower === 'had') b--;
  const last = b;
  // "Minister of Foreign Affairs and Trade X": a title's own "of", "and" and "for" between capitalised words.
  while (
    b > a &&
    (tokens[b] as Token).word &&
    ((tokens[b] as Token).cap || (OF_FOR_AND.has((tokens[b] as Token).lower) && tokens[b - 1]?.cap))
  )
    b--;
  return tokens[b]?.text === ',' && last - b >= 2 ? b : -1;
}

/** "… a day after X's Oval Office meeting with Y ended …": a lede mention inside words about another day. */
function afterOtherDay(m: Mention): boolean {
  const [a] = sentences[m.sent] ?? [0, 0];
  if (a >= m.start) return false;
  // "the ceasefire proposal announced by President X on May 31": a name dated to another day than the event's.
  if (eventDayExact && tokens[m.end]?.lower === 'on' && byBeforeTitle(m.start)) {
    const month = tokens[m.end + 1];
    const day = tokens[m.end + 2]?.text === '.' ? tokens[m.end + 3] : tokens[m.end + 2];
    const mi = month?.cap ? monthIndex(month.text) : -1;
    if (mi >= 0 && /^\d{1,2}$/.test(day?.text ?? '') && (mi !== eventMonth || Number(day?.text) !== eventDay))
      return true;
  }
  const before = text.slice((tokens[a] as Token).start, (tokens[m.start] as Token).start);
  return (before.includes(' after ') || before.includes(' before ')) && OTHER_DAY_BEFORE.test(before);
}

/** A sentence naming some of the group the one before it reports ("Among them was X", "Among those present"). */
const AMONG_THEM = /^Among (?:them|those (?:who|present|attending))\b/;
/** "… spoke with doctors and nurses of the field hospital.": talking with (or meeting) a group, in person. */
const SPOKE_WITH_GROUP =
  /\b(?:spoke|speak|speaking|talked|talk|talking|chatted|chat|chatting|interacted|interact|interacting) (?:briefly )?(?:with|to) (?!(?:the )?(?:press|media|reporters|journalists)\b)(?:the )?[a-z]/;
/**
 * "The Prime Minister also spoke with doctors and nurses … Among them was Major X": a sentence opening "Among them
 * was (were; a live blog's present "are")" right after one where someone spoke with (or met) a group names one of that group, there too — when
 * the sentence before names someone the headline or the lede has at the event, by name or by a pronoun or title
 * the story reads as theirs, and says nothing of another time.
 */
function amongThoseMet(sent: number): boolean {
  const own = sentText(sent);
  if (!own.startsWith('Among them ') || !AMONG_THEM_WAS.test(own)) return false;
  const prev = sentText(sent - 1);
  if (!(SPOKE_WITH_GROUP.test(prev) || cue(prev)) || negative(prev)) return false;
  const prevLower = prev.toLowerCase();
  return storyPeople.some(
    (q) =>
      q.participant &&
      (q.mentions.some((m) => m.sent === sent - 1) ||
        q.roles.some((r) => prevLower.includes(`the ${bareTitle(r).toLowerCase()} `))),
  );
}
const AMONG_THEM_WAS = /^Among them (?:was|were|is|are)\b/;

/**
 * What an event produced, as the object of a reaction: "welcomed the agreement", "hailed the decision", "welcomed
 * the release" (of a prisoner, from elsewhere).
 */
const OUTCOME =
  '(?:the|this) (?:[\\w-]+ ){0,2}(?:agreement|accord|deal|pact|treaty|protocol|declaration|communiqu[eé]|understanding|ceasefire|truce|developments?|decision|move|announcement|outcome|results?|ruling|verdict|step|measures?|adoption|approval|resignation|news|release|exchange|swap)\\b';
const OUTCOME_AFTER = new RegExp(`^${OUTCOME}`, 'i');
/**
 * "inflation accompanied by wage growth": accompanied by a thing, not by people ("accompanied by first lady X" or
 * "by foreign minister Y" are people, their titles written in lower case).
 */
const ACCOMPANIED_BY_THING =
  /\baccompanied by (?!(?:his|her|their|its|the|a|an|several|senior|other|top|some|two|three|four|five|six|members?|officials|ministers|delegates|delegations?|representatives|dignitaries|aides|advisers|advisors|envoys|leaders|officers|executives|lawmakers|legislators|family|relatives|first lady|foreign minister|deputy (?:prime )?minister|vice president)\b)[a-z]/g;
/**
 * "Foreign Minister X and Economy Minister Y accompanied Quintana": one who accompanies a named leader (hence no /i)
 * is at the meeting; "music accompanied the ceremony" is a thing, and "X, his wife, accompanied him" the trip.
 */
const ACCOMPANIED_PERSON = /\baccompanied [A-Z][a-z]/;
const WELCOMED_OUTCOME = new RegExp(`\\bwelcomed ${OUTCOME}`, 'gi');
/** "received 44.3%", "received 12 million votes": a share of a vote, not a visitor received. */
const RECEIVED_SHARE =
  /\breceived (?:about |some |nearly |almost |more than |over |just )?[\d.,]+ ?(?:%|percent|per cent|(?:million |thousand )?votes)/gi;
/**
 * "Y, who co-chairs the China-Peru Coordination Committee with X": chairing a standing body is an office held, not
 * chairing the meeting reported (the words are dropped before the cues are sought).
 */
const CHAIRS_STANDING_BODY =
  /\b(?:co-)?chairs (?:the )?(?:(?:\p{Lu}[\w'’-]*|and|of|for|on) ){1,8}(?:Committee|Commission|Council|Board|Mechanism)\b(?! (?:meeting|session|plenary|executive)\b)/gu;
const REACTED_TO_OUTCOME = new RegExp(
  `\\b(?:congratulated|praised|welcomed|hailed|thanked|condemned) ${OUTCOME}`,
  'i',
);

// "Nigeria Football Federation president X said in Abuja that …" under a Monrovia dateline, "German Health Minister Y
// says in Berlin …" under Geneva's: said at home, or anywhere else than the event.
const ELSEWHERE_RE = new RegExp(
  `\\b(?:arrived in|speaking (?:to (?:reporters|journalists) )?(?:by (?:tele)?phone )?(?:in|from)|on a visit to|visiting|${SAID_IN}|told reporters in) ${PLACE_NAME}`,
  'u',
);

/** ", in a message to Mr Y, said", ", in a condolence message, said": a message set off right after a name. */
const MESSAGE_AFTER =
  /^\s*,\s*in (?:a|an|his|her|their) (?:[\w-]+ ){0,2}(?:message|letter|telegram|cable)s?\b[^,;.]{0,40},/i;
/**
 * "Secretary of State X, who arrived in Cairo earlier on Monday, urged …", "Y, speaking (to reporters) in Wellington,
 * said …", "Z, speaking by telephone from Lyon, said …", "W said in Abuja that …": one speaking from another city or
 * country than the event's.
 */
function spokeElsewhere(m: Mention): boolean {
  if (m.sent === 0) return false;
  const t = sentText(m.sent);
  // "President X, who watched the speech on television at the White House, said …": followed it on a broadcast.
  if (m.kind !== 'pronoun' && broadcastClause(tokens, m.end) !== null) return true;
  // "Former President X, in an interview with CNN, said …": to an outlet, elsewhere.
  if (!interviewStory && t.includes('interview with') && INTERVIEW_WITH_OUTLET.test(t)) return true;
  // "Prime Minister X, in a message to Y, said …": words sent, set off right after the name.
  if (
    m.kind !== 'pronoun' &&
    t.includes(' message') &&
    MESSAGE_AFTER.test(text.slice((tokens[m.end - 1] as Token).end, (tokens[m.end - 1] as Token).end + 60))
  )
    return true;
  if (eventPlace === '') return false;
  if (!t.includes(' in ') && !t.includes(' from ') && !t.includes(' visit')) return false;
  const place = ELSEWHERE_RE.exec(t)?.[1];
  return place !== undefined && notTheEventPlace(place);
}

/**
 * "Party leader X, who was elected to head the largest opposition party, said he would seek an early election" under
 * another party's vote: the opposition, said so between the name and the verb, comments on it (as "Opposition
 * Leader" does in a role), unless the lede itself is about the opposition.
 */
function oppositionSpeaker(m: Mention): boolean {
  if (m.kind === 'pronoun') return false;
  const v = speechVerbAt(m);
  if (v <= m.end) return false;
  const between = slice(m.end, v);
  // "X, head of the ruling party's junior coalition partner Y, said he had concerns" under the ruling party's own
  // leadership vote: an ally's leader comments on it too, unless the lede is about the coalition.
  if (COALITION_PARTNER.test(between) && !lede.includes('coalition')) return true;
  return !lede.includes('opposition') && OPPOSITION.test(between);
}
// ", now in opposition,": a former office holder set off as being in the other camp now.
const OPPOSITION =
  /\bopposition (?:party|parties|bloc|alliance|coalition|leader)\b|\bnow in (?:the )?opposition\b/i;
const COALITION_PARTNER = /\bcoalition partners?\b/i;

/** A known place other than the dateline's, and not one the lede names ("arrived in Tonga" for a summit there). */
function notTheEventPlace(place: string): boolean {
  const lower = place.toLowerCase();
  // "In Putrajaya, …" under a Kuala Lumpur dateline: a capital the gazetteer lacks but the dateline list knows.
  return (
    lower !== eventPlace &&
    !namesPlaceItself(lede, place) &&
    (isGazetteerPlace(lower) || cityCountry(lower) !== undefined)
  );
}

/**
 * Whether `t` names `place` other than as its government's possessive: "a deal to curb Tehran's nuclear programme"
 * speaks of Iran, not of a city where the event is ("in Tonga's capital" names Tonga).
 */
function namesPlaceItself(t: string, place: string): boolean {
  for (let at = t.indexOf(place); at >= 0; at = t.indexOf(place, at + 1)) {
    const after = t.slice(at + place.length, at + place.length + 40);
    if (GOVERNMENT_POSSESSIVE.test(after)) continue;
    // "…, demanding that Tehran stop construction": a capital opening a clause after "that", before its verb, is
    // its government.
    if (THAT_BEFORE.test(t.slice(Math.max(0, at - 6), at)) && GOVERNMENT_VERB_AFTER.test(after)) continue;
    return true;
  }
  return false;
}
/** "that " right before the capital: the government as the subject of a clause that reports or demands. */
const THAT_BEFORE = /\bthat $/;
/** A lower-case word after the capital that is no preposition or conjunction ("Tehran stop", "Moscow would"). */
const GOVERNMENT_VERB_AFTER = /^ (?!(?:in|on|at|of|for|to|and|or|from|with|by|as|is|was|has)\b)[a-z]{2,}\b/;
const GOVERNMENT_POSSESSIVE =
  /^['’]s (?!(?:capital|city|port|coast|border|outskirts|(?:north|south|east|west)(?:ern)?|central|[a-z]+ (?:capital|city|province|region))\b)[a-z]/;

/** Whether "by" comes right before a name starting at `at`, or before the capitalised title in front of it. */
function byBeforeTitle(at: number): boolean {
  let k = at - 1;
  while (k > at - 6 && (tokens[k]?.cap || tokens[k]?.text === '.')) k--;
  return tokens[k]?.lower === 'by';
}

/** Reactions that "also" joins to the one before: "X … in a Facebook post. Minister Y also congratulated Z". */
export const REACTIONS = new Set(['congratulated', 'praised', 'welcomed', 'hailed', 'thanked', 'condemned']);

/**
 * Whether `m` is the subject of "also <reaction>" right after a sentence reporting a reaction from elsewhere, or
 * of "later <reaction>" ("President X later thanked Y"): thanks or praise after the event are no part of it.
 */
function alsoReacting(m: Mention): boolean {
  const v = speechVerbAt(m);
  if (v < 0 || !REACTIONS.has((tokens[v] as Token).lower)) return false;
  // "Prime Minister X welcomed the agreement" under "IMF, Pakistan reach agreement": praise for the outcome comes
  // from outside the talks that reached it.
  if (OUTCOME_AFTER.test(slice(v + 1, Math.min(v + 5, (sentences[m.sent] as [number, number])[1]))))
    return true;
  const before = tokens[v - 1]?.lower;
  // "X welcomed the agreement. He also thanked Y": more of the same reaction.
  if (
    before === 'later' ||
    (m.sent > 0 &&
      before === 'also' &&
      (negative(sentText(m.sent - 1)) || REACTED_TO_OUTCOME.test(sentText(m.sent - 1))))
  )
    return true;
  // "Prime Minister X condemned the killing …" in a story of a minister's press conference: past the lede and the
  // briefing's sentence, thanks, praise or condemnation react to the news from elsewhere.
  return m.sent > 1 && isBriefingLede();
}

/** The lede reports talks held by video or by phone, whose sides sit in different cities. */
const REMOTE_LEDE =
  /\b(?:via video|by video|video link|video call|virtual (?:meeting|summit|talks)|video ?conference|by (?:tele)?phone|(?:tele)?phone (?:call|talks|conversation))\b/i;
const JOINED_SIDE = /\b(?:joined|accompanied|(?:sat|stood) (?:beside|next to|alongside|with))\b/i;
/**
 * "In Washington, A and B joined the President in the Roosevelt Room" under a Beijing dateline: in talks by video or
 * phone, who joins a side the lede names sits in that side's city, not somewhere else than the event.
 */
function withRemoteSide(sent: number): boolean {
  const t = sentText(sent);
  if (!JOINED_SIDE.test(t) || !REMOTE_LEDE.test(lede)) return false;
  const [s, e] = sentences[sent] as [number, number];
  for (let k = s; k < e; k++) if (ledePeopleStarts.has(k)) return true;
  return false;
}

/** Whether sentence `sent` opens "In <Place>," naming a city or a country other than the dateline's place. */
function openedElsewhere(sent: number): boolean {
  let s = (sentences[sent] as [number, number])[0];
  // "At the same hour in Kabul, X stood beside Y", "Meanwhile in Kabul, …": another place at the event's time.
  if (tokens[s]?.lower === 'meanwhile') s++;
  else if (
    tokens[s]?.lower === 'at' &&
    tokens[s + 2]?.lower === 'same' &&
    SAME_TIME.has(tokens[s + 3]?.lower ?? '')
  )
    s += 4;
  if (tokens[s]?.lower !== 'in') return false;
  let k = s + 1;
  while (k < s + 4 && tokens[k]?.cap && tokens[k]?.word) k++;
  if (k === s + 1 || tokens[k]?.text !== ',') return false;
  return notTheEventPlace(slice(s + 1, k));
}

const SAME_TIME = new Set(['time', 'hour', 'moment']);
/** "The meeting was attended by X": the meeting the sentence before reports, whenever that was. */
const MEETING_JUST_NAMED =
  /^(?:The|That|This) (?:meeting|talks|audience|visit) (?:was|were) (?:also )?attended by\b/;

/**
 * "In New York, Fiji's ambassador X said …" in a story with no dateline whose opening sentences set the event in
 * Tuvalu: a sentence opened by a city of another country than any the opening sentences set something in is set
 * elsewhere.
 */
function openedInOtherCountry(sent: number): boolean {
  const s = (sentences[sent] as [number, number])[0];
  if (tokens[s]?.lower !== 'in') return false;
  let k = s + 1;
  while (k < s + 4 && tokens[k]?.cap && tokens[k]?.word) k++;
  if (k === s + 1 || tokens[k]?.text !== ',') return false;
  const country = cityCountry(slice(s + 1, k).toLowerCase());
  if (country === undefined) return false;
  if (openingCountries === undefined) {
    openingCountries = new Set<string>();
    for (let o = 0; o < 2 && o < sentences.length; o++) {
      const [a, e] = sentences[o] as [number, number];
      // Only a country the event is set "in" ("agreed a communique in Tuvalu"), not one visited or spoken of.
      for (const h of findCountries(tokens, a, e))
        if (tokens[h.at - 1]?.lower === 'in') openingCountries.add(h.country);
    }
  }
  return openingCountries.size > 0 && !openingCountries.has(country);
}
/**
 * A sentence opened in another city than the event's ("In Washington, …"), or one that goes on from such a sentence
 * in its paragraph ("… Gen. X also attended."); not one with a remote side of the event.
 */
function setElsewhere(sent: number): boolean {
  if (withRemoteSide(sent)) return false;
  if (openedElsewhere(sent)) return true;
  if (
    sent < 2 ||
    !openedElsewhere(sent - 1) ||
    tokens[(sentences[sent] as [number, number])[0]]?.lower === 'in'
  )
    return false;
  const [, e] = sentences[sent - 1] as [number, number];
  const s = (sentences[sent] as [number, number])[0];
  return !text.slice((tokens[e - 1] as Token).end, (tokens[s] as Token).start).includes('\n');
}

/**
 * "A day earlier, the regional agency declared an emergency. Its director general, X, said …": a sentence opening
 * with "Its" or "Their" goes on about the body of the sentence before, and so about that sentence's other time.
 */
function ofBodyElsewhere(m: Mention, roles: readonly string[]): boolean {
  if (m.sent === 0) return false;
  const first = tokens[(sentences[m.sent] as [number, number])[0]]?.lower;
  // "ECOWAS also condemned the move. Its chairman, X, said …": another body's own reaction to the event.
  if (first === 'its' || first === 'their')
    return negative(sentText(m.sent - 1)) || ALSO_REACTED.test(sentText(m.sent - 1));
  // "The move followed the US Federal Reserve's pause on rates the day before …. Federal Reserve Chair X said …": a title
  // that names the body of such a sentence.
  if (roles.length === 0) return false;
  const before = sentText(m.sent - 1);
  return roles.some((r) => namesBodyIn(r, before)) && negative(before);
}

const NO_ROLES: readonly string[] = [];

/** A reaction that "also" joins to the event reported: "The bloc also condemned the coup". */
const ALSO_REACTED =
  /\balso (?:condemned|denounced|welcomed|praised|hailed|congratulated|critici[sz]ed|rejected|deplored)\b/i;

/** Whether the body a title names before its last word ("Federal Reserve" of "Federal Reserve Chair") is in `t`. */
function namesBodyIn(role: string, t: string): boolean {
  const words = role.split(' ');
  let k = 0;
  // A nationality or a country before the body is no body ("US President").
  while (k < words.length - 1 && isCountryWord(words[k] as string)) k++;
  // The title's words after the body: "Chair", or two of them ("Director General", "Chief Executive").
  let end = words.length - 1;
  while (end > k + 1 && titleHeads.has((words[end - 1] as string).toLowerCase())) end--;
  const head = words[end - 1] ?? '';
  // A body, not a place: an acronym or a body's head word ("Reserve", "Bank"), not "San Diego Mayor".
  if (k >= end || !(ACRONYM.test(head) || orgHeads.has(head.toLowerCase()))) return false;
  const body = words.slice(k, end).join(' ');
  return /^\p{Lu}/u.test(body) && t.includes(body);
}

function isCountryWord(w: string): boolean {
  const lower = w.toLowerCase();
  return demonymCountry.has(lower) || countryNames.has(lower);
}

/** "swore in X and his ministers", "the new cabinet was sworn in". */
const SWORN_CABINET =
  /\b(?:swore|swears|sworn) in\b[^.;]*\b(?:ministers|cabinet)\b|\bcabinet (?:was|is) sworn in\b/i;
/** Words that put an office in the past or in another camp: "former", "outgoing", "Opposition", "shadow". */
const NEW_MINISTER = /^new (?:[\w-]+ )?minister\b/;
const NOT_SWORN = /\b(?:former|outgoing|ex|then|late|acting|opposition|shadow|deputy|vice|prime)\b/i;

/**
 * A minister's post written bare ("Foreign Minister", "Asylum and Migration Minister", "the new minister for
 * asylum"): no nationality, no past.
 */
function isNewCabinetPost(role: string): boolean {
  if (!(/\bMinister\b/.test(role) || NEW_MINISTER.test(role)) || NOT_SWORN.test(role)) return false;
  for (const w of role.toLowerCase().split(/\s+/))
    if (demonymCountry.has(w) || countryNames.has(w)) return false;
  return true;
}

/** Whether a sentence naming `p` says they were on the call. */
function onTheCall(p: PersonRecord): boolean {
  for (const m of p.mentions) if (m.kind !== 'pronoun' && ON_THE_CALL.test(sentText(m.sent))) return true;
  return false;
}

/** "X said at the forum", "X, who spoke at the same press conference, said": words said at the event. */
function saidAtEvent(m: Mention): boolean {
  return (
    AT_EVENT.test(scopeOf(m.sent, m.start)) || (m.kind !== 'pronoun' && AT_EVENT.test(ownRelativeClause(m)))
  );
}

/**
 * "Health Minister X told Lusa that …" in a Lusa story: words given to the story's own agency are a comment on the
 * event, not said in it (unless said there: "told Xinhua at the forum", "… on the sidelines").
 */
function toldTheSource(m: Mention): boolean {
  if (sourceName === '' || m.kind === 'pronoun') return false;
  const v = speechVerbAt(m);
  if (v < 0 || (tokens[v] as Token).lower !== 'told') return false;
  // "told the Global Times": the paper's article is no part of its name.
  const to = tokens[tokens[v + 1]?.lower === 'the' ? v + 2 : v + 1] as Token | undefined;
  if (to === undefined || to.sent !== m.sent || !to.cap || !sourceName.startsWith(to.lower)) return false;
  // "told Xinhua on the sidelines", "told Xinhua at the reception": said at the event after all.
  return !AT_THE_EVENT_AFTER.test(text.slice(to.end, to.end + 30));
}
const AT_THE_EVENT_AFTER = /^ (?:on the sidelines|at the|during the)\b/;

/**
 * A commentator, one who told the story's own agency, or an opposition speaker comments from outside the event —
 * unless the words were said at it.
 */
function commentsFromOutside(m: Mention, commentator: boolean, roles: readonly string[]): boolean {
  return (
    (commentator ||
      toldTheSource(m) ||
      oppositionSpeaker(m) ||
      aideBriefing(m, roles) ||
      officialOfSidelinesGathering(roles)) &&
    !saidAtEvent(m)
  );
}

/**
 * "Forum Secretary General X said …" under a pact "signed on the margins of the Pacific Islands Forum leaders'
 * gathering": an official of the gathering beside which the event took place speaks for the gathering, not in it.
 */
function officialOfSidelinesGathering(roles: readonly string[]): boolean {
  if (!sidelines || roles.length === 0) return false;
  const gathering = SIDELINES_OF.exec(lede)?.[1];
  if (gathering === undefined) return false;
  return roles.every((r) => r.split(/\s+/).some((w) => BODY_HEADS.has(w) && gathering.includes(w)));
}
const SIDELINES_OF = /\bon the sidelines of (?:the )?([^,.;]+)/i;
/** A gathering's head word, as an official's title names it ("Forum Secretary General", "Summit chair"). */
const BODY_HEADS = new Set(['Forum', 'Summit', 'Conference', 'Assembly', 'Council', 'Commission']);

/** An adviser's, an aide's, a sherpa's or an ambassador's office ("First Deputy National Security Adviser", "G20 Sherpa"). */
const AIDE_ROLE = /\b(?:advis[eo]rs?|aides?|sherpas?|ambassadors?)\b/i;
const THE_PRESS = new Set(['reporters', 'journalists', 'media', 'press']);

/**
 * "Deputy National Security Adviser X told reporters that …": an aide briefing the press speaks at a briefing of
 * their own, not at the leaders' meeting (named in the headline or lede, they take part as before).
 */
function aideBriefing(m: Mention, roles: readonly string[]): boolean {
  if (m.kind === 'pronoun' || m.sent === 0) return false;
  if (roles.length === 0 || !roles.every((r) => AIDE_ROLE.test(r))) return false;
  const v = speechVerbAt(m);
  if (v < 0 || (tokens[v] as Token).lower !== 'told') return false;
  const to = tokens[(tokens[v + 1] as Token | undefined)?.lower === 'the' ? v + 2 : v + 1];
  return to !== undefined && THE_PRESS.has(to.lower);
}

/** A sentence set over the years after an earlier time the one before names. */
const SINCE_THEN = /^Since then\b/;

const ABOUT = new Set(['about', 'regarding']);
/** A trade's noun in a title before a name ("journalist", "reporter", "activist", "lawyer"). */
const NOUN_OF_TRADE =
  /^(?:journalist|reporter|correspondent|activist|lawyer|dissident|blogger|businessman|businesswoman|citizen)s?$/;

/**
 * "Asked by a reporter from a Paris daily about French activist X, …": a name whose title words (capitalised, a title's
 * or a trade's) follow "about" within five tokens, itself after "asked" or "question" earlier in the sentence.
 */
function askedAbout(m: Mention): boolean {
  const sent = (tokens[m.start] as Token).sent;
  let k = m.start - 1;
  while (k > m.start - 6 && k >= 0 && tokens[k]?.sent === sent && !ABOUT.has(tokens[k]?.lower ?? '')) {
    const t = tokens[k] as Token;
    if (
      !t.word ||
      (!t.cap && !titleHeads.has(t.lower) && !titleModifiers.has(t.lower) && !NOUN_OF_TRADE.test(t.lower))
    )
      return false;
    k--;
  }
  if (!ABOUT.has(tokens[k]?.lower ?? '') || tokens[k]?.sent !== sent) return false;
  for (let j = k - 1; j >= 0 && j > k - 12 && tokens[j]?.sent === sent; j--)
    if (QUESTION_WORDS.has((tokens[j] as Token).lower)) return true;
  return false;
}

/** Whether a mention of `p` shows them taking part in the main event. */
function hasEvidence(p: PersonRecord, speakersTakePart: boolean, ledeMeeting: boolean): boolean {
  const firstNamed = firstNamedIn(p, -1);
  const introducedNegated = firstNamed !== undefined && locallyNegated(firstNamed);
  // Whether p is first named speaking at another time; found when first needed.
  let introducedElsewhere: boolean | undefined;
  // "Ukrainian political analyst X told Anadolu …": an analyst's or a scholar's comment on the event is not taking
  // part in it, unless said there ("said at the forum").
  // "Professor X, chair of the committee, said": one who also holds an office speaks in it, not as a commentator.
  // "Olympic Committee President X said the gold was a reward …": under a race or a match, an office holder's words
  // are a comment on the result, not a part in it (an athlete's or a coach's roles are no such office).
  const commentator =
    (p.roles.length > 0 && p.roles.every(isCommentatorRole)) ||
    ((raceStory || matchStory) && p.roles.length > 0 && p.roles.every(isSportsOfficialRole)) ||
    (outsideBody && governmentOfficer(p)) ||
    // "Defense Secretary X said …" under "PCG: China ship rammed …": the statement reported is the body's; a
    // minister outside it comments on it.
    (titleBody !== '' && governmentOfficer(p) && !p.roles.some((r) => r.includes(titleBody))) ||
    ofBodyOutsideCase(p) ||
    campaignGroupStaff(p);
  // "X, the summit's host, called the meeting historic": the gathering's host is at it (in a story of bilateral talks
  // on its sidelines, below, the host is no side of them, unless the talks are with the gathering's leaders).
  if (
    p.roles.some((r) => GATHERING_HOST_ROLE.test(r)) &&
    (!bilateral || WITH_LEADERS.test(title) || WITH_LEADERS.test(lede))
  )
    return true;
  // Named only as what a question was about: a pronoun read as theirs ("…, he said") is the answerer's.
  const named = p.mentions.filter((m) => m.kind !== 'pronoun');
  if (named.length > 0 && named.every((m) => m.sent > 0 && askedAbout(m))) return false;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun' && !HE_SHE.has((tokens[m.start] as Token).lower)) continue;
    if (talksTitle && m.sent > 0 && programmeApart(p, m.sent)) continue;
    // "replaces X, who moves to the Education Ministry,": in a reshuffle, whoever is moved or appointed underwent
    // it, the one replaced too when they move.
    if (reshuffleStory && m.kind !== 'pronoun' && movedInReshuffle(m) && !negativeAt(m)) return true;
    // "…, according to provisional results given by the head of the election council, X": the lede's source.
    if (m.kind !== 'pronoun' && m.sent <= 1 && creditedSource(m)) continue;
    if (m.kind !== 'pronoun' && partyLeaderPlaced(m)) return true;
    if (m.kind !== 'pronoun' && m.sent > 0 && namedInWordsOfTheEvent(m)) return true;
    if (m.kind !== 'pronoun' && (m === firstNamed ? introducedNegated : locallyNegated(m))) continue;
    // "Asked by a reporter about French activist X, …, the president said": the one a question is about is its topic.
    if (m.kind !== 'pronoun' && m.sent > 0 && askedAbout(m)) continue;
    // "Hadley, who hosts this year's APEC meetings, welcomed the leaders": the wider gathering's host, not a side of
    // the bilateral talks the story reports.
    if (
      bilateral &&
      m.kind !== 'pronoun' &&
      m.sent !== 0 &&
      (HOSTS_GATHERING.test(ownRelativeClause(m)) || p.roles.some((r) => GATHERING_HOST_ROLE.test(r)))
    )
      continue;
    // "X, who addressed the meeting that evening, said …": the words are from that later speech.
    if (m.kind !== 'pronoun' && m.sent !== 0 && SPOKE_LATER.test(ownRelativeClause(m))) continue;
    // A standfirst's names ("… announces new Cabinet with X as foreign minister") are no lede's: it may sum up a
    // later event of the story.
    if (
      m.sent === 0 &&
      !standfirst &&
      m.kind !== 'pronoun' &&
      !afterOtherDay(m) &&
      !(soloEvent && ledeSource(m)) &&
      !(disaster && speakerOnDisaster(m)) &&
      !reportedInLede(m)
    )
      return true;
    // "In Washington, President X welcomed the agreement": a sentence set in another city than the event's (with no
    // dateline, a city of another country than the opening sentences name).
    if (m.sent > 0 && (eventPlace !== '' ? setElsewhere(m.sent) : openedInOtherCountry(m.sent))) continue;
    // "Since then, the embassy has been headed by chargés d'affaires, most recently X": the years before the event.
    if (m.sent > 0 && m.kind !== 'pronoun' && SINCE_THEN.test(sentText(m.sent))) continue;
    // "Former presidents A and B also travelled to Johannesburg, as did C": one who came to the dateline's city for
    // the event reported (a rite, a summit) was there; "Israel sent a delegation led by X": X came with it (whatever
    // the sending says of the sender).
    if (m.kind !== 'pronoun' && m.sent > 0 && (travelledToEvent(m) || ledDelegation(m) || afterHeresWho(m)))
      return true;
    // "X received the credentials of 17 ambassadors … Among them was Y": one of the group the lede's event gathered.
    if (m.sent === 1 && m.kind !== 'pronoun' && AMONG_THEM.test(sentText(1)) && cue(lede) && !negative(lede))
      return true;
    // "Kishida knelt on the floor to speak with residents. Among them was X": one of the group someone the story
    // has at the event spoke with (or met) there, further down the story.
    if (m.sent > 1 && m.kind !== 'pronoun' && amongThoseMet(m.sent)) return true;
    // "… will take office on March 1, with X as vice president": the winner's running mate won with them, whenever
    // they take office.
    if (
      m.kind !== 'pronoun' &&
      (runningMate(m) || (electedStory() && RUNNING_MATE_BEFORE.test(textBefore(m, 8))))
    )
      return true;
    if (m.kind !== 'pronoun' && placedInElection(m)) return true;
    // "X, who attended with his wife, Y, was due to meet …": Y came with X, whatever X's sentence says next (and
    // "who signed with Minister Y": Y signed beside X).
    if (m.kind !== 'pronoun' && attendedWith(m)) return true;
    if (
      m.kind !== 'pronoun' &&
      (representsAbsentee(m) ||
        firstEventFor(m) ||
        leftAfterTheEvent(m) ||
        spokenBefore(m) ||
        besideOrHolding(m))
    )
      return true;
    // "X was accompanied by his spouse, Y, who later toured …": Y came with X, whatever Y's own clause says.
    if (m.kind !== 'pronoun' && accompanying(m) && !negative(sentText(m.sent))) return true;
    // "Earlier, X took the oath as Vice-President" under a president's swearing-in: the same rite, earlier in the
    // same ceremony, not on another day.
    if (
      m.kind !== 'pronoun' &&
      soloEvent &&
      sentText(m.sent).startsWith('Earlier, ') &&
      sameSoloAct(scopeOf(m.sent, m.start))
    )
      return true;
    if (negativeAt(m) && !otherTimeOnlyInWordsReported(m) && !soloActDatedAfterEarlier(m)) {
      // "X, who sat in on the meeting, plans to visit …": the name's own clause says they took part in the
      // event ("who met Y in Beijing" may be another meeting).
      if (m.kind !== 'pronoun') {
        const own = ownRelativeClause(m) || pairedRelativeClause(m) || whoClauseAfterAppositive(m);
        // "X, head of the association, who also resigned, wrote on social media": under a headline reporting such an
        // act, doing it too is taking part, wherever the words are written.
        // Not one met apart under a lede's meeting "on the sidelines of" a gathering: "also met X, who represented
        // Moscow at the meeting" is at the gathering, not in the talks reported.
        if (
          own &&
          !(sidelines && ALSO_MET_BEFORE.test(textBefore(m, 24))) &&
          (THE_EVENT.test(own) ||
            BARE_ATTENDANCE.test(own) ||
            TRAVELLED_WITH_LEADER.test(own) ||
            IN_DELEGATION_CLAUSE.test(own) ||
            (soloEvent && sameSoloAct(own))) &&
          cue(own) &&
          !negative(own)
        )
          return true;
      }
      // "X, senior economist at Y, said the cuts were the deepest since 2017": a commentator's words are not said
      // at the event, whatever time they speak of.
      if (
        speakersTakePart &&
        !introducedNegated &&
        m.kind !== 'pronoun' &&
        !commentsFromOutside(m, commentator, p.roles) &&
        !speechAtAnotherTime(m) &&
        !speaksAtMeetingJustReported(m, firstNamed)
      )
        return true;
      continue;
    }
    // "Nasrin met with Chinese President Liu Zhiwei on the same day": when the headline and the lede report a
    // meeting of two named sides, someone first named later in a sentence about meeting is at another meeting.
    const laterMeeting =
      !speakersTakePart &&
      ledeMeeting &&
      m.sent !== 0 &&
      p.titleMention < 0 &&
      firstNamed !== undefined &&
      firstNamed.sent === m.sent &&
      MEETING.test(scopeOf(m.sent, m.start)) &&
      !PRESENCE.test(scopeOf(m.sent, m.start));
    if (
      (cueOfMention(m) &&
        !laterMeeting &&
        !possessorInOthersClause(m) &&
        !possessorAfterPreposition(m) &&
        !ownerOfVenue(m) &&
        !(introducedNegated && m.kind === 'pronoun') &&
        !(m.sent > 0 && MEETING_JUST_NAMED.test(sentText(m.sent)) && continuesOtherTime(m.sent)) &&
        !thereAtOtherTime(m.sent)) ||
      (m.kind !== 'pronoun' && ((sentToEvent(m) && !ofBodyElsewhere(m, NO_ROLES)) || passiveAgent(m)))
    )
      return true;
    if (m.kind !== 'pronoun') {
      const own = ownRelativeClause(m) || pairedRelativeClause(m);
      // "Whitcombe, who said Türkiye was among the strongest candidates, …": what a clause reports someone saying is
      // no act of theirs.
      if (own && cue(own) && !negative(own) && !SAID_CLAUSE.test(own)) return true;
    }
    if (m.kind !== 'pronoun' && !bilateral && addressesHeadlinePerson(m)) return true;
    if (m.kind !== 'pronoun' && m.sent > 0 && actsWithLedePerson(m) && !negativeAt(m)) return true;
    if (
      speakersTakePart &&
      !introducedNegated &&
      !commentsFromOutside(m, commentator, p.roles) &&
      ((speechVerbAt(m) >= 0 &&
        (isBriefingLede() || !briefingElsewhere(scopeOf(m.sent, m.start))) &&
        !alsoReacting(m) &&
        !spokeElsewhere(m) &&
        !continuesOtherTime(m.sent) &&
        !quotedAtOtherGathering(m.sent) &&
        !speaksAtMeetingJustReported(m, firstNamed) &&
        !speaksAfterMeetingElsewhere(m, firstNamed) &&
        !ofBodyElsewhere(m, p.roles)) ||
        (m.kind !== 'pronoun' && (DELIVERED.test(scopeOf(m.sent, m.start)) || readBy(m))))
    ) {
      // "In Kabul, X stood beside Y … X called the agreement a first step": one first named in another city speaks
      // there.
      introducedElsewhere ??=
        firstNamed !== undefined &&
        ((negativeAt(firstNamed) && speechAtAnotherTime(firstNamed)) ||
          (firstNamed.sent > 0 && eventPlace !== '' && setElsewhere(firstNamed.sent)) ||
          visitedAtOtherTime(firstNamed));
      if (!introducedElsewhere) return true;
    }
  }
  return false;
}

/** "also travelled to", "flew in to", "came to": a journey whose end is the event's city (group 1). */
const TRAVELLED_TO =
  /\b(?:travell?ed|flew|flown|came|traveled) (?:in )?to (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)(?= for the (?:funeral|service|ceremony|memorial|summit|talks|meeting|inauguration)|[,.;]| as did\b)/u;
function travelledToEvent(m: Mention): boolean {
  if (eventPlace === '') return false;
  const scope = scopeOf(m.sent, m.start);
  if (!scope.includes(' to ')) return false;
  const place = TRAVELLED_TO.exec(scope)?.[1];
  return place !== undefined && place.toLowerCase() === eventPlace && !negative(scope);
}
/** "Here's who is in the front rows today.", "Here are the guests attending:": a live page's roll of those at the event. */
const HERES_WHO =
  /^Here(?:['’]s| is| are) (?:who|those|the (?:guests|dignitaries|leaders|mourners|royals))\b[^.;]*\b(?:front rows?|attending|attended|present|here|at the (?:funeral|service|ceremony|mass|Mass))\b/;
/** Named in the sentence right after "Here's who is …": one of the roll (unless negated there). */
function afterHeresWho(m: Mention): boolean {
  const prev = sentText(m.sent - 1);
  return prev.startsWith('Here') && HERES_WHO.test(prev) && !negative(scopeOf(m.sent, m.start));
}
/**
 * "Biden was received by Ambassador X" under "Biden signs condolence book at envoy's residence": the host of the
 * visit a message was written on is there.
 */
const RECEIVED_BY_BEFORE = /\b(?:was|were) (?:received|welcomed|greeted) by (?:[\w.'’-]+ ){0,3}$/;
function receivedTheVisitor(p: PersonRecord): boolean {
  return p.mentions.some(
    (m) => m.kind !== 'pronoun' && m.sent <= 2 && RECEIVED_BY_BEFORE.test(textBefore(m, 7)) && !negativeAt(m),
  );
}
/** "sent a delegation led by parliament speaker X": the words before the one who led it. */
const DELEGATION_LED_BY =
  /\b(?:sent|sends|dispatched) (?:a|an|its|their|his|her) (?:[\w-]+ ){0,2}(?:delegation|team|mission) (?:led|headed) by (?:[\w'’.-]+ ){0,5}$/i;
const FUTURE_BEFORE = /\b(?:will|would|is to|are to|plans? to|to be)\b/i;
function ledDelegation(m: Mention): boolean {
  // Beside talks of two sides, a delegation sent to the wider gathering is at another table.
  if (bilateral) return false;
  const before = textBefore(m, 14);
  if (!before.includes(' by ') || !DELEGATION_LED_BY.test(before)) return false;
  return !FUTURE_BEFORE.test(textBefore(m, 16)) && !thereAtOtherTime(m.sent);
}

/**
 * "X, who served as chief of staff throughout Y's second term, won 314 votes": a possessor inside another's relative
 * clause names a time or a thing of theirs, not someone acting in the sentence; "Y's Cabinet resigned" is the
 * body's act, not Y's.
 */
function possessorInOthersClause(m: Mention): boolean {
  if (m.kind === 'pronoun' || !POSSESSIVE_MARKS.has(tokens[m.end]?.text ?? '')) return false;
  if (OWNED_BODIES.has(tokens[m.end + 1]?.lower ?? '')) return true;
  const [a] = sentences[m.sent] ?? [0, 0];
  for (let k = m.start - 1; k > a; k--) {
    const t = tokens[k] as Token;
    if (!t.word) return false;
    if (RELATIVE_WHO.has(t.lower)) return tokens[k - 1]?.text === ',';
  }
  return false;
}

const OWNED_BODIES = new Set(['cabinet', 'government', 'administration', 'ministry', 'party']);

/**
 * "hosted the dinner at Number 11, the official residence of Chancellor X,": a venue set off by its owner names the
 * place, not one there ("was greeted at the home of Y" still makes Y the host).
 */
const VENUE_OWNER_BEFORE =
  /, (?:the|his|her|their) (?:official |private )?(?:residence|home) of (?:[A-Z][\w.'’-]* ){0,3}$/;
function ownerOfVenue(m: Mention): boolean {
  if (m.kind === 'pronoun') return false;
  const prev = tokens[m.start - 1];
  // The word before is "of" or a title's last word: one token test before the expression.
  if (prev === undefined || (prev.lower !== 'of' && !prev.cap)) return false;
  return VENUE_OWNER_BEFORE.test(textBefore(m, 8));
}

/** A name at `k` (up to five capitalised words) that the list goes on after: ", and" or "and" right after it. */
function listedOn(k: number): boolean {
  let j = k;
  while (j < k + 5 && tokens[j]?.cap && tokens[j]?.word) j++;
  if (j === k) return false;
  return tokens[j]?.lower === 'and' || (tokens[j]?.text === ',' && tokens[j + 1]?.lower === 'and');
}

/** ", headed by X", ", led by Deputy Minister Y": the mention ends a participle's phrase opened by a comma. */
function agentSetOff(m: Mention): boolean {
  let b = m.start - 1;
  while (b > m.start - 5 && tokens[b]?.cap) b--;
  const participle = tokens[b - 1]?.lower ?? '';
  return (
    tokens[b]?.lower === 'by' &&
    tokens[b - 2]?.text === ',' &&
    (participle === 'led' || (participle.endsWith('ed') && verbWords.has(participle)))
  );
}

/**
 * Whether the scope of mention `m` holds a cue — inside words reported after "recalled that", "said that", only
 * a cue there counts ("X welcomed Y and recalled that Z had laid the foundation": Z was not welcomed).
 */
function cueOfMention(m: Mention): boolean {
  if (!cue(scopeOf(m.sent, m.start))) return false;
  const [a, e] = sentences[m.sent] ?? [0, 0];
  // "Y was taken into custody together with four others, X said at a press conference": the words reported before
  // a closing attribution are about others, not the speaker.
  let v = closingAttribution(m, a) ? attributionVerbAt(m) : -1;
  // "Indonesia's Coordinating Minister for People's Welfare, X, met the Americans at the airport and briefed them":
  // a name whose own verb comes before the verb of speech opens its sentence's act; no words are closed there.
  if (v > m.end && ownVerbBefore(m.end, v)) v = -1;
  // "… was elected by 88 votes to 69, Ceann Comhairle X announced": who announces a vote's tally presides over it.
  if (v >= 0)
    return (
      cue(slice(v + 1, e)) ||
      (ANNOUNCES.has((tokens[v] as Token).lower) && VOTE_TALLY.test(slice(a, m.start)))
    );
  for (let k = m.start - 1; k > a; k--) {
    if ((tokens[k] as Token).lower === 'that' && SPEECH.has((tokens[k - 1] as Token).lower))
      return cue(slice(k + 1, e));
  }
  // "Maj.-Gen. X said the freed hostages would be handed over to the state": a cue only inside the words its
  // speaker reports is no act of theirs.
  const from = wordsReportedAfter(m);
  if (from >= 0 && !cue(slice(a, from))) return false;
  // "X reported to President Y that 11 people had been detained": what X reports is not what X, or Y, did.
  let said = false;
  for (let k = Math.max(a, m.start - 4); k < m.start; k++)
    if (REPORTED.has((tokens[k] as Token).lower)) said = true;
  for (let k = m.end; k < e && k < m.end + 12; k++) {
    const w = (tokens[k] as Token).lower;
    if (w === 'that' && said) return cue(slice(a, k));
    if (REPORTED.has(w)) said = true;
  }
  return true;
}
const REPORTED = new Set(['reported', 'informed', 'briefed']);
/** Whether a verb (not an auxiliary) stands between tokens `from` and `to`, outside clauses set off by commas. */
function ownVerbBefore(from: number, to: number): boolean {
  let inClause = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') inClause = !inClause;
    else if (!inClause && t.word && !t.cap && verbWords.has(t.lower) && !AUXILIARIES.has(t.lower))
      return true;
  }
  return false;
}
const COORDINATORS = new Set(['and', 'but']);
const RELATIVE_WHO = new Set(['who', 'whom', 'whose']);
/** The lower-case words and marks inside a capitalised title ("Chairman of the … Authority (NEA)"). */
const TITLE_LINKS = new Set(['of', 'the', 'for', 'and', '(', ')']);
const ANNOUNCES = new Set(['announced', 'announces', 'declared', 'declares']);
/** A vote's tally: "220 votes", "by 88 votes to 69", "394 voted against". */
const VOTE_TALLY = /\b\d[\d,]* (?:votes?\b|voted\b)/;

/**
 * "UAE President, Saudi Crown Prince succeed in mediation …": a country's word, then a capitalised title. The word
 * is found first and the title after it only for a country's word: one expression that looked ahead for the title
 * after every capitalised word read a headline in capitals to its end from each of its words (PERFORMANCE.md,
 * session 34). A title can only follow a word where the one expression found it: a word ends where its letters do.
 */
const HEADLINE_WORD = /(?:^|[\s,'‘"“])([A-Z][\p{L}.]*)/gu;
const TITLE_AFTER_WORD = /\s+([A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*)/uy;

/** "Crown Prince of Jordan" less its country is "crown prince of": the office is "crown prince". */
const OF_END = / of(?: the)?$/;

/**
 * The people a headline names by their country's word and their office only ("UAE President, Saudi Crown Prince
 * succeed in mediation"): the one person of the story who holds that office for that country takes part, as if
 * named. Asked once countries are decided.
 */
export function headlineOfficeHolders(headline: string, people: readonly PersonRecord[]): Set<PersonRecord> {
  const found = new Set<PersonRecord>();
  HEADLINE_WORD.lastIndex = 0;
  for (let m = HEADLINE_WORD.exec(headline); m !== null; m = HEADLINE_WORD.exec(headline)) {
    const word = (m[1] as string).toLowerCase();
    const country = countryNames.get(word) ?? demonymCountry.get(word);
    if (country === undefined) continue;
    TITLE_AFTER_WORD.lastIndex = HEADLINE_WORD.lastIndex;
    const title = TITLE_AFTER_WORD.exec(headline);
    if (title === null) continue;
    const office = (title[1] as string).toLowerCase();
    // "US President-Elect's Special Envoy": an office in the possessive cites its holder.
    const after = headline[TITLE_AFTER_WORD.lastIndex];
    if (after === "'" || after === '’') continue;
    // The whole run of capitalised words is the office: "Chinese Premier Li Qiang" names the premier.
    const holders = people.filter(
      (p) =>
        p.country === country &&
        p.titleMention < 0 &&
        p.roles.some((r) => bareTitle(r).replace(OF_END, '') === office),
    );
    if (holders.length === 1) found.add(holders[0] as PersonRecord);
  }
  return found;
}

/** An envoy's office in a headline: "Myanmar envoy", "Somali ambassador", "envoy to Somalia". */
const HEADLINE_ENVOY =
  /(?:^|[\s,'‘"“])(\p{Lu}[\p{L}.]*)\s+(?:[Ee]nvoy|[Aa]mbassador|[Cc]harg[eé] [Dd]['’][Aa]ffaires)\b|\b(?:[Ee]nvoy|[Aa]mbassador)\s+to\s+(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?)/gu;
/** The words of an envoy's role ("Myanmar Ambassador to Bangladesh", "Chargé d'Affaires a.i."). */
const ENVOY_ROLE = /\b(?:ambassador|envoy|charg[eé] d['’]affaires)\b/i;
/** The headline's words for the United Nations before "envoy", and the roles of its envoys. */
const UN_WORDS = new Set(['UN', 'U.N.']);
const UN_ENVOY_ROLE = /\b(?:envoy|special representative)\b/i;

/**
 * The envoys a headline names by their country's word, or by the country they are posted to, only ("Myanmar envoy
 * summoned", "Kenya recalls envoy to Somalia, sends Somali ambassador home"): the one envoy of the story of that
 * country (or, posted to a country, the one envoy not of it) takes part, as if named. Asked once countries are
 * decided.
 */
export function headlineEnvoys(headline: string, people: readonly PersonRecord[]): Set<PersonRecord> {
  const found = new Set<PersonRecord>();
  // Most headlines name no envoy: one test of the lower-cased headline spares the expression.
  const lower = headline.toLowerCase();
  if (!lower.includes('envoy') && !lower.includes('ambassador') && !lower.includes('affaires')) return found;
  const envoys = people.filter((p) => p.country !== null && p.roles.some((r) => ENVOY_ROLE.test(r)));
  for (const m of headline.matchAll(HEADLINE_ENVOY)) {
    // "Commission agrees to speed up demarcation, UN envoy says": the one official of no country whose role is a
    // UN envoy's ("the Secretary-General's Special Representative for West Africa").
    if (m[1] !== undefined && UN_WORDS.has(m[1])) {
      const un = people.filter((p) => p.country === null && p.roles.some((r) => UN_ENVOY_ROLE.test(r)));
      if (un.length === 1) found.add(un[0] as PersonRecord);
      continue;
    }
    const of = m[1]
      ? (countryNames.get(m[1].toLowerCase()) ?? demonymCountry.get(m[1].toLowerCase()))
      : undefined;
    // "envoy to South Korea", "Envoy To Japan Meets …": two words that name a country, or the first.
    const post = m[2]?.toLowerCase();
    const to = post
      ? (countryNames.get(post) ?? countryNames.get(post.split(/\s+/)[0] as string))
      : undefined;
    if (of === undefined && to === undefined) continue;
    const holders = envoys.filter((p) => (of !== undefined ? p.country === of : p.country !== to));
    if (holders.length === 1) found.add(holders[0] as PersonRecord);
  }
  return found;
}

/** Opening quotation marks: words reported start after one. */
const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);

/**
 * "\"President Y, stop your troops …\"": a name (after its title) that opens words reported and a comma follows is
 * the one the speaker calls on, not one who speaks or acts in that sentence.
 */
export function calledOnInQuote(tokens: readonly Token[], m: Mention): boolean {
  if (m.kind === 'pronoun' || tokens[m.end]?.text !== ',') return false;
  let k = m.start - 1;
  // Past the title before the name ("President Y,", "Prime Minister Y,").
  while (k >= 0 && m.start - k <= 3 && (tokens[k] as Token).cap && (tokens[k] as Token).word) k--;
  return OPENING_QUOTES.has(tokens[k]?.text ?? '');
}

/**
 * "'Give peace a chance', X tells Y" over "\"President Y, stop your troops …\" X told the council": the one the
 * headline says X told is first met in the story as the one X's words call on, so X spoke to Y from afar, and the
 * headline alone makes Y no participant (a meeting of the two still does, by its own evidence).
 */
function addressedFromAfar(p: PersonRecord): boolean {
  if (!titleLower.includes('tells ')) return false;
  const m = p.mentions.find((x) => x.kind !== 'pronoun');
  if (m === undefined || !calledOnInQuote(tokens, m)) return false;
  const told = title.split(/\s+/);
  for (let i = 0; i + 1 < told.length; i++)
    if (told[i] === 'tells' && p.tokens.some((w) => told[i + 1]!.replace(/[^\p{L}’'-]/gu, '') === w))
      return true;
  return false;
}

/** Verbs of speaking to someone face to face: "asked the prime minister for help", "thanked the president". */
const ADDRESS_VERBS = new Set(['asked', 'told', 'urged', 'thanked', 'briefed', 'showed']);

/**
 * "Mayor X asked the prime minister for help" under "Premier visits quake-hit region": one who speaks to the person the
 * headline names, by their title, met them on the visit.
 */
function addressesHeadlinePerson(m: Mention): boolean {
  if (headlineTitles.length === 0) return false;
  const v = speechVerbAt(m);
  if (v < 0 || !ADDRESS_VERBS.has((tokens[v] as Token).lower) || tokens[v + 1]?.lower !== 'the') return false;
  for (const title of headlineTitles) {
    if (!title) continue;
    const words = title.split(' ');
    let k = 0;
    while (k < words.length && tokens[v + 2 + k]?.lower === words[k]) k++;
    if (k === words.length) return true;
  }
  return false;
}

/** Openers of a phrase before a speaker that is not words reported ("Speaking at the ceremony, X said"). */
const INTRO_OPENERS = new Set([
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'asked',
  'as',
  'while',
  'when',
]);

/** Whether the name `m` follows the comma closing words reported from the start of sentence `a` ("…, X said"). */
function closingAttribution(m: Mention, a: number): boolean {
  let b = m.start - 1;
  // Past the speaker's capitalised title, its "of the" and a bracketed acronym ("Chairman of the National Election
  // Authority (NEA) Counselor X").
  while (b > a) {
    const t = tokens[b] as Token;
    if (!(t.cap && t.word) && !TITLE_LINKS.has(t.lower)) break;
    b--;
  }
  // "“This visit marks a milestone,” Ambassador X said at a news conference on the pier": the comma inside the quote.
  if (CLOSING_QUOTES.has(tokens[b]?.text ?? '') && tokens[b - 1]?.text === ',') b--;
  if (tokens[b]?.text !== ',' || b - a < 6) return false;
  const first = tokens[a] as Token;
  return !INTRO_OPENERS.has(first.lower) && !(first.lower.endsWith('ing') && !first.cap);
}

/**
 * "CARICOM Secretary-General X said …" under "CARICOM leaders end Barbados summit with call for …": an official
 * of the body whose gathering the headline reports speaks at it, even where a headline's "call" keeps other
 * speakers outside.
 */
function gatheringOfficial(p: PersonRecord): boolean {
  // "… discuss security on sidelines of AU summit": the gathering is only where the reported meeting took place.
  // Asked of each person: the headline's part once per article.
  gatheringTitle ??= GATHERING_LEDE.test(title) && !sidelines && !SIDELINES_TITLE.test(title);
  if (!gatheringTitle) return false;
  // "US President X" under "Iran, US hold talks": a country's initials name a side, not a body's gathering.
  for (const r of p.roles)
    for (const w of r.split(/\s+/))
      if (ACRONYM.test(w) && title.includes(w) && !countryNames.has(w.toLowerCase())) return true;
  return false;
}

/**
 * "CICA Executive Director X told reporters" after a lede of "the sixth summit of the Conference on … in Asia (CICA)",
 * "IPU Secretary General Y congratulated the new president" after "won the vote at the 147th IPU Assembly": an
 * official of the body whose gathering the lede, or the sentence after it, names as the event's (by the body's
 * initials before the gathering's word, or in brackets after "summit of the …") serves at it, also where the event is
 * one person's act done there.
 */
function ledeGatheringOfficial(p: PersonRecord): boolean {
  // "… met Y on the sidelines of the 40th Ordinary Session of the Assembly of the African Union (AU)": the
  // gathering is only where the talks reported were held.
  if (p.roles.length === 0 || sidelines) return false;
  for (const r of p.roles)
    for (const w of r.split(/\s+/)) {
      if (!ACRONYM.test(w)) continue;
      // The lede's bodies are looked for only once a role holds initials (most roles hold none).
      ledeBodies ??= SIDELINES_TITLE.test(title) ? [] : gatheringBodies();
      if (ledeBodies.includes(w)) return true;
    }
  return false;
}
/** The initials of the bodies whose gathering the lede or the sentence after it names; found when first asked. */
let ledeBodies: string[] | undefined;
/** "the 147th IPU Assembly", "an AU summit": a body's initials before a gathering's word. */
const INITIALS_GATHERING =
  /\b(\p{Lu}[\p{Lu}\d]+) (?:[Ss]ummit|Assembly|[Cc]onference|Congress|[Ff]orum|Ministerial|[Pp]lenary)\b/gu;
/** "the sixth summit of the Conference on … in Asia (CICA)": the initials in brackets after a gathering's body. */
const GATHERING_OF_INITIALS =
  /\b(?:[Ss]ummit|[Aa]ssembly|[Cc]onference|[Cc]ongress|[Ff]orum|[Pp]lenary|[Ss]ession) of the \p{Lu}[^.;()]{2,120}\((\p{Lu}[\p{Lu}\d]+)\)/gu;
function gatheringBodies(): string[] {
  const found: string[] = [];
  for (const t of [lede, sentText(1)]) {
    for (const re of [INITIALS_GATHERING, GATHERING_OF_INITIALS]) {
      re.lastIndex = 0;
      for (let m = re.exec(t); m !== null; m = re.exec(t)) {
        const w = m[1] as string;
        if (!countryNames.has(w.toLowerCase())) found.push(w);
      }
    }
  }
  return found;
}

/** A headline whose subject is a team by its trade: "IAEA inspectors verify shutdown of …". */
const TEAM_TITLE =
  /^(?:[\p{L}\d.'’-]+ ){0,3}(?:inspectors|monitors|observers|investigators|rescuers|experts)\b/iu;
/** "The 10-member team, led by", "the mission, headed by": right before a name, its leader. */
const TEAM_LED_BY_BEFORE = /\b(?:team|mission|group)s?,? (?:led|headed) by $/i;
/**
 * "The 10-member team, led by X, a senior IAEA safeguards official, arrived in Pyongyang on Saturday" under "IAEA
 * inspectors verify shutdown …": the leader of the team whose act the headline reports took part in it, over the
 * days it took.
 */
function leadsHeadlineTeam(m: Mention): boolean {
  if (m.kind === 'pronoun' || m.sent === 0 || !(teamTitle ??= TEAM_TITLE.test(title))) return false;
  return TEAM_LED_BY_BEFORE.test(textBefore(m, 6)) && !locallyNegated(m);
}
/** A headline whose subject (a few words) condemns something: "AU Commission chief condemns coup attempt in …". */
const CONDEMNATION_TITLE = /^(?:[\p{L}\d.'’-]+ ){1,5}(?:condemns|denounces|deplores|decries)\b/u;
/** "head of the Chinese delegation", "chief delegate": the one who leads a side's delegation. */
const DELEGATION_HEAD_ROLE =
  /\b(?:(?:head|chief|leader) of (?:the|his|her) (?:\p{Lu}[\p{L}-]* )?delegation|chief delegate|head of delegation)\b/iu;
/**
 * "Li X, head of the Chinese delegation, said China had always …" under "NPT review conference opens at UN, …": in
 * the story of a gathering (not of two sides' talks), the head of a delegation who speaks, in no other place or
 * time, speaks at it.
 */
function delegationHeadSpeaking(p: PersonRecord): boolean {
  if (bilateral || sidelines || p.spokesperson || !p.roles.some((r) => DELEGATION_HEAD_ROLE.test(r)))
    return false;
  if (!GATHERING_LEDE.test(title) && !(gatheringLede ??= GATHERING_LEDE.test(lede))) return false;
  return p.mentions.some(
    (m) =>
      m.kind !== 'pronoun' &&
      m.sent > 0 &&
      speechVerbAt(m) >= 0 &&
      !locallyNegated(m) &&
      !negativeAt(m) &&
      !(eventPlace !== '' && setElsewhere(m.sent)),
  );
}

/**
 * "U.S. Steel Chief Executive X said in a statement" under "Nippon Steel to buy U.S. Steel": an officer of a company
 * the headline names, speaking at the deal's time (a statement included), makes the deal. So does "Y, chairman of
 * Jingye, said …" under "Jingye Group has agreed to buy …": the company after the title's "of".
 */
function dealOfficer(p: PersonRecord, headline: string): boolean {
  const ofHeadlineCompany = p.roles.some((r) => {
    const words = r.split(/\s+/);
    let k = 0;
    while (
      k < words.length &&
      /^\p{Lu}/u.test(words[k] as string) &&
      !OFFICER_WORDS.has((words[k] as string).toLowerCase())
    )
      k++;
    if (k > 0) return k < words.length && headline.includes(words.slice(0, k).join(' '));
    // "chairman of Jingye", "chief executive of the Acme Group": the company after the officer's title.
    const of = words.indexOf('of');
    if (of < 1 || !words.slice(0, of).every((w) => OFFICER_WORDS.has(w.toLowerCase()))) return false;
    let b = of + 1;
    if (words[b] === 'the') b++;
    let e = b;
    while (e < words.length && /^\p{Lu}/u.test(words[e] as string)) e++;
    return e > b && headline.includes(words.slice(b, e).join(' '));
  });
  if (!ofHeadlineCompany) return false;
  for (const m of p.mentions)
    if (
      m.kind !== 'pronoun' &&
      speechVerbAt(m) >= 0 &&
      !locallyNegated(m) &&
      !negative(scopeOf(m.sent, m.start).replace(IN_STATEMENT, ''))
    )
      return true;
  return false;
}
/** The words that open a company officer's title after the company's name ("Chief Executive", "Vice Chairman"). */
const OFFICER_WORDS = new Set([
  'chief',
  'executive',
  'president',
  'chairman',
  'chairwoman',
  'chair',
  'vice',
  'ceo',
  'director',
  'managing',
  'founder',
  'co-founder',
  'head',
]);

/** A person's first mention by name (not by pronoun), in sentence `sent` or (when -1) anywhere. */
function firstNamedIn(p: PersonRecord, sent: number): Mention | undefined {
  for (const m of p.mentions) if (m.kind !== 'pronoun' && (sent < 0 || m.sent === sent)) return m;
  return undefined;
}

/** The clause of `list` opened by the comma at token `a`. */
function clauseOpenedAt(list: [number, number][], a: number): [number, number] | undefined {
  for (const c of list) if (c[0] === a) return c;
  return undefined;
}

/** The clause of `list` holding token `k`. */
function clauseAround(list: [number, number][], k: number): [number, number] | undefined {
  for (const c of list) if (k > c[0] && k < c[1]) return c;
  return undefined;
}

function negative(t: string): boolean {
  let v = negCache.get(t);
  if (v === undefined) {
    v = isNegative(t);
    negCache.set(t, v);
  }
  return v;
}

/**
 * "X, who took part in the Soviet lunar program, …": taking part in a long-running enterprise is no part in the event
 * (the words are dropped before the cues are sought).
 */
const PART_IN_ENTERPRISE =
  /\b(?:took|takes|taking|take) part in (?:the |a |an |its |his |her |their )?(?:[\w'’-]+ ){0,3}(?:programs?|programmes?|projects?|wars?|campaigns?|revolution|movement|struggle|research|resistance|uprising)\b/gi;

/**
 * Under a headline or lede reporting an election, a candidate's share ("received some 970,000 votes", "took 10.5
 * percent") or running in it ("also ran in the election", "beat X in a runoff", "were eliminated in the first round")
 * is taking part.
 */
const ELECTION_PART =
  /\b(?:(?:won|received|secured|garnered|took|polled) (?:about |some |nearly |almost |more than |over |just )?[\d.,]+ (?:(?:million |thousand )?votes|percent|per cent)|(?:ran|stood) (?:in|for) (?:the|a) (?:[\w-]+ ){0,2}(?:election|race|poll|runoff|primary)|(?:backed|voted for) (?:[\w'’-]+ ){1,3}in the (?:[\w-]+ )?(?:vote|ballot|election|run-?off|race|second round)|beat [^.;:]{1,60}? in (?:a|the) (?:[\w-]+ )?(?:run-?off|vote|ballot|second round)|(?:was|were) (?:all )?eliminated in the (?:first|second|opening) round)\b/i;
/** "In the earlier rounds he had faced X and Y": the rivals of the vote's earlier rounds (under one who was elected). */
const FACED_IN_ROUNDS =
  /\bin the (?:earlier|first|previous|opening|two|three) (?:rounds?|ballots?)(?: of (?:the )?voting)?,? (?:he|she|they|[\w'’-]+) (?:had )?faced\b/i;

/**
 * "…, while X brought in Foreign Minister Y": the aides a leader brings into the talks (a name or a title after "in",
 * capitalised: "brought in new rules" is no one).
 */
/**
 * A caption's present tense: "X and his wife Y welcome Britain's King Z at the Arc", "Prime Minister X greets King Y as
 * he steps off the plane" — one who greets a guest named after the verb (case-sensitive: a capitalised name, then the
 * clause's end or a preposition, so "welcome Biden's decision" and "welcomes Brexit deal" are reactions, no greeting).
 */
const GREETS_NAMED =
  /\b(?:welcomes?|greets?) (?:[A-Z][\w'’-]*['’]s )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*(?=$|[,.;:]| (?:and|as|at|in|on|to|upon|with|during|before|after|outside|ahead|for)\b)/;
const BROUGHT_IN = /\b(?:brought|bringing) in (?:his |her |their )?(?:[A-Z][\w'’-]*)/;

function cue(text: string): boolean {
  let v = cueCache.get(text);
  if (v === undefined) {
    let t = text.includes(' part in ') ? text.replace(PART_IN_ENTERPRISE, '') : text;
    // "X welcomed the agreement": welcoming an outcome is a reaction to it, not welcoming a guest.
    if (t.includes('welcomed ')) t = t.replace(WELCOMED_OUTCOME, '');
    // "Y, who received 44.3%": a share of a vote received, not a guest, outside a story of a vote or of one elected.
    if (t.includes('received ') && !electedStory()) t = t.replace(RECEIVED_SHARE, '');
    if (t.includes('accompanied by ')) t = t.replace(ACCOMPANIED_BY_THING, '');
    if (t.includes(', led by') && !t.includes('delegation')) t = t.replace(PARTY_LED_BY, '');
    // "X imposed changes minutes after the polls closed. … Y was elected Bosniak member": under a headline of another
    // one-person act, the vote's winners won another event.
    if (soloActs.length > 0 && t.includes('elected') && !soloActs.some(electionAct))
      t = t.replace(ELECTED_CUE, '');
    if (t.includes('chairs ')) t = t.replace(CHAIRS_STANDING_BODY, '');
    if (t.includes('d by ')) t = t.replace(CHAIRED_INQUIRY, '');
    v =
      (cueWords(t) ||
        (t.includes('accompanied ') && ACCOMPANIED_PERSON.test(t)) ||
        (oathStory && (OATH.test(t) || (t.includes('awarded') && HONOUR_AWARDED.test(t)))) ||
        ((t.includes(' includ') || t.includes(' compris')) && INCLUDED.test(t)) ||
        (awardStory && AWARD_WON.test(t)) ||
        (matchStory && MATCH_PLAY.test(t)) ||
        (dismissal && DISMISSAL_PART.test(t)) ||
        (raceStory && RACE_PLAY.test(t)) ||
        (openingStory && OPENING_PART.test(t)) ||
        (electionStory && ELECTION_PART.test(t)) ||
        (t.includes(' faced') && electedStory() && FACED_IN_ROUNDS.test(t)) ||
        (disaster && DISASTER_PART.test(t)) ||
        (custody && (CUSTODY_PART.test(t) || RELEASED_NAMED.test(t))) ||
        (soloEvent &&
          (sameSoloAct(t) ||
            ((TAKES_OFFICE.test(t) || TAKES_NAMED_OFFICE.test(t)) && SWEARING_IN.test(lede)))) ||
        (t.includes(' reporter') && INTERVIEWER.test(t)) ||
        (reportedAct && t.includes(' here') && SAID_HERE.test(t)) ||
        (t.includes('long with ') && ALONG_WITH.test(t)) ||
        (t.includes('ing in ') || t.includes('ght in ') ? BROUGHT_IN.test(t) : false) ||
        (t.includes(' without ') && LEFT_WITHOUT.test(t)) ||
        ((t.includes('welcome') || t.includes('greets ') || t.includes('greet ')) && GREETS_NAMED.test(t)) ||
        ((t.includes('alongside ') || t.includes('behind ')) && SIDE_BY_SIDE.test(t)) ||
        (t.includes('handed ') && HANDED_CHAIR.test(t)) ||
        (t.includes('presented ') && PRESENTED_WITH.test(t)) ||
        (t.includes('question') && ASKED_THE_QUESTION.test(t)) ||
        ((statementEvent || ((!electionStory || earlierElection()) && electedStory())) &&
          t.includes(' result') &&
          ANNOUNCED_RESULTS.test(t)) ||
        (!bilateral && t.includes(' meeting ') && MEETING_ON_VISIT.test(t)) ||
        (t.includes('banquet') && visitStory() && WELCOMING_MEAL.test(t))) &&
      !(bilateral && HOSTS_GATHERING.test(t)) &&
      !(sidelines && GATHERING_PART.test(t) && !MEETING.test(t));
    cueCache.set(text, v);
  }
  return v;
}

/**
 * Whether `t` reports meetings on the sidelines of the gathering the story is about (not one beside a bilateral
 * meeting, nor a lede's own sideline meeting): those met "separately" there are at the gathering.
 */
function atTheGathering(t: string): boolean {
  if (bilateral || sidelines) return false;
  // "X, on his first APEC trip, met Y and Z separately on Saturday" under "… wrapped up a two-day summit": at a
  // gathering of several days, those its leaders meet apart are met there (another day or city is judged after).
  if (!SIDELINE_MEETING.test(t) && !(ledeSpan > 1 && MET_APART.test(t))) return false;
  gatheringLede ??= GATHERING_LEDE.test(lede);
  return gatheringLede;
}
/** "met Y and Z separately", "met separately with Y": meetings apart (tested after "separate" is seen). */
const MET_APART = /\bmet (?:(?:with )?[^,;.]{1,60} separately|separately with)\b/;

/** ", according to a statement posted on …": where the report comes from, not a reaction from elsewhere. */
const ACCORDING_TO = /,?\s*according to [^,;]*/g;

/**
 * "from Prince X, Crown Prince of the Kingdom of Y, which hosted the previous session in Jeddah last year": a clause
 * on where an earlier session was held dates that session, not the event; "handed over to representatives of
 * Manchester, England, which will host the next Games in 2002": so does one on where the next is held.
 */
const PLACE_HOSTED_BEFORE =
  /, which (?:(?:had )?hosted the (?:previous|last|earlier)|will host the (?:next|following)) [^,;]*/g;
/**
 * "head of the mission, which he set up in September as …": a clause that dates a body's founding, not the event
 * (dropped before the sentence's times are read).
 */
const BODY_SET_UP =
  /,? which (?:(?:he|she|they|it) |(?:was|were) )?(?:set up|founded|established|created|formed|launched)\b[^,;]*/g;
/** ", agreed earlier this year,": a participle set off by commas that dates the document, not the event. */
const DOCUMENT_ASIDE =
  /,\s(?:agreed|reached|drafted|negotiated|adopted|approved|finalized|finalised|concluded) [^,;]{0,60},/g;
/** ", who turned 17 on Saturday,": a birthday set off by commas dates the person's age, not the event. */
const AGE_ASIDE = /(?:,\s(?:who )?|\swho )(?:turned|turns) \d{1,3}\b[^,;]{0,30},/g;

/** "Later in the day, X attended …": an act of the later hours, opening the sentence. */
const LATER_ACT =
  /^Later (?:in the day|that day|on \w+|in the (?:afternoon|evening))\b[^.;]*\b(?:attended|visited|toured|inspected|laid)\b/;
/** "at a press conference in Rawalpindi later in the day": a briefing held after the event (tested after "later "). */
const LATER_BRIEFING =
  /\b(?:news|press) (?:conference|briefing)\b[^.;]{0,40}\blater (?:in the day|that day|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;
/** A headline of words said, not of a meeting, a gathering or a ceremony ("X offers apology for …"). */
function wordsTitle(): boolean {
  return (
    !MEETING.test(title) &&
    !GATHERING_LEDE.test(title) &&
    !CEREMONY_TITLE.test(title) &&
    !PRESENCE.test(title)
  );
}

/**
 * "X and Y called on the President at his hotel", "the visitor called on President Z": a courtesy call is a meeting
 * of its own, unless the headline reports one; "called on both sides to …" is an appeal, not a call.
 */
const COURTESY_CALL = /\bcalled on (?![^.;]*\bto [a-z])/;
const CALL_TITLE = /\bcall(?:s|ed)? on\b|\bcourtesy\b/i;

/**
 * "welcomed the delegations and recalled that Belém will host the UN climate conference in 2025": what a place will do,
 * in words someone reports, is no later act of theirs (dropped before the sentence's times are read).
 */
const PLACE_WILL =
  /\b(?:recalled|recalls|noted|notes|said|says|stressed|stresses|pointed out|points out) that (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) will [^;]*/gu;
const placeWillClause = (clause: string, subject: string) =>
  isGazetteerPlace(subject.toLowerCase()) || !subject.split(' ').some((w) => nameWords.has(w)) ? '' : clause;

function isNegative(text: string): boolean {
  const reported = text.includes(' will ') ? text.replace(PLACE_WILL, placeWillClause) : text;
  const plain = reported.includes('according to ') ? reported.replace(ACCORDING_TO, '') : reported;
  const aside = plain.includes(', ') ? plain.replace(DOCUMENT_ASIDE, ',').replace(AGE_ASIDE, ',') : plain;
  const hosted = aside.includes(', which ') ? aside.replace(PLACE_HOSTED_BEFORE, '') : aside;
  const written = hosted.includes(' which ') ? hosted.replace(BODY_SET_UP, '') : hosted;
  const opened = WELCOME_CEREMONY.test(written) ? written.replace(WELCOME_OPENER, '') : written;
  let t = opened.startsWith('Before') ? opened.replace(SPEECH_OPENER, '') : opened;
  if ((matchStory || openingStory) && t.startsWith('Before')) t = t.replace(KICK_OFF_OPENER, '');
  if (NEG_START.test(t) || EARLIER_MEETING.test(t) || MET_BEFORE.test(t)) return true;
  // "Later in the day, the Emperor attended the memorial service" under "X offers apology …": under a headline of
  // words said (no meeting, gathering or ceremony), what the later hours hold is another event.
  if (t.startsWith('Later') && LATER_ACT.test(t) && wordsTitle()) return true;
  // "Speaking at a press conference in Rawalpindi later in the day, X said …": a briefing of their own, after the event.
  if (t.includes('later ') && LATER_BRIEFING.test(t)) return true;
  if (talksBefore && NEGOTIATING.test(t) && !t.includes('announc')) return true;
  if (t.startsWith('Earlier')) {
    const other = EARLIER_RITE.exec(t)?.[1];
    if (other && !title.toLowerCase().includes(other.toLowerCase().replace(/s$/, ''))) return true;
  }
  if (NEG_ANY.test(t) && !(SEPARATE.test(t) && atTheGathering(t) && !NEG_ANY.test(t.replace(SEPARATE_G, ''))))
    return true;
  if (!mealTitle && !visitStory() && HOSTED_MEAL.test(t)) return true;
  if (t.includes('called on') && COURTESY_CALL.test(t) && !CALL_TITLE.test(title)) return true;
  if (t.startsWith('After') && AFTER_EVENT_PRIVATE_RITE.test(t)) return true;
  if ((t.startsWith('After') || t.startsWith('Following')) && MET_AFTER_THE_MEETING.test(t)) return true;
  if (t.includes(', where ') && (RECEIVED_AT_NEXT_STOP.test(t) || MEETING_AT_NEXT_STOP.test(t))) return true;
  if ((t.includes('follow') || t.includes(' after ')) && AFTER_EARLIER_EVENT.test(t)) return true;
  if (t.includes(' also ') && ALSO_IN_TOWN.test(t)) return true;
  // "Yoon is accompanied on the trip by a business delegation that includes A and B" under "… after Yoon meets X":
  // those who came along on the trip are no party to the one meeting the headline reports (they are to a visit's).
  if (t.includes('accompanied on ') && ACCOMPANIED_ON_TRIP.test(t) && !tripTitle()) return true;
  // "Three ministers — A, B and C — are traveling with him" under "X meets Y": the same, said of the travellers.
  if (t.includes('ling with ') && TRAVELLING_WITH.test(t) && !tripTitle()) return true;
  // "The U.S. delegation to the ministerial meeting is led by X" beside talks of two sides: the delegation to the
  // wider gathering, at another table.
  if (bilateral && t.includes('delegation') && DELEGATION_TO_GATHERING.test(t)) return true;
  if (
    (t.includes(' day') ||
      t.includes(' week') ||
      t.includes(' month') ||
      /^(?:Days|Weeks|Months)\b/.test(t)) &&
    DAYS_APART.test(t)
  )
    return true;
  if (!matchStory && t.includes('after the ') && AFTER_THE_GAME.test(t)) return true;
  // "After the ceremony, the new president … swore in his cabinet, headed by X": where the story's event is the
  // ceremony itself (an oath, an inauguration, a signing; no talks in the lede), what follows it is another event.
  if (t.includes('fter the ') && AFTER_THE_CEREMONY.test(t) && ceremonyIsTheEvent()) return true;
  // "Emperor X welcomes President Y …" over "Y held talks with Prime Minister Z … after the palace ceremony": under a
  // headline of a welcome or an audience, talks held after it are a meeting of their own.
  if (t.includes('fter the ') && TALKS_AFTER_WELCOME.test(t) && WELCOME_TITLE.test(title)) return true;
  if (matchStory && t.includes('earlier ') && EARLIER_THAT_DAY.test(t)) return true;
  if (eventPlace && (t.includes('told ') || t.includes('briefed ')) && someMatch(TOLD_IN_RE, t, otherPlace))
    return true;
  if (eventPlace && t.includes(' in ') && someMatch(CHAIRED_IN_RE, t, otherPlace)) return true;
  if (
    eventPlace &&
    (t.includes(' talks in ') || t.includes(' negotiations in ')) &&
    someMatch(TALKS_IN_RE, t, otherKnownPlace)
  )
    return true;
  if ((t.includes('said in ') || t.includes('says in ')) && someMatch(SAID_IN_RE, t, saidInOtherCity))
    return true;
  // "The vice president visited Macon, Georgia, the same day, where she met Gov. X": a visit to another place than the story's.
  if (
    eventPlace &&
    t.includes('visited ') &&
    VISITED_WHERE_RE.test(t) &&
    someMatch(VISITED_RE, t, otherPlace)
  )
    return true;
  // "started her trip in Sydney and Perth, where she met Y": those met in other cities than the event's.
  if (eventPlace && t.includes(', where ') && someMatch(MET_WHERE_RE, t, otherCities)) return true;
  // "Later in the day, X met with Premier Y" under "… foreign ministers agree …": a further meeting, unless the
  // headline's sides are leaders at large ("Tanabe meets Chinese leaders" covers whoever he meets that day).
  if (
    (t.includes('ater') || t.includes('ame day')) &&
    (LATER_MEETING.test(t) || LATER_FORMAT.test(t)) &&
    !LEADERS_RE.test(title)
  )
    return true;
  // "On the sidelines of the ceremony, X held talks with …" under an oath's headline: talks of their own, unless
  // the headline or lede reports a meeting on those sidelines.
  if (
    t.startsWith('On the sidelines') &&
    CEREMONY_SIDELINE_TALKS.test(t) &&
    !sidelines &&
    !SIDELINES_TITLE.test(title)
  )
    return true;
  // "On the sidelines, X met with Y and Z" under a headline of what was said, naming no gathering and no meeting
  // ("X calls for openness at Davos"): talks beside the speech reported, not part of it.
  if (
    t.startsWith('On the sidelines, ') &&
    !bilateral &&
    !sidelines &&
    SIDELINE_TALKS.test(t) &&
    SPEECH_TITLE.test(title) &&
    !GATHERING_LEDE.test(title) &&
    !SIDELINES_TITLE.test(title)
  )
    return true;
  // "X took part in a panel debate later in the day" under "Y calls for … in letter to the conference": a later
  // session of the gathering, not the opening the headline reports.
  if (t.includes('later ') && LATER_SESSION.test(t) && SPEECH_TITLE.test(title)) return true;
  if (someMatch(YEAR_IN_TEXT, t, earlierYear)) return true;
  if (t.includes('in 1') && CENTURIES_AGO.test(t)) return true;
  if (someMatch(MONTH_RE, t, otherMonth)) return true;
  if (t.includes('on ') && someMatch(DAY_DATE_RE, t, otherDay)) return true;
  // "arrived on September 1 and was welcomed by X" under a dateline of September 2: the day before (at a gathering,
  // attending it on another day is still attending it).
  if (eventDayExact && t.includes('on ') && someMatch(DAY_DATE_RE, t, nearOtherDay)) {
    gatheringLede ??= GATHERING_LEDE.test(lede);
    if (!(gatheringLede && ATTENDANCE.test(t))) return true;
  }
  // "He held the talks with Y on Saturday and Sunday" under "… release joint statement on trade meeting" (Monday):
  // the meeting the statement is about is its occasion, held on days before it.
  if (statementOnMeeting && HELD_THE_TALKS.test(t)) return false;
  // "On Wednesday, President X will address Parliament at the invitation of Speaker Y": a sentence that opens on a
  // weekday and says what someone will do there reports a later engagement, whatever day the lede gives (or none) —
  // unless the lede itself looks ahead ("… will meet on Wednesday").
  if (t.startsWith('On ') && PLANNED_ON_WEEKDAY.test(t) && !ledeLower.includes(' will ')) return true;
  // "X, attending his last board meeting, told the members on Thursday" under "The board censured Y on Friday": the
  // meeting of the body whose act the lede reports, on another of its days.
  if (t.includes('attend') && attendsLedeBodyMeeting(t)) return false;
  // "joined the leaders on Thursday" at a summit that opened on Wednesday: another day of the same event.
  ledeDay ??= ledeWeekday() ?? publishedToday();
  // "JERUSALEM (AP) — X stood before parliament today" under a Monday's header: a dateline with no date of its own
  // leaves "today" the header's day or the day before (a morning paper's), and a weekday that is neither is
  // another day ("who greeted him at the airport on Saturday night").
  const filed = ledeDay === null ? undatedDatelineDays() : null;
  if (ledeDay === null && filed === null) return false;
  // Attending the gathering itself: at a gathering, another weekday is another day of the same event.
  gatheringLede ??= GATHERING_LEDE.test(lede);
  if (gatheringLede && ATTENDANCE.test(t)) return false;
  // "X cast his ballot … on Friday morning" under "Y wins runoff" announced on Saturday: voting in the election whose
  // result the story reports, on its polling day.
  if (t.includes('cast ') && CAST_BALLOT.test(t) && (ELECTION.test(title) || ELECTION.test(lede)))
    return false;
  // Taking part (a meeting on the sidelines) on another day of a gathering of several days is taking part in it; words
  // said that day are not, nor is a meeting "in Canberra" that day.
  if (filed !== null)
    return someMatch(WEEKDAY_RE, t, (m) => !filed.includes((m[1] ?? m[2] ?? '').toLowerCase()));
  const withinSpan = ledeSpan > 1 && cue(t) && !(t.includes(' in ') && someMatch(LEDE_IN_RE, t, otherPlace));
  return someMatch(WEEKDAY_RE, t, withinSpan ? otherWeekdayOfSpan : otherWeekday);
}
/** "attending his last board meeting", "who attended the council's session": the body whose meeting it is. */
const ATTENDS_BODY_MEETING =
  /\battend(?:s|ed|ing)? (?:the|his|her|their|its) (?:[\w-]+ )?(board|council|committee|commission|assembly|parliament|senate|cabinet)(?:['’]s)? (?:[\w-]+ )?(?:meeting|session|sitting)s?\b/i;
function attendsLedeBodyMeeting(t: string): boolean {
  const body = ATTENDS_BODY_MEETING.exec(t)?.[1]?.toLowerCase();
  return body !== undefined && new RegExp(`\\b${body}\\b`).test(ledeLower);
}
/** "On Wednesday, X will …", "On Friday morning, the leaders are due to …": up to six words, none of speech, before it. */
const PLANNED_ON_WEEKDAY =
  /^On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?, (?:(?!(?:said|says|told|announced)\b)[\w'’.-]+ ){1,6}(?:will|(?:is|are) (?:due|set|scheduled|expected) to)\b/;
/**
 * "A Chinese delegation led by X is also in the capital for the anniversary events": in the city at the same time,
 * which is no part in the talks reported ("led by" there is no evidence).
 */
const ALSO_IN_TOWN =
  /\b(?:is|are|was|were) also (?:in|visiting) (?:the (?:[\w'’-]+ ){0,2}capital|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\b(?! (?:delegation|team|talks|meeting|summit|session|ceremony))/;
/** "… release joint statement on Geneva trade meeting", "statement after talks": a statement on a meeting. */
const STATEMENT_ON_MEETING =
  /\bstatement (?:on|after|following) (?:the |their )?(?:[\w'’-]+ ){0,5}(?:meeting|talks|summit|consultations)\b/i;
const HELD_THE_TALKS = /\bheld (?:the|their) (?:[\w-]+ )?(?:talks|meeting|consultations)\b/i;
const CAST_BALLOT = /\bcast (?:his|her|their) (?:ballots?|votes?)\b/;
const ELECTION = /\b(?:elections?|run-?offs?|referendum|polls)\b/i;

/** The text a mention's evidence is judged on: its own clause, or its sentence without the clauses. */
function scopeOf(sent: number, start: number): string {
  const list = clauses.get(sent);
  const clause = list && clauseAround(list, start);
  // A scope is one clause (keyed by its opening comma) or the rest of one sentence (keyed by its number).
  const key = clause ? clause[0] : -1 - sent;
  let scope = scopes.get(key);
  if (scope === undefined) {
    scope = clause
      ? slice(clause[0] + 1, clause[1])
      : list
        ? sentenceOutsideClauses(sent, list)
        : sentText(sent);
    scopes.set(key, scope);
  }
  return scope;
}

/**
 * "Y will chair the task force himself, and X, who stood beside Z at the signing, will serve as …": a name opening a
 * clause joined by ", and" after one that ends in a lower-case word (not a list of names) is judged by its own clause,
 * not by the first one's time ("will chair").
 */
function ownConjunctClear(m: Mention, narrow?: (scope: string) => string): boolean {
  if (tokens[m.start - 1]?.lower !== 'and' || tokens[m.start - 2]?.text !== ',') return false;
  const before = tokens[m.start - 3];
  if (!before?.word || before.cap || before.sent !== m.sent) return false;
  const list = clauses.get(m.sent);
  if (list && clauseAround(list, m.start) !== undefined) return false;
  const rest = sentenceOutsideClauses(m.sent, list ?? [], m.start);
  return !negative(narrow ? narrow(rest) : rest);
}

/** "…, and Secretary of State C": a name, after its capitalised title, that ", and" opens as a list's last member. */
function lastOfSubjects(m: Mention): boolean {
  let k = m.start - 1;
  while (k > m.start - 7 && (tokens[k]?.cap || TITLE_LINK_WORDS.has(tokens[k]?.lower ?? ''))) k--;
  return tokens[k]?.lower === 'and' && tokens[k - 1]?.text === ',' && tokens[k - 1]?.sent === m.sent;
}

/** A sentence's text without its clauses (from token `from`, when given), the pieces left joined by a space. */
function sentenceOutsideClauses(sent: number, list: [number, number][], from = -1): string {
  const [s, e] = sentences[sent] ?? [0, 0];
  let out = '';
  let k = Math.max(s, from);
  for (const [a, b] of list) {
    if (a < k) continue;
    const piece = slice(k, a);
    if (piece) out = out ? `${out} ${piece}` : piece;
    k = b + 1;
  }
  const piece = slice(k, e);
  if (piece) out = out ? `${out} ${piece}` : piece;
  return out;
}

/**
 * A mention inside a clause also inherits the sentence's own time markers ("Last year, X, who …"). `narrow` drops
 * words of a scope that do not date it (caseNegativeAt).
 */
function negativeAt(m: Mention, narrow?: (scope: string) => string): boolean {
  const own = scopeOf(m.sent, m.start);
  if (negative(narrow ? narrow(own) : own) && !ownConjunctClear(m, narrow)) return true;
  if (m.sent > 0 && own.includes(' there') && thereOnOtherDay(own, m.sent)) return true;
  if (own.includes(' by ') && receivedOnArrivalDay(m.sent)) return true;
  if (atPastGathering(m.sent)) return true;
  if (m.sent > 0 && (placeOfEarlierTime(m.sent) || afterYearsBack(m.sent) || thenOfEarlierTime(m.sent)))
    return true;
  const list = clauses.get(m.sent);
  if (!list || clauseAround(list, m.start) === undefined) return false;
  const [s, e] = sentences[m.sent] ?? [0, 0];
  const outer = scopeOf(m.sent, s);
  return outer !== own && e > s && negative(narrow ? narrow(outer) : outer);
}

/** "last month's Northfield Games": the gatherings the story dates before its own, read once (null: none). */
let pastGathering: RegExp | null | undefined;
const PAST_GATHERING = /\blast (?:week|month|year)['’]s (\p{Lu}[\p{L}-]+)/gu;
const DATES_PAST_GATHERING = /\blast (?:week|month|year)['’]s \p{Lu}/u;

/**
 * "Kim said last month's Northfield Games had been a success. … The North sent athletes to the Northfield Games. X
 * attended the opening ceremony": a sentence naming a gathering the story dates before its own, or the one after it
 * in its paragraph, is set then.
 */
function atPastGathering(sent: number): boolean {
  if (pastGathering === undefined) {
    // Most stories name no such gathering: one test spares matchAll's dearer pass (PERFORMANCE.md, perf33).
    const words = DATES_PAST_GATHERING.test(text)
      ? [...text.matchAll(PAST_GATHERING)].map((hit) => hit[1] as string)
      : [];
    pastGathering =
      words.length === 0
        ? null
        : new RegExp(
            `\\b(?:${words.join('|')}) (?:Winter |Summer )?(?:Games|Olympics|Summit|Cup|Championships?|Festival|Expo)\\b`,
            'u',
          );
  }
  if (pastGathering === null) return false;
  const own = sentText(sent);
  // The sentence that dates it speaks of it from the story's own time.
  if (DATES_PAST_GATHERING.test(own)) return false;
  if (pastGathering.test(own)) return true;
  if (sent === 0) return false;
  const [, e] = sentences[sent - 1] as [number, number];
  const s = (sentences[sent] as [number, number])[0];
  if (text.slice((tokens[e - 1] as Token).end, (tokens[s] as Token).start).includes('\n')) return false;
  return pastGathering.test(sentText(sent - 1));
}

/** "In Lima, …": a sentence opened by a place of one or two capitalised words. */
const IN_PLACE_OPENER = /^In (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?), /u;

/**
 * "In November, X attended the summit in Lima …. In Lima, X met Y …": a sentence opened by a place the sentence
 * before (in the same paragraph) put in another month or an earlier year goes on at that time — a year's review,
 * not the story's event. Not where the sentence dates itself (a weekday, a month, a year).
 */
function placeOfEarlierTime(sent: number): boolean {
  const own = sentText(sent);
  const place = IN_PLACE_OPENER.exec(own)?.[1];
  if (place === undefined || WEEKDAY_ANY.test(own) || MONTH_NAME.test(own) || HAS_YEAR.test(own))
    return false;
  const [, e] = sentences[sent - 1] as [number, number];
  const s = (sentences[sent] as [number, number])[0];
  if (text.slice((tokens[e - 1] as Token).end, (tokens[s] as Token).start).includes('\n')) return false;
  const before = sentText(sent - 1);
  if (!before.includes(`in ${place}`)) return false;
  return someMatch(MONTH_RE, before, otherMonth) || someMatch(YEAR_IN_TEXT, before, earlierYear);
}
const MONTH_NAME = new RegExp(`\\b(?:${MONTH_NAMES})\\b`);

/**
 * "… was launched at a meeting of the four ministers in October last year. Minister X had then joined them by video":
 * "had then" goes back to the time the sentence before (in the same paragraph) put in another month or an earlier
 * year, not the story's event. Not where the sentence dates itself by a weekday.
 */
function thenOfEarlierTime(sent: number): boolean {
  const own = sentText(sent);
  if (!own.includes('had then') || WEEKDAY_ANY.test(own)) return false;
  const [, e] = sentences[sent - 1] as [number, number];
  const s = (sentences[sent] as [number, number])[0];
  if (text.slice((tokens[e - 1] as Token).end, (tokens[s] as Token).start).includes('\n')) return false;
  const before = sentText(sent - 1);
  return someMatch(MONTH_RE, before, otherMonth) || someMatch(YEAR_IN_TEXT, before, earlierYear);
}

/**
 * "Thirty-two years ago this month, X arrived in Washington …. President Y welcomed him on the South Lawn": the
 * sentence after one opened by a count of years back, in its paragraph, goes on at that time unless it dates itself
 * (a weekday, a month, a year) or comes back to "today" or "now".
 */
function afterYearsBack(sent: number): boolean {
  const [a, e] = sentences[sent - 1] as [number, number];
  if (!YEARS_BACK.test(slice(a, e))) return false;
  const own = sentText(sent);
  if (WEEKDAY_ANY.test(own) || MONTH_NAME.test(own) || HAS_YEAR.test(own) || NOW_AGAIN.test(own))
    return false;
  const s = (sentences[sent] as [number, number])[0];
  return !text.slice((tokens[e - 1] as Token).end, (tokens[s] as Token).start).includes('\n');
}
const YEARS_BACK = /^(?:\d+|[A-Z][a-z]+(?:-[a-z]+)?) years? (?:ago|earlier|before that|before)\b/;
const NOW_AGAIN = /\b(?:today|now|this week|this year)\b/i;

/** "… the visit of X to Kiev on Monday showed …. X met with Y there": "there" is the sentence before's, on its day. */
const THERE_ADVERB = /\bthere\b(?! (?:is|are|was|were|has|have|had|will|would)\b)/;
function thereOnOtherDay(scope: string, sent: number): boolean {
  if (!THERE_ADVERB.test(scope) || WEEKDAY_ANY.test(scope)) return false;
  ledeDay ??= ledeWeekday() ?? null;
  return ledeDay !== null && someMatch(WEEKDAY_RE, sentText(sent - 1), otherWeekday);
}

/** "X, who arrived … on Saturday afternoon, …": the day a visitor arrived, told in a relative clause. */
const ARRIVED_ON_WEEKDAY =
  /, who arrived [^,]*?\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,]*,/i;
/** "… was received at the airport by Y": the visitor's welcome on arrival. */
const RECEIVED_BY = /\b(?:was|were) (?:received|welcomed|greeted)\b[^.;]*\bby\b/;

/**
 * "X, who arrived in the capital on Saturday afternoon, was received at the airport by Y" in a story of Sunday's talks:
 * the welcome is on the day of the arrival, so Y met X on another day (the relative clause, dropped from the scope,
 * dates it).
 */
function receivedOnArrivalDay(sent: number): boolean {
  const t = sentText(sent);
  if (!RECEIVED_BY.test(t)) return false;
  const day = ARRIVED_ON_WEEKDAY.exec(t)?.[1]?.toLowerCase();
  if (day === undefined) return false;
  // Not kept in `ledeDay`: the other rules read that with their own fallbacks.
  const today = ledeDay ?? ledeWeekday() ?? publishedToday();
  return today !== null && day !== today;
}

function locallyNegated(m: Mention): boolean {
  let v = negatedCache.get(m);
  if (v === undefined) negatedCache.set(m, (v = judgedNegated(m)));
  return v;
}

/**
 * "… assumed the rotating chairmanship, taking over from President X at the opening of the session": a chair handed
 * over at the event reported, by one who is there.
 */
function handedOverThere(m: Mention, before: string): boolean {
  if (!TAKING_OVER_FROM.test(before)) return false;
  const lastTok = tokens[m.end - 1] as Token;
  return HANDED_OVER_AT.test(text.slice(lastTok.end, lastTok.end + 40));
}
/**
 * "Brazilian President X, whom Y had criticised, did not go to Buenos Aires and was represented by Z", "the
 * faction led by X and the one led by Y did not sign": those who stayed away or out (a representative is there).
 */
function stayedAway(m: Mention): boolean {
  const lastTok = tokens[m.end - 1] as Token;
  const after = text.slice(lastTok.end, lastTok.end + 160);
  return (
    (after.includes(' not ') ||
      after.includes('n’t') ||
      after.includes("n't") ||
      after.includes(' to ') ||
      after.includes(' skip')) &&
    STAYED_AWAY_AFTER.test(after)
  );
}
// "US President X is not attending.", "Y is skipping the summit": a leader absent from the event as it happens.
const STAYED_AWAY_AFTER =
  /^(?:,[^,;.]*,)?(?:\s+and\s+[^,;.]{0,100}?)?\s+(?:also )?(?:(?:did not|didn't|could not|couldn't|refused to|declined to) (?:travel|attend|come|make the trip|sign|take part|join)\b|(?:is|are|was|were) (?:not|n’t) (?:attending|coming|travell?ing|taking part)\b|(?:isn't|aren't|wasn't|weren't|isn’t|aren’t|wasn’t|weren’t) (?:attending|coming|travell?ing|taking part)\b|(?:is|are|was|were) skipping\b)/;
/**
 * "President X called off his trip on Monday night, and Venezuela was represented by Foreign Minister Y": the one who
 * stands in for a leader who stayed away is there, whatever day the sentence gives the leader's staying away.
 */
function representsAbsentee(m: Mention): boolean {
  const [a] = sentences[m.sent] ?? [0, 0];
  const { s } = wordsBeforeTitle(a, m.start);
  if (tokens[s - 1]?.lower !== 'by' || !REPRESENTED_BY.test(slice(Math.max(a, s - 4), s))) return false;
  let c = s - 1;
  while (c > a && tokens[c]?.text !== ',' && tokens[c]?.text !== ';') c--;
  const first = slice(a, c);
  // Only the eve of the event: "At last year's summit, which X skipped, …" is another event.
  return (
    c > a &&
    STAYED_AWAY_BEFORE.test(first) &&
    !OTHER_EVENT_TIME.test(first) &&
    !negative(slice(c + 1, m.start))
  );
}
const REPRESENTED_BY = /\b(?:was|were) (?:instead )?represented by$/;
export const STAYED_AWAY_BEFORE =
  /\b(?:called off|cancell?ed|skipped|pulled out of|stayed away|(?:did not|didn't|could not|couldn't) (?:travel|attend|come|make the trip))\b/;
const OTHER_EVENT_TIME = /\b(?:(?:last|previous|next) (?:year|month|week)|years? ago|in (?:19|20)\d\d)\b/i;
/** "For Danish Foreign Minister X it was the first meeting since …": the meeting was X's, whatever "since" dates. */
function firstEventFor(m: Mention): boolean {
  const [a] = sentences[m.sent] ?? [0, 0];
  if (tokens[a]?.lower !== 'for' || wordsBeforeTitle(a, m.start).s > a + 2) return false;
  const lastTok = tokens[m.end - 1] as Token;
  return FIRST_EVENT_AFTER.test(text.slice(lastTok.end, lastTok.end + 60));
}
const FIRST_EVENT_AFTER =
  /^,? it was (?:the|his|her|their) first (?:[\w-]+ )?(?:meeting|summit|session|gathering|conference|ministerial)\b/;
/** "…, in front of the late leader's daughter, the mayor of Lyon X, and her family": a person spoken before is there. */
function spokenBefore(m: Mention): boolean {
  const [a] = sentences[m.sent] ?? [0, 0];
  const { s } = wordsBeforeTitle(a, m.start);
  const before = slice(Math.max(a, s - 14), s);
  return before.includes('in front of') && IN_FRONT_OF.test(before);
}
const IN_FRONT_OF =
  /\bin front of(?: (?:the|his|her|their))?(?: [\w'’-]+){0,3}?(?:, (?:the|a|an)(?: [\w'’-]+){0,3})?$/;
/**
 * "Y sat in the front row with his wife, next to X, chairwoman of …": one sat or stood beside is there as the sitter
 * is; so is one who holds the book sworn on ("with Z's hand resting on two Bibles held by his wife, X").
 */
function besideOrHolding(m: Mention): boolean {
  const [a] = sentences[m.sent] ?? [0, 0];
  const { s } = wordsBeforeTitle(a, m.start);
  const before = slice(Math.max(a, s - 16), s);
  return (
    (/\b(?:next to|beside|alongside)\b/.test(before) && BESIDE_BEFORE.test(before)) ||
    (before.includes('held by') && HOLDING_BEFORE.test(before))
  );
}
const BESIDE_BEFORE =
  /\b(?:sat|sits|sitting|seated|stood|stands|standing)\b[^.;]{0,80}?\b(?:next to|beside|alongside)(?: (?:the|his|her|their))?(?: [\w'’-]+){0,3}?(?:, (?:the|a|an)(?: [\w'’-]+){0,3})?$/;
const HOLDING_BEFORE =
  /\b(?:bibles?|korans?|qur'?ans?|holy books?|scriptures?) held by(?: (?:his|her|their) (?:wife|husband|spouse|son|daughter|mother|father|grandson|granddaughter))?,?\s*$/i;
/**
 * "X, the last governor, left the territory with the prince shortly after the ceremony": the subject who leaves
 * right after the event the lede reports was at it.
 */
function leftAfterTheEvent(m: Mention): boolean {
  const [a] = sentences[m.sent] ?? [0, 0];
  const t = sentText(m.sent);
  if (!t.includes(' after the ')) return false;
  // "X and his wife, Y, left …": the spouse set off in the subject leaves with them.
  const s = wordsBeforeTitle(a, m.start).s;
  if (s !== a && !SUBJECTS_SPOUSE.test(slice(a, s))) return false;
  const event = LEFT_RIGHT_AFTER.exec(t)?.[1];
  // "… was inaugurated … left the building shortly after the ceremony": under an oath or an inauguration, the
  // ceremony is the event the lede reports, unnamed there.
  return (
    event !== undefined &&
    (lede.includes(event) || title.includes(event) || (event === 'ceremony' && ceremonyIsTheEvent()))
  );
}
const SUBJECTS_SPOUSE = /^\p{Lu}[^,;.]* and (?:his|her) (?:wife|husband|spouse),$/u;
const LEFT_RIGHT_AFTER =
  /\bleft\b[^.;]*\b(?:shortly|soon|just|right|immediately) after the (ceremony|summit|meeting|talks|session|signing)\b/;

/** "The summit, named the Sultan X and Sheikh Y summit in honour of …": the people an event is named after. */
function namedAfterThem(m: Mention, before: string): boolean {
  if (!NAMED_THE_BEFORE.test(before)) return false;
  const lastTok = tokens[m.end - 1] as Token;
  return NAMED_EVENT_AFTER.test(text.slice(lastTok.end, lastTok.end + 60));
}
const NAMED_THE_BEFORE = /\b(?:named|called|dubbed|christened) the (?:\p{Lu}[\p{L}'’-]*\s+|and\s+)*$/u;
const NAMED_EVENT_AFTER =
  /^(?:\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4})?\s*(?:summit|session|conference|forum|meeting|games|tournament|cup|prize|award)\b/u;
const TAKING_OVER_FROM = /\b(?:taking|takes|took|taken) over from\b[^,;.]*$/i;
const HANDED_OVER_AT =
  /^\s*at the (?:opening|closing|close|start|end|summit|session|ceremony|meeting|assembly|plenary)\b/i;

/** The words before a name's title (up to eight) from the sentence's start `a`, and where that title starts. */
function wordsBeforeTitle(a: number, start: number): { before: string; s: number } {
  // "on behalf of the Custodian of the Two Holy Mosques King X": the words before the title before the name.
  let s = start;
  while (s > a && s > start - 10 && isTitleWord((tokens[s - 1] as Token).text)) s--;
  const from = Math.max(a, s - 8);
  return {
    before: from < start ? text.slice((tokens[from] as Token).start, (tokens[start] as Token).start) : '',
    s,
  };
}

/**
 * "…, the first such meeting since President X and President Y agreed at a summit last month to …": a name after
 * "the first … since", with no comma between, is inside words about the earlier event the meeting is counted from.
 */
const FIRST_SINCE_BEFORE =
  /\bfirst (?:[\w-]+ ){0,2}(?:meeting|talks|round|contact|visit|summit|call|dialogue)s? since (?![^,;]*[,;])[^,;]*$/i;
function firstSince(a: number, start: number): boolean {
  if (a >= start) return false;
  const before = text.slice((tokens[a] as Token).start, (tokens[start] as Token).start);
  return before.includes(' since ') && FIRST_SINCE_BEFORE.test(before);
}

function judgedNegated(m: Mention): boolean {
  const [a] = sentences[m.sent] ?? [0, 0];
  const { before, s } = wordsBeforeTitle(a, m.start);
  // "convey his greetings to King X and Crown Prince and Prime Minister Y": the second of a titled pair is named
  // for what the first is (not "the late King X and Queen Y", who may be alive).
  let t = s;
  // "Crown Prince and Prime Minister Y": past a compound title's first half.
  if (tokens[t - 1]?.lower === 'and' && !namedStartByEnd.has(t - 1))
    for (let k = t - 2; k > a && k > t - 6 && isTitleWord((tokens[k] as Token).text); k--)
      if (tokens[k - 1]?.lower === 'and') {
        t = k;
        break;
      }
  const pairStart = tokens[t - 1]?.lower === 'and' ? namedStartByEnd.get(t - 1) : undefined;
  if (pairStart !== undefined && pairStart > a) {
    const first = wordsBeforeTitle(a, pairStart).before;
    if (localBefore(first) && !LATE.test(first)) return true;
  }
  // "whose wife, X, stood beside him during the ceremony": a relative who is the subject of the verb acts.
  if (
    (localBefore(before) &&
      !guestOfHonour(m, a) &&
      !ENVOY_TITLED.test(before) &&
      !handedOverThere(m, before)) ||
    PREDECESSOR_BEFORE.test(before) ||
    REPRESENTED_BEFORE.test(before) ||
    EARLIER_HOLDERS_BEFORE.test(before) ||
    CRITICISED_BEFORE.test(before) ||
    (before.includes(' of') && POLICY_OF_BEFORE.test(before)) ||
    (before.includes('led by') && PARTY_LED_BY_BEFORE.test(before)) ||
    // " by " first: the expression needs it ("headed by "), and most words before a name lack it.
    (before.includes(' by ') &&
      BODY_HEADED_BEFORE.test(before) &&
      !DELEGATION.test(before) &&
      !SESSION_CHAIRED_BEFORE.test(before)) ||
    // "The ceremony came a week after reporter X was detained": named inside words about another day.
    OTHER_DAY_BEFORE.test(before) ||
    firstSince(a, m.start) ||
    namedAfterThem(m, before) ||
    stayedAway(m) ||
    (endsWithComma(before) &&
      FAMILY_BEFORE.test(before) &&
      !subjectOfVerbAfter(m) &&
      !COMPANION_BEFORE.test(before) &&
      !HOLDING_BEFORE.test(before)) ||
    // "his father, Emperor Emeritus X, had also welcomed …": a titled relative in apposition, at another time.
    (s < m.start && titledRelativeBefore(a, s) && pastPerfectAfter(m))
  )
    return true;
  if (statementIssuer(m, a) || sanctioned(m) || referredTo(m, a)) return true;
  const lastTok = tokens[m.end - 1] as Token;
  const after = text.slice(lastTok.end, lastTok.end + 60);
  // "for his role in Wim Brouwers' "Quiet Streets"", "won best screenplay for X's "Title"": the maker of a work
  // the winner is cited for.
  if (WORK_AFTER.test(after) && /\b(?:in|for)\s+$/.test(before)) return true;
  // "The drama, in which German actress X plays a writer, …": the cast of a work, named through its role.
  if (before.includes('which') && IN_WHICH_BEFORE.test(before) && PLAYS_AFTER.test(after)) return true;
  if (
    (before.includes('by') || before.includes('star') || before.includes('portrait')) &&
    WORK_BEFORE.test(before)
  )
    return true;
  if (HANDED_TO_BEFORE.test(before) && HANDED_OUTCOME_AFTER.test(after)) return true;
  if (after.includes('attending') && attendingElsewhere(after)) return true;
  if (after.includes(' separate ') && SEPARATE_EVENT_AFTER.test(after)) return true;
  if (before.includes('overnment of') && GOVERNMENT_OF_BEFORE.test(before)) return true;
  if (elderLeader(m)) return true;
  return (
    LOCAL_AFTER.test(after) ||
    absentPastWhoClause(lastTok.end) ||
    elsewhereInstead(m, a) ||
    CITED_AFTER.test(after) ||
    RELATIVES_AFTER.test(after) ||
    barredFrom(after, a, m)
  );
}

/**
 * "the friendship provided by Chairman X, Premier Y and other leaders of the elder generation", "fostered by President
 * X and generations of leaders", "the older generation of leaders such as X and Y": founders listed with the
 * generations of leaders before the present ones are the history the speakers evoke, not guests at the event. The
 * list runs from the name to the phrase (or from "such as" after it) with no verb or clause between.
 */
function elderLeader(m: Mention): boolean {
  const [a, b] = sentences[m.sent] ?? [0, 0];
  let gen = -1;
  for (let k = a; k < b && gen < 0; k++) {
    const w = (tokens[k] as Token).lower;
    if (w === 'generation' || w === 'generations') gen = k;
  }
  if (gen < 0) return false;
  const sentenceText = sentText(m.sent);
  const offset = (tokens[a] as Token).start;
  const start = (tokens[m.start] as Token).start - offset;
  const end = (tokens[m.end - 1] as Token).end - offset;
  const phrase = ELDER_LEADERS.exec(sentenceText);
  if (!phrase) return false;
  const between =
    phrase.index >= end
      ? sentenceText.slice(end, phrase.index)
      : phrase.index + phrase[0].length <= start && SUCH_AS_END.test(phrase[0])
        ? sentenceText.slice(phrase.index + phrase[0].length, start)
        : null;
  return between !== null && between.length <= 160 && LIST_ONLY.test(between);
}
const ELDER_LEADERS =
  /\b(?:(?:the )?(?:elder|older|earlier|first|founding) generations? of (?:[\w-]+ )?leaders(?:,? such as)?|(?:other )?(?:[\w-]+ )?leaders of the (?:elder|older|earlier|first|founding) generations?|generations of (?:[\w-]+ )?leaders)\b/i;
const SUCH_AS_END = /such as$/;
/** Only names, titles, commas, "and" and "together with" (no verb, no clause) between a name and its list's phrase. */
const LIST_ONLY = /^(?:[\s,]|and\b|other\b|the\b|great\b|(?:together|along) with\b|\p{Lu}[\p{L}'’.-]*)*$/u;

/**
 * "…, X told the gathering, in an apparent reference to the protests against the arrest of Y": Y is what the words
 * are about, however far the name comes after the phrase.
 */
const REFERENCE_BEFORE = /\b(?:reference|allusion)s? to\b[^;:"“”]*$/i;
function referredTo(m: Mention, sentStart: number): boolean {
  // The sentence's words before the name first (lower-cased tokens, so "REFERENCE TO" in capitals too): most have
  // none, and a walk over them costs less than a search of the whole story.
  let k = sentStart;
  for (; k < m.start; k++) {
    const w = (tokens[k] as Token).lower;
    if (w.length >= 8 && REFERENCE_WORDS.has(w)) break;
  }
  if (k >= m.start) return false;
  return REFERENCE_BEFORE.test(text.slice((tokens[k] as Token).start, (tokens[m.start] as Token).start));
}
const REFERENCE_WORDS = new Set(['reference', 'references', 'allusion', 'allusions']);

/** "imposed sanctions on the group's leader, Gen. X": what a sanction falls on is its target, not a party to it. */
const SANCTIONED_BEFORE = /(?<![\w-])(?:sanctions? (?:on|against)|sanctioned|sanctioning)\b[^;:"“”]*$/i;

/** What SANCTIONED_BEFORE needs, in any case ("SANCTIONS ON" too): a quick test of the words before the name. */
const ANCTION = /anction/i;

function sanctioned(m: Mention): boolean {
  const before = textBefore(m, 12);
  return ANCTION.test(before) && SANCTIONED_BEFORE.test(before);
}

const IN_WHICH_BEFORE = /\bin which\b[^,;.]*$/;
const PLAYS_AFTER = /^\s*(?:plays|played|stars|starred|portrays|portrayed)\b/;
const STATEMENT_BY = /\bin an? (?:[\w-]+ )?statement (?:issued |signed |released )?by\b[^.;:"“”]*$/i;
/** What STATEMENT_BY needs, in any case ("in a Statement by", "IN A STATEMENT BY" too). */
const SPACED_STATEMENT = / statement /i;

/**
 * "President X, in a statement by his Special Adviser on Information, Mr Y, congratulated her": the aide who issues
 * another's statement gives words from elsewhere, as "in a statement" does.
 */
function statementIssuer(m: Mention, sentStart: number): boolean {
  const from = Math.max(sentStart, m.start - 16);
  let k = m.start - 1;
  while (k >= from && (tokens[k] as Token).lower !== 'statement') k--;
  // The words before the name first: the search of the whole story is asked only when they have the word.
  if (k < from) return false;
  hasStatement ??= SPACED_STATEMENT.test(text);
  return (
    hasStatement &&
    STATEMENT_BY.test(
      text.slice((tokens[k - 3 < from ? from : k - 3] as Token).start, (tokens[m.start] as Token).start),
    )
  );
}

/**
 * "China's National People's Congress (NPC), headed by Chairman X": who heads a body named in passing, not one
 * who led a delegation to the event.
 */
// "the federal security ministry headed by X": a body written in lower case too; "The regional body, currently chaired
// by X, has imposed sanctions": one its story names by a common noun, with the time of that office.
// "the aircraft maker IPTN, headed by Minister X": a firm's head, named to describe the firm, likewise; "accepted the
// resignation of the Government headed by X": a cabinet named by its head.
const BODY_HEADED_BEFORE =
  /\b(?:Congress|Committee|Council|Assembly|Parliament|Party|Alliance|Front|Movement|Ministry|Commission|Court|Senate|Bank|Government|Cabinet|ministry|government|cabinet|body|bloc|grouping|(?:maker|company|firm|conglomerate|manufacturer|producer|carrier|lender)(?: \p{Lu}[\p{L}\d&-]*){0,3})(?: \(\p{Lu}+\))?,? (?:(?:currently|now) )?(?:headed|led|chaired) by (?:[\w'’.-]+ ){0,4}$/u;
const DELEGATION = /\bdelegation\b/i;
/**
 * "before both houses of the National Assembly, presided over by Senate President X": the one who chairs the sitting
 * where the event happens presides over it.
 */
const SESSION_CHAIRED_BEFORE =
  /\b(?:session|sitting|meeting) of (?:the )?(?:[\p{L}'’-]+ ){0,3}[\p{L}'’-]+,? (?:(?:currently|now) )?chaired by (?:[\w'’.-]+ ){0,4}$/u;

/**
 * "Special Envoy of the President of the Republic of Kenya X": a name right after an envoy's title that names the
 * one who sent them (written "envoy of President X" when X is that sender) is the envoy's.
 */
const ENVOY_TITLED =
  /\b(?:[Ee]nvoy|[Rr]epresentative|[Ee]missary) of the (?:\p{Lu}[\p{L}'’-]* )+of (?:(?:\p{Lu}[\p{L}'’-]*|of|the) )+$/u;

const SAID_CLAUSE = /^\W*who (?:said|says|told|added|noted|stressed)\b/i;

/** "hosted a state banquet … in honour of Chilean President X": a meal given in someone's honour, X its guest. */
const MEAL_IN_HONOUR =
  /\b(?:banquet|dinner|luncheon|lunch|breakfast|reception|gala)\b[^,;.]*\bin hono(?:u)?r of\b[^,;.]*$/i;
function guestOfHonour(m: Mention, sentStart: number): boolean {
  if (sentStart >= m.start) return false;
  return MEAL_IN_HONOUR.test(
    text.slice((tokens[sentStart] as Token).start, (tokens[m.start] as Token).start),
  );
}

/** A word of a capitalised title written before a name: a capital, or "of"/"the" inside it. */
const TITLE_WORD = /^(?:\p{Lu}[\p{L}'’-]*|of|the)$/u;
/** TITLE_WORD, without the expression for a word opened by an ASCII character other than a capital (most). */
function isTitleWord(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128 && (c < 65 || c > 90)) return w === 'of' || w === 'the';
  return TITLE_WORD.test(w);
}

/** A possessive right before a quoted title: `X's "Title"`, `X' "Title"`. */
const WORK_AFTER = /^['’]s?\s*["“]/;

const FROM_GATHERINGS_RE =
  /^\s*,?\s*from (?:its|their|the|all|future|further) (?:summits?|meetings?|talks|gatherings?|events?|proceedings)\b/i;
const BAR_RE = /\b(?:bar|bars|barred|barring|ban|bans|banned|banning|exclude|excludes|excluded|excluding)\b/i;

/** "the bloc continues to bar the leader of the junta, X, from its summits": someone kept out takes no part. */
function barredFrom(after: string, sentStart: number, m: Mention): boolean {
  if (!FROM_GATHERINGS_RE.test(after)) return false;
  const start = (tokens[sentStart] as Token).start;
  return BAR_RE.test(text.slice(start, (tokens[m.start] as Token).start));
}

/** "accompanied by his wife, X", "joined by their older daughter, X": the words right before the name. */
function accompanying(m: Mention): boolean {
  const before = textBefore(m, 6);
  return (
    (before.includes('accompanied') ||
      before.includes('joined') ||
      before.includes('came') ||
      before.includes('arrived')) &&
    ACCOMPANYING_BEFORE.test(before)
  );
}

/** The text of the (at most) `count` tokens of its sentence right before mention `m`. */
function textBefore(m: Mention, count: number): string {
  const [a] = sentences[m.sent] ?? [0, 0];
  const from = Math.max(a, m.start - count);
  return from < m.start ? text.slice((tokens[from] as Token).start, (tokens[m.start] as Token).start) : '';
}

/** Verbs of being there that the lexicon's verb list lacks ("His mother, X, watched from the stands"). */
const PRESENCE_VERBS = new Set(['watched', 'attended', 'joined', 'accompanied']);

/** "X, stood …": a comma after the name closes an apposition and a finite verb follows it. */
function subjectOfVerbAfter(m: Mention): boolean {
  // "Her brother, X Jr., raised …": the suffix's full stop is no part of the name.
  const end =
    tokens[m.end]?.text === '.' && NAME_SUFFIXES.has(tokens[m.end - 1]?.lower ?? '') ? m.end + 1 : m.end;
  let k = end + 1;
  // "his sister, X, whom he has named chief of staff, followed …": past a relative clause to the verb.
  const rel = tokens[k]?.lower;
  if (rel === 'who' || rel === 'whom' || rel === 'whose') {
    const close = k + 20;
    while (k < close && tokens[k]?.sent === m.sent && tokens[k]?.text !== ',') k++;
    if (tokens[k]?.text !== ',') return false;
    k++;
  }
  // "His wife, X, a former teacher, and …": past the relative's own appositive, opened by an article.
  if (ARTICLE_WORDS.has(rel ?? '')) {
    const close = k + 8;
    while (k < close && tokens[k]?.sent === m.sent && tokens[k]?.text !== ',') k++;
    if (tokens[k]?.text !== ',') return false;
    k++;
  }
  // "His widow, X, and his former wife, Y, sat near the front": past a second relative set off after "and".
  // "His wife, X, a former teacher, and members of both families looked on": past a second subject of lower-case
  // words to the verb the two share.
  let shared = false;
  if (tokens[k]?.lower === 'and' && tokens[k - 1]?.text === ',') {
    const past = pastSecondAppositive(k + 1, m.sent);
    if (past === k + 1 && ARTICLE_WORDS.has(rel ?? '')) {
      let j = k + 1;
      while (j < k + 7 && tokens[j]?.word && !tokens[j]?.cap && !verbWords.has(tokens[j]?.lower ?? '')) j++;
      if (j > k + 1 && tokens[j]?.word && !tokens[j]?.cap) {
        k = j;
        shared = true;
      } else k = past;
    } else k = past;
  }
  // "His wife, X, also took part in the meeting": past an adverb to the verb.
  const vAt = VERB_ADVERBS.has(tokens[k]?.lower ?? '') ? k + 1 : k;
  const v = tokens[vAt];
  // "his father, Emperor Emeritus X, had also welcomed U.S. presidents": the past perfect tells of an earlier time.
  if (v?.lower === 'had' && pastPerfect(vAt)) return false;
  return (
    tokens[end]?.text === ',' &&
    (tokens[k - 1]?.text === ',' || shared) &&
    v !== undefined &&
    v.sent === m.sent &&
    !v.cap &&
    (verbWords.has(v.lower) || PRESENCE_VERBS.has(v.lower)) &&
    !v.lower.endsWith('ing')
  );
}

/** A role in the committee that stages a games ('president of the Paris 2024 organising committee'). */
const ORGANIZING_COMMITTEE = /\borgani[sz]ing committee\b/i;
/** A side's coach or manager, named by its country's or club's capitalised words ("Russia coach", "Saudi coach"). */
const SIDE_COACH = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:head\s+)?(?:coach|manager)$/u;
/**
 * From `k`, right after "and": the token after "his former wife, Y," — lower-case words, a comma, a name and a comma
 * — or `k` itself (no verb there) when the words are not such an appositive.
 */
function pastSecondAppositive(k: number, sent: number): number {
  let j = k;
  while (j < k + 5 && tokens[j]?.word && !tokens[j]?.cap && tokens[j]?.sent === sent) j++;
  if (j === k || tokens[j]?.text !== ',') return k;
  for (let e = j + 2; e < j + 7; e++)
    if (tokens[e]?.text === ',' && namedStartByEnd.get(e) === j + 1) return e + 1;
  return k;
}

/** Whether the words before the title at `s` end with a relation and a comma ("his father, King X"). */
function titledRelativeBefore(a: number, s: number): boolean {
  const from = Math.max(a, s - 8);
  const before = from < s ? text.slice((tokens[from] as Token).start, (tokens[s] as Token).start) : '';
  return endsWithComma(before) && FAMILY_BEFORE.test(before);
}

/** Whether the name, set off by commas, is the subject of a verb in the past perfect ("X, had also welcomed"). */
function pastPerfectAfter(m: Mention): boolean {
  const k = VERB_ADVERBS.has(tokens[m.end + 1]?.lower ?? '') ? m.end + 2 : m.end + 1;
  return (
    tokens[m.end]?.text === ',' && tokens[k]?.lower === 'had' && tokens[k]?.sent === m.sent && pastPerfect(k)
  );
}

/** "had welcomed", "had also hosted", "had once met": "had" at `at` before a participle, past an adverb. */
function pastPerfect(at: number): boolean {
  let n = tokens[at + 1];
  if (n && (VERB_ADVERBS.has(n.lower) || n.lower === 'once' || n.lower === 'previously')) n = tokens[at + 2];
  return (
    n !== undefined && !n.cap && n.lower !== 'been' && (n.lower.endsWith('ed') || verbWords.has(n.lower))
  );
}

/** Adverbs between a subject and its verb: "X, also took part", "X, then joined". */
const VERB_ADVERBS: ReadonlySet<string> = new Set(['also', 'then', 'later', 'too', 'both']);

/** An opening phrase that adds its names to the main clause's ("Along with X, the meeting was attended by …"). */
const INTRO_WITH = /^(?:Along with|Together with|Alongside|Besides|In addition to|Apart from|As well as)\b/;

/** Whether `m` sits in such an opening phrase, so the comma after it closes the phrase rather than opening a clause. */
function inIntroPhrase(m: Mention): boolean {
  const [a] = sentences[m.sent] ?? [0, 0];
  const first = tokens[a];
  if (!first?.cap || !INTRO_WITH.test(text.slice(first.start, first.start + 20))) return false;
  for (let k = a; k < m.start; k++) if ((tokens[k] as Token).text === ',') return false;
  return true;
}

/** Words that open a list set off inside a sentence's subject (", including A, B and C,", ", among them A,"). */
const LIST_OPENER = new Set(['including', 'among them', 'notably', 'such as']);

/**
 * Whether mention `m` ends a list opened by ", including" (", among them", ", such as") earlier in its sentence, with
 * only names, their titles, commas and "and" between.
 */
function closesIncludedList(m: Mention): boolean {
  const [a] = sentences[m.sent] ?? [0, 0];
  for (let k = m.start - 1; k > a && k > m.start - 80; k--) {
    const t = tokens[k] as Token;
    if (tokens[k - 1]?.text === ',' && LIST_OPENER.has(t.lower)) return true;
    if (tokens[k - 2]?.text === ',' && LIST_OPENER.has(`${tokens[k - 1]?.lower ?? ''} ${t.lower}`))
      return true;
    if (t.text === ',' || t.text === '.' || t.lower === 'and' || t.cap) continue;
    // A title's lower-case words ("foreign policy chief of the bloc") may stand between the names.
    if (
      t.word &&
      !verbWords.has(t.lower) &&
      (!isFunctionWord(t.lower) || t.lower === 'of' || t.lower === 'the')
    )
      continue;
    return false;
  }
  return false;
}

/** The prepositions of a place or a day that may follow names set off after a noun ("…, A and B, in Paris on …"). */
const PLACE_TIME_OPENERS = new Set(['in', 'on', 'at']);
/**
 * Whether the mention ends names set off by a comma after a lower-case noun ("the foreign ministers, A and B"):
 * only names, initials, "and" and commas stand between that comma and the mention.
 */
function closesAppositiveNames(m: Mention): boolean {
  const [a] = sentences[m.sent] ?? [0, 0];
  for (let k = m.start - 1; k > a && k > m.start - 20; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',') {
      const before = tokens[k - 1];
      if (before?.word && !before.cap && !isFunctionWord(before.lower)) return true;
      continue;
    }
    if (t.cap || t.text === '.' || t.lower === 'and') continue;
    return false;
  }
  return false;
}

/** Whether a month and a day ("September 19", "Sept. 19") stand between token `from` and the next comma. */
function datedBeforeComma(from: number): boolean {
  const sent = tokens[from]?.sent;
  for (let k = from; k < from + 30 && tokens[k]?.sent === sent && tokens[k]?.text !== ','; k++) {
    const t = tokens[k] as Token;
    if (!t.cap || monthIndex(t.text) < 0) continue;
    const day = tokens[k + 1]?.text === '.' ? tokens[k + 2] : tokens[k + 1];
    if (day !== undefined && /^\d{1,2}$/.test(day.text)) return true;
  }
  return false;
}

/** "X, who also took part, told reporters …": the relative clause right after a name says what they did. */
function ownRelativeClause(m: Mention): string {
  let open = tokens[m.end + 1];
  // "X, president of the association, who had been advising the rescuers, said": past an appositive to the clause.
  if (tokens[m.end]?.text === ',' && open && open.lower !== 'who' && !participleOpens(open)) {
    const c = clauses.get(m.sent) && clauseOpenedAt(clauses.get(m.sent) as [number, number][], m.end);
    const after = c ? tokens[c[1] + 1] : undefined;
    if (c && tokens[c[1]]?.text === ',' && after?.lower === 'who') {
      const close = clauseEnd(c[1], m.sent);
      return close > 0 ? slice(c[1] + 1, close) : '';
    }
  }
  open = tokens[m.end + 1];
  // "X, who also took part, told reporters", "X, replying to the budget in the chamber, accused Y".
  if (tokens[m.end]?.text !== ',' || !open || (open.lower !== 'who' && !participleOpens(open))) return '';
  const list = clauses.get(m.sent);
  const c = list && clauseOpenedAt(list, m.end);
  return c ? slice(c[0] + 1, c[1]) : '';
}

/**
 * "Finance Minister X and central bank Governor Y, who attended the signing, said …": the clause after the second of
 * two names joined by "and" (titles allowed between) is said of both; '' when X is no such first name.
 */
function pairedRelativeClause(m: Mention): string {
  if (m.kind === 'pronoun' || tokens[m.end]?.lower !== 'and') return '';
  for (let k = m.end + 2; k <= m.end + 10; k++) {
    const last = tokens[k - 1];
    // (An initial's period may stand inside the second name: "J. Doe".)
    if (!last || last.sent !== m.sent || (!last.word && last.text !== '.')) return '';
    const start = namedStartByEnd.get(k);
    if (start !== undefined && start > m.end) return ownRelativeClause({ ...m, start, end: k });
  }
  return '';
}

/**
 * "X, who visited Berlin on Friday, warned in a speech …" under Saturday's ceremonies: one whose own clause puts
 * their visit at another time speaks during that visit. One who arrived on another day is still there, unless they
 * arrived in another city than the event's ("who arrived in Karimba on Dec. 12" under talks in London).
 */
const VISITED_CLAUSE =
  /^who (?:also )?(?:(visited|toured|stopped in)|arrived in) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/u;
function visitedAtOtherTime(m: Mention): boolean {
  if (m.kind === 'pronoun') return false;
  const own = ownRelativeClause(m);
  const v = VISITED_CLAUSE.exec(own);
  if (v === null || !negative(own)) return false;
  const place = v[2] ?? '';
  // Any city but the event's and the lede's own, known to a list or not ("Karimba").
  return (
    v[1] !== undefined ||
    (eventPlace !== '' && place.toLowerCase() !== eventPlace && !namesPlaceItself(lede, place))
  );
}

/** A participial clause's first word ("replying", "speaking"), not a coordinating "saying" or "adding". */
function participleOpens(t: Token): boolean {
  return !t.cap && t.lower.length > 5 && t.lower.endsWith('ing') && !CLAUSE_SKIP.has(t.lower);
}

/** "late founder of the republic", "the late president": a role of one who has died. */
const lateRole = (r: string): boolean => /^(?:the )?late /i.test(r);

/**
 * "founded by X, the father of Y, who died in 1994": a name set off after "the <relation> of" is an aside about the
 * one before it, whom the clause after it describes.
 */
function relativeInAside(m: Mention): boolean {
  return (
    tokens[m.start - 1]?.lower === 'of' &&
    relationWords.has(tokens[m.start - 2]?.lower ?? '') &&
    tokens[m.start - 3]?.lower === 'the' &&
    tokens[m.start - 4]?.text === ','
  );
}

/** "former President X, who died on Dec. 29", "X was killed in Tehran": the dead take part in nothing. */
function died(m: Mention): boolean {
  if (m.kind === 'pronoun') return false;
  const lastTok = tokens[m.end - 1] as Token;
  if (DIED_AFTER.test(text.slice(lastTok.end, lastTok.end + 40)) && !relativeInAside(m)) return true;
  const [a] = sentences[m.sent] ?? [0, 0];
  // "the murder of councillor X and her driver, Y,": wide enough for a second victim named after the first.
  const from = Math.max(a, m.start - 11);
  // The expression runs only where one of its nouns is among the words before the name.
  let noun = false;
  for (let k = from; k < m.start && !noun; k++) noun = DEATH_NOUNS.has((tokens[k] as Token).lower);
  if (!noun) return false;
  const before = text.slice((tokens[from] as Token).start, (tokens[m.start] as Token).start);
  if (!DEATH_BEFORE.test(before)) return false;
  // "the killing of a dissident, X, in a park": set off by commas, the one killed; "After the murder of the
  // journalist, Minister X vowed …" names someone else.
  const closer = tokens[m.end]?.text;
  // "the passing of his mother, Queen X.": a title after the comma, the relative's own.
  return !SET_OFF_END.test(before) || closer === ',' || closer === '.';
}
const SET_OFF_END = /,\s*(?:[A-Z][\w'’-]*\s*)?$/;

/**
 * "The agreement was signed by X, …, and Y, spokesman for the front": a spokesperson who signs for a side takes part
 * (one who comments does not).
 */
function signedBy(p: PersonRecord): boolean {
  return p.mentions.some((m) => m.kind !== 'pronoun' && SIGNED_BY.test(scopeOf(m.sent, m.start)));
}
const SIGNED_BY = /\b(?:signed|initialled|initialed) (?:[\w'’-]+ ){0,8}by\b/i;

/**
 * "X, spokesperson of the information office, chaired the event": a spokesperson who chairs the press conference
 * reported is at it, not speaking for someone elsewhere; so is one listed as attending the meeting.
 */
function chairedTheEvent(p: PersonRecord): boolean {
  return p.mentions.some(
    (m) =>
      m.kind !== 'pronoun' &&
      (CHAIRED_THE_EVENT.test(scopeOf(m.sent, m.start)) ||
        AT_THE_SCENE.test(scopeOf(m.sent, m.start)) ||
        ALSO_ATTENDED.test(sentText(m.sent))),
  );
}
/**
 * "Foreign Minister X, Presidential Spokesman Y and Deputy Foreign Minister Z also attended the meeting", "The talks
 * were also attended by …": a spokesperson listed among those at the meeting sat in it, as the others listed did.
 */
const ALSO_ATTENDED =
  /\b(?:also attended the (?:[\w-]+ ){0,2}(?:meeting|talks|session|ceremony|signing|reception|dinner|banquet)(?=[,.;]|$)|(?:meeting|talks|session|ceremony|signing) (?:was|were) also attended by)\b/i;
/**
 * "Foreign Ministry Spokeswoman X was also at the airport to welcome her": a spokesperson said to be at the scene of an
 * arrival or a handover is there in person, not only speaking for others.
 */
const AT_THE_SCENE =
  /\b(?:was|were) (?:also )?(?:at|on) the (?:[\w-]+ ){0,2}(?:airport|tarmac|runway|bridge|border crossing|gangway) to (?:welcome|greet|meet|receive)\b/i;
const CHAIRED_THE_EVENT =
  /\b(?:chaired|moderated|presided over|hosted) the (?:event|press conference|news conference|briefing|session)\b/i;

/** "Myanmar sent Kyaw Min Thein", "sent Foreign Minister X": the one sent represents a side at the event. */
function sentToEvent(m: Mention): boolean {
  let k = m.start - 1;
  while (k > m.start - 6 && tokens[k]?.cap && tokens[k]?.word) k--;
  const v = tokens[k];
  return v !== undefined && v.sent === m.sent && (v.lower === 'sent' || v.lower === 'dispatched');
}

/**
 * "The agreement was gavelled through by COP29 President X", "The winners were announced in Stockholm by Y", "The
 * Mass was concelebrated by the Archbishop of Marseille, Cardinal Z", "… were read out by the Chief Secretary to the
 * Government, W": the agent of the act a sentence opens with, in the passive, did it. Only in a sentence whose subject opens it (not
 * "… tariffs that were announced by Z").
 */
const PASSIVE_ACT_BY =
  /^(?:The|This|These|Its|Their) [^,;:"“”]{0,60}? (?:was|were|has been|have been|had been) (?:formally |officially )?(?:announced|adopted|approved|gavell?ed(?: through)?|declared|unveiled|opened|inaugurated|launched|read out|(?:con)?celebrated|officiated|conducted|presided over|led)(?: (?!by\b)[\w'’-]+){0,4} by (?:the )?(?:(?:[\p{Lu}\d][\p{L}\d'’.-]*|of|the|to|for),? ){0,8}$/u;
const RELATIVE_WORD = /\b(?:that|which|who|whom|whose)\b/;

function passiveAgent(m: Mention): boolean {
  const [a] = sentences[m.sent] ?? [0, 0];
  if (a >= m.start) return false;
  const before = text.slice((tokens[a] as Token).start, (tokens[m.start] as Token).start);
  return before.includes(' by ') && PASSIVE_ACT_BY.test(before) && !RELATIVE_WORD.test(before);
}

/** "A eulogy written by X was read by his son Y": the reader speaks at the event, the writer need not. */
function readBy(m: Mention): boolean {
  const [a] = sentences[m.sent] ?? [0, 0];
  if (a >= m.start) return false;
  return READ_BY.test(text.slice((tokens[a] as Token).start, (tokens[m.start] as Token).start));
}

/**
 * "X told a regular briefing that …", and outside a gathering "Y told a news conference that …": words said at a
 * briefing of their own, not at the event reported.
 */
function briefingElsewhere(scope: string): boolean {
  if (ROUTINE_BRIEFING.test(scope)) return true;
  if (!NEWS_CONFERENCE.test(scope)) return false;
  // A summit's leaders speak to the press at the summit (named in the lede or the sentence after it).
  gatheringStory ??= GATHERING_LEDE.test(lede) || GATHERING_LEDE.test(sentText(1));
  return !gatheringStory;
}
const NEWS_CONFERENCE = /\btold (?:a|the) (?:news|press) (?:conference|briefing)\b/i;
const AT_NEWS_CONFERENCE =
  /\b(?:told|(?:said|spoke|speaking) at) (?:a|the) (?:news|press) (?:conference|briefing)\b/i;

function isBriefingLede(): boolean {
  ledeBriefing ??= BRIEFING.test(lede) || BRIEFING.test(sentText(1));
  return ledeBriefing;
}

/**
 * A comma before the name (and the honorifics or the title before it): the name is set off by commas. "The
 * committee's chair, Nigerian infectious disease expert X, said": a lower-case title's words are no verb nor function
 * word.
 */
function openedBefore(m: Mention): boolean {
  let b = m.start - 1;
  while (b > m.start - 4 && tokens[b]?.cap && tokens[b]?.word) b--;
  if (tokens[b]?.text === ',') return tokens[b]?.sent === m.sent;
  while (b > m.start - 7 && lowerTitleWord(tokens[b])) b--;
  // Not a relative's ("Her father, novelist X, told reporters": a relation is cited, its words are said elsewhere).
  return (
    tokens[b]?.text === ',' && tokens[b]?.sent === m.sent && !relationWords.has(tokens[b - 1]?.lower ?? '')
  );
}

/** A word that may stand in a lower-case title before a name ("infectious disease expert"). */
function lowerTitleWord(t: Token | undefined): boolean {
  return t !== undefined && t.word && (t.cap || (!isFunctionWord(t.lower) && !verbWords.has(t.lower)));
}

/** A comma between two places' names of a list ("to Guangzhou, Nanjing and Beijing"). */
function placeListComma(j: number): boolean {
  const a = tokens[j - 1];
  const b = tokens[j + 1];
  const next = tokens[j + 2]?.lower;
  return (
    tokens[j]?.text === ',' &&
    !!a?.cap &&
    !!b?.cap &&
    (next === ',' || next === 'and' || next === 'or') &&
    isGazetteerPlace(a.lower) &&
    isGazetteerPlace(b.lower)
  );
}

/**
 * The comma of ", who" after a description of lower-case words (an age allowed) that opens sentence `sent` ("The
 * 77-year-old leftist leader, who …"); -1 when the sentence does not open so.
 */
function describedWhoComma(sent: number): number {
  const [s, e] = sentences[sent] ?? [0, 0];
  if (tokens[s]?.text !== 'The') return -1;
  for (let k = s + 1; k < e && k < s + 9; k++) {
    const t = tokens[k] as Token;
    // "The award, announced in January when X was still in prison, was received …": a participle's clause about the
    // thing described, set off the same way, holds that thing's time too.
    if (t.text === ',') return k > s + 1 && (tokens[k + 1]?.lower === 'who' || participleAt(k + 1)) ? k : -1;
    if (t.cap || (!t.word && t.text !== '-')) return -1;
  }
  return -1;
}

/** A past participle opening a clause at token `k` ("announced in January"), lower-case, with a word of time after. */
function participleAt(k: number): boolean {
  const t = tokens[k];
  return (
    t !== undefined &&
    t.word &&
    !t.cap &&
    t.lower.length > 4 &&
    t.lower.endsWith('ed') &&
    PARTICIPLE_PREPOSITIONS.has(tokens[k + 1]?.lower ?? '')
  );
}
// Words of time, not an agent ("The inquiry, chaired by X, …" names who chairs it, and is read with the sentence).
const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'last', 'earlier', 'during']);

/** The comma closing an appositive opened by the comma at `k`, within the sentence, or -1. */
function clauseEnd(k: number, sent: number): number {
  let j = k + 1;
  while (
    j < tokens.length &&
    j < k + 45 &&
    (tokens[j] as Token).sent === sent &&
    (tokens[j] as Token).text !== ','
  )
    j++;
  return tokens[j]?.text === ',' ? j : -1;
}

/** The speech verb after a mention (skipping an appositive or relative clause set off by commas), or -1. */
function speechVerbAt(m: Mention): number {
  // "despite what he called a campaign": naming a phrase as someone's, not reporting what they said there.
  if (tokens[m.start - 1]?.lower === 'what') return -1;
  let k = m.end;
  const sent = m.sent;
  // "Jose Lacson Jr. announced": the abbreviation's full stop belongs to the name.
  if (
    tokens[k]?.text === '.' &&
    NAME_SUFFIXES.has((tokens[k - 1] as Token).lower) &&
    tokens[k + 1]?.sent === sent
  )
    k++;
  // "A, B, C and D also spoke": a name listed before the last one shares the verb after the list.
  if (tokens[k]?.text === ',' || tokens[k]?.lower === 'and') {
    const w = listVerbAfter(k, sent);
    if (w >= 0) return w;
  }
  // "His lawyer, Tan Sri X, told …": the comma after the name closes an appositive opened before it.
  const v0 = tokens[k + 1];
  // "…, and others, among them X, asked for details": the comma closes the list the name ends.
  if (
    tokens[k]?.text === ',' &&
    v0?.sent === sent &&
    SPEECH.has(v0.lower) &&
    (openedBefore(m) || closesIncludedList(m))
  )
    return k + 1;
  if (tokens[k]?.text === ',') {
    const j = clauseEnd(k, sent);
    if (j < 0) return -1;
    k = j + 1;
    // "Senator X, the panel's chairman, who steered the pact through the hearings, said": a relative clause after
    // the appositive, set off by commas too.
    if (RELATIVE_WHO.has(tokens[k]?.lower ?? '')) {
      const close = clauseEnd(j, sent);
      if (close < 0) return -1;
      k = close + 1;
    }
    // "Mayor A, B's predecessor at the helm of the network, and Mayor C said": past the appositive, the list goes on
    // to the verb the two share.
    if (tokens[k]?.lower === 'and') {
      const w = listVerbAfter(k, sent);
      if (w >= 0) return w;
    }
  }
  if (tokens[k]?.lower === 'also' || tokens[k]?.lower === 'later' || tokens[k]?.lower === 'then') k++;
  // "Rep. X of Maryland, the panel's top Democrat, said": the state or country a name is from, then its clause.
  if (k === m.end && tokens[k]?.lower === 'of' && tokens[k + 1]?.cap) {
    let j = k + 1;
    while (tokens[j]?.cap && tokens[j]?.word && (tokens[j] as Token).sent === sent && j < k + 4) j++;
    // "The Chairman of the Council, Ambassador X of Norway, announced": the comma closes an appositive opened before.
    const v1 = tokens[j + 1];
    if (tokens[j]?.text === ',' && v1?.sent === sent && SPEECH.has(v1.lower) && openedBefore(m)) return j + 1;
    if (tokens[j]?.text === ',') {
      const close = clauseEnd(j, sent);
      if (close < 0) return -1;
      j = close + 1;
    }
    k = j;
  }
  const v = tokens[k];
  // "X called Ibarra to congratulate her": calling someone is a call of its own, not words at the event.
  if (v?.lower === 'called' && tokens[k + 1]?.cap && tokens[k + 1]?.word) return -1;

  if (v === undefined || v.sent !== sent) return -1;
  if (SPEECH.has(v.lower) || spokeThere(k)) return k;
  if (v.cap || !verbWords.has(v.lower) || AUXILIARIES.has(v.lower)) return -1;
  // The short look ahead first: few sentences have "and <verb of speech>", and the look back reads the whole start.
  const joined = coordinatedSpeech(k + 1, sent);
  return joined >= 0 && !inWordsReported(m) ? joined : -1;
}

/**
 * "A, US Secretary of State B, Japanese Foreign Minister C and D reviewed the progress …": a sentence whose subject
 * is a list of names, one of them someone the lede names, reports what they did together at the event.
 */
function actsWithLedePerson(m: Mention): boolean {
  const [a, e] = sentences[m.sent] ?? [0, 0];
  let v = a;
  let names = 0;
  let withLede = false;
  for (; v < e && v < a + 60; v++) {
    const start = namedStartByEnd.get(v);
    if (start !== undefined && start >= a) {
      names++;
      if (ledePeopleStarts.has(start)) withLede = true;
    }
    const t = tokens[v] as Token;
    if (t.text === ',' || t.lower === 'and' || t.cap || LIST_LINKS.has(t.lower)) continue;
    break;
  }
  const verb = tokens[v];
  return (
    withLede &&
    names >= 2 &&
    m.end <= v &&
    namedStartByEnd.has(v) &&
    verb !== undefined &&
    verb.word &&
    !AUXILIARIES.has(verb.lower) &&
    (verb.lower.endsWith('ed') || verbWords.has(verb.lower))
  );
}

/** "the heads of invited countries including", "leaders of member states such as": a group named by its countries. */
const GROUP_BY_COUNTRIES =
  /\b(?:heads|leaders)(?: of (?:state|government))? of (?:the )?(?:[\w-]+ )?(?:countries|nations|states),? (?:including|such as)$/i;

/**
 * The countries listed after a group of leaders named by them, in a sentence that reports taking part in the event
 * (a cue, no negation): "… took part in a session with the leaders of guest countries including Kenya, Chile and
 * Vietnam".
 */
function invitedCountries(): Set<string> {
  const out = new Set<string>();
  if ((storyCues(text) & COUNTRIES_LISTED_CUE) === 0) return out;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.lower !== 'including' && t.lower !== 'as') continue;
    const [a, e] = sentences[t.sent] ?? [0, 0];
    const before = text.slice((tokens[Math.max(a, k - 10)] as Token).start, t.end);
    if (!GROUP_BY_COUNTRIES.test(before)) continue;
    const sentence = sentText(t.sent);
    if (!cue(sentence) || negative(sentence)) continue;
    let j = k + 1;
    while (j < e && (tokens[j]?.cap || tokens[j]?.text === ',' || tokens[j]?.lower === 'and')) j++;
    for (const h of findCountries(tokens, k + 1, j)) out.add(h.country);
  }
  return out;
}

/** "A, B and C also spoke.": "spoke" closing its sentence is speaking at the event (not "spoke with X by phone"). */
function spokeThere(k: number): boolean {
  const t = tokens[k];
  return t?.lower === 'spoke' && (tokens[k + 1]?.text === '.' || tokens[k + 1]?.sent !== t.sent);
}

/** Words inside a list of titled names besides capitalised ones: links of titles, possessives, name particles. */
const LIST_LINKS = new Set([
  'of',
  'the',
  "'s",
  '’s',
  '.',
  '-',
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'de',
  'da',
  'van',
  'von',
]);

/**
 * The verb of speech after a list of names that the token at `k` (a comma or "and") continues, when only names, their
 * titles, commas and "and" come between, the last name after the "and", and "also" or "both" may stand before the
 * verb; else -1.
 */
function listVerbAfter(k: number, sent: number): number {
  let lastEnd = -1;
  let joined = false;
  for (let j = k; j < k + 60; j++) {
    const t = tokens[j];
    if (!t || t.sent !== sent) return -1;
    if (namedStartByEnd.has(j) && j > k) lastEnd = j;
    if (j === lastEnd && joined) {
      let v = j;
      if (tokens[v]?.lower === 'also' || tokens[v]?.lower === 'both') v++;
      if ((SPEECH.has(tokens[v]?.lower ?? '') || spokeThere(v)) && tokens[v]?.sent === sent) return v;
    }
    // "A, B and C, X said": past the item after "and", a comma ends the list.
    if (t.lower === 'and') joined = true;
    else if (t.text === ',' && joined) return -1;
    if (t.text === ',' || t.lower === 'and' || t.cap || LIST_LINKS.has(t.lower)) continue;
    return -1;
  }
  return -1;
}

const AUXILIARIES = new Set([
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'would',
  'will',
  'could',
  'did',
]);

/** "Y said leader X had observed the launch and called it …": a name inside the words a verb before it reports. */
function inWordsReported(m: Mention): boolean {
  const [a] = sentences[m.sent] ?? [0, 0];
  for (let k = a; k < m.start; k++) if (REPORTS_WORDS.has((tokens[k] as Token).lower)) return true;
  return false;
}

/**
 * "Senator X held up a bodysuit printed with a slogan …, and asked him to condemn it": a verb of speech joined by "and"
 * to the subject's first verb, later in its sentence (not "and Y asked", where another subject speaks).
 */
function coordinatedSpeech(from: number, sent: number): number {
  const [, e] = sentences[sent] ?? [0, 0];
  for (let k = from; k < e && k < from + 40; k++) {
    const t = tokens[k] as Token;
    const n = tokens[k + 1];
    if (t.lower === 'and' && n && n.sent === sent && !n.cap && SPEECH.has(n.lower)) return k + 1;
    // "X backed the proposal, saying …": the participle reports the words of the verb's subject.
    if (t.text === ',' && n?.lower === 'saying' && n.sent === sent) return k + 1;
  }
  return -1;
}

/**
 * "Addressing a press conference along with X at D-Chowk, the minister said four personnel had been killed since the
 * convoys left on Sunday": a name before another's verb of speech, whose sentence names another time only inside
 * the words that verb reports.
 */
function otherTimeOnlyInWordsReported(m: Mention): boolean {
  if (m.kind === 'pronoun' || speechVerbAt(m) >= 0) return false;
  // "U.S. President X had said on Thursday that …": the name's own verb of speech, after the perfect's auxiliary.
  if (PERFECT_AUX.has(tokens[m.end]?.lower ?? '') && SPEECH.has(tokens[m.end + 1]?.lower ?? '')) return false;
  const list = clauses.get(m.sent);
  if (list && clauseAround(list, m.start) !== undefined) return false;
  const [a, e] = sentences[m.sent] ?? [0, 0];
  let v = m.end;
  while (v < e && !REPORTS_WORDS.has((tokens[v] as Token).lower)) v++;
  if (v >= e) return false;
  return !negative(slice(a, wordsReportedFrom(v, e)));
}

/** ", a day after …", ", two days after …", ", hours after …": a clause that dates what comes before it. */
const DATED_AFTER = new Set(['day', 'days', 'hours', 'week']);
/**
 * "The ministers were sworn in one by one before Riigikogu President X, a day after the Riigikogu backed Y": under a
 * headline or lede reporting an oath (or another solo act), a sentence that tells that act, with the name, and then
 * dates it after an earlier event (", a day after …") is the event itself; the earlier day is the words after the
 * comma's. Not "X met Y, a day after the summit": only the act the story reports.
 */
function soloActDatedAfterEarlier(m: Mention): boolean {
  if (!soloEvent || m.kind === 'pronoun') return false;
  const [a, e] = sentences[m.sent] ?? [0, 0];
  for (let k = m.end; k < e - 3; k++) {
    if ((tokens[k] as Token).text !== ',') continue;
    let d = k + 1;
    if (tokens[d]?.lower === 'a' || tokens[d]?.lower === 'one' || tokens[d]?.lower === 'two') d++;
    if (!DATED_AFTER.has(tokens[d]?.lower ?? '') || tokens[d + 1]?.lower !== 'after') continue;
    const act = slice(a, k);
    return sameSoloAct(act) && !negative(act);
  }
  return false;
}

/**
 * Where the words reported begin when mention `m` is the subject of a verb that reports words ("X said the hostages
 * would be handed over", "Maj.-Gen. X, said …"; not "X oversaw it, the sources said"), else -1.
 */
function wordsReportedAfter(m: Mention): number {
  let v = speechVerbAt(m);
  if (v < 0 && tokens[m.end]?.text === ',' && tokens[m.end + 1]?.sent === m.sent) v = m.end + 1;
  if (v < 0 || !REPORTS_WORDS.has((tokens[v] as Token).lower)) return -1;
  return wordsReportedFrom(v, (sentences[m.sent] as [number, number])[1]);
}

/**
 * Where the words a verb of speech at `v` reports begin: at its "that" within twelve words, or its colon ("said after
 * the game: …"), else two words on.
 */
function wordsReportedFrom(v: number, e: number): number {
  for (let k = v + 1; k < e && k <= v + 12; k++) {
    const w = (tokens[k] as Token).lower;
    // "said China welcomed the return but that its own goals …": a second reported clause, joined by "but that"
    // or "and that"; the words reported begin right after the verb.
    if (w === 'that' && k > v + 2 && COORDINATORS.has((tokens[k - 1] as Token).lower)) return v + 1;
    if (w === 'that' || w === ':') return k;
  }
  return Math.min(v + 3, e);
}

/**
 * "Aide X told reporters on Tuesday that the delegation at the talks would include A and B": A and B, named in the
 * words reported about the event, are placed by those words alone, whenever they were told.
 */
function namedInWordsOfTheEvent(m: Mention): boolean {
  const [a, e] = sentences[m.sent] ?? [0, 0];
  for (let v = a; v < m.start; v++) {
    if (!REPORTS_WORDS.has((tokens[v] as Token).lower)) continue;
    const from = wordsReportedFrom(v, e);
    if (from >= m.start || tokens[from]?.lower !== 'that') return false;
    const words = slice(from + 1, e);
    return THE_EVENT.test(words) && cue(words) && !negative(words);
  }
  return false;
}

/**
 * "X said the launch last Tuesday used …": a time marker inside the words reported dates what they report,
 * not the speaking. Whether the speaking itself is at another time: the sentence up to a verb that reports
 * words, and after it up to "that" ("said in Lima in November last year that") or else two words ("said
 * last week").
 */
const SPEAKING_OPENER = /^(?:Speaking|Addressing|Talking) (?:at|to|in|on|after)\b/;
function speechAtAnotherTime(m: Mention): boolean {
  const v = speechVerbAt(m);
  if (v < 0 || !REPORTS_WORDS.has((tokens[v] as Token).lower)) return true;
  const [a, e] = sentences[m.sent] ?? [0, 0];
  // "Trading is due to begin on March 1 next year, AU trade commissioner X told journalists": the words reported close
  // at the comma before the speaker's title; only the speaker's clause, up to its next comma, dates the telling
  // ("…, Speaker Y said in a statement").
  // Not a name set off after an opening phrase ("Reacting, the chief of the forum, Mr X, said"): the verb follows the
  // name, and the sentence opens on no phrase that sets it apart.
  const comma = v === m.end ? closingTitleComma(m, a) : -1;
  if (comma < 0 || NEG_START.test(sentText(m.sent))) return negative(slice(a, wordsReportedFrom(v, e)));
  // "Speaking at a press conference in Rawalpindi later in the day, X said": an opening phrase of speaking sets the
  // occasion of the words.
  if (SPEAKING_OPENER.test(sentText(m.sent)) && negative(slice(a, comma))) return true;
  let end = v + 1;
  while (end < e && end < v + 9 && tokens[end]?.text !== ',' && tokens[end]?.text !== ';') end++;
  return negative(slice(comma + 1, end));
}

/**
 * The comma that closes words reported from the start of sentence `a` before the speaker's title and name ("…, AU
 * trade commissioner X told", "…, Chairman of the Authority (NEA) Y said"), or -1: past capitalised words, a
 * capitalised title's links and up to three lower-case title words.
 */
function closingTitleComma(m: Mention, a: number): number {
  let b = m.start - 1;
  let lower = 0;
  while (b > a) {
    const t = tokens[b] as Token;
    if (t.cap && t.word) b--;
    else if (TITLE_LINKS.has(t.lower)) b--;
    else if (lower < 3 && (titleHeads.has(t.lower) || titleModifiers.has(t.lower))) {
      lower++;
      b--;
    } else break;
  }
  if (tokens[b]?.text !== ',' || b - a < 6) return -1;
  const first = tokens[a] as Token;
  return INTRO_OPENERS.has(first.lower) || (first.lower.endsWith('ing') && !first.cap) ? -1 : b;
}

/** An expression, the words every match of it holds (see `holds`) and each word's letter pairs. */
type Gate = readonly [RegExp, readonly string[], readonly Int32Array[]];

function gate(re: RegExp, words: readonly string[]): Gate {
  return [re, words, words.map(pairsOf)];
}

/**
 * Each expression `says` gates, paired with its words once: the calls name the pair, and the test checks that every
 * match in the annotated articles holds one of its words (a list that falls behind would drop matches silently).
 */
export const GATED_EXPRESSIONS = {
  STATEMENT_ON_MEETING: gate(STATEMENT_ON_MEETING, STATEMENT_ON_MEETING_WORDS),
  AWARD_STORY: gate(AWARD_STORY, AWARD_STORY_WORDS),
  OATH_STORY: gate(OATH_STORY, OATH_STORY_WORDS),
  ELECTION: gate(ELECTION, ELECTION_WORDS),
  MEAL_TITLE: gate(MEAL_TITLE, MEAL_TITLE_WORDS),
  SIDELINES: gate(SIDELINES, SIDELINES_WORDS),
  RACE_STORY: gate(RACE_STORY, RACE_STORY_WORDS),
  SOLO_EVENT: gate(SOLO_EVENT, SOLO_EVENT_WORDS),
  COURT_STORY: gate(COURT_STORY, COURT_STORY_WORDS),
  CUSTODY: gate(CUSTODY, CUSTODY_WORDS),
  REPORTED_ACT: gate(REPORTED_ACT, REPORTED_ACT_WORDS),
  DEAL: gate(DEAL, DEAL_WORDS),
  SWORN_CABINET: gate(SWORN_CABINET, SWORN_CABINET_WORDS),
  REMOTE_EXCHANGE: gate(REMOTE_EXCHANGE, REMOTE_EXCHANGE_WORDS),
  INTERVIEW_LEDE: gate(INTERVIEW_LEDE, INTERVIEW_LEDE_WORDS),
} satisfies Record<string, Gate>;

// Round 53: files of several stories, or of one event seen from many places.

/** "World leaders hail …", "Leaders extend condolences …": a roundup of reactions, each leader's message their own act. */
const REACTION_ROUNDUP_TITLE =
  /^(?:[\p{L}.'’-]+ ){0,2}leaders (?:(?:rush|line up|move|hurry) to )?(?:react|hail|congratulat|condol|offer|extend|express|send|welcome|mourn|pay tributes?|praise|condemn|voice|salute|greet)/iu;
/**
 * A leader's own message in such a roundup: the verb after the name (or after its appositive). These say it was a
 * message; `SPEECH_VERBS` need a word of reaction in the sentence ("said the quake struck at 4.17 a.m." reports facts).
 */
const MESSAGE_VERBS = new Set([
  'wrote',
  'writes',
  'tweeted',
  'tweets',
  'posted',
  'posting',
  'phoned',
  'sent',
  'sends',
  'thanked',
  'congratulated',
  'offered',
  'expressed',
  'conveyed',
  'react',
  'reacted',
  'hailed',
  'welcomed',
  'praised',
]);
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'called', 'recalled']);
/** What makes a message a reaction rather than a report of facts ("said the quake struck at 4.17 a.m."). */
const REACTION_WORDS =
  /\b(?:condolence|congratulat|solidarity|sympath|support|help|assist|aid\b|rescue|ready|thank|mourn|message|telegram|welcome|look forward|friendship|react|prayers|condemn|relief)/i;
/** The words before one a message is sent to: "called President X", "telegrams to X and to Y". */
const MESSAGE_TO = new Set(['called', 'phoned', 'congratulated', 'congratulate', 'to']);

/** Whether the name's clause goes on to a message verb: "X tweeted …", "X, one of Y's allies, waited … posting …". */
function sendsMessage(m: Mention, owner: number): boolean {
  const [, end] = sentences[m.sent] as [number, number];
  let k = m.end;
  // An appositive or a relative clause set off by commas right after the name.
  if (tokens[k]?.text === ',') {
    let j = k + 1;
    while (j < end && j < k + 16 && tokens[j]?.text !== ',') j++;
    if (tokens[j]?.text !== ',') return false;
    k = j + 1;
  }
  for (let n = 0; k < end && n < 9; k++, n++) {
    const t = tokens[k] as Token;
    if (t.text === ';' || t.text === ',' || namedStartByEnd.has(t.end) || ownerAt(k, owner)) return false;
    if (MESSAGE_VERBS.has(t.lower)) return true;
    if (SPEECH_VERBS.has(t.lower)) return REACTION_WORDS.test(sentText(m.sent));
  }
  return false;
}

/** Whether token `k` starts a mention of someone other than `owner` (the verb after it is theirs). */
function ownerAt(k: number, owner: number): boolean {
  return mentionOwners.get(k) !== undefined && mentionOwners.get(k) !== owner;
}
let mentionOwners = new Map<number, number>();

/** Whether the words before the name (past its title) send it a message: "called President X", "to Syrian President Y". */
function sentMessage(m: Mention): boolean {
  let k = m.start - 1;
  while (k >= 0 && tokens[k]?.cap && tokens[k]?.sent === m.sent) k--;
  const before = tokens[k];
  if (!before || before.sent !== m.sent || !MESSAGE_TO.has(before.lower)) return false;
  return (
    (before.lower !== 'to' && REACTION_WORDS.test(sentText(m.sent))) ||
    /\b(?:telegrams?|messages?|letters?|condolences)\b/i.test(sentText(m.sent))
  );
}

function reactionRoundup(people: PersonRecord[]): void {
  mentionOwners = new Map();
  people.forEach((p, i) => {
    for (const m of p.mentions) if (m.kind !== 'pronoun') mentionOwners.set(m.start, i);
  });
  people.forEach((p, i) => {
    if (p.participant || p.spokesperson) return;
    for (const m of p.mentions) {
      if (m.kind === 'pronoun') continue;
      if (sendsMessage(m, i) || sentMessage(m)) {
        p.participant = true;
        return;
      }
    }
  });
}

/** "The week ahead: …", "Diplomatic diary": meetings to come, which nobody has taken part in yet. */
const LOOK_AHEAD_TITLE =
  /^(?:the )?(?:week|weekend|days|month) ahead\b|^(?:diplomatic )?diary\b|^week-ahead\b/i;

/** "Today in History: July 20", "On this day": a calendar's highlight is its event; the rest are other days' stories. */
/** A statement's own heading, naming who made it: "Statement of X on …", "Press Statement by Y", "Remarks by Z". */
const STATEMENT_HEADING = /^(?:Joint |Press )?(?:Statement|Remarks|Message|Address)s? (?:of|by) \p{Lu}/u;
const CALENDAR_TITLE = /^(?:today|this day|on this day|this date) in history\b|^on this day\b/i;
export const isCalendarColumn = (title: string | null): boolean =>
  title !== null && CALENDAR_TITLE.test(title);
const OTHER_DATES = /^(?:also on this (?:date|day)|on this date|other events|in other years)\b/i;
const BIRTHDAYS = /^(?:today's birthdays|born on this day)\b/i;

/** Paragraph index of each character offset's paragraph (the story text joins its paragraphs with blank lines). */
function paragraphStarts(): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 2)) starts.push(i + 2);
  return starts;
}
function paragraphOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function paragraphText(starts: readonly number[], p: number): string {
  const end = p + 1 < starts.length ? (starts[p + 1] as number) - 2 : text.length;
  return text.slice(starts[p], end);
}

function calendarHighlight(people: PersonRecord[]): void {
  const starts = paragraphStarts();
  let other = Infinity;
  for (let p = 0; p < starts.length; p++)
    if (OTHER_DATES.test(paragraphText(starts, p)) || BIRTHDAYS.test(paragraphText(starts, p))) {
      other = p;
      break;
    }
  for (const p of people) {
    const inHighlight = p.mentions.some(
      (m) =>
        m.kind !== 'pronoun' &&
        paragraphOf(starts, (tokens[m.start] as Token).start) < other &&
        !locallyNegated(m) &&
        !notThere(m),
    );
    p.participant = inHighlight && !p.spokesperson;
  }
}

/**
 * "Here are some of the dignitaries who attended:": a factbox's list of those at the event, one per line; also with
 * its sources after a comma ("… who were present, as announced by the Vatican and by governments:").
 */
const ATTENDEE_LIST =
  /\b(?:who|that) (?:attended|are attending|were attending|were present|took part)(?:, (?:as|according to) [^.:;]{1,80})?\s*:$|\b(?:attendees|guests|delegations) (?:included|include)\s*:$/i;
/**
 * Before a name on an item's line (after its "COUNTRY:" label): one the item's subject represents, or relates to
 * ("representing his father, King X", "on behalf of President Y"), or who stayed away; a who-clause names another.
 */
const NOT_THE_ITEM =
  /\b(?:who|whose|which|representing|on behalf of|in place of|instead of|sent by|father|mother|son|daughter|brother|sister|not|without)\b/i;
/** The list's end: "Not attending: …", "Absent: …". */
const ABSENTEES = /^(?:not (?:attending|present|invited|there)|absent|skipping|staying away|stayed away)\b/i;

function attendeeList(people: PersonRecord[]): void {
  const starts = paragraphStarts();
  let from = -1;
  for (let p = 0; p < starts.length && from < 0; p++)
    if (ATTENDEE_LIST.test(paragraphText(starts, p))) from = p + 1;
  if (from < 0) return;
  let to = starts.length;
  for (let p = from; p < starts.length; p++)
    if (ABSENTEES.test(paragraphText(starts, p))) {
      to = p;
      break;
    }
  const named = (m: Mention, lo: number, hi: number): boolean => {
    if (m.kind === 'pronoun') return false;
    const at = (tokens[m.start] as Token).start;
    const para = paragraphOf(starts, at);
    if (para < lo || para >= hi) return false;
    // The item's own subject: named in its first sentence, before any comma ("Velk, who had said …"; not "…, who
    // represented his father King Olmar").
    const first = tokens[(sentences[m.sent] as [number, number])[0]] as Token;
    if (first.start !== starts[para]) return false;
    const lead = text.slice(starts[para], at);
    // "BRAZIL: President X and his wife, Y", "EU: Commission President X, Council President Y": the line's names
    // after its label are all the item's (not one it represents, nor one a who-clause names).
    const item = lead.replace(/^[^:]*:/, '');
    return (
      !(/[,;:]/.test(item) && NOT_THE_ITEM.test(item)) &&
      !(/[,;:]/.test(item) && !/^[^:]{1,40}:/.test(lead)) &&
      !/\b(?:not|without)\b/i.test(lead.replace(ABSENTEES, ''))
    );
  };
  for (const p of people) {
    if (!p.participant && !p.spokesperson && p.mentions.some((m) => named(m, from, to))) p.participant = true;
    // "Not attending: Israeli Prime Minister X, whose government …, sent its ambassador": the one named first stayed away.
    if (p.participant && to < starts.length && p.mentions.some((m) => named(m, to, to + 1)))
      p.participant = false;
  }
}

/** "Explainer: What is AUKUS?", "Q&A: …": a story that explains an event and the reactions to it. */
const EXPLAINER_TITLE = /^(?:explainer|q&a|q and a)\b/i;

/** "Kyodo News Digest", "World news roundup", "… news summary at 0030 GMT": one file, several stories. */
const DIGEST_TITLE =
  /\b(?:news digest|news summary|news roundup|news round-up|in brief|news briefs?|world roundup)\b/i;
/** Whether a lower-case headline holds a word each of those holds. */
const digestWords = (lower: string): boolean =>
  lower.includes('news') || lower.includes('brief') || lower.includes('roundup');
/** An item's dateline: "MANILA - ", "1. MOSCOW -- ", "ATHENS/SKOPJE (Reuters) - ", "INTERLAKEN, Switzerland -- ". */
const ITEM_DATELINE =
  /^(?:\d{1,2}\.\s+)?\p{Lu}[\p{Lu} .'’/-]{2,}(?:, \p{Lu}[\p{L} ]+)?(?: \([^)]{2,30}\))? ?(?:--|-|—|–) /u;

/**
 * A digest's items by their datelines: each paragraph that opens with one, as [its offset in `storyText`, the
 * dateline's place] ("MANILA - …" → "MANILA"); none when `storyTitle` is no digest's.
 */
export function digestItemPlaces(storyTitle: string | null, storyText: string): [number, string][] {
  if (storyTitle === null || !DIGEST_TITLE.test(storyTitle)) return [];
  const items: [number, string][] = [];
  for (let at = 0; at >= 0;) {
    const m = ITEM_DATELINE.exec(storyText.slice(at, at + 120));
    if (m) items.push([at, m[0].replace(/^\d{1,2}\.\s+/, '').replace(/\s*\(.*$|\s*(?:--|-|—|–)\s*$/, '')]);
    const next = storyText.indexOf('\n\n', at);
    at = next < 0 ? -1 : next + 2;
  }
  return items;
}

function digestItemLedes(people: PersonRecord[]): void {
  const starts = paragraphStarts();
  const itemLede = (sent: number): boolean => {
    const [a] = sentences[sent] as [number, number];
    const at = (tokens[a] as Token).start;
    // Only the item's first sentence: it opens its paragraph with the item's dateline.
    return starts[paragraphOf(starts, at)] === at && ITEM_DATELINE.test(sentText(sent));
  };
  // The named mentions of each sentence, earliest first.
  const bySent = new Map<number, [Mention, PersonRecord][]>();
  for (const p of people)
    for (const m of p.mentions)
      if (m.kind !== 'pronoun') bySent.set(m.sent, [...(bySent.get(m.sent) ?? []), [m, p]]);
  for (const list of bySent.values()) list.sort((x, y) => x[0].start - y[0].start);
  // An item's own day is not the file's: "met … on Friday" in a digest of Saturday is that item's event. Only the
  // sentence after a lede is weighed for other times and reactions ("In a separate video message, X said").
  const take = (m: Mention, p: PersonRecord, after = false): boolean => {
    if (p.spokesperson || locallyNegated(m) || notThere(m) || (after && negativeAt(m))) return false;
    p.participant = true;
    return true;
  };
  for (let sent = 0; sent < sentences.length; sent++) {
    if (!itemLede(sent)) continue;
    const named = bySent.get(sent);
    if (named) for (const [m, p] of named) take(m, p);
    // "MADRID (Reuters) - Spain's government said it would …. Prime Minister X, …, said": the item's first one named
    // after a lede that names no one made its statement or did its act.
    else if (sent + 1 < sentences.length && !itemLede(sent + 1))
      for (const [m, p] of bySent.get(sent + 1) ?? []) if (take(m, p, true)) break;
  }
}

/** "LIVE: World leaders join …", "G20 Summit Day 1 LIVE Updates: …": a live blog of the event, entry by entry. */
const LIVE_TITLE = /^live\b\s*[:|-]|\blive(?: updates| blog| coverage)\b|\bas it happened\b/i;
/** An entry's time stamp: "09:20 GMT — ", "10:35 AM IST: ", "3.15 p.m. — ". */
const ENTRY_STAMP =
  /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|BST|UTC|IST|CET|CEST|EST|EDT|ET|JST|KST|local time)?\s*(?:—|–|-|:)\s/i;
/** An entry about another event of the day: a meal, a meeting on the sidelines. */
const ASIDE_ENTRY = /\bon the sidelines\b|\b(?:lunch|luncheon|dinner|banquet|breakfast|reception)\b/i;
/** "who did not travel to London", "who is not attending": away from the event the entry reports. */
const AWAY_CLAUSE =
  /^\s*,\s*who\s+(?:did not|didn't|could not|couldn't|is not|was not)\s+(?:travel|attend|come|make the trip|present)/i;

function awayClause(m: Mention): boolean {
  const after = (tokens[m.end - 1] as Token).end;
  return AWAY_CLAUSE.test(text.slice(after, after + 60));
}

function liveEntries(people: PersonRecord[]): void {
  const starts = paragraphStarts();
  for (const p of people) {
    if (p.participant || p.spokesperson || p.mentions.some(died)) continue;
    for (const m of p.mentions) {
      if (m.kind === 'pronoun') continue;
      const at = (tokens[m.start] as Token).start;
      const entry = paragraphText(starts, paragraphOf(starts, at));
      if (!ENTRY_STAMP.test(entry) || ASIDE_ENTRY.test(entry)) continue;
      if (awayClause(m) || locallyNegated(m) || notThere(m)) continue;
      p.participant = true;
      break;
    }
  }
}

/**
 * "… at Queen X's state funeral", "Who attended Pope Y' funeral", "state funeral of King Z", "Thousands mourn W at
 * stadium memorial": the one mourned is no participant of it.
 */
function funeralSubject(p: PersonRecord): boolean {
  if (p.titleMention < 0 || !FUNERAL_WORD.test(title)) return false;
  return [...p.tokens, ...p.aliases].some((w) => {
    if (!/^\p{Lu}/u.test(w)) return false;
    const at = title.indexOf(w);
    if (at < 0) return false;
    const after = title.slice(at + w.length, at + w.length + 30);
    const before = title.slice(Math.max(0, at - 40), at);
    return FUNERAL_AFTER.test(after) || FUNERAL_BEFORE.test(before);
  });
}
const FUNERAL_WORD = /\b(?:funeral|burial|memorial|mourns?|mourned|condolences?)\b/i;
const FUNERAL_AFTER =
  /^(?: [\p{Lu}][\p{L}.]*)*['’]s? (?:state |private )?(?:funeral|burial|memorial service|memorial)\b/u;
// "Thousands mourn X at stadium memorial", "memorial service for X", "condolence book for ex-premier X": the one
// mourned.
const FUNERAL_BEFORE =
  /\b(?:(?:funeral|burial|memorial) (?:service )?(?:of|for)|condolences? (?:book |message )?(?:for|over)|mourns?|mourned) (?:(?:the|late|slain|former|assassinated|murdered|ex-[\p{L}-]+|premier|president|prime|minister|leader|chancellor|king|queen|pope|emperor) ){0,3}(?:[\p{Lu}][\p{L}.-]* ){0,3}$/u;

/** The shapes of round 53, each gated by its headline. */
function multiStoryShapes(people: PersonRecord[]): void {
  for (const p of people)
    if (p.participant && p.titleMention < 0 && representedOnly(p)) p.participant = false;
  if (LOOK_AHEAD_TITLE.test(title)) {
    for (const p of people) p.participant = false;
    return;
  }
  // "Statement of Secretary of Foreign Affairs X on the Award": a statement printed under its own heading is the
  // event, and the heading names who made it; those the statement speaks of (the judges of the award it welcomes, a
  // former secretary who filed the case) do not take part.
  if (STATEMENT_HEADING.test(title) && people.some((p) => p.titleMention >= 0))
    for (const p of people) p.participant = p.titleMention >= 0;
  if (CALENDAR_TITLE.test(title)) {
    calendarHighlight(people);
    return;
  }
  // Each headline expression is asked only when the headline holds a word it needs (PERFORMANCE.md, perf33).
  if (titleLower.includes('leader') && REACTION_ROUNDUP_TITLE.test(title)) reactionRoundup(people);
  if (digestWords(titleLower) && DIGEST_TITLE.test(title)) digestItemLedes(people);
  // "Explainer: What is AUKUS?": the first sentence that names anyone says who did what it explains ("X, Y and Z
  // unveiled the pact …"); those its answers quote later reacted.
  if (EXPLAINER_TITLE.test(title)) {
    let first = Infinity;
    for (const p of people)
      for (const m of p.mentions) if (m.kind !== 'pronoun' && m.sent < first) first = m.sent;
    for (const p of people)
      if (
        !p.spokesperson &&
        p.mentions.some((m) => m.sent === first && m.kind !== 'pronoun' && !locallyNegated(m))
      )
        p.participant = true;
  }
  if (LIVE_TITLE.test(title)) {
    liveEntries(people);
    // "Ukraine's X, who did not travel to London, tweets his condolences": away, whatever else names them.
    for (const p of people)
      if (
        p.participant &&
        p.titleMention < 0 &&
        p.mentions.some((m) => m.kind !== 'pronoun' && awayClause(m))
      )
        p.participant = false;
  }
  if (text.includes(':')) attendeeList(people);
  for (const p of people) if (p.participant && funeralSubject(p)) p.participant = false;
}

/** "Prince Edric, who represented his father King Olmar": the one represented was not there. */
function representedOnly(p: PersonRecord): boolean {
  let named = false;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    named = true;
    let k = m.start - 1;
    while (
      k > 0 &&
      tokens[k]?.sent === m.sent &&
      (tokens[k]?.cap ||
        relationWords.has(tokens[k]?.lower ?? '') ||
        THIRD_POSSESSIVES.has(tokens[k]?.lower ?? ''))
    )
      k--;
    const verb = tokens[k]?.lower;
    if (verb !== 'represented' && verb !== 'representing') return false;
  }
  return named;
}
