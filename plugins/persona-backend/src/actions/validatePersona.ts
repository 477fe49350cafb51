import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { PersonaActionsDeps } from './deps';
import { inputField } from './inputFields';
import { READ_ONLY } from './outputSchemas';

/** As the HTTP route: a text of at most 1 MB. */
const MAX_CONTENT_LENGTH = 1024 * 1024;

/**
 * Registers `validate-persona`: every problem of Persona YAML or JSON, as the
 * catalog would see it, and the refs the caller cannot find in the catalog.
 */
export function registerValidatePersona(
  registry: ActionsRegistryService,
  { validateService }: PersonaActionsDeps,
) {
  registry.register({
    name: 'validate-persona',
    title: 'Validate Persona YAML',
    description: `Checks the text of one or more Persona entities (kind: Persona, apiVersion platform-personas.io/v1alpha1; YAML documents separated by ---, or JSON) before they are committed to the catalog: answers whether it is valid and every problem, each with the document (from 0), the field path, a message saying what was expected, its severity (error: the catalog would refuse the Persona; warning: e.g. a holder or component ref that names nothing you may read in the catalog) and the line and column. Use it to write or review Personas; it changes nothing.
Use find-personas to see the personas that exist already.`,
    schema: {
      input: z =>
        z.object({
          content: inputField(
            z,
            'content',
            z.string().min(1).max(MAX_CONTENT_LENGTH),
            'the Persona YAML or JSON text, 1 character to 1 MB',
          ).describe(
            'The Persona YAML or JSON text, one or more documents separated by ---.',
          ),
        }),
      output: z =>
        z.object({
          valid: z.boolean(),
          documents: z.number(),
          personas: z.number(),
          problems: z.array(
            z.object({
              document: z.number(),
              path: z.string(),
              message: z.string(),
              severity: z.enum(['error', 'warning']),
              line: z.number().optional(),
              column: z.number().optional(),
            }),
          ),
        }),
    },
    attributes: READ_ONLY,
    action: async ({ input, credentials }) => {
      const result = await validateService.validate(input.content, credentials);
      return {
        output: {
          valid: result.valid,
          documents: result.documents,
          personas: result.personas,
          problems: result.problems.map(problem => ({
            ...problem,
            severity: problem.severity ?? 'error',
          })),
        },
      };
    },
  });
}
