import { HumanDuration } from '@backstage/types';

export interface Config {
  /** Configuration of the persona backend plugin. */
  persona?: {
    /**
     * How long a request waits for the catalog: for the first build of the
     * persona index and for checking what a caller may read. Past it the
     * request answers 503. A duration object such as `{ seconds: 10 }`, or
     * a string such as `'10s'` or `'PT10S'`. Defaults to 10 seconds.
     */
    catalogTimeout?: HumanDuration | string;
    /**
     * @deprecated Use `persona.catalogTimeout`, a duration; this number of
     * seconds is still read when that is absent, with a warning.
     */
    catalogTimeoutSeconds?: number;
    index?: {
      /**
       * The longest a catalog change takes to reach the persona graph index:
       * a view is at most this old plus the time to apply the change. The
       * index follows the catalog's changes by comparing entity etags, and
       * looks at least this often — more often when the catalog is small
       * enough for that to stay within 2 % of a core, and within seconds for
       * a new, deleted or changed Persona. (It used to be how often the
       * whole index was rebuilt; see `fullRebuildInterval`.) A duration
       * object such as `{ seconds: 30 }`, or a string such as `'30s'` or
       * `'PT30S'`. Defaults to 30 seconds.
       */
      refreshInterval?: HumanDuration | string;
      /**
       * How often the persona graph index is rebuilt from a full read of
       * the catalog, a safety net for changes its etags do not show (an
       * entity that sets its own `metadata.etag`). A duration object such as
       * `{ minutes: 10 }`, or a string such as `'10m'` or `'PT10M'`.
       * Defaults to 10 minutes.
       */
      fullRebuildInterval?: HumanDuration | string;
      /**
       * @deprecated Use `persona.index.refreshInterval`, a duration; this
       * number of seconds is still read when that is absent, with a warning.
       */
      refreshIntervalSeconds?: number;
    };
    permissions?: {
      /**
       * Whether a conditional catalog read decision is evaluated against the
       * persona index with the catalog's own permission rules (true, the
       * default), or sent to the catalog for every answer (false). Conditions
       * with a rule the catalog module does not ship go to the catalog
       * either way.
       */
      evaluateInProcess?: boolean;
      /**
       * How long a caller's catalog read decision is kept before the
       * permission backend is asked again. Asking is most of the cost of a
       * cached view, and an entity page asks for several views at once. A
       * changed policy, or a user's new group membership, reaches the views
       * at most this much later. Zero asks for every request. A duration
       * object such as `{ seconds: 5 }`, or a string such as `'5s'` or
       * `'PT5S'`. Defaults to 5 seconds.
       */
      keepDecisionsFor?: HumanDuration | string;
    };
    coverage?: {
      /**
       * Which entities count as platform components in coverage gaps: a kind
       * and, optionally, the `spec.type` values of that kind (every type when
       * absent). Defaults to Resources of type `kubernetes-cluster` and
       * Components of types `runtime-bundle` and `cloud-connector`.
       */
      platformComponents?: Array<{
        kind: string;
        types?: string[];
      }>;
    };
  };
}
