import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { PersonaIndexService } from '@platform-personas/backstage-plugin-persona-backend/alpha';
import { personaHoldersNotifyPermission } from '../permissions';
import { usersOfHolder } from '../state/usersOfHolder';
import { entityLink } from '../task/entityLink';
import { PERSONA_TOPIC } from '../task/holdingNotifications';
import { NotifyHoldersRequest } from './parseNotifyRequest';

/** What the route and the action need to notify the holders of a persona. */
export type NotifyHoldersDeps = {
  index: PersonaIndexService;
  permissions: PermissionsService;
  notifications: NotificationService;
};

/**
 * Sends one notification to every user who holds a persona — the user
 * holders and every member of each group holder's subtree — each once, and
 * answers who they are. Refused (403) unless the caller is granted
 * `persona.holders.notify`; checked before the persona is looked up, so that
 * a refused caller cannot probe which personas exist.
 */
export async function notifyHolders(
  { index, permissions, notifications }: NotifyHoldersDeps,
  options: {
    personaRef: string;
    request: NotifyHoldersRequest;
    credentials: BackstageCredentials;
  },
): Promise<{ recipients: string[] }> {
  const { personaRef, request, credentials } = options;
  const [decision] = await permissions.authorize(
    [{ permission: personaHoldersNotifyPermission }],
    { credentials },
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `Not allowed to notify the holders of a persona (permission ${personaHoldersNotifyPermission.name})`,
    );
  }
  let { graph } = await index.snapshot();
  if (!graph.persona(personaRef)) {
    // a Persona the catalog has but the index has not read yet is no 404
    ({ graph } = await index.catchUpWithCatalog());
  }
  const persona = graph.persona(personaRef);
  if (!persona) throw new NotFoundError(`No persona ${personaRef}`);

  const users = new Set<string>();
  for (const holder of persona.refs.holders) {
    usersOfHolder(graph, holder).forEach(user => users.add(user));
  }
  const recipients = [...users].sort();
  if (recipients.length) {
    await notifications.send({
      recipients: { type: 'entity', entityRef: recipients },
      payload: {
        title: request.title,
        description: request.description,
        link: request.link ?? entityLink(personaRef),
        severity: request.severity ?? 'normal',
        topic: PERSONA_TOPIC,
      },
    });
  }
  return { recipients };
}
