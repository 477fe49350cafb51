export interface Config {
  /** Configuration of the persona backend plugin. */
  persona?: {
    /**
     * How long a request waits for the catalog, in seconds: for the first
     * build of the persona index and for checking what a caller may read.
     * Past it the request answers 503. Defaults to 10.
     */
    catalogTimeoutSeconds?: number;
    index?: {
      /**
       * How often the persona graph index is rebuilt from the catalog, in
       * seconds. A view is at most this old plus the time of one rebuild.
       * Defaults to 30.
       */
      refreshIntervalSeconds?: number;
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
