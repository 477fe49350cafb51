import { CustomErrorBase } from '@backstage/errors';

/**
 * The replicas did not reach the state the test waits for, or disagree.
 *
 * @public
 */
export class ReplicaCheckFailed extends CustomErrorBase {
  name = 'ReplicaCheckFailed' as const;
}
