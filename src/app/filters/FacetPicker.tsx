import { useId, useState, type KeyboardEvent } from 'react';

export interface FacetOption {
  value: string;
  label: string;
  /** Events there would be with this value selected (and every other filter as it is). */
  count: number;
}

interface FacetPickerProps {
  title: string;
  /** Worked out when the picker opens. */
  options: () => readonly FacetOption[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  /** Show a box to narrow a long list by name. */
  searchable?: boolean;
}

/** A multi-select as a native disclosure with checkboxes: keyboard and screen-reader friendly as is. */
export function FacetPicker({ title, options, selected, onChange, searchable }: FacetPickerProps) {
  // The options are rendered only while the picker is open: a story has hundreds of actors, and
  // every view (every prerendered page) would otherwise carry them all.
  const [open, setOpen] = useState(false);
  const [needle, setNeedle] = useState('');
  const id = useId();
  const all = open ? options() : [];
  const shown = needle ? all.filter((o) => o.label.toLowerCase().includes(needle.trim().toLowerCase())) : all;
  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);

  // Escape closes an open picker and returns focus to its button, as a menu would.
  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !event.currentTarget.open) return;
    event.stopPropagation();
    event.currentTarget.open = false;
    event.currentTarget.querySelector('summary')?.focus();
  };

  return (
    <details className="facet" onKeyDown={onKeyDown} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {title}
        {selected.length > 0 && <span className="facet-count"> ({selected.length})</span>}
      </summary>
      {open && (
        <div className="facet-body">
          {searchable && (
            <>
              <label htmlFor={`${id}-find`} className="visually-hidden">
                Find {title.toLowerCase()}
              </label>
              <input
                id={`${id}-find`}
                type="search"
                placeholder={`Find ${title.toLowerCase()}…`}
                value={needle}
                onChange={(event) => setNeedle(event.target.value)}
              />
            </>
          )}
          <ul className="facet-options">
            {shown.map((option) => (
              <li key={option.value}>
                <label>
                  <input
                    type="checkbox"
                    checked={selected.includes(option.value)}
                    onChange={() => toggle(option.value)}
                  />{' '}
                  {option.label} <span className="count">{option.count}</span>
                </label>
              </li>
            ))}
            {shown.length === 0 && <li className="muted">Nothing matches “{needle}”.</li>}
          </ul>
        </div>
      )}
    </details>
  );
}
