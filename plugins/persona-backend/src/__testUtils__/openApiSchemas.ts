import Ajv from 'ajv';
import { spec } from '../schema/openapi/generated/router';

/** The package's own openapi.yaml, as the generated router holds it. */
export const openApiSpec = JSON.parse(JSON.stringify(spec));

const ajv = new Ajv({
  allErrors: true,
  strict: true,
  keywords: ['example'],
  formats: { 'date-time': true },
});
// OpenAPI keeps schemas under components; Ajv resolves them as definitions.
ajv.addSchema(
  JSON.parse(
    JSON.stringify({ definitions: openApiSpec.components.schemas }).replace(
      /#\/components\/schemas\//g,
      'openapi#/definitions/',
    ),
  ),
  'openapi',
);

/**
 * The problems of a response body against a schema of openapi.yaml, as
 * `path message` lines; empty when the body is what the document promises.
 */
export function openApiProblems(schemaName: string, body: unknown): string[] {
  const validate = ajv.getSchema(`openapi#/definitions/${schemaName}`);
  if (!validate) throw new Error(`openapi.yaml has no schema ${schemaName}`);
  return validate(body)
    ? []
    : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message}`);
}
