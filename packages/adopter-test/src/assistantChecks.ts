import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { EXAMPLE, getGuestToken } from './portalChecks';

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** What `GET /api/search/query` answers, as far as the check reads it. */
type SearchAnswer = {
  results: Array<{
    type: string;
    document: { entityRef?: string; holders?: Array<{ title: string }> };
  }>;
};

/** The persona actions an assistant must see, as the MCP server names them. */
const PERSONA_TOOLS = [
  'who-is-responsible',
  'get-responsibilities',
  'find-personas',
  'coverage-gaps',
  'validate-persona',
].map(name => `persona.${name}`);

/**
 * Asks the portal's own MCP server (create-app installs
 * `@backstage/plugin-mcp-actions-backend`; the persona backend README adds
 * `persona` to `backend.actions.pluginSources`) with the MCP SDK's client, as
 * the guest: the persona tools are listed, and `who-is-responsible` names the
 * builder of the example component.
 */
export async function checkAssistantTools(backendUrl: string) {
  const token = await getGuestToken(backendUrl);
  const client = new Client({ name: 'adopter-test', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(
      new URL('/api/mcp-actions/v1', backendUrl),
      { requestInit: { headers: { Authorization: `Bearer ${token}` } } },
    ),
  );
  try {
    const { tools } = await client.listTools();
    const names = tools.map(t => t.name);
    const absent = PERSONA_TOOLS.filter(t => !names.includes(t));
    if (absent.length) {
      throw new Error(
        `the MCP server does not list ${absent.join(
          ', ',
        )}; it lists ${names.join(', ')}`,
      );
    }
    const answer = await client.callTool({
      name: 'persona.who-is-responsible',
      arguments: { entityRef: `component:default/${EXAMPLE.component}` },
    });
    const text = JSON.stringify(answer.content);
    if (answer.isError || !text.includes(EXAMPLE.componentBuilder)) {
      throw new Error(
        `persona.who-is-responsible did not name ${
          EXAMPLE.componentBuilder
        }: ${text.slice(0, 400)}`,
      );
    }
    return [
      `MCP: ${tools.length} tools, the 5 persona tools among them; who-is-responsible(${EXAMPLE.component}) names ${EXAMPLE.componentBuilder}`,
    ];
  } finally {
    await client.close();
  }
}

/**
 * Backstage search (create-app's search backend, with the persona collator
 * of the search module README) finds the example persona by a
 * responsibility's words, once the collator has run.
 */
export async function checkPersonaSearch(
  backendUrl: string,
  timeoutMs: number,
) {
  const token = await getGuestToken(backendUrl);
  const url = `${backendUrl}/api/search/query?term=${encodeURIComponent(
    EXAMPLE.searchTerm,
  )}&types%5B0%5D=persona`;
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    const res = await fetch(url, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = await res.text();
    last = `${res.status} ${body.slice(0, 300)}`;
    // before the collator's first run the engine answers 500 (no index yet)
    const found =
      res.ok &&
      (JSON.parse(body) as SearchAnswer).results.find(
        r => r.document.entityRef === EXAMPLE.searchFinds,
      );
    if (found) {
      return [
        `search "${EXAMPLE.searchTerm}" finds ${
          EXAMPLE.searchFinds
        }, held by ${found.document.holders?.map(h => h.title).join(', ')}`,
      ];
    }
    if (Date.now() > deadline) {
      throw new Error(
        `GET ${url} did not find ${EXAMPLE.searchFinds} within ${
          timeoutMs / 1000
        } s; last answer: ${last}`,
      );
    }
    await sleep(3000);
  }
}
