/*
 * yarn load-test [--target example|tier-s|all] [--base-url URL]
 *                [--connections 20] [--duration 60] [--baseline-duration 20]
 *                [--user mixed|per-view|none]   (tier S: the CONDITIONAL path)
 *
 * Puts the persona views under a sustained load with autocannon (loopback
 * only) and prints requests/s, p50/p95/p99, errors and bytes/s per view,
 * beside the catalog's own read of the same entities in the same run, and a
 * line per latency target. Exits with 1 when any request failed.
 */

import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadExamplePortal } from './loadExamplePortal';
import { loadTierS } from './loadTierS';
import { LoadReport, printLoadReport } from './printLoadReport';

const EXAMPLE_PORT = 7407;
const TIER_S_PORT = 7410;

async function main() {
  const { values } = parseArgs({
    options: {
      target: { type: 'string', default: 'example' },
      'base-url': { type: 'string' },
      connections: { type: 'string', default: '20' },
      duration: { type: 'string', default: '60' },
      'baseline-duration': { type: 'string', default: '20' },
      user: { type: 'string', default: 'mixed' },
    },
  });
  const target = values.target!;
  if (!['example', 'tier-s', 'all'].includes(target)) {
    throw new Error('--target must be example, tier-s or all');
  }
  const user = values.user as 'per-view' | 'mixed' | 'none';
  if (!['per-view', 'mixed', 'none'].includes(user)) {
    throw new Error('--user must be per-view, mixed or none');
  }
  const baseUrl = values['base-url']?.replace(/\/+$/, '');
  if (
    baseUrl &&
    !/^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(baseUrl)
  ) {
    // a load test never leaves this machine
    throw new Error('--base-url must be a loopback address');
  }
  const common = {
    connections: Number(values.connections),
    seconds: Number(values.duration),
    baselineSeconds: Number(values['baseline-duration']),
    log: (message: string) =>
      console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`),
  };

  const reports: LoadReport[] = [];
  if (target !== 'tier-s') {
    reports.push(
      await withMachineLoad(() =>
        loadExamplePortal({ ...common, baseUrl, port: EXAMPLE_PORT }),
      ),
    );
  }
  if (target !== 'example') {
    reports.push(
      await withMachineLoad(() =>
        loadTierS({
          ...common,
          port: TIER_S_PORT,
          user,
        }),
      ),
    );
  }
  for (const report of reports) printLoadReport(report);
  return reports.reduce((sum, r) => sum + r.errors, 0);
}

/**
 * Notes the machine's load average before and after a target, since other
 * work on the same cores shows in every figure.
 */
async function withMachineLoad(
  measure: () => Promise<LoadReport>,
): Promise<LoadReport> {
  const before = os.loadavg()[0];
  const report = await measure();
  const after = os.loadavg()[0];
  report.notes.push(
    `machine: ${os.cpus().length} cores, load average (1 min) ${before.toFixed(
      1,
    )} before the target started, ${after.toFixed(
      1,
    )} at the end of its runs (the load test and the backend included)`,
  );
  return report;
}

main().then(
  errors => process.exit(errors > 0 ? 1 : 0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
