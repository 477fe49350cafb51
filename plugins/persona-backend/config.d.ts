export interface Config {
  /** Configuration of the persona backend plugin. */
  persona?: {
    index?: {
      /**
       * How often the persona graph index is rebuilt from the catalog, in
       * seconds. A view is at most this old plus the time of one rebuild.
       * Defaults to 30.
       */
      refreshIntervalSeconds?: number;
    };
  };
}
