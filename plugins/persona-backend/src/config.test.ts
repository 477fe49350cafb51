import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { DEFAULT_PLATFORM_COMPONENT_KINDS } from '@platform-personas/backstage-plugin-persona-common';
import { readPersonaConfig } from './config';

function read(persona: object | undefined) {
  const logger = mockServices.logger.mock();
  const config = readPersonaConfig(
    new ConfigReader(persona ? { persona } : {}),
    logger,
  );
  return { config, warnings: logger.warn.mock.calls.map(call => call[0]) };
}

describe('readPersonaConfig', () => {
  it('has defaults', () => {
    expect(read(undefined)).toEqual({
      config: {
        catalogTimeoutMs: 10_000,
        refreshInterval: { seconds: 30 },
        fullRebuildInterval: { minutes: 10 },
        platformComponentKinds: DEFAULT_PLATFORM_COMPONENT_KINDS,
        evaluatePermissionsInProcess: true,
        keepDecisionsForMs: 5_000,
      },
      warnings: [],
    });
  });

  it.each([
    [{ seconds: 5 }, 5_000],
    [{ minutes: 1, seconds: 30 }, 90_000],
    ['PT2S', 2_000],
    ['3 seconds', 3_000],
    ['1m', 60_000],
  ])('reads the durations %j', (duration, ms) => {
    const { config, warnings } = read({
      catalogTimeout: duration,
      index: { refreshInterval: duration },
    });
    expect(config.catalogTimeoutMs).toBe(ms);
    expect(config.refreshInterval).toBeDefined();
    expect(warnings).toEqual([]);
  });

  it('reads the refresh interval as a duration', () => {
    const { config } = read({ index: { refreshInterval: { minutes: 2 } } });
    expect(config.refreshInterval).toEqual({ minutes: 2 });
  });

  it('reads the full rebuild interval as a duration', () => {
    const { config, warnings } = read({
      index: { refreshInterval: '5s', fullRebuildInterval: 'PT1H' },
    });
    expect(config.refreshInterval).toEqual({ seconds: 5 });
    expect(config.fullRebuildInterval).toEqual({ hours: 1 });
    expect(warnings).toEqual([]);
  });

  it('keeps read decisions for a duration, zero for not at all', () => {
    expect(
      read({ permissions: { keepDecisionsFor: '2s' } }).config
        .keepDecisionsForMs,
    ).toBe(2_000);
    expect(
      read({ permissions: { keepDecisionsFor: { seconds: 0 } } }).config
        .keepDecisionsForMs,
    ).toBe(0);
  });

  it('still reads the deprecated keys, warning once for each', () => {
    const { config, warnings } = read({
      catalogTimeoutSeconds: 4,
      index: { refreshIntervalSeconds: 12 },
    });
    expect(config.catalogTimeoutMs).toBe(4_000);
    expect(config.refreshInterval).toEqual({ seconds: 12 });
    expect(warnings).toEqual([
      expect.stringMatching(
        /persona\.catalogTimeoutSeconds is deprecated, use persona\.catalogTimeout instead/,
      ),
      expect.stringMatching(
        /persona\.index\.refreshIntervalSeconds is deprecated, use persona\.index\.refreshInterval instead/,
      ),
    ]);
  });

  it('prefers the new key when both are set', () => {
    const { config, warnings } = read({
      catalogTimeout: '2s',
      catalogTimeoutSeconds: 4,
    });
    expect(config.catalogTimeoutMs).toBe(2_000);
    expect(warnings).toEqual([
      expect.stringContaining('persona.catalogTimeoutSeconds is ignored'),
    ]);
  });

  it.each([
    [{ catalogTimeout: 'soon' }, /Invalid persona\.catalogTimeout: .*soon/],
    [{ catalogTimeout: 30 }, /Invalid persona\.catalogTimeout: .*/],
    [
      { index: { refreshInterval: { sec: 3 } } },
      /Invalid persona\.index\.refreshInterval: .*Needs one or more of/,
    ],
    [
      { index: { refreshInterval: '0s' } },
      /Invalid persona\.index\.refreshInterval: must be longer than zero/,
    ],
    [
      { index: { fullRebuildInterval: '0s' } },
      /Invalid persona\.index\.fullRebuildInterval: must be longer than zero/,
    ],
    [
      { index: { fullRebuildInterval: 'often' } },
      /Invalid persona\.index\.fullRebuildInterval: .*often/,
    ],
    [
      { catalogTimeoutSeconds: 0 },
      /Invalid persona\.catalogTimeoutSeconds: must be longer than zero/,
    ],
    [{ catalogTimeoutSeconds: 'ten' }, /persona\.catalogTimeoutSeconds/],
    [
      { permissions: { keepDecisionsFor: { seconds: -1 } } },
      /Invalid persona\.permissions\.keepDecisionsFor: must be zero or longer/,
    ],
  ])('refuses %j naming the key', (persona, message) => {
    expect(() => read(persona)).toThrow(message);
  });

  it('reads the platform components of coverage', () => {
    const { config } = read({
      coverage: { platformComponents: [{ kind: 'Resource', types: ['db'] }] },
    });
    expect(config.platformComponentKinds).toEqual([
      { kind: 'Resource', types: ['db'] },
    ]);
  });
});
