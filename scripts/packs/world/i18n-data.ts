/**
 * What the datasets do not carry, for the world pack's names in French, Spanish, German, Portuguese
 * and Italian (world-countries carries country names in each, and French demonyms; no npm dataset
 * carries cities' exonyms). Each table lists only what differs from the English name; a language
 * left out writes the city as English does. Sources: the usual spelling in each language's press
 * (the exonyms of the Wikipedia edition of that language).
 */

export type Lang = 'fr' | 'es' | 'de' | 'pt' | 'it';
export const LANGS: readonly Lang[] = ['fr', 'es', 'de', 'pt', 'it'];

type Names = Partial<Record<Lang, string | string[]>>;

/** Cities (by the world pack's English name) whose name differs in another language. */
export const CITY_EXONYMS: Record<string, Names> = {
  'Abu Dhabi': { fr: 'Abou Dabi', es: 'Abu Dabi', it: 'Abu Dhabi' },
  'Addis Ababa': { fr: 'Addis-Abeba', es: 'Adís Abeba', de: 'Addis Abeba', pt: 'Adis Abeba', it: 'Addis Abeba' },
  Aleppo: { fr: 'Alep', es: 'Alepo', pt: 'Alepo' },
  Alexandria: { fr: 'Alexandrie', es: 'Alejandría', de: 'Alexandria', pt: 'Alexandria', it: 'Alessandria d’Egitto' },
  Algiers: { fr: 'Alger', es: 'Argel', de: 'Algier', pt: 'Argel', it: 'Algeri' },
  Athens: { fr: 'Athènes', es: 'Atenas', de: 'Athen', pt: 'Atenas', it: 'Atene' },
  Baghdad: { fr: 'Bagdad', es: 'Bagdad', de: 'Bagdad', pt: 'Bagdá', it: 'Baghdad' },
  Beijing: { fr: 'Pékin', es: ['Pekín', 'Beijing'], de: 'Peking', pt: ['Pequim', 'Beijing'], it: 'Pechino' },
  Beirut: { fr: 'Beyrouth', es: 'Beirut', pt: 'Beirute', it: 'Beirut' },
  Belgrade: { es: 'Belgrado', de: 'Belgrad', pt: 'Belgrado', it: 'Belgrado' },
  Bern: { fr: 'Berne', es: 'Berna', pt: 'Berna', it: 'Berna' },
  Brussels: { fr: 'Bruxelles', es: 'Bruselas', de: 'Brüssel', pt: 'Bruxelas', it: 'Bruxelles' },
  Bucharest: { fr: 'Bucarest', es: 'Bucarest', de: 'Bukarest', pt: 'Bucareste', it: 'Bucarest' },
  Cairo: { fr: 'Le Caire', es: 'El Cairo', de: 'Kairo', pt: 'Cairo', it: 'Il Cairo' },
  'Cape Town': { fr: 'Le Cap', es: 'Ciudad del Cabo', de: 'Kapstadt', pt: 'Cidade do Cabo', it: 'Città del Capo' },
  Copenhagen: { fr: 'Copenhague', es: 'Copenhague', de: 'Kopenhagen', pt: 'Copenhaga', it: 'Copenaghen' },
  Damascus: { fr: 'Damas', es: 'Damasco', de: 'Damaskus', pt: 'Damasco', it: 'Damasco' },
  Delhi: { fr: 'Delhi', es: 'Delhi', de: 'Delhi', pt: 'Déli', it: 'Delhi' },
  Dublin: { es: 'Dublín', pt: 'Dublin', it: 'Dublino' },
  Geneva: { fr: 'Genève', es: 'Ginebra', de: 'Genf', pt: 'Genebra', it: 'Ginevra' },
  Havana: { fr: 'La Havane', es: 'La Habana', de: 'Havanna', pt: 'Havana', it: "L'Avana" },
  Helsinki: { es: 'Helsinki', pt: 'Helsínquia' },
  Istanbul: { es: 'Estambul', pt: 'Istambul', de: 'Istanbul', it: 'Istanbul' },
  Jerusalem: { fr: 'Jérusalem', es: 'Jerusalén', pt: 'Jerusalém', it: 'Gerusalemme' },
  Kyiv: { fr: ['Kiev', 'Kyiv'], es: ['Kiev', 'Kyiv'], de: ['Kiew', 'Kyjiw'], pt: ['Kiev', 'Kyiv', 'Quieve'], it: ['Kiev', 'Kyiv'] },
  Kharkiv: { fr: ['Kharkiv', 'Kharkov'], es: ['Járkov', 'Jarkov'], de: ['Charkiw', 'Charkow'], pt: ['Kharkiv', 'Carcóvia'], it: ['Kharkiv', 'Charkiv'] },
  Lisbon: { fr: 'Lisbonne', es: 'Lisboa', de: 'Lissabon', pt: 'Lisboa', it: 'Lisbona' },
  London: { fr: 'Londres', es: 'Londres', pt: 'Londres', it: 'Londra' },
  Mecca: { fr: 'La Mecque', es: 'La Meca', de: 'Mekka', pt: 'Meca', it: 'La Mecca' },
  'Mexico City': { fr: 'Mexico', es: ['Ciudad de México', 'México'], de: 'Mexiko-Stadt', pt: 'Cidade do México', it: 'Città del Messico' },
  Milan: { es: 'Milán', de: 'Mailand', pt: 'Milão', it: 'Milano' },
  Moscow: { fr: 'Moscou', es: 'Moscú', de: 'Moskau', pt: ['Moscou', 'Moscovo'], it: 'Mosca' },
  Munich: { es: 'Múnich', de: 'München', pt: 'Munique', it: 'Monaco di Baviera' },
  'New York City': { fr: 'New York', es: ['Nueva York'], de: 'New York', pt: ['Nova Iorque', 'Nova York'], it: 'New York' },
  'New Delhi': { fr: 'New Delhi', es: ['Nueva Delhi'], de: ['Neu-Delhi'], pt: ['Nova Délhi', 'Nova Deli'], it: 'Nuova Delhi' },
  Nicosia: { fr: 'Nicosie', de: 'Nikosia', pt: 'Nicósia' },
  Odessa: { fr: 'Odessa', es: 'Odesa', de: 'Odessa', pt: 'Odessa', it: 'Odessa' },
  Prague: { es: 'Praga', de: 'Prag', pt: 'Praga', it: 'Praga' },
  Pyongyang: { fr: 'Pyongyang', es: ['Pyongyang', 'Pionyang'], de: ['Pjöngjang', 'Pyongyang'], pt: ['Pyongyang', 'Pionguiangue'], it: 'Pyongyang' },
  Riyadh: { fr: 'Riyad', es: 'Riad', de: 'Riad', pt: 'Riade', it: 'Riad' },
  Rome: { es: 'Roma', de: 'Rom', pt: 'Roma', it: 'Roma' },
  'Saint Petersburg': { fr: 'Saint-Pétersbourg', es: 'San Petersburgo', de: 'Sankt Petersburg', pt: 'São Petersburgo', it: 'San Pietroburgo' },
  Seoul: { fr: 'Séoul', es: 'Seúl', de: 'Seoul', pt: 'Seul', it: 'Seul' },
  Singapore: { fr: 'Singapour', es: 'Singapur', de: 'Singapur', pt: 'Singapura', it: 'Singapore' },
  Stockholm: { es: 'Estocolmo', pt: 'Estocolmo', it: 'Stoccolma' },
  Taipei: { fr: 'Taipei', es: 'Taipéi', de: 'Taipeh', pt: 'Taipé', it: 'Taipei' },
  Tehran: { fr: 'Téhéran', es: 'Teherán', de: 'Teheran', pt: ['Teerã', 'Teerão'], it: 'Teheran' },
  Tokyo: { fr: 'Tokyo', es: 'Tokio', de: 'Tokio', pt: 'Tóquio', it: 'Tokyo' },
  Tripoli: { es: 'Trípoli', pt: 'Trípoli', it: 'Tripoli' },
  Vienna: { fr: 'Vienne', es: 'Viena', de: 'Wien', pt: 'Viena', it: 'Vienna' },
  Vilnius: { es: 'Vilna', de: 'Vilnius', it: 'Vilnius' },
  Warsaw: { fr: 'Varsovie', es: 'Varsovia', de: 'Warschau', pt: 'Varsóvia', it: 'Varsavia' },
  'Washington D.C.': { fr: 'Washington', es: 'Washington', de: 'Washington', pt: 'Washington', it: 'Washington' },
  'Ulan Bator': { fr: 'Oulan-Bator', es: 'Ulán Bator', pt: 'Ulan Bator', it: 'Ulan Bator' },
  Yerevan: { fr: 'Erevan', es: 'Ereván', de: 'Jerewan', pt: 'Erevã', it: 'Erevan' },
  Tbilisi: { fr: 'Tbilissi', es: 'Tiflis', de: 'Tiflis', pt: 'Tbilisi', it: 'Tbilisi' },
  Minsk: {},
  Kabul: { fr: 'Kaboul', es: 'Kabul', pt: 'Cabul', it: 'Kabul' },
  Tashkent: { fr: 'Tachkent', es: 'Taskent', de: 'Taschkent', pt: 'Tasquente', it: 'Tashkent' },
  Tunis: { es: 'Túnez', pt: 'Tunes', it: 'Tunisi' },
  Khartoum: { es: 'Jartum', de: 'Khartum', pt: 'Cartum', it: 'Khartum' },
  Hanoi: { es: 'Hanói', pt: 'Hanói' },
  'Kuwait City': { de: 'Kuwait-Stadt', pt: 'Cidade do Kuwait', it: 'Kuwait City' },
  Jakarta: { fr: 'Jakarta', es: 'Yakarta', de: 'Jakarta', pt: 'Jacarta', it: 'Giacarta' },
  Bangkok: { es: 'Bangkok', pt: 'Banguecoque', it: 'Bangkok' },
  Mumbai: { fr: 'Bombay', es: 'Bombay', de: 'Mumbai', pt: 'Mumbai', it: 'Mumbai' },
  Kolkata: { fr: 'Calcutta', es: 'Calcuta', pt: 'Calcutá', it: 'Calcutta' },
};

/**
 * English city names that are also first names in the other languages ("Victoria"): in an article in
 * another language they would fire on people, so they are matched in English articles only.
 */
export const CITY_FIRST_NAMES = new Set(['Victoria', 'Hamilton', 'Douglas', 'Stanley', 'Jamestown', 'Georgetown', 'George Town', 'Kingston', 'Santiago', 'Salvador', 'San Jose', 'San José', 'Valencia', 'Córdoba', 'Lima', 'Plymouth', 'Sucre']);

/** Country names a language also uses as a first name: left out of that language ("Mauricio"). */
export const COUNTRY_NAME_EXCLUSIONS: Partial<Record<Lang, readonly string[]>> = {
  es: ['Mauricio'],
  pt: ['Maurício'],
  fr: ['Maurice'],
};

/**
 * Reads a table of names, one country a line: its ISO code, then one column per language in LANGS
 * order (fr | es | de | pt | it), several names in a column separated by commas.
 */
function namesTable(table: string): Record<string, Names> {
  const out: Record<string, Names> = {};
  for (const line of table.trim().split('\n')) {
    const [code, ...cols] = line.split('|').map((c) => c.trim());
    out[code!] = Object.fromEntries(LANGS.map((lang, i) => [lang, cols[i]!.split(',').map((n) => n.trim())]));
  }
  return out;
}

/** Adjectives and demonyms of the countries the news names most (world-countries has French ones only). */
export const COUNTRY_DEMONYMS: Record<string, Names> = namesTable(`
RU | russe | ruso | russisch, Russe | russo | russo
KP | nord-coréen | norcoreano | nordkoreanisch, Nordkoreaner | norte-coreano | nordcoreano
KR | sud-coréen | surcoreano | südkoreanisch, Südkoreaner | sul-coreano | sudcoreano
UA | ukrainien | ucraniano | ukrainisch, Ukrainer | ucraniano | ucraino
CN | chinois | chino | chinesisch, Chinese | chinês | cinese
US | américain | estadounidense, norteamericano | amerikanisch, US-amerikanisch, Amerikaner | americano, norte-americano | americano, statunitense
JP | japonais | japonés | japanisch, Japaner | japonês | giapponese
FR | français | francés | französisch, Franzose | francês | francese
DE | allemand | alemán | deutsch, Deutsche | alemão | tedesco
GB | britannique | británico | britisch, Brite | britânico | britannico
IT | italien | italiano | italienisch, Italiener | italiano | italiano
ES | espagnol | español | spanisch, Spanier | espanhol | spagnolo
PT | portugais | portugués | portugiesisch, Portugiese | português | portoghese
IR | iranien | iraní | iranisch, Iraner | iraniano | iraniano
IN | indien | indio | indisch, Inder | indiano | indiano
TR | turc | turco | türkisch, Türke | turco | turco
BY | biélorusse | bielorruso | belarussisch, Belarusse | bielorrusso | bielorusso
PL | polonais | polaco | polnisch, Pole | polaco | polacco
`);

/** Abbreviations and short forms the press of each language uses for a country. */
export const COUNTRY_ALIASES: Record<string, Names> = {
  US: { fr: ['USA'], es: ['EEUU'], de: ['USA', 'Vereinigten Staaten'], pt: ['EUA'], it: ['USA', 'Stati Uniti'] },
  GB: { fr: ['Grande-Bretagne'], es: ['Gran Bretaña'], de: ['Großbritannien'], pt: ['Grã-Bretanha'], it: ['Gran Bretagna'] },
  NL: { pt: ['Países Baixos'] },
};
