import * as Y from 'yjs';

export type UndoScope = 'private' | 'shared';

/**
 * One undo history over two Y.Docs (private and shared rooms). Each user action may touch one or both
 * (sharing moves an annotation from one to the other); an entry remembers which, and undo/redo replays
 * both managers together.
 */
export class CombinedUndo {
  private managers: Record<UndoScope, Y.UndoManager>;
  private undoStack: UndoScope[][] = [];
  private redoStack: UndoScope[][] = [];
  private recording: Set<UndoScope> | null = null;

  constructor(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Y.UndoManager accepts any shared type
    scopes: Record<UndoScope, Y.AbstractType<any>>,
    origin: unknown,
    private readonly onChange: () => void,
  ) {
    const make = (scope: UndoScope) => {
      const um = new Y.UndoManager(scopes[scope], { trackedOrigins: new Set([origin]), captureTimeout: 0 });
      um.on('stack-item-added', (e: { type: 'undo' | 'redo' }) => {
        if (e.type === 'undo' && this.recording) this.recording.add(scope);
      });
      return um;
    };
    this.managers = { private: make('private'), shared: make('shared') };
  }

  /** Runs one user action; whatever it changes becomes one undo step. */
  record(action: () => void): void {
    this.recording = new Set();
    try {
      action();
    } finally {
      const touched = [...this.recording];
      this.recording = null;
      if (touched.length) {
        this.undoStack.push(touched);
        this.redoStack = [];
        this.onChange();
      }
    }
  }

  undo(): void {
    const entry = this.undoStack.pop();
    if (!entry) return;
    // Undo in reverse order of doing (shared was written after private when sharing).
    for (const s of [...entry].reverse()) this.managers[s].undo();
    this.redoStack.push(entry);
    this.onChange();
  }

  redo(): void {
    const entry = this.redoStack.pop();
    if (!entry) return;
    for (const s of entry) this.managers[s].redo();
    this.undoStack.push(entry);
    this.onChange();
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  destroy(): void {
    this.managers.private.destroy();
    this.managers.shared.destroy();
  }
}
