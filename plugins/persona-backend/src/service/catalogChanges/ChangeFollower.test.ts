import { ChangeFollower, SweepOutcome } from './ChangeFollower';
import { FollowCpuListener } from './followCpu';

/** A follower on a fake clock, whose work takes `cpu` ms of CPU and `wall` ms. */
function follower(options: {
  probeCpu: number;
  sweepCpu: number;
  wall: number;
  onCpu?: FollowCpuListener;
}) {
  let cpu = 0;
  jest.useFakeTimers({ now: 0 });
  const suspectChange = jest.fn(async () => {
    cpu += options.probeCpu;
    jest.advanceTimersByTime(options.wall);
    return false;
  });
  const sweep = jest.fn(async (): Promise<SweepOutcome> => {
    cpu += options.sweepCpu;
    jest.advanceTimersByTime(options.wall);
    return 'unchanged';
  });
  const changes = new ChangeFollower({
    tickMs: 2_000,
    maxGapMs: 30_000,
    budget: 0.01,
    cpuMs: () => cpu,
    onCpu: options.onCpu,
    suspectChange,
    sweep,
  });
  return { changes, suspectChange, sweep };
}

describe('ChangeFollower', () => {
  afterEach(() => jest.useRealTimers());

  it('spaces its cheap questions by the CPU they take, not by the time spent waiting', async () => {
    // Each question waits 200 ms on the catalog and takes 10 ms of CPU: at
    // 1 % of a core, one a second (by elapsed time it would be one in 20 s).
    const { changes, suspectChange, sweep } = follower({
      probeCpu: 10,
      sweepCpu: 200,
      wall: 200,
    });
    expect(await changes.tick()).toBe('unchanged');
    for (let t = 0; t < 10; t++) {
      jest.advanceTimersByTime(500);
      expect(await changes.tick()).toBe('idle');
    }
    // questions at 0.7, 1.9, 3.1, 4.3 and 5.5 s; the next sweep is due at 18 s
    expect(suspectChange).toHaveBeenCalledTimes(5);
    expect(sweep).toHaveBeenCalledTimes(1);
  });

  it('tells what each probe and sweep was charged', async () => {
    const onCpu = jest.fn();
    const { changes } = follower({
      probeCpu: 10,
      sweepCpu: 200,
      wall: 200,
      onCpu,
    });
    await changes.tick();
    jest.advanceTimersByTime(2_000);
    await changes.tick();
    expect(onCpu.mock.calls).toEqual([
      ['sweep', 200],
      ['probe', 10],
    ]);
  });

  it('waits the refresh interval at most between sweeps, however costly', async () => {
    const { changes, sweep } = follower({
      probeCpu: 0,
      sweepCpu: 5_000,
      wall: 0,
    });
    // 5 s of CPU would wait 500 s at 1 %; the refresh interval is 30 s.
    await changes.tick();
    jest.advanceTimersByTime(26_000);
    expect(await changes.tick()).toBe('idle');
    expect(sweep).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(2_000);
    await changes.tick();
    expect(sweep).toHaveBeenCalledTimes(2);
  });
});
