import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError, isError } from '@backstage/errors';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';

/**
 * The `persona.notifications` configuration, with defaults filled in.
 *
 * @public
 */
export type PersonaNotificationsConfig = {
  /** How often the holdings are compared with the last notified state. */
  frequency: HumanDuration;
  /** How long after the first run nobody is notified. */
  initialQuietPeriod: HumanDuration;
};

/**
 * The defaults: compare every 30 seconds (the persona index's own default
 * refresh interval, so no change waits for more than about two intervals),
 * and stay quiet for 2 minutes after the first run, while a fresh catalog
 * is still ingesting.
 *
 * @public
 */
export const defaultPersonaNotificationsConfig: PersonaNotificationsConfig = {
  frequency: { seconds: 30 },
  initialQuietPeriod: { minutes: 2 },
};

function readDuration(
  config: Config,
  key: string,
  fallback: HumanDuration,
  allowZero: boolean,
): HumanDuration {
  const fullKey = `persona.notifications.${key}`;
  if (!config.has(fullKey)) return fallback;
  let duration: HumanDuration;
  try {
    duration = readDurationFromConfig(config, { key: fullKey });
  } catch (error) {
    throw new InputError(
      `Invalid ${fullKey}: ${
        isError(error) ? error.message : String(error)
      }; expected a duration such as { seconds: 30 }, '30s' or 'PT30S'`,
    );
  }
  const ms = durationToMilliseconds(duration);
  if (!(ms > 0 || (allowZero && ms === 0))) {
    throw new InputError(
      `Invalid ${fullKey}: must be ${
        allowZero ? 'zero or more' : 'longer than zero'
      }`,
    );
  }
  return duration;
}

/** Reads `persona.notifications`, failing with the key that is wrong. */
export function readPersonaNotificationsConfig(
  config: Config,
): PersonaNotificationsConfig {
  const defaults = defaultPersonaNotificationsConfig;
  return {
    // zero would run the task in a loop without a pause
    frequency: readDuration(config, 'frequency', defaults.frequency, false),
    initialQuietPeriod: readDuration(
      config,
      'initialQuietPeriod',
      defaults.initialQuietPeriod,
      true,
    ),
  };
}
