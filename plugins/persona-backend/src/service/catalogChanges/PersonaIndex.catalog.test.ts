import {
  coreServices,
  createBackendPlugin,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { exampleCatalogConfig, waitFor } from '@internal/example-catalog';
import catalogModulePersona from '@platform-personas/backstage-plugin-catalog-backend-module-persona';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  eventsServiceFactory,
  eventsServiceRef,
} from '@backstage/plugin-events-node';
import {
  PERSONA_CATALOG_CHANGES_TOPIC,
  PersonaCatalogChangesPayload,
} from '@platform-personas/backstage-plugin-persona-node';
import { PersonaIndex } from '../PersonaIndex';
import { HintedRefs } from './HintedRefs';
import { HintTrust } from './HintTrust';
import { fullBuildOf } from './__testUtils__/changingCatalog';

let probed: { catalog: CatalogService; auth: any; logger: any } | undefined;
/** Where the probe passes on the refs the catalog module names as changed. */
let onHint: (refs: string[]) => void = () => {};
/** Every event of the catalog module, from the backend's start. */
const heard: PersonaCatalogChangesPayload[] = [];
let onHeard: (payload: PersonaCatalogChangesPayload) => void = () => {};
const probe = createBackendPlugin({
  pluginId: 'changes-probe',
  register(env) {
    env.registerInit({
      deps: {
        catalog: catalogServiceRef,
        auth: coreServices.auth,
        logger: coreServices.logger,
        events: eventsServiceRef,
      },
      async init({ events, ...deps }) {
        probed = deps;
        await events.subscribe({
          id: 'hints-probe',
          topics: [PERSONA_CATALOG_CHANGES_TOPIC],
          async onEvent({ eventPayload }) {
            const payload = eventPayload as PersonaCatalogChangesPayload;
            heard.push(payload);
            onHeard(payload);
            if (payload.entityRefs.length > 0) onHint(payload.entityRefs);
          },
        });
      },
    });
  },
});

const componentYaml = (lifecycle: string) => `
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: change-follower
spec:
  type: service
  lifecycle: ${lifecycle}
  owner: group:default/team-a
`;

/** An index of the real catalog whose ticks the test drives, each sweep due at once. */
async function indexTickedByTheTest(
  options: Partial<ConstructorParameters<typeof PersonaIndex>[0]> = {},
) {
  const index = new PersonaIndex({ ...probed!, ...options });
  await index.schedule(
    {
      scheduleTask: async () => {},
    } as Partial<SchedulerService> as SchedulerService,
    { milliseconds: 1 },
  );
  return index;
}

const lifecycleIn = async (index: PersonaIndex) =>
  (await index.snapshot()).graph.get('component:default/change-follower')?.spec
    ?.lifecycle;

describe('PersonaIndex following the real catalog', () => {
  jest.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'persona-changes-'));
  const file = path.join(dir, 'component.yaml');
  let backend: Awaited<ReturnType<typeof startTestBackend>>;

  beforeAll(async () => {
    fs.writeFileSync(file, componentYaml('experimental'));
    backend = await startTestBackend({
      features: [
        schedulerServiceFactory,
        // One events service for every plugin, as in a backend; the test
        // backend's mock gives each plugin its own.
        eventsServiceFactory,
        catalogPlugin,
        catalogModulePersona,
        probe,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              ...exampleCatalogConfig([file]),
              processingInterval: { seconds: 1 },
            },
            events: { useEventBus: 'never' },
          },
        }),
      ],
    });
  });

  afterAll(async () => {
    await backend?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('applies an entity changed on disk without reading the whole catalog', async () => {
    const index = await indexTickedByTheTest();
    const lifecycle = () => lifecycleIn(index);
    await index.snapshot();
    // The example catalog settles first: three quiet sweeps in a row.
    let quiet = 0;
    await waitFor(
      'the catalog to settle',
      async () => {
        await new Promise(resolve => setTimeout(resolve, 500));
        quiet = (await index.followChanges()) === 'unchanged' ? quiet + 1 : 0;
        return quiet >= 3 && (await lifecycle()) === 'experimental'
          ? true
          : undefined;
      },
      120_000,
    );
    const before = index.stats();

    fs.writeFileSync(file, componentYaml('production'));
    const written = Date.now();
    await waitFor('the changed component to be indexed', async () => {
      await index.followChanges();
      return (await lifecycle()) === 'production' ? true : undefined;
    });
    expect(Date.now() - written).toBeLessThan(30_000);
    expect(index.stats().fullBuilds).toBe(before.fullBuilds);
    expect(index.stats().changeBatches).toBeGreaterThan(before.changeBatches);

    // Once the catalog settles, what was followed equals a full read.
    await waitFor('the followed index to equal a full read', async () => {
      await index.followChanges();
      const [followed, full] = [
        await index.snapshot(),
        await fullBuildOf(probed!.catalog),
      ];
      return followed.version === full.version ? true : undefined;
    });
  });

  it("applies an entity changed on disk from the catalog module's hints alone, with no sweep", async () => {
    const index = new PersonaIndex({ ...probed! });
    // Never swept: only the hints move this index.
    const hinted = new HintedRefs({
      look: refs => index.followHints(refs),
      logger: probed!.logger,
      // Longer than the default, for a catalog slow to stitch under load.
      looksMs: [250, 500, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000],
    });
    const named: string[] = [];
    onHint = refs => {
      named.push(...refs);
      hinted.add(refs);
    };
    const lifecycle = () => lifecycleIn(index);
    const stamp = `hinted-${Date.now()}`;
    // Processed once before (a first sight is not named), whatever ran first.
    await waitFor('the component to be in the catalog', async () => {
      await index.refresh();
      return (await lifecycle()) ? true : undefined;
    });
    const fullBuilds = index.stats().fullBuilds;

    try {
      fs.writeFileSync(file, componentYaml(stamp));
      await waitFor(
        'the hinted component to be indexed',
        async () => ((await lifecycle()) === stamp ? true : undefined),
        90_000,
      );
      expect(named).toContain('component:default/change-follower');
      expect(index.stats().fullBuilds).toBe(fullBuilds);
      expect(index.stats().changeBatches).toBeGreaterThan(0);
    } finally {
      onHint = () => {};
    }
  });

  it("trusts the real module's numbered heartbeat, and a change it named, found by a full read, keeps the trust", async () => {
    const trust = new HintTrust({ logger: probed!.logger });
    heard.forEach(payload => trust.heard(payload));
    onHeard = payload => trust.heard(payload);
    // One process, numbered from 1 with no gap, its heartbeat among them.
    const sequences = heard.map(payload => payload.source?.sequence);
    expect(sequences).toEqual(sequences.map((_, i) => i + 1));
    expect(heard.some(payload => payload.entityRefs.length === 0)).toBe(true);
    expect(trust.trusted()).toBe(true);

    const onFollowCpu = jest.fn();
    const index = await indexTickedByTheTest({ hintTrust: trust, onFollowCpu });
    const lifecycle = () => lifecycleIn(index);
    await index.snapshot();
    // The first tick sweeps, to learn the etags; trusted, none after it.
    await index.followChanges();
    onFollowCpu.mockClear();
    const stamp = `read-${Date.now()}`;
    try {
      fs.writeFileSync(file, componentYaml(stamp));
      // Trusted, the index does not sweep; the named ref is not looked at
      // either, so a full read finds the change, and compares it.
      await waitFor(
        'the component read anew to be indexed',
        async () => {
          await new Promise(resolve => setTimeout(resolve, 200));
          await index.followChanges();
          await index.refresh();
          return (await lifecycle()) === stamp ? true : undefined;
        },
        90_000,
      );
      expect(trust.trusted()).toBe(true);
      const sweeps = onFollowCpu.mock.calls.filter(
        ([work]) => work === 'sweep',
      );
      expect(sweeps).toEqual([]);
    } finally {
      onHeard = () => {};
    }
  });
});
