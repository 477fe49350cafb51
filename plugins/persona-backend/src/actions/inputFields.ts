import { InputError } from '@backstage/errors';
import type { Zod, ZodSchema } from './deps';

function describe(value: unknown): string {
  if (value === undefined) return 'it is missing';
  const text = JSON.stringify(value) ?? String(value);
  return `got ${text.length > 80 ? `${text.slice(0, 80)}…` : text}`;
}

/**
 * A field of an action's input that, when the value does not fit `schema`,
 * fails with an `InputError` naming the field and what it expects.
 *
 * The actions registry answers every schema failure with the same message
 * ("Invalid input to action …"), which tells an assistant nothing about what
 * to fix; this check runs first and says it. While zod looks at the schema
 * alone (to tell whether the field is optional, for the JSON Schema the tool
 * list shows) the path is empty and the value is let through, so that a
 * required field is still listed as required.
 */
export function inputField<T extends ZodSchema>(
  z: Zod,
  field: string,
  schema: T,
  expected: string,
) {
  return z.preprocess((value, ctx) => {
    if (ctx.path.length === 0) return value;
    if (!schema.safeParse(value).success) {
      throw new InputError(`Invalid ${field}: ${expected}; ${describe(value)}`);
    }
    return value;
  }, schema);
}
