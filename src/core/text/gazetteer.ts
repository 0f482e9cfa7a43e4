/**
 * A small gazetteer: capitals and major cities → country, and adjectives →
 * country. Enough to catch a city put in the wrong country in a dateline
 * ("BRUSSELS, FRANCE") and to name the places and nationalities news copy uses.
 */

const CITY_COUNTRY: Record<string, string> = {
  Brussels: 'Belgium',
  Antwerp: 'Belgium',
  Paris: 'France',
  Marseille: 'France',
  Lyon: 'France',
  Berlin: 'Germany',
  Munich: 'Germany',
  Hamburg: 'Germany',
  Frankfurt: 'Germany',
  London: 'United Kingdom',
  Manchester: 'United Kingdom',
  Edinburgh: 'United Kingdom',
  Dublin: 'Ireland',
  Madrid: 'Spain',
  Barcelona: 'Spain',
  Lisbon: 'Portugal',
  Rome: 'Italy',
  Milan: 'Italy',
  Vienna: 'Austria',
  Bern: 'Switzerland',
  Geneva: 'Switzerland',
  Zurich: 'Switzerland',
  Amsterdam: 'Netherlands',
  'The Hague': 'Netherlands',
  Luxembourg: 'Luxembourg',
  Copenhagen: 'Denmark',
  Oslo: 'Norway',
  Stockholm: 'Sweden',
  Helsinki: 'Finland',
  Reykjavik: 'Iceland',
  Warsaw: 'Poland',
  Krakow: 'Poland',
  Prague: 'Czech Republic',
  Bratislava: 'Slovakia',
  Budapest: 'Hungary',
  Bucharest: 'Romania',
  Sofia: 'Bulgaria',
  Athens: 'Greece',
  Belgrade: 'Serbia',
  Zagreb: 'Croatia',
  Ljubljana: 'Slovenia',
  Sarajevo: 'Bosnia and Herzegovina',
  Skopje: 'North Macedonia',
  Tirana: 'Albania',
  Podgorica: 'Montenegro',
  Chisinau: 'Moldova',
  Vilnius: 'Lithuania',
  Riga: 'Latvia',
  Tallinn: 'Estonia',
  Minsk: 'Belarus',
  Kyiv: 'Ukraine',
  Kiev: 'Ukraine',
  Kharkiv: 'Ukraine',
  Odesa: 'Ukraine',
  Odessa: 'Ukraine',
  Lviv: 'Ukraine',
  Donetsk: 'Ukraine',
  Luhansk: 'Ukraine',
  Moscow: 'Russia',
  'St Petersburg': 'Russia',
  'Saint Petersburg': 'Russia',
  Ankara: 'Turkey',
  Istanbul: 'Turkey',
  Tbilisi: 'Georgia',
  Yerevan: 'Armenia',
  Baku: 'Azerbaijan',
  Washington: 'United States',
  'New York': 'United States',
  Ottawa: 'Canada',
  'Mexico City': 'Mexico',
  Brasilia: 'Brazil',
  'Buenos Aires': 'Argentina',
  Santiago: 'Chile',
  Lima: 'Peru',
  Bogota: 'Colombia',
  Caracas: 'Venezuela',
  Havana: 'Cuba',
  Beijing: 'China',
  Shanghai: 'China',
  Tokyo: 'Japan',
  Seoul: 'South Korea',
  Pyongyang: 'North Korea',
  'New Delhi': 'India',
  Delhi: 'India',
  Islamabad: 'Pakistan',
  Kabul: 'Afghanistan',
  Tehran: 'Iran',
  Baghdad: 'Iraq',
  Damascus: 'Syria',
  Beirut: 'Lebanon',
  Jerusalem: 'Israel',
  'Tel Aviv': 'Israel',
  Amman: 'Jordan',
  Riyadh: 'Saudi Arabia',
  Doha: 'Qatar',
  'Abu Dhabi': 'United Arab Emirates',
  Dubai: 'United Arab Emirates',
  Cairo: 'Egypt',
  Tunis: 'Tunisia',
  Algiers: 'Algeria',
  Rabat: 'Morocco',
  Nairobi: 'Kenya',
  'Addis Ababa': 'Ethiopia',
  Lagos: 'Nigeria',
  Abuja: 'Nigeria',
  Pretoria: 'South Africa',
  Johannesburg: 'South Africa',
  Canberra: 'Australia',
  Sydney: 'Australia',
  Wellington: 'New Zealand',
  Bangkok: 'Thailand',
  Hanoi: 'Vietnam',
  Manila: 'Philippines',
  Jakarta: 'Indonesia',
  'Kuala Lumpur': 'Malaysia',
  Singapore: 'Singapore'
}

const COUNTRY_ALIASES: Record<string, string> = {
  Russia: 'Russia',
  Ukraine: 'Ukraine',
  Belarus: 'Belarus',
  Belgium: 'Belgium',
  France: 'France',
  Germany: 'Germany',
  Britain: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  UK: 'United Kingdom',
  'United Kingdom': 'United Kingdom',
  England: 'United Kingdom',
  Ireland: 'Ireland',
  Spain: 'Spain',
  Portugal: 'Portugal',
  Italy: 'Italy',
  Austria: 'Austria',
  Switzerland: 'Switzerland',
  Netherlands: 'Netherlands',
  Holland: 'Netherlands',
  Denmark: 'Denmark',
  Norway: 'Norway',
  Sweden: 'Sweden',
  Finland: 'Finland',
  Iceland: 'Iceland',
  Poland: 'Poland',
  Hungary: 'Hungary',
  Romania: 'Romania',
  Bulgaria: 'Bulgaria',
  Greece: 'Greece',
  Serbia: 'Serbia',
  Croatia: 'Croatia',
  Slovakia: 'Slovakia',
  Slovenia: 'Slovenia',
  Moldova: 'Moldova',
  Lithuania: 'Lithuania',
  Latvia: 'Latvia',
  Estonia: 'Estonia',
  Turkey: 'Turkey',
  Georgia: 'Georgia',
  Armenia: 'Armenia',
  Azerbaijan: 'Azerbaijan',
  'United States': 'United States',
  US: 'United States',
  'U.S.': 'United States',
  USA: 'United States',
  America: 'United States',
  Canada: 'Canada',
  Mexico: 'Mexico',
  Brazil: 'Brazil',
  Argentina: 'Argentina',
  China: 'China',
  Japan: 'Japan',
  India: 'India',
  Pakistan: 'Pakistan',
  Afghanistan: 'Afghanistan',
  Iran: 'Iran',
  Iraq: 'Iraq',
  Syria: 'Syria',
  Lebanon: 'Lebanon',
  Israel: 'Israel',
  Egypt: 'Egypt',
  'Saudi Arabia': 'Saudi Arabia',
  Qatar: 'Qatar',
  Kenya: 'Kenya',
  Nigeria: 'Nigeria',
  'South Africa': 'South Africa',
  Australia: 'Australia',
  'Czech Republic': 'Czech Republic',
  Czechia: 'Czech Republic',
  Crimea: 'Ukraine',
  Donbas: 'Ukraine',
  Donbass: 'Ukraine'
}

/** Nationality adjectives → country ("Russian Foreign Minister" → Russia). */
export const DEMONYMS: Readonly<Record<string, string>> = {
  Russian: 'Russia',
  Ukrainian: 'Ukraine',
  Belarusian: 'Belarus',
  Belgian: 'Belgium',
  French: 'France',
  German: 'Germany',
  British: 'United Kingdom',
  Irish: 'Ireland',
  Spanish: 'Spain',
  Portuguese: 'Portugal',
  Italian: 'Italy',
  Austrian: 'Austria',
  Swiss: 'Switzerland',
  Dutch: 'Netherlands',
  Danish: 'Denmark',
  Norwegian: 'Norway',
  Swedish: 'Sweden',
  Finnish: 'Finland',
  Polish: 'Poland',
  Hungarian: 'Hungary',
  Romanian: 'Romania',
  Bulgarian: 'Bulgaria',
  Greek: 'Greece',
  Lithuanian: 'Lithuania',
  Latvian: 'Latvia',
  Estonian: 'Estonia',
  Turkish: 'Turkey',
  American: 'United States',
  US: 'United States',
  'U.S.': 'United States',
  Canadian: 'Canada',
  Chinese: 'China',
  Japanese: 'Japan',
  Indian: 'India',
  Iranian: 'Iran',
  Israeli: 'Israel',
  Syrian: 'Syria'
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase())
}

/** The country a city lies in, whatever its case ("BRUSSELS" → Belgium). */
export function countryOfCity(name: string): string | null {
  return CITY_COUNTRY[titleCase(name.trim())] ?? CITY_COUNTRY[name.trim()] ?? null
}

/** The canonical country a name or abbreviation denotes ("FRANCE" → France, "U.S." → United States). */
export function countryNamed(name: string): string | null {
  const t = name.trim()
  return COUNTRY_ALIASES[t] ?? COUNTRY_ALIASES[titleCase(t)] ?? null
}

/** Every place name, longest first, for a single alternation regex. */
export const PLACE_NAMES: readonly string[] = [...new Set([...Object.keys(CITY_COUNTRY), ...Object.keys(COUNTRY_ALIASES)])]
  .filter((n) => /^\p{Lu}/u.test(n))
  .sort((a, b) => b.length - a.length)

/** Canonical value of a place: countries folded ("Britain" → United Kingdom), cities as written. */
export function canonicalPlace(name: string): string {
  return countryNamed(name) ?? (CITY_COUNTRY[name] ? name.replace(/^Kiev$/, 'Kyiv') : name)
}

/** Regions and seas news copy names, beyond countries and cities. */
const REGIONS = [
  'Europe',
  'Eastern Europe',
  'Western Europe',
  'Central Europe',
  'Asia',
  'Africa',
  'Middle East',
  'Latin America',
  'Barents Sea',
  'Black Sea',
  'Baltic Sea',
  'Sea of Azov',
  'Mediterranean',
  'Arctic',
  'Balkans',
  'Caucasus',
  'Crimean peninsula'
]

const PLACE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${[...PLACE_NAMES, ...REGIONS]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/\./g, '\\.'))
    .join('|')})(?![\p{L}])`,
  'gu'
)

export interface PlaceMention {
  start: number
  end: number
  text: string
  value: string
}

/** Places named in a text, with canonical values ("Kiev" → Kyiv, "Britain" → United Kingdom). */
export function placesIn(text: string): PlaceMention[] {
  return [...text.matchAll(PLACE_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], value: canonicalPlace(m[0]) }))
}
