// An object schema (valibot) with exactly the given properties, for the recipe and the host calls.
// valibot's objects take arrays too (`[].keys` is a function, so a `keys` property is "there"):
// a plain-object check runs first.

import * as v from 'valibot'

export interface RecordMessages {
  /** The value is not an object. */
  readonly notObject: string
  /** `key` is the property's name in double quotes. */
  readonly missing: (key: string) => string
  readonly unknown: (key: string) => string
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A property the object does not allow (the issue's path ends with its name). */
export const isUnknownProperty = (issue: v.BaseIssue<unknown>): boolean => issue.type === 'strict_object' && issue.expected === 'never'

/** A required property that is not there (the issue's path ends with its name). */
export const isMissingProperty = (issue: v.BaseIssue<unknown>): boolean =>
  issue.type === 'strict_object' && issue.expected !== 'never' && issue.received === 'undefined'

/** Refuses anything but a plain object with `notObject`, then runs `schema`. */
export const plainObject = <const S extends v.GenericSchema<Record<string, unknown>>>(schema: S, notObject: string) =>
  v.pipe(v.custom<Record<string, unknown>>(isPlainObject, notObject), schema)

/** The message of a strict object schema, by what went wrong. */
export const recordMessage =
  (messages: RecordMessages) =>
  (issue: v.BaseIssue<unknown>): string => {
    if (isUnknownProperty(issue)) return messages.unknown(issue.received)
    if (isMissingProperty(issue)) return messages.missing(issue.expected ?? '')
    return messages.notObject
  }

export const strictRecord = <const E extends v.ObjectEntries>(entries: E, messages: RecordMessages) =>
  plainObject(v.strictObject(entries, recordMessage(messages)), messages.notObject)
