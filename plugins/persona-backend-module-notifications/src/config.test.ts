import { ConfigReader } from '@backstage/config';
import {
  defaultPersonaNotificationsConfig,
  readPersonaNotificationsConfig,
} from './config';

const read = (notifications?: object) =>
  readPersonaNotificationsConfig(
    new ConfigReader(notifications ? { persona: { notifications } } : {}),
  );

describe('readPersonaNotificationsConfig', () => {
  it('fills in the defaults', () => {
    expect(read()).toEqual(defaultPersonaNotificationsConfig);
    expect(read()).toEqual({
      frequency: { seconds: 30 },
      initialQuietPeriod: { minutes: 2 },
    });
  });

  it('reads durations as objects and strings', () => {
    expect(
      read({ frequency: { seconds: 5 }, initialQuietPeriod: '90s' }),
    ).toEqual({
      frequency: { seconds: 5 },
      initialQuietPeriod: { minutes: 1, seconds: 30 },
    });
  });

  it('names the key that is wrong', () => {
    expect(() => read({ frequency: { seconds: 0 } })).toThrow(
      'Invalid persona.notifications.frequency: must be longer than zero',
    );
    expect(() => read({ initialQuietPeriod: 'soon' })).toThrow(
      /^Invalid persona.notifications.initialQuietPeriod: .*expected a duration/,
    );
  });
});
