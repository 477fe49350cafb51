import { mockCredentials } from '@backstage/backend-test-utils';
import net from 'node:net';
import { lint } from '../lint';
import { examplesDir } from './examples';

/** Waits until the catalog holds every entity that the examples define. */
export async function waitForExamples(catalogUrl: string, timeoutMs = 90_000) {
  const { documents } = await lint({ operands: [examplesDir], cwd: '/' });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(
      `${catalogUrl}/entities/by-query?limit=1000&fields=kind`,
      { headers: { Authorization: mockCredentials.user.header() } },
    );
    const { items } = (await response.json()) as { items: { kind: string }[] };
    if (items.filter(e => e.kind !== 'Location').length >= documents) return;
    if (Date.now() > deadline) {
      throw new Error(`example catalog not ingested: ${items.length} entities`);
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

/** A localhost port that nothing listens on. */
export async function closedPort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}
