import { type Command, Option } from "commander";
import { createApiKey } from "../../auth/api-keys.ts";
import { ROLES, type Role } from "../../auth/permissions.ts";
import { withContext } from "../with-context.ts";

export function registerKeys(program: Command): void {
  const keys = program.command("keys").description("manage API keys");
  keys
    .command("create")
    .description("create an actor and its API key; the key is printed once, alone on the last line")
    .addOption(new Option("--role <role>", "the actor's role").choices(ROLES).makeOptionMandatory())
    .requiredOption("--name <name>", "who the key is for")
    .action(async (options: { role: Role; name: string }) => {
      const created = await withContext("keys create", (context) => createApiKey(context.db, options));
      console.error(
        `created ${created.actor.role} '${created.actor.name}' (${created.actor.id}); store this key now:`,
      );
      console.log(created.key);
    });
}
