import { describeReaderFlows } from './reader-flows';

describeReaderFlows('Firefox');
