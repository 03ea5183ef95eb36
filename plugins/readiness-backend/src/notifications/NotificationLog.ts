/** A notification that must go out once, whatever the number of recomputes. */
export interface LoggedNotification {
  /** What it was about, e.g. `waiver-expiring|<entity>|<check>|<until>`. */
  key: string;
  entityRef: string;
  /** After this moment the entry may be forgotten (and so sent again). */
  forgetAfter: Date;
}

/** Remembers notifications sent, across recomputes and restarts. */
export interface NotificationLog {
  /** The keys not sent yet, in the order given. */
  unsent(keys: string[]): Promise<string[]>;
  markSent(notification: LoggedNotification, now: Date): Promise<void>;
  /**
   * Marks it sent unless it is already: true for the one caller (of any
   * replica) that gets to send it. Release it if the send fails.
   */
  claim(notification: LoggedNotification, now: Date): Promise<boolean>;
  /** Forgets a claim whose send failed, so a later run tries again. */
  release(key: string): Promise<void>;
  /** Removes entries whose forgetAfter has passed. */
  forget(now: Date): Promise<number>;
}
