import { ratio } from './printReport';
import { speedUpVerdict } from './targets';

describe('speedUpVerdict', () => {
  it('judges the speed-up on p95 when every run of the org way succeeded', () => {
    expect(speedUpVerdict({ p95: 4000, runs: 60, errors: 0 }, 20, 40)).toEqual({
      measured: '4000 ms ÷ 20 ms = 200×',
      ok: true,
    });
    expect(speedUpVerdict({ p95: 700, runs: 60, errors: 0 }, 20, 40).ok).toBe(
      false,
    );
  });

  it('takes the p95 of an org way whose runs failed for a lower bound, and says so', () => {
    const verdict = speedUpVerdict(
      { p95: 280_000, runs: 20, errors: 16 },
      30,
      40,
    );
    expect(verdict.ok).toBe(true);
    expect(verdict.measured).toMatch(
      /^≥ 280000 ms ÷ 30 ms ≥ 9333× \(16 of 20 runs of the org plugin's way failed/,
    );
    // A lower bound below the target proves nothing either way.
    expect(speedUpVerdict({ p95: 900, runs: 20, errors: 2 }, 30, 40).ok).toBe(
      false,
    );
  });

  it('fails when no run of the org way succeeded: the way is not shown to work', () => {
    const verdict = speedUpVerdict({ p95: 5, runs: 20, errors: 20 }, 1, 2);
    expect(verdict.ok).toBe(false);
    expect(verdict.measured).toContain('none succeeded');
  });
});

describe('ratio', () => {
  it('shows a ratio just over a 1.5× target as over it', () => {
    expect(ratio(42.1 / 27.3)).toBe('1.54×');
    expect(ratio(9389.4)).toBe('9389×');
  });
});
