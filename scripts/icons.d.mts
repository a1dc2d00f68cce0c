export const ICON_SVG: string;
export const TRAY_SVG: string;
/** The sizes of the Linux icon set. */
export const LINUX_SIZES: number[];
/** Tray variants: file stem → glyph colour (null: the full-colour app icon). */
export const TRAY_VARIANTS: Record<string, string | null>;
/** Renders the app icons into `outDir` unless up to date; the files written. */
export function buildAppIcons(outDir?: string): Promise<string[]>;
/** Renders the tray images (1x and @2x) into `outDir`; the files written. */
export function buildTrayIcons(outDir?: string): Promise<string[]>;
/** Both sets under `dist`. */
export function buildIcons(dist?: string): Promise<string[]>;
