import { HumanDuration } from '@backstage/types';

export interface Config {
  persona?: {
    /**
     * Configuration of the persona notifications module
     * (`@platform-personas/backstage-plugin-persona-backend-module-notifications`).
     */
    notifications?: {
      /**
       * How often the holders and components of every persona are compared
       * with what people were last told, on one replica of the backend. A
       * change reaches people at most this long plus
       * `persona.index.refreshInterval` after the catalog has processed it.
       * A duration object such as `{ seconds: 30 }`, or a string such as
       * `'30s'` or `'PT30S'`. Defaults to 30 seconds.
       */
      frequency?: HumanDuration | string;
      /**
       * How long after its first run (on an empty state: an install, or each
       * start of a portal whose database is in memory) the module records
       * changes without notifying anyone, while the catalog is still
       * ingesting. Defaults to 2 minutes; zero notifies from the second run.
       */
      initialQuietPeriod?: HumanDuration | string;
    };
  };
}
