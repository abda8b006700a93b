import { useRef, type KeyboardEvent } from 'react';

export type TabDef<K extends string> = { key: K; label: string };

/** WAI-ARIA tabs: arrow keys move between tabs; the panel is rendered by the caller with `tabPanelProps`. */
export function Tabs<K extends string>({
  tabs,
  current,
  label,
  onSelect,
}: {
  tabs: readonly TabDef<K>[];
  current: K;
  label: string;
  onSelect(k: K): void;
}) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const onKey = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.key === current);
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!delta || i < 0) return;
    e.preventDefault();
    const next = tabs[(i + delta + tabs.length) % tabs.length]!;
    onSelect(next.key);
    refs.current.get(next.key)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={label} onKeyDown={onKey}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          ref={(el) => {
            if (el) refs.current.set(tab.key, el);
            else refs.current.delete(tab.key);
          }}
          type="button"
          role="tab"
          id={`tab-${tab.key}`}
          aria-selected={tab.key === current}
          aria-controls={`tabpanel-${tab.key}`}
          tabIndex={tab.key === current ? 0 : -1}
          className={tab.key === current ? 'tabs__tab tabs__tab--current' : 'tabs__tab'}
          onClick={() => onSelect(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

export const tabPanelProps = (key: string) => ({ role: 'tabpanel', id: `tabpanel-${key}`, 'aria-labelledby': `tab-${key}` }) as const;
