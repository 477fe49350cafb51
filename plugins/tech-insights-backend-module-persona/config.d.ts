/**
 * A duration as the tech-insights backend reads it (`readDurationFromConfig`),
 * e.g. `{ minutes: 10 }`. Spelled out here rather than imported from
 * `@backstage/types`, which this package does not otherwise depend on.
 */
type Duration = {
  years?: number;
  months?: number;
  weeks?: number;
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
  milliseconds?: number;
};

export interface Config {
  techInsights?: {
    factRetrievers?: {
      /**
       * The schedule of the persona coverage fact retriever. Without it the
       * tech-insights backend does not run the retriever, and no persona
       * check has facts to run on.
       */
      personaCoverageFactRetriever?: {
        /**
         * A cron expression: when the facts are read from the persona
         * backend, e.g. '*\/30 * * * *' (every 30 minutes). The persona
         * backend's index refreshes on its own schedule, so a cadence
         * shorter than that refresh reads the same facts again.
         */
        cadence: string;
        /** How long a run may take; 5 minutes unless told. */
        timeout?: Duration;
        /** The delay of the first run after start; 5 seconds unless told. */
        initialDelay?: Duration;
        /**
         * Which fact rows to keep: `{ timeToLive: { weeks: 2 } }` or
         * `{ maxItems: 10 }` per component. Without it every run's rows are
         * kept.
         */
        lifecycle?: { timeToLive: Duration } | { maxItems: number };
      };
    };
  };
}
