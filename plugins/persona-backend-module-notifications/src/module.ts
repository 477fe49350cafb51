import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { notificationService } from '@backstage/plugin-notifications-node';
import { personaIndexServiceRef } from '@platform-personas/backstage-plugin-persona-backend/alpha';
import { durationToMilliseconds } from '@backstage/types';
import { readPersonaNotificationsConfig } from './config';
import { NotificationStateStore } from './database/NotificationStateStore';
import { createNotifyRouter } from './notify/createNotifyRouter';
import { registerNotifyHoldersAction } from './notify/registerNotifyHoldersAction';
import { personaHoldersNotifyPermission } from './permissions';
import { HoldingNotifier } from './task/HoldingNotifier';

/**
 * Persona notifications: tells people when they come to hold a persona, or
 * when a persona of theirs reaches a new component, on the schedule of
 * `persona.notifications.frequency` (on one replica); and lets those granted
 * `persona.holders.notify` notify everyone who holds a persona, through
 * `POST /api/persona/v1/notify/by-name/persona/:namespace/:name` or the
 * `notify-holders` action. Needs the notifications backend.
 *
 * @public
 */
export const personaModuleNotifications = createBackendModule({
  pluginId: 'persona',
  moduleId: 'notifications',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        actionsRegistry: actionsRegistryServiceRef,
        notifications: notificationService,
        index: personaIndexServiceRef,
      },
      async init(deps) {
        const { config, logger, scheduler, index, notifications } = deps;
        const { frequency, initialQuietPeriod } =
          readPersonaNotificationsConfig(config);
        const notifier = new HoldingNotifier({
          index,
          notifications,
          logger,
          store: await NotificationStateStore.create(deps.database),
          quietPeriodMs: durationToMilliseconds(initialQuietPeriod),
        });
        await scheduler.scheduleTask({
          id: 'persona-notifications',
          // one replica compares and notifies, so nobody is told twice
          scope: 'global',
          frequency,
          timeout: { minutes: 5 },
          initialDelay: frequency,
          fn: async () => {
            await notifier.run();
          },
        });

        deps.permissionsRegistry.addPermissions([
          personaHoldersNotifyPermission,
        ]);
        const notifyDeps = {
          index,
          notifications,
          permissions: deps.permissions,
        };
        deps.httpRouter.use(
          createNotifyRouter({ ...notifyDeps, httpAuth: deps.httpAuth }),
        );
        registerNotifyHoldersAction(deps.actionsRegistry, notifyDeps);
      },
    });
  },
});
