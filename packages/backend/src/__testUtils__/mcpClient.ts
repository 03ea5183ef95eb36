/**
 * A minimal MCP client for tests: one JSON-RPC request per POST to the MCP
 * actions backend's streamable HTTP endpoint (stateless), answered as JSON
 * or as a server-sent event stream.
 */
export type McpToolResult = {
  isError?: boolean;
  content: Array<{ type: string; text: string }>;
  structuredContent?: any;
};

let nextId = 1;

export async function mcpRequest(
  endpoint: string,
  token: string,
  method: string,
  params: object = {},
): Promise<any> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      Accept: 'application/json, text/event-stream',
    },
    body: JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, params }),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`MCP ${method} answered ${response.status}: ${text}`);
  }
  const json = response.headers
    .get('content-type')
    ?.includes('text/event-stream')
    ? text
        .split('\n')
        .filter(line => line.startsWith('data:'))
        .map(line => line.slice('data:'.length).trim())
        .join('')
    : text;
  const message = JSON.parse(json);
  if (message.error) {
    throw new Error(`MCP ${method} failed: ${JSON.stringify(message.error)}`);
  }
  return message.result;
}

export async function callTool(
  endpoint: string,
  token: string,
  name: string,
  args: object,
): Promise<McpToolResult> {
  return mcpRequest(endpoint, token, 'tools/call', { name, arguments: args });
}
