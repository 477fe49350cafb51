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
       * How often the persona graph index is rebuilt from the catalog. A
       * view is at most this old plus the time of one rebuild. A duration
       * object such as `{ seconds: 30 }`, or a string such as `'30s'` or
       * `'PT30S'`. Defaults to 30 seconds.
       */
      refreshInterval?: HumanDuration | string;
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
