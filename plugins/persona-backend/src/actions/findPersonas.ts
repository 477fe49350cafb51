import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { isError } from '@backstage/errors';
import type { PersonaActionsDeps } from './deps';
import { entityTitles } from './entityTitles';
import { inputField } from './inputFields';
import { matchPersona, queryTerms } from './matchPersona';
import {
  READ_ONLY,
  named,
  namedSchema,
  personaBrief,
  personaBriefSchema,
  responsibilitySchema,
} from './outputSchemas';
import { readView } from './readView';

/**
 * Registers `find-personas`: the personas that match a free-text query, a
 * framework or a type, with the matching responsibilities and the holders.
 */
export function registerFindPersonas(
  registry: ActionsRegistryService,
  { viewService, coverageService, catalog }: PersonaActionsDeps,
) {
  registry.register({
    name: 'find-personas',
    title: 'Find personas by topic',
    description: `Searches the personas of the Backstage catalog (the platform roles teams and people take: builders, enablers, operators, consumers…) and answers "who does X?" — e.g. "who does IAM?", "who deploys runtime bundles?": each matching persona with the responsibilities that match (all of them when it matched elsewhere), where it matched (title, description, responsibilities, channels, tools) and the users and groups that hold it. The query matches words case-insensitively; the best matches come first. Without a query it lists every persona (of a framework or type, when given).
Use who-is-responsible instead for who builds, enables or consumes a given component, and get-responsibilities for what a given user or team is responsible for. Answers only what the caller may read in the catalog.`,
    schema: {
      input: z =>
        z.object({
          query: inputField(z, 'query', z.string(), 'free text')
            .optional()
            .describe(
              'Free text, e.g. "IAM" or "who deploys connectors?", matched against the title, description, responsibilities, channels and tools of each persona.',
            ),
          framework: inputField(z, 'framework', z.string(), 'a framework name')
            .optional()
            .describe(
              'Only personas of this framework, e.g. anthos, activiti-cloud, cncf-platforms.',
            ),
          type: inputField(z, 'type', z.string(), 'a persona type')
            .optional()
            .describe(
              'Only personas of this type, e.g. builder, enabler, operator, consumer.',
            ),
          limit: inputField(
            z,
            'limit',
            z.number().int().min(1).max(50),
            'a whole number from 1 to 50',
          )
            .optional()
            .describe('At most this many personas (1–50, default 10).'),
        }),
      output: z =>
        z.object({
          total: z.number(),
          terms: z.array(z.string()),
          personas: z.array(
            personaBriefSchema(z).extend({
              description: z.string().optional(),
              matchedTerms: z.array(z.string()),
              matchedIn: z.array(z.string()),
              responsibilities: z.array(responsibilitySchema(z)),
              channels: z.array(z.string()),
              tools: z.array(z.string()),
              holders: z.array(namedSchema(z)),
            }),
          ),
        }),
    },
    attributes: READ_ONLY,
    action: async ({ input, credentials }) => {
      const { personas } = await coverageService.getCoverage(
        { offset: 0, limit: 1, framework: input.framework, type: input.type },
        credentials,
      );
      const terms = queryTerms(input.query ?? '');
      const matches = personas
        .map(persona => matchPersona(persona, terms))
        .filter(<T>(m: T | undefined): m is T => m !== undefined)
        .sort(
          (a, b) =>
            b.terms.length - a.terms.length ||
            b.responsibilities.length - a.responsibilities.length ||
            a.persona.ref.localeCompare(b.persona.ref),
        );
      const shown = matches.slice(0, input.limit ?? 10);
      const holders = await Promise.all(
        shown.map(({ persona }) =>
          readView(viewService, persona.ref, credentials, '')
            .then(view => (view.type === 'persona' ? view.holders : []))
            .catch(error => {
              // a persona removed since coverage was computed
              if (isError(error) && error.name === 'NotFoundError') return [];
              throw error;
            }),
        ),
      );
      const titles = await entityTitles(
        catalog,
        holders.flat().map(h => h.ref),
        credentials,
      );
      return {
        output: {
          total: matches.length,
          terms,
          personas: shown.map((match, i) => ({
            ...personaBrief(match.persona),
            ...(match.persona.description
              ? { description: match.persona.description }
              : {}),
            matchedTerms: match.terms,
            matchedIn: match.matchedIn,
            // the matching ones; all of them when the match was elsewhere
            responsibilities: match.responsibilities.length
              ? match.responsibilities
              : match.persona.responsibilities,
            channels: match.persona.channels,
            tools: match.persona.tools,
            holders: holders[i].map(h => named(h.ref, titles)),
          })),
        },
      };
    },
  });
}
