import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Allows sending a notification to every user who holds a persona (through
 * `POST /api/persona/v1/notify/by-name/persona/:namespace/:name` or the
 * `notify-holders` action). A basic permission: grant it in the permission
 * policy to the people who maintain personas.
 *
 * @public
 */
export const personaHoldersNotifyPermission = createPermission({
  name: 'persona.holders.notify',
  attributes: { action: 'create' },
});
