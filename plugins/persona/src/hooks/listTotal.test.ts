import { listTotal } from './listTotal';

describe('listTotal', () => {
  it('counts a cut list by its page total, not by what arrived', () => {
    expect(listTotal(['a', 'b'], { total: 1234, list: '/holders' })).toBe(1234);
  });

  it('counts a whole list by its length', () => {
    expect(listTotal(['a', 'b', 'c'], undefined)).toBe(3);
  });
});
