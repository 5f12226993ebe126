import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A span as an OTLP/HTTP JSON export carries it, flattened with its resource's service name. */
export interface CollectedSpan {
  service: string;
  scope: string;
  name: string;
  traceId: string;
  attributes: Record<string, unknown>;
}

type OtlpValue = {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
};
type OtlpAttributes = { key: string; value: OtlpValue }[];

const plain = (attributes: OtlpAttributes = []) =>
  Object.fromEntries(
    attributes.map(({ key, value }) => [
      key,
      value.stringValue ?? value.intValue ?? value.boolValue ?? value.doubleValue,
    ]),
  );

/**
 * A real OTLP/HTTP collector speaking the JSON encoding (POST /v1/traces),
 * on loopback: what a tracing backend receives, for tests to read.
 */
export async function startOtlpCollector() {
  const spans: CollectedSpan[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/traces') {
        response.writeHead(404).end();
        return;
      }
      const exported = JSON.parse(body) as {
        resourceSpans: {
          resource: { attributes: OtlpAttributes };
          scopeSpans: {
            scope: { name: string };
            spans: { name: string; traceId: string; attributes: OtlpAttributes }[];
          }[];
        }[];
      };
      for (const resourceSpan of exported.resourceSpans) {
        const service = String(plain(resourceSpan.resource.attributes)['service.name']);
        for (const scopeSpan of resourceSpan.scopeSpans) {
          for (const span of scopeSpan.spans) {
            spans.push({
              service,
              scope: scopeSpan.scope.name,
              name: span.name,
              traceId: span.traceId,
              attributes: plain(span.attributes),
            });
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    spans,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
