// Names, countries and participants seen first in the thirty-first blind round of held-out articles (a day of the
// collection's main sources: Xinhua, China Daily, CGTN …), on invented sentences: none of these people are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);
const cgtn = { source: 'CGTN', dateline: null };

describe('names', () => {
  it('reads a country’s player who "beat" another as a person', () => {
    const a = article(
      'Teenager claims badminton title',
      [
        "China's Hou Lingyue beat Denmark's Mette Skovgaard 21-15, 21-18 in the final on Sunday.",
        '"I am very happy," Hou said after the match.',
      ],
      cgtn,
    );
    expect(names(a)).toContain('Hou Lingyue');
    expect(person(a, 'Hou Lingyue')?.country).toBe('China');
  });

  it('reads an unknown name "of <Country> in the semifinals" as a player', () => {
    const a = article(
      'Chinese teenager reaches final',
      [
        'Chinese player Hou Lingyue won her first title on Sunday.',
        'Hou had knocked out Agnieszka Rudnicka of Poland in the semifinals.',
      ],
      cgtn,
    );
    expect(person(a, 'Agnieszka Rudnicka')?.country).toBe('Poland');
  });

  it('reads a city’s zoo as a venue, not a person', () => {
    const a = article('Premier visits pandas', [
      'Premier Zhou Hanming arrived in Sydney on Saturday, where he visited Sydney Zoo and met the keepers.',
    ]);
    expect(names(a)).toEqual(['Zhou Hanming']);
  });
});

describe('countries', () => {
  it('does not take a "China-X" pair after a Chinese premier’s name as his side', () => {
    const a = article(
      'Premier, Canadian PM agree to keep ties on track',
      [
        "Premier Zhou Hanming held talks with Canadian Prime Minister Daniel Forbes in Ottawa on Monday, the first China-Canada annual leaders' meeting.",
      ],
      { source: 'China Daily', dateline: null },
    );
    expect(person(a, 'Zhou Hanming')?.country).toBe('China');
  });

  it('does not take a tournament named after a country as its champion’s nationality', () => {
    const a = article(
      'Chinese star wins gold',
      [
        'Chinese player Hou Lingyue won the gold medal on Saturday.',
        'Hou grew up idolizing Zhou Meixia, who won the French Open in 2009.',
      ],
      cgtn,
    );
    expect(person(a, 'Zhou Meixia')?.country).toBe('China');
  });
});

describe('countries of bare cabinet posts', () => {
  it('places a bare "Treasury Secretary" on the story’s one side beside an international official', () => {
    const a = article('Commentary: Tariffs will backfire', [
      'U.S. President Daniel Forbes announced sweeping tariffs on Wednesday.',
      'Marta Oliveira, managing director of the International Monetary Fund, warned of the risks to global growth.',
      'Treasury Secretary Paul Whitcombe told trading partners not to retaliate.',
    ]);
    expect(person(a, 'Paul Whitcombe')?.country).toBe('United States');
    expect(person(a, 'Marta Oliveira')?.country).toBeNull();
  });
});

describe('a Chinese outlet’s desk abroad', () => {
  const lagos = { dateline: { place: 'LAGOS', date: 'Jan. 23' } };

  it('gives a local named without a country the dateline’s country in a domestic story', () => {
    const a = article(
      'Nigerian president opens Chinese-built bridge',
      [
        'Nigerian President Musa Adeyemi on Monday opened the Ikorodu Bridge in Lagos, built by a Chinese company.',
        'Lagos State Governor Chidi Okonkwo said the bridge would ease traffic in the state.',
        'Chinese Ambassador to Nigeria Zhou Hanming said the project showed the strength of the two countries’ ties.',
        'Minister of Works Ibrahim Danladi and Femi Adewale, managing director of the Federal Roads Authority, were also present at the ceremony.',
        'Adeyemi, whose term ends in May, has opened several projects in recent weeks.',
        'Tunde Bakare-Ojo, the candidate of the ruling Progressive Unity Congress, is a former governor of Lagos State.',
      ],
      lagos,
    );
    expect(person(a, 'Tunde Bakare-Ojo')?.country).toBe('Nigeria');
  });

  it('gives no country to the president of a continental football confederation', () => {
    const a = article(
      'Nigeria beat Ghana to reach final',
      [
        'Nigerian President Musa Adeyemi on Monday watched Nigeria beat Ghana 2-1.',
        'Nigerian Sports Minister Chidi Okonkwo and Nigerian Senate President Ibrahim Danladi were also present.',
        'CAF President Tunde Bakare-Ojo handed the trophy to the captain.',
      ],
      lagos,
    );
    expect(person(a, 'Tunde Bakare-Ojo')?.country).toBeNull();
  });
});

describe('participants', () => {
  it('counts ministers who "accompanied" the visiting leader at the meeting', () => {
    const a = article('President meets Portuguese PM', [
      'Chinese President Liu Zhiwei met with Portuguese Prime Minister Tiago Mendes in Beijing on Friday.',
      'Portuguese Foreign Minister Rui Sardinha and Economy Minister Ana Leitao accompanied Mendes.',
    ]);
    expect(person(a, 'Rui Sardinha')?.participant).toBe(true);
    expect(person(a, 'Ana Leitao')?.participant).toBe(true);
  });

  it('leaves out both sides of a meeting that came "days" before or after the event', () => {
    const a = article(
      'Ambassador hosts National Day reception',
      [
        'Chinese Ambassador to the United States Zhou Hanming on Tuesday hosted a reception in Washington.',
        'The reception came days before Chinese Foreign Minister Liu Zhiwei met U.S. Secretary of State Claire Dubois on the margins of the UN General Assembly in New York.',
      ],
      { dateline: { place: 'WASHINGTON', date: 'Sept. 24' } },
    );
    expect(person(a, 'Zhou Hanming')?.participant).toBe(true);
    expect(person(a, 'Liu Zhiwei')?.participant).toBe(false);
    expect(person(a, 'Claire Dubois')?.participant).toBe(false);
  });

  it('counts the official who releases the figures, though the words before the name date them to last year', () => {
    const a = article(
      "China's exports grow 6% in 2023",
      [
        "China's exports rose by 6 percent in 2023, the General Administration of Customs said on Friday.",
        'Exports reached 23.8 trillion yuan last year, Zhou Hanming, deputy head of the administration, told a news conference in Beijing.',
      ],
      { source: 'China Daily', dateline: null },
    );
    expect(person(a, 'Zhou Hanming')?.participant).toBe(true);
  });
});
