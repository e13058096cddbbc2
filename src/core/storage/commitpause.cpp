#include "commitpause.h"

#include <QThread>
#include <QtGlobal>

#include <cstdio>

void CommitPause::beforeCommit(const char *transaction)
{
    static const int pauseMs = qEnvironmentVariableIntValue("POSTSCHEDULER_TEST_PAUSE_BEFORE_COMMIT_MS");
    if (pauseMs <= 0)
        return;
    std::fprintf(stderr, "postscheduler-test: before COMMIT of %s\n", transaction);
    std::fflush(stderr);
    QThread::msleep(ulong(pauseMs));
}
