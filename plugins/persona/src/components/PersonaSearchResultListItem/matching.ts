import type { ResultHighlight } from '@backstage/plugin-search-common';
import type { PersonaSearchResponsibility } from '@platform-personas/backstage-plugin-persona-common';

/** The tags that {@link markWords} wraps matches in, for HighlightedSearchResultText. */
export const MARK = { preTag: '<mark>', postTag: '</mark>' } as const;

const WORD = /[\p{L}\p{N}]+/gu;
// Plural and verb endings, so that "policy" finds "policies" and "managing"
// finds "management", as the search engine's stemming does
const SUFFIX = /(?:ies|es|s|ing|ed|ment|y)$/u;
// Words that every responsibility has, as the search engine ignores them
const STOP_WORDS = new Set(
  'an and are as at be by for from in is it of on or the to with'.split(' '),
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words of a search term, lower-case, without one-letter and stop words. */
export function termWords(term: string | undefined): string[] {
  const words = (term ?? '').toLocaleLowerCase('en-US').match(WORD) ?? [];
  const stems = words
    .filter(word => word.length > 1 && !STOP_WORDS.has(word))
    .map(word => (word.length > 4 ? word.replace(SUFFIX, '') : word));
  return [...new Set(stems)];
}

/** The words that the search engine highlighted in any field of a result. */
export function highlightedWords(highlight: ResultHighlight | undefined) {
  if (!highlight) {
    return [];
  }
  const { preTag, postTag } = highlight;
  const pattern = new RegExp(
    `${escapeRegExp(preTag)}(.+?)${escapeRegExp(postTag)}`,
    'g',
  );
  const marked = Object.values(highlight.fields)
    .filter(value => typeof value === 'string')
    .flatMap(value => [...value.matchAll(pattern)].map(match => match[1]));
  return termWords(marked.join(' '));
}

/** Matches the words at the start of a word, case-insensitively. */
function wordPattern(words: string[], flags: string): RegExp | undefined {
  if (words.length === 0) {
    return undefined;
  }
  const alternatives = words.map(escapeRegExp).join('|');
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives})[\\p{L}\\p{N}]*`,
    flags,
  );
}

/** The text with every word that starts with one of `words` between {@link MARK}'s tags. */
export function markWords(text: string, words: string[]): string {
  const pattern = wordPattern(words, 'giu');
  return pattern
    ? text.replace(pattern, match => `${MARK.preTag}${match}${MARK.postTag}`)
    : text;
}

/**
 * The responsibilities whose title or description has a word starting with
 * one of `words`, in their order.
 */
export function matchingResponsibilities(
  responsibilities: PersonaSearchResponsibility[],
  words: string[],
): PersonaSearchResponsibility[] {
  const pattern = wordPattern(words, 'iu');
  if (!pattern) {
    return [];
  }
  return responsibilities.filter(
    ({ title, description }) =>
      pattern.test(title) || pattern.test(description ?? ''),
  );
}
