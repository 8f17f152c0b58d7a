interface KeyEvent {
  readonly key: string
  preventDefault(): void
}

/**
 * Props that make a Taro `View` or `Button` act as a native control in the browser, where both
 * render a plain `div`: a role, a tab stop and Enter/Space. Spread them onto the element.
 */
export function pressable(onPress: () => void, role: 'button' | 'link' = 'button') {
  return {
    role,
    tabIndex: 0,
    onKeyDown(event: KeyEvent) {
      if (event.key === 'Enter' || (role === 'button' && event.key === ' ')) {
        event.preventDefault()
        onPress()
      }
    },
  }
}

/** Props for an element that takes focus from script only, such as an error summary. */
export function focusTarget() {
  return { tabIndex: -1 }
}

export type AriaRole = 'main' | 'navigation' | 'region' | 'search' | 'status' | 'alert' | 'list' | 'listitem' | 'group' | 'img' | 'heading' | 'checkbox' | 'switch' | 'radio' | 'radiogroup'

/** A role for a `View`, which renders a role-less `div` in the browser. */
export function roleProps(role: AriaRole) {
  return { role }
}

/** Marks text in another language than the page's, so it is read with the right voice. */
export function langProps(lang: string) {
  return { lang }
}
