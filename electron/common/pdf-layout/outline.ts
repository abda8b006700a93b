import { PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { OutlineMark } from './render';

type Node = { mark: OutlineMark; ref: PDFRef; children: Node[] };

/** Nest marks by level: a level-2 mark belongs to the closest level-1 mark before it, and so on. */
function nest(marks: OutlineMark[], doc: PDFDocument): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const mark of marks) {
    const node: Node = { mark, ref: doc.context.nextRef(), children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.mark.level >= mark.level) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

const countAll = (nodes: Node[]): number => nodes.reduce((s, n) => s + 1 + countAll(n.children), 0);

function writeLevel(doc: PDFDocument, nodes: Node[], parent: PDFRef): void {
  const pages = doc.getPages();
  nodes.forEach((node, idx) => {
    const page = pages[node.mark.pageIndex];
    if (!page) throw new Error(`outline mark on missing page ${node.mark.pageIndex}`);
    const dict = doc.context.obj({
      Title: PDFHexString.fromText(node.mark.title),
      Parent: parent,
      Dest: [page.ref, PDFName.of('XYZ'), null, PDFNumber.of(Math.round(node.mark.y + 4)), null],
    });
    const prev = nodes[idx - 1];
    const next = nodes[idx + 1];
    if (prev) dict.set(PDFName.of('Prev'), prev.ref);
    if (next) dict.set(PDFName.of('Next'), next.ref);
    if (node.children.length > 0) {
      dict.set(PDFName.of('First'), node.children[0]!.ref);
      dict.set(PDFName.of('Last'), node.children[node.children.length - 1]!.ref);
      // Positive count: the entry opens expanded.
      dict.set(PDFName.of('Count'), PDFNumber.of(countAll(node.children)));
      writeLevel(doc, node.children, node.ref);
    }
    doc.context.assign(node.ref, dict);
  });
}

/**
 * PDF bookmarks (ISO 32000-1 §12.3.3). pdf-lib has no outline API, but the dictionaries are small
 * enough to write by hand.
 */
export function addOutline(doc: PDFDocument, marks: OutlineMark[]): void {
  if (marks.length === 0) return;
  const rootRef = doc.context.nextRef();
  const roots = nest(marks, doc);
  writeLevel(doc, roots, rootRef);
  doc.context.assign(
    rootRef,
    doc.context.obj({
      Type: 'Outlines',
      First: roots[0]!.ref,
      Last: roots[roots.length - 1]!.ref,
      Count: countAll(roots),
    }),
  );
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
