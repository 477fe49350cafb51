import Ajv from 'ajv';
import fs from 'node:fs';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { parse } from 'yaml';

/** The package's own openapi.yaml, parsed. */
export const openApiSpec = parse(
  fs.readFileSync(
    resolvePackagePath(
      '@platform-personas/backstage-plugin-persona-backend',
      'openapi.yaml',
    ),
    'utf8',
  ),
);

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
