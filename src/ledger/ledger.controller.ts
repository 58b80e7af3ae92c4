import { Controller, Get, HttpCode, HttpException, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { subjectStreamName } from '../../domain/subject/decider.js';
import type { Ledger } from '../event-store/ledger/ledger.port.js';
import { bundleEntry, PROOF_BUNDLE_FORMAT, type ProofBundle } from '../event-store/ledger/proof-bundle.js';
import type { SignedTreeHead } from '../event-store/ledger/tree-head.js';
import { errorBody } from '../http/error-body.js';
import { ApiQueryErrors } from '../http/openapi.js';
import { badQuery, wholeNumberParam } from '../http/query-params.js';
import { SubjectIdPipe } from '../use-case-support/paths/subject-id.pipe.js';
import { HeadSigner } from './head-signer.js';
import { LEDGER } from './ledger.tokens.js';
import { LedgerSignerElsewhere } from './signer-elsewhere.js';

const HEAD_EXAMPLE = { treeSize: 1093, rootHash: '5c2f…(64 hex)', timestamp: '2026-12-07T10:00:05.000+08:00', keyId: '9f1e…(32 hex)', signature: 'base64…' };
const SIZE = { min: 0, max: Number.MAX_SAFE_INTEGER };

/**
 * The transparency log over the event log (issue 13, RFC 9162): signed tree heads, inclusion and
 * consistency proofs, and a subject's proof bundle for the offline verifier (verifier/README.md).
 */
@ApiTags('ledger 可验证账本')
@Controller()
export class LedgerController {
  constructor(@Inject(LEDGER) private readonly ledger: Ledger | null, @Inject(HeadSigner) private readonly signer: HeadSigner) {}

  @Get('ledger/heads/latest')
  @ApiOperation({ summary: 'The latest signed tree head (RFC 9162) / 最新签名树头' })
  @ApiOkResponse({ schema: { example: HEAD_EXAMPLE } })
  @ApiQueryErrors({ notFound: 'LEDGER_NO_HEAD: no head signed yet / 尚无签名树头' })
  async latest(): Promise<SignedTreeHead> {
    const head = await this.kept().latestHead();
    if (head === null) throw new HttpException(errorBody(404, 'LEDGER_NO_HEAD', 'no tree head has been signed yet', {}), 404);
    return head;
  }

  @Get('ledger/heads')
  @ApiOperation({ summary: 'Signed tree heads from a size on, oldest first / 签名树头历史' })
  @ApiQuery({ name: 'fromSize', required: false, example: 0 }) @ApiQuery({ name: 'limit', required: false, example: 100, description: '1–1000 (default 100)' })
  @ApiOkResponse({ schema: { example: { items: [HEAD_EXAMPLE], nextFromSize: null } } })
  @ApiQueryErrors({ invalid: 'fromSize, limit: INTEGER_RANGE' })
  async heads(@Query('fromSize') fromSize?: string, @Query('limit') limit?: string) {
    const from = wholeNumberParam('fromSize', fromSize, { ...SIZE, fallback: 0 });
    const count = wholeNumberParam('limit', limit, { min: 1, max: 1000, fallback: 100 });
    const items = await this.kept().heads(from, count + 1);
    return { items: items.slice(0, count), nextFromSize: items.length > count ? items[count]!.treeSize : null };
  }

  @Post('ledger/heads')
  @HttpCode(201)
  @ApiOperation({ summary: 'Sign a tree head now (the credit office) / 立即签发树头' })
  @ApiOkResponse({ schema: { example: HEAD_EXAMPLE } })
  @ApiResponse({ status: 503, description: 'LEDGER_INCONSISTENT: the log fails its checks (see /health/ready); LEDGER_SIGNER_ELSEWHERE: another instance holds the head signer\'s lease (`details.holder`; issue 14), ask it / 账本不一致；或由另一实例签发树头' })
  @ApiQueryErrors()
  async signNow(): Promise<SignedTreeHead> {
    const head = await this.signer.signNow().catch((error: unknown) => {
      if (!(error instanceof LedgerSignerElsewhere)) throw error;
      throw new HttpException(errorBody(503, error.code, error.message, { holder: error.holder }), 503);
    });
    if (head === null) throw new HttpException(errorBody(503, 'LEDGER_INCONSISTENT', 'no head is signed over a log that fails its checks (see /health/ready)', {}), 503);
    return head;
  }

  @Get('ledger/proofs/inclusion')
  @ApiOperation({ summary: 'Inclusion proof of an event (by leafIndex or eventId) in the tree of a signed size (RFC 9162 §2.1.3) / 包含证明' })
  @ApiQuery({ name: 'leafIndex', required: false, example: 41 }) @ApiQuery({ name: 'eventId', required: false })
  @ApiQuery({ name: 'treeSize', required: false, description: 'a signed head\'s size (default: the latest head) / 树大小' })
  @ApiOkResponse({ schema: { example: { leafIndex: 41, treeSize: 1093, leafHash: '…', inclusionProof: ['…'], head: HEAD_EXAMPLE } } })
  @ApiQueryErrors({ invalid: 'leafIndex, treeSize: INTEGER_RANGE; LEAF_OR_EVENT (one of leafIndex, eventId); LEAF_BEYOND_TREE', notFound: 'LEDGER_NO_HEAD, EVENT_NOT_FOUND' })
  async inclusion(@Query('leafIndex') leafIndex?: string, @Query('eventId') eventId?: string, @Query('treeSize') treeSize?: string) {
    const ledger = this.kept();
    const head = await this.headAt(treeSize);
    if ((leafIndex === undefined) === (eventId === undefined)) throw badQuery('leafIndex', 'LEAF_OR_EVENT', 'give exactly one of leafIndex and eventId');
    let index: number;
    if (eventId !== undefined) {
      const found = await ledger.storedEvent(eventId);
      if (found === null) throw new HttpException(errorBody(404, 'EVENT_NOT_FOUND', `no event ${eventId} in the log`, { field: 'eventId' }), 404);
      index = found.leafIndex;
    } else index = wholeNumberParam('leafIndex', leafIndex, SIZE);
    if (index >= head.treeSize) throw badQuery('leafIndex', 'LEAF_BEYOND_TREE', `leaf ${index} is not in the tree of size ${head.treeSize}; ask for a later head`);
    const [leafHash] = await ledger.leafHashes(index, 1);
    return { leafIndex: index, treeSize: head.treeSize, leafHash: leafHash ?? null, inclusionProof: await ledger.inclusionProof(index, head.treeSize), head };
  }

  @Get('ledger/proofs/consistency')
  @ApiOperation({ summary: 'Consistency proof between two signed heads: the later log extends the earlier (RFC 9162 §2.1.4) / 一致性证明' })
  @ApiQuery({ name: 'fromSize', example: 1000 }) @ApiQuery({ name: 'toSize', required: false, description: 'default: the latest head' })
  @ApiOkResponse({ schema: { example: { fromSize: 1000, toSize: 1093, fromRootHash: '…', toRootHash: '…', proof: ['…'], fromHead: HEAD_EXAMPLE, toHead: HEAD_EXAMPLE } } })
  @ApiQueryErrors({ invalid: 'fromSize, toSize: INTEGER_RANGE; SIZE_ORDER (fromSize ≤ toSize)', notFound: 'LEDGER_NO_HEAD' })
  async consistency(@Query('fromSize') fromSize?: string, @Query('toSize') toSize?: string) {
    const ledger = this.kept();
    const to = await this.headAt(toSize);
    const from = wholeNumberParam('fromSize', fromSize, SIZE);
    if (from > to.treeSize) throw badQuery('fromSize', 'SIZE_ORDER', `must not be more than toSize ${to.treeSize}`);
    const [fromRootHash, proof, fromHead] = await Promise.all([ledger.rootHash(from), ledger.consistencyProof(from, to.treeSize), ledger.head(from)]);
    return { fromSize: from, toSize: to.treeSize, fromRootHash, toRootHash: to.rootHash, proof, fromHead, toHead: to };
  }

  @Get('subjects/:id/ledger-bundle')
  @ApiOperation({ summary: 'Every event of a subject with its inclusion proof in the latest signed head: the bundle the offline verifier checks / 主体证明包' })
  @ApiQuery({ name: 'since', required: false, example: 812, description: 'the size of a head kept earlier: the bundle then carries the consistency proof from it to the latest head / 早先保存的树头大小' })
  @ApiOkResponse({
    description: 'a proof bundle (format credit-ledger-proof-bundle/1; verifier/README.md)',
    schema: { example: { format: PROOF_BUNDLE_FORMAT, head: HEAD_EXAMPLE, events: [{ leafIndex: 43, event: { eventId: '01a24e04-…', stream: 'subject-91320583722291823U', revision: 0, type: 'SubjectRegistered', schemaVersion: 1, data: {}, metadata: {} }, inclusionProof: ['…'] }], wholeStreams: [{ stream: 'subject-91320583722291823U', lastRevision: 2 }] } },
  })
  @ApiQueryErrors({ invalid: 'since: INTEGER_RANGE; SIZE_ORDER', notFound: 'LEDGER_NO_HEAD; SUBJECT_NOT_REGISTERED' })
  async bundle(@Param('id', SubjectIdPipe) subjectId: string, @Query('since') since?: string): Promise<ProofBundle> {
    const ledger = this.kept();
    const head = await this.headAt(undefined);
    const stream = subjectStreamName(subjectId);
    const events = (await ledger.storedStream(stream)).filter(({ leafIndex }) => leafIndex < head.treeSize);
    if (events.length === 0) throw new HttpException(errorBody(404, 'SUBJECT_NOT_REGISTERED', `no events of ${subjectId} in the tree of the latest head`, { field: 'id' }), 404);
    return {
      format: PROOF_BUNDLE_FORMAT,
      head,
      events: await Promise.all(events.map(async ({ leafIndex, event }) => bundleEntry(event, leafIndex, await ledger.inclusionProof(leafIndex, head.treeSize)))),
      wholeStreams: [{ stream, lastRevision: events.at(-1)!.event.revision }],
      ...(since === undefined ? {} : { consistency: [await this.consistencyFrom(since, head)] }),
    };
  }

  /** The proof that the latest head extends an earlier one an auditor kept (RFC 9162 §2.1.4). */
  private async consistencyFrom(since: string, head: SignedTreeHead) {
    const ledger = this.kept();
    const from = await this.headAt(since);
    if (from.treeSize > head.treeSize) throw badQuery('since', 'SIZE_ORDER', `must not be more than the latest head's size ${head.treeSize}`);
    return { fromSize: from.treeSize, fromRootHash: from.rootHash, toSize: head.treeSize, proof: await ledger.consistencyProof(from.treeSize, head.treeSize) };
  }

  private kept(): Ledger {
    if (this.ledger !== null) return this.ledger;
    throw new HttpException(errorBody(501, 'LEDGER_NOT_KEPT', 'this service keeps no Merkle tree', {}), 501);
  }

  /** The signed head of that size, or the latest. */
  private async headAt(treeSize: string | undefined): Promise<SignedTreeHead> {
    const ledger = this.kept();
    const head = treeSize === undefined ? await ledger.latestHead() : await ledger.head(wholeNumberParam('treeSize', treeSize, SIZE));
    if (head === null) throw new HttpException(errorBody(404, 'LEDGER_NO_HEAD', treeSize === undefined ? 'no tree head has been signed yet' : `no head was signed at size ${treeSize}`, {}), 404);
    return head;
  }
}
