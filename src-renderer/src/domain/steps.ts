/**
 * Work written in steps (a generator yielding between steps, returning its result): domain code
 * that can take long is written this way, so the db layer can spread it over several tasks
 * (db/slices.ts `runSliced`) while tests and small inputs run it in one go with `runSteps`.
 */
export type Steps<T> = Generator<void, T>;

/** Runs every step at once and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
