import type { authZh } from '../zh-cn/auth.ts';

export const authEn: Record<keyof typeof authZh, string> = {
  'login.title': 'Sign in',
  'login.heading': 'Sign in to your account',
  'login.username': 'Username or mobile number',
  'login.usernameRequired': 'Enter your username or mobile number',
  'login.password': 'Password',
  'login.passwordRequired': 'Enter your password',
  'login.submit': 'Sign in',
  'login.failedTitle': 'Sign-in failed',
  'login.lockedUntil':
    'You can try again from here at {time}. A device you have signed in from before is not affected; an administrator can unlock sooner.',
  'login.delayedUntil':
    'Password sign-in from a new device is possible again at {time}. A device you have signed in from before is not affected; an administrator can lift this sooner.',
  'login.sessionEnded':
    'Your session has ended (you may have signed out elsewhere, or an administrator reset it). Please sign in again.',
  'login.demoTitle': 'Demo accounts',
  'login.demoHint': 'This is a demo installation. Use these accounts to try each role: click “Fill in”, then sign in.',
  'login.demoRole': 'Role',
  'login.demoUsername': 'Username',
  'login.demoPassword': 'Password',
  'login.demoRoleQualified': '{role} ({qualifier})',
  'login.demoFill': 'Fill in',
  'login.demoFillLabel': 'Fill in the demo account {username}',
  'login.startupFailed': 'Could not check whether you are signed in',

  'user.changePassword': 'Change password',
  'user.signOut': 'Sign out',
  'user.signedOut': 'You have signed out',

  'password.current': 'Current password',
  'password.new': 'New password',
  'password.confirm': 'Repeat the new password',
  'password.required': 'Enter a password',
  'password.currentWrong': 'The current password is wrong',
  'password.mismatch': 'The two new passwords differ',
  'password.rule': 'At least 10 characters, with letters and digits, not containing the username.',
  'password.tooShort': 'The password needs at least 10 characters',
  'password.lettersAndDigits': 'The password needs both letters and digits',
  'password.containsUsername': 'The password must not contain the username',
  'password.changed': 'Password changed. You have been signed out on every other device.',
};
