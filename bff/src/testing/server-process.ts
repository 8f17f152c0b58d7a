import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const bffDir = fileURLToPath(new URL('../..', import.meta.url))

export interface ServerExit {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** A server that printed its start banner, or one that exited before it could. */
export type ServerRun =
  | { readonly listening: true; readonly url: string; stop(): Promise<ServerExit> }
  | { readonly listening: false; readonly exit: ServerExit }

/**
 * Runs the server the way `npm run serve` does (tsx on `src/server.ts`) with only the given
 * environment (and PATH), until it prints its banner or exits. `stop()` sends SIGTERM and
 * returns everything it wrote.
 */
export function runServerProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: bffDir, env: { PATH: process.env.PATH ?? '', ...env } })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
  })
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const exited = new Promise<ServerExit>((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })))
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM')
    return exited
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop().then((exit) => reject(new Error(`server neither listened nor exited in ${timeoutMs} ms: ${JSON.stringify(exit)}`)))
    }, timeoutMs)
    child.stdout.on('data', () => {
      const url = /running at (http:\/\/\S+?)\/?\n/.exec(stdout)?.[1]
      if (!url) return
      clearTimeout(timer)
      resolve({ listening: true, url, stop })
    })
    void exited.then((exit) => {
      clearTimeout(timer)
      resolve({ listening: false, exit })
    })
  })
}
