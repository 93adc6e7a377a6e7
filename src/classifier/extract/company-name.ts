/** Cleaning and comparing company names. */

const LEGAL_SUFFIX =
  /(?:,?\s+|\s*,\s*)(?:inc|incorporated|llc|l\.l\.c|llp|lp|ltd|limited|gmbh|ag|corp|corporation|co|plc|s\.?a|s\.?a\.?s|b\.?v|n\.?v|pty|sarl|s\.?r\.?l|oy|ab|as|kg|se|pvt|private|s\.?p\.?a|s\.?l|sp\. z o\.o|sp z o\.?o|de c\.?v|s\.?a\.? de c\.?v)\.{0,2}$/i;

/** "Sabre Systems, Inc.." → "Sabre Systems"; "The Acme Company, LLC" → "Acme Company". */
export function normalizeCompanyName(raw: string): string {
  let name = raw.replace(/\s+/g, ' ').trim();
  // "Employer: Pennine Cold Store Ltd": a form's label is not part of the name.
  name = name.replace(/^(?:employer|company|organi[sz]ation|hiring (?:company|organi[sz]ation))\s*:\s*/i, '');
  name = name.replace(/^(?:the|team)\s+/i, '').replace(/['\u2019]s$/i, '');
  for (let i = 0; i < 3; i++) {
    const next = name.replace(LEGAL_SUFFIX, '').replace(/[\s,.;:!&\-–—'"]+$/, '').trim();
    if (next === name) break;
    name = next;
  }
  return name.replace(/^[\s,.;:!'"\-]+/, '').trim();
}

/** "of", "for", "und", "de" after a leading word: "University of …", "Department for …" begin a name, not a department. */
export const NAME_CONNECTOR = /^(?:of|for|and|&|de|und)$/i;

/** A word of a department's name ("HR", "Recruitment,", "Dept."), looked up without its trailing punctuation. */
export function isDepartmentWord(word: string, departmentWords: ReadonlySet<string>): boolean {
  return departmentWords.has(word.toLowerCase().replace(/[,.:;]+$/, ''));
}

/** Comparison key: letters and digits only, lower case. */
export function companyKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** "palo-alto-networks" → "Palo Alto Networks"; "acmecorp" → "Acmecorp". */
export function prettifySlug(slug: string): string {
  return slug
    .replace(/[-_.+]+/g, ' ')
    .replace(/\d+$/, '')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => (w.length <= 3 && w === w.toUpperCase() ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join(' ');
}

const STREET_THEN_NUMBER =
  /(?:str\.?|straße|strasse|weg|gasse|platz|allee|ring|damm|street|st\.|road|rd\.?|avenue|ave\.?|lane|ln\.?|drive|way|blvd\.?|boulevard|parade|terrace|crescent|calle|avenida|paseo|carrer|rue|chemin|via|viale|piazza|plaza|rua|ulica|ul\.|laan|straat|gracht|vej|gatan|gate)\s*\d+[a-z]?$/i;
const NUMBER_THEN_STREET = /^\d+[a-z]?[\s,]+.{2,40}\b(?:street|st|road|rd|avenue|ave|lane|drive|way|boulevard|blvd|parade|terrace|crescent|close|court)\.?$/i;
const POST_BOX = /^(?:p\.?\s?o\.?\s+)?box\s+\d+$/i;
/** Street first, number last, as southern and eastern Europe and Latin America write it: "Corso Canale 71", "C/ del Nuncio 9". */
const STREET_FIRST = /^(?:calle|c\/|avenida|avda\.?|av\.|paseo|carrer|rua|rue|corso|via|viale|piazza|piazzale|plaza|praça|largo|ulica|ul\.|aleja|al\.|plac|boulevard|bd\.?|chemin|place|allée)\s.{1,40}?\s(?!(?:19|20)\d\d\b)\d{1,4}[a-z]?(?:\s*[,-].{0,30})?$/i;
/** A plot, lot or unit number alone, as African, Asian and industrial-estate addresses begin: "Plot 188", "Unit 4". */
const PLOT_OR_UNIT = /^(?:plot|lot|unit|erf|stand)\s+\d+[a-z]?$/i;
/** A street named without its number, its kind last: "Bicester Road", "Harbour Street". */
const STREET_WITHOUT_NUMBER = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}\s(?:Street|Road|Avenue|Lane|Drive|Boulevard|Terrace|Crescent|Straße|Strasse)$/u;
/** A street named without its number, its kind first, in the languages that write it so: "Place Eugène Bataillon", "Rue de Rivoli". */
const STREET_FIRST_WITHOUT_NUMBER =
  /^(?:rue|place|allée|calle|carrer|rua|piazza|praça|viale|plac|ulica)\s(?:(?:de|du|des|de la|del|della|da|do|dos)\s)?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}$/iu;
/** An Australian state and postcode after a suburb: "Cremorne VIC 3121". */
const AUSTRALIAN_STATE_AFTER_TOWN = /^\p{Lu}[\p{L}'.-]+(?:\s\p{Lu}[\p{L}'.-]+){0,2},?\s(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)(?:\s\d{4})?$/u;
/** An Irish county after a town: "Ballincollig, Co. Cork". */
const IRISH_COUNTY = /,\s*Co\.?\s+\p{Lu}\p{L}+$/u;
/** US states and Canadian provinces as letterheads abbreviate them after a town ("Northampton MA"). */
const STATE_AFTER_TOWN =
  /^\p{Lu}[\p{L}'.-]+(?:\s\p{Lu}[\p{L}'.-]+){0,2},?\s(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|AB|BC|MB|NB|NL|NS|ON|PE|QC|SK)$/u;

/**
 * A line of a postal address, not an organisation: "Haunstetter Str. 118", "Paseo Marítimo 44",
 * "12 Harbour Road", "PO Box 180", "Northampton MA", "Glencar, Co. Kerry". Signatures put them right under the organisation.
 */
export function looksLikeAddress(name: string): boolean {
  return (
    STREET_THEN_NUMBER.test(name) ||
    NUMBER_THEN_STREET.test(name) ||
    STREET_FIRST.test(name) ||
    STREET_WITHOUT_NUMBER.test(name) ||
    STREET_FIRST_WITHOUT_NUMBER.test(name) ||
    PLOT_OR_UNIT.test(name) ||
    POST_BOX.test(name) ||
    STATE_AFTER_TOWN.test(name) ||
    AUSTRALIAN_STATE_AFTER_TOWN.test(name) ||
    IRISH_COUNTY.test(name)
  );
}
