import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  PersonaCoverageResponse,
  PersonaSummary,
  PersonaValidateResponse,
  PersonaView,
} from '@platform-personas/backstage-plugin-persona-common';
import { registerPersonaActions } from '../actions/registerPersonaActions';
import { PersonaCoverageQuery } from '../service/personaCoverageServiceRef';

/** Views, personas and entities shaped as the example catalog's. */
export const platformTeam: PersonaSummary = {
  ref: 'persona:default/anthos-platform-team',
  title: 'Platform team',
  description: 'Builds and manages the life cycle of the Anthos platform.',
  type: 'builder',
  framework: 'anthos',
  owner: 'group:default/platform-team',
  interaction: 'direct',
  channels: [],
  tools: [],
  responsibilities: [
    {
      id: 'platform-lifecycle',
      title: 'Build and manage the life cycle of the Anthos platform',
    },
    { id: 'iam-security', title: 'IAM and security' },
    { id: 'cluster-management', title: 'Kubernetes and cluster management' },
  ],
};

export const connectorDeveloper: PersonaSummary = {
  ref: 'persona:default/activiti-cloud-developer',
  title: 'Activiti Cloud Developer',
  description: 'Builds system-to-system cloud connectors and runtime bundles.',
  type: 'builder',
  framework: 'activiti-cloud',
  channels: ['git', 'maven', 'docker'],
  tools: ['jenkins-x', 'helm'],
  responsibilities: [
    {
      id: 'build-connectors',
      title: 'Build system-to-system cloud connectors',
    },
    { id: 'test-connectors', title: 'Test the connectors' },
  ],
};

const none = { builds: [], enables: [], consumes: [] };
const meta = {
  indexVersion: 'v1',
  indexBuiltAt: '2025-01-01T00:00:00.000Z',
  indexEntityCount: 80,
  indexBuildMillis: 40,
};
export const clusterSelector = {
  filter: {
    kind: 'Resource',
    'spec.type': 'kubernetes-cluster',
    'metadata.tags': 'anthos',
  },
  ownedByHolder: true,
};
const clusterRole = {
  persona: platformTeam,
  via: ['selector' as const],
  holders: ['group:default/platform-team'],
  selectors: [clusterSelector],
};

export const VIEWS: PersonaView[] = [
  {
    type: 'component',
    entityRef: 'resource:default/anthos-prod-eu',
    modes: { ...none, builds: [clusterRole] },
    titles: { 'group:default/platform-team': 'Platform Team' },
  },
  {
    type: 'component',
    entityRef: 'system:default/anthos-platform',
    modes: none,
    parts: [
      {
        ref: 'resource:default/anthos-prod-eu',
        title: 'Anthos production cluster (EU)',
        modes: { ...none, builds: [clusterRole] },
      },
    ],
    titles: {},
  },
  {
    type: 'persona',
    entityRef: platformTeam.ref,
    persona: platformTeam,
    holders: [
      { ref: 'group:default/platform-team', missing: false, memberCount: 5 },
    ],
    components: {
      ...none,
      builds: [
        {
          ref: 'resource:default/anthos-prod-eu',
          missing: false,
          via: ['selector'],
          title: 'Anthos production cluster (EU)',
          type: 'kubernetes-cluster',
          owners: ['group:default/platform-admins'],
          appliesTo: ['group:default/platform-team'],
        },
      ],
    },
  },
  {
    type: 'persona',
    entityRef: connectorDeveloper.ref,
    persona: connectorDeveloper,
    holders: [
      { ref: 'group:default/connectors-team', missing: false },
      { ref: 'user:default/jane.doe', missing: false },
    ],
    components: none,
  },
  {
    type: 'holder',
    entityRef: 'user:default/jane.doe',
    personas: [
      {
        persona: connectorDeveloper,
        sources: [
          { type: 'direct' },
          {
            type: 'membership',
            group: 'group:default/connectors-team',
            from: 'group:default/activiti-platform',
            levels: 1,
          },
        ],
        components: {
          ...none,
          builds: [
            {
              ref: 'component:default/connector-slack',
              missing: false,
              via: ['ref', 'selector'],
              title: 'Slack cloud connector',
              type: 'cloud-connector',
              owners: ['group:default/connectors-team'],
            },
          ],
        },
      },
    ],
    ownedPersonas: [],
    subTeams: [],
    titles: {
      'user:default/jane.doe': 'Jane Doe',
      'group:default/connectors-team': 'Connectors Team',
      'group:default/activiti-platform': 'Activiti Cloud Team',
    },
  },
];

const entity = (kind: string, name: string, title?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', ...(title ? { title } : {}) },
  spec: {},
});

export const ENTITIES: Entity[] = [
  entity('Resource', 'anthos-prod-eu', 'Anthos production cluster (EU)'),
  entity('System', 'anthos-platform'),
  entity('Persona', 'anthos-platform-team', 'Platform team'),
  entity('Group', 'platform-team', 'Platform Team'),
  entity('Group', 'connectors-team', 'Connectors Team'),
  {
    ...entity('User', 'jane.doe'),
    spec: { profile: { displayName: 'Jane Doe' } },
  },
  // the same name for two kinds
  entity('Component', 'shared-name'),
  entity('Resource', 'shared-name'),
];

/**
 * The persona actions registered in a mock actions registry, answering from
 * fake services that serve `VIEWS` and record each call with the
 * credentials it came with.
 */
export function personaActionsWithFakes(
  options: {
    views?: PersonaView[];
    coverage?: Partial<PersonaCoverageResponse>;
    validation?: PersonaValidateResponse;
  } = {},
) {
  const calls: Array<{ service: string; arg: unknown; credentials: unknown }> =
    [];
  const record = (
    service: string,
    arg: unknown,
    credentials: BackstageCredentials,
  ) => calls.push({ service, arg, credentials });
  const views = new Map(
    (options.views ?? VIEWS).map(view => [view.entityRef, view]),
  );
  const page = <T>(items: T[], q: PersonaCoverageQuery) => ({
    items: items.slice(q.offset, q.offset + q.limit),
    total: items.length,
    offset: q.offset,
    limit: q.limit,
  });
  const registry = actionsRegistryServiceMock();
  registerPersonaActions(registry, {
    viewService: {
      async getViewBody(ref, credentials) {
        record('view', ref, credentials);
        const view = views.get(ref);
        if (!view) throw new NotFoundError(`No persona view for ${ref}`);
        return { json: JSON.stringify({ ...view, meta }) };
      },
    },
    coverageService: {
      async getCoverage(query, credentials) {
        record('coverage', query, credentials);
        const c = options.coverage ?? {};
        const personas = (c.personas ?? [platformTeam, connectorDeveloper])
          .filter(p => !query.framework || p.framework === query.framework)
          .filter(p => !query.type || p.type === query.type);
        return {
          personas,
          teams: c.teams ?? page([], query),
          personasWithoutHolder: c.personasWithoutHolder ?? page([], query),
          uncoveredComponents: c.uncoveredComponents ?? page([], query),
          groupsWithoutPersona: c.groupsWithoutPersona ?? page([], query),
          meta,
        };
      },
    },
    validateService: {
      async validate(content, credentials) {
        record('validate', content, credentials);
        return (
          options.validation ?? {
            valid: true,
            documents: 1,
            personas: 1,
            problems: [],
          }
        );
      },
    },
    catalog: catalogServiceMock({ entities: ENTITIES }),
  });
  const invoke = (name: string, input: object, credentials?: unknown) =>
    registry.invoke({
      id: `test:${name}`,
      input: input as any,
      credentials: credentials as BackstageCredentials | undefined,
    });
  return { registry, invoke, calls };
}
