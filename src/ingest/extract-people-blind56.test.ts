// People seen first in the fifty-sixth blind round of held-out articles (Asia-Pacific and South Asian agencies:
// honorific styles before names, long title chains, names in local order, courtesy calls beside the main event), on
// invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, personNamed as person, testArticle as article } from './test-article.ts';

const wire = (place: string, source: string) => ({ dateline: { place, date: null }, source });

describe('royal and court styles before a name', () => {
  it('reads past the Khmer royal styles "Preah Bat Samdech Preah Boromneath" and "Samdech Preah Akka Moheseyi"', () => {
    const a = article('Prime minister conveys royal greetings', [
      'Prime Minister Sok Virak conveyed the greetings of His Majesty Preah Bat Samdech Preah Boromneath Norodom Vichet, King of Cambodia, and Samdech Preah Akka Moheseyi Norodom Sovanna, Queen-Mother of Cambodia.',
    ]);
    expect(person(a, 'Norodom Vichet')?.roles).toEqual(['King of Cambodia']);
    expect(person(a, 'Norodom Sovanna')?.roles).toEqual(['Queen-Mother of Cambodia']);
  });

  it('reads "the late King-Father" as a title before the name', () => {
    const a = article('Leaders recall ties', [
      'The ties were forged by His Majesty the late King-Father Norodom Vichet and the founders of the republic.',
    ]);
    expect(person(a, 'Norodom Vichet')?.roles).toEqual(['late King-Father']);
  });

  it("reads Bhutan's Dzongkha titles (Druk Gyalpo, Lyonchhen) as titles of Bhutan, not as names", () => {
    const a = article('King confers decoration on visiting premier', [
      'His Majesty The Druk Gyalpo Jigme Dorji Namgyal conferred the decoration on the visiting prime minister.',
      'Lyonchhen Karma Dorji read out the citation. His Majesty The Third Druk Gyalpo Ugyen Wangdi hosted a lunch.',
    ]);
    expect(person(a, 'Jigme Dorji Namgyal')).toMatchObject({ roles: ['Druk Gyalpo'], country: 'Bhutan' });
    expect(person(a, 'Karma Dorji')).toMatchObject({ roles: ['Lyonchhen'], country: 'Bhutan' });
    expect(person(a, 'Ugyen Wangdi')?.roles).toEqual(['Third Druk Gyalpo']);
  });
});

describe('courtesy calls beside the main event', () => {
  it('keeps those who "called on" a leader apart from the talks the headline reports', () => {
    const a = article('Lakeland, Rivania adopt vision for partnership', [
      'President Aldo Remi and Prime Minister Tomas Vale adopted a joint vision after talks in Delhi yesterday.',
      'Later, the President called on President Ana Mora at the palace. On Thursday evening, External Affairs Minister Jon Ruiz and National Security Adviser Leo Bravo called on the President at his hotel.',
    ]);
    expect(taking(a)).toEqual(['Aldo Remi', 'Tomas Vale']);
  });

  it('still counts the leaders of an appeal ("called on both sides to …")', () => {
    const a = article('Leaders hold talks', [
      'President Aldo Remi and Prime Minister Tomas Vale held talks in Delhi yesterday and called on both sides to end the fighting.',
    ]);
    expect(taking(a)).toEqual(['Aldo Remi', 'Tomas Vale']);
  });
});

describe('names after long titles and official country names', () => {
  it('finds the holder of "Leader of the Opposition in the Lok Sabha" and of "Speaker of the Lok Sabha"', () => {
    const a = article('Prime minister receives callers', [
      'Prime Minister Rana Akter held talks with Prime Minister Dev Kulkarni in the capital on Monday.',
      'Later, Leader of the Opposition in the Lok Sabha Mira Varkey and Speaker of the Lok Sabha Lina Bose called on her.',
    ]);
    expect(person(a, 'Mira Varkey')?.roles).toContain('Leader of the Opposition in the Lok Sabha');
    expect(person(a, 'Lina Bose')?.roles).toContain('Speaker of the Lok Sabha');
  });

  it('reads "the Lao PDR" as Laos, so the name after "President of the Lao PDR" is found', () => {
    const a = article('Leaders open railway', [
      'President of the Lao PDR Somsak Vongsa attended the opening ceremony in Vientiane on Friday.',
    ]);
    expect(person(a, 'Somsak Vongsa')).toMatchObject({
      roles: ['President of the Lao PDR'],
      country: 'Laos',
    });
  });

  it('does not read "the 14th General Election" as a general named Election', () => {
    const a = article('Leaders meet', [
      'Prime Minister Ahmad Kamal met President Budi Santoso on Friday, his first visit since the 14th General Election.',
    ]);
    expect(person(a, 'Election')).toBeUndefined();
    expect(person(a, 'Ahmad Kamal')?.roles).toEqual(['Prime Minister']);
    expect(person(a, 'Budi Santoso')?.roles).toEqual(['President']);
  });
});

describe('what a leader is called', () => {
  it('takes "X, as the president is popularly known," as another name of the president, also in the headline', () => {
    const a = article('Kamal, Bubi meet in Bogor', [
      'Prime Minister Ahmad Kamal and Indonesian President Budi Santoso met in Bogor on Friday.',
      'Bubi, as the president is popularly known, welcomed Kamal with a guard of honour.',
    ]);
    expect(person(a, 'Bubi')).toBeUndefined();
    expect(person(a, 'Budi Santoso')?.aliases).toContain('Bubi');
  });
});

describe('countries', () => {
  it('reads no country into a sum in "US$"', () => {
    const a = article('Ministers hold talks', [
      'President Aldo Remi held talks with Prime Minister Tomas Vale yesterday.',
      'President Remi thanked the lender for the support of nearly US$ 3 billion it extended last year.',
    ]);
    expect(person(a, 'Aldo Remi')?.country).toBeNull();
  });
});

describe('Burmese styles', () => {
  it('places a "Union Minister" styled "U" in Myanmar, not India', () => {
    const a = article(
      'State Counsellor receives visiting minister',
      [
        'State Counsellor Daw Khin Hnin Wai received the visiting foreign minister at the Presidential Palace.',
        'Union Minister for International Cooperation U Soe Naing Htet also attended the talks.',
      ],
      wire('NAY PYI TAW', 'MNA'),
    );
    expect(person(a, 'Soe Naing Htet')?.country).toBe('Myanmar');
  });
});

describe('the one a message is for', () => {
  it('does not count the leader a visitor offers to carry a message to, in the headline or the story', () => {
    const a = article(
      "Remi offers to carry Petrenko's message to Sokolov after Kyiv talks",
      [
        'President Aldo Remi has offered to carry a message from Ukrainian President Ivan Petrenko to Russian President Oleg Sokolov, following their talks in Kyiv on Wednesday.',
      ],
      wire('Jakarta', 'Antara'),
    );
    expect(taking(a)).toEqual(['Aldo Remi', 'Ivan Petrenko']);
  });

  it('still counts one handed a message in person ("Envoy delivers X\'s letter to Y")', () => {
    const a = article("Envoy delivers Remi's letter to Sokolov", [
      'Special envoy Ana Mora delivered a letter from President Aldo Remi to President Oleg Sokolov in Moscow on Monday.',
    ]);
    expect(taking(a)).toContain('Oleg Sokolov');
  });
});

describe('countries of relatives and predecessors', () => {
  it("places a predecessor in the office's country, not with another holder of the surname", () => {
    const a = article(
      'Leaders sign declaration',
      [
        'South Korean President Bae Jin-ho and North Korean leader Seo Sung-chol signed a declaration Thursday.',
        "It was the second summit after the 2000 meeting between Seo and Bae's predecessor, Seo Tae-man.",
      ],
      wire('PYONGYANG', 'Yonhap'),
    );
    expect(person(a, 'Seo Tae-man')?.country).toBe('South Korea');
  });

  it('places a spouse styled "Dr." with the visiting president the sentence only describes', () => {
    const a = article(
      'Leaders hold talks',
      [
        'Prime Minister Tariq Malik and Iranian President Reza Karimi held talks on Monday.',
        'Earlier, the Iranian President, who is accompanied by his wife Dr. Mina Sadri, was received at the airport.',
      ],
      wire('ISLAMABAD', 'APP'),
    );
    expect(person(a, 'Mina Sadri')?.country).toBe('Iran');
  });
});

describe("a dateline's day", () => {
  it('reads "today" under a dated dateline as that day, so "On Saturday" in a Sunday story is another day', () => {
    const a = article(
      'Leaders elevate ties',
      [
        'Prime Minister Tara Gurung and Chinese President Zhao Lin held talks at Singha Durbar today.',
        'On Saturday, President Mira Varkey received President Zhao at the airport.',
      ],
      { date: '2019-10-13', dateline: { place: 'Kathmandu', date: 'Oct 13' }, source: 'RSS' },
    );
    expect(taking(a)).toEqual(['Tara Gurung', 'Zhao Lin']);
  });
});

describe('a first lady accompanying a visitor', () => {
  it('places "X, who is accompanied by First Lady Y," with X, not with the host country\'s president', () => {
    const a = article(
      'Prime Minister, visiting President hold talks',
      [
        'Prime Minister Dev Kulkarni on Monday held talks with Maldives President Ahmed Naseem in New Delhi.',
        'Naseem was received by President Lata Varkey at the palace.',
        'Naseem, who is accompanied by First Lady Aminath Shifa, was called on by the foreign minister on Sunday.',
      ],
      wire('New Delhi', 'ANI'),
    );
    expect(person(a, 'Aminath Shifa')?.country).toBe('Maldives');
  });
});

describe("an Indian outlet's own ministry", () => {
  it('places "External Affairs Minister X" of an ANI story in India, whoever the sentence names before', () => {
    const a = article(
      'Prime Minister, visiting President hold talks',
      [
        'Prime Minister Dev Kulkarni on Monday held talks with Maldives President Ahmed Naseem at Hyderabad House.',
        "Naseem said the Maldives would never act against India's security.",
        'Naseem, who is accompanied by First Lady Aminath Shifa, was called on by External Affairs Minister Ravi Menon on Sunday evening.',
      ],
      wire('New Delhi', 'ANI'),
    );
    expect(person(a, 'Ravi Menon')?.country).toBe('India');
  });
});

describe('styles before a title', () => {
  it('keeps "Rt Hon" and "Hon." out of the title they precede', () => {
    const a = article('Leaders meet', [
      'Prime Minister Tara Gurung met Chinese President Zhao Lin on Sunday.',
      'Zhao was received by Rt Hon President Mira Varkey and by Hon. Speaker Arjun Pillai.',
    ]);
    expect(person(a, 'Mira Varkey')?.roles).toEqual(['President']);
    expect(person(a, 'Arjun Pillai')?.roles).toEqual(['Speaker']);
  });
});
