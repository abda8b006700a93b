import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api } from '../../../../shared/ipc/contract';
import type { DocumentMeta } from '../../../../shared/model/types';
import { openPdf, type PasswordRequest } from '../pdf/load';
import { describeOpenError, readFailed, type ViewerError } from '../pdf/errors';
import { viewerRuntime } from '../pdf/runtime';

export type OpenState =
  | { status: 'loading' }
  | { status: 'password'; request: PasswordRequest }
  /** The delegate closed the password prompt. */
  | { status: 'locked' }
  | { status: 'error'; error: ViewerError }
  /** `first`: page 1, fetched before showing anything (its size lays out the document). */
  | { status: 'ready'; pdf: PDFDocumentProxy; first: PDFPageProxy };

/**
 * Reads a document's bytes from the services (or the runtime's cache) and opens them with pdf.js.
 * The document is destroyed when the component unmounts or `retry` starts over.
 */
export function useOpenedPdf(api: Api, doc: DocumentMeta): { state: OpenState; retry(): void } {
  const [state, setState] = useState<OpenState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const live = useRef(true);
  // Start the pdf.js worker now, while React is still rendering, not after the first paint.
  void viewerRuntime(api)
    .worker()
    .catch(() => {});

  useEffect(() => {
    live.current = true;
    const runtime = viewerRuntime(api);
    let abort: () => void = () => {};
    let opened: PDFDocumentProxy | null = null;
    setState({ status: 'loading' });
    void (async () => {
      let bytes = runtime.bytes.get(doc.sha256);
      if (!bytes) {
        const r = await api.invoke('documents:read', { documentId: doc.id });
        if (!live.current) return;
        if (!r.ok) {
          setState({ status: 'error', error: readFailed(r.error) });
          return;
        }
        bytes = r.value.bytes;
        runtime.bytes.put(doc.sha256, bytes);
      }
      const known = runtime.passwords.get(doc.sha256) ?? null;
      const op = openPdf(runtime, bytes, known, {
        onPassword: (request) => live.current && setState({ status: 'password', request }),
      });
      abort = op.abort;
      const out = await op.result;
      if (!live.current) {
        if (out.ok) void out.pdf.destroy();
        return;
      }
      if (out.ok) {
        opened = out.pdf;
        if (out.password !== null) runtime.passwords.set(doc.sha256, out.password);
        let first: PDFPageProxy;
        try {
          first = await out.pdf.getPage(1);
        } catch (e) {
          if (live.current) setState({ status: 'error', error: describeOpenError(e) });
          return;
        }
        if (live.current) setState({ status: 'ready', pdf: out.pdf, first });
      } else if ('cancelled' in out) {
        setState({ status: 'locked' });
      } else {
        runtime.passwords.delete(doc.sha256);
        setState({ status: 'error', error: out.error });
      }
    })();
    return () => {
      live.current = false;
      abort();
      // Frees the worker-side document (fonts, images, parsed objects).
      void opened?.destroy();
    };
  }, [api, doc.id, doc.sha256, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
