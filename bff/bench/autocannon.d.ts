// The part of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  export interface Request {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
  }
  /** Changes one request before it is sent; autocannon calls it for every request. */
  export type RequestSetup = (request: Request, context: Record<string, unknown>) => Request
  interface Options {
    url: string
    connections?: number
    duration?: number
    /** Stops after this many answers, shared out over the connections; `duration` is then ignored. */
    amount?: number
    headers?: Record<string, string>
    method?: string
    body?: string
    requests?: (Request & { setupRequest?: RequestSetup })[]
  }
  interface Histogram {
    average: number
    p50: number
    p99: number
  }
  interface Result {
    requests: Histogram
    latency: Histogram
    non2xx: number
    errors: number
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
