import {
  BackstageCredentials,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  PlatformComponentFactsResponse,
  TeamApiDocument,
  TeamInteractionsResponse,
} from '@platform-personas/backstage-plugin-persona-common';
import { callerAccessServiceRef } from './callerAccessServiceRef';
import { DefaultPersonaInteractionsService } from './DefaultPersonaInteractionsService';
import { personaConfigServiceRef } from './personaConfigServiceRef';
import { personaIndexServiceRef } from './personaIndexServiceRef';

/**
 * Answers `GET /v1/interactions`, `GET /v1/team-api/by-name/{kind}/{namespace}/{name}`
 * and `GET /v1/facts/components`: how teams interact through the platform
 * components their personas build, enable and consume.
 *
 * Every answer is computed as if what the caller may not read in the
 * catalog did not exist: no team, component or persona they may not read is
 * named, counted or used to infer a team type.
 *
 * @public
 */
export interface PersonaInteractionsService {
  /**
   * The teams and their interactions; with `group` (a Group entity ref),
   * only the interactions that involve that team. An `InputError` for a
   * `group` that is no Group ref; a `NotFoundError` for a group that does
   * not exist or that the caller may not read.
   */
  getInteractions(
    query: { group?: string },
    credentials: BackstageCredentials,
  ): Promise<TeamInteractionsResponse>;

  /**
   * The Team API document of a Group. An `InputError` for a ref of another
   * kind; a `NotFoundError` for a group that does not exist or that the
   * caller may not read.
   */
  getTeamApi(
    groupRef: string,
    credentials: BackstageCredentials,
  ): Promise<TeamApiDocument>;

  /** {@link PersonaInteractionsService.getTeamApi} rendered as Markdown. */
  getTeamApiMarkdown(
    groupRef: string,
    credentials: BackstageCredentials,
  ): Promise<string>;

  /**
   * The facts of every platform component the caller may read, or of the
   * listed `entityRefs` among them; an `InputError` for a ref that does not
   * parse.
   */
  getComponentFacts(
    query: { entityRefs?: string[] },
    credentials: BackstageCredentials,
  ): Promise<PlatformComponentFactsResponse>;
}

/**
 * The interactions service of the persona backend, replaceable by adopters.
 * The default one computes the interactions, Team API documents and facts
 * from the persona index over the platform components of
 * `persona.coverage.platformComponents`, once per index version.
 *
 * @public
 */
export const personaInteractionsServiceRef =
  createServiceRef<PersonaInteractionsService>({
    id: 'persona.interactions',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          index: personaIndexServiceRef,
          access: callerAccessServiceRef,
          catalog: catalogServiceRef,
          config: personaConfigServiceRef,
        },
        factory: ({ index, access, catalog, config }) =>
          new DefaultPersonaInteractionsService({
            index,
            access,
            catalog,
            catalogTimeoutMs: config.catalogTimeoutMs,
            platformComponentKinds: config.platformComponentKinds,
          }),
      }),
  });
