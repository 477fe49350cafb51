import { LoggerService } from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError, isError } from '@backstage/errors';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import {
  DEFAULT_PLATFORM_COMPONENT_KINDS,
  PlatformComponentKind,
} from '@platform-personas/backstage-plugin-persona-common';

/** The `persona` configuration, with defaults filled in. */
export type PersonaConfig = {
  /** `persona.catalogTimeout`: the longest wait for the catalog, then a 503. */
  catalogTimeoutMs: number;
  /**
   * `persona.index.refreshInterval`: the longest a catalog change takes to
   * reach the index (plus applying it); the index looks for changes at least
   * this often.
   */
  refreshInterval: HumanDuration;
  /**
   * `persona.index.fullRebuildInterval`: how often the index is rebuilt from
   * a full read of the catalog. Optional in the type only, for code that
   * builds a config by hand; read with its default.
   */
  fullRebuildInterval?: HumanDuration;
  /** `persona.coverage.platformComponents`. */
  platformComponentKinds: PlatformComponentKind[];
  /** `persona.permissions.evaluateInProcess`: true unless set to false. */
  evaluatePermissionsInProcess: boolean;
  /**
   * `persona.permissions.keepDecisionsFor`: how long a caller's read
   * decision is kept, 0 for not at all. Optional in the type only, for code
   * that builds a config by hand; read with its default.
   */
  keepDecisionsForMs?: number;
};

const DEFAULT_CATALOG_TIMEOUT: HumanDuration = { seconds: 10 };
const DEFAULT_REFRESH_INTERVAL: HumanDuration = { seconds: 30 };
const DEFAULT_FULL_REBUILD_INTERVAL: HumanDuration = { minutes: 10 };
const DEFAULT_KEEP_DECISIONS_FOR: HumanDuration = { seconds: 5 };

/**
 * A duration under `key`, or under the deprecated `oldKey` as a number of
 * seconds (with a warning, since adopters only learn of the rename from the
 * logs), or `fallback`.
 */
function readDuration(
  config: Config,
  logger: LoggerService,
  key: string,
  oldKey: string | undefined,
  fallback: HumanDuration,
  allowZero = false,
): HumanDuration {
  const hasOld = oldKey !== undefined && config.has(oldKey);
  if (hasOld) {
    logger.warn(
      `The configuration key ${oldKey} is deprecated, use ${key} instead (a duration such as { seconds: 30 } or '30s')${
        config.has(key) ? `; ${oldKey} is ignored since ${key} is set` : ''
      }`,
    );
  }
  let duration: HumanDuration;
  if (config.has(key)) {
    try {
      duration = readDurationFromConfig(config, { key });
    } catch (error) {
      throw new InputError(
        `Invalid ${key}: ${
          isError(error) ? error.message : String(error)
        }; expected a duration such as { seconds: 30 }, '30s' or 'PT30S'`,
      );
    }
  } else if (hasOld && oldKey) {
    duration = { seconds: config.getNumber(oldKey) };
  } else {
    return fallback;
  }
  // Zero would mean a timeout nothing meets or a rebuild loop without a pause;
  // where it means "not at all", it is allowed.
  const ms = durationToMilliseconds(duration);
  if (!(allowZero ? ms >= 0 : ms > 0)) {
    throw new InputError(
      `Invalid ${hasOld && !config.has(key) ? oldKey : key}: must be ${
        allowZero ? 'zero or longer' : 'longer than zero'
      }`,
    );
  }
  return duration;
}

/** `persona.coverage.platformComponents`, or the defaults when absent. */
function readPlatformComponentKinds(config: Config): PlatformComponentKind[] {
  const entries = config.getOptionalConfigArray(
    'persona.coverage.platformComponents',
  );
  if (!entries) return DEFAULT_PLATFORM_COMPONENT_KINDS;
  return entries.map(entry => ({
    kind: entry.getString('kind'),
    types: entry.getOptionalStringArray('types'),
  }));
}

/**
 * Reads the `persona` block of the app config; every deprecated key in use
 * is reported through `logger`, so read it once per plugin.
 */
export function readPersonaConfig(
  config: Config,
  logger: LoggerService,
): PersonaConfig {
  const catalogTimeout = readDuration(
    config,
    logger,
    'persona.catalogTimeout',
    'persona.catalogTimeoutSeconds',
    DEFAULT_CATALOG_TIMEOUT,
  );
  return {
    catalogTimeoutMs: durationToMilliseconds(catalogTimeout),
    refreshInterval: readDuration(
      config,
      logger,
      'persona.index.refreshInterval',
      'persona.index.refreshIntervalSeconds',
      DEFAULT_REFRESH_INTERVAL,
    ),
    fullRebuildInterval: readDuration(
      config,
      logger,
      'persona.index.fullRebuildInterval',
      undefined,
      DEFAULT_FULL_REBUILD_INTERVAL,
    ),
    platformComponentKinds: readPlatformComponentKinds(config),
    evaluatePermissionsInProcess:
      config.getOptionalBoolean('persona.permissions.evaluateInProcess') ??
      true,
    keepDecisionsForMs: durationToMilliseconds(
      readDuration(
        config,
        logger,
        'persona.permissions.keepDecisionsFor',
        undefined,
        DEFAULT_KEEP_DECISIONS_FOR,
        true,
      ),
    ),
  };
}
