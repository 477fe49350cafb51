import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  PersonaIndexService,
  resolvePersonaView,
} from '@platform-personas/backstage-plugin-persona-backend/alpha';
import { NotificationStateStore } from '../database/NotificationStateStore';
import { computeHoldingState } from '../state/computeHoldingState';
import { diffHoldingState } from '../state/diffHoldingState';
import { holdingNotifications } from './holdingNotifications';

const BASELINE_STARTED_AT = 'baselineStartedAt';
const INDEX_VERSION = 'indexVersion';

/**
 * Compares each persona of the current persona index with what was last
 * recorded, notifies the users who newly hold a persona or whom a persona
 * newly reaches a component for, and records the new state.
 *
 * The first run against an empty state (an install, or every start of a
 * portal whose database lives in memory) records without notifying, and so
 * does every run for `quietPeriodMs` after it: the catalog may still be
 * ingesting (groups without their members, selectors without their
 * matches), and its filling up must not be taken for a wave of changes.
 * After that, a persona that appears tells its holders they hold it.
 */
export class HoldingNotifier {
  constructor(
    private readonly options: {
      index: PersonaIndexService;
      store: NotificationStateStore;
      notifications: NotificationService;
      logger: LoggerService;
      quietPeriodMs: number;
    },
  ) {}

  /** One comparison of the current index with the recorded state. */
  async run(): Promise<{ sent: number }> {
    const { index, store, notifications, logger } = this.options;
    const snapshot = await index.snapshot();
    let baselineStartedAt = await store.getMeta(BASELINE_STARTED_AT);
    const firstRun = !baselineStartedAt;
    if (!baselineStartedAt) {
      baselineStartedAt = new Date().toISOString();
      await store.setMeta(BASELINE_STARTED_AT, baselineStartedAt);
    }
    const quiet =
      firstRun ||
      Date.now() < Date.parse(baselineStartedAt) + this.options.quietPeriodMs;
    // The same catalog data gives the same states: nothing to compare.
    if ((await store.getMeta(INDEX_VERSION)) === snapshot.version) {
      return { sent: 0 };
    }

    const { graph } = snapshot;
    const previous = await store.readStates();
    let sent = 0;
    let failed = false;
    for (const { ref } of graph.personas()) {
      try {
        const view = resolvePersonaView(graph, ref);
        if (view?.type !== 'persona') continue;
        const current = computeHoldingState(graph, view);
        const before = previous.get(ref);
        if (before && JSON.stringify(before) === JSON.stringify(current)) {
          continue;
        }
        if (!quiet) {
          for (const notification of holdingNotifications(
            view,
            diffHoldingState(before, current),
          )) {
            await notifications.send(notification);
            sent += 1;
          }
        }
        // Recorded after sending: a failed send is retried next time.
        await store.writeState(ref, current);
      } catch (error) {
        failed = true;
        logger.warn(
          `Could not notify the holders of ${ref}, will retry: ${stringifyError(
            error,
          )}`,
        );
      }
    }
    await store.deleteStates(
      [...previous.keys()].filter(ref => !graph.persona(ref)),
    );
    if (!failed) await store.setMeta(INDEX_VERSION, snapshot.version);
    if (sent) logger.info(`Sent ${sent} persona notifications`);
    return { sent };
  }
}
