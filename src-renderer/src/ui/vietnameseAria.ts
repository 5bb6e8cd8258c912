/**
 * antd and its rc-components hard-code a few English accessible names: InputNumber's step handlers
 * ("Increase Value" / "Decrease Value"), the clear button of Select ("Clear"), the dialog close
 * button ("Close"), and every icon's name ("close-circle", "search", …: role="img" with the icon's
 * file name). Props cannot reach them all (a component's own `allowClear` overrides ConfigProvider),
 * so one observer on the document renames them in Vietnamese and hides the icons, which are
 * decoration beside a button's text or inside a named button. Installed once at start-up (main.tsx).
 */
const RENAMED: Record<string, string> = {
  'Increase Value': 'Tăng',
  'Decrease Value': 'Giảm',
  Clear: 'Xóa nội dung',
  clear: 'Xóa nội dung',
  Close: 'Đóng',
  close: 'Đóng',
};

const SELECTOR = `${Object.keys(RENAMED)
  .map((label) => `[aria-label="${label}"]`)
  .join(',')},.anticon[role="img"]:not([aria-hidden="true"])`;

/** Names for buttons whose only content is an icon (e.g. Input.Search's button), by the icon's name. */
const ICON_BUTTON_NAME: Record<string, string> = {
  search: 'Tìm',
  close: 'Đóng',
  'close-circle': 'Xóa nội dung',
  edit: 'Sửa',
  delete: 'Xóa',
  plus: 'Thêm',
  'minus-circle': 'Bớt',
  reload: 'Tải lại',
  printer: 'In',
  download: 'Tải xuống',
  left: 'Trước',
  right: 'Sau',
};

function fix(el: Element): void {
  if (el.classList.contains('anticon') && el.getAttribute('role') === 'img') {
    const icon = el.getAttribute('aria-label') ?? '';
    el.setAttribute('aria-hidden', 'true');
    el.removeAttribute('aria-label');
    const button = el.closest('button, [role="button"]');
    if (button && !button.getAttribute('aria-label') && !button.textContent?.trim() && ICON_BUTTON_NAME[icon]) {
      button.setAttribute('aria-label', ICON_BUTTON_NAME[icon]);
    }
    return;
  }
  const label = el.getAttribute('aria-label');
  const vi = label === null ? undefined : RENAMED[label];
  if (vi) el.setAttribute('aria-label', vi);
}

function fixTree(root: Element): void {
  if (root.matches(SELECTOR)) fix(root);
  root.querySelectorAll(SELECTOR).forEach(fix);
}

let installed = false;

export function installVietnameseAria(root: HTMLElement = document.body): void {
  if (installed || typeof MutationObserver === 'undefined') return;
  installed = true;
  fixTree(root);
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        if (r.target instanceof Element) fix(r.target);
      } else {
        r.addedNodes.forEach((n) => {
          if (n instanceof Element) fixTree(n);
        });
      }
    }
  }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
}
