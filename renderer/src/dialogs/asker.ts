// The questions app logic may ask the user, as promises. The session slice implements it by
// showing a dialog; tests implement it with scripted answers.
import type { Choice } from './ChoiceDialog'

export interface ChoiceQuestion<T extends string> {
  readonly title: string
  readonly message: string
  /** A path shown on its own line, in monospace. */
  readonly path?: string
  readonly choices: readonly Choice<T>[]
  readonly testId?: string
}

export interface PathQuestion {
  readonly title: string
  readonly label: string
  readonly initialValue: string
  readonly confirmLabel: string
  readonly hint?: string
  /** An error to show at once (the host refused the last path). */
  readonly initialError?: string | null
}

export interface Asker {
  /** Resolves to the chosen value, or null when dismissed (Esc). */
  choose<T extends string>(question: ChoiceQuestion<T>): Promise<T | null>
  /** Resolves to the entered path, or null when cancelled. */
  askPath(question: PathQuestion): Promise<string | null>
}
