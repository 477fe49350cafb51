import {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { ServiceUnavailableError, stringifyError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { PersonaGraph } from '../resolution';
import { indexFieldsFor } from './indexFields';
import { indexVersionOf } from './indexVersion';
import { withTeamTypeAnnotations } from './teamTypeAnnotations';
import type { PersonaIndexService } from './personaIndexServiceRef';
import { withTimeout } from './withTimeout';

/**
 * A built persona graph and when its data was read from the catalog.
 *
 * @alpha
 */
export type PersonaIndexSnapshot = {
  graph: PersonaGraph;
  /** A digest of the catalog data read: equal on every replica that read the same catalog. */
  version: string;
  builtAt: Date;
  buildMillis: number;
  entityCount: number;
  /**
   * The catalog fields read for every entity but Personas, which are read
   * whole; undefined when not known, and then no permission decision is
   * made against the index.
   */
  fields?: string[];
};

/**
 * The persona graph index: groups, memberships, ownership, personas and the
 * fields selectors need, read from the catalog with the plugin's own service
 * credentials and rebuilt on a schedule. It holds catalog data only, never
 * anything of a caller, so it is safe to share across callers; every answer
 * built from it is filtered with the caller's credentials afterwards.
 *
 * Each replica of the backend builds its own index from the shared catalog;
 * replicas that read the same catalog hold the same
 * {@link PersonaIndexSnapshot.version}. A request never waits longer than
 * `waitTimeoutMs` for a first build, nor does a catalog that hangs hold the
 * index: a build gives up after `buildTimeoutMs` and the last good index
 * stays.
 *
 * The default {@link PersonaIndexService}; exported for tools that measure
 * the index outside a backend (the repo's bench), not for adopters, who
 * replace the index through `personaIndexServiceRef`.
 *
 * @alpha
 */
export class PersonaIndex implements PersonaIndexService {
  private current?: PersonaIndexSnapshot;
  private building?: Promise<PersonaIndexSnapshot>;
  private builds = 0;
  private currentBuild = 0;
  private lastBuildStartedAt = 0;
  private catchUp?: Promise<PersonaIndexSnapshot>;
  private readonly heldFields = new Set<string>();
  private holding?: Promise<unknown>;

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      /** How long a request waits for the first build; 10 s by default. */
      waitTimeoutMs?: number;
      /** How long one build may take; 120 s by default. */
      buildTimeoutMs?: number;
      /**
       * The shortest time between the start of two catch-up builds (see
       * {@link PersonaIndex.catchUpWithCatalog}); 2 s by default.
       */
      catchUpGapMs?: number;
    },
  ) {}

  /** Rebuilds the index every `refreshInterval` on this instance. */
  async schedule(scheduler: SchedulerService, refreshInterval: HumanDuration) {
    await scheduler.scheduleTask({
      id: 'persona-index-refresh',
      scope: 'local',
      frequency: refreshInterval,
      timeout: {
        milliseconds:
          this.buildTimeoutMs + durationToMilliseconds(refreshInterval),
      },
      fn: async () => {
        await this.refresh().catch(error =>
          this.options.logger.warn(
            `Persona index refresh failed, keeping the index of ${
              this.current?.builtAt.toISOString() ?? 'never'
            }: ${stringifyError(error)}`,
          ),
        );
      },
    });
  }

  /**
   * The current index, building it first if there is none yet; a 503 when
   * the first build fails or does not finish within the wait timeout.
   */
  async snapshot(): Promise<PersonaIndexSnapshot> {
    if (this.current) return this.current;
    return this.bounded(this.refresh());
  }

  /** `build` within the wait timeout of a request, or a 503. */
  private async bounded(
    build: Promise<PersonaIndexSnapshot>,
  ): Promise<PersonaIndexSnapshot> {
    try {
      return await withTimeout(build, this.options.waitTimeoutMs ?? 10_000);
    } catch (error) {
      throw new ServiceUnavailableError(
        `The persona index is not ready: the catalog could not be read (${stringifyError(
          error,
        )})`,
      );
    }
  }

  /**
   * A build that starts after this call, for an entity the catalog holds but
   * the index has not seen yet (created since the last build). Requests that
   * arrive together share one build, and builds start at most once per
   * `catchUpGapMs`, so a burst of new entities costs one rebuild rather than
   * one each. Bounded like {@link PersonaIndex.snapshot}: a 503 when the
   * build does not finish within the wait timeout.
   */
  async catchUpWithCatalog(): Promise<PersonaIndexSnapshot> {
    this.catchUp ??= (async () => {
      try {
        // A build already running may have read the catalog too early.
        await this.building?.catch(() => undefined);
        const gap =
          this.lastBuildStartedAt +
          (this.options.catchUpGapMs ?? 2_000) -
          Date.now();
        if (gap > 0) await new Promise(resolve => setTimeout(resolve, gap));
      } finally {
        this.catchUp = undefined;
      }
      return this.refresh();
    })();
    return this.bounded(this.catchUp);
  }

  /**
   * Reads `fields` too from the next build on, which starts after any build
   * under way; for fields that permission conditions filter on.
   */
  holdFields(fields: string[]): void {
    const added = fields.filter(field => !this.heldFields.has(field));
    if (added.length === 0) return;
    added.forEach(field => this.heldFields.add(field));
    this.options.logger.info(
      `The persona index now also reads ${added.join(
        ', ',
      )}, which permission conditions filter on`,
    );
    this.holding ??= (async () => {
      try {
        await this.building?.catch(() => undefined);
      } finally {
        this.holding = undefined;
      }
      await this.refresh();
    })().catch(error =>
      this.options.logger.warn(
        `Persona index rebuild for new fields failed: ${stringifyError(error)}`,
      ),
    );
  }

  /** Rebuilds the index; concurrent calls share one build. */
  refresh(): Promise<PersonaIndexSnapshot> {
    this.building ??= withTimeout(this.build(), this.buildTimeoutMs).finally(
      () => {
        this.building = undefined;
      },
    );
    return this.building;
  }

  private get buildTimeoutMs() {
    return this.options.buildTimeoutMs ?? 120_000;
  }

  private async build(): Promise<PersonaIndexSnapshot> {
    const started = Date.now();
    this.lastBuildStartedAt = started;
    const build = ++this.builds;
    const { catalog, auth } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const read = async (
      request: Parameters<CatalogService['streamEntities']>[0],
    ) => {
      const entities: Entity[] = [];
      for await (const page of catalog.streamEntities(request, {
        credentials,
      })) {
        entities.push(...page);
      }
      return entities;
    };

    // Personas first: their selectors decide which fields the rest needs.
    const personas = await read({
      filter: { kind: 'persona' },
      pageSize: 1000,
    });
    const fields = [
      ...new Set([...indexFieldsFor(personas), ...this.heldFields]),
    ].sort();
    const others = (
      await read({
        fields,
        pageSize: 1000,
      })
    ).filter(entity => entity.kind.toLocaleLowerCase('en-US') !== 'persona');
    // The team type annotation of the groups only (for the interactions):
    // the annotations of every entity would be much of the index's memory.
    const annotatedGroups = await read({
      filter: { kind: 'group' },
      fields: [
        'kind',
        'metadata.namespace',
        'metadata.name',
        'metadata.annotations',
      ],
      pageSize: 1000,
    });
    const entities = [
      ...personas,
      ...withTeamTypeAnnotations(others, annotatedGroups),
    ];
    const snapshot = {
      graph: new PersonaGraph(entities),
      version: indexVersionOf(entities),
      builtAt: new Date(),
      buildMillis: Date.now() - started,
      entityCount: entities.length,
      fields,
    };
    // A build that outlived its timeout may finish after a newer one.
    if (build > this.currentBuild) {
      this.current = snapshot;
      this.currentBuild = build;
    }
    this.options.logger.debug(
      `Persona index built from ${snapshot.entityCount} entities in ${snapshot.buildMillis} ms`,
    );
    return snapshot;
  }
}
