import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** What a change sweep reads of every entity: its ref and its etag. */
const ETAG_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.etag',
];

/** An entity's kind, lower-cased, and its etag. */
type CatalogEtag = { kind: string; etag?: string };

const etagOf = (entity: Entity): CatalogEtag => ({
  kind: entity.kind.toLocaleLowerCase('en-US'),
  etag: entity.metadata.etag,
});

/** What the index keeps of a group beyond its projection: the team type. */
export const TEAM_TYPE_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.annotations',
];

/** An entity as the index keeps it, with the etag it was read at. */
export type ReadEntity = { entity: Entity; etag?: string };

const isKind = (entity: Entity, kind: string) =>
  entity.kind.toLocaleLowerCase('en-US') === kind;

/** Whether the projection `fields` itself holds the etag. */
const keepsEtag = (fields: string[]) =>
  fields.some(field => field === 'metadata' || field === 'metadata.etag');

/**
 * The catalog reads of the persona index, with the plugin's own service
 * credentials. Every projected read also asks for `metadata.etag` and strips
 * it again, so that an entity read here is the very object a read without it
 * gives — the index version stays that of the catalog data — while its etag
 * (the catalog's digest of the stitched entity, relations included) tells a
 * later sweep whether the entity changed since.
 */
export class CatalogReader {
  constructor(
    private readonly catalog: CatalogService,
    private readonly credentials: BackstageCredentials,
  ) {}

  private async stream(
    request: Parameters<CatalogService['streamEntities']>[0],
  ): Promise<Entity[]> {
    const entities: Entity[] = [];
    const options = { credentials: this.credentials };
    for await (const page of this.catalog.streamEntities(request, options)) {
      entities.push(...page);
    }
    return entities;
  }

  /** Every Persona, whole (catalog fakes may ignore the kind filter). */
  async personas(): Promise<ReadEntity[]> {
    const personas = await this.stream({
      filter: { kind: 'persona' },
      pageSize: 1000,
    });
    return personas
      .filter(entity => isKind(entity, 'persona'))
      .map(entity => ({ entity, etag: entity.metadata.etag }));
  }

  /** Every entity but Personas, projected on `fields`. */
  async others(fields: string[]): Promise<ReadEntity[]> {
    const read = await this.stream({
      fields: this.withEtag(fields),
      pageSize: 1000,
    });
    return read
      .filter(entity => !isKind(entity, 'persona'))
      .map(entity => this.split(entity, fields));
  }

  /** Every group with its annotations, for the team type. */
  groupAnnotations(): Promise<Entity[]> {
    return this.stream({
      filter: { kind: 'group' },
      fields: TEAM_TYPE_FIELDS,
      pageSize: 1000,
    });
  }

  /** The entities of `refs` that still exist, projected on `fields` when given. */
  async byRefs(refs: string[], fields?: string[]): Promise<ReadEntity[]> {
    const items = await this.readByRefs(refs, fields && this.withEtag(fields));
    return items.map(entity =>
      fields
        ? this.split(entity, fields)
        : { entity, etag: entity.metadata.etag },
    );
  }

  /** The entities of `refs` that still exist, 1,000 refs a request. */
  private async readByRefs(
    refs: string[],
    fields?: string[],
  ): Promise<Entity[]> {
    const items: Entity[] = [];
    for (let i = 0; i < refs.length; i += 1000) {
      const page = await this.catalog.getEntitiesByRefs(
        { entityRefs: refs.slice(i, i + 1000), ...(fields && { fields }) },
        { credentials: this.credentials },
      );
      items.push(...page.items.filter((e): e is Entity => !!e));
    }
    return items;
  }

  /** The etag of every entity (of a kind, when given) by ref, and its kind. */
  async etags(kind?: string): Promise<Map<string, CatalogEtag>> {
    const read = await this.stream({
      ...(kind && { filter: { kind } }),
      fields: ETAG_FIELDS,
      pageSize: 5000,
    });
    return new Map(
      read
        .filter(entity => !kind || isKind(entity, kind))
        .map(entity => [stringifyEntityRef(entity), etagOf(entity)]),
    );
  }

  /** The etag and kind of the entities of `refs` the catalog holds, by ref. */
  async etagsOf(refs: string[]): Promise<Map<string, CatalogEtag>> {
    const items = await this.readByRefs(refs, ETAG_FIELDS);
    return new Map(
      items.map(entity => [stringifyEntityRef(entity), etagOf(entity)]),
    );
  }

  /**
   * {@link CatalogReader.etagsOf}, with the refs of each entity's relations'
   * targets: relations are read only here, for the few entities named.
   */
  async etagsWithTargetsOf(
    refs: string[],
  ): Promise<Map<string, CatalogEtag & { targets: string[] }>> {
    const items = await this.readByRefs(refs, [...ETAG_FIELDS, 'relations']);
    return new Map(
      items.map(entity => [
        stringifyEntityRef(entity),
        {
          ...etagOf(entity),
          targets: (entity.relations ?? []).map(r => r.targetRef),
        },
      ]),
    );
  }

  /** How many entities the catalog holds: one count query and one row. */
  async count(): Promise<number> {
    const { totalItems } = await this.catalog.queryEntities(
      { limit: 1, fields: ['kind'] },
      { credentials: this.credentials },
    );
    return totalItems;
  }

  private withEtag(fields: string[]) {
    return keepsEtag(fields) ? fields : [...fields, 'metadata.etag'];
  }

  private split(entity: Entity, fields: string[]): ReadEntity {
    const etag = entity.metadata.etag;
    if (keepsEtag(fields) || !('etag' in entity.metadata))
      return { entity, etag };
    const { etag: _, ...metadata } = entity.metadata;
    return { entity: { ...entity, metadata }, etag };
  }
}
