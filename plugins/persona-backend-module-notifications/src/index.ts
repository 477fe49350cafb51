/**
 * A module for the persona backend that notifies people when they come to
 * hold a persona or when a persona of theirs reaches a new component, and
 * lets persona maintainers notify everyone who holds a persona.
 *
 * @packageDocumentation
 */

export { personaModuleNotifications as default } from './module';
export { personaHoldersNotifyPermission } from './permissions';
export {
  defaultPersonaNotificationsConfig,
  type PersonaNotificationsConfig,
} from './config';
export type { NotifyHoldersRequest } from './notify/parseNotifyRequest';
