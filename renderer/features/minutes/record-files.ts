import type { RecordFile } from '../../../shared/ipc/slices/record';

/** How long a download or print link stays valid. */
const OBJECT_URL_LIFETIME_MS = 60_000;

const urlOf = (f: RecordFile): string => URL.createObjectURL(new Blob([f.bytes as BlobPart], { type: f.mime }));

/** Browser mode: one download per file; in Electron the same link opens its save dialog. */
export function saveFiles(files: readonly RecordFile[]): void {
  for (const f of files) {
    const url = urlOf(f);
    const a = document.createElement('a');
    a.href = url;
    a.download = f.name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
  }
}

/** Prints a PDF through a hidden frame showing it (the browser's PDF view), then removes the frame. */
export function printPdf(file: RecordFile): void {
  const url = urlOf(file);
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = file.name;
  frame.src = url;
  frame.addEventListener('load', () => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
    setTimeout(() => {
      frame.remove();
      URL.revokeObjectURL(url);
    }, OBJECT_URL_LIFETIME_MS);
  });
  document.body.append(frame);
}
