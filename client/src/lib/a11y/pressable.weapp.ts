// WeChat's screen reader reads `aria-role`; tab stops and key events do not exist there.
export function pressable(_onPress: () => void, role: 'button' | 'link' = 'button') {
  return { 'aria-role': role }
}

export function focusTarget() {
  return {}
}

export type AriaRole = 'main' | 'navigation' | 'region' | 'search' | 'status' | 'alert' | 'list' | 'listitem' | 'group' | 'img' | 'heading' | 'checkbox' | 'switch' | 'radio' | 'radiogroup'

export function roleProps(role: AriaRole) {
  return { 'aria-role': role }
}

export function langProps(_lang: string) {
  return {}
}
