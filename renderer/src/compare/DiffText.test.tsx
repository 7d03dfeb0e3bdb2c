import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { diffWords } from '../../../shared/engine/diff/word-diff'
import { DiffText } from './DiffText'

const diff = diffWords('Review the changed code & <tests>.', 'Review the whole code & <tests>.')
const markup = (showRemoved: boolean): string => renderToStaticMarkup(<pre><DiffText diff={diff} showRemoved={showRemoved} /></pre>)

describe('DiffText', () => {
  it('renders shared words as bare text, marking only removals and additions', () => {
    expect(markup(true)).toBe('<pre>Review the <del class="diff-remove">changed</del><ins class="diff-add">whole</ins> code &amp; &lt;tests&gt;.</pre>')
  })

  it('shows a removal as a gap mark when removed words are hidden', () => {
    expect(markup(false)).toBe(
      '<pre>Review the <del class="diff-gap" title="Reference has: changed" aria-label="missing: changed"></del><ins class="diff-add">whole</ins> code &amp; &lt;tests&gt;.</pre>',
    )
  })
})
