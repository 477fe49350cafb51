import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { EventsService } from '@backstage/plugin-events-node';
import {
  PERSONA_CATALOG_CHANGES_TOPIC,
  PersonaCatalogChangesPayload,
} from '@platform-personas/backstage-plugin-persona-node';
import { randomUUID } from 'node:crypto';
import pTimeout from 'p-timeout';

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
  /**
   * Events go out one after another, so that they arrive in order — except
   * one that timed out and is delivered late, which readers take for a gap.
   */
  private sending: Promise<void> = Promise.resolve();

  constructor(private readonly options: ChangeHintPublisherOptions) {}

  private get heartbeatMs() {
    return this.options.heartbeatMs ?? 60_000;
  }

  /** Names `refs`, in events of at most 500 refs, all given at once. */
  async publish(refs: string[]): Promise<void> {
    let last: Promise<void> | undefined;
    for (let i = 0; i < refs.length; i += MAX_REFS_PER_EVENT) {
      last = this.send(refs.slice(i, i + MAX_REFS_PER_EVENT));
    }
    await last;
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
   * gone out or failed, within the publish timeout; readers then stop
   * trusting this process's hints.
   */
  async stop(): Promise<void> {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    await this.withinTimeout(this.sending, Date.now() + this.timeoutMs).catch(
      error =>
        this.options.logger.warn(
          `Persona catalog change hints not all published at shutdown: ${stringifyError(
            error,
          )}`,
        ),
    );
  }

  private get timeoutMs() {
    return this.options.publishTimeoutMs ?? 30_000;
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
    // The timeout counts from now: behind a hung publish, the events that
    // waited their whole timeout fail at once rather than one by one.
    const deadline = Date.now() + this.timeoutMs;
    this.sending = this.sending.then(() =>
      this.withinTimeout(
        Promise.resolve().then(() => {
          if (Date.now() >= deadline) {
            throw new Error(
              `not sent, it waited ${this.timeoutMs} ms behind earlier events`,
            );
          }
          return this.options.events.publish({
            topic: PERSONA_CATALOG_CHANGES_TOPIC,
            eventPayload,
          });
        }),
        deadline,
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
   * `work`, or a failure at `deadline`: a bus that hangs must not hold back
   * every later event, nor a shutdown.
   */
  private withinTimeout(work: Promise<void>, deadline: number): Promise<void> {
    return pTimeout(
      work,
      Math.max(0, deadline - Date.now()),
      `no answer from the events service in ${this.timeoutMs} ms`,
    );
  }
}
