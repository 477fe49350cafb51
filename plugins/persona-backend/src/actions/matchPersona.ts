import {
  PersonaResponsibility,
  PersonaSummary,
} from '@platform-personas/backstage-plugin-persona-common';

/** Words of a question that say nothing about what a persona does. */
const STOP_WORDS = new Set(
  `a an and any are as at be by can do does doing for from handle handles has have how i in is it me my of on or our persona personas responsible take takes the to us we what which who whom whose with`.split(
    ' ',
  ),
);

/**
 * The search terms of a free-text query, lower case: its words but the stop
 * words ("who does IAM?" is `iam`), a plural `s` dropped so that "clusters"
 * finds "cluster". A query of stop words alone keeps them.
 */
export function queryTerms(query: string): string[] {
  const words = query
    .toLocaleLowerCase('en-US')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const meaningful = words.filter(w => !STOP_WORDS.has(w));
  return [...new Set(meaningful.length ? meaningful : words)].map(w =>
    w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w,
  );
}

/** Where in a persona a query matched, and the responsibilities it matched. */
export type PersonaMatch = {
  persona: PersonaSummary;
  terms: string[];
  matchedIn: string[];
  responsibilities: PersonaResponsibility[];
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How `persona` matches `terms`: each term matches the start of a word,
 * case-insensitively, in the title, description, responsibilities, channels
 * or tools. Undefined when no term matches; with no terms, everything
 * matches.
 */
export function matchPersona(
  persona: PersonaSummary,
  terms: string[],
): PersonaMatch | undefined {
  if (terms.length === 0) {
    const { responsibilities } = persona;
    return { persona, terms, matchedIn: [], responsibilities };
  }
  const patterns = terms.map(term => ({
    term,
    pattern: new RegExp(`(^|[^\\p{L}\\p{N}])${escape(term)}`, 'iu'),
  }));
  const found = new Set<string>();
  const matchedIn = new Set<string>();
  const test = (field: string, ...texts: Array<string | undefined>) => {
    let hit = false;
    for (const { term, pattern } of patterns) {
      if (texts.some(text => text && pattern.test(text))) {
        found.add(term);
        matchedIn.add(field);
        hit = true;
      }
    }
    return hit;
  };
  test('title', persona.title, persona.ref);
  test('description', persona.description);
  const responsibilities = persona.responsibilities.filter(r =>
    test('responsibilities', r.title, r.description),
  );
  test('channels', ...persona.channels);
  test('tools', ...persona.tools);
  if (found.size === 0) return undefined;
  return {
    persona,
    terms: terms.filter(t => found.has(t)),
    matchedIn: [...matchedIn],
    responsibilities,
  };
}
