import { metricsServiceMock } from '@backstage/backend-test-utils/alpha';
import { FollowCpuMeter, followCpuMetric } from './followCpu';

describe('followCpuMetric', () => {
  it('counts CPU milliseconds as seconds of persona.index.follow.cpu.time, by work', () => {
    const add = jest.fn();
    const metrics = metricsServiceMock.mock({
      createCounter: jest.fn().mockReturnValue({ add }),
    });

    const followCpu = followCpuMetric(metrics);
    followCpu('probe', 12);
    followCpu('look', 1_500);

    expect(metrics.createCounter).toHaveBeenCalledWith(
      'persona.index.follow.cpu.time',
      expect.objectContaining({ unit: 's' }),
    );
    expect(add.mock.calls).toEqual([
      [0.012, { work: 'probe' }],
      [1.5, { work: 'look' }],
    ]);
  });
});

/** A meter on a CPU clock the test moves, and what it charged by work. */
function meterOnTestClock() {
  let cpu = 0;
  const charged = new Map<string, number>();
  const meter = new FollowCpuMeter(
    (work, cpuMs) => charged.set(work, (charged.get(work) ?? 0) + cpuMs),
    () => cpu,
  );
  const spend = (cpuMs: number) => {
    cpu += cpuMs;
  };
  return { meter, charged, spend };
}

describe('FollowCpuMeter', () => {
  it('charges a piece of work the CPU spent while it runs, when it fails too', async () => {
    const { meter, charged, spend } = meterOnTestClock();
    spend(500); // not following: charged to nobody

    await expect(
      meter.measure('look', async () => {
        spend(20);
        return 'seen';
      }),
    ).resolves.toBe('seen');
    await expect(
      meter.measure('sweep', async () => {
        spend(30);
        throw new Error('catalog down');
      }),
    ).rejects.toThrow('catalog down');

    expect(Object.fromEntries(charged)).toEqual({ look: 20, sweep: 30 });
  });

  it('shares the CPU of overlapping work instead of counting it twice', async () => {
    const { meter, charged, spend } = meterOnTestClock();
    let finishSweep = () => {};
    const sweepRuns = new Promise<void>(resolve => {
      finishSweep = resolve;
    });

    // A look that waits for a sweep, as a look does while one runs.
    const look = meter.measure('look', async () => {
      spend(100);
      const sweep = meter.measure('sweep', () => sweepRuns);
      spend(200); // both running
      finishSweep();
      await sweep;
      spend(100);
    });
    await look;

    expect(Object.fromEntries(charged)).toEqual({ look: 300, sweep: 100 });
    // 400 ms of CPU ran while following, and 400 ms were charged.
  });
});
