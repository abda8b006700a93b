import { EncryptedPDFError, PDFDocument } from 'pdf-lib';
import type { Annotation } from '../../../shared/annotations/types';
import { fail, ok, type Result } from '../../../shared/util/result';
import { toPdfAnnotation } from './pdf-annotations';

/**
 * A copy of `bytes` with `annotations` added as real PDF annotations (Highlight, Ink, Text), so other
 * readers show and print them. The original file is never changed.
 */
export async function exportAnnotatedPdf(
  bytes: Uint8Array,
  annotations: readonly Annotation[],
): Promise<Result<{ bytes: Uint8Array; added: number }>> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (e) {
    if (e instanceof EncryptedPDFError) {
      return fail('pdf_encrypted', 'error.export.encrypted');
    }
    return fail('pdf_invalid', 'error.export.unreadable');
  }
  const pages = pdf.getPages();
  let added = 0;
  for (const a of annotations) {
    const page = pages[a.page - 1];
    if (!page) continue;
    const ref = pdf.context.register(toPdfAnnotation(pdf.context, a));
    page.node.addAnnot(ref);
    added++;
  }
  return ok({ bytes: await pdf.save({ useObjectStreams: false }), added });
}
