// Where the Electron app finds its parts: the built renderer and preload beside main.cjs in
// dist/, the example folder in resources when packaged (electron-builder extraResources) or in
// the repository when run unpackaged.

import { join } from 'node:path'

export interface AppLocations {
  readonly rendererDir: string
  readonly preloadPath: string
  readonly exampleFolder: string
}

export function appLocations(input: { readonly appPath: string; readonly resourcesPath: string; readonly packaged: boolean }): AppLocations {
  return {
    rendererDir: join(input.appPath, 'dist', 'renderer'),
    preloadPath: join(input.appPath, 'dist', 'electron', 'preload.cjs'),
    exampleFolder: input.packaged
      ? join(input.resourcesPath, 'examples', 'backend-architect')
      : join(input.appPath, 'examples', 'backend-architect'),
  }
}
