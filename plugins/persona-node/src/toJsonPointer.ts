/**
 * The JSON pointer (RFC 6901) of a field from its keys, as the validator
 * reports paths: `['spec', 'a/b', 0]` gives `/spec/a~1b/0`.
 *
 * @public
 */
export function toJsonPointer(keys: ReadonlyArray<string | number>): string {
  return keys
    .map(key => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`)
    .join('');
}
