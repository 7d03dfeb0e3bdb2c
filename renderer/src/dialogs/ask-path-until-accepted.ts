// Browser mode has no native dialogs: ask for a path, try it, and on refusal ask again with the
// host's message under the field, until it is accepted or the user cancels.
import type { Asker, PathQuestion } from './asker'

/** `attempt` resolves to null when the path was accepted, else the message to show. */
export async function askPathUntilAccepted(
  asker: Asker,
  question: PathQuestion,
  attempt: (path: string) => Promise<string | null>,
): Promise<string | null> {
  let initialValue = question.initialValue
  let initialError = question.initialError ?? null
  for (;;) {
    const path = await asker.askPath({ ...question, initialValue, initialError })
    if (path === null) return null
    const problem = await attempt(path)
    if (problem === null) return path
    initialValue = path
    initialError = problem
  }
}
