import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { PersonaCollatorFactory } from './PersonaCollatorFactory';
import { PersonaDocument } from './PersonaDocument';
import {
  minimal,
  others,
  platformTeam,
  relation,
} from './__fixtures__/personaEntities';

async function collate(factory: PersonaCollatorFactory) {
  const documents: PersonaDocument[] = [];
  for await (const document of await factory.getCollator()) {
    documents.push(document);
  }
  return documents;
}

describe('PersonaCollatorFactory', () => {
  const auth = mockServices.auth({ pluginId: 'search' });

  it('collates one document per Persona, with the titles of its relations', async () => {
    const catalog = catalogServiceMock({
      entities: [platformTeam, ...others, minimal],
    });
    const factory = new PersonaCollatorFactory({ catalog, auth });
    expect(factory.type).toBe('persona');
    expect(factory.visibilityPermission.name).toBe('catalog.entity.read');

    const documents = await collate(factory);
    expect(documents).toEqual([
      {
        title: 'Platform team',
        text:
          'Builds and manages the life cycle of the Anthos platform. ' +
          'Responsibilities: IAM and security. ' +
          'Continuously implement the capabilities of the platform: ' +
          'So that it is ready for use by the application owners. ' +
          'Channels: git, google-cloud-api. Tools: terraform. ' +
          'Held by: Paula Partner, Platform Team, user:default/ghost. ' +
          'Builds: Anthos production (EU), component:default/policy-agent. ' +
          'Enables: Anthos.',
        location: '/catalog/default/persona/anthos-platform-team/',
        authorization: { resourceRef: 'persona:default/anthos-platform-team' },
        entityRef: 'persona:default/anthos-platform-team',
        framework: 'anthos',
        personaType: 'builder',
        responsibilities: [
          { title: 'IAM and security' },
          {
            title: 'Continuously implement the capabilities of the platform',
            description:
              'So that it is ready for use by the application owners.',
          },
        ],
        channels: ['git', 'google-cloud-api'],
        tools: ['terraform'],
        holders: [
          { ref: 'user:default/paula.partner', title: 'Paula Partner' },
          { ref: 'group:default/platform-team', title: 'Platform Team' },
          // the dangling ref stays, as text
          { ref: 'user:default/ghost', title: 'user:default/ghost' },
        ],
        // the untitled selector match by its ref
        builds: ['Anthos production (EU)', 'component:default/policy-agent'],
        enables: ['Anthos'],
        consumes: [],
      },
      {
        title: 'end-user',
        text: 'Responsibilities: Use the applications. Consumes: Anthos production (EU).',
        location: '/catalog/team-a/persona/end-user/',
        authorization: { resourceRef: 'persona:team-a/end-user' },
        entityRef: 'persona:team-a/end-user',
        framework: undefined,
        personaType: 'consumer',
        responsibilities: [{ title: 'Use the applications.' }],
        channels: [],
        tools: [],
        holders: [],
        builds: [],
        enables: [],
        consumes: ['Anthos production (EU)'],
      },
    ]);
    // every field in every document, for the Lunr engine
    expect(Object.keys(documents[1])).toEqual(Object.keys(documents[0]));
  });

  it('reads page by page with its service credentials and looks each ref up once, in batches', async () => {
    const holders = Array.from(
      { length: 150 },
      (_, i) => `user:default/user-${i}`,
    );
    const crowded: Entity = {
      ...platformTeam,
      metadata: { name: 'crowded', namespace: 'default' },
      relations: holders.map(ref => relation('personaOf', ref)),
    };
    const catalog = catalogServiceMock({
      entities: [platformTeam, ...others, minimal, crowded],
    });
    const query = jest.spyOn(catalog, 'queryEntities');
    const byRefs = jest.spyOn(catalog, 'getEntitiesByRefs');
    const factory = new PersonaCollatorFactory({ catalog, auth, batchSize: 1 });

    const documents = await collate(factory);

    expect(documents.map(d => d.entityRef)).toEqual([
      'persona:default/anthos-platform-team',
      'persona:team-a/end-user',
      'persona:default/crowded',
    ]);
    expect(documents[2].holders).toHaveLength(150);
    expect(query).toHaveBeenCalledTimes(3);
    const service = mockCredentials.service('plugin:search');
    for (const [, options] of [...query.mock.calls, ...byRefs.mock.calls]) {
      expect(options).toEqual({ credentials: service });
    }
    const asked = byRefs.mock.calls.map(([request]) => request.entityRefs);
    expect(asked.every(refs => refs.length <= 100)).toBe(true);
    const all = asked.flat();
    // anthos-prod-eu is named by two personas on two pages, asked for once
    expect(all).toHaveLength(new Set(all).size);
    expect(new Set(all)).toEqual(
      new Set([...platformTeam.relations!.map(r => r.targetRef), ...holders]),
    );
  });

  it('skips entities of the kind that are not Personas of this apiVersion', async () => {
    const catalog = catalogServiceMock({
      entities: [
        { ...minimal, apiVersion: 'example.com/v1' },
        ...others,
        platformTeam,
      ],
    });
    const documents = await collate(
      new PersonaCollatorFactory({ catalog, auth }),
    );
    expect(documents.map(d => d.entityRef)).toEqual([
      'persona:default/anthos-platform-team',
    ]);
  });
});
