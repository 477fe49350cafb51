import { Entity } from '@backstage/catalog-model';
import {
  PersonaCoverageResponse,
  PersonaDetailView,
  PersonaIndexMeta,
  PersonaSummary,
  PersonaViewResponse,
} from '@platform-personas/backstage-plugin-persona-common';

// Shaped like examples/*.yaml, so that tests read like the portal does.

export const meta: PersonaIndexMeta = {
  indexVersion: '0123456789abcdef0123456789abcdef',
  indexBuiltAt: '2025-06-02T09:00:00.000Z',
  indexEntityCount: 97,
  indexBuildMillis: 35,
};

export const platformTeamPersona: PersonaSummary = {
  ref: 'persona:default/anthos-platform-team',
  title: 'Platform team',
  description: 'Builds and manages the life cycle of the Anthos platform.',
  type: 'builder',
  framework: 'anthos',
  owner: 'group:default/platform-team',
  interaction: 'direct',
  channels: ['git', 'google-cloud-ui'],
  tools: ['helm', 'component:default/ci-cd-pipelines'],
  responsibilities: [
    {
      id: 'platform-lifecycle',
      title: 'Build and manage the life cycle of the Anthos platform',
    },
    {
      id: 'implement-capabilities',
      title: 'Continuously implement the capabilities of the Anthos platform',
      description: 'So that it is ready for use by the application owners.',
    },
  ],
};

export const applicationDeveloperPersona: PersonaSummary = {
  ref: 'persona:default/anthos-application-developer',
  title: 'Application owners and developers',
  type: 'consumer',
  framework: 'anthos',
  owner: 'group:default/platform-team',
  interaction: 'direct',
  channels: ['git'],
  tools: [],
  responsibilities: [
    {
      id: 'develop-and-deliver',
      title: 'Develop and deliver applications and services to the end user',
    },
  ],
};

export const platformEnablerPersona: PersonaSummary = {
  ref: 'persona:default/cncf-platform-enabler',
  title: 'Platform Enablers',
  type: 'enabler',
  framework: 'cncf-platforms',
  owner: 'group:default/platform-team',
  channels: [],
  tools: [],
  responsibilities: [
    { id: 'self-service', title: 'Enabling self-service capabilities' },
  ],
};

const anthosProdEu = {
  ref: 'resource:default/anthos-prod-eu',
  missing: false,
  via: ['selector' as const],
  title: 'Anthos production cluster (EU)',
  type: 'kubernetes-cluster',
  owners: ['group:default/platform-admins'],
};

const platformDatabases = {
  ref: 'resource:default/platform-databases',
  missing: false,
  via: ['ref' as const],
  title: 'Platform databases',
  type: 'database',
  lifecycle: 'production',
  owners: ['group:default/database-team'],
};

const missingCluster = {
  ref: 'resource:default/anthos-legacy-dc',
  missing: true,
  via: ['ref' as const],
  owners: [],
};

const anthosPlatform = {
  ref: 'system:default/anthos-platform',
  missing: false,
  via: ['ref' as const],
  title: 'Anthos platform',
  owners: ['group:default/platform-team'],
};

export const platformAdminsView: PersonaViewResponse = {
  type: 'holder',
  entityRef: 'group:default/platform-admins',
  personas: [
    {
      persona: platformTeamPersona,
      sources: [{ type: 'inherited', from: 'group:default/platform-team' }],
      components: {
        builds: [anthosProdEu, platformDatabases, missingCluster],
        enables: [anthosPlatform],
        consumes: [],
      },
    },
  ],
  meta,
};

export const aliceView: PersonaViewResponse = {
  type: 'holder',
  entityRef: 'user:default/alice.admin',
  personas: [
    {
      persona: platformTeamPersona,
      sources: [
        {
          type: 'membership',
          group: 'group:default/platform-admins',
          from: 'group:default/platform-team',
        },
      ],
      components: { builds: [anthosProdEu], enables: [], consumes: [] },
    },
  ],
  meta,
};

export const anthosProdEuView: PersonaViewResponse = {
  type: 'component',
  entityRef: 'resource:default/anthos-prod-eu',
  modes: {
    builds: [
      {
        persona: platformTeamPersona,
        via: ['selector'],
        holders: ['group:default/platform-admins'],
      },
    ],
    enables: [],
    consumes: [
      {
        persona: applicationDeveloperPersona,
        via: ['selector'],
        holders: ['group:default/application-teams'],
      },
    ],
  },
  meta,
};

export const platformTeamPersonaView: PersonaDetailView & {
  meta: PersonaIndexMeta;
} = {
  type: 'persona',
  entityRef: 'persona:default/anthos-platform-team',
  persona: platformTeamPersona,
  holders: [
    { ref: 'group:default/platform-team', missing: false, memberCount: 5 },
    { ref: 'group:default/platform-ghosts', missing: true },
  ],
  components: {
    builds: [
      { ...anthosProdEu, appliesTo: ['group:default/platform-admins'] },
      { ...missingCluster, appliesTo: ['group:default/platform-team'] },
    ],
    enables: [
      { ...anthosPlatform, appliesTo: ['group:default/platform-team'] },
    ],
    consumes: [],
  },
  meta,
};

export const coverageResponse: PersonaCoverageResponse = {
  personas: [platformTeamPersona, applicationDeveloperPersona],
  teams: {
    items: [
      {
        group: 'group:default/platform-team',
        title: 'Platform Team',
        cells: [
          {
            persona: 'persona:default/anthos-platform-team',
            direct: true,
            inheritedFrom: [],
          },
        ],
      },
      {
        group: 'group:default/platform-admins',
        title: 'Platform Administrators',
        cells: [
          {
            persona: 'persona:default/anthos-platform-team',
            direct: false,
            inheritedFrom: ['group:default/platform-team'],
          },
        ],
      },
    ],
    total: 2,
    offset: 0,
    limit: 25,
  },
  personasWithoutHolder: {
    items: ['persona:default/cncf-service-provider'],
    total: 1,
    offset: 0,
    limit: 25,
  },
  uncoveredComponents: {
    items: [
      {
        ref: 'resource:default/anthos-edge-onprem',
        title: 'Anthos edge cluster (on-prem)',
        type: 'kubernetes-cluster',
        owners: ['group:default/platform-admins'],
      },
    ],
    total: 1,
    offset: 0,
    limit: 25,
  },
  groupsWithoutPersona: {
    items: ['group:default/data-science-team'],
    total: 1,
    offset: 0,
    limit: 25,
  },
  meta,
};

export function groupEntity(name: string, title?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default', title },
    spec: { type: 'team', children: [] },
  };
}

export const anthosProdEuEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'anthos-prod-eu', namespace: 'default' },
  spec: { type: 'kubernetes-cluster', owner: 'group:default/platform-admins' },
};

export const platformTeamPersonaEntity: Entity = {
  apiVersion: 'platform-personas.io/v1alpha1',
  kind: 'Persona',
  metadata: { name: 'anthos-platform-team', namespace: 'default' },
  spec: {
    type: 'builder',
    owner: 'group:default/platform-team',
    responsibilities: platformTeamPersona.responsibilities,
  },
};
