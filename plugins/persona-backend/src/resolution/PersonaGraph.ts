import {
  Entity,
  RELATION_CHILD_OF,
  RELATION_HAS_PART,
  RELATION_MEMBER_OF,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  isPersonaEntity,
  PersonaEntityV1alpha1,
} from '@platform-personas/backstage-plugin-persona-common';
import {
  getPersonaRefs,
  PersonaRefs,
} from '@platform-personas/backstage-plugin-persona-common';
import { PERSONA_MODES } from '@platform-personas/backstage-plugin-persona-common';
import { PersonaSelectorFilter } from '@platform-personas/backstage-plugin-persona-common';
import { FilterIndex } from './FilterIndex';

/** A persona of the graph with its normalised refs. @alpha */
export type IndexedPersona = {
  /** The persona's full ref. */
  ref: string;
  /** The Persona entity as the catalog holds it. */
  entity: PersonaEntityV1alpha1;
  /** Its refs with the defaults of each field applied. */
  refs: PersonaRefs;
};

function push(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function walk(start: string, next: (ref: string) => string[]): string[] {
  const seen = new Set([start]);
  const queue = [start];
  // A group graph may hold cycles; the seen set makes every walk terminate.
  while (queue.length) {
    for (const other of next(queue.shift()!)) {
      if (!seen.has(other)) {
        seen.add(other);
        queue.push(other);
      }
    }
  }
  seen.delete(start);
  return [...seen];
}

function levels(start: string, next: (ref: string) => string[]) {
  const depth = new Map([[start, 0]]);
  const queue = [start];
  while (queue.length) {
    const ref = queue.shift()!;
    for (const other of next(ref)) {
      if (!depth.has(other)) {
        depth.set(other, depth.get(ref)! + 1);
        queue.push(other);
      }
    }
  }
  depth.delete(start);
  return depth;
}

/**
 * The part of the catalog that persona views are resolved from: groups and
 * their hierarchy, memberships, ownership, personas, and an index of the
 * fields that selectors filter on. Built once from a list of entities; all
 * lookups are in memory and free of I/O.
 *
 * @alpha
 */
export class PersonaGraph {
  private readonly entities = new Map<string, Entity>();
  private readonly parents = new Map<string, string[]>();
  private readonly children = new Map<string, string[]>();
  private readonly memberships = new Map<string, string[]>();
  private readonly members = new Map<string, string[]>();
  private readonly owners = new Map<string, string[]>();
  private readonly parts = new Map<string, Set<string>>();
  private readonly holdings = new Map<string, string[]>();
  private readonly personaByRef = new Map<string, IndexedPersona>();
  private readonly refsByKind = new Map<string, string[]>();
  private readonly filters: FilterIndex;

  constructor(entities: Iterable<Entity>) {
    const selectorKeys = new Set<string>();
    for (const entity of entities) {
      const ref = stringifyEntityRef(entity);
      this.entities.set(ref, entity);
      push(this.refsByKind, entity.kind.toLocaleLowerCase('en-US'), ref);
      for (const relation of entity.relations ?? []) {
        const target = relation.targetRef;
        if (relation.type === RELATION_CHILD_OF) {
          push(this.parents, ref, target);
          push(this.children, target, ref);
        } else if (relation.type === RELATION_MEMBER_OF) {
          push(this.memberships, ref, target);
          push(this.members, target, ref);
        } else if (relation.type === RELATION_OWNED_BY) {
          push(this.owners, ref, target);
        } else if (relation.type === RELATION_HAS_PART) {
          this.addPart(ref, target);
        } else if (relation.type === RELATION_PART_OF) {
          this.addPart(target, ref);
        }
      }
      if (isPersonaEntity(entity)) {
        const refs = getPersonaRefs(entity);
        this.personaByRef.set(ref, { ref, entity, refs });
        refs.holders.forEach(holder => push(this.holdings, holder, ref));
        for (const mode of PERSONA_MODES) {
          for (const selector of refs.modes[mode].selectors) {
            Object.keys(selector.filter).forEach(key => selectorKeys.add(key));
          }
        }
      }
    }
    this.filters = new FilterIndex(this.entities.values(), selectorKeys);
  }

  private addPart(whole: string, part: string) {
    const set = this.parts.get(whole) ?? new Set<string>();
    set.add(part);
    this.parts.set(whole, set);
  }

  /** Every indexed entity by its ref. */
  entitiesByRef(): ReadonlyMap<string, Entity> {
    return this.entities;
  }

  /** The entity of a ref, if the catalog has it. */
  get(ref: string): Entity | undefined {
    return this.entities.get(ref);
  }

  /** The refs of every entity of a kind (any case), in catalog order. */
  refsOfKind(kind: string): string[] {
    return this.refsByKind.get(kind.toLocaleLowerCase('en-US')) ?? [];
  }

  /** Every persona of the graph, sorted by ref. */
  personas(): IndexedPersona[] {
    return [...this.personaByRef.values()].sort((a, b) =>
      a.ref.localeCompare(b.ref),
    );
  }

  /** The persona of this ref, if the graph holds it. */
  persona(ref: string): IndexedPersona | undefined {
    return this.personaByRef.get(ref);
  }

  /** The personas that list this User or Group among their holders. */
  personasHeldDirectlyBy(holderRef: string): string[] {
    return this.holdings.get(holderRef) ?? [];
  }

  /** Every ancestor group, nearest first. */
  ancestorsOf(groupRef: string): string[] {
    return walk(groupRef, ref => this.parents.get(ref) ?? []);
  }

  /** Every ancestor group with how many levels up it is (1: a parent). */
  ancestorLevels(groupRef: string): Map<string, number> {
    return levels(groupRef, ref => this.parents.get(ref) ?? []);
  }

  /** Every descendant group with how many levels down it is (1: a child). */
  descendantLevels(groupRef: string): Map<string, number> {
    return levels(groupRef, ref => this.children.get(ref) ?? []);
  }

  /** The parts of a System or Domain (`hasPart` / `partOf`), sorted. */
  partsOf(ref: string): string[] {
    return [...(this.parts.get(ref) ?? [])].sort();
  }

  /** The personas whose `spec.owner` is this ref, sorted by ref. */
  personasOwnedBy(ownerRef: string): IndexedPersona[] {
    return this.personas().filter(p => p.refs.owner === ownerRef);
  }

  /**
   * What a person reads for a User or Group: its title, or its profile's
   * display name; undefined when it has neither or is not in the graph.
   */
  displayName(ref: string): string | undefined {
    const entity = this.entities.get(ref);
    const profile = (entity?.spec as { profile?: { displayName?: unknown } })
      ?.profile;
    if (entity?.metadata.title) return entity.metadata.title;
    return typeof profile?.displayName === 'string'
      ? profile.displayName
      : undefined;
  }

  /** Every descendant group, nearest first. */
  descendantsOf(groupRef: string): string[] {
    return walk(groupRef, ref => this.children.get(ref) ?? []);
  }

  /** The groups a user is a direct member of. */
  groupsOf(userRef: string): string[] {
    return [...(this.memberships.get(userRef) ?? [])].sort();
  }

  /** The users who are members of a group or of one of its descendants. */
  membersOfSubtree(groupRef: string): string[] {
    const users = new Set<string>();
    for (const group of [groupRef, ...this.descendantsOf(groupRef)]) {
      (this.members.get(group) ?? []).forEach(user => users.add(user));
    }
    return [...users].sort();
  }

  /** The owners of an entity (its `ownedBy` relations). */
  ownersOf(ref: string): string[] {
    return this.owners.get(ref) ?? [];
  }

  /** The refs of every entity that matches a selector's filter, sorted. */
  match(filter: PersonaSelectorFilter): string[] {
    return this.filters.match(filter);
  }

  /** Whether the entity of a ref matches a selector's filter. */
  matches(filter: PersonaSelectorFilter, ref: string): boolean {
    return this.filters.matches(filter, ref);
  }
}
