import { useState } from 'react';
import type { AnnotationColor } from '../../../../shared/annotations/types';
import type { Tool } from '../components/viewer-context';

/** The pointer tool (select, ink, note) and the colour new annotations get. */
export function useAnnotationTool() {
  const [tool, setTool] = useState<Tool>('select');
  const [color, setColor] = useState<AnnotationColor>('yellow');
  return { tool, setTool, color, setColor };
}
