import { WorkUnderWay } from './WorkUnderWay';

/** A promise the test settles. */
function deferred() {
  let resolve!: (value: string) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<string>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('WorkUnderWay', () => {
  afterEach(() => jest.useRealTimers());

  it('shares the work under way until it settles, then starts anew', async () => {
    const underWay = new WorkUnderWay<string>(60_000);
    const first = deferred();
    const start = jest.fn(() => first.promise);

    const shared = [underWay.share(start), underWay.share(start)];
    expect(start).toHaveBeenCalledTimes(1);
    expect(underWay.current).toBe(first.promise);

    first.resolve('read');
    await expect(Promise.all(shared)).resolves.toEqual(['read', 'read']);
    expect(underWay.current).toBeUndefined();
    await underWay.share(() => Promise.resolve('again'));
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('forgets failed work once it settles', async () => {
    const underWay = new WorkUnderWay<string>(60_000);
    const failing = deferred();
    const shared = underWay.share(() => failing.promise);
    failing.reject(new Error('catalog down'));
    await expect(shared).rejects.toThrow('catalog down');
    expect(underWay.current).toBeUndefined();
  });

  it('takes work that ran for the hung time for hung, and starts beside it', () => {
    jest.useFakeTimers({ now: 0 });
    const underWay = new WorkUnderWay<string>(1_000);
    const hung = deferred();
    underWay.share(() => hung.promise);
    jest.setSystemTime(1_000);
    expect(underWay.busy).toBe(true);

    jest.setSystemTime(1_001);
    expect(underWay.busy).toBe(false);
    const fresh = deferred();
    underWay.share(() => fresh.promise);
    expect(underWay.current).toBe(fresh.promise);
  });

  it('keeps the newer work as current when older work settles after it began', async () => {
    const underWay = new WorkUnderWay<string>(60_000);
    const older = deferred();
    const newer = deferred();
    underWay.begin(older.promise);
    underWay.begin(newer.promise);
    older.resolve('old');
    await older.promise;
    await Promise.resolve();
    expect(underWay.current).toBe(newer.promise);
  });
});
