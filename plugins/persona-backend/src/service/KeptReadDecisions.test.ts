import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { KeptReadDecisions, ReadDecision } from './KeptReadDecisions';

const allow: ReadDecision = { result: AuthorizeResult.ALLOW };
const deny: ReadDecision = { result: AuthorizeResult.DENY };

function kept(keepForMs = 5_000) {
  let now = 1_000;
  const decisions = new KeptReadDecisions(keepForMs, () => now);
  const ask = jest.fn(async () => allow);
  return {
    decisions,
    ask,
    later: (ms: number) => {
      now += ms;
    },
  };
}

describe('KeptReadDecisions', () => {
  it('asks once per caller within the time it keeps a decision', async () => {
    const { decisions, ask, later } = kept();
    const ada = mockCredentials.user('user:default/ada');
    await decisions.decision(ada, ask);
    later(4_999);
    expect(await decisions.decision(ada, ask)).toBe(allow);
    expect(ask).toHaveBeenCalledTimes(1);
    later(2);
    await decisions.decision(ada, ask);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('tells callers apart by user, token and service', async () => {
    const { decisions } = kept();
    const answers = new Map<string, ReadDecision>();
    const ask = (name: string, decision: ReadDecision) => async () => {
      answers.set(name, decision);
      return decision;
    };
    const ada = mockCredentials.user('user:default/ada');
    const adaNewToken = {
      ...ada,
      expiresAt: new Date((ada.expiresAt?.getTime() ?? 0) + 60_000),
    };
    expect(await decisions.decision(ada, ask('ada', allow))).toBe(allow);
    expect(
      await decisions.decision(
        mockCredentials.user('user:default/bob'),
        ask('bob', deny),
      ),
    ).toBe(deny);
    expect(await decisions.decision(adaNewToken, ask('ada again', deny))).toBe(
      deny,
    );
    expect(
      await decisions.decision(
        mockCredentials.service('plugin:search'),
        ask('search', deny),
      ),
    ).toBe(deny);
    expect(
      await decisions.decision(
        mockCredentials.service('plugin:scaffolder'),
        ask('scaffolder', allow),
      ),
    ).toBe(allow);
    expect([...answers.keys()]).toEqual([
      'ada',
      'bob',
      'ada again',
      'search',
      'scaffolder',
    ]);
  });

  it('shares one question between requests that arrive together', async () => {
    const { decisions, ask } = kept();
    const ada = mockCredentials.user('user:default/ada');
    const both = await Promise.all([
      decisions.decision(ada, ask),
      decisions.decision(ada, ask),
    ]);
    expect(both).toEqual([allow, allow]);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failed question', async () => {
    const { decisions, ask } = kept();
    const ada = mockCredentials.user('user:default/ada');
    const failing = jest.fn(async (): Promise<ReadDecision> => {
      throw new Error('permission backend down');
    });
    await expect(decisions.decision(ada, failing)).rejects.toThrow(
      'permission backend down',
    );
    expect(await decisions.decision(ada, ask)).toBe(allow);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('asks every time for anonymous callers, or when it keeps nothing', async () => {
    const none = kept();
    await none.decisions.decision(mockCredentials.none(), none.ask);
    await none.decisions.decision(mockCredentials.none(), none.ask);
    expect(none.ask).toHaveBeenCalledTimes(2);

    const off = kept(0);
    const ada = mockCredentials.user('user:default/ada');
    await off.decisions.decision(ada, off.ask);
    await off.decisions.decision(ada, off.ask);
    expect(off.ask).toHaveBeenCalledTimes(2);
  });
});
