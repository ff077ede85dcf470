// groups: the Groups API is generated (create, list, get, delete, join requests, members); the
// helpers here add what the table cannot: a subject/description change that is never empty, the
// picture as a checked JPEG upload, and `send`, a message addressed to a group. Creation and most changes finish in the background: the group_*
// webhooks report the outcome, carrying the `request_id` these calls return.
import { groupsOperations } from '../../../generated/operations.js';
import type { ClientCore } from '../../core/client-core.js';
import { WhatsAppConfigError } from '../../core/config-error.js';
import { compileOperation } from '../../core/operation-call.js';
import type { CallOptions } from '../../core/options.js';
import { groupPictureForm, type GroupPictureInput } from './picture.js';
import { groupMessageSender } from './send.js';
import type { GroupChangeResponse, GroupSettingsChanges } from './types.js';

export function groupsHelpers(core: ClientCore) {
  const update = compileOperation(core, 'groups.update', groupsOperations.update);
  // The picture goes to the same operation as a form; its own label names it in errors.
  const setPicture = compileOperation(core, 'groups.setPicture', groupsOperations.update);

  return {
    /**
     * Changes the subject, the description, or both. The spec asks for at least one of them: an
     * empty change rejects with WhatsAppConfigError before anything is sent.
     */
    update(groupId: string, changes: GroupSettingsChanges, options?: CallOptions): Promise<GroupChangeResponse> {
      const given = changes as Partial<Record<string, unknown>> | undefined;
      if (given?.subject === undefined && given?.description === undefined) {
        return Promise.reject(new WhatsAppConfigError('groups.update: changes needs a subject, a description or both'));
      }
      return update.call([groupId], changes, options);
    },

    /**
     * Sets the group's picture: a square JPEG (at least 192 × 192) of at most 5 MB. Another type or
     * a larger file rejects with MediaFileError before anything is sent.
     */
    async setPicture(groupId: string, picture: GroupPictureInput, options?: CallOptions & { mimeType?: string }): Promise<GroupChangeResponse> {
      const form = await groupPictureForm(picture, options?.mimeType);
      return setPicture.call([groupId], form, options);
    },

    send: groupMessageSender(core),
  };
}
