export const ROLES = ["ops", "sales", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "library:read",
  "library:write",
  "compliance:check",
  "rules:write",
  "drafts:create",
  "drafts:read_own",
  "drafts:read_all",
  "drafts:review",
  // Editing is its own permission: authors edit their open drafts, reviewers any open draft (the verb checks
  // which); reading a draft must not imply changing it.
  "drafts:edit",
  // The full audit trail across drafts, for compliance officers and auditors: admin only.
  "audit:export",
  "jobs:manage",
  "keys:manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Who may do what. Anything not listed is refused: a new permission is nobody's until granted here. */
const GRANTS: Record<Role, readonly Permission[]> = {
  ops: [
    "library:read",
    "library:write",
    "compliance:check",
    "drafts:create",
    "drafts:read_own",
    "drafts:edit",
    "jobs:manage",
  ],
  sales: ["library:read", "compliance:check", "drafts:create", "drafts:read_own", "drafts:edit"],
  reviewer: [
    "library:read",
    "compliance:check",
    "drafts:read_own",
    "drafts:read_all",
    "drafts:review",
    "drafts:edit",
  ],
  admin: [...PERMISSIONS],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role]?.includes(permission) ?? false;
}

export interface Actor {
  id: string;
  name: string;
  role: Role;
}
