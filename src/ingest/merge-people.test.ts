import { describe, expect, it } from 'vitest';
import { mergePeople, type MergeArticle } from './merge-people.ts';
import { mentionedPerson as person, type UnidentifiedPerson as P } from './test-people.ts';

const article = (id: string, date: string, people: P[]): MergeArticle => ({ id, date, people });
const none = { people: [], notPeople: [] };

describe('mergePeople', () => {
  it('merges the same full name across articles, ignoring accents and case', () => {
    const { people, personIds } = mergePeople(
      [
        article('a1', '2024-01-02', [person('José Martí', { country: 'Cuba', roles: ['poet'] })]),
        article('a2', '2024-03-01', [
          person('JOSE MARTI', { country: 'Cuba', roles: ['Poet', 'journalist'] }),
        ]),
      ],
      none,
    );
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ id: 'jose-marti', name: 'José Martí', roles: ['poet', 'journalist'] });
    expect(people[0]!.aliases).toEqual(['JOSE MARTI']);
    expect(personIds).toEqual([['jose-marti'], ['jose-marti']]);
  });

  it('never merges two full names that share a surname alias', () => {
    const { people } = mergePeople(
      [
        article('a1', '2024-01-01', [person('Wang Yi', { aliases: ['Wang'] })]),
        article('a2', '2024-01-02', [person('Wang Wenbin', { aliases: ['Wang'] })]),
        article('a3', '2024-01-03', [person('Wang')]),
      ],
      none,
    );
    expect(people.map((p) => p.id)).toEqual(['wang', 'wang-wenbin', 'wang-yi']);
  });

  it('joins a one-word name to the only full name that uses it as an alias', () => {
    const { people, personIds } = mergePeople(
      [
        article('a1', '2023-04-14', [
          person('Luiz Inacio Lula da Silva', { aliases: ['Lula'], country: 'Brazil', participant: true }),
        ]),
        article('a2', '2023-05-01', [person('Lula', { country: 'Brazil' })]),
        article('a3', '2023-05-02', [person('Lula', { country: 'Brazil' })]),
      ],
      none,
    );
    expect(people).toHaveLength(1);
    expect(personIds[1]).toEqual(['luiz-inacio-lula-da-silva']);
    // The full name stays the name, however often the short form is written.
    expect(people[0]).toMatchObject({ name: 'Luiz Inacio Lula da Silva', aliases: ['Lula'] });
    expect(people[0]!.articleIds).toEqual(['a3', 'a2', 'a1']);
  });

  it('keeps a one-word name apart when its country disagrees', () => {
    const { people } = mergePeople(
      [
        article('a1', '2023-04-14', [
          person('Luiz Inacio Lula da Silva', { aliases: ['Lula'], country: 'Brazil' }),
        ]),
        article('a2', '2023-05-01', [person('Lula', { country: 'Portugal' })]),
      ],
      none,
    );
    expect(people).toHaveLength(2);
  });

  it('merges forms that people.json lists as aliases of one known person', () => {
    const { people } = mergePeople(
      [
        article('a1', '2020-01-01', [person('Kim Jong Un', { country: 'North Korea' })]),
        article('a2', '2021-01-01', [person('Kim Jong-un')]),
        article('a3', '2022-01-01', [person('Chairman Kim Jong Eun')]),
      ],
      { people: [{ name: 'Kim Jong Un', aliases: ['Chairman Kim Jong Eun'] }], notPeople: [] },
    );
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ id: 'kim-jong-un', name: 'Kim Jong Un', countries: ['North Korea'] });
  });

  it('orders roles by first appearance by date, countries by frequency, articles newest first', () => {
    const { people } = mergePeople(
      [
        article('b', '2024-05-01', [person('Ann Lee', { roles: ['Prime Minister'], country: 'Singapore' })]),
        article('a', '2019-05-01', [person('Ann Lee', { roles: ['Finance Minister'], country: 'Malaysia' })]),
        article('c', '2024-05-01', [
          person('Ann Lee', { roles: ['Finance Minister'], country: 'Singapore' }),
        ]),
        article('d', '', [person('Ann Lee', { roles: ['envoy'] })]),
      ],
      none,
    );
    expect(people[0]).toMatchObject({
      roles: ['Finance Minister', 'Prime Minister', 'envoy'],
      countries: ['Singapore', 'Malaysia'],
      articleIds: ['b', 'c', 'a', 'd'],
    });
  });

  it('gives names with no Latin letters a hash id, and distinct people distinct ids', () => {
    const { people } = mergePeople(
      [
        article('a1', '2024-01-01', [
          person('王毅'),
          person('李强'),
          person("O'Brien Sean"),
          person('OBrien Sean'),
        ]),
      ],
      none,
    );
    const ids = people.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => /^person-[0-9a-f]{8}$/.test(id))).toHaveLength(2);
  });

  it('gives the same ids whatever the input order', () => {
    const input = [
      article('a1', '2024-01-01', [person('Wang Yi'), person('Takeo Akiba')]),
      article('a2', '2024-02-01', [person('Shigeru Ishiba'), person('Wang Yi')]),
    ];
    const forward = mergePeople(input, none);
    const backward = mergePeople(input.slice().reverse(), none);
    expect(backward.people).toEqual(forward.people);
  });

  describe('names written differently', () => {
    /** The person pages of a merge: each person's id, name and the articles on their page. */
    const pages = (articles: MergeArticle[]) =>
      mergePeople(articles, none).people.map(({ id, name, articleIds }) => ({ id, name, articleIds }));

    it('makes one page of spellings of one name: transliterations, umlauts, "al-"/"el", initials run together', () => {
      const result = mergePeople(
        [
          article('a1', '2024-01-01', [person('Dmitry Volkhonsky', { country: 'Russia' })]),
          article('a2', '2024-01-02', [person('Dmitri Volkhonsky', { country: 'Russia' })]),
          article('a3', '2024-01-03', [person('Dmitry Volkhonsky', { country: 'Russia' })]),
          article('a4', '2024-01-04', [person('Jürgen Brenner', { country: 'Germany' })]),
          article('a5', '2024-01-05', [person('Juergen Brenner', { country: 'Germany' })]),
          article('a6', '2024-01-06', [person('Tariq Al-Rashed', { country: 'Kuwait' })]),
          article('a7', '2024-01-07', [person('Tariq Alrashed', { country: 'Kuwait' })]),
          article('a8', '2024-01-08', [person('Tariq el-Rashed', { country: 'Kuwait' })]),
          article('a9', '2024-01-09', [person('R.K. Raghunathan', { country: 'India' })]),
          article('b1', '2024-01-10', [person('R. K. Raghunathan', { country: 'India' })]),
          article('b2', '2024-01-11', [person('Mohamed Haddou', { country: 'Morocco' })]),
          article('b3', '2024-01-12', [person('Muhammad Haddou', { country: 'Morocco' })]),
        ],
        none,
      );
      expect(result.people.map((p) => [p.id, p.name, p.articleIds.length])).toEqual([
        ['dmitry-volkhonsky', 'Dmitry Volkhonsky', 3],
        ['jurgen-brenner', 'Jürgen Brenner', 2],
        ['mohamed-haddou', 'Mohamed Haddou', 2],
        ['rk-raghunathan', 'R.K. Raghunathan', 2],
        ['tariq-al-rashed', 'Tariq Al-Rashed', 3],
      ]);
      // The other spellings are searchable on the page, and each article links to it.
      expect(result.people[0]!.aliases).toEqual(['Dmitri Volkhonsky']);
      expect(result.personIds[1]).toEqual(['dmitry-volkhonsky']);
    });

    it('puts a shorter form on the page of the one full name it can be, headed by the form written most often', () => {
      const result = mergePeople(
        [
          article('a1', '2023-03-01', [person('Osman Kemal Yildirim', { country: 'Turkey' })]),
          article('a2', '2023-04-01', [person('Osman Yildirim', { country: 'Turkey' })]),
          article('a3', '2023-05-01', [person('Osman Yildirim', { country: 'Turkey' })]),
          article('a4', '2023-06-01', [person('Prakash Raghunathan', { country: 'India' })]),
          article('a5', '2023-07-01', [person('P. Raghunathan', { country: 'India' })]),
          article('a6', '2023-08-01', [person('Kwame Mensah')]),
          article('a7', '2023-09-01', [person('Kwame Owusu Mensah', { country: 'Ghana' })]),
          article('a8', '2023-10-01', [person('Syed Imran Qadri', { country: 'Pakistan' })]),
          article('a9', '2023-11-01', [person('Imran Qadri', { country: 'Pakistan' })]),
          // Written more often, but an initial does not head a page.
          article('b1', '2023-12-01', [person('P. Raghunathan', { country: 'India' })]),
        ],
        none,
      );
      expect(result.people.map((p) => [p.id, p.name, p.aliases, p.articleIds])).toEqual([
        ['kwame-owusu-mensah', 'Kwame Owusu Mensah', ['Kwame Mensah'], ['a7', 'a6']],
        ['osman-yildirim', 'Osman Yildirim', ['Osman Kemal Yildirim'], ['a3', 'a2', 'a1']],
        ['prakash-raghunathan', 'Prakash Raghunathan', ['P. Raghunathan'], ['b1', 'a5', 'a4']],
        ['syed-imran-qadri', 'Syed Imran Qadri', ['Imran Qadri'], ['a9', 'a8']],
      ]);
    });

    it('keeps names apart when two people could be meant, their countries differ or the names are two', () => {
      // With one John Okafor in the archive, "J. Okafor" is him; with a James Okafor too, it could be either.
      expect(
        pages([
          article('a1', '2023-01-01', [person('John Okafor', { country: 'Nigeria' })]),
          article('a3', '2023-01-03', [person('J. Okafor', { country: 'Nigeria' })]),
        ]).map((p) => p.id),
      ).toEqual(['john-okafor']);
      expect(
        pages([
          article('a1', '2023-01-01', [person('John Okafor', { country: 'Nigeria' })]),
          article('a2', '2023-01-02', [person('James Okafor', { country: 'Nigeria' })]),
          article('a3', '2023-01-03', [person('J. Okafor', { country: 'Nigeria' })]),
          article('a4', '2023-01-04', [person('Ana Lucia Moreau', { country: 'France' })]),
          article('a5', '2023-01-05', [person('Ana Moreau', { country: 'Haiti' })]),
          article('a6', '2023-01-06', [person('Andriy Kovalenko', { country: 'Ukraine' })]),
          article('a7', '2023-01-07', [person('Andrii Kovalenko', { country: 'Russia' })]),
          article('a8', '2023-01-08', [person('Oleksiy Bondar', { country: 'Ukraine' })]),
          article('a9', '2023-01-09', [person('Oleksii Bondar', { country: 'Ukraine' })]),
          article('b1', '2023-01-10', [person('Tony Marsh', { country: 'United States' })]),
          article('b2', '2023-01-11', [person('Toni Marsh', { country: 'United States' })]),
        ]).map((p) => p.id),
      ).toEqual([
        'ana-lucia-moreau',
        'ana-moreau',
        'andrii-kovalenko',
        'andriy-kovalenko',
        'j-okafor',
        'james-okafor',
        'john-okafor',
        'oleksiy-bondar',
        'toni-marsh',
        'tony-marsh',
      ]);
    });

    it("never puts a parent on their child's page: \"Jr\", a father's name inside the child's, regnal numbers", () => {
      expect(
        pages([
          article('a1', '2022-01-01', [person('Ricardo Santos Jr.', { country: 'Brazil' })]),
          article('a2', '2022-01-02', [person('Ricardo Santos', { country: 'Brazil' })]),
          article('a3', '2022-01-03', [person('Khalid bin Hamad Al Nuaimi', { country: 'Qatar' })]),
          article('a4', '2022-01-04', [person('Hamad Al Nuaimi', { country: 'Qatar' })]),
          article('a9', '2022-01-09', [person('Ayesha Tariq Malik', { country: 'Pakistan' })]),
          article('b1', '2022-01-10', [person('Tariq Malik', { country: 'Pakistan' })]),
          article('a7', '2022-01-07', [person('Letsie Karu II', { country: 'Lesotho' })]),
          article('a8', '2022-01-08', [person('Letsie Karu III', { country: 'Lesotho' })]),
          // The son's own shorter forms join his page.
          article('a5', '2022-01-05', [person('Ricardo A. Santos Jr.', { country: 'Brazil' })]),
          article('a6', '2022-01-06', [person('Khalid Al Nuaimi', { country: 'Qatar' })]),
        ]),
      ).toEqual([
        { id: 'ayesha-tariq-malik', name: 'Ayesha Tariq Malik', articleIds: ['a9'] },
        { id: 'hamad-al-nuaimi', name: 'Hamad Al Nuaimi', articleIds: ['a4'] },
        { id: 'khalid-bin-hamad-al-nuaimi', name: 'Khalid bin Hamad Al Nuaimi', articleIds: ['a6', 'a3'] },
        { id: 'letsie-karu-ii', name: 'Letsie Karu II', articleIds: ['a7'] },
        { id: 'letsie-karu-iii', name: 'Letsie Karu III', articleIds: ['a8'] },
        { id: 'ricardo-a-santos-jr', name: 'Ricardo A. Santos Jr.', articleIds: ['a5', 'a1'] },
        { id: 'ricardo-santos', name: 'Ricardo Santos', articleIds: ['a2'] },
        { id: 'tariq-malik', name: 'Tariq Malik', articleIds: ['b1'] },
      ]);
    });

    it('never shortens or respells Korean, Chinese or Vietnamese names, where that makes another name', () => {
      expect(
        pages([
          article('a1', '2022-01-01', [person('Baek Ji-hoon', { country: 'South Korea' })]),
          article('a2', '2022-01-02', [person('Baek Hoon', { country: 'South Korea' })]),
          article('a3', '2022-01-03', [person('Zhao Xue')]),
          article('a4', '2022-01-04', [person('Zhao Xu')]),
          article('a5', '2022-01-05', [person('Dao Tuan Anh', { country: 'Vietnam' })]),
          article('a6', '2022-01-06', [person('Dao Anh', { country: 'Vietnam' })]),
          // A name of the same shape from elsewhere shortens.
          article('a7', '2022-01-07', [person('Amadou Bello Diallo', { country: 'Guinea' })]),
          article('a8', '2022-01-08', [person('Amadou Diallo', { country: 'Guinea' })]),
        ]).map((p) => p.id),
      ).toEqual([
        'amadou-bello-diallo',
        'baek-hoon',
        'baek-ji-hoon',
        'dao-anh',
        'dao-tuan-anh',
        'zhao-xu',
        'zhao-xue',
      ]);
    });

    it('joins a Spanish name without its second surname to the one full name that has it', () => {
      expect(
        pages([
          article('a1', '2021-01-01', [person('Ramiro Quiroga Ibarra', { country: 'Bolivia' })]),
          article('a2', '2021-01-02', [person('Ramiro Quiroga', { country: 'Bolivia' })]),
          // A father and his son of one name: "Ernesto Vidal" could be either.
          article('a3', '2021-01-03', [person('Ernesto Vidal Ruiz', { country: 'Chile' })]),
          article('a4', '2021-01-04', [person('Ernesto Vidal Soto', { country: 'Chile' })]),
          article('a5', '2021-01-05', [person('Ernesto Vidal', { country: 'Chile' })]),
          // Elsewhere the last word is the family name, and a name without it is another person's.
          article('a6', '2021-01-06', [person('Kwame Owusu Boateng', { country: 'Ghana' })]),
          article('a7', '2021-01-07', [person('Kwame Owusu', { country: 'Ghana' })]),
        ]),
      ).toEqual([
        { id: 'ernesto-vidal', name: 'Ernesto Vidal', articleIds: ['a5'] },
        { id: 'ernesto-vidal-ruiz', name: 'Ernesto Vidal Ruiz', articleIds: ['a3'] },
        { id: 'ernesto-vidal-soto', name: 'Ernesto Vidal Soto', articleIds: ['a4'] },
        { id: 'kwame-owusu', name: 'Kwame Owusu', articleIds: ['a7'] },
        { id: 'kwame-owusu-boateng', name: 'Kwame Owusu Boateng', articleIds: ['a6'] },
        { id: 'ramiro-quiroga-ibarra', name: 'Ramiro Quiroga Ibarra', articleIds: ['a2', 'a1'] },
      ]);
    });

    it('makes one page of a name without its article, with "Abd" for "Abdul", its given name as one word, or family name first in Japan', () => {
      expect(
        pages([
          article('a1', '2024-02-01', [person('Karim al-Nouri', { country: 'Jordan' })]),
          article('a2', '2024-02-02', [person('Karim Nouri', { country: 'Jordan' })]),
          article('a3', '2024-02-03', [person('Sidi Ould Cheikh El Bechir', { country: 'Mauritania' })]),
          article('a4', '2024-02-04', [person('Sidi Ould Bechir', { country: 'Mauritania' })]),
          article('a5', '2024-02-05', [person('Tarek Abdul Wahab', { country: 'Malaysia' })]),
          article('a6', '2024-02-06', [person('Tarek Abd Wahab', { country: 'Malaysia' })]),
          article('a7', '2024-02-07', [person('Hamid Reza Karimzadeh', { country: 'Iran' })]),
          article('a8', '2024-02-08', [person('Hamidreza Karimzadeh', { country: 'Iran' })]),
          article('a9', '2024-02-09', [person('Haruto Mizushima', { country: 'Japan' })]),
          article('b1', '2024-02-10', [person('Mizushima Haruto', { country: 'Japan' })]),
          // Elsewhere two words the other way round are another name.
          article('b2', '2024-02-11', [person('Paul Evans', { country: 'United States' })]),
          article('b3', '2024-02-12', [person('Evans Paul', { country: 'United States' })]),
          // And in Japan when a word stands first in one name and last in another: both orders are names there.
          article('b4', '2024-02-13', [person('Kana Morita', { country: 'Japan' })]),
          article('b5', '2024-02-14', [person('Morita Kana', { country: 'Japan' })]),
          article('b6', '2024-02-15', [person('Kana Itoyama', { country: 'Japan' })]),
          article('b7', '2024-02-16', [person('Yuki Kana', { country: 'Japan' })]),
          // A name cut elsewhere is another name.
          article('b8', '2024-02-17', [person('Ali Reza Tavanaei', { country: 'Iran' })]),
          article('b9', '2024-02-18', [person('Alire Zatavanaei', { country: 'Iran' })]),
        ]).map((p) => [p.name, p.articleIds]),
      ).toEqual([
        ['Ali Reza Tavanaei', ['b8']],
        ['Alire Zatavanaei', ['b9']],
        ['Evans Paul', ['b3']],
        ['Hamid Reza Karimzadeh', ['a8', 'a7']],
        ['Haruto Mizushima', ['b1', 'a9']],
        ['Kana Itoyama', ['b6']],
        ['Kana Morita', ['b4']],
        ['Karim al-Nouri', ['a2', 'a1']],
        ['Morita Kana', ['b5']],
        ['Paul Evans', ['b2']],
        ['Sidi Ould Cheikh El Bechir', ['a4', 'a3']],
        ['Tarek Abdul Wahab', ['a6', 'a5']],
        ['Yuki Kana', ['b7']],
      ]);
    });

    it("lets a Turkish name drop its first given name, which is no father's name there", () => {
      expect(
        pages([
          article('a1', '2023-07-01', [person('Mehmet Kaan Yavuzoglu', { country: 'Turkey' })]),
          article('a2', '2023-07-02', [person('Kaan Yavuzoglu', { country: 'Turkey' })]),
          // In Pakistan the middle name may be the father's.
          article('a3', '2023-07-03', [person('Sana Irfan Qureshi', { country: 'Pakistan' })]),
          article('a4', '2023-07-04', [person('Irfan Qureshi', { country: 'Pakistan' })]),
        ]).map((p) => [p.id, p.articleIds]),
      ).toEqual([
        ['irfan-qureshi', ['a4']],
        ['mehmet-kaan-yavuzoglu', ['a2', 'a1']],
        ['sana-irfan-qureshi', ['a3']],
      ]);
    });

    it("puts an Arabic name cut after a father's name on the one fuller name it begins, never on two", () => {
      const input = [
        article('a1', '2023-06-01', [person('Rami bin Fahd', { country: 'Saudi Arabia' })]),
        article('a2', '2023-06-02', [person('Rami bin Fahd Al Qasimi', { country: 'Saudi Arabia' })]),
        // A grandfather's name and a family name: both could be one man's, with the short form.
        article('a3', '2023-06-03', [person('Sami bin Nasser', { country: 'Kuwait' })]),
        article('a4', '2023-06-04', [person('Sami bin Nasser Al Harbi', { country: 'Kuwait' })]),
        article('a5', '2023-06-05', [person('Sami bin Nasser bin Turki', { country: 'Kuwait' })]),
        // Two grandfathers: two brothers' sons of one name could be meant.
        article('a6', '2023-06-06', [person('Omar bin Khalid', { country: 'Oman' })]),
        article('a7', '2023-06-07', [person('Omar bin Khalid bin Saad', { country: 'Oman' })]),
        article('a8', '2023-06-08', [person('Omar bin Khalid bin Faris', { country: 'Oman' })]),
        // Another country's man of that name.
        article('a9', '2023-06-09', [person('Rami bin Fahd Al Mansouri', { country: 'Bahrain' })]),
        // The Arabic article joined to the family name, whose form written apart is in the archive.
        article('b1', '2023-06-10', [person('Rami bin Fahd Alqasimi', { country: 'Saudi Arabia' })]),
      ];
      const forward = pages(input).map((p) => [p.id, p.articleIds]);
      expect(pages(input.slice().reverse()).map((p) => [p.id, p.articleIds])).toEqual(forward);
      expect(forward).toEqual([
        ['omar-bin-khalid', ['a6']],
        ['omar-bin-khalid-bin-faris', ['a8']],
        ['omar-bin-khalid-bin-saad', ['a7']],
        ['rami-bin-fahd-al-mansouri', ['a9']],
        ['rami-bin-fahd-al-qasimi', ['b1', 'a2', 'a1']],
        ['sami-bin-nasser-bin-turki', ['a5', 'a4', 'a3']],
      ]);
    });

    it('lets a lone surname join the person once their spellings are one page', () => {
      const result = mergePeople(
        [
          article('a1', '2024-01-01', [
            person('Dmitry Volkhonsky', { aliases: ['Volkhonsky'], country: 'Russia' }),
          ]),
          article('a2', '2024-01-02', [
            person('Dmitri Volkhonsky', { aliases: ['Volkhonsky'], country: 'Russia' }),
          ]),
          article('a3', '2024-01-03', [person('Volkhonsky', { country: 'Russia' })]),
        ],
        none,
      );
      expect(result.people).toHaveLength(1);
      expect(result.personIds).toEqual([['dmitry-volkhonsky'], ['dmitry-volkhonsky'], ['dmitry-volkhonsky']]);
    });
  });
});
