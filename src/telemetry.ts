import { trace } from '@opentelemetry/api';
import type { Telemetry } from './telemetry-sdk';

/**
 * Optional OpenTelemetry tracing of HTTP, Express, GraphQL and pg, switched on
 * by the standard `OTEL_*` variables and off otherwise (no cost when off: the
 * SDK in telemetry-sdk.ts is not even loaded).
 *
 * This module must be the first one the entry point imports: the
 * instrumentations patch `http`, `express`, `graphql` and `pg` as they are
 * required, and a module loaded before them is never patched.
 */

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

/** Starts tracing when the environment asks for it; undefined otherwise. */
export function startTelemetry(env: NodeJS.ProcessEnv = process.env): Telemetry | undefined {
  if (!tracingRequested(env)) return undefined;
  // Loaded here and synchronously: the instrumentations must be in place before what they patch is required.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when tracing is on
  const { startTracing } = require('./telemetry-sdk') as typeof import('./telemetry-sdk');
  return startTracing(env, exporterNames(env));
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
