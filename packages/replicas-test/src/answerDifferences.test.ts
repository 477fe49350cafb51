import { answerDifferences } from './answerDifferences';

const view = (meta: Record<string, unknown>, holders: string[]) => ({
  status: 200,
  body: {
    type: 'persona',
    entityRef: 'persona:default/replica-probe',
    holders: holders.map(ref => ({ ref, missing: false })),
    meta,
  },
});

const metaOf = (builtAt: string, buildMillis: number, version = 'v1') => ({
  indexVersion: version,
  indexBuiltAt: builtAt,
  indexEntityCount: 80,
  indexBuildMillis: buildMillis,
});

describe('answerDifferences', () => {
  it('sets aside when and how fast each replica built its index', () => {
    expect(
      answerDifferences(
        view(metaOf('2026-01-01T00:00:00.000Z', 12), ['group:default/a']),
        view(metaOf('2026-01-01T00:00:03.000Z', 40), ['group:default/a']),
      ),
    ).toEqual([]);
  });

  it('reports a different index version', () => {
    expect(
      answerDifferences(
        view(metaOf('2026-01-01T00:00:00.000Z', 12, 'v1'), []),
        view(metaOf('2026-01-01T00:00:00.000Z', 12, 'v2'), []),
      ),
    ).toEqual(['body.meta.indexVersion: "v1" != "v2"']);
  });

  it('reports every differing path, array order included', () => {
    expect(
      answerDifferences(
        view(metaOf('t', 1), ['group:default/a', 'group:default/b']),
        view(metaOf('t', 1), ['group:default/b']),
      ),
    ).toEqual([
      'body.holders[0].ref: "group:default/a" != "group:default/b"',
      'body.holders[1]: {"ref":"group:default/b","missing":false} != absent',
    ]);
  });

  it('reports a different status', () => {
    expect(
      answerDifferences(
        { status: 200, body: { items: [] } },
        { status: 503, body: { items: [] } },
      ),
    ).toEqual(['status: 200 != 503']);
  });

  it('compares answers without meta as they are', () => {
    expect(
      answerDifferences(
        { status: 404, body: { error: { name: 'NotFoundError' } } },
        { status: 404, body: { error: { name: 'InputError' } } },
      ),
    ).toEqual(['body.error.name: "NotFoundError" != "InputError"']);
  });
});
