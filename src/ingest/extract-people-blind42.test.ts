// People seen first in the forty-second blind round of held-out articles (contacts that are not a meeting in a
// room: video summits and calls, messages, a joint news conference, a credentials ceremony, an envoy at an
// inauguration), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  orgsAndPlacesUnder,
  participantNames as taking,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

describe('participants', () => {
  it('counts who joins a side of a video meeting in that side’s own city', () => {
    const a = article('Kenyan, Ghanaian presidents hold virtual meeting', [
      'Kenyan President Amos Kiprono held a virtual meeting with Ghanaian President Kofi Mensah via video link on Tuesday.',
      'In Accra, Foreign Minister Ama Boateng and Finance Minister Yaw Owusu joined Mensah in the Jubilee House conference room, an official said.',
      'In Nairobi, Trade Minister Ali Hassan welcomed the talks.',
    ]);
    expect(taking(a)).toEqual(['Amos Kiprono', 'Kofi Mensah', 'Ama Boateng', 'Yaw Owusu']);
  });

  it('leaves out the host of a summit the visitor was due to leave for next', () => {
    const a = article('Kenyan, Ghanaian leaders pledge closer cooperation after consultations', [
      'Kenyan President Amos Kiprono and Ghanaian President Kofi Mensah told a joint news conference in Accra on Tuesday that the two countries would deepen cooperation.',
      'Kiprono was scheduled to leave for Spain later on Wednesday to attend the Summit for Green Finance in Madrid, hosted by Spanish Prime Minister Luis Herrera.',
    ]);
    expect(taking(a)).toEqual(['Amos Kiprono', 'Kofi Mensah']);
  });

  it('leaves out the leader a headline names as the one the envoy stands in for', () => {
    const a = article("Ruto attends Mensah's inauguration as Kiprono's special representative", [
      'Kenyan Vice President Ali Ruto attended the inauguration ceremony of Ghanaian President Kofi Mensah in Accra on Tuesday as the special representative of Kenyan President Amos Kiprono.',
      "Later in the day, Mensah received Ruto, who conveyed Kiprono's congratulations.",
    ]);
    expect(taking(a)).toEqual(['Ali Ruto', 'Kofi Mensah']);
  });

  it('leaves out the third leader a headline names as the one of an earlier call a side reports on', () => {
    const a = article('Kiprono, Mensah hold video talks as Kiprono briefs Mensah on his call with Eze', [
      'Kenyan President Amos Kiprono held talks with Ghanaian President Kofi Mensah via video link on Wednesday.',
      'Kiprono briefed Mensah on his video talks with Nigerian President Bola Eze on Dec. 7, during which trade was discussed.',
    ]);
    expect(taking(a)).toEqual(['Amos Kiprono', 'Kofi Mensah']);
  });
});

describe('names and roles', () => {
  it('reads "Deputy Prime Minister and Coordinating Minister for Economic Policies" as two titles before the name', () => {
    const a = article('Kenyan, Ghanaian leaders co-chair council meeting via video link', [
      'Kenyan Vice President Ali Ruto and Ghanaian Deputy Prime Minister and Coordinating Minister for Economic Policies Kwame Adjei on Tuesday co-chaired the meeting via video link.',
      'Adjei said Ghana was ready to deepen trade.',
    ]);
    expect(person(a, 'Kwame Adjei')?.roles).toEqual([
      'Ghanaian Deputy Prime Minister',
      'Coordinating Minister for Economic Policies',
    ]);
  });

  it('gives the office of ", who had been …" as a role, and none for "who has been detained"', () => {
    const a = article('New Kenyan UN envoy presents credentials', [
      "Ali Ruto, Kenya's new permanent representative to the United Nations, handed in his credentials on Tuesday.",
      "He succeeds Peter Kamau, who had been Kenya's permanent representative to the United Nations since 2019.",
      'Mary Wanjiru, who has been detained since May, was not present.',
    ]);
    expect(person(a, 'Peter Kamau')?.roles).toEqual([
      "Kenya's permanent representative to the United Nations",
    ]);
    expect(person(a, 'Mary Wanjiru')?.roles).toEqual([]);
  });

  it('reads an office served after an appositive, one held "previously", and a second "and as" office', () => {
    const a = article('New Kenyan UN envoy presents credentials', [
      "Ali Ruto, Kenya's new permanent representative to the United Nations, handed in his credentials on Tuesday.",
      "Ruto, a veteran diplomat, served as Kenya's ambassador to Russia from 2009 to 2019.",
      'Ruto was previously head of the Kenyan mission to the African Union.',
      'Peter Kamau served as general secretary of the party from 1989 to 2002 and as president of Kenya from 1993.',
      'Mary Wanjiru was previously arrested in May.',
    ]);
    expect(person(a, 'Ali Ruto')?.roles).toEqual([
      "Kenya's new permanent representative to the United Nations",
      'veteran diplomat',
      "Kenya's ambassador to Russia",
      'head of the Kenyan mission to the African Union',
    ]);
    expect(person(a, 'Peter Kamau')?.roles).toEqual(['general secretary of the party', 'president of Kenya']);
    expect(person(a, 'Mary Wanjiru')?.roles).toEqual([]);
  });
});

describe('organisations and places', () => {
  const under = orgsAndPlacesUnder('Leaders meet by video');

  it('reads "Forum on …" and "Committee on …" as one body, and not "the Forum on Monday"', () => {
    expect(under('Kenya co-chairs the Forum on Kenya-Asia Cooperation (FOKAC).').organizations).toEqual([
      'Forum on Kenya-Asia Cooperation',
    ]);
    expect(under('He chairs the Senate Committee on Foreign Relations.').organizations).toEqual([
      'Senate Committee on Foreign Relations',
    ]);
    expect(under('The Forum on Monday opened in Nairobi.').organizations).toEqual([]);
  });

  it('keeps "United Nations" whole when it opens a sentence', () => {
    expect(
      under('United Nations Secretary-General Maria Lopez attended as a special guest.').organizations,
    ).toEqual(['United Nations']);
  });

  it('reads a seat of government before a remit and an aide or spokesperson as the body', () => {
    const r = under(
      'Kremlin foreign policy aide Ivan Petrov told reporters that the leaders spoke for an hour.',
      'He was asked about remarks by Tom Reed, the White House national security spokesperson.',
    );
    expect(r.organizations).toEqual(['Kremlin', 'White House']);
    expect(r.places).toEqual(['Beijing']);
  });

  it("does not read the cooperation a treaty's name is about as a body", () => {
    expect(
      under('They marked the anniversary of the Treaty of Good-Neighborliness and Friendly Cooperation.'),
    ).toEqual({
      organizations: [],
      places: ['Beijing'],
    });
  });

  it("reads a city in a subheading's capitals as the place, written as a name", () => {
    expect(
      under('MESSAGE FROM MOSCOW', 'The message arrived on Wednesday.', 'TRIBUTES FROM PYONGYANG').places,
    ).toEqual(['Beijing', 'Moscow', 'Pyongyang']);
  });
});
