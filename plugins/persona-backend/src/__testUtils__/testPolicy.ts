import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { permissionPolicyModule } from '@internal/example-catalog';

/** May read everything. */
export const ADMIN = 'user:default/alice';
/** May read the org and the personas, and what she or her team owns. */
export const JANE = 'user:default/jane.doe';
/** May read everything but Resources. */
export const CONTRACTOR = 'user:default/contractor';
/** May read everything but the connectors team. */
export const GUEST = 'user:default/guest';
/** May read nothing. */
export const NOBODY = 'user:default/nobody';

/**
 * ALLOW for the admin and for services (the persona index reads with its own
 * service credentials); for Jane, the org and the personas plus only what
 * she or her team owns; for the contractor, everything but Resources (so no
 * cluster); for the guest, everything but the connectors team; DENY for
 * everyone else.
 */
class TestPolicy implements PermissionPolicy {
  async handle(query: PolicyQuery, user?: PolicyQueryUser) {
    if (!isPermission(query.permission, catalogEntityReadPermission)) {
      return { result: AuthorizeResult.ALLOW } as const;
    }
    const userRef = user?.info.userEntityRef;
    if (!user || userRef === ADMIN) {
      return { result: AuthorizeResult.ALLOW } as const;
    }
    if (userRef === JANE) {
      return createCatalogConditionalDecision(query.permission, {
        anyOf: [
          catalogConditions.isEntityKind({
            kinds: ['Group', 'User', 'Persona'],
          }),
          catalogConditions.isEntityOwner({
            claims: [JANE, 'group:default/connectors-team'],
          }),
        ],
      });
    }
    if (userRef === CONTRACTOR) {
      return createCatalogConditionalDecision(query.permission, {
        not: catalogConditions.isEntityKind({ kinds: ['Resource'] }),
      });
    }
    if (userRef === GUEST) {
      return createCatalogConditionalDecision(query.permission, {
        not: catalogConditions.hasMetadata({
          key: 'name',
          value: 'connectors-team',
        }),
      });
    }
    return { result: AuthorizeResult.DENY } as const;
  }
}

/** The permission backend module that installs the {@link TestPolicy}. */
export const testPolicyModule = permissionPolicyModule(
  'persona-test-policy',
  new TestPolicy(),
);

const ENTITY_REF = /^[a-z]+:[a-z0-9-]+\/[A-Za-z0-9._-]+$/;

/** Every string in an answer that reads as an entity ref. */
export function refsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string' && ENTITY_REF.test(value)) found.add(value);
  else if (Array.isArray(value)) value.forEach(v => refsIn(v, found));
  else if (value && typeof value === 'object') {
    Object.values(value).forEach(v => refsIn(v, found));
  }
  return found;
}
