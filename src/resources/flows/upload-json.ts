// A flow JSON as the multipart form Graph's asset upload takes: the file, its name, its type.
import type { FlowJson } from './types.js';

/** The generated form body of the upload, as a caller may pass it instead of the flow JSON. */
export type FlowJsonForm = { file: Blob; name: string; asset_type: 'FLOW_JSON' };

/** The text of a flow JSON: a string as given, an object pretty-printed (as WhatsApp Manager shows it). */
export function flowJsonText(flowJson: FlowJson): string {
  return typeof flowJson === 'string' ? flowJson : JSON.stringify(flowJson, null, 2);
}

/** The upload form of a flow JSON; a form given already (a Blob `file`) goes as it is. */
export function flowJsonForm(flowJson: FlowJson | FlowJsonForm, fileName = 'flow.json'): FlowJsonForm {
  if (typeof flowJson === 'object' && flowJson.file instanceof Blob) return flowJson as FlowJsonForm;
  return { file: new File([flowJsonText(flowJson as FlowJson)], fileName, { type: 'application/json' }), name: fileName, asset_type: 'FLOW_JSON' };
}
