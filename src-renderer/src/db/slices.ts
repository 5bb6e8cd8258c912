/**
 * Runs work written as a generator in slices of a few milliseconds, giving the main thread back
 * between slices (input, painting), so no step of a long job becomes a long task.
 */

const channel = typeof MessageChannel === 'undefined' ? undefined : new MessageChannel();
const waiting: Array<() => void> = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();

/** The next task: a message, not setTimeout(0), which browsers clamp to 4 ms after a few nestings. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (!channel) return void setTimeout(resolve, 0);
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

export async function runSliced<T>(steps: Generator<void, T>, budgetMs = 8): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= budgetMs) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}
