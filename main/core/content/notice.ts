// The shape of a notification-length text, shared by every content module that feeds a desktop notification.
// The limits are what fits a native notification on all three platforms without being cut off.

export interface NoticeText {
  readonly title: string
  readonly body: string
}

export const NOTICE_TITLE_MAX = 40
export const NOTICE_BODY_MAX = 120
