/** Whether a profile's keychain entry could be read (status builds this per ref before it judges routes). */
export interface KeychainCheck {
  ok: boolean;
  /**
   * Why not, as data: `unreachable` (the keychain did not answer, or is locked: the secret is
   * still there once it opens, so the advice is to unlock it), or `missing` (the entry is gone:
   * store it again). The words for a person are in `problem`.
   */
  reason?: 'unreachable' | 'missing';
  problem?: string;
}
