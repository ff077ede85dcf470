// flows: WhatsApp Flows management is generated (list, create, get, update, delete, assets,
// publish, deprecate, migrate, the endpoint's public key). The helpers add what the table cannot:
// `uploadJson` taking the flow JSON itself, `preview` for the web preview link, and `deploy`, an
// idempotent create-or-update by name (see deploy.ts).
import { flowsOperations } from '../../../generated/operations.js';
import type { ClientCore } from '../../core/client-core.js';
import { compileOperation } from '../../core/operation-call.js';
import { flowDeployer } from './deploy.js';
import type { Flow, FlowCallOptions, FlowJson, FlowPreview, UploadFlowJsonResponse } from './types.js';
import { flowJsonForm, type FlowJsonForm } from './upload-json.js';

export function flowsHelpers(core: ClientCore) {
  const uploadJson = compileOperation(core, 'flows.uploadJson', flowsOperations.uploadJson);
  const preview = compileOperation(core, 'flows.preview', flowsOperations.get);

  return {
    /**
     * Replaces a draft's flow JSON (a multipart upload of `flow.json`, or `fileName`). Takes the
     * flow JSON (object or text) or the upload form itself. Graph's `validation_errors` come back
     * in the answer, not as an error; `deploy` turns them into a FlowValidationError.
     */
    uploadJson(flowId: string, flowJson: FlowJson | FlowJsonForm, options?: FlowCallOptions & { fileName?: string }): Promise<UploadFlowJsonResponse> {
      return uploadJson.call([flowId], flowJsonForm(flowJson, options?.fileName), options);
    },

    /** The web preview link of a flow; `invalidate` ends the old link and makes a new one. */
    async preview(flowId: string, options?: FlowCallOptions & { invalidate?: boolean }): Promise<FlowPreview | undefined> {
      const fields = `preview.invalidate(${options?.invalidate === true ? 'true' : 'false'})`;
      const flow = await preview.call<Flow>([flowId], { fields: [fields] }, options);
      return flow.preview;
    },

    /**
     * Creates the flow named `name`, or brings the existing one up to date: uploads the JSON only
     * when its content changed, and publishes when asked. A second identical run sends no writes.
     * Throws FlowValidationError listing Graph's validation errors, FlowDeployError when it cannot
     * proceed safely.
     */
    deploy: flowDeployer(core),
  };
}

