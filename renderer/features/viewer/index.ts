/**
 * The document viewer. The meeting screens render it as
 *   <DocumentViewer api={api} document={meta} onClose={...} />
 * (optional `initialPage`, `initialQuery` to open at a search result).
 */
export { DocumentViewer, type DocumentViewerProps } from './DocumentViewer';
