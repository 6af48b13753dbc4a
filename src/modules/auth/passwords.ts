import { type Algorithm, hash, verify } from '@node-rs/argon2';

// 2 is Algorithm.Argon2id (a const enum, which type stripping cannot read).
const options = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the account does not exist, so a wrong username costs the same time.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('luoshi-no-such-account');
  await verifyPassword(await dummyHash, password);
}

/** The password rules (密码规则): at least 10 characters, letters and digits, not the username. */
export function passwordProblems(password: string, username?: string | null): string[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push('too_short');
  if (password.length > 200) problems.push('too_long');
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) problems.push('needs_letters_and_digits');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('contains_username');
  return problems;
}
