import { createEphemeralContext } from "../src/context.ts";
const context = await createEphemeralContext({});
for (const sql of ["EXPLAIN SELECT * FROM drafts WHERE job_item_key = ANY($1::text[])", "EXPLAIN SELECT * FROM drafts WHERE id = ANY($1::text[])"]) {
  const { rows } = await context.db.query(sql, [["a", "b"]]);
  console.log(rows);
}
