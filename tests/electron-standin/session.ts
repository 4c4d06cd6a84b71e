import type {
  CallbackResponse,
  CustomScheme,
  OnBeforeRequestListenerDetails,
  Protocol,
  Session,
  WebRequest,
  WebRequestFilter,
} from 'electron'
import { lifecycle, requireReady } from './lifecycle'
import { addCustomScheme } from './url-bridge'

type ProtocolHandler = (request: Request) => Response | Promise<Response>
type BeforeRequestListener = (
  details: OnBeforeRequestListenerDetails,
  callback: (response: CallbackResponse) => void,
) => void
type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0]
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0]
type DevicePermissionHandler = Parameters<Session['setDevicePermissionHandler']>[0]

/** Schemes registered as privileged, with their privileges (docs/api/protocol.md). */
export const privilegedSchemes = new Map<string, CustomScheme['privileges']>()

/**
 * A session's protocol handlers (docs/api/protocol.md, `protocol.handle`). The module-level
 * `protocol` is the default session's.
 */
export class StandinProtocol implements Pick<
  Protocol,
  'handle' | 'unhandle' | 'isProtocolHandled'
> {
  readonly handlers = new Map<string, ProtocolHandler>()

  handle(scheme: string, handler: ProtocolHandler): void {
    requireReady('protocol.handle')
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`)
    addCustomScheme(scheme)
    this.handlers.set(scheme, handler)
  }

  unhandle(scheme: string): void {
    this.handlers.delete(scheme)
  }

  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme)
  }

  /** Only before 'ready', and only on the module (docs: registerSchemesAsPrivileged). */
  registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void {
    if (lifecycle.ready) {
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
    }
    for (const { scheme, privileges } of customSchemes) {
      privilegedSchemes.set(scheme, privileges)
      addCustomScheme(scheme)
    }
  }
}

/** docs/api/web-request.md: one listener per event; a new one replaces the old, null removes. */
export class StandinWebRequest implements Pick<WebRequest, 'onBeforeRequest'> {
  listener: BeforeRequestListener | null = null

  onBeforeRequest(
    filterOrListener: WebRequestFilter | BeforeRequestListener | null,
    maybeListener?: BeforeRequestListener | null,
  ): void {
    if (typeof filterOrListener === 'function' || filterOrListener === null) {
      this.listener = filterOrListener
      return
    }
    const { urls } = filterOrListener
    const listener = maybeListener ?? null
    this.listener =
      listener === null
        ? null
        : (details, callback) =>
            urls.some((pattern) => matchesUrlPattern(pattern, details.url))
              ? listener(details, callback)
              : callback({})
  }

  /** Whether a request goes ahead; the listener must call back (Electron waits for it). */
  decide(details: OnBeforeRequestListenerDetails): Promise<CallbackResponse> {
    const listener = this.listener
    if (listener === null) return Promise.resolve({})
    return new Promise((resolve) => listener(details, resolve))
  }
}

function matchesUrlPattern(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return true
  const regex = new RegExp(
    `^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
  )
  return regex.test(url)
}

type SessionFields =
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'

/**
 * docs/api/session.md. Permission prompts themselves are decided by headless Chromium (it grants
 * nothing the stand-in does not ask for); the handlers are kept so a test can ask what main
 * would answer.
 */
export class StandinSession implements Pick<Session, SessionFields> {
  readonly protocolHandlers = new StandinProtocol()
  readonly webRequestHandlers = new StandinWebRequest()
  permissionRequestHandler: PermissionRequestHandler = null
  permissionCheckHandler: PermissionCheckHandler = null
  devicePermissionHandler: DevicePermissionHandler = null

  constructor(readonly partition: string) {}

  get protocol(): Protocol {
    return this.protocolHandlers as unknown as Protocol
  }
  get webRequest(): WebRequest {
    return this.webRequestHandlers as unknown as WebRequest
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler
  }
  setDevicePermissionHandler(handler: DevicePermissionHandler): void {
    this.devicePermissionHandler = handler
  }
}

const partitions = new Map<string, StandinSession>()

/** docs/api/session.md `session.fromPartition`: one session per partition string. */
export function sessionFor(partition: string): StandinSession {
  let found = partitions.get(partition)
  if (!found) {
    found = new StandinSession(partition)
    partitions.set(partition, found)
  }
  return found
}

export const defaultSession = sessionFor('')

export const sessionModule = {
  get defaultSession(): Session {
    requireReady('session.defaultSession')
    return defaultSession as unknown as Session
  },
  fromPartition(partition: string): Session {
    requireReady('session.fromPartition')
    return sessionFor(partition) as unknown as Session
  },
}

/** The module `protocol`: the default session's handlers plus the privileged registration. */
export const protocolModule = defaultSession.protocolHandlers
