import { useEffect, useState } from 'react';
import { FEATURES } from './routes';
import { getOfficeProfile, getOfficeSetupState } from '@/db/repositories/registry/settings';
import { setAuditActor } from '@/db/audit';
import { OFFICE_SETUP_PATH } from '@/ui/useOfficeProfile';

let started: Promise<void> | null = null;

/**
 * First start (no office profile saved, setup not put off): the home address opens the setup
 * instead of the registry. Any other address (a link, a test, a print view) opens as asked.
 */
async function routeFirstStart(): Promise<void> {
  if ((await getOfficeSetupState()) !== 'new') return;
  const hash = window.location.hash.replace(/^#/, '');
  if (hash === '' || hash === '/') window.history.replaceState(window.history.state, '', `#${OFFICE_SETUP_PATH}`);
}

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
    try {
      await routeFirstStart();
    } catch (err) {
      console.error('Không đọc được trạng thái thiết lập ban đầu', err);
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
