import { Entity } from '@backstage/catalog-model';

/** A relation as the catalog stores it. */
export const relation = (type: string, targetRef: string) => ({
  type,
  targetRef,
});

/** A Persona as the catalog serves it: selector matches are relations too. */
export const platformTeam: Entity = {
  apiVersion: 'platform-personas.io/v1alpha1',
  kind: 'Persona',
  metadata: {
    name: 'anthos-platform-team',
    namespace: 'default',
    title: 'Platform team',
    description: 'Builds and manages the life cycle of the Anthos platform',
  },
  spec: {
    type: 'builder',
    framework: 'anthos',
    owner: 'group:default/platform-team',
    holders: ['group:default/platform-team', 'user:default/ghost'],
    channels: ['git', 'google-cloud-api'],
    tools: ['terraform'],
    responsibilities: [
      { id: 'iam-security', title: 'IAM and security' },
      {
        id: 'implement-capabilities',
        title: 'Continuously implement the capabilities of the platform',
        description: 'So that it is ready for use by the application owners.',
      },
    ],
    builds: [
      'resource:default/anthos-prod-eu',
      { filter: { kind: 'Component', 'spec.type': 'platform-service' } },
    ],
    enables: ['system:default/anthos-platform'],
  },
  relations: [
    relation('ownedBy', 'group:default/platform-team'),
    relation('personaOf', 'group:default/platform-team'),
    relation('personaOf', 'user:default/ghost'), // nobody of that name
    relation('personaOf', 'user:default/paula.partner'),
    relation('builds', 'resource:default/anthos-prod-eu'),
    relation('builds', 'component:default/policy-agent'), // a selector match
    relation('enables', 'system:default/anthos-platform'),
  ],
};

export const minimal: Entity = {
  apiVersion: 'platform-personas.io/v1alpha1',
  kind: 'Persona',
  metadata: { name: 'end-user', namespace: 'team-a' },
  spec: {
    type: 'consumer',
    owner: 'group:default/platform-team',
    responsibilities: [{ id: 'use-apps', title: 'Use the applications.' }],
  },
  relations: [relation('consumes', 'resource:default/anthos-prod-eu')],
};

export const others: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'platform-team', title: 'Platform Team' },
    spec: { type: 'team', children: [], profile: { displayName: 'Ignored' } },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'paula.partner' },
    spec: { profile: { displayName: 'Paula Partner' }, memberOf: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'anthos-prod-eu', title: 'Anthos production (EU)' },
    spec: { type: 'kubernetes-cluster', owner: 'platform-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component', // no title
    metadata: { name: 'policy-agent' },
    spec: { type: 'platform-service', owner: 'platform-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'anthos-platform', title: 'Anthos' },
    spec: { owner: 'platform-team' },
  },
];
