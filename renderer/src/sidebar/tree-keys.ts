// Arrow-key movement between the visible items of a role=tree (roving tabindex kept in the DOM).

export function focusTreeItem(item: HTMLElement | null | undefined): void {
  if (!item) return
  const tree = item.closest('[role="tree"]')
  tree?.querySelectorAll<HTMLElement>('[role="treeitem"]').forEach((el) => (el.tabIndex = el === item ? 0 : -1))
  item.focus()
}

/** Handles Up/Down/Home/End/Left/Right; returns true when it used the key. */
export function moveInTree(e: React.KeyboardEvent<HTMLElement>, onExpand: (id: string, expand: boolean) => void): boolean {
  const tree = e.currentTarget
  const items = [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')].filter((el) => el.offsetParent !== null)
  const current = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[role="treeitem"]') ?? null
  const at = current ? items.indexOf(current) : -1
  switch (e.key) {
    case 'ArrowDown':
      focusTreeItem(items[Math.min(items.length - 1, at + 1)])
      return true
    case 'ArrowUp':
      focusTreeItem(items[Math.max(0, at - 1)])
      return true
    case 'Home':
      focusTreeItem(items[0])
      return true
    case 'End':
      focusTreeItem(items[items.length - 1])
      return true
    case 'ArrowRight':
    case 'ArrowLeft': {
      if (!current) return false
      const expand = e.key === 'ArrowRight'
      const groupId = current.dataset.groupId
      if (groupId) {
        if (current.getAttribute('aria-expanded') === String(!expand)) onExpand(groupId, expand)
        else if (expand) focusTreeItem(items[at + 1])
        return true
      }
      if (!expand) focusTreeItem(current.parentElement?.closest<HTMLElement>('[role="treeitem"]'))
      return true
    }
    default:
      return false
  }
}
