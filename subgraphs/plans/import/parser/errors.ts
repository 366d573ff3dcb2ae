/** The input is empty, binary or not a plan; the message is one line, fit for a command line or an API error. */
export class PlanDocumentError extends Error {
  constructor(message: string) {
    super(message.replace(/\s*\n\s*/g, " "));
    this.name = "PlanDocumentError";
  }
}
