// The wink-eng-lite-web-model files src/text/wink-model.ts assembles; the package types only its entry.
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const value: (...args: never[]) => unknown;
  export default value;
}
