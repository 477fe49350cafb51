import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { PersonaActionsDeps } from './deps';
import { entityTitles } from './entityTitles';
import { inputField } from './inputFields';
import { READ_ONLY, named, namedSchema } from './outputSchemas';

/**
 * Registers `coverage-gaps`: personas nobody holds, platform components
 * nobody builds or enables, and teams without a persona.
 */
export function registerCoverageGaps(
  registry: ActionsRegistryService,
  { coverageService, catalog }: PersonaActionsDeps,
) {
  registry.register({
    name: 'coverage-gaps',
    title: 'Gaps in persona coverage',
    description: `Answers "where are the gaps?" in how the organisation covers its platform with personas (platform roles): personas that nobody holds, platform components (clusters, runtime bundles, connectors…) that no persona builds or enables, and groups that hold no persona — each list with its total, and the totals of personas and of teams holding one. Optionally only for the personas of one framework or type.
Use who-is-responsible for one component, get-responsibilities for one user or team, find-personas to search personas by topic. Answers only what the caller may read in the catalog.`,
    schema: {
      input: z =>
        z.object({
          limit: inputField(
            z,
            'limit',
            z.number().int().min(1).max(500),
            'a whole number from 1 to 500',
          )
            .optional()
            .describe(
              'At most this many items in each list (1–500, default 50); totals count them all.',
            ),
          framework: inputField(z, 'framework', z.string(), 'a framework name')
            .optional()
            .describe('Only the personas of this framework, e.g. anthos.'),
          type: inputField(z, 'type', z.string(), 'a persona type')
            .optional()
            .describe('Only the personas of this type, e.g. builder.'),
        }),
      output: z => {
        const list = <T extends Parameters<typeof z.array>[0]>(item: T) =>
          z.object({ total: z.number(), items: z.array(item) });
        return z.object({
          personas: z.number(),
          teamsWithPersona: z.number(),
          personasWithoutHolder: list(namedSchema(z)),
          uncoveredComponents: list(
            namedSchema(z).extend({
              type: z.string().optional(),
              owners: z.array(namedSchema(z)),
            }),
          ),
          groupsWithoutPersona: list(namedSchema(z)),
        });
      },
    },
    attributes: READ_ONLY,
    action: async ({ input, credentials }) => {
      const coverage = await coverageService.getCoverage(
        {
          offset: 0,
          limit: input.limit ?? 50,
          framework: input.framework,
          type: input.type,
        },
        credentials,
      );
      const { personasWithoutHolder, uncoveredComponents } = coverage;
      const { groupsWithoutPersona } = coverage;
      const titles: Record<string, string> = Object.fromEntries(
        coverage.personas.flatMap(p => (p.title ? [[p.ref, p.title]] : [])),
      );
      Object.assign(
        titles,
        await entityTitles(
          catalog,
          [
            ...groupsWithoutPersona.items,
            ...uncoveredComponents.items.flatMap(c => c.owners),
          ],
          credentials,
        ),
      );
      return {
        output: {
          personas: coverage.personas.length,
          teamsWithPersona: coverage.teams.total,
          personasWithoutHolder: {
            total: personasWithoutHolder.total,
            items: personasWithoutHolder.items.map(p => named(p, titles)),
          },
          uncoveredComponents: {
            total: uncoveredComponents.total,
            items: uncoveredComponents.items.map(c => ({
              ...(c.title ? { ref: c.ref, title: c.title } : { ref: c.ref }),
              ...(c.type ? { type: c.type } : {}),
              owners: c.owners.map(o => named(o, titles)),
            })),
          },
          groupsWithoutPersona: {
            total: groupsWithoutPersona.total,
            items: groupsWithoutPersona.items.map(g => named(g, titles)),
          },
        },
      };
    },
  });
}
