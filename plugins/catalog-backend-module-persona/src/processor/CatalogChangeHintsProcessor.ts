import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorCache,
} from '@backstage/plugin-catalog-node';
import { createHash } from 'node:crypto';
import { ChangeHintPublisher } from './ChangeHintPublisher';

/** Options of {@link CatalogChangeHintsProcessor}. */
export type CatalogChangeHintsProcessorOptions = {
  publisher: Pick<ChangeHintPublisher, 'publish'>;
  /** How long changed refs are gathered into one event; 200 ms by default. */
  gatherMs?: number;
};

/**
 * Names the entities whose processed form changed on
 * `PERSONA_CATALOG_CHANGES_TOPIC`, so that the persona backend reads them as
 * soon as the catalog has stitched them, instead of at its next sweep of the
 * catalog's etags; the catalog of this Backstage release publishes no entity
 * change events of its own.
 *
 * @remarks
 *
 * The digest of each entity's last processed form is kept in the catalog's
 * processor cache, which lives with the entity in the catalog's database, so
 * a restart or another catalog replica does not see every entity as changed.
 * An entity processed for the first time is not named: the persona backend
 * sees new entities by the catalog's count. The publisher numbers the events
 * and logs a failing publish, never a processing error.
 */
export class CatalogChangeHintsProcessor implements CatalogProcessor {
  private readonly gathered = new Set<string>();
  private timer?: NodeJS.Timeout;
  private flushed = false;

  constructor(private readonly options: CatalogChangeHintsProcessorOptions) {}

  getProcessorName(): string {
    return 'PersonaCatalogChangeHints';
  }

  async postProcessEntity(
    entity: Entity,
    _location: unknown,
    _emit: unknown,
    cache?: CatalogProcessorCache,
  ): Promise<Entity> {
    if (!cache) return entity;
    const digest = createHash('sha256')
      .update(JSON.stringify(entity))
      .digest('base64');
    const previous = await cache.get<string>('digest');
    if (previous === digest) return entity;
    await cache.set('digest', digest);
    if (previous !== undefined) this.gather(stringifyEntityRef(entity));
    return entity;
  }

  /**
   * Names `ref` as changed with the next event, as this processor names an
   * entity whose processed form changed: for a change it cannot see, such as
   * relations another processor emitted.
   */
  nameChanged(ref: string): void {
    this.gather(ref);
  }

  /**
   * Publishes the refs gathered so far at once, and resolves when that is
   * done, and names any changed later at once: at shutdown, so that the last
   * changes are not held back by the gathering.
   */
  async flush(): Promise<void> {
    // Entities the catalog still processes meanwhile are named at once.
    this.flushed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.gathered.size > 0) await this.publish();
  }

  private gather(ref: string) {
    this.gathered.add(ref);
    // After a flush the refs named in one turn of the event loop still go
    // out together, rather than one event each.
    this.timer ??= setTimeout(
      () => this.publish(),
      this.flushed ? 0 : this.options.gatherMs ?? 200,
    );
    this.timer.unref?.();
  }

  private async publish() {
    this.timer = undefined;
    const refs = [...this.gathered];
    this.gathered.clear();
    await this.options.publisher.publish(refs);
  }
}
