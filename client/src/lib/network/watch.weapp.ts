import Taro from '@tarojs/taro'

/** WeChat: the network type now, then every change WeChat reports. */
export function watchNetwork(report: (online: boolean) => void): void {
  Taro.getNetworkType()
    .then((result) => report(result.networkType !== 'none'))
    .catch(() => undefined)
  Taro.onNetworkStatusChange((result) => report(result.isConnected))
}
