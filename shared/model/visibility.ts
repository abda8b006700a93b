import type { DocumentMeta, MeetingRole, Participant } from './types';

/**
 * Who may see a document. The single rule used by the local services, the relay and the UI,
 * so the three can never disagree.
 */
export function canSeeDocument(
  doc: Pick<DocumentMeta, 'confidentiality' | 'visibility'>,
  viewer: Pick<Participant, 'userId' | 'group' | 'role'> | null,
  viewerIsSystemSecretariat = false,
): boolean {
  if (viewerIsSystemSecretariat) return true;
  if (!viewer) return false;
  const role: MeetingRole = viewer.role;
  if (role === 'secretariat' || role === 'chair') return true;
  // Guests never receive confidential (mật) documents, whatever the visibility list says.
  if (role === 'guest' && doc.confidentiality === 'mat') return false;
  const v = doc.visibility;
  switch (v.kind) {
    case 'everyone':
      return true;
    case 'groups':
      return viewer.group !== '' && v.groups.includes(viewer.group);
    case 'delegates':
      return v.userIds.includes(viewer.userId);
    default: {
      const never: never = v;
      throw new Error(`unknown visibility ${JSON.stringify(never)}`);
    }
  }
}
