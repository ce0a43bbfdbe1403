/**
 * The options page's ingestion worker: text, Markdown, HTML fragments and JSON files are read here,
 * off the page's thread, with the same lib/ingest code (it is DOM-free for everything but whole
 * pages, which need the page's DOMParser and stay on the page). One request at a time. It also
 * computes an import's story keys (lib/store/key-worker.ts), in its own instance.
 */
import { ingestFile } from '../../lib/ingest';
import { answerKeys, isKeysRequest } from '../../lib/store/key-worker';

interface Request {
  seq: number;
  name: string;
  content: string;
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<Request>) => void) | null; postMessage(m: unknown): void };

scope.onmessage = (e) => {
  // An import's story keys for its next batch (lib/store/key-worker.ts), computed here while the page writes.
  if (isKeysRequest(e.data)) return void scope.postMessage(answerKeys(e.data));
  const { seq, name, content } = e.data;
  // ingestFile never throws for bad content; anything else is reported as that file's error.
  try {
    scope.postMessage({ seq, result: ingestFile({ name, content }) });
  } catch (err) {
    scope.postMessage({ seq, result: { articles: [], errors: [`${name}: could not be read (${err instanceof Error ? err.message : String(err)})`] } });
  }
};
