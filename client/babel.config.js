// The mini-program is compiled for the browserslist in package.json (older WeChat runtimes).
// The h5 client runs in phone browsers and WeChat's built-in one, all Chromium 67+ or Safari 12+:
// compiled for them, classes, spread and for…of stay native instead of Babel's helpers, which
// made up most of the first screen's script time (decision 038).
const h5Targets = { chrome: '67', safari: '12', ios: '12', firefox: '68', samsung: '9' }

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', targets: process.env.TARO_ENV === 'h5' ? h5Targets : undefined }]],
}
