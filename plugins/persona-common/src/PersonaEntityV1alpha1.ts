import { Entity, KindValidator } from '@backstage/catalog-model';
import Ajv, { ValidateFunction } from 'ajv';
import schema from '../schema/Persona.v1alpha1.schema.json';
import {
  describePersonaSchemaErrors,
  PersonaFieldProblem,
} from './PersonaEntityV1alpha1.problems';
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

let compiled: ValidateFunction | undefined;

/** Compiled on first use: a page that only shows personas never needs it. */
function schemaValidator(): ValidateFunction {
  if (!compiled) {
    compiled = new Ajv({
      allErrors: true,
      allowUnionTypes: true,
      strict: false,
      // the value and the schema of each error, for the messages in words
      verbose: true,
    }).compile(schema);
  }
  return compiled;
}

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
 * Every problem of a Persona entity, in words and at the path of the field
 * it is about (see {@link describePersonaSchemaError}): what the catalog,
 * the validate endpoint, the validator page and persona-lint all report.
 * Empty for a valid Persona. The data is not changed.
 *
 * @public
 */
export function validatePersonaEntityV1alpha1(
  data: unknown,
): PersonaFieldProblem[] {
  const validate = schemaValidator();
  const problems = validate(data)
    ? []
    : describePersonaSchemaErrors(validate.errors ?? []);
  // duplicate ids too, even when other fields are wrong
  const responsibilities = (data as { spec?: { responsibilities?: unknown } })
    ?.spec?.responsibilities;
  if (Array.isArray(responsibilities)) {
    problems.push(
      ...findDuplicateResponsibilityIds(data as PersonaEntityV1alpha1).map(
        ([path, message]) => ({ path, message }),
      ),
    );
  }
  return problems;
}

/**
 * {@link @backstage/catalog-model#KindValidator} for
 * {@link PersonaEntityV1alpha1}. Returns false for other kinds and throws a
 * `TypeError` for an invalid Persona whose message is the JSON path and the
 * words of the first problem (`/spec/type is required`), and how many more
 * there are.
 *
 * @public
 */
export const personaEntityV1alpha1Validator: KindValidator = {
  async check(data: Entity) {
    // another kind or version is for another validator; a missing one is
    // a problem of this entity, as the catalog's own kinds report it
    const { kind, apiVersion } = (data ?? {}) as Partial<Entity>;
    if (
      (kind !== undefined && kind !== PERSONA_KIND) ||
      (apiVersion !== undefined && apiVersion !== PERSONA_API_VERSION)
    ) {
      return false;
    }
    const [first, ...more] = validatePersonaEntityV1alpha1(data);
    if (first) {
      throw new TypeError(
        `${first.path} ${first.message}${
          more.length
            ? ` (and ${more.length} more problem${
                more.length === 1 ? '' : 's'
              })`
            : ''
        }`,
      );
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
