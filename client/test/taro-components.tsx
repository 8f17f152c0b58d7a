import { createElement, type ReactNode } from 'react'

// Stand-ins for Taro's components with the same DOM as Taro's React components for h5
// (`useHtmlComponents`): div, span and input, with every other prop passed through.

type Props = Record<string, unknown> & { readonly children?: ReactNode }

function passThrough(tag: string) {
  return function TaroStandIn({ children, ...props }: Props) {
    return createElement(tag, props, children)
  }
}

export const View = passThrough('div')
export const Text = passThrough('span')
export const Button = passThrough('div')

export function Image({ src, imgProps, mode: _mode, ...props }: Props) {
  const img = typeof imgProps === 'object' && imgProps !== null ? imgProps : {}
  return createElement('div', props, createElement('img', { ...img, src }))
}

export function Input({ onInput, onConfirm, confirmType: _confirmType, maxlength, value, ...props }: Props) {
  return createElement('input', {
    ...props,
    value,
    maxLength: maxlength,
    onChange: (event: { target: { value: string } }) => {
      if (typeof onInput === 'function') onInput({ detail: { value: event.target.value } })
    },
    // Taro's h5 input confirms on Enter, as the keyboard's "search" or "done" key does on a phone.
    onKeyDown: (event: { key: string; currentTarget: { value: string } }) => {
      if (event.key === 'Enter' && typeof onConfirm === 'function') onConfirm({ detail: { value: event.currentTarget.value } })
    },
  })
}
