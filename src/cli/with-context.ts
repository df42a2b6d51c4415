import { loadConfig } from "../config/config.ts";
import { type AppContext, createContext } from "../context.ts";

/** Opens the context for one CLI command and always closes the database (releasing the embedded lock). */
export async function withContext<T>(command: string, work: (context: AppContext) => Promise<T>): Promise<T> {
  const context = await createContext(loadConfig(), `liangyan ${command}`);
  try {
    return await work(context);
  } finally {
    await context.db.close();
  }
}
