import Taro from '@tarojs/taro'
import { stopActing } from '../acting-for/acting-for-store'
import { routes } from '../../routes'
import { sessionStore } from './session-store'

const loginPage = routes.login

/** The server no longer accepts the token: forget it and ask the person to log in again. */
export function endSession(reason: 'unauthenticated' | 'session_expired' | 'logout'): void {
  sessionStore.set(null)
  stopActing()
  if (reason === 'logout') {
    Taro.reLaunch({ url: loginPage }).catch(() => undefined)
    return
  }
  Taro.reLaunch({ url: `${loginPage}?reason=${reason}` }).catch(() => undefined)
}
