import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { EventsService } from '@backstage/plugin-events-node';
import {
  PERSONA_CATALOG_CHANGES_TOPIC,
  PersonaCatalogChangesPayload,
} from '@platform-personas/backstage-plugin-persona-node';
import { randomUUID } from 'node:crypto';

/** Refs named by one event at most; more go in the next. */
const MAX_REFS_PER_EVENT = 500;

/** Options of {@link ChangeHintPublisher}. */
export type ChangeHintPublisherOptions = {
  events: EventsService;
  logger: LoggerService;
  /** How often an event that names nothing is published; 60 s by default. */
  heartbeatMs?: number;
  /**
   * How long one publish may take before the next event goes out; 30 s by
   * default. One that takes longer counts as failed.
   */
  publishTimeoutMs?: number;
};

/**
 * Publishes change hints on `PERSONA_CATALOG_CHANGES_TOPIC`, each event
 * numbered in order for this process, with a heartbeat in between: a reader
 * that hears the heartbeats and no gap in the numbers has missed no hint of
 * this process, and may then look at the whole catalog less often. A failed
 * publish still uses up its number, so that readers see the gap.
 */
export class ChangeHintPublisher {
  private readonly instance = randomUUID();
  private sequence = 0;
  private heartbeat?: NodeJS.Timeout;
  /** Events go out one after another, so that they arrive in order. */
  private sending: Promise<void> = Promise.resolve();

  constructor(private readonly options: ChangeHintPublisherOptions) {}

  private get heartbeatMs() {
    return this.options.heartbeatMs ?? 60_000;
  }

  /** Names `refs`, in events of at most 500 refs. */
  async publish(refs: string[]): Promise<void> {
    for (let i = 0; i < refs.length; i += MAX_REFS_PER_EVENT) {
      await this.send(refs.slice(i, i + MAX_REFS_PER_EVENT));
    }
  }

  /** Starts the heartbeat, the first one at once. */
  start(): void {
    if (this.heartbeat) return;
    void this.send([]);
    this.heartbeat = setInterval(() => void this.send([]), this.heartbeatMs);
    this.heartbeat.unref?.();
  }

  /**
   * Stops the heartbeat, and resolves once the events already given have
   * gone out (or failed); readers then stop trusting this process's hints.
   */
  stop(): Promise<void> {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    return this.sending;
  }

  private send(entityRefs: string[]): Promise<void> {
    this.sequence += 1;
    const eventPayload: PersonaCatalogChangesPayload = {
      entityRefs,
      source: {
        instance: this.instance,
        sequence: this.sequence,
        heartbeatMs: this.heartbeatMs,
      },
    };
    this.sending = this.sending.then(() =>
      this.withinTimeout(
        this.options.events.publish({
          topic: PERSONA_CATALOG_CHANGES_TOPIC,
          eventPayload,
        }),
      ).catch(error =>
        this.options.logger.warn(
          `Publishing persona catalog change hints failed: ${stringifyError(
            error,
          )}`,
        ),
      ),
    );
    return this.sending;
  }

  /**
   * `publishing`, or a failure once the publish timeout has passed: a bus
   * that hangs must not hold back every later event, nor a shutdown.
   */
  private withinTimeout(publishing: Promise<void>): Promise<void> {
    const timeoutMs = this.options.publishTimeoutMs ?? 30_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(`no answer from the events service in ${timeoutMs} ms`),
          ),
        timeoutMs,
      );
    });
    return Promise.race([publishing, timeout]).finally(() =>
      clearTimeout(timer),
    );
  }
}
