import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  PlatformComponentFactsResponse,
  PlatformComponentKind,
  TeamApiDocument,
  TeamInteractionsResponse,
} from '@platform-personas/backstage-plugin-persona-common';
import {
  resolveComponentFacts,
  resolveTeamApi,
  resolveTeamInteractions,
  resolveTeamModel,
  TeamModel,
  visibleTeamModel,
} from '../resolution';
import { CallerAccess } from './CallerAccess';
import { FilteredViewCache } from './FilteredViewCache';
import { indexMeta } from './indexMeta';
import { parseGroupRef } from './parseGroupRef';
import { PerSnapshot } from './perSnapshot';
import type { PersonaIndexService } from './personaIndexServiceRef';
import type { PersonaInteractionsService } from './personaInteractionsServiceRef';
import type { PersonaIndexSnapshot } from './PersonaIndex';
import { refsOfTeamModel } from './refsOfTeamModel';
import { snapshotWithEntity } from './snapshotWithEntity';
import { teamApiMarkdown } from './teamApiMarkdown';
import { teamModelBytes } from './teamModelBytes';

/**
 * Answers interactions, Team API documents and component facts from one
 * {@link TeamModel} per index version — the component holders, the costly
 * part — narrowed for each caller to what they may read before anything is
 * derived from it.
 */
export class DefaultPersonaInteractionsService
  implements PersonaInteractionsService
{
  private readonly models: PerSnapshot<TeamModel>;
  /** Models narrowed for read decisions that many requests share. */
  private readonly sharedModels = new FilteredViewCache();

  constructor(
    private readonly options: {
      index: PersonaIndexService;
      access: CallerAccess;
      catalog: CatalogService;
      catalogTimeoutMs?: number;
      platformComponentKinds: PlatformComponentKind[];
    },
  ) {
    this.models = new PerSnapshot(snapshot =>
      resolveTeamModel(snapshot.graph, options.platformComponentKinds),
    );
  }

  async getInteractions(
    query: { group?: string },
    credentials: BackstageCredentials,
  ): Promise<TeamInteractionsResponse> {
    const group =
      query.group === undefined
        ? undefined
        : parseGroupRef(query.group, 'group');
    const snapshot = group
      ? await snapshotWithEntity(this.options, group, credentials)
      : await this.options.index.snapshot();
    const { model, readable } = await this.callerModel(snapshot, credentials);
    if (group) this.assertTeamReadable(snapshot, group, readable);
    return {
      ...resolveTeamInteractions(snapshot.graph, model, { group }),
      meta: indexMeta(snapshot),
    };
  }

  async getTeamApi(
    groupRef: string,
    credentials: BackstageCredentials,
  ): Promise<TeamApiDocument> {
    return (await this.teamApi(groupRef, credentials)).doc;
  }

  async getTeamApiMarkdown(
    groupRef: string,
    credentials: BackstageCredentials,
  ): Promise<string> {
    const { doc, snapshot } = await this.teamApi(groupRef, credentials);
    // Every ref of the document is one the caller may read.
    return teamApiMarkdown(doc, ref => snapshot.graph.displayName(ref));
  }

  async getComponentFacts(
    query: { entityRefs?: string[] },
    credentials: BackstageCredentials,
  ): Promise<PlatformComponentFactsResponse> {
    const asked = query.entityRefs?.length
      ? new Set(query.entityRefs.map(ref => normalizeRef(ref)))
      : undefined;
    const snapshot = await this.options.index.snapshot();
    const { model } = await this.callerModel(snapshot, credentials);
    return {
      items: model.components
        .filter(component => !asked || asked.has(component.ref))
        .map(component => resolveComponentFacts(snapshot.graph, component)),
      meta: indexMeta(snapshot),
    };
  }

  private async teamApi(groupRef: string, credentials: BackstageCredentials) {
    const team = parseGroupRef(groupRef, 'kind');
    const snapshot = await snapshotWithEntity(this.options, team, credentials);
    const { model, readable } = await this.callerModel(snapshot, credentials);
    this.assertTeamReadable(snapshot, team, readable);
    const doc: TeamApiDocument = {
      ...resolveTeamApi(snapshot.graph, model, team),
      meta: indexMeta(snapshot),
    };
    return { doc, snapshot };
  }

  /** The model of the snapshot as the caller may see it. */
  private async callerModel(
    snapshot: PersonaIndexSnapshot,
    credentials: BackstageCredentials,
  ) {
    const model = this.models.get(snapshot);
    const readable = await this.options.access.readable(
      () => refsOfTeamModel(snapshot.graph, model),
      credentials,
      snapshot,
      `team model of ${JSON.stringify(this.options.platformComponentKinds)}`,
    );
    if (readable.all) return { model, readable };
    const visible = this.sharedModels.view(
      readable,
      snapshot.version,
      !!readable.shared,
      () => visibleTeamModel(model, ref => readable.has(ref)),
      teamModelBytes,
    );
    return { model: visible, readable };
  }

  /** The same 404 for a group that does not exist and one the caller may not read. */
  private assertTeamReadable(
    snapshot: PersonaIndexSnapshot,
    group: string,
    readable: { has(ref: string): boolean },
  ) {
    if (!snapshot.graph.get(group) || !readable.has(group)) {
      throw new NotFoundError(`No group ${group}`);
    }
  }
}

/** A full entity ref, or an `InputError` naming the parameter. */
function normalizeRef(ref: string): string {
  try {
    return stringifyEntityRef(parseEntityRef(ref));
  } catch {
    throw new InputError(`entityRef is not an entity ref: ${ref}`);
  }
}
