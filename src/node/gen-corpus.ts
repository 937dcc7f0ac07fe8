// npm run gen:corpus -- N DIR [--seed S]
// Writes N synthetic wire articles (~3.5 KB each) in the seed format and its messy variants (FORMAT.md), into
// DIR/YYYY/MM/. Deterministic: the same N and seed give byte-identical files. Used by the benchmarks.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { monthNames } from '../common/month-names.ts';
import { runIfMain } from './run-main.ts';

/** mulberry32: tiny, fast, good enough to pick words. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const chance = (rng: Rng, p: number) => rng() < p;

interface Nation {
  country: string;
  demonym: string;
  capital: string;
  cities: string[];
  /** Builds a full name and the surname the text uses on its own. */
  name(rng: Rng): { full: string; surname: string; han?: string };
}

const join = (...parts: string[]) => parts.filter(Boolean).join(' ');
/** A name written given name first. The surname is drawn first: the order of the draws fixes every archive made. */
const givenNameFirst =
  (surnames: readonly string[], given: readonly string[]): Nation['name'] =>
  (rng) => {
    const surname = pick(rng, surnames);
    return { full: join(pick(rng, given), surname), surname };
  };

const NATIONS: Nation[] = [
  {
    country: 'China',
    demonym: 'Chinese',
    capital: 'Beijing',
    cities: ['Shanghai', 'Guangzhou', 'Xi’an', 'Chengdu', 'Hangzhou', 'Tianjin'],
    name: (rng) => {
      const i = Math.floor(rng() * CN_SURNAMES.length);
      const j = Math.floor(rng() * CN_GIVEN.length);
      const surname = CN_SURNAMES[i]!;
      return { full: `${surname} ${CN_GIVEN[j]!}`, surname, han: CN_HAN_SURNAMES[i]! + CN_HAN_GIVEN[j]! };
    },
  },
  {
    country: 'Japan',
    demonym: 'Japanese',
    capital: 'Tokyo',
    cities: ['Osaka', 'Hiroshima', 'Kyoto'],
    name: givenNameFirst(
      ['Suzuki', 'Takahashi', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato'],
      ['Takeo', 'Yoko', 'Kenji', 'Hiroshi', 'Akiko', 'Taro', 'Fumio'],
    ),
  },
  {
    country: 'South Korea',
    demonym: 'South Korean',
    capital: 'Seoul',
    cities: ['Busan', 'Incheon'],
    name: (rng) => {
      const surname = pick(rng, ['Park', 'Kim', 'Lee', 'Cho', 'Yoon', 'Han']);
      return {
        full: join(surname, pick(rng, ['Jin', 'Tae-yong', 'Min-soo', 'Kyung-wha', 'Duk-soo', 'Sung-han'])),
        surname,
      };
    },
  },
  {
    country: 'Russia',
    demonym: 'Russian',
    capital: 'Moscow',
    cities: ['St. Petersburg', 'Kazan', 'Vladivostok'],
    name: givenNameFirst(
      ['Lavrov', 'Ivanov', 'Petrova', 'Sokolov', 'Volkov', 'Orlova'],
      ['Sergei', 'Maria', 'Dmitry', 'Alexei', 'Yelena', 'Nikolai'],
    ),
  },
  {
    country: 'United States',
    demonym: 'U.S.',
    capital: 'Washington',
    cities: ['New York', 'San Francisco', 'Chicago'],
    name: givenNameFirst(
      ['Miller', 'Johnson', 'Carter', 'Reynolds', 'Brooks', 'Hayes', 'Sullivan'],
      ['Antony', 'Janet', 'William', 'Linda', 'Jake', 'Karen', 'Gina'],
    ),
  },
  {
    country: 'France',
    demonym: 'French',
    capital: 'Paris',
    cities: ['Lyon', 'Marseille'],
    name: givenNameFirst(
      ['Lemaire', 'Dubois', 'Le Drian', 'Moreau', 'Béranger', 'Colonna'],
      ['Emmanuel', 'Catherine', 'Jean-Yves', 'Élisabeth', 'Bruno', 'Stéphane'],
    ),
  },
  {
    country: 'Germany',
    demonym: 'German',
    capital: 'Berlin',
    cities: ['Hamburg', 'Munich'],
    name: givenNameFirst(
      ['Scholz', 'Baerbock', 'von der Heide', 'Müller', 'Schröder', 'Weber'],
      ['Olaf', 'Annalena', 'Frank-Walter', 'Jürgen', 'Ursula', 'Klaus'],
    ),
  },
  {
    country: 'Brazil',
    demonym: 'Brazilian',
    capital: 'Brasilia',
    cities: ['Sao Paulo', 'Rio de Janeiro'],
    name: givenNameFirst(
      ['da Silva', 'Vieira', 'dos Santos', 'Haddad', 'Alckmin', 'Costa'],
      ['Mauro', 'Fernando', 'Geraldo', 'Marina', 'Luiz Carlos', 'Celso'],
    ),
  },
  {
    country: 'Saudi Arabia',
    demonym: 'Saudi',
    capital: 'Riyadh',
    cities: ['Jeddah'],
    name: (rng) => {
      const surname = pick(rng, ['Al-Saud', 'Al-Jubeir', 'Al-Falih', 'Al-Aiban']);
      const first = pick(rng, ['Faisal', 'Adel', 'Khalid', 'Musaad']);
      return {
        full: join(first, 'bin', pick(rng, ['Farhan', 'Abdullah', 'Mohammed', 'Salman']), surname),
        surname,
      };
    },
  },
  {
    country: 'India',
    demonym: 'Indian',
    capital: 'New Delhi',
    cities: ['Mumbai', 'Bengaluru'],
    name: givenNameFirst(
      ['Jaishankar', 'Sharma', 'Gupta', 'Doval', 'Sitharaman', 'Goyal'],
      ['Subrahmanyam', 'Nirmala', 'Ajit', 'Piyush', 'Rajnath', 'Meenakshi'],
    ),
  },
  {
    country: 'Spain',
    demonym: 'Spanish',
    capital: 'Madrid',
    cities: ['Barcelona', 'Seville'],
    name: givenNameFirst(
      ['Sánchez', 'Albares', 'de la Fuente', 'Robles', 'Calviño'],
      ['Pedro', 'José Manuel', 'Nadia', 'Margarita', 'Teresa'],
    ),
  },
  {
    country: 'Vietnam',
    demonym: 'Vietnamese',
    capital: 'Hanoi',
    cities: ['Ho Chi Minh City', 'Da Nang'],
    name: (rng) => {
      const surname = pick(rng, ['Nguyen', 'Tran', 'Pham', 'Le', 'Vo']);
      const full = join(
        surname,
        pick(rng, ['Phu', 'Minh', 'Van', 'Thi', 'Duc']),
        pick(rng, ['Trong', 'Chinh', 'Thuong', 'Hai', 'Son']),
      );
      return { full, surname: full.split(' ').pop()! };
    },
  },
];

/** Every nation's demonym, in the generator's order. */
export const DEMONYMS = NATIONS.map((nation) => nation.demonym);

const CN_SURNAMES = [
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Zhao',
  'Huang',
  'Zhou',
  'Wu',
  'Xu',
  'Sun',
  'Ma',
  'Hu',
  'Guo',
  'He',
];
const CN_HAN_SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '胡',
  '郭',
  '何',
];
const CN_GIVEN = [
  'Yi',
  'Qiang',
  'Wenbin',
  'Jianguo',
  'Xiaoming',
  'Hong',
  'Lei',
  'Yanping',
  'Zhiqiang',
  'Ning',
  'Jun',
  'Hua',
];
const CN_HAN_GIVEN = ['毅', '强', '文斌', '建国', '晓明', '红', '磊', '艳平', '志强', '宁', '军', '华'];

/** The roles the generator gives people (tests/bench/gen-realistic-corpus.ts reads its output by them). */
export const ROLES = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Vice President',
  'Defense Minister',
  'Minister of Commerce',
  'Finance Minister',
  'national security advisor',
  'Speaker of the National Assembly',
  'Minister of Agriculture',
];
const ORGS = [
  'the United Nations',
  'the World Health Organization',
  'the Shanghai Cooperation Organization',
  'BRICS',
  'the Group of 20',
  'the Association of Southeast Asian Nations',
  'the World Trade Organization',
  'the Asian Infrastructure Investment Bank',
];
const TOPICS = [
  'trade and investment',
  'green development',
  'the digital economy',
  'climate change',
  'people-to-people exchanges',
  'infrastructure connectivity',
  'agriculture and food security',
  'public health',
  'science and technology',
  'energy transition',
  'education and culture',
  'maritime cooperation',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = monthNames;
const MONTH_ABBR = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
const EDITORS = ['Liu Wen', 'Chen Lin', 'Zhang Hui', 'Xu Lin', 'Hu Ying', 'Wu Ting'];
const PHOTOGRAPHERS = ['Li Tao', 'Ju Peng', 'Yue Yuewei', 'Shen Hong', 'Ding Haitao'];

interface Person {
  full: string;
  surname: string;
  han?: string;
  nation: Nation;
  role: string;
  female: boolean;
}

const FEMALE = new Set([
  'Yoko',
  'Akiko',
  'Kyung-wha',
  'Maria',
  'Yelena',
  'Janet',
  'Linda',
  'Karen',
  'Gina',
  'Catherine',
  'Élisabeth',
  'Annalena',
  'Ursula',
  'Marina',
  'Nirmala',
  'Meenakshi',
  'Nadia',
  'Margarita',
  'Teresa',
  'Yanping',
  'Hong',
  'Hua',
]);

function makePerson(rng: Rng, nation: Nation, role?: string): Person {
  const name = nation.name(rng);
  const female = name.full.split(' ').some((part) => FEMALE.has(part));
  return { ...name, nation, role: role ?? pick(rng, ROLES), female };
}

/** "the United States", "China": country names as they read inside a sentence. */
const inText = (country: string) =>
  /^(United|Czech|Philippines|Netherlands)/.test(country) ? `the ${country}` : country;

const FILLER = [
  'Bilateral trade reached {n} billion U.S. dollars last year, up {p} percent year on year, according to official figures, and {c} has become one of the largest sources of foreign investment for its partner.',
  'The two countries established diplomatic relations {y} years ago. Since then, exchanges in {t} and {t2} have grown steadily, and direct flights now connect more than {k} cities.',
  'Observers noted that the {e} came at a time of profound changes in the international situation, with rising protectionism and slowing growth testing the resilience of supply chains.',
  'Officials from both sides said a joint committee on {t} would meet before the end of the year to review progress on projects agreed earlier, including a new industrial park and a railway link.',
  'The visit is the first by a senior {d} official in {k} years, and follows a series of meetings between working-level delegations on {t} and {t2}.',
  'Business groups welcomed the outcome. "We expect more companies to invest in {t} now that the framework is clear," said a representative of a chamber of commerce, who declined to be named.',
  'Both sides agreed to hold the next round of strategic dialogue in {city} next year, and to step up exchanges between think tanks, media, young people and local governments.',
  'According to the statement, the two countries will also cooperate in disaster prevention, the fight against transnational crime and the protection of cultural heritage.',
];

const curly = (text: string, on: boolean) =>
  on ? text.replace(/"([^"]*)"/g, '“$1”').replace(/'/g, '’') : text;

function paragraphs(
  rng: Rng,
  host: Person,
  guest: Person,
  third: Person,
  event: string,
  day: string,
): string[] {
  const pro = (p: Person) => (p.female ? 'she' : 'he');
  const Pro = (p: Person) => (p.female ? 'She' : 'He');
  const his = (p: Person) => (p.female ? 'her' : 'his');
  const topic = () => pick(rng, TOPICS);
  const fill = (template: string) =>
    template
      .replace('{n}', String(10 + Math.floor(rng() * 400)))
      .replace('{p}', (rng() * 20).toFixed(1))
      .replace('{c}', inText(guest.nation.country))
      .replace('{y}', String(20 + Math.floor(rng() * 50)))
      .replace('{t}', topic())
      .replace(
        '{t2}',
        pick(
          rng,
          TOPICS.filter((t) => !template.includes(t)),
        ),
      )
      .replace(/\{k\}/g, String(3 + Math.floor(rng() * 20)))
      .replace('{e}', event)
      .replace('{d}', guest.nation.demonym)
      .replace('{city}', pick(rng, guest.nation.cities));
  const org = () => pick(rng, ORGS);
  const out: string[] = [];
  out.push(
    `${host.surname} said ${inText(host.nation.country)} and ${inText(guest.nation.country)} are important partners, and that the ` +
      `two sides should deepen cooperation in ${topic()}, ${topic()} and ${topic()}, and strengthen coordination ` +
      `within ${org()} to jointly address global challenges. ${Pro(host)} noted that the relationship has ` +
      `withstood the test of a changing international landscape.`,
  );
  out.push(
    `"${inText(host.nation.country)} is ready to work with ${inText(guest.nation.country)} to implement the consensus reached ` +
      `and to bring more benefits to the two peoples," ${host.surname} said, adding that both countries should ` +
      `respect each other's core interests and expand exchanges at all levels.`,
  );
  out.push(
    `For ${his(guest)} part, ${guest.surname} said ${inText(guest.nation.country)} attaches great importance to its ` +
      `relations with ${inText(host.nation.country)} and is willing to enhance dialogue, expand practical cooperation in ` +
      `${topic()} and ${topic()}, and promote the steady development of bilateral ties.`,
  );
  out.push(
    `${guest.surname} also said that ${pro(guest)} looks forward to closer communication on ${topic()}, ` +
      `noting that the ${guest.nation.demonym} side supports the work of ${org()} and stands ready to make ` +
      `joint efforts for regional peace, stability and prosperity.`,
  );
  const first = Math.floor(rng() * FILLER.length);
  const count = 4 + Math.floor(rng() * 3);
  for (let k = 0; k < count; k++) out.push(fill(FILLER[(first + k * 3) % FILLER.length]!));
  out.push(
    `The two sides also exchanged views on international and regional issues of common concern, including the ` +
      `situation in the Middle East and the Ukraine crisis, and agreed to maintain close contact.`,
  );
  if (chance(rng, 0.7)) {
    out.push(
      `Earlier on ${day}, ${third.nation.demonym} ${third.role} ${third.full} met separately with ` +
        `${guest.surname}, and the two discussed cooperation in ${topic()}. ${third.surname} said the visit ` +
        `would open a new chapter in relations.`,
    );
  }
  out.push(
    `After the ${event}, the two sides witnessed the signing of a number of cooperation documents covering ` +
      `${topic()}, ${topic()}, ${topic()} and ${topic()}, according to a joint press statement.`,
  );
  out.push(
    `Analysts said the ${event} showed that both countries are keen to stabilize ties and to expand ` +
      `cooperation in emerging fields, even as the global economic recovery remains sluggish and geopolitical ` +
      `tensions weigh on trade and investment flows across the region.`,
  );
  return out;
}

/** One article: file path (relative) and text. */
export function generateArticle(index: number, seed = 1): { file: string; text: string } {
  const rng = createRng(seed * 1_000_003 + index * 7919);
  const year = 2016 + Math.floor(rng() * 9);
  const month = 1 + Math.floor(rng() * 12);
  const day = 1 + Math.floor(rng() * 28);
  const eventDay = Math.max(1, day - Math.floor(rng() * 2));
  const weekday = pick(rng, WEEKDAYS);
  const mm = String(month).padStart(2, '0');
  const date = chance(rng, 0.06) ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;

  const hostNation = chance(rng, 0.6) ? NATIONS[0]! : pick(rng, NATIONS);
  let guestNation = pick(rng, NATIONS);
  if (guestNation === hostNation) guestNation = NATIONS[(NATIONS.indexOf(hostNation) + 1) % NATIONS.length]!;
  const role = pick(rng, ROLES);
  const host = makePerson(rng, hostNation, role);
  const guest = makePerson(rng, guestNation, chance(rng, 0.7) ? role : undefined);
  const third = makePerson(rng, pick(rng, NATIONS));
  const event = pick(rng, ['talks', 'phone call', 'video call', 'meeting', 'summit']);
  const verb: Record<string, string> = {
    talks: 'held talks with',
    'phone call': 'held a phone call with',
    'video call': 'held a video call with',
    meeting: 'met with',
    summit: 'attended a summit with',
  };
  const place = chance(rng, 0.7) ? hostNation.capital : pick(rng, hostNation.cities);
  const useCurly = chance(rng, 0.15);
  const headline = `${host.full} ${pick(rng, ['holds talks with', 'meets', 'holds phone talks with', 'meets with'])} ${guest.nation.demonym} ${guest.role.toLowerCase()}`;
  const lede =
    `${host.nation.demonym} ${host.role} ${host.full}${host.han && chance(rng, 0.3) ? ` (${host.han})` : ''} ` +
    `${verb[event]} ${guest.nation.demonym} ${guest.role} ${guest.full} on ${weekday} in ${place}, with both sides pledging to ` +
    `deepen cooperation in ${pick(rng, TOPICS)}.`;
  const agency = pick(rng, ['Xinhua', 'Xinhua', 'Xinhua', 'TASS', 'APP']);
  const datelineMonth = chance(rng, 0.5) ? MONTH_ABBR[month - 1]! : MONTHS[month - 1]!;
  const dateline =
    agency === 'Xinhua'
      ? `${place.toUpperCase()}, ${datelineMonth} ${eventDay} (Xinhua) -- `
      : agency === 'TASS'
        ? `${place.toUpperCase()}, ${MONTHS[month - 1]} ${eventDay}. /TASS/. `
        : chance(rng, 0.5)
          ? `${place}: `
          : '';
  const hh = String(Math.floor(rng() * 24)).padStart(2, '0');
  const mi = String(Math.floor(rng() * 60)).padStart(2, '0');

  const lines: string[] = [];
  const shape = rng();
  const ledeInHeader = shape >= 0.5 && shape < 0.65;
  if (shape < 0.5) {
    lines.push(` date ${date} ${headline}`, '');
  } else if (shape < 0.65) {
    // A lede instead of a headline: the title must be derived.
    lines.push(` date ${date} ${lede}`, '');
  } else if (shape < 0.85) {
    // Site chrome on line 1, the headline on a later line.
    lines.push(
      ` date ${date} ${pick(rng, ['Home>>', 'News / World', 'Latest News', 'Skip to Content', '12'])}`,
      headline,
      '',
    );
  } else {
    lines.push(` date ${date} `, headline, '');
  }
  const sourceShape = rng();
  if (sourceShape < 0.5) lines.push(`${agency}) ${hh}:${mi}, ${MONTHS[month - 1]} ${day}, ${year}`, '');
  else if (sourceShape < 0.7) lines.push(`${MONTHS[month - 1]} ${day}, ${year}`, '');
  else if (sourceShape < 0.8)
    lines.push(
      `By ${pick(rng, EDITORS)} (Chinadaily.com.cn) ${hh}:${mi}, ${MONTHS[month - 1]} ${day}, ${year}`,
      '',
    );

  const rest = paragraphs(rng, host, guest, third, event, weekday);
  const body = ledeInHeader ? rest : [`${dateline}${lede}`, ...rest];
  if (chance(rng, 0.3)) {
    const caption = `${host.full} meets with ${guest.full} in ${place}, ${hostNation.country}, ${MONTHS[month - 1]} ${eventDay}, ${year}. (${agency}/${pick(rng, PHOTOGRAPHERS)})`;
    body.splice(1 + Math.floor(rng() * 2), 0, caption);
  }
  const singleNewline = chance(rng, 0.25);
  for (const paragraph of body) {
    lines.push(curly(paragraph, useCurly));
    if (!singleNewline) lines.push('');
  }
  const trailer = rng();
  if (trailer < 0.3) lines.push(`Editor: ${pick(rng, EDITORS)}`);
  else if (trailer < 0.4) lines.push(`(Web editor: ${pick(rng, EDITORS)}, ${pick(rng, EDITORS)})`);
  else if (trailer < 0.5) lines.push('Share this:', 'Facebook', 'X', 'Email');
  const text = lines.join('\n') + (chance(rng, 0.6) ? '\n' : '');

  const file = `${year}/${mm}/${String(index).padStart(6, '0')}_${((index * 2654435761) >>> 0).toString(16).padStart(8, '0')}.txt`;
  return { file, text };
}

/**
 * Writes n articles under dir; returns the total bytes written. `rewrite` changes each article's text first (the
 * realistic variant in tests/bench/gen-realistic-corpus.ts).
 */
export function generateCorpus(
  n: number,
  dir: string,
  seed = 1,
  rewrite: (index: number, text: string) => string = (_, text) => text,
): number {
  const made = new Set<string>();
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const generated = generateArticle(i, seed);
    const file = generated.file;
    const text = rewrite(i, generated.text);
    const abs = path.join(dir, file);
    const folder = path.dirname(abs);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(abs, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

function main(argv: string[]): number {
  const args: string[] = [];
  let seed = 1;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--seed') seed = Number(argv[++i]);
    else if (argv[i] !== '--help') args.push(argv[i]!);
  }
  const n = Number(args[0]);
  const dir = args[1];
  if (
    argv.includes('--help') ||
    !Number.isInteger(n) ||
    n < 0 ||
    !dir ||
    args.length > 2 ||
    !Number.isInteger(seed)
  ) {
    process.stderr.write(
      'Usage: npm run gen:corpus -- N DIR [--seed S]\n  writes N synthetic articles under DIR/YYYY/MM/\n',
    );
    return argv.includes('--help') ? 0 : 2;
  }
  const start = performance.now();
  const bytes = generateCorpus(n, dir, seed);
  const seconds = (performance.now() - start) / 1000;
  process.stdout.write(
    `Wrote ${n} articles (${(bytes / 1e6).toFixed(1)} MB, ${Math.round(bytes / Math.max(1, n))} B each) to ${dir} in ${seconds.toFixed(1)} s\n`,
  );
  return 0;
}

runIfMain(import.meta.url, main);
