/** Median and p95 of timings in ms, printed by every bench the same way. */
export function summarise(samples: number[]): { median: number; p95: number; n: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] ?? NaN;
  return { median: round(at(0.5)), p95: round(at(0.95)), n: s.length };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export function report(label: string, samples: number[], unit = 'ms'): void {
  const { median, p95, n } = summarise(samples);
  console.log(`BENCH ${label}: median ${median} ${unit}, p95 ${p95} ${unit} (n=${n})`);
}

/**
 * Longest main-thread task (PerformanceObserver 'longtask': tasks over 50 ms) since the last call,
 * per page load: `watchLongTasks` once per page (before navigation), `longestTask` after a path.
 */
export async function watchLongTasks(page: import('@playwright/test').Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

export async function longestTask(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    const v = w.__longest ?? 0;
    w.__longest = 0;
    return Math.round(v);
  });
}
