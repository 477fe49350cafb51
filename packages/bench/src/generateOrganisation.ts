import { Entity } from '@backstage/catalog-model';

/**
 * The size of a synthetic organisation. Tier M is the reference
 * scale; tier S is one tenth of it, for quick runs.
 */
export type Tier = {
  name: string;
  users: number;
  /** Groups per level of the tree, from the root down (six levels). */
  groupsPerLevel: number[];
  components: number;
  apis: number;
  systems: number;
  clusters: number;
  personas: number;
  /** How many groups get 500+ members. */
  bigGroups: number;
};

export const TIERS: Record<string, Tier> = {
  M: {
    name: 'M',
    users: 15_000,
    groupsPerLevel: [1, 8, 40, 200, 700, 1051],
    components: 20_000,
    apis: 10_000,
    systems: 1_000,
    clusters: 500,
    personas: 1_000,
    bigGroups: 4,
  },
  S: {
    name: 'S',
    users: 1_500,
    groupsPerLevel: [1, 3, 12, 40, 70, 74],
    components: 2_000,
    apis: 1_000,
    systems: 100,
    clusters: 50,
    personas: 100,
    bigGroups: 1,
  },
};

/** The entities the benchmark asks views of, chosen from the generated data. */
export type BenchTargets = {
  leafTeam: string;
  midGroup: string;
  midGroupDescendants: number;
  root: string;
  user: string;
  hotCluster: string;
  persona: string;
};

/** A small seeded generator, so that every run builds the same organisation. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) =>
    min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)];
  return { next, int, pick };
}

const COMPONENT_TYPES = [
  'service',
  'service',
  'service',
  'website',
  'library',
  'platform-service',
  'runtime-bundle',
  'cloud-connector',
];
const TAGS = ['java', 'go', 'node', 'python', 'anthos', 'pci', 'gpu', 'edge'];

const meta = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  namespace: 'default',
  ...extra,
});

/**
 * A synthetic organisation: a six-level group tree (fan-out at most 30, a few
 * groups of 500+ members), users, systems, components, APIs, Kubernetes
 * clusters and personas with 3–10 holders and 10–50 component refs or
 * selectors each. Deterministic for a given tier.
 */
export function generateOrganisation(tier: Tier): {
  entities: Entity[];
  targets: BenchTargets;
} {
  const rnd = random(42);
  const entities: Entity[] = [];
  const levels: string[][] = [];
  const children = new Map<string, string[]>();

  tier.groupsPerLevel.forEach((count, level) => {
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      const name = level === 0 ? 'org-root' : `team-l${level}-${i}`;
      // Spread children evenly, so that no group has more than ~30.
      const parent =
        level === 0
          ? undefined
          : levels[level - 1][i % levels[level - 1].length];
      names.push(name);
      if (parent) children.set(parent, [...(children.get(parent) ?? []), name]);
      entities.push({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: meta(name, { title: `Team ${name}` }),
        spec: { type: 'team', children: [], ...(parent ? { parent } : {}) },
      });
    }
    levels.push(names);
  });
  const groups = levels.flat();
  const leaves = groups.filter(g => !children.has(g));
  const descendants = (group: string): number =>
    (children.get(group) ?? []).reduce((n, c) => n + 1 + descendants(c), 0);

  const bigGroups = leaves.slice(0, tier.bigGroups);
  for (let i = 0; i < tier.users; i++) {
    const first =
      i < bigGroups.length * 520
        ? bigGroups[Math.floor(i / 520)]
        : rnd.pick(leaves);
    const memberOf = rnd.next() < 0.2 ? [first, rnd.pick(groups)] : [first];
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: meta(`user-${i}`),
      spec: { memberOf: [...new Set(memberOf)] },
    });
  }

  const owner = () =>
    `group:default/${rnd.next() < 0.8 ? rnd.pick(leaves) : rnd.pick(groups)}`;
  for (let i = 0; i < tier.systems; i++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: meta(`system-${i}`),
      spec: { owner: owner() },
    });
  }
  const componentRefs: string[] = [];
  for (let i = 0; i < tier.components; i++) {
    componentRefs.push(`component:default/component-${i}`);
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: meta(`component-${i}`, {
        tags: [rnd.pick(TAGS), rnd.pick(TAGS)].filter(
          (t, j, a) => a.indexOf(t) === j,
        ),
      }),
      spec: {
        type: rnd.pick(COMPONENT_TYPES),
        lifecycle: rnd.pick(['production', 'experimental', 'deprecated']),
        owner: owner(),
        system: `system-${rnd.int(0, tier.systems - 1)}`,
      },
    });
  }
  for (let i = 0; i < tier.apis; i++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: meta(`api-${i}`),
      spec: {
        type: rnd.pick(['openapi', 'grpc', 'asyncapi']),
        lifecycle: 'production',
        owner: owner(),
        system: `system-${rnd.int(0, tier.systems - 1)}`,
        definition: 'openapi: 3.0.0',
      },
    });
  }
  // Clusters belong to the first level-1 group's subtree: the platform org.
  const platformGroups = [levels[1][0], ...collect(levels[1][0])];
  function collect(group: string): string[] {
    return (children.get(group) ?? []).flatMap(c => [c, ...collect(c)]);
  }
  const clusterRefs: string[] = [];
  for (let i = 0; i < tier.clusters; i++) {
    clusterRefs.push(`resource:default/cluster-${i}`);
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: meta(`cluster-${i}`, {
        tags: [i % 2 ? 'production' : 'staging', rnd.pick(TAGS)],
      }),
      spec: {
        type: 'kubernetes-cluster',
        owner: `group:default/${rnd.pick(platformGroups)}`,
      },
    });
  }

  const hotCluster = clusterRefs[0];
  const modes = ['builds', 'enables', 'consumes'] as const;
  for (let i = 0; i < tier.personas; i++) {
    const holders = new Set<string>();
    // A few personas are held high up, so that inheritance reaches far.
    if (i < 5) holders.add('group:default/org-root');
    if (i < 40) holders.add(`group:default/${rnd.pick(levels[1])}`);
    const holderCount = rnd.int(3, 10);
    while (holders.size < holderCount) {
      holders.add(
        rnd.next() < 0.8
          ? `group:default/${rnd.pick(groups)}`
          : `user:default/user-${rnd.int(0, tier.users - 1)}`,
      );
    }
    const targets: Record<(typeof modes)[number], unknown[]> = {
      builds: [],
      enables: [],
      consumes: [],
    };
    const targetCount = rnd.int(10, 50);
    const selectorCount = rnd.int(0, 3);
    for (let t = 0; t < targetCount - selectorCount; t++) {
      const roll = rnd.next();
      targets[rnd.pick([...modes])].push(
        roll < 0.1 ? rnd.pick(clusterRefs) : rnd.pick(componentRefs),
      );
    }
    for (let s = 0; s < selectorCount; s++) {
      const selector = rnd.pick([
        {
          filter: { kind: 'Component', 'spec.type': 'runtime-bundle' },
          ownedByHolder: true,
        },
        {
          filter: { kind: 'Component', 'spec.type': 'cloud-connector' },
          ownedByHolder: true,
        },
        {
          filter: { kind: 'Component', 'metadata.tags': rnd.pick(TAGS) },
          ownedByHolder: true,
        },
        {
          filter: {
            kind: 'Resource',
            'spec.type': 'kubernetes-cluster',
            'metadata.tags': rnd.pick(TAGS),
          },
        },
      ]);
      targets[rnd.pick([...modes])].push(selector);
    }
    // Half of the personas consume the same cluster: a hot component.
    if (i % 2 === 0) targets.consumes.push(hotCluster);
    entities.push({
      apiVersion: 'platform-personas.io/v1alpha1',
      kind: 'Persona',
      metadata: meta(`persona-${i}`, { title: `Persona ${i}` }),
      spec: {
        type: rnd.pick(['builder', 'enabler', 'operator', 'consumer']),
        framework: rnd.pick(['anthos', 'cncf-platforms', 'activiti-cloud']),
        owner: `group:default/${rnd.pick(groups)}`,
        holders: [...holders],
        responsibilities: [
          { id: 'primary', title: `Primary responsibility of persona ${i}` },
          {
            id: 'secondary',
            title: `Secondary responsibility of persona ${i}`,
          },
        ],
        ...Object.fromEntries(
          modes
            .filter(m => targets[m].length)
            .map(m => [m, [...new Set(targets[m])]]),
        ),
      },
    });
  }

  const midGroup = [...groups].sort(
    (a, b) => Math.abs(descendants(a) - 50) - Math.abs(descendants(b) - 50),
  )[0];
  const leafTeam = leaves.find(l => !bigGroups.includes(l))!;
  return {
    entities,
    targets: {
      leafTeam: `group:default/${leafTeam}`,
      midGroup: `group:default/${midGroup}`,
      midGroupDescendants: descendants(midGroup),
      root: 'group:default/org-root',
      user: `user:default/user-${tier.users - 1}`,
      hotCluster,
      persona: 'persona:default/persona-0',
    },
  };
}
