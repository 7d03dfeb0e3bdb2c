// contextBridge's crossing between the page's main world and the preload's isolated world, both
// in the page: synchronous DOM events on `document` under a per-page random name (the two worlds
// share the DOM, not their objects). An event's `detail` is structured-cloned by Chromium when the
// other world reads it, so data is copied as contextBridge copies it; functions and promises are
// replaced by references and proxied, as contextBridge proxies them.

type Message =
  | { readonly t: 'expose'; readonly key: string; readonly value: unknown }
  | { readonly t: 'call'; readonly fn: number; readonly args: unknown; readonly ret: number }
  | { readonly t: 'return'; readonly ret: number; readonly ok: boolean; readonly value: unknown }
  | { readonly t: 'settle'; readonly promise: number; readonly ok: boolean; readonly value: unknown }

export interface WorldLink {
  /** Isolated world: copy `value` onto the main world's window as `key`. */
  expose(key: string, value: unknown): void
}

export function createWorldLink(side: 'main' | 'isolated', nonce: string, mainWindow?: Window): WorldLink {
  // Captured before page scripts run, so the page cannot intercept the link by patching them.
  const doc = document
  const addListener = EventTarget.prototype.addEventListener.bind(doc)
  const dispatch = EventTarget.prototype.dispatchEvent.bind(doc)
  const CustomEventCtor = CustomEvent
  const defineProperty = Object.defineProperty
  const inbox = `${nonce}:to-${side}`
  const outbox = `${nonce}:to-${side === 'main' ? 'isolated' : 'main'}`
  const FN = `__fn_${nonce}`
  const PROMISE = `__promise_${nonce}`

  const functions = new Map<number, (...args: unknown[]) => unknown>()
  const promises = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>()
  const returns = new Map<number, { ok: boolean; value: unknown }>()
  let nextId = 1

  const send = (message: Message): void => {
    dispatch(new CustomEventCtor(outbox, { detail: message }))
  }

  const encode = (value: unknown): unknown => {
    if (typeof value === 'function') {
      const id = nextId++
      functions.set(id, value as (...args: unknown[]) => unknown)
      return { [FN]: id }
    }
    if (value instanceof Promise) {
      const id = nextId++
      value.then(
        (v: unknown) => send({ t: 'settle', promise: id, ok: true, value: encode(v) }),
        (e: unknown) => send({ t: 'settle', promise: id, ok: false, value: encode(e) }),
      )
      return { [PROMISE]: id }
    }
    if (Array.isArray(value)) return value.map(encode)
    if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]))
    }
    return value // cloned by Chromium as the event detail crosses worlds
  }

  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode)
    if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value
    const record = value as Record<string, unknown>
    if (typeof record[FN] === 'number') return remoteFunction(record[FN])
    if (typeof record[PROMISE] === 'number') {
      const id = record[PROMISE]
      return new Promise((resolve, reject) => promises.set(id, { resolve, reject }))
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decode(v)]))
  }

  const remoteFunction = (fn: number) =>
    function bridged(...args: unknown[]): unknown {
      const ret = nextId++
      send({ t: 'call', fn, args: encode(args), ret })
      const answer = returns.get(ret)
      returns.delete(ret)
      if (!answer) throw new Error('contextBridge: the other world did not answer')
      if (!answer.ok) throw decode(answer.value)
      return decode(answer.value)
    }

  addListener(inbox, (event: Event) => {
    const message = (event as CustomEvent<Message>).detail
    if (!message) return
    switch (message.t) {
      case 'expose': {
        const target = mainWindow ?? window
        if (message.key in target) throw new Error('Cannot bind an API on top of an existing property on the window object')
        defineProperty(target, message.key, { value: decode(message.value), enumerable: true, writable: false, configurable: false })
        break
      }
      case 'call': {
        const fn = functions.get(message.fn)
        let answer: Message
        try {
          if (!fn) throw new Error('contextBridge: the function is gone')
          answer = { t: 'return', ret: message.ret, ok: true, value: encode(fn(...(decode(message.args) as unknown[]))) }
        } catch (error) {
          answer = { t: 'return', ret: message.ret, ok: false, value: encode(error) }
        }
        send(answer)
        break
      }
      case 'return':
        returns.set(message.ret, { ok: message.ok, value: message.value })
        break
      case 'settle': {
        const pending = promises.get(message.promise)
        promises.delete(message.promise)
        if (message.ok) pending?.resolve(decode(message.value))
        else pending?.reject(decode(message.value))
        break
      }
    }
  })

  return {
    expose(key, value) {
      send({ t: 'expose', key, value: encode(value) })
    },
  }
}
