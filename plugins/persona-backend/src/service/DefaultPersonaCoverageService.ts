import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  PersonaCoverageResponse,
  PersonaPage,
  PlatformComponentKind,
} from '@platform-personas/backstage-plugin-persona-common';
import {
  PersonaGraph,
  platformComponentRefs,
  resolveCoverage,
} from '../resolution';
import { CallerAccess } from './CallerAccess';
import { indexMeta } from './indexMeta';
import type { PersonaIndexService } from './personaIndexServiceRef';
import type {
  PersonaCoverageQuery,
  PersonaCoverageService,
} from './personaCoverageServiceRef';

function page<T>(items: T[], { offset, limit }: PersonaCoverageQuery) {
  const result: PersonaPage<T> = {
    items: items.slice(offset, offset + limit),
    total: items.length,
    offset,
    limit,
  };
  return result;
}

/** Every entity a coverage answer may name: what the caller must be allowed to read. */
function refsOfCoverage(graph: PersonaGraph, kinds: PlatformComponentKind[]) {
  const refs = new Set(graph.refsOfKind('group'));
  for (const persona of graph.personas()) {
    refs.add(persona.ref);
    persona.refs.holders.forEach(holder => refs.add(holder));
  }
  for (const ref of platformComponentRefs(graph, kinds)) {
    refs.add(ref);
    graph.ownersOf(ref).forEach(owner => refs.add(owner));
  }
  return refs;
}

/**
 * Answers coverage — the team × persona matrix and its gaps — from the index,
 * computed over only what the caller may read, so that nothing the caller
 * cannot read shows, not even through a count or a gap it would leave.
 */
export class DefaultPersonaCoverageService implements PersonaCoverageService {
  constructor(
    private readonly options: {
      index: PersonaIndexService;
      access: CallerAccess;
      platformComponentKinds: PlatformComponentKind[];
    },
  ) {}

  async getCoverage(
    query: PersonaCoverageQuery,
    credentials: BackstageCredentials,
  ): Promise<PersonaCoverageResponse> {
    const snapshot = await this.options.index.snapshot();
    const { graph } = snapshot;
    const { platformComponentKinds } = this.options;
    const readable = await this.options.access.readable(
      () => refsOfCoverage(graph, platformComponentKinds),
      credentials,
      snapshot,
      `coverage of ${JSON.stringify(platformComponentKinds)}`,
    );
    const coverage = resolveCoverage(graph, {
      platformComponentKinds,
      isVisible: ref => readable.has(ref),
      includePersona: ({ entity: { spec } }) =>
        (!query.framework || spec.framework === query.framework) &&
        (!query.type || spec.type === query.type),
    });
    return {
      personas: coverage.personas,
      teams: page(coverage.teams, query),
      personasWithoutHolder: page(coverage.personasWithoutHolder, query),
      uncoveredComponents: page(coverage.uncoveredComponents, query),
      groupsWithoutPersona: page(coverage.groupsWithoutPersona, query),
      meta: indexMeta(snapshot),
    };
  }
}
