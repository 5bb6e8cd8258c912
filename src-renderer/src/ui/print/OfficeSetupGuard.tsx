import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { OFFICE_SETUP_PATH, useOfficeSetupState } from '@/ui/useOfficeProfile';

export const SETUP_FIRST_TITLE = 'Cần hoàn tất thông tin cơ quan trước khi in văn bản';
export const SETUP_FIRST_TEXT =
  'Văn bản hành chính in tên cơ quan, địa danh, ký hiệu và người ký của cơ quan. Các thông tin này chưa được nhập nên văn bản chưa in hoặc xuất Word được.';

/**
 * Link to the setup screen, which comes back here once saved. A plain hash link (read from the
 * window, not the router): it is also shown in modals rendered outside the router.
 */
export function SetupLink({ children = 'Hoàn tất thiết lập' }: { children?: ReactNode }) {
  const here = window.location.hash.replace(/^#/, '');
  const back = here && !here.startsWith(OFFICE_SETUP_PATH) ? `?back=${encodeURIComponent(here)}` : '';
  return (
    <Button type="primary" href={`#${OFFICE_SETUP_PATH}${back}`} data-testid="office-setup-link">
      {children}
    </Button>
  );
}

/**
 * Shows the official document only once the office profile was saved: before that, a notice with
 * a link to the setup (never a letterhead made of defaults). Nothing while the state loads.
 */
export function OfficeSetupGuard({ children }: { children: ReactNode }) {
  const state = useOfficeSetupState();
  if (state === undefined) return null;
  if (state === 'done') return <>{children}</>;
  return (
    <div className="office-setup-guard" data-testid="office-setup-required">
      <Alert type="warning" showIcon title={SETUP_FIRST_TITLE} description={SETUP_FIRST_TEXT} action={<SetupLink />} />
    </div>
  );
}
