/**
 * Runs generated snippets for real, with the network replaced by stubs that record what the
 * snippet would send and answer like Azure OpenAI:
 * - curl: a bash function named `curl` shadows the binary and prints its arguments;
 * - Python: stub `requests`, `openai` and `azure.identity` modules on PYTHONPATH;
 * - Node: a preloaded module replaces globalThis.fetch; the real openai package is linked in,
 *   @azure/identity is a stub (it is not a dependency of this site).
 * Each run writes what was sent to CAPTURE_FILE as JSON.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const NODE = join(REPO, 'node_modules/.bin/node');

/** Azure-shaped stream events the stubs send: prompt-annotations chunk first, then content. */
export const STREAM_PIECES = ['Hel', 'lo, ', 'wörld ☃'];
export const CHAT_REPLY = 'stub reply — ünïcode';
export const EMBEDDING = [0.25, -0.5, 0.125];

export function sseEvents(): string[] {
	const chunk = (delta: object, finish: string | null = null) =>
		JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model: 'gpt-4o-mini', choices: [{ index: 0, delta, finish_reason: finish, content_filter_results: {} }] });
	return [
		JSON.stringify({ choices: [], created: 0, id: '', model: '', object: '', prompt_filter_results: [{ prompt_index: 0, content_filter_results: {} }] }),
		chunk({ role: 'assistant', content: '' }),
		...STREAM_PIECES.map((piece) => chunk({ content: piece })),
		chunk({}, 'stop'),
		'[DONE]',
	];
}

/** The Responses API's named events for the same pieces (event line + data line, no [DONE]). */
export function responsesEvents(): Array<[string, string]> {
	const where = { item_id: 'msg_1', output_index: 0, content_index: 0 };
	const events: Array<Record<string, unknown>> = [
		{ type: 'response.created', response: { id: 'resp_1', object: 'response', status: 'in_progress', output: [] } },
		{ type: 'response.output_item.added', output_index: 0, item: { id: 'msg_1', type: 'message', role: 'assistant', status: 'in_progress', content: [] } },
		...STREAM_PIECES.map((delta) => ({ type: 'response.output_text.delta', ...where, delta, logprobs: [] })),
		{ type: 'response.output_text.done', ...where, text: STREAM_PIECES.join(''), logprobs: [] },
		{ type: 'response.completed', response: { id: 'resp_1', object: 'response', status: 'completed', output: [] } },
	];
	return events.map((event, index) => [String(event.type), JSON.stringify({ ...event, sequence_number: index })]);
}

export interface RunResult {
	status: number | null;
	stdout: string;
	stderr: string;
	/** What the stub recorded, or undefined when the snippet never called it. */
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON the stub wrote, read field by field by the tests
	captured: any;
}

let workDir: string | undefined;

/** One temp folder per test process holding the stubs. */
function work(): string {
	if (workDir) return workDir;
	workDir = mkdtempSync(join(tmpdir(), 'runnable-snippets-'));
	const py = join(workDir, 'py');
	mkdirSync(join(py, 'azure'), { recursive: true });
	writeFileSync(join(py, 'requests.py'), PY_REQUESTS_STUB);
	writeFileSync(join(py, 'openai.py'), PY_OPENAI_STUB);
	writeFileSync(join(py, 'azure', '__init__.py'), '');
	writeFileSync(join(py, 'azure', 'identity.py'), PY_IDENTITY_STUB);
	const js = join(workDir, 'js');
	mkdirSync(join(js, 'node_modules', '@azure', 'identity'), { recursive: true });
	symlinkSync(join(REPO, 'node_modules', 'openai'), join(js, 'node_modules', 'openai'));
	writeFileSync(join(js, 'node_modules', '@azure', 'identity', 'package.json'), JSON.stringify({ name: '@azure/identity', type: 'module', exports: './index.js' }));
	writeFileSync(join(js, 'node_modules', '@azure', 'identity', 'index.js'), JS_IDENTITY_STUB);
	writeFileSync(join(js, 'stub-fetch.mjs'), JS_FETCH_STUB);
	return workDir;
}

/** Removes the temp folder; call from afterAll in each test file that runs snippets. */
export function cleanupSnippets(): void {
	if (workDir) rmSync(workDir, { recursive: true, force: true });
	workDir = undefined;
}

let counter = 0;
function freshFile(ext: string, sub: string): string {
	counter += 1;
	return join(work(), sub, `snippet-${process.pid}-${counter}.${ext}`);
}

function finish(result: ReturnType<typeof spawnSync>, captureFile: string): RunResult {
	return {
		status: result.status,
		stdout: String(result.stdout ?? ''),
		stderr: String(result.stderr ?? '') + (result.error ? String(result.error) : ''),
		captured: existsSync(captureFile) ? JSON.parse(readFileSync(captureFile, 'utf8')) : undefined,
	};
}

/** Environment for a snippet: only PATH/HOME plus what the test passes (no real keys leak in). */
function env(extra: Record<string, string>, captureFile: string): Record<string, string> {
	return {
		PATH: process.env.PATH ?? '/usr/bin:/bin',
		HOME: process.env.HOME ?? '/tmp',
		CAPTURE_FILE: captureFile,
		STUB_SSE: JSON.stringify(sseEvents()),
		STUB_RESPONSES_SSE: JSON.stringify(responsesEvents()),
		STUB_REPLY: CHAT_REPLY,
		STUB_EMBEDDING: JSON.stringify(EMBEDDING),
		...extra,
	};
}

/** Runs a curl snippet in bash with `curl` replaced by a function recording its arguments. */
export function runCurl(snippet: string, extraEnv: Record<string, string> = {}): RunResult & { args?: string[] } {
	const captureFile = freshFile('json', '');
	const script = `curl() { "$STUB_NODE" -e 'require("fs").writeFileSync(process.env.CAPTURE_FILE, JSON.stringify(process.argv.slice(1)))' -- "$@"; }\n${snippet}`;
	const result = spawnSync('bash', ['-c', script], { env: { ...env(extraEnv, captureFile), STUB_NODE: NODE }, encoding: 'utf8', timeout: 20_000 });
	const run = finish(result, captureFile);
	return { ...run, args: run.captured };
}

export function runPython(snippet: string, extraEnv: Record<string, string> = {}): RunResult {
	const file = freshFile('py', 'py');
	const captureFile = file + '.capture.json';
	writeFileSync(file, snippet);
	const result = spawnSync('python3', [file], { env: { ...env(extraEnv, captureFile), PYTHONPATH: join(work(), 'py'), PYTHONIOENCODING: 'utf-8' }, encoding: 'utf8', timeout: 20_000 });
	return finish(result, captureFile);
}

export function runNode(snippet: string, extraEnv: Record<string, string> = {}): RunResult {
	const file = freshFile('mjs', 'js');
	const captureFile = file + '.capture.json';
	writeFileSync(file, snippet);
	const result = spawnSync(NODE, ['--import', join(work(), 'js', 'stub-fetch.mjs'), file], { cwd: join(work(), 'js'), env: env(extraEnv, captureFile), encoding: 'utf8', timeout: 20_000 });
	return finish(result, captureFile);
}

/** Syntax-only checks: `node --check`, `python3 -m py_compile`, `bash -n`. */
export function checkSyntax(language: 'js' | 'python' | 'bash', snippet: string): { ok: boolean; output: string } {
	const ext = language === 'js' ? 'mjs' : language === 'python' ? 'py' : 'sh';
	const file = freshFile(ext, language === 'js' ? 'js' : language === 'python' ? 'py' : '');
	writeFileSync(file, snippet);
	const [command, args] = language === 'js' ? [NODE, ['--check', file]] : language === 'python' ? ['python3', ['-m', 'py_compile', file]] : ['bash', ['-n', file]];
	const result = spawnSync(command, args, { encoding: 'utf8', timeout: 20_000 });
	return { ok: result.status === 0, output: `${result.stdout}${result.stderr}${result.error ?? ''}` };
}

const PY_REQUESTS_STUB = `
import json as _json
import os

class _Response:
    def __init__(self, payload, lines):
        self.ok = True
        self.status_code = 200
        self.text = _json.dumps(payload)
        self._payload = payload
        self._lines = lines
    def json(self):
        return self._payload
    def iter_lines(self):
        return iter(self._lines)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

def post(url, headers=None, json=None, timeout=None, stream=False, **rest):
    with open(os.environ["CAPTURE_FILE"], "w", encoding="utf-8") as f:
        _json.dump({"url": url, "headers": headers, "json": json, "timeout": timeout, "stream": stream, "rest": list(rest)}, f)
    lines = []
    if "/embeddings" in url:
        payload = {"data": [{"embedding": _json.loads(os.environ["STUB_EMBEDDING"])}]}
    elif "/responses" in url:
        payload = {"object": "response", "status": "completed", "output": [
            {"type": "reasoning", "summary": []},
            {"type": "message", "content": [{"type": "output_text", "text": os.environ["STUB_REPLY"]}]},
        ]}
        for name, data in _json.loads(os.environ["STUB_RESPONSES_SSE"]):
            lines += [("event: " + name).encode("utf-8"), ("data: " + data).encode("utf-8"), b""]
        return _Response(payload, lines)
    else:
        payload = {"choices": [{"message": {"content": os.environ["STUB_REPLY"]}}]}
    for event in _json.loads(os.environ["STUB_SSE"]):
        lines += [("data: " + event).encode("utf-8"), b""]
    return _Response(payload, lines)
`;

const PY_OPENAI_STUB = `
import json as _json
import os
from types import SimpleNamespace as _NS

def _record(key, value):
    path = os.environ["CAPTURE_FILE"]
    data = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            data = _json.load(f)
    data[key] = value
    with open(path, "w", encoding="utf-8") as f:
        _json.dump(data, f)

def _plain(options):
    # Token providers are recorded as the token they hand out.
    return {k: ("provider:" + v()) if callable(v) else v for k, v in options.items()}

class _Chat:
    def __init__(self):
        self.completions = self
    def create(self, **kwargs):
        _record("create", {"method": "chat.completions.create", "kwargs": kwargs})
        if kwargs.get("stream"):
            chunks = []
            for event in _json.loads(os.environ["STUB_SSE"]):
                if event == "[DONE]":
                    continue
                data = _json.loads(event)
                chunks.append(_NS(choices=[_NS(delta=_NS(content=c.get("delta", {}).get("content"))) for c in data["choices"]]))
            return iter(chunks)
        return _NS(choices=[_NS(message=_NS(content=os.environ["STUB_REPLY"]))])

class _Embeddings:
    def create(self, **kwargs):
        _record("create", {"method": "embeddings.create", "kwargs": kwargs})
        return _NS(data=[_NS(embedding=_json.loads(os.environ["STUB_EMBEDDING"]))])

class _Responses:
    def create(self, **kwargs):
        _record("create", {"method": "responses.create", "kwargs": kwargs})
        if kwargs.get("stream"):
            return iter([_NS(**_json.loads(data)) for _name, data in _json.loads(os.environ["STUB_RESPONSES_SSE"])])
        return _NS(output_text=os.environ["STUB_REPLY"])

class _Client:
    def __init__(self, **options):
        _record("client", {"class": type(self).__name__, "options": _plain(options)})
        self.chat = _Chat()
        self.embeddings = _Embeddings()
        self.responses = _Responses()

class OpenAI(_Client):
    pass

class AzureOpenAI(_Client):
    pass
`;

const PY_IDENTITY_STUB = `
class DefaultAzureCredential:
    pass

def get_bearer_token_provider(credential, *scopes):
    assert isinstance(credential, DefaultAzureCredential)
    return lambda: "stub-token:" + " ".join(scopes)
`;

const JS_IDENTITY_STUB = `
export class DefaultAzureCredential {}
export function getBearerTokenProvider(credential, ...scopes) {
  if (!(credential instanceof DefaultAzureCredential)) throw new Error("expected a DefaultAzureCredential");
  return async () => "stub-token:" + scopes.join(" ");
}
`;

// Answers like Azure: JSON for chat and embeddings (base64 when the SDK asks for it),
// server-sent events when the body says stream: true.
const JS_FETCH_STUB = `
import { writeFileSync } from "node:fs";
globalThis.fetch = async (input, init = {}) => {
  const url = typeof input === "string" ? input : input.url ?? String(input);
  const body = JSON.parse(init.body);
  writeFileSync(process.env.CAPTURE_FILE, JSON.stringify({ url, method: init.method, headers: Object.fromEntries(new Headers(init.headers)), body }));
  if (body.stream === true) {
    const text = url.includes("/responses")
      ? JSON.parse(process.env.STUB_RESPONSES_SSE).map(([name, data]) => "event: " + name + "\\n" + "data: " + data + "\\n\\n").join("")
      : JSON.parse(process.env.STUB_SSE).map((event) => "data: " + event + "\\n\\n").join("");
    // Split mid-line and mid-character so the reader's buffering is exercised.
    const bytes = new TextEncoder().encode(text);
    const stream = new ReadableStream({ start(controller) { for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7)); controller.close(); } });
    return new Response(stream, { status: 200, headers: { "content-type": "text/event-stream" } });
  }
  let payload;
  if (url.includes("/responses")) {
    payload = { id: "resp_1", object: "response", status: "completed", output: [
      { id: "rs_1", type: "reasoning", summary: [] },
      { id: "msg_1", type: "message", role: "assistant", status: "completed", content: [{ type: "output_text", annotations: [], text: process.env.STUB_REPLY }] },
    ] };
  } else if (url.includes("/embeddings")) {
    const values = JSON.parse(process.env.STUB_EMBEDDING);
    const embedding = body.encoding_format === "base64" ? Buffer.from(new Float32Array(values).buffer).toString("base64") : values;
    payload = { object: "list", model: "m", data: [{ object: "embedding", index: 0, embedding }], usage: { prompt_tokens: 1, total_tokens: 1 } };
  } else {
    payload = { id: "chatcmpl-1", object: "chat.completion", created: 1, model: "m", choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content: process.env.STUB_REPLY } }] };
  }
  return new Response(JSON.stringify(payload), { status: 200, headers: { "content-type": "application/json" } });
};
`;
