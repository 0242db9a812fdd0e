/**
 * A byline as pages in Latin script print it above or under the headline: "By Jane Smith and
 * John Doe", "By JANE SMITH | Staff Writer", "Von Jana Brückner und Felix Rohde", "Par Claire
 * Dubois et Julien Marchand", "Por Lucía Ferrer Ortega". Only a whole run of capitalised names
 * right after the label counts, ending the line or followed by a separator, a role or a date:
 * "By the way…", "By Monday, Congress will…" and "By Air Force One standards" name nobody.
 */

/** The label, in the languages whose pages write one before the names. */
const LABEL = /^(?:By|BY|by|Von|VON|von|Par|PAR|par|Por|POR|por|di|Door|Av|Af)\s+/;

/** One word of a name: capitalised ("Ferrer", "O'Neil", "Jean-Luc"), or all capitals. */
const WORD = "[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿA-ZÀ-ÖØ-Þ'’.-]*";
/** Lower-case particles inside names: "Ursula von der Leyen", "Luis de la Fuente". */
const PARTICLE = '(?:de|da|del|della|der|den|di|do|dos|das|du|la|le|van|von|bin|al|y)';
/** A name of two to five words, particles between them. */
const NAME = `${WORD}(?:\\s+(?:${PARTICLE}\\s+){0,2}${WORD}){1,4}`;
/** Between names: a comma, "and" in the page's language, an ampersand. */
const JOIN =
  '(?:\\s*,\\s*(?:and\\s+|und\\s+|et\\s+|y\\s+|e\\s+)?|\\s+(?:and|AND|und|UND|et|ET|y|Y|e|en|och|og|&)\\s+)';
const NAMES = new RegExp(`^(${NAME})((?:${JOIN}${NAME})*)`, 'u');

/** Words of a role, a desk or an agency, never of a person's name. */
const NOT_A_NAME =
  /^(?:Associated|Press|News|Agency|Reuters|Staff|Writer|Reporter|Editor|Editors|Correspondent|Contributor|Columnist|Senior|Special|Times|Post|Daily|Online|Updated|Published|Posted|Photo|Photos|Source|From|The|Opinion|Analysis|Team|Desk|Service|Media|Wire|Day|Eve|Year|Christmas|Easter|Early|Late|Mid|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/i;

const STAMP_OR_DATE =
  /\s+(?=(?:Updated|Published|Posted|Last updated)\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d)[\s\S]*$/;

/**
 * What may follow the names: nothing, or a separator, a role after a comma, a date or a time,
 * in a few words that make no sentence ("By Election Day, voters had cast…" does).
 */
const AFTER = /^(?:$|\s*[|•·–—(/-]|\s*,|\s+(?:Updated|Published|Posted|\d))/;
const AFTER_MAX = 40;

/** The people a Latin-script byline line names, in its order, or null. */
export function latinByline(line: string): string[] | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length > 160) return null;
  const label = LABEL.exec(text);
  if (!label) return null;
  // "By Jane Smith Updated March 4, 2019": the names end where a stamp or a date begins.
  const rest = text.slice(label[0].length).replace(STAMP_OR_DATE, ' |');
  const m = NAMES.exec(rest);
  if (!m) return null;
  const after = rest.slice(m[0].length);
  if (!AFTER.test(after) || after.length > AFTER_MAX || /[.!?]$/.test(after.trim())) return null;
  const names = m[0]
    .split(new RegExp(JOIN, 'u'))
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const people = names.filter((name) => !name.split(/\s+/).some((word) => NOT_A_NAME.test(word)));
  // A run cut at a desk's name keeps the people before it ("By Jane Smith, Associated Press").
  return people.length > 0 && people.length === names.length - countTrailingDesks(names) ? people : null;
}

function countTrailingDesks(names: string[]): number {
  let n = 0;
  for (let i = names.length - 1; i >= 0; i--) {
    if (!names[i].split(/\s+/).some((word) => NOT_A_NAME.test(word))) break;
    n++;
  }
  return n;
}
