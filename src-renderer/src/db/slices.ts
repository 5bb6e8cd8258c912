/**
 * Runs work written as a generator in slices of a few milliseconds, giving the main thread back
 * between slices (input, painting, IndexedDB results), so no step of a long job becomes a long task.
 */

import type { Steps } from '@/domain/steps';

type Priority = 'user-visible' | 'background';
interface TaskScheduler {
  postTask(task: () => void, options: { priority: Priority }): Promise<void>;
}

const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
const channel = typeof MessageChannel === 'undefined' ? undefined : new MessageChannel();
const waiting: Array<() => void> = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();

/**
 * The next task. Background work waits behind everything else the page has to do (Chromium's task
 * scheduler); otherwise a message, not setTimeout(0), which browsers clamp to 4 ms after a few nestings.
 */
export function nextTask(priority: Priority = 'user-visible'): Promise<void> {
  if (scheduler) return scheduler.postTask(() => undefined, { priority });
  return new Promise((resolve) => {
    if (!channel) return void setTimeout(resolve, 0);
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

export async function runSliced<T>(steps: Steps<T>, priority: Priority = 'user-visible', budgetMs = 8): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= budgetMs) {
      await nextTask(priority);
      sliceStart = performance.now();
    }
  }
}
