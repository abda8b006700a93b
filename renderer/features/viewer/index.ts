/**
 * The document viewer. The meeting screens render it as
 *   <DocumentViewer api={api} document={meta} onClose={...} />
 * (optional `initialPage`, `initialQuery` to open at a search result).
 */
export { DocumentViewer, type DocumentViewerProps } from './DocumentViewer';
/** The import form's default title: a PDF's Title metadata, else its first heading. */
export { readPdfTitle } from './pdf/pdf-title';
