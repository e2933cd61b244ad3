/** Whether a profile's keychain entry could be read (status builds this per ref before it judges routes). */
export interface KeychainCheck {
  ok: boolean;
  problem?: string;
}
