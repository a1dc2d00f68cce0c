import { LEVEL_INFO, type OwnershipLevel } from '../../../common/vocabulary';

/** An ownership level as colour, shape and word together, never colour alone. */
export function LevelBadge({ level, compact = false }: { level: OwnershipLevel | null; compact?: boolean }) {
  if (!level) {
    return (
      <span className="level-badge level-unset" title="No ownership level yet">
        <span aria-hidden="true">○</span> {compact ? null : 'Not rated'}
        {compact && <span className="visually-hidden">Not rated</span>}
      </span>
    );
  }
  const info = LEVEL_INFO[level];
  return (
    <span className={`level-badge level-${level}`} title={`${info.label}: ${info.explanation}`}>
      <span aria-hidden="true" className="level-glyph">
        {info.glyph}
      </span>{' '}
      {compact ? <span className="visually-hidden">{info.label}</span> : info.label}
    </span>
  );
}
