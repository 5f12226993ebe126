import { trace } from '@opentelemetry/api';
import { OTLPTraceExporter as OtlpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  NodeTracerProvider,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-node';

/**
 * Optional OpenTelemetry tracing of HTTP, Express, GraphQL and pg, switched on
 * by the standard `OTEL_*` variables and off otherwise (no cost when off).
 *
 * This module must be the first one the entry point imports: the
 * instrumentations patch `http`, `express`, `graphql` and `pg` as they are
 * required, and a module loaded before them is never patched.
 */

const probePaths = new Set(['/healthz', '/readyz', '/metrics']);

/** Whether the environment asks for traces: an OTLP endpoint or an explicit exporter, and not disabled. */
export function tracingRequested(env: NodeJS.ProcessEnv): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  const exporters = exporterNames(env);
  if (exporters.includes('none')) return false;
  return Boolean(
    env.OTEL_TRACES_EXPORTER?.trim() ||
    env.OTEL_EXPORTER_OTLP_ENDPOINT ||
    env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT,
  );
}

function exporterNames(env: NodeJS.ProcessEnv): string[] {
  return (env.OTEL_TRACES_EXPORTER ?? 'otlp')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
}

function createExporter(name: string, env: NodeJS.ProcessEnv): SpanExporter {
  if (name === 'console') return new ConsoleSpanExporter();
  if (name !== 'otlp')
    throw new Error(`OTEL_TRACES_EXPORTER: "${name}" is not supported; use otlp, console or none.`);
  const protocol = (
    env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ??
    env.OTEL_EXPORTER_OTLP_PROTOCOL ??
    'http/protobuf'
  )
    .trim()
    .toLowerCase();
  // The exporters read the endpoint, headers, timeout and compression from the OTEL_EXPORTER_OTLP_* variables.
  if (protocol === 'http/protobuf') return new OtlpProtobufExporter();
  if (protocol === 'http/json') return new OtlpJsonExporter();
  throw new Error(
    `OTEL_EXPORTER_OTLP_PROTOCOL: "${protocol}" is not supported; use http/protobuf or http/json.`,
  );
}

export interface Telemetry {
  /** Flushes the spans still buffered and stops exporting. */
  shutdown(): Promise<void>;
}

/** Starts tracing when the environment asks for it; undefined otherwise. */
export function startTelemetry(env: NodeJS.ProcessEnv = process.env): Telemetry | undefined {
  if (!tracingRequested(env)) return undefined;
  const resource = resourceFromAttributes({ 'service.name': 'elvl-api' }).merge(
    detectResources({ detectors: [envDetector] }), // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win
  );
  const provider = new NodeTracerProvider({
    resource,
    // Sampling (OTEL_TRACES_SAMPLER) and batching (OTEL_BSP_*) follow their standard variables.
    spanProcessors: exporterNames(env).map((name) => new BatchSpanProcessor(createExporter(name, env))),
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes arrive every few seconds and say nothing about a request.
        ignoreIncomingRequestHook: (request) => probePaths.has((request.url ?? '').split('?')[0]!),
      }),
      new ExpressInstrumentation(),
      // Parse, validate and execute spans per operation; a span per field would dwarf the work it measures.
      new GraphQLInstrumentation({ ignoreResolveSpans: true, mergeItems: true }),
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  return { shutdown: () => provider.shutdown() };
}

/** The current trace and span ids for a log line, so a log line leads to its trace. */
export function activeTraceIds(): { traceId?: string; spanId?: string } {
  const context = trace.getActiveSpan()?.spanContext();
  return context ? { traceId: context.traceId, spanId: context.spanId } : {};
}

function startFromEnvironment(): Telemetry | undefined {
  try {
    return startTelemetry(process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}

/** Started on import, before anything it instruments is loaded (see above). */
export const telemetry = startFromEnvironment();
