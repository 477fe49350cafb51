import { guestToken } from '../guestToken';
import {
  catalogEntityPath,
  listPortalEntities,
  PortalEntity,
  viewPath,
} from './listPortalEntities';
import { LoadReport } from './printLoadReport';
import { LabelledRequest, mixedRows, runLoad } from './runLoad';
import { startExamplePortal } from './startExamplePortal';
import { waitForPortalIndex } from './waitForPortalIndex';
import { warmUp } from './warmUp';

/** How the load test runs against the example portal. */
export type ExampleLoadOptions = {
  /** A portal already running; when absent, the example backend is started. */
  baseUrl?: string;
  port: number;
  connections: number;
  seconds: number;
  baselineSeconds: number;
  log: (message: string) => void;
};

/**
 * Loads the persona views of every entity of the example portal's catalog
 * and its coverage matrix, mixed, from a guest's token; then, as the
 * baseline, the catalog's own read of the same entities under the same load.
 */
export async function loadExamplePortal(
  options: ExampleLoadOptions,
): Promise<LoadReport> {
  const { log } = options;
  const portal = options.baseUrl
    ? undefined
    : await startExamplePortal(options.port, log);
  const baseUrl = options.baseUrl ?? portal!.baseUrl;
  try {
    const token = await guestToken(baseUrl);
    await waitForPortalIndex({ baseUrl, token, log });
    const entities = await listPortalEntities(baseUrl, token);
    const counts = new Map<string, number>();
    for (const e of entities) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    const labelOf = (e: PortalEntity) => `${e.kind} (${counts.get(e.kind)})`;
    log(
      `${entities.length} entities: ${[...counts]
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', ')}`,
    );

    const views: LabelledRequest[] = [
      ...entities.map(e => ({ label: labelOf(e), path: viewPath(e) })),
      { label: 'coverage', path: '/api/persona/v1/coverage' },
    ];
    const reads = entities.map(e => ({
      label: labelOf(e),
      path: catalogEntityPath(e),
    }));
    await warmUp(baseUrl, token, [...views, ...reads], log);

    log(
      `persona views: ${options.connections} connections for ${options.seconds} s`,
    );
    const personaRun = await runLoad({
      baseUrl,
      token,
      requests: views,
      connections: options.connections,
      seconds: options.seconds,
    });
    log(
      `baseline, catalog reads of the same entities: ${options.baselineSeconds} s`,
    );
    const baselineRun = await runLoad({
      baseUrl,
      token,
      requests: reads,
      connections: options.connections,
      seconds: options.baselineSeconds,
    });
    return {
      title: portal
        ? 'example portal (yarn workspace backend start, SQLite in memory)'
        : `portal at ${baseUrl}`,
      connections: options.connections,
      seconds: options.seconds,
      baselineSeconds: options.baselineSeconds,
      sections: [
        {
          caller: 'guest (allow-all policy)',
          rows: mixedRows(personaRun),
          mixed: true,
        },
      ],
      baseline: {
        caller: 'baseline: catalog entity by name',
        rows: mixedRows(baselineRun),
        mixed: true,
      },
      errors: personaRun.total.errors + baselineRun.total.errors,
      notes: [
        "the benchmark's p95 targets are stated for tier S/M views; the example portal's figures are for capacity and errors",
      ],
    };
  } finally {
    await portal?.stop();
  }
}
