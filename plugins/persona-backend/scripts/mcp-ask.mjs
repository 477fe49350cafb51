#!/usr/bin/env node
/*
 * Asks a running portal's MCP server (@backstage/plugin-mcp-actions-backend)
 * as an AI assistant would, through the MCP SDK's own client over Streamable
 * HTTP: lists the tools, or calls one and prints its answer.
 *
 *   node plugins/persona-backend/scripts/mcp-ask.mjs                  # the tool list
 *   node plugins/persona-backend/scripts/mcp-ask.mjs who-is-responsible \
 *     '{"entityRef":"resource:default/anthos-prod-eu"}'
 *
 * BACKSTAGE_URL (default http://localhost:7007) and a token: PERSONA_MCP_TOKEN
 * (a static token of backend.auth.externalAccess; the example portal's
 * default is used when unset) or BACKSTAGE_TOKEN (a user's token, to be
 * answered as that user).
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const baseUrl = process.env.BACKSTAGE_URL ?? 'http://localhost:7007';
const token =
  process.env.BACKSTAGE_TOKEN ??
  process.env.PERSONA_MCP_TOKEN ??
  'local-mcp-token-for-the-example-portal';
const [tool, args = '{}'] = process.argv.slice(2);

const client = new Client({ name: 'persona-mcp-ask', version: '1.0.0' });
await client.connect(
  new StreamableHTTPClientTransport(new URL('/api/mcp-actions/v1', baseUrl), {
    requestInit: { headers: { Authorization: `Bearer ${token}` } },
  }),
);
try {
  if (!tool) {
    const { tools } = await client.listTools();
    for (const t of tools) {
      const input = Object.keys(t.inputSchema?.properties ?? {}).join(', ');
      console.log(`${t.name}(${input})\n  ${t.description.split('\n')[0]}`);
    }
  } else {
    // Tool names may be namespaced by the server (mcpActions.namespacedToolNames)
    const { tools } = await client.listTools();
    const name =
      tools.find(t => t.name === tool)?.name ??
      tools.find(
        t =>
          t.name.endsWith(`.${tool}`) ||
          t.name.endsWith(`-${tool}`) ||
          t.name.endsWith(`_${tool}`),
      )?.name ??
      tool;
    const result = await client.callTool({ name, arguments: JSON.parse(args) });
    for (const part of result.content ?? []) {
      if (part.type !== 'text') continue;
      try {
        console.log(JSON.stringify(JSON.parse(part.text), null, 2));
      } catch {
        console.log(part.text);
      }
    }
    if (result.isError) process.exitCode = 1;
  }
} finally {
  await client.close();
}
