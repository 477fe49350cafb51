import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { PERSONA_VIEW_KINDS } from '@platform-personas/backstage-plugin-persona-common';
import type { PersonaActionsDeps } from './deps';
import { entityTitles } from './entityTitles';
import { inputField } from './inputFields';
import { READ_ONLY } from './outputSchemas';
import { readView } from './readView';
import { resolveEntityRef } from './resolveEntityRef';
import {
  fromComponentView,
  fromPersonaView,
  whoIsResponsibleOutput,
} from './whoIsResponsibleOutput';

const HINT =
  'Give a full ref such as resource:default/anthos-prod-eu, or use find-personas to search personas by what they do.';

/**
 * Registers `who-is-responsible`: who builds, enables and consumes a
 * component, resource, system, domain or API, through which persona; or the
 * holders and components of a persona.
 */
export function registerWhoIsResponsible(
  registry: ActionsRegistryService,
  { viewService, catalog }: PersonaActionsDeps,
) {
  registry.register({
    name: 'who-is-responsible',
    title: 'Who builds, enables and consumes an entity',
    description: `Answers "who is responsible for X?" for a platform component, resource (a cluster, a database), system, domain or API of the Backstage catalog: per mode (builds, enables, consumes) the personas (roles such as "Platform team") that cover it, the teams and people who hold each persona, and whether it applies through an explicit ref or a catalog selector. For a system or domain it also lists its parts, each with its own personas. For a persona ref it answers the persona's holders and the components it builds, enables and consumes.
Use get-responsibilities instead for what a user or team is responsible for, and find-personas to search personas by topic ("who does IAM?"). Answers only what the caller may read in the catalog.`,
    schema: {
      input: z =>
        z.object({
          entityRef: inputField(
            z,
            'entityRef',
            z.string().trim().min(1),
            'an entity ref or name such as resource:default/anthos-prod-eu or anthos-prod-eu',
          ).describe(
            'The entity: a full ref (kind:namespace/name, e.g. resource:default/anthos-prod-eu), kind:name, or a bare name or title that the catalog resolves.',
          ),
        }),
      output: whoIsResponsibleOutput,
    },
    attributes: READ_ONLY,
    action: async ({ input, credentials }) => {
      const entityRef = await resolveEntityRef(
        catalog,
        input.entityRef,
        credentials,
        {
          field: 'entityRef',
          kinds: [...PERSONA_VIEW_KINDS.component, 'persona', 'user', 'group'],
          notFoundHint: HINT,
        },
      );
      const kind = parseEntityRef(entityRef).kind;
      if (kind === 'user' || kind === 'group') {
        throw new InputError(
          `entityRef ${entityRef} is a ${kind}: use get-responsibilities for what a user or team is responsible for. who-is-responsible answers for components, resources, systems, domains, APIs and personas.`,
        );
      }
      const view = await readView(viewService, entityRef, credentials, HINT);
      if (view.type === 'component') {
        return { output: fromComponentView(view) };
      }
      if (view.type === 'persona') {
        const holders = view.holders.map(h => h.ref);
        const titles = await entityTitles(catalog, holders, credentials);
        return { output: fromPersonaView(view, titles) };
      }
      throw new InputError(
        `entityRef ${entityRef} has no component or persona view. ${HINT}`,
      );
    },
  });
}
