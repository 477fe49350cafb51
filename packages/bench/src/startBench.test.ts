import { backendLogFile } from './startBench';

describe('backendLogFile', () => {
  it('names one log per database beside the one asked for', () => {
    expect(backendLogFile('/tmp/bench-backend.log', 'postgres')).toBe(
      '/tmp/bench-backend-postgres.log',
    );
    expect(backendLogFile('/tmp/bench-backend', 'sqlite')).toBe(
      '/tmp/bench-backend-sqlite',
    );
  });

  it('keeps the log asked for without a suffix, and none without a log', () => {
    expect(backendLogFile('/tmp/b.log', undefined)).toBe('/tmp/b.log');
    expect(backendLogFile(undefined, 'sqlite')).toBeUndefined();
  });
});
