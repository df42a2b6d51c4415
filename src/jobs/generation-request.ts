// The row schema of a job is the generation request of src/generators: one row, one request.
export {
  type GenerateRequest as GenerationRequest,
  GenerateRequestSchema as GenerationRequestSchema,
} from "../generators/generate-request.ts";
