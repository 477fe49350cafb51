import {
  emptySamples,
  mergeSamples,
  summariseSamples,
} from './summariseSamples';

describe('summariseSamples', () => {
  it('gives nearest-rank percentiles whatever the order of the samples', () => {
    const latencies = Array.from({ length: 200 }, (_, i) => 200 - i);
    const figures = summariseSamples(
      'view',
      { latencies, errors: 0, bytes: 0 },
      1,
    );
    expect(figures.p50).toBe(100);
    expect(figures.p95).toBe(190);
    expect(figures.p99).toBe(198);
  });

  it('divides counts by the duration and adds errors no answer carries', () => {
    const figures = summariseSamples(
      'view',
      { latencies: [5, 6, 7, 8], errors: 1, bytes: 4_000 },
      2,
      3,
    );
    expect(figures).toMatchObject({
      label: 'view',
      requests: 4,
      requestsPerSecond: 2,
      errors: 4,
      bytesPerSecond: 2_000,
    });
  });

  it('reports no latency rather than zero when nothing was answered', () => {
    const figures = summariseSamples('view', emptySamples(), 60);
    expect(figures.requests).toBe(0);
    expect(figures.p95).toBeNaN();
  });

  it('merges the samples of several kinds of request', () => {
    const merged = mergeSamples([
      { latencies: [1, 2], errors: 1, bytes: 10 },
      { latencies: [3], errors: 2, bytes: 5 },
    ]);
    expect(merged).toEqual({ latencies: [1, 2, 3], errors: 3, bytes: 15 });
  });
});
