// Names, roles, countries and participants seen first in the twenty-fourth blind round of held-out articles
// (conflict, security, courts and human rights), on invented sentences: none of these people are in the held-out
// files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);

describe('titles', () => {
  it('reads hyphenated military ranks, "State Counsellor" and a lawyer\'s "Advocate" as titles before a name', () => {
    const a = article('Junta names new council', [
      'The statement was read on television by Colonel-Major Oumar Diallo on Wednesday.',
      'Major-General Sekou Traore and former State Counsellor Thida Win Maung were also named.',
      'The agency was represented by Senior Advocate Ravi Menon and advocate Sunil Kapadia.',
    ]);
    expect(person(a, 'Oumar Diallo')?.roles).toEqual(['Colonel-Major']);
    expect(person(a, 'Sekou Traore')?.roles).toEqual(['Major-General']);
    expect(person(a, 'Thida Win Maung')?.roles).toEqual(['former State Counsellor']);
    expect(person(a, 'Ravi Menon')?.roles).toEqual(['Senior Advocate']);
    expect(person(a, 'Sunil Kapadia')?.roles).toEqual(['advocate']);
  });

  it('keeps a region an envoy is sent "to" in the title before the name', () => {
    const a = article('Talks resume', [
      'The talks were attended by Special Envoy to the Middle East Tom Brandt on Monday.',
    ]);
    expect(person(a, 'Tom Brandt')?.roles).toEqual(['Special Envoy to the Middle East']);
  });

  it("reads a UN Special Rapporteur as a title before the name, the mandate's country not theirs", () => {
    const a = article('Rapporteur presents report', [
      'UN Special Rapporteur on Belarus Clara Novak said on Tuesday that the report was clear.',
      'UN Special Rapporteur Hugo Lind presented a second report.',
    ]);
    expect(person(a, 'Clara Novak')?.roles).toEqual(['UN Special Rapporteur on Belarus']);
    expect(person(a, 'Clara Novak')?.country).toBeNull();
    expect(person(a, 'Hugo Lind')?.roles).toEqual(['UN Special Rapporteur']);
  });

  it('ends an appositive title at a participle and its preposition', () => {
    const a = article('Envoy visits capital', [
      'The envoy also met Karim Haddad, the interim prime minister named to lead a caretaker government.',
    ]);
    expect(person(a, 'Karim Haddad')?.roles).toEqual(['interim prime minister']);
  });
});

describe('names', () => {
  it('reads an unknown name after "headed by" as a person', () => {
    const a = article('Talks in Doha', ['The delegation was headed by Zafran Qudsi on Monday.']);
    expect(names(a)).toEqual(['Zafran Qudsi']);
  });

  it('reads unknown names listed after "including" that follows a plural for people', () => {
    const a = article('Prisoners freed', [
      'In return, five citizens held abroad, including Ardavan Rostami, Kourosh Zand and Bijan Sadr, flew home.',
      'Ten regions, including Upper Vale and Lower Marsh, took part.',
    ]);
    expect(names(a)).toEqual(['Ardavan Rostami', 'Kourosh Zand', 'Bijan Sadr']);
  });

  it('reads a name after "alias" or "nom de guerre" as another name of the person before it', () => {
    const a = article('Militant commander profiled', [
      'The envoy met Tariq al-Badri on Sunday.',
      'Badri, who led the group under the nom de guerre Abu Hamza al-Shami, spoke first.',
      'He is close to Daniel Roper, alias Yusuf Karimi, a businessman.',
    ]);
    expect(names(a)).toEqual(['Tariq al-Badri', 'Daniel Roper']);
    expect(person(a, 'Tariq al-Badri')?.aliases).toEqual(['Badri', 'Abu Hamza al-Shami']);
    expect(person(a, 'Daniel Roper')?.aliases).toEqual(['Yusuf Karimi']);
  });

  it('reads no person in an outlet named after "television"', () => {
    const a = article('Army takes power', [
      'General Ousmane Keita led the officers.',
      'In a statement read on state television Tele Sahel, Keita said the army had taken power.',
    ]);
    expect(names(a)).toEqual(['Ousmane Keita']);
  });
});

describe('countries', () => {
  it('takes the nationality after a birthplace ("Pakistani-born Canadian")', () => {
    const a = article('Suspect extradited', [
      'Imran Qadri, a Pakistani-born Canadian businessman, was flown to the capital on Thursday.',
    ]);
    expect(person(a, 'Imran Qadri')?.country).toBe('Canada');
  });

  it("gives no national agency's country to a third country's people it reports from abroad", () => {
    const a = article(
      'Ethiopia, rebels agree to truce',
      ['The deal was signed by TLF spokesman Gebre Tesfay on Wednesday.'],
      { source: 'KUNA', dateline: { place: 'PRETORIA', date: 'Nov 2' } },
    );
    expect(person(a, 'Gebre Tesfay')?.country).toBeNull();
  });

  it("reads an agency's home desk dateline as placing no one in another country's story", () => {
    const a = article(
      "Mali's army chief backs takeover",
      [
        'Colonel-Major Oumar Diallo read a statement on television in the capital Bamako on Wednesday.',
        'Army Chief of Staff General Ibrahim Sangare said the command backed the takeover.',
      ],
      { source: 'Anadolu', dateline: { place: 'ANKARA', date: null } },
    );
    expect(person(a, 'Oumar Diallo')?.country).toBe('Mali');
    expect(person(a, 'Ibrahim Sangare')?.country).toBe('Mali');
  });
});

describe('international officials', () => {
  it('gives no country to a UN envoy "for" a country, an officer of a body the story calls the UN\'s, or the head of a UN mission', () => {
    const a = article(
      'UN envoy meets new leader',
      [
        'The United Nations special envoy for Syria, Erik Solberg, met Hamid Khaled in Damascus on Sunday.',
        'The report was presented to the UN Human Rights Council, whose session was chaired by Jon Arnesen, president of the Human Rights Council.',
        'The UN Verification Mission in Syria, headed by Carla Mendez, will monitor the truce.',
      ],
      { source: 'Reuters', dateline: { place: 'DAMASCUS', date: null } },
    );
    expect(person(a, 'Erik Solberg')?.country).toBeNull();
    expect(person(a, 'Jon Arnesen')?.country).toBeNull();
    expect(person(a, 'Carla Mendez')?.country).toBeNull();
    expect(person(a, 'Hamid Khaled')?.country).toBe('Syria');
  });
});

describe('international judges and rapporteurs', () => {
  it('gives no country to a judge named by nationality in a story of the ICJ, nor to a rapporteur by the mandate', () => {
    const a = article(
      'UN top court orders measures',
      [
        'The International Court of Justice on Friday ordered the measures.',
        'Kenyan judge Grace Wanjiru was the only one to vote against them.',
        'The UN Special Rapporteur on the situation of human rights in the Syrian Arab Republic, Paolo Conti, welcomed the order.',
      ],
      { source: 'AFP', dateline: { place: 'The Hague', date: null } },
    );
    expect(person(a, 'Grace Wanjiru')?.country).toBeNull();
    expect(person(a, 'Paolo Conti')?.roles).toEqual([
      'UN Special Rapporteur on the situation of human rights in the Syrian Arab Republic',
    ]);
    expect(person(a, 'Paolo Conti')?.country).toBeNull();
  });
});

describe('participants', () => {
  it("counts a court order's judges and lawyers as taking part, speaking or not", () => {
    const a = article(
      'Court orders suspect held for 18 days',
      [
        'A special court on Thursday remanded terror accused Farid Qureshi to 18 days of custody.',
        'Special Judge Harpreet Sodhi passed the order after hearing arguments in a closed courtroom.',
        'Qureshi was represented by advocate Manish Arora of the legal aid authority.',
        'Home Minister Vikram Joshi said the extradition was a success.',
      ],
      { source: 'ANI', dateline: { place: 'New Delhi', date: 'April 11' } },
    );
    expect(person(a, 'Harpreet Sodhi')?.participant).toBe(true);
    expect(person(a, 'Manish Arora')?.participant).toBe(true);
    expect(person(a, 'Vikram Joshi')?.participant).toBe(false);
  });

  it('leaves out people dated to another day, speaking in another city or at talks before the event', () => {
    const a = article(
      'Council backs ceasefire plan',
      [
        'The Security Council on Monday adopted a resolution welcoming the plan announced by President Dan Cole on May 31.',
        'Ambassador Lina Berg told the council the text was balanced.',
        'Secretary of State Paul Hale, who arrived in Cairo earlier on Monday, urged both sides to accept it.',
        'In Washington, Senator Mark Rhee said the vote was a step forward.',
        'The vote followed weeks of talks attended by envoy Omar Nadeem.',
        'The office of Prime Minister Yossi Dar said it was studying the text.',
      ],
      { dateline: { place: 'UNITED NATIONS', date: 'June 10' } },
    );
    const part = Object.fromEntries(run(a).people.map((p) => [p.name, p.participant]));
    expect(part).toEqual({
      'Dan Cole': false,
      'Lina Berg': true,
      'Paul Hale': false,
      'Mark Rhee': false,
      'Omar Nadeem': false,
      'Yossi Dar': false,
    });
  });
});
