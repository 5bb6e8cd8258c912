import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useShowError } from '@/ui/showError';

export interface RunProgress {
  label: string;
  done: number;
  total: number;
}

/**
 * Runs one long action at a time with a counted progress (shown by the page) and ends with a
 * success message or the error. Progress updates are state changes between written chunks, so
 * the page repaints while the work goes on.
 */
export function useProgressRun() {
  const { message } = App.useApp();
  const showError = useShowError();
  const [progress, setProgress] = useState<RunProgress | undefined>();
  const run = useCallback(
    async (label: string, work: (report: (done: number, total: number) => void) => Promise<string>) => {
      setProgress({ label, done: 0, total: 0 });
      try {
        message.success(await work((done, total) => setProgress({ label, done, total })));
      } catch (err) {
        showError(err);
      } finally {
        setProgress(undefined);
      }
    },
    [message, showError],
  );
  return { progress, busy: progress !== undefined, run };
}
