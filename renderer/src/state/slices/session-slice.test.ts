import { describe, expect, it } from 'vitest'
import { useAppStore } from '../store'

describe('session slice dialogs', () => {
  it('resolves a question with the answer and closes the dialog', async () => {
    const answer = useAppStore.getState().asker.choose({ title: 'Q', message: 'm', choices: [{ value: 'a', label: 'A' }] })
    const dialog = useAppStore.getState().dialog
    expect(dialog?.kind).toBe('choice')
    useAppStore.getState().answerDialog(dialog!.id, 'a')
    await expect(answer).resolves.toBe('a')
    expect(useAppStore.getState().dialog).toBeNull()
  })

  it('dismisses an older question when a newer one is asked', async () => {
    const first = useAppStore.getState().asker.askPath({ title: 'P', label: 'L', initialValue: '/x', confirmLabel: 'OK' })
    const second = useAppStore.getState().asker.choose({ title: 'Q2', message: 'm', choices: [{ value: 'b', label: 'B' }] })
    await expect(first).resolves.toBeNull()
    const dialog = useAppStore.getState().dialog!
    expect(dialog.kind === 'choice' && dialog.question.title).toBe('Q2')
    useAppStore.getState().answerDialog(dialog.id, null)
    await expect(second).resolves.toBeNull()
  })
})
