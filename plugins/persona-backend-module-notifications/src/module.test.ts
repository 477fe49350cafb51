import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import notificationsPlugin from '@backstage/plugin-notifications-backend';
import {
  permissionedCatalogFeatures,
  waitFor,
} from '@internal/example-catalog';
import catalogModulePersona from '@platform-personas/backstage-plugin-catalog-backend-module-persona';
import personaPlugin from '@platform-personas/backstage-plugin-persona-backend';
import { Knex } from 'knex';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import personaModuleNotifications from './index';
import {
  MAINTAINER,
  notifyTestPolicyModule,
} from './__testUtils__/notifyTestPolicyModule';

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const JANE = 'user:default/jane.doe'; // connectors-team
/** The members of platform-team's sub-groups: it has no direct members. */
const PLATFORM_TEAM = [
  'user:default/alice.admin',
  'user:default/dora.database',
  'user:default/nina.network',
  'user:default/sam.security',
  'user:default/stan.storage',
];

/** A Persona held by `holders` that builds `builds`, as catalog YAML. */
const personaYaml = (holders: string[], builds: string[]) => `
apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: notify-test
  title: Notify test
spec:
  type: builder
  owner: group:default/platform-team
  holders: [${holders.join(', ')}]
  responsibilities:
    - id: keep-lights-on
      title: Keep the lights on
  builds: [${builds.join(', ')}]
`;

type Notification = {
  payload: {
    title: string;
    description?: string;
    link?: string;
    topic?: string;
  };
};

describe.each(databases.eachSupportedId())(
  'persona notifications with the real notifications backend, on %s',
  databaseId => {
    jest.setTimeout(240_000);
    let backend: Awaited<ReturnType<typeof startTestBackend>>;
    let knex: Knex;
    let dir: string;
    let file: string;

    const inbox = async (user: string): Promise<Notification[]> => {
      const res = await request(backend.server)
        .get('/api/notifications/')
        .query({ limit: 100 })
        .set('Authorization', mockCredentials.user.header(user));
      expect(res.status).toBe(200);
      return res.body.notifications;
    };
    const titled = async (user: string, title: string) =>
      (await inbox(user)).filter(n => n.payload.title === title);

    /**
     * Waits until the test persona's view satisfies `ready` and the notifier
     * has compared the index version that view was answered from.
     */
    const waitForNotifier = (ready: (view: any) => boolean) =>
      waitFor(
        'the notifier to compare the current persona index',
        async () => {
          const res = await request(backend.server)
            .get('/api/persona/v1/views/by-name/persona/default/notify-test')
            .set('Authorization', mockCredentials.user.header(MAINTAINER));
          if (res.status !== 200 || !ready(res.body)) return undefined;
          const row = await knex('persona_notifications_meta')
            .where({ key: 'indexVersion' })
            .first();
          return row?.value === res.body.meta.indexVersion ? true : undefined;
        },
        120_000,
      );

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'persona-notify-'));
      file = path.join(dir, 'notify-test.yaml');
      fs.writeFileSync(
        file,
        personaYaml(
          ['group:default/connectors-team'],
          ['component:default/observability-stack'],
        ),
      );
      // a database per plugin, as in a portal: each migrates on its own
      const pluginDatabases = createServiceFactory({
        service: coreServices.database,
        deps: { plugin: coreServices.pluginMetadata },
        async factory({ plugin }) {
          const client = await databases.init(databaseId);
          if (plugin.getId() === 'persona') knex = client;
          return { getClient: async () => client };
        },
      });
      // the real scheduler (the notifier is a global task) comes with it
      backend = await startTestBackend({
        features: permissionedCatalogFeatures({
          policy: notifyTestPolicyModule,
          features: [
            pluginDatabases,
            catalogModulePersona,
            personaPlugin,
            personaModuleNotifications,
            notificationsPlugin,
          ],
          catalogFiles: [file],
          config: {
            // the notifications backend links back to the app
            app: { baseUrl: 'http://localhost:3000' },
            // re-read the test file quickly once it changes
            catalog: { processingInterval: { seconds: 1 } },
            persona: {
              index: { refreshInterval: { seconds: 1 } },
              notifications: {
                frequency: { seconds: 1 },
                initialQuietPeriod: { seconds: 0 },
              },
            },
          },
        }),
      });
      // the first state: Jane's team holds it, the catalog fully read
      await waitForNotifier(
        view =>
          view.holders?.[0]?.memberCount === 1 &&
          view.components.builds.length === 1,
      );
    });

    afterAll(async () => {
      await backend?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('tells the users who newly hold a persona, and the holders of a component it newly reaches', async () => {
      for (const user of PLATFORM_TEAM) {
        expect(
          await titled(user, 'You now hold the persona Notify test'),
        ).toEqual([]);
      }
      expect(
        await titled(JANE, 'Notify test now reaches Golden path templates'),
      ).toEqual([]);

      // a parent group becomes a holder: its sub-groups' members hold it too
      fs.writeFileSync(
        file,
        personaYaml(
          ['group:default/connectors-team', 'group:default/platform-team'],
          [
            'component:default/observability-stack',
            'component:default/golden-path-templates',
          ],
        ),
      );
      await waitForNotifier(
        view =>
          view.holders?.length === 2 && view.components.builds.length === 2,
      );

      for (const user of PLATFORM_TEAM) {
        const told = await titled(user, 'You now hold the persona Notify test');
        expect(told).toHaveLength(1);
        expect(told[0].payload).toMatchObject({
          link: '/catalog/default/persona/notify-test',
          topic: 'persona',
          description: expect.stringContaining('Keep the lights on'),
        });
        // new holders hear about the persona, not each component again
        expect(
          await titled(user, 'Notify test now reaches Golden path templates'),
        ).toEqual([]);
      }
      const reached = await titled(
        JANE,
        'Notify test now reaches Golden path templates',
      );
      expect(reached).toHaveLength(1);
      expect(reached[0].payload).toMatchObject({
        link: '/catalog/default/component/golden-path-templates',
        topic: 'persona',
      });
    });

    describe('notifying every holder on request', () => {
      const body = { title: 'Freeze tomorrow', description: 'From noon.' };
      const everyone = [...PLATFORM_TEAM, JANE].sort();

      it('sends one notification to each user who holds the persona, for the maintainer', async () => {
        const res = await request(backend.server)
          .post('/api/persona/v1/notify/by-name/persona/default/notify-test')
          .set('Authorization', mockCredentials.user.header(MAINTAINER))
          .send(body);
        expect(res.status).toBe(200);
        expect(res.body).toEqual({ recipients: everyone });
        for (const user of everyone) {
          const told = await titled(user, 'Freeze tomorrow');
          expect(told).toHaveLength(1);
          expect(told[0].payload).toMatchObject({
            description: 'From noon.',
            link: '/catalog/default/persona/notify-test',
          });
        }
      });

      it('refuses others with a 403, and sends nothing', async () => {
        const res = await request(backend.server)
          .post('/api/persona/v1/notify/by-name/persona/default/notify-test')
          .set('Authorization', mockCredentials.user.header(JANE))
          .send({ title: 'Not from Jane' });
        expect(res.status).toBe(403);
        expect(res.body.error.name).toBe('NotAllowedError');
        expect(await titled(JANE, 'Not from Jane')).toEqual([]);
      });

      it('answers 401 without credentials, 400 naming the field, 404 for an unknown persona', async () => {
        const post = (name: string) =>
          request(backend.server).post(
            `/api/persona/v1/notify/by-name/persona/default/${name}`,
          );
        expect((await post('notify-test').send(body)).status).toBe(401);
        const bad = await post('notify-test')
          .set('Authorization', mockCredentials.user.header(MAINTAINER))
          .send({ title: 'T', severity: 'urgent' });
        expect(bad.status).toBe(400);
        expect(bad.body.error.message).toMatch(/^Invalid severity/);
        const unknown = await post('no-such-persona')
          .set('Authorization', mockCredentials.user.header(MAINTAINER))
          .send(body);
        expect(unknown.status).toBe(404);
      });

      it('offers the same as the notify-holders action, not read-only, refused to others', async () => {
        const invoke = (user: string) =>
          request(backend.server)
            .post(
              '/api/persona/.backstage/actions/v1/actions/persona:notify-holders/invoke',
            )
            .set('Authorization', mockCredentials.user.header(user))
            .send({ personaRef: 'notify-test', title: 'Through the action' });

        const list = await request(backend.server)
          .get('/api/persona/.backstage/actions/v1/actions')
          .set('Authorization', mockCredentials.user.header(MAINTAINER));
        expect(
          list.body.actions.find((a: any) => a.name === 'notify-holders'),
        ).toMatchObject({
          id: 'persona:notify-holders',
          attributes: { readOnly: false, destructive: false },
        });

        const allowed = await invoke(MAINTAINER);
        expect(allowed.status).toBe(200);
        expect(allowed.body.output).toEqual({ recipients: everyone });
        expect(await titled(JANE, 'Through the action')).toHaveLength(1);

        const denied = await invoke(JANE);
        expect(denied.status).toBe(403);
        expect(await titled(JANE, 'Through the action')).toHaveLength(1);
      });
    });
  },
);
