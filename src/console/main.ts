// The console's entry: the shell and the views each role may open. Bundled by src/http/routes/console.ts.
import { startShell } from "./core/shell.ts";
import { jobsView } from "./views/jobs/jobs-view.ts";
import { libraryView } from "./views/library/library-view.ts";
import { plansView } from "./views/plans/plans-view.ts";
import { proposalsView } from "./views/proposals/proposals-view.ts";
import { queueView } from "./views/queue/queue-view.ts";

startShell([queueView, plansView, jobsView, libraryView, proposalsView]);
