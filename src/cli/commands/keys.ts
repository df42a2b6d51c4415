import { type Command, Option } from "commander";
import { createApiKey, listKeys, revokeKey, rotateKey } from "../../auth/api-keys.ts";
import { ROLES, type Role } from "../../auth/permissions.ts";
import { DomainError } from "../../domain/errors.ts";
import { withContext } from "../with-context.ts";

/** --expires 2027-01-01T00:00:00+08:00, or a count of days: --expires 90d */
function parseExpiry(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const days = /^(\d{1,5})d$/.exec(value);
  const date = days ? new Date(Date.now() + Number(days[1]) * 86_400_000) : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new DomainError(
      "invalid_request",
      `--expires '${value}' is neither a date and time nor a number of days (90d)`,
    );
  }
  return date;
}

function parseGrace(value: string): number {
  const match = /^(\d+)(s|m|h|d)?$/.exec(value);
  if (!match) throw new DomainError("invalid_request", `--grace '${value}': use seconds or 30m, 24h, 7d`);
  const unit = { s: 1, m: 60, h: 3600, d: 86_400 }[(match[2] ?? "s") as "s" | "m" | "h" | "d"];
  return Number(match[1]) * unit;
}

// The CLI acts as the system: whoever can open the database can manage keys (that is also how the first
// key of a real PostgreSQL deployment is made). Every change is audited with via: cli.
export function registerKeys(program: Command): void {
  const keys = program.command("keys").description("manage API keys (audited)");
  keys
    .command("create")
    .description("create an actor and its API key; the key is printed once, alone on the last line")
    .addOption(new Option("--role <role>", "the actor's role").choices(ROLES).makeOptionMandatory())
    .requiredOption("--name <name>", "who the key is for")
    .option("--expires <when>", "when the key stops working: an ISO date and time, or days (90d)")
    .action(async (options: { role: Role; name: string; expires?: string }) => {
      const input = { role: options.role, name: options.name, expires_at: parseExpiry(options.expires) };
      const created = await withContext("keys create", (context) => createApiKey(context.db, input));
      const until = created.expiresAt ? `, valid until ${created.expiresAt}` : "";
      console.error(
        `created ${created.actor.role} '${created.actor.name}' (${created.actor.id}, key ${created.keyId}${until}); store this key now:`,
      );
      console.log(created.key);
    });
  keys
    .command("list")
    .description("every key: id, prefix, owner, role and state")
    .action(async () => {
      const records = await withContext("keys list", (context) => listKeys(context.db, { system: "cli" }));
      for (const record of records) {
        const until = record.expires_at ? ` until ${record.expires_at}` : "";
        console.log(
          `${record.id}\t${record.prefix}…\t${record.state}${until}\t${record.actor.role}\t${record.actor.name}`,
        );
      }
    });
  keys
    .command("revoke <key-id>")
    .description("revoke a key at once (its next request gets 401)")
    .option("--reason <text>", "why, for the audit trail")
    .action(async (keyId: string, options: { reason?: string }) => {
      const record = await withContext("keys revoke", (context) =>
        revokeKey(context.db, keyId, { system: "cli" }, options.reason),
      );
      console.error(`revoked ${record.id} (${record.actor.name}) at ${record.revoked_at}`);
    });
  keys
    .command("rotate <key-id>")
    .description(
      "a new key for the same actor, printed alone on the last line; the old one keeps a grace period",
    )
    .option("--grace <duration>", "how long the old key keeps working: seconds, or 30m, 24h, 7d", "24h")
    .option("--expires <when>", "expiry of the new key: an ISO date and time, or days (90d)")
    .action(async (keyId: string, options: { grace: string; expires?: string }) => {
      const rotated = await withContext("keys rotate", (context) =>
        rotateKey(
          context.db,
          keyId,
          { system: "cli" },
          {
            graceSeconds: parseGrace(options.grace),
            expiresAt: parseExpiry(options.expires),
          },
        ),
      );
      console.error(
        `rotated ${keyId}: the old key works until ${rotated.previous.expires_at}; new key ${rotated.keyId}, store it now:`,
      );
      console.log(rotated.key);
    });
}
