import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { HintTrust } from './HintTrust';

function trustOnAClock(fullRebuildIntervalMs?: number) {
  let now = 0;
  const logger = mockServices.logger.mock();
  const trust = new HintTrust({
    logger,
    doubtMs: 600_000,
    fullRebuildIntervalMs,
    now: () => now,
  });
  const source = (sequence: number, instance = 'catalog-1') => ({
    instance,
    sequence,
    heartbeatMs: 60_000,
  });
  const beat = (sequence: number, instance?: string) =>
    trust.heard({ entityRefs: [], source: source(sequence, instance) });
  return {
    trust,
    logger,
    source,
    beat,
    pass: (ms: number) => {
      now += ms;
    },
  };
}

const component = (name: string, ...targetRefs: string[]): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  relations: targetRefs.map(targetRef => ({ type: 'ownedBy', targetRef })),
});

describe('HintTrust', () => {
  it('trusts hints only while a heartbeat reaches it', () => {
    const { trust, beat, pass } = trustOnAClock();
    expect(trust.trusted()).toBe(false);
    // Events of a module without numbers prove nothing.
    trust.heard({ entityRefs: ['component:default/a'] });
    expect(trust.trusted()).toBe(false);

    beat(7);
    expect(trust.trusted()).toBe(true);
    pass(150_000);
    expect(trust.trusted()).toBe(true);
    // Two and a half heartbeats without a word: gone, and what it named
    // last may not have arrived.
    pass(1);
    expect(trust.trusted()).toBe(false);
    // Back, under a new instance after a restart: trusted after the doubt.
    beat(1, 'catalog-2');
    expect(trust.trusted()).toBe(false);
    for (let sequence = 2; sequence <= 11; sequence++) {
      pass(60_000);
      beat(sequence, 'catalog-2');
    }
    expect(trust.trusted()).toBe(true);
  });

  it('doubts a process first heard mid-way once it has listened for a while', () => {
    const early = trustOnAClock();
    // Soon after the start: the index's first build read what came before.
    early.beat(40);
    expect(early.trust.trusted()).toBe(true);

    const late = trustOnAClock();
    late.pass(150_001);
    late.beat(40);
    expect(late.trust.trusted()).toBe(false);
  });

  it('takes no heartbeat longer than five minutes', () => {
    const { trust, pass } = trustOnAClock();
    trust.heard({
      entityRefs: [],
      source: { instance: 'x', sequence: 1, heartbeatMs: 1e15 },
    });
    expect(trust.trusted()).toBe(true);
    pass(750_001);
    expect(trust.trusted()).toBe(false);
  });

  it('doubts hints after a gap in the numbers, for the doubt period', () => {
    const { trust, beat, pass, logger } = trustOnAClock();
    beat(1);
    beat(2);
    beat(3);
    expect(trust.trusted()).toBe(true);
    beat(5);
    expect(trust.trusted()).toBe(false);
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining(
        '1 change hint events of a catalog process did not arrive',
      ),
    );
    pass(599_999);
    beat(6);
    expect(trust.trusted()).toBe(false);
    pass(1);
    expect(trust.trusted()).toBe(true);
  });

  it('judges a process heard again after a silence by its number', () => {
    const { trust, beat, pass } = trustOnAClock();
    beat(1);
    pass(150_001);
    // Silent: not trusted, however often asked, and asking changes nothing.
    expect(trust.trusted()).toBe(false);
    expect(trust.trusted()).toBe(false);
    // Back with the next number: nothing was lost.
    beat(2);
    expect(trust.trusted()).toBe(true);
    pass(150_001);
    // Back with numbers missing: some hints were lost.
    beat(5);
    expect(trust.trusted()).toBe(false);
  });

  it('forgets a silent process with a doubt when another is heard', () => {
    const { trust, beat, pass, logger } = trustOnAClock();
    beat(1, 'a');
    pass(100_000);
    beat(1, 'b');
    expect(trust.trusted()).toBe(true);
    pass(100_000);
    // a: silent for 200 s; b speaks, a is forgotten with a doubt.
    beat(2, 'b');
    expect(trust.trusted()).toBe(false);
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining(
        "not trusting catalog change hints for 10 minutes, sweeping the catalog's etags every refresh interval: a catalog process fell silent",
      ),
    );
  });

  /** A trust on a clock, a heartbeat every minute, and an unnamed change. */
  function recurringDoubts(fullRebuildIntervalMs?: number) {
    const clock = trustOnAClock(fullRebuildIntervalMs);
    let sequence = 0;
    // Beats every minute for `minutes`, then whether the hints are trusted.
    const beatFor = (minutes: number) => {
      for (let minute = 0; minute < minutes; minute++) {
        clock.pass(60_000);
        clock.beat(++sequence);
      }
      return clock.trust.trusted();
    };
    const unnamedChange = () =>
      clock.trust.found({
        changed: [
          { before: component('api'), after: component('api', 'x:y/z') },
        ],
        deleted: [],
      });
    clock.beat(++sequence);
    return { ...clock, beatFor, unnamedChange };
  }

  it('doubts twice as long each time a doubt comes back soon after the last ended', () => {
    const { beatFor, unnamedChange, logger } = recurringDoubts();
    unnamedChange();
    expect(beatFor(9)).toBe(false);
    expect(beatFor(1)).toBe(true);
    // Found again 5 minutes after the first doubt ended: 20 minutes.
    expect(beatFor(5)).toBe(true);
    unnamedChange();
    expect(beatFor(19)).toBe(false);
    expect(beatFor(1)).toBe(true);
    // Again: 40 minutes; a doubt raised during a doubt does not grow it.
    unnamedChange();
    expect(beatFor(20)).toBe(false);
    unnamedChange();
    expect(beatFor(39)).toBe(false);
    expect(beatFor(1)).toBe(true);
    // Logged when trust was lost, each time; the prolonging at debug.
    expect(logger.info).toHaveBeenCalledTimes(3);
    expect(logger.info).toHaveBeenLastCalledWith(
      expect.stringContaining(
        'not trusting catalog change hints for 40 minutes',
      ),
    );
    expect(logger.debug).toHaveBeenLastCalledWith(
      expect.stringContaining(
        'not trusting catalog change hints for 40 minutes',
      ),
    );
    // After a calm stretch as long as the last doubt, back to 10 minutes.
    expect(beatFor(40)).toBe(true);
    unnamedChange();
    expect(beatFor(9)).toBe(false);
    expect(beatFor(1)).toBe(true);
  });

  it('grows a recurring doubt to sixteen times the first at most', () => {
    const { trust, beatFor, unnamedChange } = recurringDoubts();
    const lengths: number[] = [];
    for (let doubt = 0; doubt < 6; doubt++) {
      unnamedChange();
      let minutes = 1;
      while (!beatFor(1)) minutes++;
      lengths.push(minutes);
    }
    expect(lengths).toEqual([10, 20, 40, 80, 160, 160]);
    expect(trust.trusted()).toBe(true);
  });

  it('counts a doubt found again by the next full rebuild as recurring', () => {
    // Rebuilds every 30 minutes find the change again 20 minutes after the
    // 10-minute doubt ended: longer than that doubt, within the interval.
    const { beatFor, unnamedChange } = recurringDoubts(30 * 60_000);
    unnamedChange();
    expect(beatFor(10)).toBe(true);
    expect(beatFor(20)).toBe(true);
    unnamedChange();
    expect(beatFor(19)).toBe(false);
    expect(beatFor(1)).toBe(true);
  });

  it('takes late or repeated events for no gap, and numbers each process apart', () => {
    const { trust, beat } = trustOnAClock();
    beat(10, 'a');
    beat(20, 'b');
    beat(11, 'a');
    beat(11, 'a');
    beat(9, 'a');
    beat(21, 'b');
    expect(trust.trusted()).toBe(true);
  });

  it('doubts hints when a sweep finds a change that nothing named', () => {
    const { trust, beat, logger } = trustOnAClock();
    beat(1);
    trust.found({
      changed: [
        {
          before: component('api', 'group:default/a'),
          after: component('api', 'group:default/b'),
        },
      ],
      deleted: [],
    });
    expect(trust.trusted()).toBe(false);
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining(
        'the index found 1 changed entities that no hint named, such as component:default/api',
      ),
    );
  });

  it('keeps trusting when a sweep finds what was named, or the other side of a named relation', () => {
    const { trust, source, pass } = trustOnAClock();
    trust.heard({
      entityRefs: ['Component:default/API', 'group:default/b'],
      source: source(1),
    });
    pass(60_000);
    trust.found({
      changed: [
        // named itself, in another case
        {
          before: component('api', 'group:default/a'),
          after: component('api', 'group:default/b'),
        },
        // a relation to a named entity came
        {
          before: component('web'),
          after: component('web', 'group:default/b'),
        },
        // a relation to a named entity went
        {
          before: component('cli', 'group:default/b'),
          after: component('cli'),
        },
      ],
      deleted: [],
    });
    expect(trust.trusted()).toBe(true);
  });

  it('takes new and deleted entities as named, for the other side of their relations', () => {
    const { trust, beat } = trustOnAClock();
    beat(1);
    trust.found({
      changed: [
        { after: component('new') },
        {
          before: component('owner'),
          after: component('owner', 'component:default/new'),
        },
        {
          before: component('held', 'component:default/gone'),
          after: component('held'),
        },
      ],
      deleted: ['component:default/gone'],
    });
    expect(trust.trusted()).toBe(true);
  });

  it('forgets names after ten minutes', () => {
    const { trust, source, pass } = trustOnAClock();
    trust.heard({ entityRefs: ['component:default/api'], source: source(1) });
    pass(600_001);
    trust.heard({ entityRefs: [], source: source(2) });
    trust.found({
      changed: [{ before: component('api'), after: component('api', 'x:y/z') }],
      deleted: [],
    });
    expect(trust.trusted()).toBe(false);
  });
});
