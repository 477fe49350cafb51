import { SchedulerService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PersonaIndex } from './PersonaIndex';

const team: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team', namespace: 'default', etag: 'e1' },
  spec: { type: 'team' },
};

/** A catalog whose reads wait until the test lets them through. */
function slowCatalog() {
  const gates: Array<() => void> = [];
  let open = false;
  const streamEntities = jest.fn(async function* read() {
    if (!open) await new Promise<void>(resolve => gates.push(resolve));
    yield [team];
  });
  const catalog = { streamEntities } as unknown as CatalogService;
  const letReadsThrough = () => {
    open = true;
    gates.splice(0).forEach(pass => pass());
  };
  const holdReads = () => {
    open = false;
  };
  return { catalog, streamEntities, letReadsThrough, holdReads };
}

function index(catalog: CatalogService, buildTimeoutMs: number) {
  return new PersonaIndex({
    catalog,
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
    buildTimeoutMs,
  });
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Passes once `check` does, or throws its last failure after 5 s. */
async function eventually(check: () => void) {
  const until = Date.now() + 5_000;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await sleep(5);
    }
  }
}

describe('PersonaIndex builds', () => {
  it('starts no second full read beside one that outlived its timeout, and shares it', async () => {
    const { catalog, streamEntities, letReadsThrough } = slowCatalog();
    const personaIndex = index(catalog, 30);

    await expect(personaIndex.refresh()).rejects.toThrow(/30 ms/);
    // the first read still runs: the next build waits for it
    const second = personaIndex.refresh();
    await sleep(10);
    expect(streamEntities).toHaveBeenCalledTimes(1);
    letReadsThrough();
    await expect(second).resolves.toMatchObject({ entityCount: 1 });

    // settled, the next build reads anew
    const reads = streamEntities.mock.calls.length;
    await personaIndex.refresh();
    expect(streamEntities.mock.calls.length).toBeGreaterThan(reads);
  });

  it('starts a new read beside one that has run for four timeouts, taken for hung', async () => {
    const { catalog, streamEntities, letReadsThrough } = slowCatalog();
    const personaIndex = index(catalog, 20);

    await expect(personaIndex.refresh()).rejects.toThrow();
    await sleep(100);
    const fresh = personaIndex.refresh();
    // the second read starts while the first still waits
    await eventually(() => expect(streamEntities).toHaveBeenCalledTimes(2));
    letReadsThrough();
    await expect(fresh).resolves.toMatchObject({ entityCount: 1 });
  });

  it('starts no second sweep beside one that outlived its timeout, and shares it', async () => {
    const { catalog, streamEntities, letReadsThrough, holdReads } =
      slowCatalog();
    letReadsThrough();
    const personaIndex = index(catalog, 30);
    await personaIndex.schedule(
      { scheduleTask: async () => {} } as unknown as SchedulerService,
      { hours: 1 },
    );
    await personaIndex.refresh();
    holdReads();
    const reads = streamEntities.mock.calls.length;

    await expect(personaIndex.followChanges()).rejects.toThrow(/30 ms/);
    // the sweep still reads the etags: the next tick waits for it
    await expect(personaIndex.followChanges()).rejects.toThrow(/30 ms/);
    expect(streamEntities).toHaveBeenCalledTimes(reads + 1);

    letReadsThrough();
    await eventually(() =>
      expect(personaIndex.followChanges()).resolves.not.toBe('skipped'),
    );
  });

  it('charges each scheduled full rebuild to the follow CPU, as rebuild', async () => {
    const { catalog, streamEntities, letReadsThrough } = slowCatalog();
    letReadsThrough();
    // A catalog that takes 50 ms of this process's CPU to answer, as one
    // served by the same backend does.
    const answer = streamEntities.getMockImplementation()!;
    streamEntities.mockImplementation(async function* spinThenAnswer(...args) {
      const until = process.cpuUsage().user + 50_000;
      while (process.cpuUsage().user < until) {
        // busy, on this process's CPU
      }
      return yield* answer(...args);
    } as typeof answer);
    const onFollowCpu = jest.fn();
    const personaIndex = new PersonaIndex({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      onFollowCpu,
    });
    const tasks = new Map<string, () => Promise<void>>();
    await personaIndex.schedule(
      {
        scheduleTask: async (task: { id: string; fn: () => Promise<void> }) => {
          tasks.set(task.id, task.fn);
        },
      } as unknown as SchedulerService,
      { seconds: 30 },
    );
    expect(streamEntities).not.toHaveBeenCalled();
    await tasks.get('persona-index-refresh')!();

    expect(streamEntities).toHaveBeenCalled();
    expect(onFollowCpu).toHaveBeenCalledTimes(1);
    const [work, cpuMs] = onFollowCpu.mock.calls[0];
    expect(work).toBe('rebuild');
    expect(cpuMs).toBeGreaterThanOrEqual(50);
  });
});
