import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { LEVEL_INFO, OWNERSHIP_LEVELS, type OwnershipLevel } from '../../../common/vocabulary';

/**
 * The five ownership levels as a radio group: arrows or 1–5 choose (Alt+1…5 from the
 * editor). Each level shows its shape, colour and name; the line below explains the level
 * under the pointer or focus, else the chosen one.
 */
export function LevelPicker({ value, onChange }: { value: OwnershipLevel | null; onChange: (level: OwnershipLevel) => void }) {
  const labelId = useId();
  const refs = useRef<(HTMLDivElement | null)[]>([]);
  const [hovered, setHovered] = useState<OwnershipLevel | null>(null);
  const shown = hovered ?? value;
  const explained = shown ? LEVEL_INFO[shown] : null;

  const select = (index: number) => {
    const level = OWNERSHIP_LEVELS[(index + OWNERSHIP_LEVELS.length) % OWNERSHIP_LEVELS.length]!;
    onChange(level);
    refs.current[OWNERSHIP_LEVELS.indexOf(level)]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const current = value ? OWNERSHIP_LEVELS.indexOf(value) : -1;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') {
      e.preventDefault();
      select(current + 1);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') {
      e.preventDefault();
      select(current < 0 ? OWNERSHIP_LEVELS.length - 1 : current - 1);
    } else if (e.key === 'Home') {
      e.preventDefault();
      select(0);
    } else if (e.key === 'End') {
      e.preventDefault();
      select(OWNERSHIP_LEVELS.length - 1);
    } else if (/^[1-5]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      select(Number(e.key) - 1);
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
    }
  };

  return (
    <div className="level-picker">
      <div className="level-picker-row">
        <span id={labelId} className="field-label">
          Ownership
        </span>
        <div role="radiogroup" aria-labelledby={labelId} className="level-options" onKeyDown={onKeyDown} onMouseLeave={() => setHovered(null)}>
          {OWNERSHIP_LEVELS.map((level, i) => {
            const info = LEVEL_INFO[level];
            const checked = level === value;
            return (
              <div
                key={level}
                ref={(el) => {
                  refs.current[i] = el;
                }}
                role="radio"
                aria-checked={checked}
                aria-label={info.label}
                aria-describedby={`${labelId}-${level}`}
                tabIndex={checked || (value === null && i === 0) ? 0 : -1}
                title={`${info.label} (Alt+${i + 1}): ${info.explanation}`}
                className={`level-option level-${level} ${checked ? 'is-checked' : ''}`}
                onClick={() => select(i)}
                onMouseEnter={() => setHovered(level)}
                onFocus={() => setHovered(level)}
                onBlur={() => setHovered(null)}
              >
                <span className="level-glyph" aria-hidden="true">
                  {info.glyph}
                </span>
                <span className="level-name">{info.label}</span>
                <span id={`${labelId}-${level}`} hidden>
                  {info.explanation}
                </span>
              </div>
            );
          })}
        </div>
      </div>
      {explained ? (
        <p className={`level-explanation level-${explained.id}`} aria-hidden="true">
          <span className="level-glyph">{explained.glyph}</span> <strong>{explained.label}:</strong> {explained.explanation}
        </p>
      ) : (
        <p className="level-explanation level-unset" data-testid="level-not-set">
          <span className="level-glyph" aria-hidden="true">○</span> <strong>Not set:</strong> this entry has no ownership
          level yet. Pick the one it shows; until then it stays in Triage.
        </p>
      )}
    </div>
  );
}
