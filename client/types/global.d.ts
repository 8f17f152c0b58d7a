/// <reference types="@tarojs/taro" />

declare module '*.css'

/** Base URL of the API for the mini-program build (h5 uses its own origin). */
declare const API_BASE_URL: string
