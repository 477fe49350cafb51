import { mockServices } from '@backstage/backend-test-utils';
import {
  defaultPersonaCollatorSchedule,
  readPersonaCollatorSchedule,
} from './config';

const withConfig = (data: object) => mockServices.rootConfig({ data });

describe('readPersonaCollatorSchedule', () => {
  it('collates every 10 minutes unless told', () => {
    expect(readPersonaCollatorSchedule(withConfig({}))).toEqual({
      frequency: { minutes: 10 },
      timeout: { minutes: 15 },
      initialDelay: { seconds: 3 },
    });
    expect(
      readPersonaCollatorSchedule(withConfig({ search: { collators: {} } })),
    ).toBe(defaultPersonaCollatorSchedule);
  });

  it('reads search.collators.persona.schedule', () => {
    const config = withConfig({
      search: {
        collators: {
          persona: {
            schedule: { frequency: { cron: '*/5 * * * *' }, timeout: 'PT2M' },
          },
        },
      },
    });
    expect(readPersonaCollatorSchedule(config)).toEqual({
      frequency: { cron: '*/5 * * * *' },
      timeout: { minutes: 2 },
    });
  });

  it('names the key of an invalid schedule', () => {
    const config = withConfig({
      search: { collators: { persona: { schedule: { timeout: '2m' } } } },
    });
    expect(() => readPersonaCollatorSchedule(config)).toThrow(
      /^Invalid schedule at search\.collators\.persona\.schedule, /,
    );
  });
});
