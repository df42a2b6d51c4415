// One compiled engine shared by the compliance tests (building it reads the YAML pack and the model).
import { createEngine, type Engine } from "../../src/compliance/default-engine.ts";

let engine: Engine | undefined;

export function testEngine(): Engine {
  engine ??= createEngine();
  return engine;
}
