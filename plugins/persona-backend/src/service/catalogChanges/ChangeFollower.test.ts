import { ChangeFollower, SweepOutcome } from './ChangeFollower';

/** A follower on a fake clock, whose work takes `cpu` ms of CPU and `wall` ms. */
function follower(options: {
  probeCpu: number;
  sweepCpu: number;
  wall: number;
  hintsTrusted?: () => boolean;
  outcome?: SweepOutcome;
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
    return options.outcome ?? 'unchanged';
  });
  const changes = new ChangeFollower({
    tickMs: 2_000,
    maxGapMs: 30_000,
    budget: 0.01,
    cpuMs: () => cpu,
    hintsTrusted: options.hintsTrusted,
    suspectChange,
    sweep,
  });
  const spend = (cpuMs: number) => {
    cpu += cpuMs;
  };
  return { changes, suspectChange, sweep, spend };
}

describe('ChangeFollower', () => {
  afterEach(() => jest.useRealTimers());

  it('spaces its cheap questions by the CPU they take, not by the time spent waiting', async () => {
    // Each question waits 200 ms on the catalog and takes 10 ms of CPU: at
    // half of 1 % of a core, one in 2 s (by elapsed time, one in 40 s).
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
    // questions at 0.7, 2.9 and 5.1 s; the next sweep is due at 27 s
    expect(suspectChange).toHaveBeenCalledTimes(3);
    expect(sweep).toHaveBeenCalledTimes(1);
  });

  it('waits the refresh interval at most between sweeps, however costly', async () => {
    const { changes, sweep } = follower({
      probeCpu: 0,
      sweepCpu: 5_000,
      wall: 0,
    });
    // 5 s of CPU would wait 1,000 s at half of 1 %; the refresh interval is 30 s.
    await changes.tick();
    jest.advanceTimersByTime(26_000);
    expect(await changes.tick()).toBe('idle');
    expect(sweep).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(2_000);
    await changes.tick();
    expect(sweep).toHaveBeenCalledTimes(2);
  });

  it('does not sweep while hints are trusted, but still asks the cheap questions', async () => {
    const { changes, sweep, suspectChange } = follower({
      probeCpu: 10,
      sweepCpu: 500,
      wall: 0,
      hintsTrusted: () => true,
    });
    // The first sweep gives the index its etags; then the hints name changes.
    await changes.tick();
    for (let t = 0; t < 30; t++) {
      jest.advanceTimersByTime(60_000);
      expect(await changes.tick()).toBe('idle');
    }
    expect(sweep).toHaveBeenCalledTimes(1);
    expect(suspectChange).toHaveBeenCalledTimes(30);
    // A cheap question that suggests a change still sweeps at once.
    suspectChange.mockResolvedValueOnce(true);
    jest.advanceTimersByTime(60_000);
    expect(await changes.tick()).toBe('unchanged');
    expect(sweep).toHaveBeenCalledTimes(2);
  });

  it('falls back to the refresh interval as soon as hints are no longer trusted', async () => {
    let trusted = true;
    const { changes, sweep } = follower({
      probeCpu: 0,
      sweepCpu: 500,
      wall: 0,
      hintsTrusted: () => trusted,
    });
    await changes.tick();
    jest.advanceTimersByTime(40_000);
    expect(await changes.tick()).toBe('idle');
    trusted = false;
    jest.advanceTimersByTime(2_000);
    await changes.tick();
    expect(sweep).toHaveBeenCalledTimes(2);
  });

  it('spaces sweeps by the busy budget while the catalog keeps changing', async () => {
    // Every sweep applies changes and takes 1 s of CPU: at a fifth of a
    // core, one in 5 s (less the jitter allowance), not one at every tick.
    const { changes, sweep } = follower({
      probeCpu: 0,
      sweepCpu: 1_000,
      wall: 0,
      outcome: 'applied',
    });
    for (let t = 0; t <= 60_000; t += 2_000) {
      await changes.tick();
      jest.advanceTimersByTime(2_000);
    }
    // at 0, 6, 12 … 60 s: 11 sweeps in 31 ticks
    expect(sweep).toHaveBeenCalledTimes(11);
  });

  it('sweeps a suggested change at once after a quiet spell, and within the busy budget after a sweep', async () => {
    const { changes, sweep, suspectChange } = follower({
      probeCpu: 0,
      sweepCpu: 1_000,
      wall: 0,
      hintsTrusted: () => true,
    });
    await changes.tick();
    jest.advanceTimersByTime(60_000);
    suspectChange.mockResolvedValueOnce(true);
    expect(await changes.tick()).toBe('unchanged');
    expect(sweep).toHaveBeenCalledTimes(2);
    // Suggested again 2 s later: the last sweep's 1 s of CPU holds it to 4.5 s.
    jest.advanceTimersByTime(2_000);
    suspectChange.mockResolvedValueOnce(true);
    expect(await changes.tick()).toBe('idle');
    jest.advanceTimersByTime(2_000);
    expect(await changes.tick()).toBe('idle');
    // Already asked for: no question in between.
    expect(suspectChange).toHaveBeenCalledTimes(2);
    jest.advanceTimersByTime(2_000);
    expect(await changes.tick()).toBe('unchanged');
    expect(sweep).toHaveBeenCalledTimes(3);
  });

  it('sweeps when asked to, trusted hints or not, within the busy budget', async () => {
    const { changes, sweep } = follower({
      probeCpu: 0,
      sweepCpu: 1_000,
      wall: 0,
      hintsTrusted: () => true,
    });
    await changes.tick();
    changes.sweepSoon();
    jest.advanceTimersByTime(2_000);
    expect(await changes.tick()).toBe('idle');
    jest.advanceTimersByTime(4_000);
    expect(await changes.tick()).toBe('unchanged');
    expect(sweep).toHaveBeenCalledTimes(2);
    jest.advanceTimersByTime(60_000);
    expect(await changes.tick()).toBe('idle');
  });

  it('spaces a failed sweep by the CPU it took, and tries again within the busy budget', async () => {
    const { changes, sweep, spend } = follower({
      probeCpu: 0,
      sweepCpu: 0,
      wall: 0,
    });
    sweep.mockImplementationOnce(async () => {
      spend(1_000);
      jest.advanceTimersByTime(100);
      throw new Error('catalog down');
    });
    await expect(changes.tick()).rejects.toThrow('catalog down');
    // 1 s of CPU at a fifth of a core: the next sweep 5 s later (less jitter).
    jest.advanceTimersByTime(2_000);
    expect(await changes.tick()).toBe('idle');
    expect(sweep).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(3_000);
    expect(await changes.tick()).toBe('unchanged');
    expect(sweep).toHaveBeenCalledTimes(2);
  });
});
