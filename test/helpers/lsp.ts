// A minimal LSP client that drives the real yaml-language-server (the server VS Code's YAML
// extension runs) over stdio with JSON-RPC, as an editor would (issue 13 item 3): open a
// document, wait for its diagnostics, ask for hover and completion. Schemas given by an https
// `$schema` URL are served from the repository's schema/ folder through the server's
// `vscode/content` request, as VS Code serves them, so no test touches the network.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  message: string;
  source?: string;
}

export interface LspCompletionItem {
  label: string;
  insertText?: string;
  kind?: number;
  documentation?: unknown;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: unknown) => void };

export class YamlLanguageServer {
  private proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private diagnostics = new Map<string, LspDiagnostic[]>();
  private waiters = new Map<string, ((d: LspDiagnostic[]) => void)[]>();
  private versions = new Map<string, number>();
  private stderr = '';

  /** `serve(url)` gives the text of a schema the server asks for by https URL. */
  private constructor(private readonly serve: (url: string) => string | undefined) {
    const require = createRequire(import.meta.url);
    const bin = path.join(path.dirname(require.resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');
    this.proc = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.proc.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  static async start(root: string, serve: (url: string) => string | undefined): Promise<YamlLanguageServer> {
    const server = new YamlLanguageServer(serve);
    await server.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'test' }],
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } },
          publishDiagnostics: {},
        },
      },
    });
    server.notify('initialized', {});
    // as VS Code does: https schemas are fetched by the client
    server.notify('yaml/registerContentRequest', {});
    server.notify('workspace/didChangeConfiguration', { settings: { yaml: YAML_SETTINGS } });
    return server;
  }

  /** Open (or replace) a document and wait for the diagnostics of this version. */
  async diagnose(file: string, text: string): Promise<LspDiagnostic[]> {
    const uri = pathToFileURL(file).href;
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const done = new Promise<LspDiagnostic[]>((resolve) => {
      const list = this.waiters.get(uri) ?? [];
      list.push(resolve);
      this.waiters.set(uri, list);
    });
    if (version === 1) {
      this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    } else {
      this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }
    return withTimeout(done, 20_000, () => `no diagnostics for ${file}; server stderr: ${this.stderr.slice(-2000)}`);
  }

  async hover(file: string, line: number, character: number): Promise<string> {
    const result = (await this.request('textDocument/hover', {
      textDocument: { uri: pathToFileURL(file).href },
      position: { line, character },
    })) as { contents?: { value?: string } | string } | null;
    const contents = result?.contents;
    return typeof contents === 'string' ? contents : (contents?.value ?? '');
  }

  async complete(file: string, line: number, character: number): Promise<LspCompletionItem[]> {
    const result = (await this.request('textDocument/completion', {
      textDocument: { uri: pathToFileURL(file).href },
      position: { line, character },
    })) as { items?: LspCompletionItem[] } | LspCompletionItem[] | null;
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  async stop(): Promise<void> {
    try {
      await withTimeout(this.request('shutdown', null), 5_000, () => 'shutdown');
      this.notify('exit', null);
    } catch {
      // killed below
    }
    this.proc.kill();
  }

  // ---- JSON-RPC ---------------------------------------------------------------------------

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.onMessage(JSON.parse(body) as RpcMessage);
    }
  }

  private onMessage(message: RpcMessage): void {
    if (message.method === undefined && message.id !== undefined) {
      const waiting = this.pending.get(Number(message.id));
      this.pending.delete(Number(message.id));
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics, version } = message.params as { uri: string; diagnostics: LspDiagnostic[]; version?: number };
      // the server may publish for an older version first; only the current one counts
      if (version !== undefined && version !== this.versions.get(uri)) return;
      this.diagnostics.set(uri, diagnostics);
      const list = this.waiters.get(uri) ?? [];
      this.waiters.delete(uri);
      for (const resolve of list) resolve(diagnostics);
      return;
    }
    if (message.id === undefined) return;
    // requests from the server
    let result: unknown = null;
    if (message.method === 'workspace/configuration') {
      const items = (message.params as { items: { section?: string }[] }).items;
      result = items.map((item) => (item.section === 'yaml' ? YAML_SETTINGS : item.section?.startsWith('[yaml]') ? {} : null));
    } else if (message.method === 'vscode/content') {
      // the server sends the URL as the only element of a parameter array
      const params = message.params as string | string[];
      const url = Array.isArray(params) ? params[0]! : params;
      const text = this.serve(url);
      if (text === undefined) {
        this.send({ jsonrpc: '2.0', id: message.id, error: { code: -32603, message: `not found: ${url}` } });
        return;
      }
      result = text;
    }
    this.send({ jsonrpc: '2.0', id: message.id, result });
  }
}

interface RpcMessage {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

const YAML_SETTINGS = {
  validate: true,
  hover: true,
  completion: true,
  format: { enable: false },
  schemaStore: { enable: false },
  schemas: {},
};

function withTimeout<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out: ${what()}`)), ms);
    }),
  ]);
}

/** Serve `https://unpkg.com/lnhs@<version>/schema/<name>` from a local schema folder. */
export function serveSchemasFrom(schemaDir: string): (url: string) => string | undefined {
  return (url) => {
    const m = /^https:\/\/unpkg\.com\/lnhs@[^/]+\/schema\/([a-z]+\.schema\.json)$/.exec(url);
    if (!m) return undefined;
    try {
      return readFileSync(path.join(schemaDir, m[1]!), 'utf8');
    } catch {
      return undefined;
    }
  };
}
