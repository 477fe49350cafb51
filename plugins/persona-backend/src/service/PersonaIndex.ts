import {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { ServiceUnavailableError, stringifyError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PersonaGraph } from '@platform-personas/backstage-plugin-persona-common';
import { indexFieldsFor } from './indexFields';

/**
 * A built persona graph and when its data was read from the catalog.
 *
 * @public
 */
export type PersonaIndexSnapshot = {
  graph: PersonaGraph;
  builtAt: Date;
  buildMillis: number;
  entityCount: number;
};

/**
 * The persona graph index: groups, memberships, ownership, personas and the
 * fields selectors need, read from the catalog with the plugin's own service
 * credentials and rebuilt on a schedule. It holds catalog data only, never
 * anything of a caller, so it is safe to share across callers; every answer
 * built from it is filtered with the caller's credentials afterwards.
 *
 * @public
 */
export class PersonaIndex {
  private current?: PersonaIndexSnapshot;
  private building?: Promise<PersonaIndexSnapshot>;

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
    },
  ) {}

  /** Rebuilds the index every `refreshIntervalSeconds` on this instance. */
  async schedule(scheduler: SchedulerService, refreshIntervalSeconds: number) {
    await scheduler.scheduleTask({
      id: 'persona-index-refresh',
      scope: 'local',
      frequency: { seconds: refreshIntervalSeconds },
      timeout: { seconds: Math.max(60, refreshIntervalSeconds * 4) },
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

  /** The current index, building it first if there is none yet. */
  async snapshot(): Promise<PersonaIndexSnapshot> {
    if (this.current) return this.current;
    try {
      return await this.refresh();
    } catch (error) {
      throw new ServiceUnavailableError(
        `The catalog could not be read to build the persona index: ${stringifyError(
          error,
        )}`,
      );
    }
  }

  /** Rebuilds the index; concurrent calls share one build. */
  refresh(): Promise<PersonaIndexSnapshot> {
    this.building ??= this.build().finally(() => {
      this.building = undefined;
    });
    return this.building;
  }

  private async build(): Promise<PersonaIndexSnapshot> {
    const started = Date.now();
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
    const others = (
      await read({
        fields: indexFieldsFor(personas),
        pageSize: 1000,
      })
    ).filter(entity => entity.kind.toLocaleLowerCase('en-US') !== 'persona');
    const snapshot = {
      graph: new PersonaGraph([...personas, ...others]),
      builtAt: new Date(),
      buildMillis: Date.now() - started,
      entityCount: personas.length + others.length,
    };
    this.current = snapshot;
    this.options.logger.debug(
      `Persona index built from ${snapshot.entityCount} entities in ${snapshot.buildMillis} ms`,
    );
    return snapshot;
  }
}
