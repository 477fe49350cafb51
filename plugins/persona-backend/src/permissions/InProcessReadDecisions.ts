import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { permissionRules } from '@backstage/plugin-catalog-backend/alpha';
import { EntityFilter } from '@backstage/plugin-catalog-node';
import {
  PermissionCondition,
  PermissionCriteria,
} from '@backstage/plugin-permission-common';
import {
  createConditionTransformer,
  PermissionRule,
} from '@backstage/plugin-permission-node';
import type { PersonaIndexSnapshot } from '../service/PersonaIndex';
import type { PersonaGraph } from '../resolution';
import type { ReadableRefs } from '../service/ReadableRefs';
import { personaHolderRule } from './personaHolderRule';
import {
  catalogFieldOfSearchKey,
  isFieldHeld,
  searchFilterKeys,
} from './searchFilterFields';
import { SearchRowIndex } from './SearchRowIndex';

/** How many condition sets one index keeps the readable refs of. */
const KEPT_PER_INDEX = 256;

type Conditions = PermissionCriteria<PermissionCondition>;

/**
 * Decides a conditional catalog read decision against the persona index,
 * the way the catalog decides it: the conditions become a search filter
 * through the catalog's own permission rules (and `IS_PERSONA_HOLDER`), and
 * the filter is evaluated against the rows the catalog's search table holds
 * for each indexed entity. Returns nothing, so that the caller asks the
 * catalog, when a rule is unknown (an adopter's own rule) or the index does
 * not hold a field the filter reads; it then asks the index to hold those
 * fields from its next build on.
 */
export class InProcessReadDecisions {
  private readonly transform: (conditions: Conditions) => EntityFilter;
  private readonly perGraph = new WeakMap<
    PersonaGraph,
    { rows: SearchRowIndex; kept: Map<string, ReadableRefs> }
  >();

  constructor(
    private readonly options: {
      /** Asked to hold fields that a decision needed and the index lacked. */
      holdFields?: (fields: string[]) => void;
      logger?: LoggerService;
      rules?: PermissionRule<any, any, string, any>[];
    } = {},
  ) {
    this.transform = createConditionTransformer(
      options.rules ?? [...Object.values(permissionRules), personaHolderRule],
    ) as (conditions: Conditions) => EntityFilter;
  }

  /**
   * The refs of the index that the conditions allow, or undefined when the
   * catalog has to decide. `digest` identifies the conditions; the same
   * conditions on the same index get the same shared object.
   */
  readable(
    conditions: Conditions,
    digest: string,
    index: Pick<PersonaIndexSnapshot, 'graph' | 'fields'>,
  ): ReadableRefs | undefined {
    if (!index.fields) return undefined;
    let filter: EntityFilter;
    try {
      filter = this.transform(conditions);
    } catch (error) {
      this.options.logger?.debug(
        `Asking the catalog for a read decision the index cannot evaluate: ${stringifyError(
          error,
        )}`,
      );
      return undefined;
    }
    const held = new Set(index.fields);
    const fields = [...searchFilterKeys(filter)].map(catalogFieldOfSearchKey);
    if (fields.includes(undefined)) return undefined;
    const missing = (fields as string[]).filter(
      field => !isFieldHeld(field, held),
    );
    if (missing.length > 0) {
      this.options.holdFields?.([...new Set(missing)]);
      return undefined;
    }

    let state = this.perGraph.get(index.graph);
    if (!state) {
      state = {
        rows: new SearchRowIndex(index.graph.entitiesByRef()),
        kept: new Map(),
      };
      this.perGraph.set(index.graph, state);
    }
    const kept = state.kept.get(digest);
    if (kept) return kept;
    const refs = state.rows.match(filter);
    const readable: ReadableRefs = { has: ref => refs.has(ref), shared: true };
    if (state.kept.size >= KEPT_PER_INDEX) {
      state.kept.delete(state.kept.keys().next().value!);
    }
    state.kept.set(digest, readable);
    return readable;
  }
}
