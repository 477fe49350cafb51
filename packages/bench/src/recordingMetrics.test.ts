import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { metricsServiceRef } from '@backstage/backend-plugin-api/alpha';
import { startTestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  benchMetricsPlugin,
  recordingMetricsServiceFactory,
} from './recordingMetrics';

const countingPlugin = createBackendPlugin({
  pluginId: 'counting',
  register(env) {
    env.registerInit({
      deps: { metrics: metricsServiceRef, logger: coreServices.logger },
      async init({ metrics }) {
        const counter = metrics.createCounter<{ work: string }>('work.time');
        counter.add(1.5, { work: 'probe' });
        counter.add(0.5, { work: 'probe' });
        counter.add(2, { work: 'sweep' });
        metrics.createHistogram('ignored').record(7);
      },
    });
  },
});

describe('recording metrics of the bench backend', () => {
  it('answers the sums of each plugin’s counters by attributes, without credentials', async () => {
    const { server } = await startTestBackend({
      features: [
        recordingMetricsServiceFactory,
        benchMetricsPlugin,
        countingPlugin,
      ],
    });

    const res = await request(server).get('/api/bench/metrics');

    expect(res.status).toBe(200);
    expect(res.body.counting).toEqual({
      'work.time': { '{"work":"probe"}': 2, '{"work":"sweep"}': 2 },
    });
  });
});
