import { p95TargetFor } from '../latencyTargets';
import { MIXED_TOTAL } from './runLoad';
import { LoadFigures } from './summariseSamples';

/** The rows of one caller (or of the baseline) in a load report. */
export type LoadSection = {
  caller: string;
  rows: LoadFigures[];
  /** Whether the rows are the parts of one mixed run, or runs of their own. */
  mixed: boolean;
};

/** What the load test measured on one target. */
export type LoadReport = {
  title: string;
  connections: number;
  seconds: number;
  baselineSeconds: number;
  sections: LoadSection[];
  /** The same entities read from the catalog under the same load. */
  baseline: LoadSection;
  /** Every error of every run, those no answer carries included. */
  errors: number;
  notes: string[];
};

/**
 * Every error of the sections: a mixed run's total row also counts the
 * failures no answer carries (connection errors, timeouts).
 */
export function countErrors(sections: LoadSection[]): number {
  return sections
    .flatMap(section =>
      section.mixed
        ? section.rows.filter(row => row.label === MIXED_TOTAL)
        : section.rows,
    )
    .reduce((sum, row) => sum + row.errors, 0);
}

const ms = (n: number) =>
  Number.isNaN(n) ? '–' : `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`;
const rate = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const kbPerSecond = (n: number) => `${(n / 1024).toFixed(0)} KB/s`;
const ratio = (a: number, b: number | undefined) =>
  b === undefined || !(b > 0) || Number.isNaN(a)
    ? ''
    : `${Number((a / b).toPrecision(2))}×`;

/**
 * Prints a load report as Markdown: a table of every view (requests/s,
 * p50/p95/p99, errors, bytes/s, and p95 and requests/s as ratios of the
 * catalog's read of the same entities in the same run), then a line per p95
 * target. Returns whether every target held.
 */
export function printLoadReport(report: LoadReport): boolean {
  const out = (line = '') => console.log(line);
  const baselineOf = (label: string) =>
    report.baseline.rows.find(r => r.label === label);
  const baselineTotal = baselineOf(MIXED_TOTAL);
  out();
  out(
    `## Load test: ${report.title} — ${report.connections} connections, ${report.seconds} s per run (baseline ${report.baselineSeconds} s)`,
  );
  out();
  out(
    '| caller | view | requests | requests/s | p50 | p95 | p99 | errors | bytes/s | p95 ÷ baseline | requests/s ÷ baseline |',
  );
  out('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const section of [...report.sections, report.baseline]) {
    const isBaseline = section === report.baseline;
    for (const r of section.rows) {
      const base = isBaseline ? undefined : baselineOf(r.label);
      // a view loaded alone compares with all the baseline's reads together
      const baseRate = section.mixed
        ? base?.requestsPerSecond
        : baselineTotal?.requestsPerSecond;
      out(
        `| ${section.caller} | ${r.label} | ${r.requests} | ${rate(
          r.requestsPerSecond,
        )} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${
          r.errors
        } | ${kbPerSecond(r.bytesPerSecond)} | ${ratio(r.p95, base?.p95)} | ${
          isBaseline ? '' : ratio(r.requestsPerSecond, baseRate)
        } |`,
      );
    }
  }
  out();
  let held = true;
  for (const section of report.sections) {
    for (const r of section.rows) {
      const target = p95TargetFor(r.label);
      if (target === undefined) continue;
      const ok = r.p95 <= target;
      held &&= ok;
      out(
        `- ${ok ? '✓' : '✗'} ${r.label}, ${section.caller}: p95 ${ms(r.p95)} ${
          ok ? '≤' : '>'
        } ${target} ms`,
      );
    }
  }
  out(
    `- ${
      report.errors === 0 ? '✓' : '✗'
    } errors (non-2xx, timeouts, connection errors): ${report.errors}`,
  );
  for (const note of report.notes) out(`- ${note}`);
  return held;
}
