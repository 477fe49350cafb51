import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  RootConfigService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';

const SCHEDULE_KEY = 'search.collators.persona.schedule';

/**
 * How often the Personas are collated unless `search.collators.persona.schedule`
 * says otherwise: every 10 minutes, the first time a few seconds after start.
 *
 * @public
 */
export const defaultPersonaCollatorSchedule: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 10 },
    timeout: { minutes: 15 },
    initialDelay: { seconds: 3 },
  };

/** The schedule of the persona collator, from config or the default. */
export function readPersonaCollatorSchedule(
  config: RootConfigService,
): SchedulerServiceTaskScheduleDefinition {
  const schedule = config.getOptionalConfig(SCHEDULE_KEY);
  if (!schedule) return defaultPersonaCollatorSchedule;
  try {
    return readSchedulerServiceTaskScheduleDefinitionFromConfig(schedule);
  } catch (error) {
    throw new Error(`Invalid schedule at ${SCHEDULE_KEY}, ${error}`);
  }
}
