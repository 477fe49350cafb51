import { textOffset } from './textPosition';

describe('textOffset', () => {
  const text = 'kind: Persona\nspec:\n  type: 42\n';

  it('finds a line and column from 1', () => {
    expect(textOffset(text, 1, 1)).toBe(0);
    expect(text.slice(textOffset(text, 3, 3))).toBe('type: 42\n');
  });

  it('clamps positions beyond the text', () => {
    expect(textOffset(text, 2, 99)).toBe(text.indexOf('\n  type'));
    expect(textOffset(text, 99, 1)).toBe(text.length);
    expect(textOffset(text, 0, 0)).toBe(0);
  });
});
