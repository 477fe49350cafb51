import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { notifyHolders, NotifyHoldersDeps } from './notifyHolders';
import { parseNotifyRequest } from './parseNotifyRequest';

function personaRefOf(input: string): string {
  let ref;
  try {
    ref = parseEntityRef(input, {
      defaultKind: 'persona',
      defaultNamespace: 'default',
    });
  } catch {
    ref = undefined;
  }
  if (ref?.kind.toLocaleLowerCase('en-US') !== 'persona') {
    throw new InputError(
      `Invalid personaRef: expected a Persona ref such as persona:default/anthos-platform-team, got ${JSON.stringify(
        input,
      )}`,
    );
  }
  return stringifyEntityRef(ref);
}

/**
 * Registers `notify-holders` (the tool `persona.notify-holders`): sends a
 * notification to every user who holds a persona. It writes to people's
 * inboxes, so it is not read-only; it deletes nothing, so not destructive.
 */
export function registerNotifyHoldersAction(
  registry: ActionsRegistryService,
  deps: NotifyHoldersDeps,
) {
  registry.register({
    name: 'notify-holders',
    title: 'Notify the holders of a persona',
    description: `Sends a Backstage notification to every user who holds a persona of the catalog: the users listed as holders, and every member of each holding group and of its sub-groups (each user once). Answers the user refs notified. Requires the permission persona.holders.notify. Use find-personas first to find the persona's ref from a topic, e.g. "who does IAM?".`,
    schema: {
      input: z =>
        z.object({
          personaRef: z
            .string()
            .describe(
              'The persona, e.g. persona:default/anthos-platform-team (kind and namespace may be left out).',
            ),
          title: z.string().describe('The title of the notification.'),
          description: z
            .string()
            .optional()
            .describe('The text of the notification.'),
          link: z
            .string()
            .optional()
            .describe(
              'Where the notification leads: a path of the portal such as /catalog/default/system/anthos-platform, or an http(s) URL. Defaults to the persona page.',
            ),
          severity: z
            .enum(['critical', 'high', 'normal', 'low'])
            .optional()
            .describe('How urgent it is; normal by default.'),
        }),
      output: z =>
        z.object({
          recipients: z
            .array(z.string())
            .describe('The user refs that were notified, sorted.'),
        }),
    },
    attributes: { readOnly: false, idempotent: false, destructive: false },
    action: async ({ input, credentials }) => {
      const { personaRef, ...fields } = input;
      return {
        output: await notifyHolders(deps, {
          personaRef: personaRefOf(personaRef),
          request: parseNotifyRequest(fields),
          credentials,
        }),
      };
    },
  });
}
