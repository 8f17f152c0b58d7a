/// <reference types="@tarojs/taro" />

declare module '*.css'

/** Base URL of the API for the mini-program build (h5 uses its own origin). */
declare const API_BASE_URL: string

/** `RELEASE=1` at build time: the build meant for upload to WeChat (client/config/build-settings.ts). */
declare const RELEASE_BUILD: boolean

/** The stamp of the shapes this client keeps from the API and reads back (client/config/stored-format.ts). */
declare const STORED_FORMAT: string
