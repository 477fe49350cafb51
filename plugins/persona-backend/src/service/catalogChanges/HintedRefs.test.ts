import { mockServices } from '@backstage/backend-test-utils';
import { HintedRefs } from './HintedRefs';

/** HintedRefs on a clock of its own, with the looks it made recorded. */
function hinted(showsChange: (ref: string, look: number) => boolean) {
  let now = 0;
  const looks: string[][] = [];
  const logger = mockServices.logger.mock();
  const onLetGo = jest.fn();
  const refs = new HintedRefs({
    onLetGo,
    look: async batch => {
      looks.push(batch);
      return {
        changed: batch.filter(ref => showsChange(ref, looks.length)),
        quiet: batch.filter(ref => !showsChange(ref, looks.length)),
      };
    },
    logger,
    looksMs: [100, 200, 400],
    now: () => now,
  });
  return {
    refs,
    looks,
    logger,
    onLetGo,
    /** Moves the clock on and looks at what is due. */
    after: async (ms: number) => {
      now += ms;
      await refs.lookAtDue();
    },
  };
}

describe('HintedRefs', () => {
  it('looks at a quiet ref again, later each time, and lets it go after the last look, for a sweep', async () => {
    const { refs, looks, after, onLetGo } = hinted(() => false);
    refs.add(['component:default/a']);
    await after(99);
    expect(looks).toEqual([]);
    await after(1);
    await after(199);
    await after(1);
    await after(400);
    expect(looks).toEqual([
      ['component:default/a'],
      ['component:default/a'],
      ['component:default/a'],
    ]);
    expect(refs.size).toBe(0);
    expect(onLetGo).toHaveBeenCalledWith(['component:default/a']);
  });

  it('gives a ref that showed a change one more look, then lets it go, with no sweep', async () => {
    const { refs, looks, after, onLetGo } = hinted((_ref, look) => look === 1);
    refs.add(['component:default/a', 'component:default/b']);
    await after(100);
    expect(refs.size).toBe(2);
    await after(200);
    expect(looks).toEqual([
      ['component:default/a', 'component:default/b'],
      ['component:default/a', 'component:default/b'],
    ]);
    expect(refs.size).toBe(0);
    expect(onLetGo).not.toHaveBeenCalled();
  });

  it('starts the looks afresh for a ref named again', async () => {
    const { refs, looks, after } = hinted(() => false);
    refs.add(['component:default/a']);
    await after(100);
    refs.add(['component:default/a', 'component:default/b']);
    await after(100);
    expect(looks).toEqual([
      ['component:default/a'],
      ['component:default/a', 'component:default/b'],
    ]);
  });

  it('lets go at once the refs a look settled by a sweep', async () => {
    let now = 0;
    const refs = new HintedRefs({
      look: async () => ({ changed: [], quiet: [] }),
      logger: mockServices.logger.mock(),
      looksMs: [100, 200],
      now: () => now,
    });
    refs.add(['component:default/a']);
    now += 100;
    await refs.lookAtDue();
    expect(refs.size).toBe(0);
  });

  it('lets the refs of a failed look go, for a sweep to find them', async () => {
    const logger = mockServices.logger.mock();
    const onLetGo = jest.fn();
    const refs = new HintedRefs({
      onLetGo,
      look: async () => {
        throw new Error('catalog down');
      },
      logger,
      looksMs: [10, 20],
    });
    refs.add(['component:default/a']);
    await new Promise(resolve => setTimeout(resolve, 100));
    expect(refs.size).toBe(0);
    expect(logger.warn).toHaveBeenCalledWith(
      'Looking at catalog changes failed, a sweep will find them: Error: catalog down',
    );
    expect(onLetGo).toHaveBeenCalledWith(['component:default/a']);
  });
});
