/*
 * What the plugins of the bench backend count through the metrics service,
 * kept in memory and answered at GET /api/bench/metrics: the benchmark reads
 * the persona index's own account of what following the catalog costs
 * (`persona.index.follow.cpu.time`) before and after its idle window. In a
 * portal the same counts go to OpenTelemetry, through the default metrics
 * service.
 */

import {
  coreServices,
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  MetricAttributes,
  MetricsService,
  metricsServiceRef,
} from '@backstage/backend-plugin-api/alpha';

/** Sums of counters, by plugin, then metric name, then attributes (JSON). */
export type CounterSums = Record<
  string,
  Record<string, Record<string, number>>
>;

const sums: CounterSums = {};

function recordingService(pluginId: string): MetricsService {
  const byName = (sums[pluginId] ??= {});
  const counter = (name: string) => ({
    add(value: number, attributes?: MetricAttributes) {
      const byAttributes = (byName[name] ??= {});
      const key = JSON.stringify(attributes ?? {});
      byAttributes[key] = (byAttributes[key] ?? 0) + value;
    },
  });
  const recorded = { record() {} };
  const observable = { addCallback() {}, removeCallback() {} };
  return {
    createCounter: counter,
    createUpDownCounter: counter,
    createHistogram: () => recorded,
    createGauge: () => recorded,
    createObservableCounter: () => observable,
    createObservableUpDownCounter: () => observable,
    createObservableGauge: () => observable,
  };
}

/** The metrics service of the bench backend: counters kept in memory. */
export const recordingMetricsServiceFactory = createServiceFactory({
  service: metricsServiceRef,
  deps: { pluginMetadata: coreServices.pluginMetadata },
  factory: ({ pluginMetadata }) => recordingService(pluginMetadata.getId()),
});

/** Answers the counter sums at `GET /api/bench/metrics`, unauthenticated. */
export const benchMetricsPlugin = createBackendPlugin({
  pluginId: 'bench',
  register(env) {
    env.registerInit({
      deps: { http: coreServices.httpRouter },
      async init({ http }) {
        http.use((req, res, next) => {
          if (req.method === 'GET' && req.path === '/metrics') res.json(sums);
          else next();
        });
        http.addAuthPolicy({ path: '/metrics', allow: 'unauthenticated' });
      },
    });
  },
});
