import { useEffect, useState } from 'react';
import { FEATURES } from './routes';
import { getOfficeProfile } from '@/db/repositories/registry/settings';
import { setAuditActor } from '@/db/audit';

let started: Promise<void> | null = null;

/** Runs every feature's start-up once (seeding, audit actor) before the first screen. */
function runStartup(): Promise<void> {
  started ??= (async () => {
    const profile = await getOfficeProfile();
    setAuditActor(profile.userName);
    for (const f of FEATURES) {
      try {
        await f.startup?.();
      } catch (err) {
        console.error(`Khởi động "${f.id}" lỗi`, err);
      }
    }
  })();
  return started;
}

export function useStartup(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let alive = true;
    void runStartup().finally(() => alive && setReady(true));
    return () => {
      alive = false;
    };
  }, []);
  return ready;
}
