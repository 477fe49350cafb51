import { gunzipSync } from 'node:zlib';
import { FilteredViewCache } from './FilteredViewCache';

const jsonLength = (value: object) => JSON.stringify(value).length;

describe('FilteredViewCache', () => {
  it('builds a view once per shared readable set and serves its gzip form', () => {
    const cache = new FilteredViewCache();
    const readable = new Set(['a']);
    const build = jest.fn(() => '{"view":1}');
    const first = cache.get(readable, 'v1\ngroup:default/a', true, build);
    const second = cache.get(readable, 'v1\ngroup:default/a', true, build);
    expect(build).toHaveBeenCalledTimes(1);
    expect(second.json).toBe('{"view":1}');
    expect(gunzipSync(second.gzipped!()).toString()).toBe(first.json);
  });

  it('keeps answers apart per readable set', () => {
    const cache = new FilteredViewCache();
    const a = cache.get(new Set(['a']), 'ref', true, () => 'for a');
    const b = cache.get(new Set(['b']), 'ref', true, () => 'for b');
    expect([a.json, b.json]).toEqual(['for a', 'for b']);
  });

  it('does not keep answers for sets made for one request', () => {
    const cache = new FilteredViewCache();
    const readable = new Set(['a']);
    const build = jest.fn(() => 'once');
    expect(cache.get(readable, 'ref', false, build).gzipped).toBeUndefined();
    cache.get(readable, 'ref', false, build);
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('drops the least recently used answers past its byte bound', () => {
    const cache = new FilteredViewCache(200);
    const readable = new Set<string>();
    const build = jest.fn((text: string) => () => text.repeat(60));
    cache.get(readable, 'x', true, build('x'));
    cache.get(readable, 'y', true, build('y'));
    cache.get(readable, 'x', true, build('x'));
    // Room for about two: y, the least recently used, goes.
    cache.get(readable, 'z', true, build('z'));
    cache.get(readable, 'x', true, build('x'));
    cache.get(readable, 'y', true, build('y'));
    expect(build.mock.calls.map(([text]) => text)).toEqual([
      'x',
      'y',
      'x',
      'z',
      'x',
      'y',
    ]);
  });

  it('keeps filtered views for the pages of their lists, within the same byte bound', () => {
    // Each view below is 11 characters of JSON, {"ref":"x"}: room for two.
    const cache = new FilteredViewCache(25);
    const readable = new Set(['a']);
    const built: string[] = [];
    const view = (ref: string, shared = true, set: object = readable) =>
      cache.view(
        set,
        ref,
        shared,
        () => {
          built.push(ref);
          return { ref };
        },
        jsonLength,
      );
    const first = view('x');
    expect(view('x')).toBe(first);
    view('y');
    view('z');
    // x, the least recently used, was dropped.
    expect(view('x')).not.toBe(first);
    expect(view('z')).toEqual({ ref: 'z' });
    view('z', true, new Set(['a']));
    view('once', false);
    view('once', false);
    expect(built).toEqual(['x', 'y', 'z', 'x', 'z', 'once', 'once']);
  });

  it('lets answers and views push each other out of the one bound', () => {
    const cache = new FilteredViewCache(200);
    const readable = new Set<string>();
    const built: string[] = [];
    const view = () =>
      cache.view(
        readable,
        'a',
        true,
        () => {
          built.push('view');
          return { text: 'v'.repeat(150) };
        },
        jsonLength,
      );
    const answer = () =>
      cache.get(readable, 'a', true, () => {
        built.push('answer');
        return 'x'.repeat(60);
      });
    view();
    view();
    // The answer's text and gzip form take the view's total past 200 bytes.
    answer();
    view();
    expect(built).toEqual(['view', 'answer', 'view']);
  });

  it('charges a view what bytesOf says, and keeps none bigger than the bound', () => {
    const cache = new FilteredViewCache(100);
    const readable = new Set<string>();
    const built: string[] = [];
    const model = (ref: string) =>
      cache.view(
        readable,
        ref,
        true,
        () => {
          built.push(ref);
          return new Map([[ref, 'x'.repeat(200)]]);
        },
        view => [...view.values()].join('').length,
      );
    // Charged 200 bytes, more than the whole bound of 100, it is not kept.
    model('a');
    model('a');
    expect(built).toEqual(['a', 'a']);
  });
});
