import { promises as fs } from 'node:fs';
import { startServer } from '../server/server';
import { UserError } from './errors';
import { describeFsError } from './files';

export interface ServeOptions {
  port?: string;
}

/** The port the viewer listens on unless told otherwise. */
export const DEFAULT_PORT = 5178;

/** `newsgraph serve`: the viewer on 127.0.0.1, until interrupted. */
export async function runServe(inputs: string[], options: ServeOptions): Promise<void> {
  if (inputs.length > 1) throw new UserError('serve takes at most one graph file');
  const [graphFile] = inputs;
  if (graphFile) {
    if (!/\.(?:gexf|json)$/i.test(graphFile)) throw new UserError(`${graphFile}: the viewer opens .gexf and .json graphs`);
    try {
      await fs.access(graphFile);
    } catch (error) {
      throw new UserError(`${graphFile}: ${describeFsError(error)}`);
    }
  }
  const port = options.port === undefined ? DEFAULT_PORT : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be a number from 0 to 65535, not "${options.port}"`);
  let server;
  try {
    server = await startServer({ graphFile, port, host: '127.0.0.1' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'EADDRINUSE') throw new UserError(`port ${port} is already in use (try --port 0 for a free one)`);
    throw error;
  }
  process.stdout.write(`newsgraph viewer: ${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      void server.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
