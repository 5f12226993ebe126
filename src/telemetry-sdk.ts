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

export interface Telemetry {
  /** Flushes the spans still buffered and stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * The OpenTelemetry SDK, exporters and instrumentations: loaded by
 * telemetry.ts only when tracing is asked for, so a process without tracing
 * never holds them in memory (about 9 MB).
 */

const probePaths = new Set(['/healthz', '/readyz', '/metrics']);

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

/** Starts the tracer provider and the instrumentations (tracing was asked for: see telemetry.ts). */
export function startTracing(env: NodeJS.ProcessEnv, exporterNames: string[]): Telemetry {
  const resource = resourceFromAttributes({ 'service.name': 'elvl-api' }).merge(
    detectResources({ detectors: [envDetector] }), // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win
  );
  const provider = new NodeTracerProvider({
    resource,
    // Sampling (OTEL_TRACES_SAMPLER) and batching (OTEL_BSP_*) follow their standard variables.
    spanProcessors: exporterNames.map((name) => new BatchSpanProcessor(createExporter(name, env))),
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
