import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'

export interface SubscribeSettings {
  readonly sender: 'wechat' | 'development'
  readonly templateIds: string[]
}

/**
 * The templates the worker's phone asks to subscribe to, and whether anything is really sent:
 * the client says so on screen when the development sender only records.
 */
export async function getSubscribeSettings(deps: Deps, actor: Actor): Promise<SubscribeSettings> {
  // Nothing personal is read, but an act done for someone is theirs to see.
  if (actor.viaGrantId !== null) {
    await recordAudit(deps, deps.clock.now(), actor, { action: 'wages.getSubscribeSettings', kind: 'read', objectType: 'subscribe_settings' })
  }
  const { sender, templates } = deps.subscribe
  return {
    sender: isDevelopmentSender(sender) ? 'development' : 'wechat',
    templateIds: [templates.case].filter((id): id is string => id !== null),
  }
}

/** The development sender keeps what it would have sent; the WeChat client does not. */
function isDevelopmentSender(sender: Deps['subscribe']['sender']): boolean {
  return 'sent' in sender
}
