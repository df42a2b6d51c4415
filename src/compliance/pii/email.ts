// Personal e-mail addresses. Role accounts of a business (service@, kefu@...) are contact points, not PII.
const EMAIL = /[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;
const ROLE_ACCOUNT =
  /^(service|services|support|kefu|hr|info|contact|admin|marketing|sales|help|noreply|no-reply|business|market|pr|media|tousu|jubao|cs|customer|vip|office|press|hello)@/;

export function findEmails(folded: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const match of folded.matchAll(EMAIL)) {
    if (ROLE_ACCOUNT.test(match[0])) continue;
    found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}
