import type { Command } from "commander";
import { loadConfig } from "../../config/config.ts";
import { migrate } from "../../db/migrate.ts";
import { openDatabase } from "../../db/open-database.ts";

export function registerMigrate(program: Command): void {
  program
    .command("migrate")
    .description("apply the numbered SQL migrations (also done at every start)")
    .action(async () => {
      const db = await openDatabase(loadConfig(), "liangyan migrate");
      try {
        const applied = await migrate(db);
        const { rows } = await db.query<{ version: number; name: string }>(
          "SELECT version, name FROM schema_migrations ORDER BY version",
        );
        for (const row of rows) console.log(`${String(row.version).padStart(4, "0")}_${row.name}`);
        console.log(
          `schema at version ${rows.at(-1)?.version ?? 0} (${db.kind}); ${applied.length} applied now`,
        );
      } finally {
        await db.close();
      }
    });
}
