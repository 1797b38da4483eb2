import { randomUUID } from 'node:crypto';
import type { RunContext } from '../runner/context.ts';

/**
 * An id for an event sent from a run: run id, attempt and job say where it came from; matrix
 * legs and repeated calls of a reusable workflow share all of them, so a random part makes each
 * one its own. Within Datadog's rule: 16–128 of [A-Za-z0-9_.:-].
 */
export function runScopedId(context: RunContext, random: string = randomPart()): string {
  const job = (context.job ?? '').replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60);
  const parts = context.runId ? [context.runId, context.runAttempt ?? '1', job, random] : ['local', random];
  return parts.filter(Boolean).join('.');
}

function randomPart(): string {
  // node:crypto's, which @actions/core loads anyway; the global `crypto` would load WebCrypto too.
  return randomUUID().replaceAll('-', '').slice(0, 16);
}
