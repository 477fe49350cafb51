import { StallWatch } from './StallWatch';

describe('StallWatch', () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  it('gives up, naming what fell short, when a state stands still too long', () => {
    const watch = new StallWatch(10_000);
    watch.check('1', 'one');
    jest.advanceTimersByTime(9_000);
    watch.check('2', 'two');
    jest.advanceTimersByTime(9_000);
    // progress 9 s ago: still waiting
    expect(() => watch.check('2', 'two')).not.toThrow();
    jest.advanceTimersByTime(2_000);
    expect(() => watch.check('2', 'ownedBy 3, ownerOf 1 of 3')).toThrow(
      'gave up after 10 s without progress: ownedBy 3, ownerOf 1 of 3',
    );
  });
});
