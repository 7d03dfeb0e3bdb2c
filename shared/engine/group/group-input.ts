// Building grouper inputs from parsed documents: a cheap projection of plain data.

import type { AgentDocument } from '../model'
import type { GroupInput } from './group-model'

export function groupInputFromDocument(doc: AgentDocument): GroupInput {
  return {
    path: doc.path,
    identity: doc.identity,
    name: doc.name,
    description: doc.description,
    body: doc.text.slice(doc.bodyStart),
  }
}
