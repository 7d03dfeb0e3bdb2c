import { describe, expect, it } from 'vitest'
import { useAppStore } from './store'
import { setServices } from './services'
import { createFakeHost } from './testing/fake-host'
import { exampleFiles } from './testing/example-files'
import { createInThreadEngine } from '../engine-worker/in-thread-engine'
import { selectGridItems, selectOrderedRows, selectUndecidedCount, selectVisibleColumns } from './selectors'

describe('selectors', () => {
  it('keep their results while unrelated state changes, and follow the recipe', async () => {
    const files = exampleFiles('/sel')
    setServices({ host: createFakeHost('/sel', files), engine: createInThreadEngine() })
    await useAppStore.getState().loadInitial()
    await useAppStore.getState().openGroup(Object.keys(files))
    const s1 = useAppStore.getState()
    const rows = selectOrderedRows(s1)
    const items = selectGridItems(s1)
    const columns = selectVisibleColumns(s1)
    useAppStore.getState().setFilter('something')
    useAppStore.getState().showToast({ kind: 'info', message: 'hello' })
    const s2 = useAppStore.getState()
    expect(selectOrderedRows(s2)).toBe(rows)
    expect(selectGridItems(s2)).toBe(items)
    expect(selectVisibleColumns(s2)).toBe(columns)

    const undecided = selectUndecidedCount(s2)
    const target = s2.recipe!.rows.find((r) => r.pick.kind === 'undecided')
    expect(target, 'the example has undecided rows').toBeDefined()
    s2.pick({ kind: 'section', row: target!.row }, { kind: 'omit' })
    const s3 = useAppStore.getState()
    expect(selectUndecidedCount(s3)).toBe(undecided - 1)
    // Re-picking keeps every row item object: memoised rows do not re-render.
    const rowsAfter = selectOrderedRows(s3)
    expect(rowsAfter).not.toBe(rows)
    expect(rowsAfter.every((item, i) => item === rows[i])).toBe(true)
  })
})
