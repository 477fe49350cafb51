import { StandardSchemaV1 } from '@backstage/frontend-plugin-api';

type JsonSchema = { [key in string]: unknown };

/**
 * A Standard Schema with the Standard JSON Schema converter that `configSchema`
 * needs. Written by hand because the plugin does not depend on zod, and the
 * zod major that frontend-plugin-api accepts is the adopter's choice.
 */
export type ConfigField<T> = StandardSchemaV1<T | undefined> & {
  '~standard': {
    jsonSchema: { input(): JsonSchema; output(): JsonSchema };
  };
};

function optionalField<T>(
  jsonSchema: JsonSchema,
  expected: string,
  isValid: (value: unknown) => value is T,
): ConfigField<T> {
  return {
    '~standard': {
      version: 1,
      vendor: 'persona',
      validate: value =>
        value === undefined || isValid(value)
          ? { value: value as T | undefined }
          : { issues: [{ message: `Expected ${expected}` }] },
      jsonSchema: { input: () => jsonSchema, output: () => jsonSchema },
    },
  };
}

/** An optional text, such as a card title. */
export const optionalText = optionalField(
  { type: 'string', minLength: 1 },
  'a non-empty string',
  (value): value is string => typeof value === 'string' && value.length > 0,
);

/** An optional list of entity kinds, such as `[component, api]`. */
export const optionalKinds = optionalField(
  { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
  'a non-empty list of entity kinds',
  (value): value is string[] =>
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(kind => typeof kind === 'string' && kind.length > 0),
);

/** An entity filter for the given kinds, matched case-insensitively. */
export function kindFilter(kinds: readonly string[]) {
  return { kind: { $in: kinds.map(kind => kind.toLocaleLowerCase('en-US')) } };
}
