import type { EnqueuedTask, Meilisearch, Task } from 'meilisearch';

/**
 * Waits until Meilisearch has finished a task and throws unless it succeeded.
 * (The client's own waitTask adds an abort listener per poll to one signal and
 * never removes them; this loop has no such leak and polls a little faster.)
 */
export async function completed(
  client: Meilisearch,
  enqueued: Promise<EnqueuedTask>,
  { timeoutMs = 60_000, intervalMs = 25 } = {},
): Promise<Task> {
  const { taskUid } = await enqueued;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const task = await client.tasks.getTask(taskUid);
    if (task.status === 'succeeded') return task;
    if (task.status === 'failed' || task.status === 'canceled') {
      throw new Error(
        `Meilisearch task ${taskUid} ${task.status}: ${task.error?.message ?? 'no reason given'}`,
      );
    }
    if (Date.now() > deadline)
      throw new Error(`Meilisearch task ${taskUid} still ${task.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
