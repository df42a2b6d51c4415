// Mainland mobile numbers (11 digits starting 13-19, optionally after +86 / 0086). 400/800 hotlines and
// landlines do not have this shape.
export function mobileIn(digits: string): { from: number } | null {
  if (/^1[3-9]\d{9}$/.test(digits)) return { from: 0 };
  if (/^861[3-9]\d{9}$/.test(digits)) return { from: 2 };
  if (/^00861[3-9]\d{9}$/.test(digits)) return { from: 4 };
  return null;
}
