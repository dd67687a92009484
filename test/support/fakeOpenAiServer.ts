import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions protocol (JSON and SSE streaming, error
 * bodies, Retry-After, the models list), scripted per test. The LLM adapter's tests drive the real `openai` client
 * against it; it records every request so tests can assert exactly what left the "machine".
 */

/** What the server does with one chat-completions request. */
export type FakeBehaviour =
  /** Answer with this assistant content: one JSON body, or SSE chunks of `chunkSize` characters when streaming. */
  | { kind: 'reply'; content: string; chunkSize?: number; chunkDelayMs?: number; finishReason?: 'stop' | 'length' }
  /** Answer with an HTTP error in OpenAI's error-body format. */
  | { kind: 'error'; status: number; message?: string; code?: string; type?: string; headers?: Record<string, string> }
  /** Wait before doing `then` (a slow model, or a server that hangs when `then` is absent). */
  | { kind: 'slow'; delayMs: number; then?: FakeBehaviour }
  /** Stream the first `afterChars` characters of `content`, then destroy the connection without `[DONE]`. */
  | { kind: 'cut-stream'; content: string; afterChars: number }
  /** Send a 200 whose body is not JSON at all (a proxy's HTML page, say). */
  | { kind: 'garbage-body'; body: string };

/** One request as the server received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Raw body text, exactly as received. */
  rawBody: string;
  /** Parsed JSON body, or undefined when it did not parse. */
  body: ChatRequestBody | undefined;
}

/** The fields of a chat-completions request the server looks at. */
export interface ChatRequestBody {
  model?: string;
  stream?: boolean;
  messages?: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name?: string; strict?: boolean; schema?: unknown } };
  [key: string]: unknown;
}

/** Decides the behaviour for a request when no scripted behaviour is queued. */
export type FakeResponder = (request: RecordedRequest) => FakeBehaviour;

/** How the fake server is set up for a test. */
export interface FakeServerOptions {
  /** Models the server knows; others get OpenAI's 404 `model_not_found`. */
  models?: string[];
  /** When set, requests must carry `Authorization: Bearer <apiKey>` or get OpenAI's 401 `invalid_api_key`. */
  apiKey?: string;
  /** Response formats the server accepts; others get a 400 as from vLLM or llama.cpp builds without support. */
  responseFormats?: ('json_schema' | 'json_object' | 'text')[];
  /** Used when the script is empty; the default answers `{}`. */
  respond?: FakeResponder;
}

/** A running fake server. */
export interface FakeOpenAiServer {
  /** Base URL for the client, ending in `/v1`. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Chat-completions requests only, in arrival order. */
  chatRequests(): RecordedRequest[];
  /** Queues behaviours for the next chat-completions requests, one each. */
  script(...behaviours: FakeBehaviour[]): void;
  setResponder(respond: FakeResponder): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

function openAiError(message: string, type: string, code: string | null): unknown {
  return { error: { message, type, param: null, code } };
}

function completionBody(model: string, content: string, finishReason: string): unknown {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: finishReason }],
    usage: { prompt_tokens: 10, completion_tokens: Math.ceil(content.length / 4), total_tokens: 10 + Math.ceil(content.length / 4) },
  };
}

function chunkBody(model: string, delta: Record<string, unknown>, finishReason: string | null): string {
  const chunk = {
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  };
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    request.on('data', (part: Buffer) => parts.push(part));
    request.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    request.on('error', reject);
  });
}

/** Starts the fake server on an ephemeral port of 127.0.0.1. */
export async function startFakeOpenAiServer(options: FakeServerOptions = {}): Promise<FakeOpenAiServer> {
  const models = options.models ?? ['fake-model'];
  const formats = options.responseFormats ?? ['json_schema', 'json_object', 'text'];
  const queue: FakeBehaviour[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let respond: FakeResponder = options.respond ?? (() => ({ kind: 'reply', content: '{}' }));

  async function perform(behaviour: FakeBehaviour, body: ChatRequestBody, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const model = body.model ?? models[0]!;
    switch (behaviour.kind) {
      case 'slow': {
        // Stop waiting when the client gives up, as a real server's socket would.
        const closed = new Promise<void>((resolve) => response.on('close', () => resolve()));
        await Promise.race([sleep(behaviour.delayMs), closed]);
        if (response.destroyed || response.writableEnded) return;
        if (behaviour.then) await perform(behaviour.then, body, request, response);
        else response.destroy();
        return;
      }
      case 'error': {
        const type = behaviour.type ?? (behaviour.status >= 500 ? 'server_error' : 'invalid_request_error');
        sendJson(
          response,
          behaviour.status,
          openAiError(behaviour.message ?? `Fake error ${behaviour.status}`, type, behaviour.code ?? null),
          behaviour.headers,
        );
        return;
      }
      case 'garbage-body': {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(behaviour.body);
        return;
      }
      case 'reply':
      case 'cut-stream': {
        const content = behaviour.content;
        if (!body.stream) {
          if (behaviour.kind === 'cut-stream') {
            response.destroy();
            return;
          }
          sendJson(response, 200, completionBody(model, content, behaviour.finishReason ?? 'stop'));
          return;
        }
        response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
        response.write(chunkBody(model, { role: 'assistant', content: '' }, null));
        const limit = behaviour.kind === 'cut-stream' ? behaviour.afterChars : content.length;
        const size = behaviour.kind === 'reply' ? (behaviour.chunkSize ?? 16) : 16;
        const delay = behaviour.kind === 'reply' ? (behaviour.chunkDelayMs ?? 0) : 0;
        for (let offset = 0; offset < limit; offset += size) {
          if (response.destroyed) return;
          response.write(chunkBody(model, { content: content.slice(offset, Math.min(limit, offset + size)) }, null));
          if (delay > 0) await sleep(delay);
        }
        if (behaviour.kind === 'cut-stream') {
          // Let the written chunks reach the client before the connection drops mid-stream.
          await sleep(20);
          response.socket?.destroy();
          return;
        }
        response.write(chunkBody(model, {}, behaviour.finishReason ?? 'stop'));
        response.end('data: [DONE]\n\n');
        return;
      }
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const rawBody = await readBody(request);
    let body: ChatRequestBody | undefined;
    try {
      body = rawBody.length > 0 ? (JSON.parse(rawBody) as ChatRequestBody) : undefined;
    } catch {
      body = undefined;
    }
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const recorded: RecordedRequest = { method: request.method ?? 'GET', path, headers: { ...request.headers }, rawBody, body };
    requests.push(recorded);

    if (options.apiKey !== undefined && request.headers.authorization !== `Bearer ${options.apiKey}`) {
      const shown = (request.headers.authorization ?? '').replace(/^Bearer /, '').slice(0, 3);
      sendJson(response, 401, openAiError(`Incorrect API key provided: ${shown}***. You can find your API key at https://platform.openai.com/account/api-keys.`, 'invalid_request_error', 'invalid_api_key'));
      return;
    }
    if (request.method === 'GET' && path === '/v1/models') {
      sendJson(response, 200, { object: 'list', data: models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'fake' })) });
      return;
    }
    if (request.method !== 'POST' || path !== '/v1/chat/completions') {
      sendJson(response, 404, openAiError(`Unknown path ${path}`, 'invalid_request_error', null));
      return;
    }
    if (body === undefined || !Array.isArray(body.messages)) {
      sendJson(response, 400, openAiError("We could not parse the JSON body of your request, or 'messages' is missing.", 'invalid_request_error', null));
      return;
    }
    if (body.model === undefined || !models.includes(body.model)) {
      sendJson(
        response,
        404,
        openAiError(`The model \`${body.model ?? ''}\` does not exist or you do not have access to it.`, 'invalid_request_error', 'model_not_found'),
      );
      return;
    }
    const format = body.response_format?.type as 'json_schema' | 'json_object' | 'text' | undefined;
    if (format !== undefined && !formats.includes(format)) {
      sendJson(response, 400, openAiError(`response_format type '${format}' is not supported by this server`, 'invalid_request_error', 'unsupported_response_format'));
      return;
    }
    await perform(queue.shift() ?? respond(recorded), body, request, response);
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, openAiError(String(error), 'server_error', null));
      else response.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    chatRequests: () => requests.filter((request) => request.path === '/v1/chat/completions'),
    script: (...behaviours) => queue.push(...behaviours),
    setResponder: (next) => {
      respond = next;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
