import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_CHILD_OF,
  RELATION_MEMBER_OF,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { normaliseEntityRef } from '@platform-personas/backstage-plugin-persona-node';

/**
 * Options of {@link resolvePersonaHolderClaims}.
 *
 * @public
 */
export type ResolvePersonaHolderClaimsOptions = {
  /** The catalog to read users and groups from. */
  catalog: CatalogService;
  /**
   * The credentials to read the catalog with, typically the service's own
   * (`auth.getOwnServiceCredentials()`) so that the walk sees every group.
   */
  credentials: BackstageCredentials;
  /**
   * The refs the caller is known by, typically the `ownershipEntityRefs` of
   * their user info: their user ref and the groups they are a member of.
   */
  entityRefs: string[];
  /** How many levels of groups to climb at most; 20 unless told. */
  maxDepth?: number;
};

const DEFAULT_MAX_DEPTH = 20;

/** Where the groups of a user and the parent of a group are. */
const GROUPS_OF: Record<string, { relation: string; specField: string }> = {
  user: { relation: RELATION_MEMBER_OF, specField: 'memberOf' },
  group: { relation: RELATION_CHILD_OF, specField: 'parent' },
};

/** The groups an entity leads to: a user's groups, a group's parent. */
function nextGroups(entity: Entity): string[] {
  const groupsOf = GROUPS_OF[entity.kind.toLocaleLowerCase('en-US')];
  if (!groupsOf) {
    return [];
  }
  const fromRelations = (entity.relations ?? [])
    .filter(relation => relation.type === groupsOf.relation)
    .map(relation => relation.targetRef);
  // the spec too, for entities read without their relations
  const specValue = entity.spec?.[groupsOf.specField];
  const fromSpec = [specValue]
    .flat()
    .filter((ref): ref is string => typeof ref === 'string' && ref.length > 0);
  const { namespace } = getCompoundEntityRef(entity);
  return [
    ...fromRelations,
    ...fromSpec.map(ref =>
      normaliseEntityRef(ref, {
        defaultKind: 'group',
        defaultNamespace: namespace,
      }),
    ),
  ];
}

function isUserOrGroupRef(ref: string): boolean {
  try {
    const { kind } = parseEntityRef(ref);
    return ['user', 'group'].includes(kind.toLocaleLowerCase('en-US'));
  } catch {
    return false;
  }
}

/**
 * The claims under which a caller holds personas, for the
 * {@link isPersonaHolder} rule: the given refs, the groups that the users
 * among them are members of, and every ancestor of these groups, since a
 * persona held by a group is inherited by its sub-groups and their members.
 *
 * @remarks
 *
 * Climbs the `memberOf` and `childOf` relations (and `spec.memberOf`,
 * `spec.parent`) breadth-first, one catalog request per level, at most
 * `maxDepth` levels, and visits each group once, so cycles end. Refs to
 * entities that do not exist stay claims. Every returned ref is in full,
 * lowercase form.
 *
 * @public
 */
export async function resolvePersonaHolderClaims(
  options: ResolvePersonaHolderClaimsOptions,
): Promise<string[]> {
  const { catalog, credentials, maxDepth = DEFAULT_MAX_DEPTH } = options;
  const claims = new Set(
    options.entityRefs.map(ref => normaliseEntityRef(ref)),
  );
  let frontier = [...claims].filter(isUserOrGroupRef);

  for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: frontier,
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'spec.memberOf',
          'spec.parent',
          'relations',
        ],
      },
      { credentials },
    );
    const next = new Set<string>();
    for (const entity of items) {
      for (const ref of entity ? nextGroups(entity) : []) {
        const group = normaliseEntityRef(ref);
        if (!claims.has(group)) {
          claims.add(group);
          next.add(group);
        }
      }
    }
    frontier = [...next];
  }

  return [...claims];
}
