import {
  Entity,
  entityKindSchemaValidator,
  KindValidator,
} from '@backstage/catalog-model';
import schema from '../schema/Persona.v1alpha1.schema.json';
import { PersonaTarget } from './PersonaSelector';

/**
 * The `apiVersion` of the Persona kind.
 *
 * @public
 */
export const PERSONA_API_VERSION = 'platform-personas.io/v1alpha1';

/**
 * The `kind` of a Persona entity.
 *
 * @public
 */
export const PERSONA_KIND = 'Persona';

/**
 * A responsibility that comes with a persona.
 *
 * @public
 */
export type PersonaResponsibility = {
  /** Unique within the persona, lowercase with dashes. */
  id: string;
  title: string;
  description?: string;
};

/**
 * Backstage catalog Persona kind entity: a role that people and teams take
 * towards a platform, who holds it, what it is responsible for, and which
 * platform components it builds, enables or consumes.
 *
 * @public
 */
export interface PersonaEntityV1alpha1 extends Entity {
  /** Always {@link PERSONA_API_VERSION}. */
  apiVersion: typeof PERSONA_API_VERSION;
  /** Always {@link PERSONA_KIND}. */
  kind: typeof PERSONA_KIND;
  /** What the persona is, who holds it and what it is responsible for. */
  spec: {
    /** builder, enabler, operator, consumer, ... (free text) */
    type: string;
    /** The persona model this definition comes from. */
    framework?: string;
    /** The User or Group that maintains this definition. */
    owner: string;
    /** The Users and Groups that take this persona. */
    holders?: string[];
    /** `indirect`: might not interact with the platform directly. */
    interaction?: 'direct' | 'indirect';
    channels?: string[];
    tools?: string[];
    responsibilities: PersonaResponsibility[];
    builds?: PersonaTarget[];
    enables?: PersonaTarget[];
    consumes?: PersonaTarget[];
  };
}

const validateSchema = entityKindSchemaValidator<PersonaEntityV1alpha1>(schema);

/**
 * The responsibilities whose id an earlier one already uses, each as a
 * `[path, message]` pair.
 *
 * @public
 */
export function findDuplicateResponsibilityIds(
  entity: PersonaEntityV1alpha1,
): Array<[path: string, message: string]> {
  const seen = new Map<string, number>();
  const duplicates: Array<[string, string]> = [];
  entity.spec.responsibilities.forEach((responsibility, index) => {
    // tolerates the items of a persona that failed its schema too
    const id: unknown = (responsibility as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, index);
    } else {
      duplicates.push([
        `/spec/responsibilities/${index}/id`,
        `must be unique - "${id}" is already used by /spec/responsibilities/${first}/id`,
      ]);
    }
  });
  return duplicates;
}

/**
 * {@link @backstage/catalog-model#KindValidator} for
 * {@link PersonaEntityV1alpha1}. Returns false for other kinds and throws a
 * `TypeError` whose message starts with the JSON path of the first problem
 * for an invalid Persona.
 *
 * @public
 */
export const personaEntityV1alpha1Validator: KindValidator = {
  async check(data: Entity) {
    const entity = validateSchema(data);
    if (entity === false) {
      return false;
    }
    const [duplicate] = findDuplicateResponsibilityIds(entity);
    if (duplicate) {
      throw new TypeError(duplicate.join(' '));
    }
    return true;
  },
};

/**
 * Tells whether an entity is of the Persona kind. It checks the kind and
 * apiVersion only; the catalog has validated the rest.
 *
 * @public
 */
export function isPersonaEntity(
  entity: Entity,
): entity is PersonaEntityV1alpha1 {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'persona' &&
    entity.apiVersion === PERSONA_API_VERSION
  );
}

/**
 * The JSON Schema of the Persona kind, for editors, linters and forms. The
 * same document ships as
 * `@platform-personas/backstage-plugin-persona-common/schema/Persona.v1alpha1.schema.json`.
 *
 * @public
 */
export const personaEntityV1alpha1Schema: object = schema;
