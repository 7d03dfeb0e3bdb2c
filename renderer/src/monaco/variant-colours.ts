// Gutter classes per origin. The colours come from the app's CSS custom properties
// `--v<i>` (theme.css) (one distinct colour per variant, used in column headers and cells too);
// monaco.css gives each class a fallback so the gutter still reads without them.
export const VARIANT_COLOUR_COUNT = 20

export function originClassName(source: number | 'custom'): string {
  if (source === 'custom') return 'am-origin am-origin-custom'
  return `am-origin am-origin-v${source % VARIANT_COLOUR_COUNT}`
}
