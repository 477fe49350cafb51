import { metricsServiceMock } from '@backstage/backend-test-utils/alpha';
import { followCpuMetric, processCpuMs, withFollowCpu } from './followCpu';

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

describe('withFollowCpu', () => {
  it('tells the CPU a piece of work was charged, when it fails too', async () => {
    const listener = jest.fn();
    // busy until 20 ms of CPU are spent, however loaded the machine is
    const spin = () => {
      const start = processCpuMs();
      while (processCpuMs() - start < 20);
    };

    await expect(
      withFollowCpu('look', listener, async () => {
        spin();
        return 'seen';
      }),
    ).resolves.toBe('seen');
    await expect(
      withFollowCpu('look', listener, async () => {
        spin();
        throw new Error('catalog down');
      }),
    ).rejects.toThrow('catalog down');

    expect(listener).toHaveBeenCalledTimes(2);
    for (const [work, cpuMs] of listener.mock.calls) {
      expect(work).toBe('look');
      expect(cpuMs).toBeGreaterThanOrEqual(20);
    }
  });
});
