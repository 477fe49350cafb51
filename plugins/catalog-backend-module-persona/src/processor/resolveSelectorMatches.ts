import {
  Entity,
  parseEntityRef,
  RELATION_CHILD_OF,
  RELATION_MEMBER_OF,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  PERSONA_MODES,
  PersonaMode,
  PersonaRefs,
  PersonaSelector,
  PersonaSelectorFilter,
} from '@platform-personas/backstage-plugin-persona-common';

/** Per mode, the sorted refs of the entities that the selectors match. */
export type SelectorMatches = Record<PersonaMode, string[]>;

// Refs go into the query string of a GET; a few dozen per request keep the URL
// short whatever the size of the organisation.
const REFS_PER_QUERY = 50;
const PAGE_SIZE = 500;
const REF_FIELDS = ['kind', 'metadata.namespace', 'metadata.name'];

function lower(ref: string) {
  return ref.toLocaleLowerCase('en-US');
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    result.push(items.slice(i, i + size));
  }
  return result;
}

/** Whether a persona has a selector, so that resolving it needs the catalog. */
export function hasSelectors(refs: PersonaRefs): boolean {
  return PERSONA_MODES.some(mode => refs.modes[mode].selectors.length > 0);
}

type Reader = {
  query(filter: PersonaSelectorFilter, fields: string[]): Promise<Entity[]>;
  byRefs(refs: string[], fields: string[]): Promise<Array<Entity | undefined>>;
};

/**
 * The union of the ownership scopes of the holders, lowercased: each holder;
 * for a user, the groups they are a direct member of (`memberOf`); for any
 * other holder, every entity below it through `childOf`, at any depth. The
 * same rule as `ownershipScope` of the persona backend.
 */
async function readOwnershipScope(
  reader: Reader,
  holders: string[],
): Promise<Set<string>> {
  const within = new Set(holders.map(lower));
  const isUser = (ref: string) => lower(parseEntityRef(ref).kind) === 'user';

  const users = holders.filter(isUser);
  if (users.length > 0) {
    const items = await reader.byRefs(users, [...REF_FIELDS, 'relations']);
    for (const user of items) {
      for (const relation of user?.relations ?? []) {
        if (relation.type === RELATION_MEMBER_OF) {
          within.add(lower(relation.targetRef));
        }
      }
    }
  }

  // Breadth-first down the group tree; the seen set ends cycles.
  const seen = new Set(holders.filter(ref => !isUser(ref)).map(lower));
  let frontier = [...seen];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const batch of chunks(frontier, REFS_PER_QUERY)) {
      const children = await reader.query(
        { [`relations.${RELATION_CHILD_OF}`]: batch },
        REF_FIELDS,
      );
      for (const child of children) {
        const ref = lower(stringifyEntityRef(child));
        if (!seen.has(ref)) {
          seen.add(ref);
          within.add(ref);
          next.push(ref);
        }
      }
    }
    frontier = next;
  }
  return within;
}

/**
 * Resolves the selectors of a persona against the catalog, with the semantics
 * of the persona backend's views (`plugins/persona-backend/src/resolution`):
 *
 * - a selector's `filter` is written in the catalog's own filter syntax
 *   (dot-paths, a list for any-of, every key must match), so it goes to the
 *   catalog as it is and the catalog evaluates it on its search table — of
 *   which the backend's `FilterIndex` is an in-memory copy;
 * - `ownedByHolder` keeps the matches owned (`ownedBy`) within the ownership
 *   scope of at least one holder (see `readOwnershipScope`). The Persona page
 *   lists the union over its holders, and a component's page names the
 *   persona as soon as one holder applies: the same union. Without holders,
 *   such a selector matches nothing.
 *
 * Rejects when the catalog does not answer; the caller decides what to emit.
 */
export async function resolveSelectorMatches(options: {
  catalog: CatalogService;
  credentials: BackstageCredentials;
  refs: PersonaRefs;
}): Promise<SelectorMatches> {
  const { catalog, credentials, refs } = options;
  const reader: Reader = {
    async query(filter, fields) {
      const entities: Entity[] = [];
      for await (const page of catalog.streamEntities(
        { filter, fields, pageSize: PAGE_SIZE },
        { credentials },
      )) {
        entities.push(...page);
      }
      return entities;
    },
    async byRefs(entityRefs, fields) {
      const { items } = await catalog.getEntitiesByRefs(
        { entityRefs, fields },
        { credentials },
      );
      return items;
    },
  };

  let scope: Promise<Set<string>> | undefined;
  const matchesOf = async (selector: PersonaSelector): Promise<string[]> => {
    if (!selector.ownedByHolder) {
      const entities = await reader.query(selector.filter, REF_FIELDS);
      return entities.map(stringifyEntityRef);
    }
    if (refs.holders.length === 0) {
      return [];
    }
    scope ??= readOwnershipScope(reader, refs.holders);
    const within = await scope;
    const entities = await reader.query(selector.filter, [
      ...REF_FIELDS,
      'relations',
    ]);
    return entities
      .filter(entity =>
        (entity.relations ?? []).some(
          relation =>
            relation.type === RELATION_OWNED_BY &&
            within.has(lower(relation.targetRef)),
        ),
      )
      .map(stringifyEntityRef);
  };

  const result = {} as SelectorMatches;
  for (const mode of PERSONA_MODES) {
    const matches = new Set<string>();
    for (const selector of refs.modes[mode].selectors) {
      (await matchesOf(selector)).forEach(ref => matches.add(ref));
    }
    result[mode] = [...matches].sort();
  }
  return result;
}
