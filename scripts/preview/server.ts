/**
 * A static HTTP server on 127.0.0.1 for the preview's end-to-end test and the benchmark: each request is looked up in
 * the given folders in order (the add-in build, then the preview build), so preview-pane.html finds the add-in's
 * taskpane.js and office-js/ beside it, as webpack-dev-server serves them in `npm start`.
 *
 * With `base` the folders are served under that path only (/jixiao/, as an office's server hosts a build); with
 * `tls` over HTTPS with that key and certificate. Files and their MIME types, nothing else: what IIS or nginx does
 * with the build's folder.
 */
import { createReadStream, statSync } from "fs";
import { createServer, IncomingMessage, ServerResponse } from "http";
import { createServer as createHttpsServer } from "https";
import type { AddressInfo } from "net";
import { extname, join, normalize, sep } from "path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** http://127.0.0.1:<port> (https:// with `tls`) */
  origin: string;
  port: number;
  /** Every path asked for, in order. */
  requests: string[];
  /** Every answer: path, status and Content-Type. */
  served: { path: string; status: number; type: string }[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The URL path the folders are served under ("/jixiao/"); anything outside it is 404. Default "/". */
  base?: string;
  /** Serve HTTPS with this key and certificate chain (PEM). */
  tls?: { key: string | Buffer; cert: string | Buffer };
}

function find(folders: readonly string[], path: string): string | undefined {
  for (const folder of folders) {
    const file = normalize(join(folder, path));
    // Nothing outside the folders, whatever the URL says.
    if (!file.startsWith(normalize(folder) + sep)) continue;
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

export function serveFolders(folders: readonly string[], options: ServeOptions = {}): Promise<StaticServer> {
  const base = options.base ?? "/";
  const requests: string[] = [];
  const served: StaticServer["served"] = [];
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    requests.push(path);
    const inside = path.startsWith(base) ? path.slice(base.length - 1) : undefined;
    const file = (req.method === "GET" || req.method === "HEAD") && inside ? find(folders, inside) : undefined;
    if (!file) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      served.push({ path, status: 404, type: "text/plain" });
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" });
    served.push({ path, status: 200, type });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  };
  const server = options.tls
    ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, answer)
    : createServer(answer);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `${options.tls ? "https" : "http"}://127.0.0.1:${port}`,
        port,
        requests,
        served,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
