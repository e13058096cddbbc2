#pragma once

// A seam for crash tests, harmless in use: with POSTSCHEDULER_TEST_PAUSE_BEFORE_COMMIT_MS=N in the
// environment (read once per process), every transaction prints
//   postscheduler-test: before COMMIT of NAME
// to stderr and sleeps N ms just before its COMMIT, so that a test can SIGKILL the process inside
// the transaction (tst_crashcampaign). Without the variable it does nothing.
namespace CommitPause {
void beforeCommit(const char *transaction);
}
