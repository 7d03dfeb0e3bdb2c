// Runs first in every frame's main world (before the preload and the page's scripts): the main
// world's end of contextBridge.
import { createWorldLink } from './world-link'

declare const __DOUBLE_CONFIG__: { readonly nonce: string }

createWorldLink('main', __DOUBLE_CONFIG__.nonce)
