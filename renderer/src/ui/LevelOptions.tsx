import { LEVEL_INFO, OWNERSHIP_LEVELS } from '../../../common/vocabulary';

/** The five ownership levels as `<option>`s, each with its symbol, for any level `<select>`. */
export function LevelOptions({ suffix = '' }: { suffix?: string }) {
  return (
    <>
      {OWNERSHIP_LEVELS.map((l) => (
        <option key={l} value={l}>
          {LEVEL_INFO[l].glyph} {LEVEL_INFO[l].label}
          {suffix}
        </option>
      ))}
    </>
  );
}
