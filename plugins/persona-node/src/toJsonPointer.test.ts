import { toJsonPointer } from './toJsonPointer';

describe('toJsonPointer', () => {
  it('escapes ~ and / in keys as RFC 6901 says', () => {
    expect(toJsonPointer(['spec', 'a/b', 'c~d', 0])).toBe('/spec/a~1b/c~0d/0');
  });

  it('gives the empty pointer for the root', () => {
    expect(toJsonPointer([])).toBe('');
  });
});
