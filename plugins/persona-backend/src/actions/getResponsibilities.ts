import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { PersonaActionsDeps } from './deps';
import {
  fromHolderView,
  getResponsibilitiesOutput,
} from './getResponsibilitiesOutput';
import { inputField } from './inputFields';
import { READ_ONLY } from './outputSchemas';
import { readView } from './readView';
import { resolveEntityRef } from './resolveEntityRef';

const HINT =
  'Give a full ref such as user:default/jane.doe or group:default/platform-team, or leave entityRef out to ask about yourself.';

/**
 * Registers `get-responsibilities`: the personas a User or Group holds, how,
 * their responsibilities and what they build, enable and consume.
 */
export function registerGetResponsibilities(
  registry: ActionsRegistryService,
  { viewService, catalog }: PersonaActionsDeps,
) {
  registry.register({
    name: 'get-responsibilities',
    title: 'What a user or team is responsible for',
    description: `Answers "what am I / is this team responsible for?": the personas (platform roles such as "Platform team" or "Activiti Cloud Developer") that a user or group holds, how each is held (directly, inherited from a parent group, or through membership of a group), the responsibilities that come with each persona, and the platform components each persona builds, enables and consumes for that user or group. For a group it also lists sub-teams that hold personas of their own. Without entityRef it answers for the calling user.
Use who-is-responsible instead for who is responsible for a component, resource or system, and find-personas to search personas by topic. Answers only what the caller may read in the catalog.`,
    schema: {
      input: z =>
        z.object({
          entityRef: inputField(
            z,
            'entityRef',
            z.string().trim().min(1),
            'a user or group ref or name such as user:default/jane.doe or platform-team',
          )
            .optional()
            .describe(
              'The user or group: a full ref (user:default/jane.doe, group:default/platform-team), kind:name, or a bare name the catalog resolves. Leave it out for the calling user.',
            ),
        }),
      output: getResponsibilitiesOutput,
    },
    attributes: READ_ONLY,
    action: async ({ input, credentials }) => {
      let entityRef: string;
      if (input.entityRef !== undefined) {
        entityRef = await resolveEntityRef(
          catalog,
          input.entityRef,
          credentials,
          { field: 'entityRef', kinds: ['user', 'group'], notFoundHint: HINT },
        );
      } else {
        const principal = credentials.principal as {
          type?: string;
          userEntityRef?: string;
        };
        if (principal.type !== 'user' || !principal.userEntityRef) {
          throw new InputError(
            'entityRef is required: the caller is not a user, so there is no "me" to answer for. Give a user or group ref such as group:default/platform-team.',
          );
        }
        entityRef = principal.userEntityRef;
      }
      const kind = parseEntityRef(entityRef).kind;
      if (kind !== 'user' && kind !== 'group') {
        throw new InputError(
          `entityRef ${entityRef} is a ${kind}, not a user or group: use who-is-responsible for who builds, enables and consumes it.`,
        );
      }
      const view = await readView(viewService, entityRef, credentials, HINT);
      if (view.type !== 'holder') {
        throw new InputError(`entityRef ${entityRef} has no holder view.`);
      }
      return { output: fromHolderView(view) };
    },
  });
}
