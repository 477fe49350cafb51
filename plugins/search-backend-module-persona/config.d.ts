import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /** Configuration of the persona collator of the search backend. */
      persona?: {
        /**
         * When the Personas are collated into the search index: a frequency
         * (`{ minutes: 10 }`, an ISO duration or a cron expression), a
         * timeout, and an initial delay after start. Defaults to every 10
         * minutes, a 15-minute timeout and a 3-second initial delay.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
