// The playground page: starts the engine worker and shows that the engine
// answers, replacing the server-rendered placeholder.
import { EngineClient } from "./engine-client";

function assetsFromPage(): { workerURL: string; wasmURL: string; wasmExecURL: string } | null {
  const root = document.querySelector<HTMLElement>("[data-engine-worker]");
  if (!root) return null;
  const { engineWorker, engineWasm, engineWasmExec } = root.dataset;
  if (!engineWorker || !engineWasm || !engineWasmExec) return null;
  return { workerURL: engineWorker, wasmURL: engineWasm, wasmExecURL: engineWasmExec };
}

async function start(): Promise<void> {
  const assets = assetsFromPage();
  const status = document.querySelector<HTMLElement>("[data-testid=engine-status]");
  if (!assets || !status) return;
  const engine = new EngineClient(assets);
  try {
    const ready = await engine.ready;
    const result = JSON.parse(await engine.run(JSON.stringify({ code: "print(6 * 7)", stdout: "pipe" })));
    status.textContent = `WASM engine ${ready.version} ready in ${Math.round(ready.loadMillis)} ms · print(6 * 7) → ${
      result.reason === "internal_error" ? result.explanation : JSON.stringify(result.stdout)
    }`;
    status.dataset.engineVersion = ready.version;
    status.dataset.state = "ready";
  } catch (err) {
    status.textContent = `The engine failed to load: ${String(err)}`;
    status.dataset.state = "failed";
  }
}

void start();
