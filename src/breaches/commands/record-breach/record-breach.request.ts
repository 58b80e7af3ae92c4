import { BreachFactsRequest } from '../../../use-case-support/requests/breach-facts.request.js';

/** A9: breach information recorded directly by the deciding department (not found by a commitment check). */
export class RecordBreachRequest extends BreachFactsRequest {}
