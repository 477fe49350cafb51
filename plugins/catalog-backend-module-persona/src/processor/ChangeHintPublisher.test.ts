import { mockServices } from '@backstage/backend-test-utils';
import { DefaultEventsService } from '@backstage/plugin-events-node';
import {
  PERSONA_CATALOG_CHANGES_TOPIC,
  PersonaCatalogChangesPayload,
} from '@platform-personas/backstage-plugin-persona-node';
import { ChangeHintPublisher } from './ChangeHintPublisher';

async function listen() {
  const logger = mockServices.logger.mock();
  const events = DefaultEventsService.create({ logger });
  const received: PersonaCatalogChangesPayload[] = [];
  await events.subscribe({
    id: 'test',
    topics: [PERSONA_CATALOG_CHANGES_TOPIC],
    async onEvent({ eventPayload }) {
      received.push(eventPayload as PersonaCatalogChangesPayload);
    },
  });
  return { events, logger, received };
}

describe('ChangeHintPublisher', () => {
  afterEach(() => jest.useRealTimers());

  it('numbers its events in order, splitting more than 500 refs', async () => {
    const { events, logger, received } = await listen();
    const publisher = new ChangeHintPublisher({ events, logger });
    const refs = Array.from(
      { length: 501 },
      (_, i) => `component:default/c${i}`,
    );
    await publisher.publish(refs);
    await publisher.publish(['group:default/a']);

    expect(received.map(p => p.entityRefs.length)).toEqual([500, 1, 1]);
    expect(received.flatMap(p => p.entityRefs)).toEqual([
      ...refs,
      'group:default/a',
    ]);
    expect(received.map(p => p.source?.sequence)).toEqual([1, 2, 3]);
    const instances = new Set(received.map(p => p.source?.instance));
    expect(instances.size).toBe(1);
    expect(received[0].source?.heartbeatMs).toBe(60_000);
  });

  it('beats at once and then every heartbeat, in the same numbering, until stopped', async () => {
    jest.useFakeTimers();
    const { events, logger, received } = await listen();
    const publisher = new ChangeHintPublisher({
      events,
      logger,
      heartbeatMs: 1_000,
    });
    publisher.start();
    await jest.advanceTimersByTimeAsync(0);
    await publisher.publish(['component:default/api']);
    await jest.advanceTimersByTimeAsync(2_000);
    await publisher.stop();
    await jest.advanceTimersByTimeAsync(5_000);

    expect(
      received.map(p => [p.entityRefs.length, p.source?.sequence]),
    ).toEqual([
      [0, 1],
      [1, 2],
      [0, 3],
      [0, 4],
    ]);
    expect(received[0].source?.heartbeatMs).toBe(1_000);
  });

  it('gives each process its own instance', async () => {
    const { events, logger, received } = await listen();
    await new ChangeHintPublisher({ events, logger }).publish(['a:default/x']);
    await new ChangeHintPublisher({ events, logger }).publish(['a:default/x']);
    expect(received[0].source?.instance).not.toBe(received[1].source?.instance);
    expect(received.map(p => p.source?.sequence)).toEqual([1, 1]);
  });

  it('uses up the number of a failed publish, so that readers see the gap', async () => {
    const logger = mockServices.logger.mock();
    const sent: PersonaCatalogChangesPayload[] = [];
    const publish = jest
      .fn()
      .mockRejectedValueOnce(new Error('bus down'))
      .mockImplementation(async ({ eventPayload }) => {
        sent.push(eventPayload);
      });
    const publisher = new ChangeHintPublisher({
      events: { publish, subscribe: async () => {} },
      logger,
    });
    await publisher.publish(['component:default/a']);
    await publisher.publish(['component:default/b']);

    expect(sent.map(p => p.source?.sequence)).toEqual([2]);
    expect(logger.warn).toHaveBeenCalledWith(
      'Publishing persona catalog change hints failed: Error: bus down',
    );
  });

  it('resolves stop once the events already given have gone out', async () => {
    const logger = mockServices.logger.mock();
    let answer: () => void = () => {};
    const publish = jest.fn(
      () => new Promise<void>(resolve => (answer = resolve)),
    );
    const publisher = new ChangeHintPublisher({
      events: { publish, subscribe: async () => {} },
      logger,
    });
    void publisher.publish(['component:default/a']);
    let stopped = false;
    const stopping = publisher.stop().then(() => (stopped = true));
    await new Promise(resolve => setTimeout(resolve, 20));
    expect(publish).toHaveBeenCalledTimes(1);
    expect(stopped).toBe(false);
    answer();
    await stopping;
    expect(stopped).toBe(true);
  });

  it('takes a publish that hangs for failed after the timeout, with the events that waited as long behind it', async () => {
    jest.useFakeTimers();
    const logger = mockServices.logger.mock();
    const sent: PersonaCatalogChangesPayload[] = [];
    const publish = jest
      .fn()
      .mockReturnValueOnce(new Promise(() => {}))
      .mockImplementation(async ({ eventPayload }) => {
        sent.push(eventPayload);
      });
    const publisher = new ChangeHintPublisher({
      events: { publish, subscribe: async () => {} },
      logger,
      publishTimeoutMs: 1_000,
    });
    void publisher.publish(['component:default/a']);
    void publisher.publish(['component:default/b']);
    await jest.advanceTimersByTimeAsync(500);
    const last = publisher.publish(['component:default/c']);
    await jest.advanceTimersByTimeAsync(499);
    expect(sent).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    await last;

    // a hung, b waited its whole timeout behind it, c went out.
    expect(publish).toHaveBeenCalledTimes(2);
    expect(sent.map(p => [p.entityRefs, p.source?.sequence])).toEqual([
      [['component:default/c'], 3],
    ]);
    expect(logger.warn.mock.calls.map(([message]) => message)).toEqual([
      'Publishing persona catalog change hints failed: TimeoutError: no answer from the events service in 1000 ms',
      'Publishing persona catalog change hints failed: Error: not sent, it waited 1000 ms behind earlier events',
    ]);
  });

  it('stops within the publish timeout when the events service hangs', async () => {
    jest.useFakeTimers();
    const logger = mockServices.logger.mock();
    const publisher = new ChangeHintPublisher({
      events: {
        publish: () => new Promise(() => {}),
        subscribe: async () => {},
      },
      logger,
      publishTimeoutMs: 1_000,
    });
    void publisher.publish(['component:default/a']);
    let stopped = false;
    const stopping = publisher.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(999);
    expect(stopped).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await stopping;
    expect(stopped).toBe(true);
  });
});
