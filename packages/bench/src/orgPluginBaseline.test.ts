import http from 'node:http';
import { AddressInfo } from 'node:net';
import { orgWayUnderLoad, ownershipTheOrgPluginWay } from './orgPluginBaseline';

const group = (name: string, children: string[]) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children },
  relations: children.map(c => ({
    type: 'parentOf',
    targetRef: `group:default/${c}`,
  })),
});

/** A catalog whose root has 12 teams; `team-3` answers 500 at once, the others after 100 ms. */
async function catalogWithAFailingTeam() {
  const teams = Array.from({ length: 12 }, (_, i) => `team-${i}`);
  const seen: string[] = [];
  let inFlight = 0;
  const server = http.createServer((req, res) => {
    const name = req.url!.split('/').pop()!;
    seen.push(name);
    inFlight += 1;
    const answer = (status: number, body: unknown) => {
      inFlight -= 1;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (name === 'root') answer(200, group('root', teams));
    else if (name === 'team-3') answer(500, { error: 'broken' });
    else setTimeout(() => answer(200, group(name, [])), 100);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    inFlight: () => inFlight,
    close: () => new Promise(resolve => server.close(resolve)),
  };
}

describe('the org plugin way', () => {
  it('gives a run up at its first failure, starting nothing more, once the requests sent have answered', async () => {
    const catalog = await catalogWithAFailingTeam();
    try {
      await expect(
        ownershipTheOrgPluginWay(catalog.url, 'token', 'group:default/root'),
      ).rejects.toThrow('/entities/by-name/group/default/team-3: 500');
      // The root, then six teams at once as a browser; none after team-3 failed.
      expect(catalog.seen).toHaveLength(7);
      expect(catalog.inFlight()).toBe(0);
    } finally {
      await catalog.close();
    }
  });

  it('counts failed runs and says why the first failed', async () => {
    const catalog = await catalogWithAFailingTeam();
    try {
      const result = await orgWayUnderLoad(
        catalog.url,
        'token',
        'group:default/root',
        2,
        2,
      );
      expect(result.runs).toBe(2);
      expect(result.errors).toBe(2);
      expect(result.firstError).toBe(
        'Error: /entities/by-name/group/default/team-3: 500',
      );
    } finally {
      await catalog.close();
    }
  });
});
