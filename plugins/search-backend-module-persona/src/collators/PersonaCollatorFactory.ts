import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  isPersonaEntity,
  PERSONA_KIND,
  PERSONA_SEARCH_DOCUMENT_TYPE,
} from '@platform-personas/backstage-plugin-persona-common';
import { Readable } from 'node:stream';
import { PersonaDocument } from './PersonaDocument';
import { relatedRefs, toPersonaDocument } from './toPersonaDocument';

/**
 * What the {@link PersonaCollatorFactory} reads the catalog with.
 *
 * @public
 */
export type PersonaCollatorFactoryOptions = {
  /** The catalog that Personas and the titles of their relations come from. */
  catalog: CatalogService;
  /** Gives the service credentials the catalog is read with. */
  auth: AuthService;
  /** How many Personas to read a page; 200 unless told. */
  batchSize?: number;
};

/** Refs a `getEntitiesByRefs` call asks for, at most. */
const REFS_BATCH_SIZE = 100;

const TITLE_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'spec.profile.displayName',
];

/**
 * Collates one {@link PersonaDocument} per Persona of the catalog (document
 * type `persona`): its title, description, responsibilities, channels and
 * tools as text, and its holders and the components it builds, enables and
 * consumes, by title. The catalog is read page by page with the service
 * credentials of the search plugin; each document carries the persona's
 * entity ref as `authorization.resourceRef` and the type's visibility
 * permission is `catalog.entity.read`, so that the search backend shows a
 * document only to those who may read the Persona.
 *
 * @public
 */
export class PersonaCollatorFactory implements DocumentCollatorFactory {
  /** The document type of the persona documents. */
  readonly type = PERSONA_SEARCH_DOCUMENT_TYPE;
  /** Each document is shown only to those who may read its Persona. */
  readonly visibilityPermission = catalogEntityReadPermission;

  private readonly catalog: CatalogService;
  private readonly auth: AuthService;
  private readonly batchSize: number;

  constructor(options: PersonaCollatorFactoryOptions) {
    this.catalog = options.catalog;
    this.auth = options.auth;
    this.batchSize = options.batchSize ?? 200;
  }

  /** A stream of the documents of every Persona of the catalog. */
  async getCollator(): Promise<Readable> {
    return Readable.from(this.execute());
  }

  private async *execute(): AsyncGenerator<PersonaDocument> {
    // per run, so that each entity is looked up once and edits show next run
    const titles = new Map<string, string | undefined>();
    let cursor: string | undefined = undefined;
    do {
      const credentials = await this.auth.getOwnServiceCredentials();
      const page = await this.catalog.queryEntities(
        cursor
          ? { cursor, limit: this.batchSize }
          : {
              filter: { kind: PERSONA_KIND },
              limit: this.batchSize,
              totalItems: 'exclude',
            },
        { credentials },
      );
      cursor = page.pageInfo.nextCursor;
      const personas = page.items.filter(isPersonaEntity);
      const unknown = [
        ...new Set(personas.flatMap(persona => relatedRefs(persona))),
      ].filter(ref => !titles.has(ref));
      for (let i = 0; i < unknown.length; i += REFS_BATCH_SIZE) {
        const refs = unknown.slice(i, i + REFS_BATCH_SIZE);
        const { items } = await this.catalog.getEntitiesByRefs(
          { entityRefs: refs, fields: TITLE_FIELDS },
          { credentials: await this.auth.getOwnServiceCredentials() },
        );
        refs.forEach((ref, index) => titles.set(ref, titleOf(items[index])));
      }
      for (const persona of personas) {
        yield toPersonaDocument(persona, ref => titles.get(ref));
      }
    } while (cursor);
  }
}

/** The title of an entity, or `undefined` for an untitled or missing one. */
function titleOf(entity: Entity | undefined): string | undefined {
  if (!entity) return undefined;
  const displayName = (
    entity.spec?.profile as { displayName?: unknown } | undefined
  )?.displayName;
  return (
    entity.metadata.title?.trim() ||
    (typeof displayName === 'string' ? displayName.trim() : '') ||
    undefined
  );
}
