// A stable id for a set of source paths (order-insensitive): names the draft of that merge.
export function groupIdOf(paths: readonly string[]): string {
  const key = [...paths].sort().join('\n')
  // FNV-1a, two 32-bit lanes: short, stable, no crypto needed for a file name.
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0
    h2 = Math.imul(h2 ^ c, 0x811c9dc5) >>> 0
  }
  return `g-${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`
}
