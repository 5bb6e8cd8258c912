import type { DesktopApi, FileFilter, OpenedFile, SavedPath } from '@shared/api';

/**
 * The renderer's only door to the desktop. In Electron it calls the preload API (window.thidua);
 * in a plain browser it falls back to a file input, a Blob download and window.print.
 */
function desktop(): DesktopApi | undefined {
  return typeof window !== 'undefined' ? window.thidua : undefined;
}

export const isDesktop = (): boolean => desktop() !== undefined;

export async function appVersion(): Promise<string> {
  return desktop()?.appVersion() ?? Promise.resolve(__APP_VERSION__);
}

const MIME_BY_EXT: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
  pdf: 'application/pdf',
  csv: 'text/csv',
};

/** Save bytes to a file the user chooses (Electron) or download it (browser). Null = cancelled. */
export async function saveFile(defaultName: string, data: Uint8Array, filters?: FileFilter[]): Promise<SavedPath> {
  const api = desktop();
  if (api) return api.saveFile({ defaultName, data, filters });
  const ext = defaultName.split('.').pop()?.toLowerCase() ?? '';
  const blob = new Blob([data as BlobPart], { type: MIME_BY_EXT[ext] ?? 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = defaultName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return defaultName;
}

/** Let the user pick files. In the browser a hidden file input is used. */
export async function openFiles(filters?: FileFilter[], multiple = false): Promise<OpenedFile[]> {
  const api = desktop();
  if (api) return api.openFile({ filters, multiple });
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    if (filters) input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.onchange = async () => {
      const files = [...(input.files ?? [])];
      resolve(await Promise.all(files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) }))));
    };
    input.click();
  });
}

/** System print dialog for the current view. */
export async function printCurrentView(): Promise<void> {
  const api = desktop();
  if (api) {
    await api.print();
    return;
  }
  window.print();
}

/** Save the current view as PDF (Electron); the browser falls back to its print dialog ("Save as PDF"). */
export async function printCurrentViewToPdf(defaultName: string, landscape: boolean): Promise<SavedPath> {
  const api = desktop();
  if (api) return api.printToPdf({ defaultName, landscape });
  window.print();
  return null;
}

export function desktopApi(): DesktopApi | undefined {
  return desktop();
}
