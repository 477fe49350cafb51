import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import {
  PERSONA_MODES,
  PersonaDetailView,
} from '@platform-personas/backstage-plugin-persona-common';
import { HoldingStateChanges } from '../state/diffHoldingState';
import { entityLink } from './entityLink';

/** The topic of every notification of this module, for users to filter on. */
export const PERSONA_TOPIC = 'persona';

function responsibilitiesText(view: PersonaDetailView): string {
  const titles = view.persona.responsibilities.map(r => r.title);
  return titles.length
    ? `Your responsibilities: ${titles.join('; ')}.`
    : 'It lists no responsibilities yet.';
}

/**
 * The notifications that tell people about the changes of one persona: one
 * to all of its new holders, and one per component it newly reaches. Each
 * has a scope of its own, so that a later change of the same kind replaces
 * the earlier notification in a user's inbox rather than piling up.
 */
export function holdingNotifications(
  view: PersonaDetailView,
  changes: HoldingStateChanges,
): NotificationSendOptions[] {
  const personaRef = view.entityRef;
  const personaTitle = view.persona.title ?? parseEntityRef(personaRef).name;
  const notifications: NotificationSendOptions[] = [];
  if (changes.newHolders.length) {
    notifications.push({
      recipients: { type: 'entity', entityRef: changes.newHolders },
      payload: {
        title: `You now hold the persona ${personaTitle}`,
        description: [view.persona.description, responsibilitiesText(view)]
          .filter(Boolean)
          .join(' '),
        link: entityLink(personaRef),
        severity: 'normal',
        topic: PERSONA_TOPIC,
        scope: `persona:${personaRef}:holders`,
      },
    });
  }
  for (const { componentRef, users } of changes.newlyReached) {
    const component = PERSONA_MODES.flatMap(mode => view.components[mode]).find(
      c => c.ref === componentRef,
    );
    const modes = PERSONA_MODES.filter(mode =>
      view.components[mode].some(c => c.ref === componentRef),
    );
    const componentTitle =
      component?.title ?? parseEntityRef(componentRef).name;
    notifications.push({
      recipients: { type: 'entity', entityRef: users },
      payload: {
        title: `${personaTitle} now reaches ${componentTitle}`,
        // builds → build: "you build and consume X"
        description: `As ${personaTitle}, you ${modes
          .map(mode => mode.replace(/s$/, ''))
          .join(' and ')} ${componentTitle} (${componentRef}).`,
        link: entityLink(componentRef),
        severity: 'normal',
        topic: PERSONA_TOPIC,
        scope: `persona:${personaRef}:component:${componentRef}`,
      },
    });
  }
  return notifications;
}
