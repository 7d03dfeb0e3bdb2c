import { describe, expect, it } from 'vitest'
import { createAppStore } from '../state/store'

describe('the library step progress', () => {
  it('takes the host\'s file counts only while a step that counts files runs', () => {
    const store = createAppStore()
    store.getState().countStepFiles(5, 10) // no step: nothing to count
    expect(store.getState().libraryProgress).toBeNull()
    store.getState().setLibraryProgress({ label: 'Applying the proposals to 3 groups', done: 0, total: 0, countsFiles: true })
    store.getState().countStepFiles(5, 10)
    expect(store.getState().libraryProgress).toEqual({ label: 'Applying the proposals to 3 groups', done: 5, total: 10, countsFiles: true })
    // A late count after the step (now reading the folder again) does not turn it into a count.
    store.getState().setLibraryProgress({ label: 'Reading the folder again', done: 0, total: 0 })
    store.getState().countStepFiles(10, 10)
    expect(store.getState().libraryProgress).toEqual({ label: 'Reading the folder again', done: 0, total: 0 })
  })
})
