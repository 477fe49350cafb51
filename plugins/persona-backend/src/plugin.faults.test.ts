import {
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { exampleCatalogConfig, waitFor } from '@internal/example-catalog';
import catalogModulePersona from '@platform-personas/backstage-plugin-catalog-backend-module-persona';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { startCatalogFaultProxy } from './__testUtils__/catalogFaultProxy';
import { personaPlugin } from './plugin';

const ORG = `
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: fault-team }
spec: { type: team, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: fault-user }
spec: { memberOf: [fault-team] }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: fault-widget }
spec: { type: service, lifecycle: production, owner: group:fault-team }
`;

const persona = (holders: unknown) => `
apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata: { name: fault-builder, title: Fault builder }
spec:
  type: builder
  owner: group:default/fault-team
  holders: ${JSON.stringify(holders)}
  responsibilities:
    - { id: build-widgets, title: Build the widgets }
  builds: [component:default/fault-widget]
`;

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())(
  'persona backend when the catalog or its data fails, on %s',
  databaseId => {
    jest.setTimeout(120_000);
    let dir: string;
    let proxy: Awaited<ReturnType<typeof startCatalogFaultProxy>>;
    let backend: Awaited<ReturnType<typeof startTestBackend>>;
    const files = () => ({
      org: path.join(dir, 'org.yaml'),
      personas: path.join(dir, 'personas.yaml'),
    });

    /** A portal whose persona plugin reaches the catalog through the proxy. */
    async function startPortal() {
      let port = 0;
      backend = await startTestBackend({
        features: [
          mockServices.database.factory({
            knex: await databases.init(databaseId),
          }),
          schedulerServiceFactory,
          createServiceFactory({
            service: coreServices.discovery,
            deps: {},
            factory: () => {
              const baseUrl = async (pluginId: string) =>
                pluginId === 'catalog'
                  ? `${proxy.url}/api/catalog`
                  : `http://localhost:${port}/api/${pluginId}`;
              return { getBaseUrl: baseUrl, getExternalBaseUrl: baseUrl };
            },
          }),
          catalogPlugin,
          catalogModulePersona,
          personaPlugin,
          mockServices.rootConfig.factory({
            data: {
              catalog: {
                ...exampleCatalogConfig([files().org, files().personas]),
                processingInterval: { seconds: 1 },
              },
              persona: {
                catalogTimeout: '1s',
                index: { refreshInterval: 'PT1S' },
              },
            },
          }),
        ],
      });
      port = backend.server.port();
      proxy.forwardTo(`http://localhost:${port}`);
    }

    const get = (url: string) =>
      request(backend.server)
        .get(url)
        .set('Authorization', mockCredentials.user.header());
    const view = (ref: string) => get(`/api/persona/v1/views/by-name/${ref}`);

    /** The persona's view once the index holds `ready` of it. */
    const personaViewWhen = (ready: (body: any) => boolean) => {
      let last = '';
      return waitFor(
        () => `the persona view (last answer: ${last})`,
        async () => {
          const res = await view('persona/default/fault-builder');
          last = `${res.status} ${JSON.stringify(res.body).slice(0, 500)}`;
          return res.status === 200 && ready(res.body) ? res.body : undefined;
        },
      );
    };

    /** Every holder and component of the persona is in the index. */
    const complete = (body: any) =>
      body.holders.length === 2 &&
      body.holders.every((holder: any) => holder.missing === false) &&
      body.components.builds[0]?.missing === false;

    beforeEach(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'persona-faults-'));
      fs.writeFileSync(files().org, ORG);
      fs.writeFileSync(
        files().personas,
        persona(['group:default/fault-team', 'user:default/fault-user']),
      );
      proxy = await startCatalogFaultProxy();
    });

    afterEach(async () => {
      await backend?.stop();
      await proxy.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('answers 503 within the catalog timeout while the catalog hangs and no index was built yet', async () => {
      proxy.setFault('hang');
      await startPortal();
      const started = Date.now();
      const res = await view('group/default/fault-team');
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('2');
      expect(res.body.error).toMatchObject({
        name: 'ServiceUnavailableError',
        message: expect.stringMatching(/persona index is not ready.*1000 ms/),
      });
      // the bound is 1 s; generous room for a loaded machine
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it('answers 503 when the catalog fails, and the views once it is back', async () => {
      proxy.setFault('fail');
      await startPortal();
      const res = await view('group/default/fault-team');
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('2');
      expect(res.body.error.name).toBe('ServiceUnavailableError');

      proxy.setFault('none');
      await personaViewWhen(body => body.holders.length === 2);
    });

    it('keeps answering from the last good index while the catalog fails', async () => {
      await startPortal();
      const { meta: _metaBefore, ...viewBefore } = await personaViewWhen(
        complete,
      );
      proxy.setFault('fail');
      const pause = (ms: number) =>
        new Promise(resolve => setTimeout(resolve, ms));
      // a build that read the catalog just before the fault may still finish
      await pause(1_000);
      const early = await view('persona/default/fault-builder');
      // several refreshes fail meanwhile
      await pause(3_000);
      const during = await view('persona/default/fault-builder');
      expect(early.status).toBe(200);
      expect(during.status).toBe(200);
      // The catalog may finish stitching (selector relations) between the
      // first complete build and the fault, so the index that answers is the
      // last one built before the fault: same view, and no build since
      const { meta, ...viewDuring } = during.body;
      expect(viewDuring).toEqual(viewBefore);
      expect(meta.indexBuiltAt).toBe(early.body.meta.indexBuiltAt);
      expect(meta.indexVersion).toBe(early.body.meta.indexVersion);
    });

    it('keeps the last good version of a Persona made invalid, with the error on the entity', async () => {
      await startPortal();
      const good = await personaViewWhen(complete);

      fs.writeFileSync(files().personas, persona([42]));
      const stored = await waitFor('the processing error', async () => {
        const res = await get(
          '/api/catalog/entities/by-name/persona/default/fault-builder',
        );
        return res.body.status?.items?.length ? res.body : undefined;
      });
      expect(stored.spec.holders).toEqual([
        'group:default/fault-team',
        'user:default/fault-user',
      ]);
      expect(stored.status.items[0]).toMatchObject({
        type: 'backstage.io/catalog-processing',
        level: 'error',
        error: { message: expect.stringContaining('/spec/holders/0') },
      });
      // the views still answer the last good version
      const { meta: _goodMeta, ...goodView } = good;
      const { meta: _meta, ...nowView } = (
        await view('persona/default/fault-builder')
      ).body;
      expect(nowView).toEqual(goodView);
      const team = await view('group/default/fault-team');
      expect(team.body.personas.map((p: any) => p.persona.ref)).toContain(
        'persona:default/fault-builder',
      );
    });

    it('keeps the last good Personas when their file is deleted', async () => {
      await startPortal();
      const good = await personaViewWhen(complete);
      fs.rmSync(files().personas);
      // the location reports the missing file; its entities stay
      await waitFor('the location error', async () => {
        const res = await get(
          `/api/catalog/entities/by-query?filter=kind=location,spec.target=${encodeURIComponent(
            files().personas,
          )}`,
        );
        return res.body.items?.[0]?.status?.items?.length ? true : undefined;
      });
      const now = await view('persona/default/fault-builder');
      expect(now.status).toBe(200);
      expect(now.body.holders).toEqual(good.holders);
    });

    it('shows a deleted holder and a deleted component as missing, and the rest as before', async () => {
      await startPortal();
      await personaViewWhen(complete);

      fs.writeFileSync(files().org, ORG.split('---')[0]);
      // removed from their file, the orphans are deleted as an admin would
      for (const ref of [
        'user/default/fault-user',
        'component/default/fault-widget',
      ]) {
        const entity = await waitFor(`${ref} to be orphaned`, async () => {
          const res = await get(`/api/catalog/entities/by-name/${ref}`);
          return res.body.metadata?.annotations?.['backstage.io/orphan']
            ? res.body
            : undefined;
        });
        const removed = await request(backend.server)
          .delete(`/api/catalog/entities/by-uid/${entity.metadata.uid}`)
          .set('Authorization', mockCredentials.user.header());
        expect(removed.status).toBe(204);
      }

      const after = await personaViewWhen(
        body => body.components.builds[0]?.missing === true,
      );
      expect(after.holders).toEqual([
        expect.objectContaining({
          ref: 'group:default/fault-team',
          missing: false,
        }),
        expect.objectContaining({
          ref: 'user:default/fault-user',
          missing: true,
        }),
      ]);
      expect(after.components.builds).toEqual([
        expect.objectContaining({
          ref: 'component:default/fault-widget',
          missing: true,
        }),
      ]);
      const team = await view('group/default/fault-team');
      expect(team.status).toBe(200);
      expect(await view('user/default/fault-user')).toMatchObject({
        status: 404,
      });
    });
  },
);
