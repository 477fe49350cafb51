import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { metricsServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { durationToMilliseconds } from '@backstage/types';
import {
  PERSONA_CATALOG_CHANGES_TOPIC,
  PersonaCatalogChangesPayload,
} from '@platform-personas/backstage-plugin-persona-node';
import { followCpuMetric } from './catalogChanges/followCpu';
import { HintedRefs } from './catalogChanges/HintedRefs';
import { HintTrust } from './catalogChanges/HintTrust';
import { PersonaIndex, PersonaIndexSnapshot } from './PersonaIndex';
import { personaConfigServiceRef } from './personaConfigServiceRef';

/**
 * The persona graph index that the view and coverage services answer from.
 *
 * @alpha
 */
export interface PersonaIndexService {
  /**
   * The current index, building it first if there is none yet; a
   * `ServiceUnavailableError` when that takes longer than
   * `persona.catalogTimeout`.
   */
  snapshot(): Promise<PersonaIndexSnapshot>;
  /**
   * An index built after this call, for an entity the catalog holds but the
   * current index has not seen; bounded like {@link PersonaIndexService.snapshot}.
   */
  catchUpWithCatalog(): Promise<PersonaIndexSnapshot>;
  /**
   * Reads these catalog fields too from the next build on: fields that
   * permission conditions filter on, so that they are decided against the
   * index. Optional: without it, such conditions are decided by the catalog.
   */
  holdFields?(fields: string[]): void;
}

/**
 * The persona index of the plugin. The default one reads the catalog with
 * the plugin's own credentials, follows its changes and rebuilds from a
 * full read every `persona.index.fullRebuildInterval`. A change shows
 * within seconds when the Persona catalog module names changed entities on
 * the events service; while its heartbeat reaches this instance and no
 * change is found that it did not name, the catalog's etags are not swept
 * (the full rebuilds are the safety net), and otherwise at least every
 * `persona.index.refreshInterval`. Alpha because a snapshot exposes the
 * graph the views are resolved from, whose shape still changes.
 *
 * @alpha
 */
export const personaIndexServiceRef = createServiceRef<PersonaIndexService>({
  id: 'persona.index',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        catalog: catalogServiceRef,
        auth: coreServices.auth,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        config: personaConfigServiceRef,
        events: eventsServiceRef,
        metrics: metricsServiceRef,
      },
      async factory(deps) {
        const { catalog, auth, logger, scheduler, config, events } = deps;
        const hintTrust = new HintTrust({
          logger,
          fullRebuildIntervalMs:
            config.fullRebuildInterval &&
            durationToMilliseconds(config.fullRebuildInterval),
        });
        const index = new PersonaIndex({
          catalog,
          auth,
          logger,
          waitTimeoutMs: config.catalogTimeoutMs,
          onFollowCpu: followCpuMetric(deps.metrics),
          hintTrust,
        });
        await index.schedule(
          scheduler,
          config.refreshInterval,
          config.fullRebuildInterval,
        );
        const hinted = new HintedRefs({
          look: refs => index.followHints(refs),
          logger,
          onLetGo: () => index.sweepSoon(),
        });
        await events.subscribe({
          id: 'persona-index',
          topics: [PERSONA_CATALOG_CHANGES_TOPIC],
          async onEvent({ eventPayload }) {
            const payload =
              eventPayload as Partial<PersonaCatalogChangesPayload>;
            if (!Array.isArray(payload?.entityRefs)) return;
            const entityRefs = payload.entityRefs.filter(
              (ref): ref is string => typeof ref === 'string',
            );
            hintTrust.heard({ entityRefs, source: payload.source });
            if (entityRefs.length > 0) hinted.add(entityRefs);
          },
        });
        return index;
      },
    }),
});
