// The About box's text: what the app is, its version and the versions under it (what a bug
// report needs). Plain data, shown by main with a native message box.

export interface AboutInput {
  readonly appName: string
  readonly version: string
  readonly versions: { readonly electron?: string; readonly chrome?: string; readonly node?: string }
  readonly platform: string
  readonly arch: string
}

export interface AboutText {
  readonly title: string
  readonly message: string
  readonly detail: string
}

export function aboutText(input: AboutInput): AboutText {
  const runtime = [
    input.versions.electron ? `Electron ${input.versions.electron}` : null,
    input.versions.chrome ? `Chromium ${input.versions.chrome}` : null,
    input.versions.node ? `Node ${input.versions.node}` : null,
  ].filter((part) => part !== null)
  return {
    title: `About ${input.appName}`,
    message: `${input.appName} ${input.version}`,
    detail: [
      'Find the variants of an AI agent definition, compare them section by section and merge them into one.',
      '',
      `${runtime.join(', ')}${runtime.length > 0 ? ' · ' : ''}${input.platform} ${input.arch}`,
    ].join('\n'),
  }
}
