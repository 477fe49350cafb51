import { CompoundEntityRef } from '@backstage/catalog-model';
import { createApiRef } from '@backstage/core-plugin-api';
import {
  PersonaCoverageResponse,
  PersonaValidateResponse,
  PersonaViewListResponse,
  PersonaViewResponse,
  PlatformComponentFactsResponse,
  TeamApiDocument,
  TeamInteractionsResponse,
} from '@platform-personas/backstage-plugin-persona-common';

/**
 * Which part of the team × persona coverage to fetch. `offset` and `limit`
 * page the team rows and the three gap lists alike — the explorer asks for
 * a gap list's further pages on their own (the backend defaults
 * `limit` to 100 and caps it at 500); `framework` and `type` narrow the
 * personas, which are the matrix columns.
 *
 * @public
 */
export type PersonaCoverageQuery = {
  offset?: number;
  limit?: number;
  framework?: string;
  type?: string;
};

/**
 * Options of {@link PersonaApi.getView}. With `limit` (1–500) each long list
 * of the view comes cut to its first `limit` items, with a page beside it
 * (`total` and the list's pointer) for {@link PersonaApi.getViewList}: the
 * first answer carries what the first screen shows, however large the
 * catalog is.
 *
 * @public
 */
export type PersonaViewOptions = {
  limit?: number;
  /**
   * With `limit`: how many components per mode each sub-team's persona
   * carries (0–500; 0: the totals only); `limit` when absent.
   */
  subTeamLimit?: number;
};

/**
 * Which part of a list that a view cut short to fetch: the list's JSON
 * pointer into the whole view (the `list` of its `PersonaListPage`), and
 * `offset` and `limit` (the backend defaults `limit` to 50 and caps it at
 * 500).
 *
 * @public
 */
export type PersonaViewListRequest = {
  list: string;
  offset?: number;
  limit?: number;
  /**
   * For a page of sub-teams: how many components per mode each sub-team's
   * persona carries (0–500; 0: the totals only); `limit` when absent.
   */
  subTeamLimit?: number;
};

/**
 * The persona backend (`/api/persona/v1`), as the frontend sees it.
 *
 * @public
 */
export interface PersonaApi {
  /**
   * The persona view of a User, Group, Component, Resource, System, API or
   * Persona: what it holds, who builds, enables and consumes it, or the
   * persona's own holders and components.
   */
  getView(
    entityRef: string | CompoundEntityRef,
    options?: PersonaViewOptions,
  ): Promise<PersonaViewResponse>;

  /**
   * One page of a list that a view asked with a `limit` cut short, with the
   * display names of the refs its items name; the items of sub-teams and
   * parts come cut the same way, with their own pages.
   */
  getViewList<T = unknown>(
    entityRef: string | CompoundEntityRef,
    request: PersonaViewListRequest,
  ): Promise<PersonaViewListResponse<T>>;

  /** One page of the team × persona matrix and of the coverage gaps. */
  getCoverage(query?: PersonaCoverageQuery): Promise<PersonaCoverageResponse>;

  /** Every problem of every Persona document in a YAML or JSON text. */
  validate(content: string): Promise<PersonaValidateResponse>;

  /**
   * The Team Topologies interactions the personas imply between teams: all
   * of them, or those of one team (`group`, an entity ref).
   */
  getInteractions(query?: {
    group?: string;
  }): Promise<TeamInteractionsResponse>;

  /** The Team API of a team (a Group), as JSON. */
  getTeamApi(groupRef: string | CompoundEntityRef): Promise<TeamApiDocument>;

  /** The Team API of a team (a Group), as the Markdown the backend renders. */
  getTeamApiMarkdown(groupRef: string | CompoundEntityRef): Promise<string>;

  /**
   * The coverage facts (has a builder, an enabler, a consumer; the builders'
   * bus factor) of every platform component, or of the ones named.
   */
  getComponentFacts(
    entityRefs?: string[],
  ): Promise<PlatformComponentFactsResponse>;
}

/**
 * The utility API reference of the {@link PersonaApi}.
 *
 * @public
 */
export const personaApiRef = createApiRef<PersonaApi>({
  id: 'plugin.persona.service',
});
