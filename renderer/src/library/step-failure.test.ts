import { describe, expect, it } from 'vitest'
import { stepFailureText } from './step-failure'

describe('stepFailureText', () => {
  it('says the reason once, with paths relative to the opened folder, and what happens next', () => {
    const path = '/lib/davepoon/subagents/code-reviewer.md'
    const text = stepFailureText('Merged code-reviewer as proposed into code-reviewer.md', { code: 'changed-on-disk', message: `${path} changed on disk since it was read; nothing was changed`, path }, '/lib')
    expect(text).toBe('Not done (Merged code-reviewer as proposed into code-reviewer.md): davepoon/subagents/code-reviewer.md changed on disk since it was read; nothing was changed. The folder was read again: check the group, then resolve it again.')
    expect(text.match(/nothing was changed/g)).toHaveLength(1)
    expect(text.match(/code-reviewer\.md changed/g)).toHaveLength(1)
  })

  it('names the file when the message does not, and adds no advice for other failures', () => {
    expect(stepFailureText('Kept a.md of a', { code: 'io-error', message: 'permission denied', path: '/lib/x/a.md' }, '/lib')).toBe('Not done (Kept a.md of a): x/a.md: permission denied; nothing was changed.')
  })
})
