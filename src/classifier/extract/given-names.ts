/**
 * Given names, to tell a person's name from a firm's where both are capitalised words: "Rob Hensley"
 * and "Little Bourke Espresso", "Declan Furlong" and "Furlong Electrical". The lists are the
 * human-names package's (English, German, French, Italian, Spanish and Dutch, about 5,300 names):
 * a name it holds says "person"; a name it lacks says nothing (many people's names are not in it).
 */
import femaleDe from 'human-names/data/female-human-names-de.json' with { type: 'json' };
import femaleEn from 'human-names/data/female-human-names-en.json' with { type: 'json' };
import femaleEs from 'human-names/data/female-human-names-es.json' with { type: 'json' };
import femaleFr from 'human-names/data/female-human-names-fr.json' with { type: 'json' };
import femaleIt from 'human-names/data/female-human-names-it.json' with { type: 'json' };
import femaleNl from 'human-names/data/female-human-names-nl.json' with { type: 'json' };
import maleDe from 'human-names/data/male-human-names-de.json' with { type: 'json' };
import maleEn from 'human-names/data/male-human-names-en.json' with { type: 'json' };
import maleEs from 'human-names/data/male-human-names-es.json' with { type: 'json' };
import maleFr from 'human-names/data/male-human-names-fr.json' with { type: 'json' };
import maleIt from 'human-names/data/male-human-names-it.json' with { type: 'json' };
import maleNl from 'human-names/data/male-human-names-nl.json' with { type: 'json' };

const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [femaleDe, femaleEn, femaleEs, femaleFr, femaleIt, femaleNl, maleDe, maleEn, maleEs, maleFr, maleIt, maleNl].flatMap((list: string[]) => list.map((n) => n.toLowerCase())),
);

/** Whether a name begins with a known given name ("Claire", "Rob Hensley", "Dr Ann Lee"). */
export function startsWithGivenName(name: string): boolean {
  const first = name.replace(/^(?:mr|mrs|ms|miss|dr|prof)\.?\s+/i, '').split(/[\s,]+/)[0] ?? '';
  return GIVEN_NAMES.has(first.toLowerCase());
}
