const TEAMS = 12;
const USERS_PER_TEAM = 4;
const COMPONENTS = 360;

/**
 * A generated organisation shaped to exercise every permission rule in
 * every way the catalog's search table can surprise: annotation and label
 * keys and values in mixed case, tags as array items, owners written short
 * and in full, camelCase spec fields, values past the search table's 200
 * characters, a second namespace, and Personas held by teams and users.
 * Deterministic, so that a failure can be replayed.
 */
export function generatedPermissionTier(): string {
  const docs: object[] = [];
  for (let t = 0; t < TEAMS; t++) {
    const team = `perm-team-${t}`;
    docs.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name: team,
        ...(t % 4 === 3 && { namespace: 'perm-ns' }),
        annotations: { 'example.com/Tier': ['gold', 'GOLD', 'silver'][t % 3] },
      },
      spec: {
        type: 'team',
        children: [],
        ...(t > 0 && t % 4 !== 3 && { parent: `perm-team-${t - 1}` }),
      },
    });
    for (let u = 0; u < USERS_PER_TEAM; u++) {
      docs.push({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: {
          name: `perm-user-${t}-${u}`,
          ...(u === 0 && { labels: { env: 'Prod' } }),
        },
        spec: {
          profile: { email: `User${t}.${u}@Example.com` },
          memberOf: [t % 4 === 3 ? `group:perm-ns/${team}` : team],
        },
      });
    }
  }
  for (let c = 0; c < COMPONENTS; c++) {
    const t = c % TEAMS;
    const owner =
      t % 4 === 3
        ? `group:perm-ns/perm-team-${t}`
        : [
            `perm-team-${t}`,
            `group:default/perm-team-${t}`,
            `user:perm-user-${t}-1`,
          ][c % 3];
    const kind = ['Component', 'Resource', 'API', 'System'][c % 4];
    docs.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: {
        name: `perm-${kind.toLowerCase()}-${c}`,
        ...(c % 9 === 4 && { namespace: 'perm-ns' }),
        tags: [['java', 'go'], ['java'], [], ['python', 'java']][c % 4],
        ...(c % 5 === 0 && { title: `Entity ${c}` }),
        annotations: {
          ...(c % 2 === 0 && { 'backstage.io/techdocs-ref': 'dir:.' }),
          ...(c % 3 === 0 && {
            'example.com/tier': ['gold', 'Gold', 'bronze'][
              c % 3 === 0 ? (c / 3) % 3 : 0
            ],
          }),
          ...(c % 7 === 0 && { 'example.com/long': 'x'.repeat(250) }),
        },
        labels: {
          ...(c % 4 === 1 && { env: ['prod', 'PROD', 'dev'][c % 3] }),
          ...(c % 6 === 2 && { Env: 'dev' }),
        },
      },
      spec: {
        owner,
        ...(kind === 'Component' && {
          type: ['service', 'website', 'cloud-connector'][c % 3],
          lifecycle: ['production', 'Production', 'experimental'][c % 3],
          ...(c % 8 === 0 && {
            dependsOn: [`resource:perm-resource-${c + 1}`],
          }),
        }),
        ...(kind === 'Resource' && { type: 'kubernetes-cluster' }),
        ...(kind === 'API' && {
          type: 'openapi',
          lifecycle: 'production',
          definition: 'openapi: 3.0.0',
        }),
      },
    });
  }
  for (let p = 0; p < TEAMS; p++) {
    docs.push({
      apiVersion: 'platform-personas.io/v1alpha1',
      kind: 'Persona',
      metadata: { name: `perm-persona-${p}` },
      spec: {
        type: ['builder', 'enabler', 'consumer'][p % 3],
        owner: `perm-team-${p}`,
        holders: [
          p % 4 === 3 ? `group:perm-ns/perm-team-${p}` : `group:perm-team-${p}`,
          `user:default/perm-user-${(p + 1) % TEAMS}-2`,
        ],
        responsibilities: [{ id: 'run', title: 'Run it' }],
      },
    });
  }
  // JSON is YAML: one document each.
  return docs.map(doc => JSON.stringify(doc)).join('\n---\n');
}
